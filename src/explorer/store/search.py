"""Turning what a person types into a safe FTS5 query.

People type words, phrases in quotes, AND/OR/NOT and parentheses; FTS5 raises on anything it
cannot parse (an unbalanced quote, a lone AND, a bare `*` or `-`, `NEAR(`). We check the text
against a small grammar ourselves instead of letting SQLite raise: a query that fits is passed
on with every word made a prefix ("fuji" finds "Fujimori"); one that does not is reduced to its
words, searched plainly, and the caller is told so it can say so in the status bar.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Bounds on what one search may ask of SQLite: typed text beyond this is not looked at (no real
# search is longer; a 9,000-character paste took 1.2-7.5 s), nor words beyond MAX_TERMS.
MAX_QUERY_CHARS = 300
MAX_TERMS = 24
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# Operators FTS5 knows; only upper case is special to it, as here.
OPERATORS = frozenset({"AND", "OR", "NOT"})
# Punctuation people put between words that carries no meaning for a search.
_SEPARATORS = ",;!?¿¡"
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<phrase>"[^"]*")(?P<phrase_star>\*)?
  | (?P<open>\()
  | (?P<close>\))
  | (?P<word>\w[\w'’.\-]*)(?P<word_star>\*)?
  | (?P<other>.)
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"\w+")


def bounded(text: str) -> str:
    """`text` cut to MAX_QUERY_CHARS, with NULs dropped and lone surrogates (which cannot be
    encoded for SQLite) replaced by U+FFFD."""
    text = (text or "")[:MAX_QUERY_CHARS].replace("\x00", " ")
    return _LONE_SURROGATE.sub("\ufffd", text)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def plain_query(text: str) -> str:
    """Every word of `text` as a quoted prefix term: always a valid FTS5 query."""
    words = [w for w in _WORD.findall(bounded(text)) if w not in OPERATORS and w != "NEAR"]
    words = list(dict.fromkeys(words))[:MAX_TERMS]
    return " ".join(_quote(word) + "*" for word in words)


def parse_search(text: str) -> tuple[str, bool]:
    """Return (FTS5 query, was_fallback). An empty query means 'no text restriction'."""
    text = bounded(text)
    if len(_WORD.findall(text)) > MAX_TERMS:
        return plain_query(text), True
    for mark in _SEPARATORS:
        text = text.replace(mark, " ")
    text = text.strip()
    if not text:
        return "", False
    parts: list[str] = []
    depth = 0
    # True when the next token must be an operand (start, after an operator or '(').
    expecting_operand = True
    last_was_operand = False
    for match in _TOKEN.finditer(text):
        if match.group("space"):
            continue
        if match.group("other") is not None:
            return plain_query(text), True
        if match.group("open") is not None:
            if last_was_operand:
                parts.append("AND")  # FTS5 wants an explicit AND before a group
            parts.append("(")
            depth += 1
            expecting_operand, last_was_operand = True, False
            continue
        if match.group("close") is not None:
            if depth == 0 or expecting_operand:
                return plain_query(text), True
            parts.append(")")
            depth -= 1
            expecting_operand, last_was_operand = False, True
            continue
        phrase = match.group("phrase")
        if phrase is not None:
            inner = phrase[1:-1].strip()
            if not _WORD.search(inner):
                return plain_query(text), True
            if last_was_operand:
                parts.append("AND")
            parts.append(_quote(inner) + ("*" if match.group("phrase_star") else ""))
            expecting_operand, last_was_operand = False, True
            continue
        word = match.group("word")
        if word in OPERATORS:
            if expecting_operand:
                return plain_query(text), True
            parts.append(word)
            expecting_operand, last_was_operand = True, False
            continue
        if word == "NEAR" and text[match.end() : match.end() + 1] == "(":
            return plain_query(text), True
        if last_was_operand:
            parts.append("AND")
        parts.append(_quote(word) + "*")
        expecting_operand, last_was_operand = False, True
    if depth != 0 or expecting_operand:
        return plain_query(text), True
    return " ".join(parts), False


def fold(text: str) -> str:
    """Lower-case `text` and strip accents, keeping its length, so positions map back.

    The FTS tokenizer ignores diacritics ('Peru' finds 'Perú'); highlighting must agree.
    """
    if text.isascii():
        return text.lower()  # the same, character by character: the table paints this often
    return "".join(_fold_char(ch) for ch in text)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    lower = base.lower()
    return lower if len(lower) == 1 else base


def search_terms(text: str) -> list[str]:
    """The words of a search, folded, for highlighting matches (operators left out)."""
    terms: list[str] = []
    for word in _WORD.findall(bounded(text)):
        if len(terms) >= MAX_TERMS:
            break
        if word in OPERATORS or word == "NEAR":
            continue
        folded = fold(word)
        if folded not in terms:
            terms.append(folded)
    return terms


def nothing_to_search(text: str) -> bool:
    """True when `text` is typed but holds no word to look for: only operators or punctuation
    ("AND", "NEAR(", "(((", a lone quote or `*`). Such a text must not narrow anything."""
    return bool(text.strip()) and parse_search(text)[0] == ""
