"""Every problem an import shows is translatable: one template per sentence, in ingest/problems.py
(Qt-free, English for the command line), with a translatable copy the dialog renders."""

from __future__ import annotations

import re

import pytest

from explorer.ingest.problems import MESSAGES, Problem, parse
from explorer.ui import i18n
from explorer.ui.ingest.dialog import NewStoreDialog
from explorer.ui.ingest.problem_texts import ProblemTexts, duration_text, message_templates
from tests.ingest.conftest import FIXTURES


def _names(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w+)\}", text))


@pytest.fixture(scope="module")
def spanish_templates(qapp):
    """The templates as the app shows them in Spanish (its installed translation)."""
    assert i18n.install(qapp, "es") == "es"
    try:
        templates = message_templates()
    finally:
        i18n.install(qapp, "en")
    return templates


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_each_template_reads_back_and_has_spanish_with_the_same_parts(code, spanish_templates):
    english = MESSAGES[code]
    parts = {name: f"<{name}>" for name in _names(english)}
    assert parse(english.format(**parts)) == (code, parts)
    spanish = spanish_templates[code]
    assert _names(spanish) == _names(english) and spanish != english


def test_the_dialogs_copy_of_the_templates_is_the_same_english():
    assert message_templates() == MESSAGES  # no translator installed: the source texts


def test_a_library_error_is_shown_as_it_is():
    assert parse("zipfile.BadZipFile: File is not a zip file") == ("", {})
    problem = Problem("a.xlsx", "", 0, "", "File is not a zip file")
    assert ProblemTexts().message(problem) == "File is not a zip file"


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


def test_problems_in_spanish(spanish):
    texts = ProblemTexts()
    problem = Problem("timelinejs.csv", "", 7, "Year", MESSAGES["timelinejs_no_year"])
    assert texts.full(problem) == (
        "timelinejs.csv fila 7, columna Year: sin Year: TimelineJS necesita uno para cada evento"
    )
    date = Problem("e.csv", "Hoja1", 5, "Fecha", "“05/04/1992” could be day/month or month/day: "
                   "write it as 1992-04-05 or 1992-05-04.")  # fmt: skip
    assert texts.message(date) == ("“05/04/1992” puede ser día/mes o mes/día: escríbala como "
                                   "1992-04-05 o 1992-05-04.")  # fmt: skip
    assert texts.where(date) == "e.csv [Hoja1] fila 5, columna Fecha"
    assert duration_text(75) == "1 min 15 s"


def test_the_dialog_lists_problems_and_notices_in_spanish(qtbot, spanish):
    dialog = NewStoreDialog([FIXTURES / "timelinejs.csv", FIXTURES / "icews.ods"])
    qtbot.addWidget(dialog)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.problems.rows == [["timelinejs.csv", "", "7", "Year",
                                     "sin Year: TimelineJS necesita uno para cada evento"]]  # fmt: skip
    assert "perdieron su cero inicial" in dialog.notices.text()
    assert "sin Year" not in dialog.notices.text()
    dialog.reject()


def test_progress_is_a_fraction_with_the_time_left(qtbot, tmp_path):
    """The bar moves from 0 to 100 % over a real fraction (bytes read, then the store's
    completing steps) and says how long is left; the CLI's line says the same."""
    from explorer.cli.import_command import progress_line
    from explorer.ingest.pipeline import Progress, run_import

    big = tmp_path / "events.export.CSV"
    line = (FIXTURES / "gdelt2.export.CSV").read_text(encoding="utf-8").splitlines()[0]
    cells = line.split("\t")
    with big.open("w", encoding="utf-8") as handle:
        for n in range(20000):
            cells[0] = str(500000000 + n)
            handle.write("\t".join(cells) + "\n")
    seen: list[Progress] = []
    report = run_import([big], tmp_path / "out.db", progress=seen.append)
    assert report.content_hash
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(0.1 < f < 0.5 for f in fractions)  # reading: bytes of the file
    assert seen[-1].stage == "finishing" and seen[-1].seconds_left == 0
    middle = next(p for p in seen if p.seconds_left)
    assert re.fullmatch(r"reading: \d+% · [\d,]+ rows \([\d,]+/s\) · about \d+ (min \d+ )?s left",
                        progress_line(middle, 2.0))  # fmt: skip
    # The dialog's bar shows the same fraction, as a percentage.
    dialog = NewStoreDialog([big])
    qtbot.addWidget(dialog)
    dialog.stage_text = "Importing"
    dialog._progressed(middle)
    assert dialog.progress.maximum() == 1000 and dialog.progress.value() > 0
    assert re.fullmatch(r"Importing: \d+% · [\d,]+ rows · about \d+ (min \d+ )?s left",
                        dialog.progress.text())  # fmt: skip
    dialog.reject()


def test_cancel_while_the_store_is_completed_leaves_nothing(tmp_path):
    from explorer.ingest.pipeline import run_import

    stages: list[str] = []
    report = run_import([FIXTURES / "gdelt2.export.CSV"], tmp_path / "out.db",
                        progress=lambda p: stages.append(p.stage),
                        cancelled=lambda: "finishing" in stages)  # fmt: skip
    assert report.cancelled and not report.content_hash
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["template.xlsx", "template.ods", "series.csv"])
def test_each_reader_says_how_much_of_its_file_is_read(name, tmp_path):
    """Rows of the sheets a workbook says it has; bytes of a CSV (read 8 KiB at a time, so the
    CSV here is made long)."""
    from explorer.ingest.tables import open_tables

    path = FIXTURES / name
    if name.endswith(".csv"):
        header, *lines = path.read_text("utf-8").splitlines(keepends=True)
        path = tmp_path / name
        path.write_text(header + "".join(lines * 2000), encoding="utf-8")
    tables = open_tables(path)
    meter = tables[0].meter
    assert meter is not None and all(t.meter is meter for t in tables)
    seen = []
    for table in tables:
        for _ in table.rows:
            seen.append(meter.done())
    assert seen == sorted(seen) and 0 < seen[0] < 1 and meter.done() == 1.0
