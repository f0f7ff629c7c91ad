"""A text search answered from the stored bitmaps of common words, and FTS5 for the rest.

A broad word ('japan', in 90 % of episodes) costs FTS5 a walk over its whole match list and us
a parse of 900,000 rowids (~110 ms CPU at 1M). Its bitmap (store.speedups, `speedup_postings`)
is 125 KB and unpacks to the episode mask in about a millisecond. A search is a small boolean
expression of terms — the app's own FTS5 syntax from store.search: quoted terms and phrases,
`*` prefixes, AND, OR, NOT and parentheses — so its match set can be computed term by term:
each term with a bitmap from the bitmap, every other term from FTS5 alone (a rare term's list
is short), and the sets combined as FTS5 combines them (NOT binds tightest, then AND, then OR;
all left-associative, as in SQLite's fts5parse.y). A query this module cannot read is left to
FTS5 whole (`parse` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Mask = np.ndarray

_TOKEN = re.compile(r'\s*(?:(?P<term>"(?:[^"]|"")*"\*?)|(?P<op>AND|OR|NOT)\b|(?P<paren>[()]))')
# A term the tokenizer keeps as one word exactly as we would look it up: ASCII letters and
# digits only, so lower-casing is the whole of unicode61's folding (no diacritics to agree on).
_PLAIN_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class Term:
    text: str  # as written in the query, quotes (and any *) included

    @property
    def word(self) -> str | None:
        """The index word this term stands for exactly, or None (a phrase, a prefix, a word
        with accents or punctuation: those go to FTS5)."""
        inner = self.text[1:-1]
        if self.text.endswith("*") or not _PLAIN_WORD.fullmatch(inner):
            return None
        return inner.lower()

    @property
    def prefix(self) -> str | None:
        """For a prefix term of a plain word ("ja"*), that word lower-cased; else None."""
        inner = self.text[1:-2]
        if not self.text.endswith('"*') or not _PLAIN_WORD.fullmatch(inner):
            return None
        return inner.lower()


@dataclass(frozen=True)
class Op:
    name: str  # 'AND', 'OR' or 'NOT'
    left: Node
    right: Node


Node = Term | Op


def parse(fts_query: str) -> Node | None:
    """The expression tree of an FTS5 query as store.search writes it, or None."""
    tokens: list[str] = []
    position = 0
    text = fts_query.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            return None
        tokens.append(match.group("term") or match.group("op") or match.group("paren"))
        position = match.end()
    if not tokens:
        return None
    parser = _Parser(tokens)
    try:
        node = parser.expression()
    except ValueError:
        return None
    return node if parser.at == len(tokens) else None


class _Parser:
    LEVELS = ("OR", "AND", "NOT")  # loosest first

    def __init__(self, tokens: list[str]) -> None:
        self.tokens, self.at = tokens, 0

    def _peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def expression(self, level: int = 0) -> Node:
        if level == len(self.LEVELS):
            return self._operand()
        node = self.expression(level + 1)
        while self._peek() == self.LEVELS[level]:
            self.at += 1
            node = Op(self.LEVELS[level], node, self.expression(level + 1))
        return node

    def _operand(self) -> Node:
        token = self._peek()
        if token is None:
            raise ValueError("an operand is missing")
        self.at += 1
        if token == "(":
            node = self.expression()
            if self._peek() != ")":
                raise ValueError("unclosed parenthesis")
            self.at += 1
            return node
        if token.startswith('"'):
            return Term(token)
        raise ValueError(f"unexpected {token!r}")


def terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    return terms(node.left) + terms(node.right)


def evaluate(node: Node, term_mask: Callable[[Term], Mask]) -> Mask:
    """The episodes `node` matches, given each term's match mask."""
    if isinstance(node, Term):
        return term_mask(node)
    left, right = evaluate(node.left, term_mask), evaluate(node.right, term_mask)
    if node.name == "AND":
        return left & right
    if node.name == "OR":
        return left | right
    return left & ~right
