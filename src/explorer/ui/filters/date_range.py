"""The "active during" filter: type a range ("1985–1990", "1990s") or pick the two years.

An episode passes if any part of its span falls in the range (a treaty signed in 1981 and in
force until 1995 is active during 1985–1990). Typed and picked forms stay in step.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from explorer.core.dates import (
    LATEST_YEAR,
    RangeError,
    YearOutOfRange,
    format_range,
    parse_range_noted,
)
from explorer.core.session import Session
from explorer.store import records
from explorer.ui import guarded
from explorer.ui.observe import observe

log = logging.getLogger(__name__)

ORIGIN = "date-range"
FIRST_YEAR, LAST_YEAR = 1800, LATEST_YEAR


class YearBox(QSpinBox):
    """A year, or 'any' at the bottom of the range (the spin box's special value)."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.setSpecialValueText(any_text)
        self.setValue(self.minimum())
        self.setKeyboardTracking(False)  # act on Enter / focus out, not on each digit
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_year(self, year: int | None) -> None:
        self.blockSignals(True)
        self.setValue(self.minimum() if year is None else year)
        self.blockSignals(False)


class DateRangeFilter(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        heading = QLabel(self.tr("Active during"), self)
        heading.setProperty("role", "heading")
        self.typed = QLineEdit(self)
        self.typed.setObjectName("date-range-typed")
        self.typed.setPlaceholderText(self.tr("e.g. 1985–1990, 1990s, from 1968"))
        self.typed.setAccessibleName(self.tr("Active during, typed range"))
        self.typed.setToolTip(self.tr(
            "Episodes whose span overlaps this range. Type years (1985–1990), a decade (1990s) "
            "or an open range (from 1968, until 1900), then press Enter."))  # fmt: skip
        self.typed.setClearButtonEnabled(True)
        heading.setBuddy(self.typed)
        self.first = YearBox(self.tr("any"), self)
        self.first.setObjectName("date-range-from")
        self.first.setAccessibleName(self.tr("Active from year"))
        self.last = YearBox(self.tr("any"), self)
        self.last.setObjectName("date-range-to")
        self.last.setAccessibleName(self.tr("Active until year"))
        self.message = QLabel(self)
        self.message.setProperty("role", "notice")
        self.message.setWordWrap(True)
        self.message.hide()

        picked = QHBoxLayout()
        picked.setSpacing(4)
        picked.addWidget(QLabel(self.tr("from"), self))
        picked.addWidget(self.first, 1)
        picked.addWidget(QLabel(self.tr("to"), self))
        picked.addWidget(self.last, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(heading)
        layout.addWidget(self.typed)
        layout.addLayout(picked)
        layout.addWidget(self.message)

        self.typed.returnPressed.connect(self.apply_typed)
        self.typed.editingFinished.connect(self.apply_typed)
        self.typed.textChanged.connect(self._on_typed_changed)
        self.first.valueChanged.connect(self.apply_picked)
        self.last.valueChanged.connect(self.apply_picked)
        observe(session.state.filters_changed, self, self._on_filters_changed)

    def apply_typed(self) -> None:
        typed = self.typed.text().strip()
        try:
            parsed, swapped = parse_range_noted(typed)
        except YearOutOfRange:
            self._show_problem(self._outside_span(typed))
            return
        except RangeError:
            self._show_problem(self.tr(
                "“{text}” is not a range I can read. Try 1985–1990, 1990s or from 1968."
            ).format(text=typed))  # fmt: skip
            return
        date_from, date_to = parsed if parsed else (None, None)
        span = self.store_span()
        if parsed and span and not _overlaps(date_from, date_to, span):
            self._show_problem(self._outside_span(typed))  # nothing changes
            return
        self._set(date_from, date_to)
        note = ""
        if swapped:
            note = self.tr("Read as {range}: the later year was typed first.").format(
                range=format_range(date_from, date_to)
            )
        self._show_problem(note, invalid=False)

    @guarded.reads(default=None)
    def store_span(self) -> tuple[float, float] | None:
        """The years the store's episodes cover, as decimal-year bounds (None if empty)."""
        return records.episode_span(self.session.store)  # None: a store without episodes

    def _outside_span(self, typed: str) -> str:
        span = self.store_span()
        if span is None:
            return self.tr("“{text}” is later than {year}: type a year up to {year}.").format(
                text=typed, year=LATEST_YEAR
            )
        return self.tr(
            "“{text}” is outside the years this store covers ({range}); the filter is unchanged."
        ).format(text=typed, range=format_range(span[0], span[1]))

    def apply_picked(self, *_args) -> None:
        first, last = self.first.year(), self.last.year()
        if first is not None and last is not None and last < first:
            first, last = last, first
        date_from = float(first) if first is not None else None
        date_to = float(last + 1) if last is not None else None
        self._show_problem("")
        self._set(date_from, date_to)

    def _set(self, date_from: float | None, date_to: float | None) -> None:
        self.session.state.update_filters(origin=ORIGIN, date_from=date_from, date_to=date_to)
        self._show(date_from, date_to, keep_typed=self.typed.hasFocus())

    def _on_typed_changed(self, text: str) -> None:
        if not text and not self.typed.hasFocus():
            self.apply_typed()
        elif not text:
            self._show_problem("")

    def _on_filters_changed(self, filters, origin: str) -> None:
        if origin != ORIGIN:
            self._show_problem("")
            self._show(filters.date_from, filters.date_to)

    def _show(self, date_from: float | None, date_to: float | None, keep_typed=False) -> None:
        if not keep_typed:
            self.typed.blockSignals(True)
            self.typed.setText(format_range(date_from, date_to))
            self.typed.blockSignals(False)
        self.first.set_year(int(date_from) if date_from is not None else None)
        self.last.set_year(int(-(-date_to // 1)) - 1 if date_to is not None else None)

    def _show_problem(self, text: str, invalid: bool = True) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.typed.setProperty("invalid", bool(text) and invalid)
        self.typed.style().unpolish(self.typed)
        self.typed.style().polish(self.typed)


def _overlaps(date_from: float | None, date_to: float | None, span: tuple[float, float]) -> bool:
    """True if the range [date_from, date_to) shares any time with the store's span."""
    lo, hi = span
    return (date_from is None or date_from < hi) and (date_to is None or date_to > lo)
