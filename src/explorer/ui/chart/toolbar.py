"""The chart's controls: bars or lines, log scale, change from a year, episodes, fit, export.

In a narrow pane the row does not overflow: log scale, change from, episodes and fit move into
a "⋯" popup (the same widgets, so their state and signals are untouched), and a "Series…"
button opens the pane's series drawer when the pane has folded it away.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.plotting import export


class ChartToolbar(QWidget):
    optionsChanged = Signal()
    fitRequested = Signal()

    def __init__(self, parent: QWidget, figure: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # The row never dictates the pane's width: when it does not fit it folds (see below).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.series_button = QToolButton(self)
        self.series_button.setText(self.tr("Series…"))
        self.series_button.setCheckable(True)
        self.series_button.setToolTip(self.tr("Show or hide the list of series to chart"))
        self.series_button.setAccessibleName(self.tr("Choose series"))
        self.series_button.hide()
        self.style_box = QComboBox(self)
        self.style_box.addItem(self.tr("Bars"), "bars")
        self.style_box.addItem(self.tr("Lines"), "lines")
        self.style_box.setAccessibleName(self.tr("Draw series as"))
        self.log_box = QCheckBox(self.tr("Log scale"), self)
        self.log_box.setToolTip(
            self.tr(
                "Logarithmic value axis (values of zero or less are "
                "left out, and the chart says how many)"
            )
        )
        self.relative_box = QCheckBox(self.tr("Change from"), self)
        self.relative_box.setToolTip(
            self.tr("Show each series as % change from the chosen year's value")
        )
        self.year = QSpinBox(self)
        self.year.setRange(1849, 2015)
        self.year.setValue(1990)
        self.year.setAccessibleName(self.tr("Base year for relative change"))
        self.year.setEnabled(False)
        self.episodes_box = QCheckBox(self.tr("Episodes"), self)
        self.episodes_box.setChecked(True)
        self.episodes_box.setToolTip(self.tr("Draw the episodes that match the filters"))
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setToolTip(self.tr("Show all the values of the chosen series"))
        self.export_button = export.export_button(self, figure, self.tr("chart"))
        self.more_button = QToolButton(self)
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("More chart options"))
        self.more_button.setAccessibleName(self.tr("More chart options"))
        self.more_button.hide()
        self.more_button.clicked.connect(self.show_more)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAccessibleName(self.tr("More chart options"))
        QVBoxLayout(self.popup).setContentsMargins(8, 8, 8, 8)
        # The controls that fold into the popup, in a box of their own that moves as one.
        self.extras = QWidget(self)
        self.extras_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.extras)
        self.extras_layout.setContentsMargins(0, 0, 0, 0)
        self.extras_layout.setSpacing(8)
        self.folding = (self.log_box, self.relative_box, self.year, self.episodes_box,
                        self.fit_button)  # fmt: skip
        for widget in self.folding:
            self.extras_layout.addWidget(widget)
        self.compact = False
        for widget in (self.series_button, self.style_box, self.extras):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.more_button)
        layout.addWidget(self.export_button)
        self.style_box.currentIndexChanged.connect(lambda _: self.optionsChanged.emit())
        self.log_box.toggled.connect(lambda _: self.optionsChanged.emit())
        self.relative_box.toggled.connect(self._relative_toggled)
        self.year.valueChanged.connect(lambda _: self._year_changed())
        self.episodes_box.toggled.connect(lambda _: self.optionsChanged.emit())
        self.fit_button.clicked.connect(self.fitRequested)

    # --- folding --------------------------------------------------------------------------------

    def full_width(self) -> int:
        """The width the whole row needs, unfolded."""
        shown = [self.style_box, *self.folding, self.export_button]
        if not self.series_button.isHidden():
            shown.append(self.series_button)
        return sum(w.sizeHint().width() for w in shown) + 8 * (len(shown) + 1)

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        self.popup.hide()
        if compact:
            self.layout().removeWidget(self.extras)
            self.extras_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self.extras.setParent(self.popup)
            self.popup.layout().addWidget(self.extras)
        else:
            self.popup.layout().removeWidget(self.extras)
            self.extras_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self.extras.setParent(self)
            self.layout().insertWidget(2, self.extras)
        self.extras.show()
        self.more_button.setVisible(compact)

    def show_more(self) -> None:
        self.popup.adjustSize()
        corner = self.more_button.mapToGlobal(QPoint(self.more_button.width(), 0))
        self.popup.move(corner.x() - self.popup.width(), corner.y() + self.more_button.height())
        self.popup.show()
        self.log_box.setFocus()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.set_compact(self.width() < self.full_width())

    def _relative_toggled(self, on: bool) -> None:
        self.year.setEnabled(on)
        self.optionsChanged.emit()

    def _year_changed(self) -> None:
        if self.relative_box.isChecked():
            self.optionsChanged.emit()

    def options(self) -> dict:
        """The chart's drawing options as plain data (the saved-view format)."""
        return {"style": self.style_box.currentData(), "log": self.log,
                "relative": self.relative_box.isChecked(), "year": self.year.value(),
                "episodes": self.show_episodes}  # fmt: skip

    def set_options(self, options: dict) -> bool:
        """Take the options given (missing or malformed ones are left as they are) without
        emitting optionsChanged. True if anything changed."""
        before = self.options()
        widgets = (self.style_box, self.log_box, self.relative_box, self.year, self.episodes_box)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            index = self.style_box.findData(options.get("style"))
            if index >= 0:
                self.style_box.setCurrentIndex(index)
            for key, box in (("log", self.log_box), ("relative", self.relative_box),
                             ("episodes", self.episodes_box)):  # fmt: skip
                if isinstance(options.get(key), bool):
                    box.setChecked(options[key])
            year = options.get("year")
            if isinstance(year, int | float) and not isinstance(year, bool):
                self.year.setValue(int(year))
            self.year.setEnabled(self.relative_box.isChecked())
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        return self.options() != before

    @property
    def bars(self) -> bool:
        return self.style_box.currentData() == "bars"

    @property
    def log(self) -> bool:
        return self.log_box.isChecked()

    @property
    def relative_from(self) -> int | None:
        return self.year.value() if self.relative_box.isChecked() else None

    @property
    def show_episodes(self) -> bool:
        return self.episodes_box.isChecked()
