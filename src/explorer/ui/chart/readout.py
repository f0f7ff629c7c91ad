"""What the chart says about a number under the mouse: value, unit, period, flag and source."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from explorer.core.chart_math import format_value, period_label
from explorer.store.series_data import Observation, SeriesInfo
from explorer.ui.i18n import localize_number_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartReadout", text)


def flag_title(flag: str) -> str:
    titles = {
        "inconsistent": _tr("Inconsistent as printed"),
        "conflict": _tr("Sources disagree"),
        "approximate": _tr("Approximate (“about”)"),
        "lower_bound": _tr("Lower bound (“more than”)"),
        "upper_bound": _tr("Upper bound (“less than”)"),
        "estimate": _tr("Estimate"),
        "preliminary": _tr("Preliminary figure"),
        "missing": _tr("Not available in the source"),
    }
    return titles.get(flag, flag)


def period_text(obs: Observation) -> str:
    text = period_label(obs.period)
    return (
        _tr("{period} (one figure for the whole period: a total or an average)").format(period=text)
        if obs.is_span
        else text
    )


def value_text(obs: Observation, series: SeriesInfo) -> str:
    if obs.value is None:
        return _tr("no value printed (“{text}”)").format(text=obs.value_text)
    return f"{obs.value_text} {series.unit_label}"


def observation_lines(
    obs: Observation,
    series: SeriesInfo,
    plotted: float | None = None,
    plotted_unit: str = "",
    noted: bool = False,
) -> list[tuple[str, str]]:
    """(kind, text) lines; kind is 'title', 'value', 'warning', 'source' or 'note'."""
    lines = [("title", series.title), ("value", f"{period_text(obs)}: {value_text(obs, series)}")]
    if plotted is not None and plotted_unit:
        lines.append(
            (
                "value",
                _tr("plotted as {value} {unit}").format(
                    value=localize_number_text(format_value(plotted)), unit=plotted_unit
                ),
            )
        )
    if obs.flag:
        reason = f": {obs.flag_reason}" if obs.flag_reason else ""
        lines.append(("warning", f"⚠ {flag_title(obs.flag)}{reason}"))
    if obs.conflict:
        lines.append(("warning", _tr("Sources give: {claims}").format(claims=obs.conflict)))
    lines.append(
        (
            "source",
            _tr("Source: {source}, {locator}").format(source=obs.source_title, locator=obs.locator),
        )
    )
    if noted:
        lines.append(("note", _tr("✎ You have a note on this number")))
    lines.append(("hint", _tr("Click to open the passage")))
    return lines


def lines_html(lines: list[tuple[str, str]], warning_color: str) -> str:
    parts = []
    for kind, text in lines:
        text = escape(text)
        if kind == "title":
            parts.append(f"<b>{text}</b>")
        elif kind == "warning":
            parts.append(f"<span style='color:{warning_color}'>{text}</span>")
        elif kind in ("source", "hint"):
            parts.append(f"<i>{text}</i>")
        else:
            parts.append(text)
    return "<br>".join(parts)


def lines_plain(lines: list[tuple[str, str]]) -> str:
    return " · ".join(text for kind, text in lines if kind != "hint")


class ReadoutLabel(QLabel):
    """The line under the plot that reads the value under the pointer. Its height is fixed
    (LINES lines at the current type) so that pointing at a bar never resizes the plot under
    the pointer; a longer text is whole in the tooltip."""

    LINES = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._fix_height()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * self.LINES
        self.setFixedHeight(lines + margins.top() + margins.bottom() + 2)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()  # presentation type: three lines of the larger type
