"""1,200 malformed files through the import: each is refused or imported with its problems
counted; never a crash, never a partial store.

The files are made from the committed fixtures by a seeded generator: truncated, in wrong
encodings, binary, 10,000 columns, 1 MB cells, spreadsheet formulas, dates out of range,
duplicate ids, empty files and empty sheets, and random damage to cells.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from explorer.ingest.pipeline import NeedsMapping, run_import
from explorer.store.bundled import open_store
from tests.ingest.conftest import FIXTURES

FILES = 1200
SOURCES = ["timelinejs.csv", "gdelt2.export.CSV", "gdelt1.export.CSV", "icews.tab", "series.csv",
           "episodes-1252.csv", "template.xlsx"]  # fmt: skip
TEMPLATE_HEADER = "id,same_as,title,kind,date_text,start,end,summary,actors,quote,locator\n"


def _truncated(rng, data: bytes) -> bytes:
    return data[: rng.randrange(0, max(1, len(data)))]


def _encoded(rng, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    codec = rng.choice(["utf-16-le", "utf-16-be", "latin-1", "utf-32", "cp1252", "shift_jis"])
    return text.encode(codec, errors="replace")


def _binary(rng, _data: bytes) -> bytes:
    head = rng.choice(
        [b"", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"SQLite format 3\x00"]
    )
    return head + bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3000)))


def _wide(rng, _data: bytes) -> bytes:
    columns = rng.choice([1001, 10_000])
    return (
        ",".join(f"c{i}" for i in range(columns)) + "\n" + ",".join("x" * columns) + "\n"
    ).encode()


def _big_cell(rng, _data: bytes) -> bytes:
    cell = "é" * (1 << 20) if rng.random() < 0.5 else "a" * (1 << 20)
    row = f"1992,4,5,,,,,,,{cell},text,,,,,,Visit,\n"
    return (
        open(FIXTURES / "timelinejs.csv", encoding="utf-8").read().split("\r\n")[0] + "\n" + row
    ).encode()


def _formulas(rng, _data: bytes) -> bytes:
    formulas = ["=SUM(A1:A3)", "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)",
                "-2+3", "=1/0", "=NOW()"]  # fmt: skip
    lines = [TEMPLATE_HEADER.strip()]
    for n in range(rng.randrange(1, 8)):
        f = rng.choice(formulas)
        lines.append(f"e{n},,{f},other,{f},{rng.choice(['1992', f])},,{f},,,")
    return ("\n".join(lines) + "\n").encode()


def _bad_dates(rng, _data: bytes) -> bytes:
    dates = ["0", "0000", "99999", "-5", "9999-99-99", "1992-02-30", "2999-12-32", "1e9", "…",
             "13/13/2013", "January 0, 1990", "year 3000", "[..]", "1990/1980", "X"]  # fmt: skip
    lines = ["Fecha,Evento"] if rng.random() < 0.3 else [TEMPLATE_HEADER.strip()]
    for n in range(rng.randrange(1, 10)):
        d = rng.choice(dates)
        if lines[0].startswith("Fecha"):
            lines.append(f"{d},Event {n}")
        else:
            lines.append(f"e{n},,Event {n},other,{d},{d},{rng.choice(['', d])},Summary,,,")
    return ("\n".join(lines) + "\n").encode()


def _duplicates(rng, data: bytes) -> bytes:
    lines = data.decode("utf-8", errors="replace").splitlines()
    if len(lines) < 2:
        return data
    body = lines[1:] if not lines[0][:1].isdigit() else lines
    extra = [rng.choice(body) for _ in range(rng.randrange(1, 5))]
    return ("\n".join(lines + extra) + "\n").encode()


def _empty(rng, _data: bytes) -> bytes:
    return rng.choice([b"", b"\n", b"\r\n\r\n", b"\xef\xbb\xbf", b"\xff\xfe", TEMPLATE_HEADER.encode(),
                       b",,,\n,,,\n", b"Year,Headline,Display Date\n"])  # fmt: skip


def _damaged(rng, data: bytes) -> bytes:
    text = bytearray(data)
    for _ in range(rng.randrange(1, 40)):
        if not text:
            break
        i = rng.randrange(len(text))
        choice = rng.random()
        if choice < 0.3:
            del text[i : i + rng.randrange(1, 20)]
        elif choice < 0.6:
            text[i:i] = rng.choice([b"\t", b",", b'"', b"\n", b"\x00", b"\xff", b";", "ñ".encode()])
        else:
            text[i] = rng.randrange(256)
    return bytes(text)


def _workbook(rng, data: bytes) -> bytes:
    """An XLSX whose parts are damaged, or whose sheets are empty."""
    if rng.random() < 0.5:
        import openpyxl

        book = openpyxl.Workbook()
        for name in rng.sample(["episodes", "actors", "sources", "Sheet9"], rng.randrange(0, 3)):
            book.create_sheet(name)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if rng.random() < 0.3:
                content = _damaged(rng, content)
            if rng.random() < 0.1:
                continue
            target.writestr(info, content)
    return out.getvalue()


MAKERS = [_truncated, _encoded, _binary, _big_cell, _formulas, _bad_dates, _duplicates, _empty,
          _damaged, _damaged, _damaged, _workbook]  # fmt: skip


def test_malformed_files_are_refused_or_imported_with_problems(tmp_path):
    rng = random.Random(1313)
    originals = {name: (FIXTURES / name).read_bytes() for name in SOURCES}
    outcomes = {"imported": 0, "refused": 0, "needs mapping": 0}
    unknown: set[str] = set()
    wide_made = 0
    for n in range(FILES):
        name = rng.choice(SOURCES)
        maker = rng.choice(MAKERS)
        if maker is _workbook and name != "template.xlsx":
            name = "template.xlsx"
        if wide_made < 3 and n % 400 == 0:
            maker, wide_made = _wide, wide_made + 1
        suffix = Path(name).suffix if maker not in (_formulas, _bad_dates, _wide) else ".csv"
        path = tmp_path / f"f{n:04d}{suffix}"
        path.write_bytes(maker(rng, originals[name]))
        out = tmp_path / f"f{n:04d}.db"
        try:
            report = run_import([path], out, keep_valid=rng.random() < 0.5)
        except NeedsMapping:
            outcomes["needs mapping"] += 1
            assert not out.exists()
            continue
        if report.content_hash:
            outcomes["imported"] += 1
            conn = open_store(out, immutable=False)  # a whole store the app opens
            written = conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
            conn.close()
            assert written <= report.read
            assert report.rejected + sum(report.imported.values()) >= 0
        else:
            outcomes["refused"] += 1
            assert not out.exists(), f"{path.name} ({maker.__name__}): a store was left"
            assert report.problem_count or report.refused_files or report.read == 0
        assert not list(tmp_path.glob("*.tmp")), f"{path.name}: a half-built file was left"
        # Every problem is one of the sentences the app can show translated.
        unknown.update(p.message for p in report.problems if not p.code)
        path.unlink()
        out.unlink(missing_ok=True)
    assert sum(outcomes.values()) == FILES
    print(f"\nown-data import fuzz: {FILES} malformed files: {outcomes}")  # for the record (-s)
    assert not unknown, sorted(unknown)[:20]
    # The damage is varied enough that every outcome happens.
    assert all(outcomes.values()), outcomes
