"""The blank import template and the filled example, as workbooks (Help ▸ Save …)."""

from __future__ import annotations

from pathlib import Path

from explorer.ingest.rows import TEMPLATE_COLUMNS

# Columns a user never fills: the export writes them so a re-import rebuilds the same store.
_EXPORT_ONLY = ("char_start", "char_end", "full_text_in_store")

EXAMPLE = {
    "store": [["title", "Peru and Japan: my episodes"], ["dataset_version", "1"]],
    "sources": [["masterson", "Masterson (2004)", "The Japanese in Latin America",
                 "Daniel M. Masterson", "2004", "University of Illinois Press", "book", "en",
                 "copyrighted", "Short quotations for citation."]],
    "actors": [["PER", "Peru", "country", "Perú", ""], ["JPN", "Japan", "country", "Japón", ""]],
    "episodes": [
        ["1899-sakura-maru", "", "First Japanese immigrants arrive", "migration",
         "April 3, 1899", "1899-04-03", "", "790 contract labourers reach Callao.",
         "JPN:participant;PER:host", "masterson", "The Sakura Maru docked at Callao",
         "ch. 2, p. 31", ""],
        ["1936-immigration-quota", "", "Immigration quota", "immigration_policy", "mid-1930s",
         "1935~", "", "Peru restricts Japanese immigration.", "PER:subject;JPN:target", "", "",
         "", ""],
    ],
    "periods": [["leguia-oncenio", "", "Leguía's Oncenio", "presidency", "1919–1930", "1919",
                 "1930", "", "PER", "masterson", "", "ch. 3", ""]],
    "series": [["migrants-jpn-per", "Japanese immigrants to Peru", "migrants", "", "persons",
                "1", "persons", "JPN", "PER", "masterson", "Table 2.1", "Arrivals", ""]],
    "observations": [["migrants-jpn-per", "1899", "790", "790", "", "", "masterson", "",
                      "Table 2.1, row 1899", ""]],
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
            sheet.append(row)
    book.save(path)
    return Path(path)
