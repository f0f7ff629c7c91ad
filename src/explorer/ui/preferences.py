"""Preferences: interface language, theme, and how presentations look.

The language is applied the next time the app starts (every widget translates its texts when it
is built; rebuilding the window under the user's hands would lose what they were doing), and
the dialog says so. The theme applies at once, through the window's own command.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer.ui import i18n
from explorer.ui.presentation.look import SCALES
from explorer.ui.settings import OPTIONS


def read_setting(settings, key: str):
    """A declared setting (ui/settings.py), or its default when there is no settings file."""
    return settings.get(key) if settings is not None else OPTIONS[key].default


def write_setting(settings, key: str, value) -> None:
    settings.set(key, value)


class PreferencesDialog(QDialog):
    def __init__(self, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox(self)
        self.language.setObjectName("preference-language")
        system = i18n.NATIVE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), "")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("preference-theme")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.scale = QComboBox(self)
        self.scale.setObjectName("preference-presentation-scale")
        for scale in SCALES:
            self.scale.addItem(self.tr("{percent} % of normal").format(percent=round(scale * 100)),
                               scale)  # fmt: skip
        self.contrast = QComboBox(self)
        self.contrast.setObjectName("preference-presentation-theme")
        self.contrast.addItem(self.tr("Black on white (bright rooms)"), "contrast")
        self.contrast.addItem(self.tr("White on black (dark rooms)"), "contrast-dark")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "notice")

        interface = QGroupBox(self.tr("Interface"), self)
        form = QFormLayout(interface)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        presenting = QGroupBox(self.tr("Presentations (F5)"), self)
        form = QFormLayout(presenting)
        form.addRow(self.tr("Text &size:"), self.scale)
        form.addRow(self.tr("&Colours:"), self.contrast)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(presenting)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self._language_at_start = read_setting(settings, "interface/language")
        self._select(self.language, self._language_at_start)
        self._select(self.theme, read_setting(settings, "appearance/theme"))
        self._select(self.scale, float(read_setting(settings, "presentation/scale")))
        self._select(self.contrast, read_setting(settings, "presentation/theme"))
        self.language.currentIndexChanged.connect(self._explain_language)
        self._explain_language()

    @staticmethod
    def _select(box: QComboBox, value) -> None:
        index = box.findData(value)
        box.setCurrentIndex(index if index >= 0 else 0)

    def _explain_language(self) -> None:
        changed = self.language.currentData() != self._language_at_start
        chosen = i18n.resolve(self.language.currentData())
        self.note.setText(self.tr("The new language is used from the next start.") if changed
                          and chosen != i18n.current_language() else "")  # fmt: skip
        self.note.setVisible(bool(self.note.text()))

    def values(self) -> dict:
        return {
            "interface/language": self.language.currentData(),
            "appearance/theme": self.theme.currentData(),
            "presentation/scale": float(self.scale.currentData()),
            "presentation/theme": self.contrast.currentData(),
        }

    def save(self) -> dict:
        """Write the chosen values; returns the ones that changed."""
        changed = {}
        for key, value in self.values().items():
            if read_setting(self.settings, key) != value:
                write_setting(self.settings, key, value)
                changed[key] = value
        return changed


def edit_preferences(window) -> dict:
    """Run the dialog for `window` (the main window); apply what can be applied at once."""
    dialog = PreferencesDialog(window.settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return {}
    changed = dialog.save()
    if "appearance/theme" in changed and hasattr(window, "set_dark_theme"):
        window.set_dark_theme(changed["appearance/theme"] == "dark")
        action = getattr(window, "actions", None)
        if action is not None:
            toggle = action["view.dark_theme"]
            toggle.blockSignals(True)
            toggle.setChecked(changed["appearance/theme"] == "dark")
            toggle.blockSignals(False)
    return changed
