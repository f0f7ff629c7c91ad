"""Notes as a Markdown handout: each note under the item it is about, with that item's sources.

Labels come from the bundled store when it has the item; otherwise from the label the note
remembered, marked as not in this dataset, so a handout never drops a note silently.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from explorer.store.notes import Note, NotesStore
from explorer.store.notes_targets import describe

_HEADINGS = {
    "episode": "Episode",
    "series": "Series",
    "observation": "Figure",
    "passage": "Passage",
}
_ORDER = {"episode": 0, "series": 1, "observation": 2, "passage": 3}


def export_markdown(
    store: NotesStore, bundled: sqlite3.Connection | None, note_ids=None, title: str = "Notes"
) -> str:
    if note_ids is None:
        note_ids = store.search().ids
    notes = [n for n in store.get_many(note_ids).values() if not n.deleted]
    groups: dict[tuple[str, str], list[Note]] = {}
    for note in sorted(notes, key=lambda n: (_ORDER.get(n.target_type, 9), n.target_id, n.created)):
        groups.setdefault((note.target_type, note.target_id), []).append(note)
    meta = _dataset_version(bundled) or store.dataset_version
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# {title}",
        "",
        f"*Relations Explorer · dataset {meta or 'unknown'} · {len(notes)} note"
        f"{'s' if len(notes) != 1 else ''} · exported {stamp}*",
        "",
    ]
    for (target_type, target_id), group in _ordered_groups(groups, bundled):
        info = describe(bundled, target_type, target_id) if bundled else None
        label = info.label if info and info.found else (group[0].target_label or target_id)
        lines.append(f"## {_HEADINGS.get(target_type, target_type.title())}: {_escape(label)}")
        lines.append("")
        facts = [info.detail] if info and info.found and info.detail else []
        facts.append(f"id `{target_id}`")
        if info is not None and not info.found:
            facts.append("not in this dataset")
        lines += [f"*{' · '.join(facts)}*", ""]
        for note in group:
            lines += [_demote_headings(note.body.strip()) or "*(empty note)*", ""]
            extra = [f"updated {note.updated[:16].replace('T', ' ')}"]
            if note.tags:
                extra.insert(0, "tags: " + ", ".join(note.tags))
            if note.conflict_of:
                extra.append("a conflicting version of another note")
            lines += [f"<small>{' · '.join(extra)}</small>", ""]
        if info and info.citations:
            lines += ["**Sources**", ""]
            for cite in info.citations:
                quote = " ".join(cite.quote.split())
                lines.append(
                    f"- {_escape(cite.source)}, {_escape(cite.locator)}: “{_escape(quote)}”"
                )
            lines.append("")
        lines += ["---", ""]
    return "\n".join(lines).rstrip("-\n ") + "\n"


def _ordered_groups(groups, bundled):
    """Episodes in date order when the store knows their dates; the rest as grouped."""
    if bundled is None:
        return list(groups.items())
    starts = {}
    ids = [tid for (tt, tid) in groups if tt == "episode"]
    if ids:
        marks = ",".join("?" * len(ids))
        starts = dict(
            bundled.execute(f"SELECT id, start_lo FROM episodes WHERE id IN ({marks})", ids)
        )
    return sorted(
        groups.items(),
        key=lambda kv: (_ORDER.get(kv[0][0], 9), starts.get(kv[0][1], 1e9), kv[0][1]),
    )


def _dataset_version(conn: sqlite3.Connection | None) -> str:
    if conn is None:
        return ""
    row = conn.execute("SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()
    return row[0] if row else ""


def _demote_headings(body: str) -> str:
    """A note's own headings go below the handout's '##' so the outline stays right."""
    out = []
    for line in body.splitlines():
        if line.startswith("#"):
            line = "###" + line if line.lstrip("#").startswith(" ") else line
        out.append(line)
    return "\n".join(out)


def _escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")
