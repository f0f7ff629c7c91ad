"""tools/update_translations.py --fill fills every unfinished text a pending file translates,
also one that follows a finished message (the case that left "Cite &This View…" English)."""

from __future__ import annotations

import importlib.util
import json

from tests.conftest import REPO

TS = """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Copiar c&amp;ita</translation>
    </message>
    <message>
        <source>Cite &amp;This View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_fill_reaches_the_text_after_a_finished_one(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "tools" / "update_translations.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    ts = tmp_path / "explorer_es.ts"
    ts.write_text(TS, encoding="utf-8")
    pending = tmp_path / "pending"
    pending.mkdir()
    (pending / "cite.json").write_text(json.dumps(
        {"Cite &This View…": "Citar es&ta vista…", "Export &Sources…": "Exportar &fuentes…"}
    ), encoding="utf-8")  # fmt: skip
    assert tool.fill_from(ts, pending) == 2
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation>Citar es&amp;ta vista…</translation>" in text
    assert "<translation>Copiar c&amp;ita</translation>" in text  # the finished one untouched
