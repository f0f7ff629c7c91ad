"""The blank import template and the filled example, as workbooks (Help ▸ Save …)."""

from __future__ import annotations

from pathlib import Path

from explorer.ingest.rows import TEMPLATE_COLUMNS

# Columns a user never fills: the export writes them so a re-import rebuilds the same store.
_EXPORT_ONLY = ("char_start", "char_end", "full_text_in_store")

# The example rows, by column, so a column added to the template never shifts them.
EXAMPLE = {
    "store": [{"key": "title", "value": "Peru and Japan: my episodes"},
              {"key": "dataset_version", "value": "1"}],
    "sources": [{"id": "masterson", "short_title": "Masterson (2004)",
                 "title": "The Japanese in Latin America", "authors": "Daniel M. Masterson",
                 "year": "2004", "venue": "University of Illinois Press", "kind": "book",
                 "language": "en", "rights": "copyrighted",
                 "rights_note": "Short quotations for citation."}],
    "actors": [{"id": "PER", "name": "Peru", "kind": "country", "aliases_es": "Perú"},
               {"id": "JPN", "name": "Japan", "kind": "country", "aliases_es": "Japón"}],
    "episodes": [
        {"id": "1899-sakura-maru", "title": "First Japanese immigrants arrive",
         "kind": "migration", "date_text": "April 3, 1899", "start": "1899-04-03",
         "summary": "790 contract labourers reach Callao.", "actors": "JPN:participant;PER:host",
         "source": "masterson", "quote": "The Sakura Maru docked at Callao",
         "locator": "ch. 2, p. 31"},
        {"id": "1936-immigration-quota", "title": "Immigration quota",
         "kind": "immigration_policy", "date_text": "mid-1930s", "start": "mid-1930s",
         "summary": "Peru restricts Japanese immigration.", "actors": "PER:subject;JPN:target"},
    ],
    "periods": [{"id": "leguia-oncenio", "name": "Leguía's Oncenio", "kind": "presidency",
                 "date_text": "1919–1930", "start": "1919", "end": "1930", "country": "PER",
                 "source": "masterson", "locator": "ch. 3"}],
    "series": [{"id": "migrants-jpn-per", "title": "Japanese immigrants to Peru",
                "indicator": "migrants", "unit": "persons", "scale": "1", "unit_label": "persons",
                "reporter": "JPN", "partner": "PER", "source": "masterson", "table": "Table 2.1",
                "table_title": "Arrivals"}],
    "observations": [{"series": "migrants-jpn-per", "period": "1899", "value_text": "790",
                      "value": "790", "source": "masterson", "locator": "Table 2.1, row 1899"}],
}  # fmt: skip


def columns(kind: str) -> list[str]:
    if kind == "store":
        return ["key", "value"]
    return [c for c in TEMPLATE_COLUMNS[kind] if c not in _EXPORT_ONLY]


def save_workbook(path: Path, filled: bool) -> Path:
    """Write the template (with the example rows when `filled`) as an XLSX."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    for kind in ("store", *TEMPLATE_COLUMNS):
        sheet = book.create_sheet(kind)
        sheet.append(columns(kind))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for row in EXAMPLE.get(kind, []) if filled else []:
            sheet.append([row.get(column, "") for column in columns(kind)])
    book.save(path)
    return Path(path)
