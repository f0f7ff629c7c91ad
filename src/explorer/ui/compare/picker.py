"""Choosing a few items by typing: chosen items as removable chips, and a search box whose
suggestions come from SQL as the user types (so it stays fast however big the store is)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QWidget,
)

from explorer.ui.compare.flow import FlowLayout

MIN_CHARS = 24  # a chip always shows at least this much of its label
# Longer labels are shortened even on a wide screen: 60 "n"s, 420 px at the usual type and
# as many characters at the presentation's (a fixed 420 px cut chips to half a row there).
MAX_CHIP_CHARS = 60

# find(text) -> [(id, label)]
Finder = Callable[[str], list[tuple[str, str]]]


def shorten_keeping_tail(label: str, metrics, width: int) -> str:
    """`label` cut to `width` px in its name, keeping a short tail that tells chips apart —
    an episode's "(1990)", a series' "· Table 3" — whole; cut at its end if even that does
    not leave room for a readable start."""
    if metrics.horizontalAdvance(label) <= width:
        return label
    cut = max(label.rfind(" · "), label.rfind(" ("))
    tail = label[cut:] if cut > 0 else ""
    room = width - metrics.horizontalAdvance(tail)
    if not tail or len(tail) * 3 > len(label) or room < metrics.horizontalAdvance("M" * 12):
        return metrics.elidedText(label, Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(label[:cut], Qt.TextElideMode.ElideRight, room) + tail


class Chip(QToolButton):
    """A removable item. Its text stays the whole label (what screen readers and tests read);
    it is drawn shortened with "…" to the width `fit` allows."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Chip")
        self.setProperty("fullText", label)
        self.setText(f"{label}  ✕")
        self._shown = self.text()

    def shown_text(self) -> str:
        return self._shown

    def fit(self, text_width: int) -> None:
        metrics = self.fontMetrics()
        label = self.property("fullText")
        shown = shorten_keeping_tail(label, metrics, text_width) + "  ✕"
        if shown != self._shown:  # only on a real change: no resize ping-pong
            self._shown = shown
            self.updateGeometry()
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._shown) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + extra, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as a chip may be drawn, whatever it shows now: its width must not follow
        the width the picker had last (`fit`), or the pane's minimum width ratchets up with
        every resize and the scroll areas around it chase each other without end."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        readable = metrics.horizontalAdvance("n" * MIN_CHARS + "…  ✕")
        extra = min(readable, metrics.horizontalAdvance(self._shown)) - metrics.horizontalAdvance(
            self.text()
        )
        return QSize(hint.width() + extra, hint.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = self._shown
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class ChipPicker(QWidget):
    changed = Signal(tuple)  # the chosen ids, in order

    def __init__(
        self, title: str, placeholder: str, find: Finder, limit: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._find, self._limit = find, limit
        self._ids: tuple[str, ...] = ()
        self._labels: dict[str, str] = {}
        self._colors: dict[str, QColor] = {}
        self._offered: dict[str, str] = {}  # completion text -> id
        self.title = QLabel(title, self)
        self.title.setObjectName("PickerTitle")
        # The chips wrap onto more lines under the search box rather than shrinking to "…".
        self.chip_box = QWidget(self)
        self.chips = FlowLayout(self.chip_box)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.title.setBuddy(self.search)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self.search)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._suggest)
        self.completer.activated[str].connect(self._chosen)
        self.search.returnPressed.connect(self._return_pressed)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.search, 0, 1)
        layout.addWidget(self.chip_box, 1, 1, 1, 2)
        self._layout = layout
        layout.setColumnStretch(1, 1)

    def add_beside_search(self, widget: QWidget) -> None:
        """A button that belongs with the search box (the chips keep the full width below)."""
        self._layout.addWidget(widget, 0, 2)

    def ids(self) -> tuple[str, ...]:
        return self._ids

    def set_items(self, items: list[tuple[str, str]], colors: list[QColor] | None = None) -> None:
        """Show `items` [(id, label)] as chips without emitting `changed`."""
        self._ids = tuple(i for i, _ in items)[: self._limit]
        self._labels = dict(items)
        self._colors = dict(zip(self._ids, colors or [], strict=False))
        while self.chips.count():
            widget = self.chips.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for item_id in self._ids:
            self.chips.addWidget(self._chip(item_id))
        self._fit_chips()
        full = len(self._ids) >= self._limit
        self.search.setEnabled(not full)
        self.search.setPlaceholderText(
            self.tr("Remove one to add another") if full else self.search.accessibleName()
        )

    def add(self, item_id: str, label: str = "") -> bool:
        if item_id in self._ids or len(self._ids) >= self._limit:
            return False
        self._labels[item_id] = label or self._labels.get(item_id, item_id)
        ids = (*self._ids, item_id)
        self.set_items(
            [(i, self._labels.get(i, i)) for i in ids],
            [self._colors[i] for i in ids if i in self._colors],
        )
        self.changed.emit(self._ids)
        return True

    def remove(self, item_id: str) -> None:
        if item_id in self._ids:
            ids = tuple(i for i in self._ids if i != item_id)
            self.set_items([(i, self._labels.get(i, i)) for i in ids])
            self.changed.emit(self._ids)

    def _chip(self, item_id: str) -> Chip:
        label = self._labels.get(item_id, item_id)
        chip = Chip(label, self)
        chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        chip.setToolTip(self.tr("{item} — click to remove").format(item=label))
        chip.setAccessibleName(self.tr("Remove {item}").format(item=label))
        color = self._colors.get(item_id)
        if color is not None:
            chip.setStyleSheet(
                f"QToolButton#Chip {{ border: 1px solid palette(mid); border-left: 5px solid "
                f"{color.name()}; border-radius: 4px; padding: 3px 6px; }}"
            )
        chip.clicked.connect(lambda: self.remove(item_id))
        return chip

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_chips()

    def _fit_chips(self) -> None:
        """Each chip shows its whole label up to a line of the pane (never fewer than about
        MIN_CHARS characters), shortened at the right with "…"; the tooltip has it all."""
        chips = [self.chips.itemAt(i).widget() for i in range(self.chips.count())]
        chips = [c for c in chips if c is not None]
        if not chips:
            self.chip_box.hide()
            return
        self.chip_box.show()
        metrics = chips[0].fontMetrics()
        room = self.width() - self.title.sizeHint().width() - 12
        readable = metrics.horizontalAdvance("n" * MIN_CHARS)
        longest = metrics.horizontalAdvance("n" * MAX_CHIP_CHARS)
        text_width = max(readable, min(longest, room - metrics.horizontalAdvance("  ✕") - 24))
        for chip in chips:
            chip.fit(text_width)

    def _suggest(self, text: str) -> None:
        found = [(i, label) for i, label in self._find(text) if i not in self._ids]
        self._offered = {label: i for i, label in found}
        self._model.setStringList(list(self._offered))
        if text.strip():
            self.completer.complete()

    def _chosen(self, text: str) -> None:
        item_id = self._offered.get(text)
        if item_id is not None:
            self.add(item_id, text)
            self.search.clear()

    def _return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if text in self._offered:
            self._chosen(text)
            return
        found = [(i, label) for i, label in self._find(text) if i not in self._ids]
        if found:  # Enter takes the best match, as in a search field
            self.add(*found[0])
            self.search.clear()
