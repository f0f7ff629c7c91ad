"""Walk the real widget tree of a shown window and measure what a user sees: the budgets of
docs/layout.md (plot area, lanes with their full names, facet rows, table rows) and every text
cut short where there was room for it (or cut short with no hover to read it whole).

Used by tests/gui/test_layout_budgets.py and by tests/classroom/make_screenshots.py (which
prints the figures beside each screenshot).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

# Slack for rounding between a text's measured width and the room Qt gives it.
SLACK = 2


@dataclass
class Measures:
    plot: tuple[int, int] | None = None  # the chart's first plot area, px
    plot_inside: bool = True  # the plot lies within the chart's view (nothing cut at its right)
    lanes_cut: list[str] = field(default_factory=list)  # lane names drawn shortened
    lanes_shown: int = 0
    key_cut: list[str] = field(default_factory=list)  # timeline key entries drawn shortened
    year_axis_whole: bool = True  # the timeline's year labels have their whole height on screen
    facet_rows: dict[str, int] = field(default_factory=dict)  # rows a facet list shows
    facet_values: dict[str, int] = field(default_factory=dict)  # values it has
    table_rows: int | None = None
    cut: list[str] = field(default_factory=list)  # texts cut short with no hover to read them
    cut_with_tip: list[str] = field(default_factory=list)  # cut short, the tooltip has them


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        # Widgets let go of with deleteLater(): gone, as under a running event loop.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        if widget.objectName():
            names.append(widget.objectName())
        widget = widget.parentWidget()
    return "/".join(reversed(names)) or "?"


def _tip_has(widget: QWidget, text: str) -> bool:
    tip = widget.toolTip() or ""
    plain = text.replace("&", "")
    return bool(plain) and plain in tip.replace("&", "")


def _label_cut(label: QLabel) -> bool:
    if label.wordWrap() or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
        return False
    if label.textFormat() == Qt.TextFormat.AutoText and "<" in label.text():
        return False
    needed = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0])
    return needed > label.contentsRect().width() + SLACK


def _combo_cut(combo: QComboBox) -> bool:
    """The shown entry of a closed, non-editable combo box wider than its text field."""
    text = combo.currentText()
    if combo.isEditable() or not text:
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field_rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(text) > field_rect.width() + SLACK


def _button_cut(button: QAbstractButton) -> bool:
    text = button.text().replace("&&", "&").replace("&", "")
    if not text or button.width() <= 0:
        return False
    return button.sizeHint().width() > button.width() + SLACK


def _note(measures: Measures, widget: QWidget, text: str, has_tip: bool) -> None:
    line = f"{type(widget).__name__}#{_where(widget)}: {text!r}"
    (measures.cut_with_tip if has_tip else measures.cut).append(line)


def cut_texts(root: QWidget, measures: Measures) -> None:
    """Labels, buttons, tabs and column titles on screen whose text does not fit."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not on_screen(widget):
            continue
        if isinstance(widget, QLabel) and _label_cut(widget):
            _note(measures, widget, widget.text(), _tip_has(widget, widget.text()))
        elif hasattr(widget, "shown_text") and isinstance(widget, QAbstractButton):
            if widget.shown_text() != widget.text():  # drawn shortened on purpose (a chip)
                _note(
                    measures,
                    widget,
                    widget.text(),
                    _tip_has(widget, widget.property("fullText") or ""),
                )
        elif isinstance(widget, QComboBox) and _combo_cut(widget):
            _note(measures, widget, widget.currentText(), _tip_has(widget, widget.currentText()))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QComboBox):
            if _button_cut(widget):
                _note(measures, widget, widget.text(), _tip_has(widget, widget.text()))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&", "")
                room = widget.tabRect(index).width() - 16
                if widget.fontMetrics().horizontalAdvance(text) > room + SLACK:
                    tip = widget.tabToolTip(index) or ""
                    _note(measures, widget, text, text in tip)
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                padding = 28 if section == widget.sortIndicatorSection() else 14
                if widget.fontMetrics().horizontalAdvance(text) + padding > (
                    widget.sectionSize(section) + SLACK
                ):
                    tip = model.headerData(
                        section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                    )
                    _note(measures, widget, text, bool(tip) and text in str(tip))


def measure(window) -> Measures:
    """The budgets, for the workspace in front of `window`."""
    settle()
    m = Measures()
    chart = window.panes.get("chart")
    if chart is not None and on_screen(chart) and chart.figure.plots:
        chart.figure.viewport().repaint()
        settle(2)
        rect = chart.figure.plots[0].getViewBox().sceneBoundingRect()
        m.plot = (int(rect.width()), int(rect.height()))
        m.plot_inside = rect.right() <= chart.figure.viewport().width() + 1
    timeline = window.panes.get("timeline")
    if timeline is not None and on_screen(timeline):
        axis = timeline.plot.lane_axis
        metrics = QFontMetricsF(axis.label_font) if axis.label_font else None
        top = timeline.plot.mapToScene(0, 0).y()
        bottom = timeline.plot.mapToScene(0, timeline.plot.viewport().height()).y()
        for _key, title, lane_top, height, count in axis.lanes:
            if lane_top >= top - 1 and lane_top + height <= bottom + 1:
                m.lanes_shown += 1
            if metrics is not None:
                room = (
                    axis.width() - 17 - 10 * axis.scale - 4 - metrics.horizontalAdvance(str(count))
                )
                if metrics.horizontalAdvance(title) > room + 0.5:
                    m.lanes_cut.append(title)
        year_axis = timeline.plot.year_axis
        tick_font = year_axis.style.get("tickFont") or timeline.plot.font()
        axis_rect = year_axis.sceneBoundingRect()
        m.year_axis_whole = (
            axis_rect.height() >= QFontMetricsF(tick_font).height()
            and axis_rect.bottom() <= timeline.plot.viewport().height() + 1
        )
        key = timeline.footer.key
        full = dict(key.items)
        m.key_cut = [full[k] for k, shown, _ in key.arrange(key.width()) if shown != full[k]]
    filters = window.panes.get("filters")
    if filters is not None and on_screen(filters):
        for facet in (filters.kinds, filters.decades, filters.actors):
            view = facet.view
            rows = facet.model.rowCount()
            row_h = max(1, view.sizeHintForRow(0)) if rows else 1
            # Rows the list is tall enough to show (the sidebar scrolls as a whole).
            m.facet_rows[facet.objectName()] = min(rows, view.viewport().height() // row_h)
            m.facet_values[facet.objectName()] = rows
    table = window.table
    if on_screen(table):
        view = table.table
        row_h = max(1, view.verticalHeader().defaultSectionSize())
        m.table_rows = view.viewport().visibleRegion().boundingRect().height() // row_h
    cut_texts(window, m)
    return m


def fill_window(window) -> None:
    """A window in use: an episode selected (the inspector full), three episodes compared,
    a note written, so every workspace shows its content rather than its empty state."""
    from tests.classroom.lesson_scenario import six_steps

    conn = window.session.store
    steps = six_steps(conn)
    compare = next(s for s in steps if s.compare)
    state = window.session.state
    state.set_compare_episodes(compare.compare[:3])
    chosen = compare.compare[-1]
    state.select("episode", chosen)
    notes = getattr(window.session, "notes", None)
    pane = window.panes.get("notes")
    if notes is not None and pane is not None and notes.count() == 0:
        note = pane.new_note_on_selection()
        if note is not None:
            pane.editor.body.setPlainText(
                "Compare the 127 days of the siege with the aid figures of 1996–1997: "
                "the grant aid fell the year after. Check the source passage (§ 2)."
            )
            pane.editor.flush()
    settle()
