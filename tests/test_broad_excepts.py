"""Nothing fails silently: every broad `except` in src/ logs what it swallowed, or raises."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "explorer"
BROAD = {"Exception", "BaseException"}
LOGGERS = {"log", "logging", "qt_log", "logger"}


def broad_handlers(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if node.type is None or any(isinstance(n, ast.Name) and n.id in BROAD for n in names):
                yield node


def logs_or_raises(handler: ast.ExceptHandler) -> bool:
    for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
        if isinstance(node, ast.Raise):
            return True
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id in LOGGERS):  # fmt: skip
            return True
    return False


def test_every_broad_except_logs_or_raises():
    silent, seen = [], 0
    for path in sorted(SRC.rglob("*.py")):
        for handler in broad_handlers(ast.parse(path.read_text("utf-8"))):
            seen += 1
            if not logs_or_raises(handler):
                silent.append(f"{path.relative_to(SRC.parent)}:{handler.lineno}")
    assert seen >= 10  # the sweep found them; a parser change must not make this vacuous
    assert not silent, "broad excepts that swallow silently:\n" + "\n".join(silent)
