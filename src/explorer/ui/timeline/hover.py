"""What the hover card says about an episode, a period or an aggregated count."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from explorer.core.timeline_layout import format_range
from explorer.store import timeline as timeline_store
from explorer.ui.i18n import format_count
from explorer.ui.labels import written_date
from explorer.ui.timeline.labels import kind_title, precision_note


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineHover", text)


def target_html(widget, target, model, conn, actor_names: dict[str, str]) -> str:
    if target.kind == "episode":
        return episode_html(model, target.index, conn, actor_names)
    if target.kind == "period":
        period = model.periods[target.index]
        return (
            f"<b>{escape(period.name)}</b><br>{escape(period.date_text)}"
            f"<br><i>{escape(period.kind.replace('_', ' '))}</i>"
        )
    return _tr("<b>{count} episodes</b> in {years}<br><i>Click to zoom in</i>").format(
        count=format_count(target.count), years=format_range(target.lo, target.hi)
    )


def episode_html(model, i: int, conn, actor_names: dict[str, str]) -> str:
    c = model.columns
    episode_id, title, date_text, precision = c.texts(i)  # one episode's words, read now
    start, end = timeline_store.episode_edtf(conn, episode_id)
    lines = [f"<b>{escape(title)}</b>", escape(written_date(date_text, start, end))]
    note = precision_note(precision, c.uncertain[i], c.disputed[i])
    if note:
        lines.append(f"<i>{escape(note)}</i>")
    partners = ", ".join(actor_names.get(p, p) for p in c.partners_of(i))
    lines.append(escape(kind_title(c.kind(i))) + (f" · {escape(partners)}" if partners else ""))
    if c.disputed[i]:
        claims = timeline_store.date_claims(conn, episode_id)
        for field, value_text, source in claims:
            lines.append(f"• {escape(field)}: {escape(value_text)} — {escape(source)}")
    if i in model.noted:
        lines.append(_tr("✎ You have a note on this episode"))
    return "<br>".join(lines)
