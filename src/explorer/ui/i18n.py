"""The interface language: which one, loading its translations, and numbers written its way.

Two translators are installed for a language: the app's own (resources/translations/
explorer_<lang>.qm, built from the .ts sources by tools/update_translations.py) and Qt's base
translations (qtbase_<lang>.qm, shipped with PySide6: the buttons of standard dialogs, the
context menu of a text field). Both must be installed before any widget is made, since widgets
translate their texts when they are built.

A third, fallback translator answers by source text alone when a text's context does not match
(PySide6 takes the context of self.tr() from the object's run-time class, so a subclass, or
`box.tr()` on a QMessageBox, looks in another context than the one lupdate recorded). It reads
explorer_<lang>.fallback.json, written beside the .qm by tools/update_translations.py, and is
asked last, after the exact translators.

Numbers follow the language: "1,694.9" in English, "1.694,9" in Spanish. Spanish uses the
decimal comma with a point between thousands, as Peru's legal units law (Ley 23560) and the RAE
prescribe; Qt's es_PE locale writes "1,694.9", so Spanish formats with Spain's symbols
(dates and month names are the same in both).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer import paths

SUPPORTED = ("en", "es")
NATIVE_NAMES = {"en": "English", "es": "Español"}  # shown in their own language, never translated
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": (QLocale.Language.Spanish, QLocale.Country.Spain),
}
_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def system_language() -> str:
    """The supported language the system asks for, English if it asks for none we have."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve(preference: str | None) -> str:
    """A stored preference ('', 'system', 'en', 'es') as the language to use."""
    preference = (preference or "").strip().lower()
    return preference if preference in SUPPORTED else system_language()


def install(app: QCoreApplication, language: str) -> str:
    """Use `language` from now on: translators, default locale. Returns the language in use
    (English when the translation file is missing, so the interface never mixes languages
    because of a broken install)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in SUPPORTED else "en"
    if language == "en":
        english = EnglishPlurals(app)
        app.installTranslator(english)
        _installed.append(english)
    else:
        folder = paths.resource("translations")
        own = QTranslator(app)
        if not own.load(f"explorer_{language}", str(folder)):
            language = "en"
        else:
            fallback = TextTranslator(folder / f"explorer_{language}.fallback.json", app)
            for translator in (fallback, own):  # installed last = asked first
                app.installTranslator(translator)
                _installed.append(translator)
            base = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if base.load(f"qtbase_{language}", qt_folder):
                app.installTranslator(base)
                _installed.append(base)
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    return language


class TextTranslator(QTranslator):
    """Translations looked up by source text whatever the context (see the module doc)."""

    def __init__(self, texts_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = texts_path
        try:
            loaded = json.loads(texts_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}  # only the fallback is lost; the exact translations still work
        self.texts: dict[str, list[str]] = {
            source: forms for source, forms in loaded.items()
            if isinstance(forms, list) and forms and all(isinstance(f, str) for f in forms)
        }  # fmt: skip

    def filePath(self) -> str:  # noqa: N802 - Qt API
        return str(self.path)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self.texts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt API
        forms = self.texts.get(source)
        if not forms:
            # Asked last of all translators; PySide6 takes "" as a (blank) translation, so an
            # untranslated text answers with itself and the user reads English, never nothing.
            return resolve_plural_marks(source, n)
        return forms[0] if n == 1 or len(forms) == 1 else forms[1]


_PLURAL_MARK = re.compile(r"\((s|es)\)")


def resolve_plural_marks(source: str, n: int) -> str:
    """English plural forms for a %n text: "%n note(s)" -> "%n note" for 1, else "%n notes"."""
    if n < 0 or "(" not in source:
        return source
    return _PLURAL_MARK.sub("" if n == 1 else r"\1", source)


class EnglishPlurals(QTranslator):
    """The English interface has no translation file, so Qt would print a %n text as written
    ("1 note(s)"). This translator gives the English singular and plural forms (what an
    English .qm's numerus forms would): Qt then puts the number in for %n."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt API
        return resolve_plural_marks(source, n)


def plural(count: int, one: str, other: str) -> str:
    """`one` for a count of 1, else `other`: both already-translated texts with {count} (or
    another placeholder). English and Spanish agree that only 1 takes the singular, so the pair
    gives both languages real plurals for texts formatted with str.format."""
    return one if count == 1 else other


def current_language() -> str:
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def installed_files() -> list[str]:
    """The translation files in use, for the About box and tests."""
    return [t.filePath() for t in _installed]


# --- numbers ---------------------------------------------------------------------------------


def _symbols() -> tuple[str, str]:
    locale = QLocale()
    return locale.groupSeparator(), locale.decimalPoint()


def localize_number_text(text: str) -> str:
    """Rewrite a number written the English way ("1,694.9", "-12.5%") with the locale's
    separators. Only for a formatted number (core's format_value), never for a sentence."""
    group, decimal = _symbols()
    if (group, decimal) == (",", "."):
        return text
    return text.translate(str.maketrans({",": "\x00", ".": decimal})).replace("\x00", group)


def format_number(value: float, decimals: int | None = None) -> str:
    """A number with thousands grouped: 1694.9 -> '1,694.9' / '1.694,9'. With `decimals` None,
    whole numbers show none and others keep up to 2 significant decimals."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 100 else 2)
    return localize_number_text(f"{value:,.{decimals}f}")


def format_count(count: int) -> str:
    """A count of things: 12345 -> '12,345' / '12.345'."""
    return localize_number_text(f"{int(count):,}")
