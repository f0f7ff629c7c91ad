"""Update the translation sources from the code and build the shipped .qm files.

    python3 tools/update_translations.py            # lupdate, then lrelease
    python3 tools/update_translations.py --check    # also fail if any text is untranslated
    python3 tools/update_translations.py --prune    # drop texts no longer in the code
    python3 tools/update_translations.py --fill DIR # take missing texts from DIR/*.json

Steps (see docs/translations.md):
1. Every module under src/explorer (the store builder excepted: it shows nothing to users) is
   read with Python's ast for the texts passed to self.tr(), QCoreApplication.translate(),
   QT_TRANSLATE_NOOP() and to helpers that wrap translate (`def _tr(text): return
   QCoreApplication.translate("Context", text)`), with the context each gets at run time.
   A text that is not a literal string is reported: it cannot be translated.
2. pyside6-lupdate merges those texts into resources/translations/explorer_<lang>.ts, keeping
   the translations already made (it reads a generated module with one translate() call per
   text; the locations in the .ts are then pointed back at the real files and lines).
3. pyside6-lrelease compiles each .ts into the .qm the app loads at run time, and the finished
   translations are also written to explorer_<lang>.fallback.json for the app's fallback
   translator (both committed, so a checkout runs without Qt's tools).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "src" / "explorer"
EXCLUDED = ("build",)  # packages under src/explorer with no user-visible text
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("es",)
SHIM_NAME = "wrapped_texts.py"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py")
                  if p.relative_to(SOURCES).parts[0] not in EXCLUDED)  # fmt: skip


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" is one Constant
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" assignments (a context is often kept in CONTEXT)."""
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and _literal(node.value) is not None
        ):
            found[node.targets[0].id] = _literal(node.value)
    return found


def _translate_context(call: ast.AST, param: str, constants: dict[str, str]) -> str | None:
    """The context of `QCoreApplication.translate(<context>, <param>, ...)`, else None."""
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2
            and isinstance(call.args[1], ast.Name) and call.args[1].id == param):  # fmt: skip
        return None
    context = call.args[0]
    if isinstance(context, ast.Name):
        return constants.get(context.id)
    return _literal(context)


def _wrappers(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Helpers `name(text[, n])` that call QCoreApplication.translate with a fixed context,
    as functions or as lambdas assigned to a name: {name: (context, takes a count)}."""
    constants = _constants(tree)
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.args.args:
            params, body, name = node.args.args, node, node.name
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Lambda)
            and node.value.args.args
        ):
            params, body, name = node.value.args.args, node.value, node.targets[0].id
        else:
            continue
        for call in ast.walk(body):
            context = _translate_context(call, params[0].arg, constants)
            if context is not None:
                found[name] = (context, len(params) > 1)
                break
    return found


class _Finder(ast.NodeVisitor):
    """Every translatable text of one module: (context, text, disambiguation, plural, line)."""

    def __init__(self, tree: ast.Module, path: Path) -> None:
        self.path = path
        self.constants = _constants(tree)
        self.wrappers = _wrappers(tree)
        self.classes: list[str] = []
        self.aliases: set[str] = set()
        self.found: list[tuple[str, str, str, bool, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _text(self, node: ast.AST | None) -> str | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return _literal(node) if node is not None else None

    def _add(self, context, text, call: ast.Call, disambiguation="", plural=False) -> None:
        if context is None or text is None:  # a variable: a helper, or a NOOP-marked text
            if call.args and any(isinstance(a, ast.JoinedStr) for a in call.args[:2]):
                print(
                    f"warning: {self.path.relative_to(REPO)}:{call.lineno}: an f-string "
                    "cannot be translated; use a literal with {names} and .format()",
                    file=sys.stderr,
                )
            return
        self.found.append((context, text, disambiguation or "", plural, call.lineno))

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802 - ast API
        # `t = QCoreApplication.translate`: calls of t(...) are translate calls.
        value = node.value
        if isinstance(value, ast.Attribute) and value.attr == "translate":
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.aliases.add(target.id)
        self.generic_visit(node)

    def visit_Call(self, call: ast.Call) -> None:  # noqa: N802 - ast API
        func, args = call.func, call.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if isinstance(func, ast.Name) and func.id in self.aliases:
            name, func = "translate", ast.Attribute(value=func, attr="translate")
        if name == "tr" and isinstance(func, ast.Attribute) and args:
            owner = func.value.id if isinstance(func.value, ast.Name) else None
            context = self.classes[-1] if owner in ("self", "cls") and self.classes else owner
            self._add(
                context,
                self._text(args[0]),
                call,
                self._text(args[1]) if len(args) > 1 else "",
                len(args) > 2,
            )
        elif name == "translate" and isinstance(func, ast.Attribute) and len(args) >= 2:
            self._add(
                self._text(args[0]),
                self._text(args[1]),
                call,
                self._text(args[2]) if len(args) > 2 else "",
                len(args) > 3,
            )
        elif name == "QT_TRANSLATE_NOOP" and len(args) >= 2:
            self._add(self._text(args[0]), self._text(args[1]), call)
        elif name == "QT_TR_NOOP" and args and self.classes:
            self._add(self.classes[-1], self._text(args[0]), call)
        elif isinstance(func, ast.Name) and func.id in self.wrappers and args:
            context, counted = self.wrappers[func.id]
            text = self._text(args[0])
            self._add(context, text, call, "", counted and (len(args) > 1 or "%n" in (text or "")))
        self.generic_visit(call)


def find_texts(files: list[Path]) -> list[tuple[str, str, str, bool, Path, int]]:
    """(context, text, disambiguation, plural, file, line) of every translatable text. lupdate
    has a Python parser, but it loses texts whose count argument holds a call (`len(x)`) and
    those passed through helpers, so the texts are found here and lupdate only merges them."""
    out = []
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError as error:
            print(f"warning: {path}: {error}", file=sys.stderr)
            continue
        finder = _Finder(tree, path)
        finder.visit(tree)
        out += [(c, t, d, p, path, line) for c, t, d, p, line in finder.found]
    return out


def write_shim(folder: Path, texts) -> dict[int, tuple[Path, int]]:
    """A module lupdate can read, one translate() per line; returns shim line -> origin."""
    lines, origins = ["from PySide6.QtCore import QCoreApplication", ""], {}
    for context, text, disambiguation, plural, path, line in texts:
        extra = (
            f", {disambiguation!r}, 1"
            if plural
            else (f", {disambiguation!r}" if disambiguation else "")
        )
        lines.append(f"QCoreApplication.translate({context!r}, {text!r}{extra})")
        origins[len(lines)] = (path, line)
    (folder / SHIM_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return origins


def relocate(ts_path: Path, shim_dir: Path, origins: dict[int, tuple[Path, int]]) -> None:
    """Point the locations lupdate gave the shim at the real files and lines."""
    text = ts_path.read_text(encoding="utf-8")
    shim_rel = Path(shutil.os.path.relpath(shim_dir / SHIM_NAME, ts_path.parent)).as_posix()

    def fix(match: re.Match) -> str:
        line = int(match.group(1))
        path, real = origins.get(line, (None, line))
        if path is None:
            return match.group(0)
        rel = Path(shutil.os.path.relpath(path, ts_path.parent)).as_posix()
        return f'<location filename="{rel}" line="{real}"/>'

    pattern = re.compile(r'<location filename="' + re.escape(shim_rel) + r'" line="(\d+)"/>')
    text = pattern.sub(fix, text)
    ts_path.write_text(text, encoding="utf-8")


def write_fallback(ts_path: Path) -> Path:
    """{source text: [translation, plural form]} of every finished translation, for the app's
    fallback translator (ui/i18n.py), which answers when a text's run-time context differs from
    the one recorded here. JSON, because builds ship the .qm and this, not the .ts sources."""
    root = ElementTree.parse(ts_path).getroot()
    texts: dict[str, list[str]] = {}
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if not source or translation is None or translation.get("type"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if any(forms):
            texts.setdefault(source, forms)
    path = ts_path.with_suffix(".fallback.json")
    path.write_text(
        json.dumps(texts, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
    )
    return path


# The source may not run past its own </source>: otherwise a match starting at a finished
# message would swallow it and the unfinished one after it, and leave that one unfilled.
# Escaped XML text holds no "<", so a source or comment never runs into the next message.
_UNFINISHED = re.compile(
    r"<source>(?P<source>[^<]*)</source>(?P<between>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">(?P<old>(?:[^<]|<numerusform>[^<]*</numerusform>)*)'
    r"</translation>",
)


def fill_from(ts_path: Path, folder: Path) -> int:
    """Fill untranslated texts from JSON files of {"English": "Spanish"} (a list of forms for a
    plural text); returns how many were filled. Engineers working in parallel each write their
    own file, so no two edit the .ts at once."""
    from xml.sax.saxutils import escape, unescape

    entities = {"&quot;": '"', "&apos;": "'"}
    known: dict[str, str | list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        known.update(json.loads(path.read_text(encoding="utf-8")))
    filled = 0

    def fill(match: re.Match) -> str:
        nonlocal filled
        english = unescape(match["source"], entities)
        spanish = known.get(english)
        if not spanish:
            return match.group(0)
        filled += 1
        if isinstance(spanish, list) or "<numerusform" in match["old"]:
            forms = spanish if isinstance(spanish, list) else [spanish, spanish]
            body = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in forms)
        else:
            body = escape(spanish)
        return f"<source>{match['source']}</source>{match['between']}<translation>{body}</translation>"

    text = ts_path.read_text(encoding="utf-8")
    ts_path.write_text(_UNFINISHED.sub(fill, text), encoding="utf-8")
    return filled


def unfinished(ts_path: Path) -> int:
    text = ts_path.read_text(encoding="utf-8")
    return text.count('type="unfinished"')


def run(tool: str, *args: str) -> None:
    exe = shutil.which(tool)
    if exe is None:
        sys.exit(f"{tool} not found: install PySide6 (it ships {tool})")
    subprocess.run([exe, *args], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if any text is untranslated")
    parser.add_argument("--prune", action="store_true", help="drop texts no longer in the code")
    parser.add_argument("--no-release", action="store_true", help="skip building the .qm files")
    parser.add_argument("--fill", type=Path, help="take missing texts from this folder's *.json")
    args = parser.parse_args(argv)
    files = source_files()
    texts = find_texts(files)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    with tempfile.TemporaryDirectory(prefix="lupdate-") as temporary:
        shim_dir = Path(temporary)
        origins = write_shim(shim_dir, texts)
        for language in LANGUAGES:
            ts_path = TRANSLATIONS / f"explorer_{language}.ts"
            options = ["-locations", "absolute", "-target-language", language]
            if args.prune:
                options.append("-no-obsolete")
            run("pyside6-lupdate", str(shim_dir / SHIM_NAME), *options, "-ts", str(ts_path))
            relocate(ts_path, shim_dir, origins)
            if args.fill:
                print(f"{ts_path.relative_to(REPO)}: {fill_from(ts_path, args.fill)} filled")
            if not args.no_release:
                run("pyside6-lrelease", str(ts_path), "-qm", str(ts_path.with_suffix(".qm")))
                write_fallback(ts_path)
            missing = unfinished(ts_path)
            print(f"{ts_path.relative_to(REPO)}: {missing} text(s) still to translate")
            if args.check and missing:
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
