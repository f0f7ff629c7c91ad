"""Generate data/{actors,episodes,periods,series,observations}/sy2013.csv.

Source sy2013: Sanborn & Yong (CIUP), "Peru's economic and diplomatic relations with China,
Japan and the Republic of Korea", c. 2013 (seed 001_72f63c1fcf45ecaf.txt).

The cleaned text data/texts/sy2013.txt was repaired by hand from the seed (PDF tables
reassembled one row per line with " | " between cells, prose re-joined into paragraphs,
page numbers and footnote reference numbers dropped). This script reads ONLY that cleaned
text: table observations are parsed from its table lines (so every table quote is the whole
row line), prose locators (section + paragraph) are computed from where each quote occurs.

Run:  python3 tools/extract_sy2013.py            (writes the five CSVs)
      python3 tools/extract_sy2013.py --dry-run  (checks only)
Not imported by the app or the tests.

After running this script, run tools/extract_review.py: it re-applies the cross-source
review (shared actor notes, renamed ids, audit additions); it is idempotent.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SID = "sy2013"
TEXT = (DATA / "texts" / f"{SID}.txt").read_text(encoding="utf-8")
LINES = TEXT.split("\n")


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


SQUASHED = squash(TEXT)

HEADINGS = [
    "Abstract", "Introduction", "Part I: Peru – Asian Relations: A Brief History",
    "China and Peru", "Japan and Peru", "South Korea and Peru",
    "Part II: Peruvian Trade with Asia", "Part III: Asian Investment in Peru",
    "Japanese investment in Peru: learning from the past",
    "South Korea investments in Peru: partnership for the future",
    "Chinese investments in Peru: learning by doing", "Part IV: Final Remarks",
]

# ---------------------------------------------------------------- locators for prose


def _blocks() -> list[tuple[str, int, str]]:
    """(section, paragraph number, block text) for every prose block of the cleaned text."""
    out = []
    section, n = "", 0
    for block in TEXT.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        if block in HEADINGS:
            section, n = block, 0
            continue
        if re.match(r"^(Table|Figure) \d", block):
            continue  # tables and figure captions are located by table/row/column
        n += 1
        out.append((section, n, block))
    return out


BLOCKS = _blocks()


def loc(quote: str) -> str:
    q = squash(quote)
    hits = [(s, n) for s, n, b in BLOCKS if q in squash(b)]
    if len(hits) != 1:
        raise SystemExit(f"quote found in {len(hits)} prose paragraphs: {quote[:70]!r}")
    s, n = hits[0]
    return f"§ {s}, ¶{n}"


# ---------------------------------------------------------------- tables


def table(caption_start: str) -> tuple[list[str], list[list[str]], list[str]]:
    """Header cells, row cells and raw row lines of the table whose caption starts so."""
    idx = [i for i, line in enumerate(LINES) if line.startswith(caption_start)]
    assert len(idx) == 1, caption_start
    rows, raw = [], []
    for line in LINES[idx[0] + 1:]:
        if " | " not in line:
            if rows:
                break
            continue
        rows.append(line.split(" | "))
        raw.append(line)
    header = rows[0]
    assert all(len(r) == len(header) for r in rows), caption_start
    return header, rows[1:], raw[1:]


def caption(caption_start: str) -> str:
    return next(line for line in LINES if line.startswith(caption_start))


PARTNERS = {"China": "CHN", "Japan": "JPN", "Korea": "KOR", "World": "WLD"}
PNAME = {"China": "China", "Japan": "Japan", "Korea": "South Korea", "World": "the world"}


def num(text: str) -> str:
    t = text.replace(",", "").replace("%", "").strip()
    float(t)
    return t


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


series: list[dict] = []
observations: list[dict] = []
episodes: list[dict] = []
periods: list[dict] = []
actors: list[dict] = []


def S(id, title, indicator, category, unit, scale, unit_label, reporter, partner, table, table_title="", note=""):
    series.append(dict(id=id, title=title, indicator=indicator, category=category, unit=unit,
                       scale=str(scale), unit_label=unit_label, reporter=reporter, partner=partner,
                       table=table, table_title=table_title, note=note))


def O(series_id, period, value_text, value, quote, locator, flag="", flag_reason=""):
    observations.append(dict(series=series_id, period=period, value_text=value_text,
                             value=value, flag=flag, flag_reason=flag_reason, quote=quote,
                             locator=locator))


# Table 1 ---------------------------------------------------------------------------------
T1 = "Table 1."
hdr, rows, raw = table(T1)
for cells, line in zip(rows, raw):
    flow, tech, sector, hs, desc, value = cells
    exp = flow == "Exports"
    sid = f"{SID}-t1-{'exp' if exp else 'imp'}-{hs}"
    S(sid,
      (f"Peru's exports to China, 2011: {desc} (HS {hs})" if exp
       else f"Peru's imports from China, 2011: {desc} (HS {hs})"),
      "trade_exports" if exp else "trade_imports", desc, "USD", 1, "US$",
      "PER" if exp else "CHN", "CHN" if exp else "PER", "Table 1", caption(T1),
      f"One of the top 5 {'exports to' if exp else 'imports from'} China in 2011. "
      f"Level of technology sophistication (Lall 2000): {tech}; sector: {sector}; "
      f"commodity code (HS): {hs}. Source: authors' calculations based on UN COMTRADE."
      + ("" if exp else " Reporter/partner follow the exporter→importer convention: China "
         "exports, Peru imports."))
    O(sid, "2011", value, num(value), line,
      f"Table 1, row {flow} HS {hs} ({desc}), column Trade Value")

# Tables 2 and 3 --------------------------------------------------------------------------
T2, T3, T4 = "Table 2.", "Table 3.", "Table 4."
TECH = {"PG": "Primary goods", "NRBM": "Natural resources based manufactures",
        "LTM": "Low technology manufactures", "MTM": "Medium technology manufactures",
        "HTM": "High technology manufactures"}
NOTE_T34 = ("Sectors classified by levels of technological sophistication as in Lall (2000): "
            "PG = Primary goods, NRBM = Natural resources based manufactures, LTM = Low technology "
            "manufactures, MTM = Medium technology manufactures, HTM = High technology manufactures.")

for tab, tname in ((T2, "Table 2"), (T3, "Table 3")):
    hdr, rows, raw = table(tab)
    cols = [(h.split()[0], h.split()[1]) for h in hdr[1:]]
    for cells, line in zip(rows, raw):
        label = cells[0]
        is_total = label.startswith("Total Peru exports")
        for partner in PARTNERS:
            p = PARTNERS[partner]
            if is_total:
                sid = f"{SID}-t{tname[-1]}-{p.lower()}-total"
                title = f"Peru's total exports to {PNAME[partner]} ({tname})"
                ind, cat, unit, scale, ul = "trade_exports", "Total", "USD", 1000000, "US$ millions"
                note = ("Row 'Total Peru exports (in million USD)'. "
                        + ("Identical to the total row of Table 2." if tname == "Table 3" else "")
                        + (" Partner WLD = Peru's exports to the whole world." if p == "WLD" else ""))
            else:
                key = slug(label) if tname == "Table 2" else label.lower()
                sid = f"{SID}-t{tname[-1]}-{p.lower()}-{key}"
                if tname == "Table 2":
                    title = f"Peru's exports to {PNAME[partner]} by sector: {label} (share)"
                    cat = label
                    note = ("Share of the sector in Peru's total exports to the destination "
                            "(caption: 'share of total exports and imports to main destinations').")
                else:
                    title = (f"Peru's exports to {PNAME[partner]} by technology level: "
                             f"{label} ({TECH[label]}), share")
                    cat = f"{label} ({TECH[label]})"
                    note = "Share in Peru's total exports to the destination. " + NOTE_T34
                    if p == "CHN":
                        note += (" The prose (§ Part II: Peruvian Trade with Asia, ¶13) quotes this China column (83.6% PG / "
                                 "14.4% NRBM in 1997; 28.9% / 70.5% in 2011) as if it described "
                                 "Peru's exports as a whole.")
                    if p == "WLD":
                        note += (" The World 1997 column sums to 98.1% (other columns 99.7–100.0%): "
                                 "about 1.9% of exports falls outside the five groups as printed "
                                 "(presumably goods unclassified by Lall).")
                ind, unit, scale, ul = "share", "percent", 1, "% of Peru's exports to the destination"
            S(sid, title, ind, cat, unit, scale, ul, "PER", p, tname, caption(tab), note.strip())
            for (cp, year), cell in zip(cols, cells[1:]):
                if cp != partner:
                    continue
                O(sid, year, cell, num(cell), line, f"{tname}, row {label}, column {cp} {year}")

# Table 4 ---------------------------------------------------------------------------------
hdr, rows, raw = table(T4)
cols = [(h.split()[0], h.split()[1]) for h in hdr[1:]]
for cells, line in zip(rows, raw):
    label = cells[0]
    for partner, p in PARTNERS.items():
        sid = f"{SID}-t4-{p.lower()}-{label.lower()}"
        S(sid, f"Growth of Peru's exports to {PNAME[partner]}: {label} ({TECH[label]}), "
               "average annual rate", "growth_rate", f"{label} ({TECH[label]})", "percent", 1,
          "% per year", "PER", p, "Table 4", caption(T4),
          "Average annual growth rate over each five-year span (periods are the column spans "
          "1995-2000, 2000-2005, 2005-2010). Source: authors' calculations based on UN COMTRADE. "
          + NOTE_T34)
        for (cp, span), cell in zip(cols, cells[1:]):
            if cp != partner:
                continue
            a, b = span.split("-")
            O(sid, f"{a}/{b}", cell, num(cell), line, f"Table 4, row {label}, column {cp} {span}")

# Tables 5-7: investment projects ---------------------------------------------------------
AS_OF = ("Period 2013 stands for the date of the table (current and announced investments; "
         "its sources are dated up to May 2013); the amount is the publicly reported figure, "
         "not a flow in 2013.")
INV_NOTE = ("Table note: investment publicly reported; it may be the total amount projected "
            "for the project or the amount to be disbursed in the year given in parentheses.")
HOME = {"Table 5": "JPN", "Table 6": "KOR", "Table 7": "CHN"}

# (table, project cell, company cell starts with, slug, short title, obs, note, episode)
# obs: list of (period, value_text, value, flag); value_text must equal the printed cell
# (or a part of it, for the Huanzala cell that holds three amounts).
PROJECTS = [
    ("Table 5", "Bayovar", "Mitsui & Co.", "bayovar",
     "Bayovar phosphate project (Mitsui & Co., 25%)",
     [("2010", "275 (in 2010)", "275", "")], "Amount printed for 2010 (the year of the stake purchase from Vale).",
     dict(id="2010-mitsui-bayovar-stake", title="Mitsui buys 25% of the Bayovar phosphate project",
          date_text="275 (in 2010)", start="2010",
          summary="Mitsui & Co. took a 25% stake in the Bayovar phosphate mine project, bought from Brazil's Vale; the table puts the investment at US$275 million in 2010.",
          actors="mitsui:investor;vale:participant;PER:host;JPN:participant")),
    ("Table 5", "Huanzala", "Mitsui Mining", "huanzala",
     "Huanzala mine (Mitsui Mining & Smelting)",
     [("2011", "50 (in 2011)", "50", ""), ("2010", "38 (in 2010)", "38", ""),
      ("2009", "21 (in 2009)", "21", "")],
     "The cell holds three yearly amounts: 50 (in 2011); 38 (in 2010); 21 (in 2009). Source: INEI, investment in mining by company 2009-2011.",
     dict(id="2009-mitsui-mining-huanzala-investment", title="Mitsui Mining & Smelting invests in the Huanzala mine",
          date_text="21 (in 2009) … 50 (in 2011)", start="2009", end="2011",
          summary="Through its subsidiary Compañía Minera Santa Luisa, Mitsui Mining & Smelting invested in the Huanzala mine: US$21 million in 2009, 38 million in 2010 and 50 million in 2011.",
          actors="mitsui-mining-smelting:investor;compania-minera-santa-luisa:participant;PER:host;JPN:participant")),
    ("Table 5", "Antamina", "Mitsubishi", "antamina",
     "Antamina mine (Mitsubishi, 10%)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-mitsubishi-antamina-stake", title="Mitsubishi holds 10% of the Antamina mine",
          date_text="By 2013", start="2013",
          summary="Among the main Japanese mining investments by 2013, Mitsubishi Corporation held 10% of Antamina alongside BHP Billiton (33.75%), Xstrata (33.75%) and Teck (22.5%); no amount is given.",
          actors="mitsubishi:investor;bhp-billiton:investor;xstrata:investor;teck:investor;PER:host;JPN:participant")),
    ("Table 5", "Quellaveco", "Mitsubishi", "quellaveco",
     "Quellaveco copper project (Mitsubishi, 18.1%)", [("2013", "3300", "3300", "")], AS_OF,
     dict(id="2013-mitsubishi-quellaveco-stake", title="Mitsubishi takes 18.1% of the Quellaveco project",
          date_text="By 2013", start="2013",
          summary="Mitsubishi held 18.1% of the US$3.3 billion Quellaveco copper project led by Anglo American (81.9%); its environmental impact assessment was approved and operations were expected to start around 2016.",
          actors="mitsubishi:investor;anglo-american:investor;PER:host;JPN:participant")),
    ("Table 5", "Quechua (Espinar, Cusco)", "Pan Pacific", "quechua",
     "Quechua copper project, Espinar, Cusco (Pan Pacific Copper, JX Nippon, Mitsui Mining & Smelting)",
     [("2013", "490", "490", "")], AS_OF,
     dict(id="2013-quechua-copper-exploration", title="Japanese consortium explores the Quechua copper project",
          date_text="By 2013", start="2013",
          summary="Pan Pacific Copper, JX Nippon Mining Holdings and Mitsui Mining & Smelting held the Quechua project in Espinar (Cusco), at the exploration stage, with a reported investment of US$490 million.",
          actors="pan-pacific-copper:investor;jx-nippon-mining:investor;mitsui-mining-smelting:investor;PER:host;JPN:participant")),
    # Table 6 -------------------------------------------------------------------------
    ("Table 6", "Block Z46 (Trujillo basin, La Libertad)", "SK Energy", "block-z46",
     "Block Z46, Trujillo basin (SK Energy)", [("2013", "482.62", "482.62", "")], AS_OF,
     dict(id="2013-sk-energy-block-z46", title="SK Energy explores offshore Block Z46",
          date_text="current or announced (Table 6, c. 2013)", start="2013~",
          summary="SK Energy's exploration of Block Z46 in the Trujillo basin (La Libertad) was in progress, with a reported investment of US$482.62 million.",
          actors="sk-energy:investor;PER:host;KOR:participant")),
    ("Table 6", "Block 8 (Trompeteros y Yanayacu, Loreto)", "SK Energy", "block-8",
     "Block 8, Trompeteros and Yanayacu, Loreto (SK Energy, Daewoo, KNOC)",
     [("2013", "n.a.", "", "missing")],
     AS_OF + " The same block appears in Table 7 (CNPC's 27% through Pluspetrol Norte).",
     dict(id="2013-block-8-korean-chinese-stakes", title="Korean and Chinese stakes in producing oil Block 8",
          date_text="current or announced (Table 6, c. 2013)", start="2013~",
          summary="Oil Block 8 in Loreto was in production; SK Energy (8.3%), Daewoo (11.6%) and KNOC (20%) held the Korean interest, and Pluspetrol Norte (60%) was owned by Pluspetrol Resources (55%) and CNPC (45%).",
          actors="sk-energy:investor;daewoo:investor;knoc:investor;pluspetrol-norte:investor;pluspetrol:investor;cnpc:investor;PER:host;KOR:participant;CHN:participant")),
    ("Table 6", "Block 115 (Datem del Marañón, Loreto)", "Korea National", "block-115",
     "Block 115, Datem del Marañón, Loreto (KNOC, 30%)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-knoc-block-115", title="KNOC explores oil Block 115 with Pluspetrol",
          date_text="current or announced (Table 6, c. 2013)", start="2013~",
          summary="Korea National Oil Corporation held 30% of Block 115 in Datem del Marañón (Loreto), in exploration with Pluspetrol (70%).",
          actors="knoc:investor;pluspetrol:investor;PER:host;KOR:participant")),
    ("Table 6", "Savia Peru Block Z-2B (Talara, Piura)", "Korea National", "savia-z-2b",
     "Savia Peru, Block Z-2B, Talara (KNOC, 50%)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-knoc-savia-peru-block-z2b", title="KNOC and Ecopetrol share Savia Peru's Block Z-2B",
          date_text="current or announced (Table 6, c. 2013)", start="2013~",
          summary="KNOC and Colombia's Ecopetrol each held 50% of Savia Peru's Block Z-2B off Talara (Piura), in production and exploration.",
          actors="knoc:investor;ecopetrol:investor;savia-peru:participant;PER:host;KOR:participant")),
    ("Table 6", "Mina Justa", "Korea Resources", "mina-justa",
     "Mina Justa copper project (Korea Resources, LS-Nikko Copper)", [("2013", "744", "744", "")], AS_OF,
     dict(id="2013-korean-stake-mina-justa", title="Korea Resources and LS-Nikko hold 30% of Mina Justa",
          date_text="current or announced (Table 6, c. 2013)", start="2013~",
          summary="Korea Resources (15%) and LS-Nikko Copper (15%) partnered the Brescia Group's Cumbres Andinas (70%) in the US$744 million Mina Justa copper project, whose environmental assessment was approved, with operation expected in 2015.",
          actors="korea-resources:investor;ls-nikko-copper:investor;cumbres-andinas:investor;PER:host;KOR:participant")),
    ("Table 6", "San Juan de Marcona, Pachapaqui", "Korea Zinc", "marcona-pachapaqui",
     "San Juan de Marcona and Pachapaqui (Korea Zinc)", [("2013", "200", "200", "")], AS_OF,
     dict(id="2013-korea-zinc-marcona-pachapaqui", title="Korea Zinc invests in San Juan de Marcona and Pachapaqui",
          date_text="current or announced (Table 6, c. 2013)", start="2013~",
          summary="Korea Zinc had a US$200 million investment under way at San Juan de Marcona and Pachapaqui.",
          actors="korea-zinc:investor;PER:host;KOR:participant")),
    ("Table 6", "Desalination Plant Cerro Lindo", "Doosan", "cerro-lindo-desalination",
     "Cerro Lindo desalination plant (Doosan)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-doosan-cerro-lindo-desalination", title="Doosan builds the Cerro Lindo desalination plant",
          date_text="To be completed by 2013", start="2013",
          summary="Doosan was building a desalination plant for the Cerro Lindo mine, due for completion by 2013; no amount is given.",
          actors="doosan:investor;PER:host;KOR:participant")),
    ("Table 6", "Pesquera Diamante S.A. acquisition", "Dongwon", "pesquera-diamante",
     "Acquisition of Pesquera Diamante (Dongwon Industries)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-dongwon-pesquera-diamante-bid", title="Dongwon eyes fishing firm Pesquera Diamante (unconfirmed)",
          date_text="current or announced (Table 6, c. 2013); Not confirmed", start="2013~",
          summary="Korea's Dongwon Industries was reported to be seeking to acquire the fishing company Pesquera Diamante, a deal the table lists as not confirmed.",
          actors="dongwon:investor;pesquera-diamante:target;PER:host;KOR:participant")),
    # Table 7 -------------------------------------------------------------------------
    ("Table 7", "Toromocho", "Chinalco", "toromocho",
     "Toromocho copper project (Chinalco)", [("2013", "2150", "2150", "")],
     AS_OF + " The prose (§ Chinese investments, ¶3) gives the same figure: US$ 2.15 billion, the largest Chinese investment to date, under construction.",
     dict(id="2013-chinalco-toromocho-project", title="Chinalco builds the Toromocho copper mine",
          date_text="now under construction; Possibly completed on 2014", start="2013~",
          summary="Chinalco's Toromocho copper project, the largest Chinese investment in Peru at US$2.15 billion, was under construction, with completion possibly in 2014; it involves relocating an entire town.",
          actors="chinalco:investor;PER:host;CHN:participant")),
    ("Table 7", "El Galeno", "China MinMetals", "el-galeno",
     "El Galeno copper-gold project (China Minmetals 60%, Jiangxi Copper 40%)", [("2013", "2500", "2500", "")], AS_OF,
     dict(id="2013-minmetals-jiangxi-el-galeno", title="Minmetals and Jiangxi Copper plan the El Galeno mine",
          date_text="current or announced (Table 7, c. 2013); Possibly completed on 2014-2015", start="2013~",
          summary="China Minmetals (60%) and Jiangxi Copper (40%) planned a US$2.5 billion investment in El Galeno, possibly completed in 2014-2015.",
          actors="minmetals:investor;jiangxi-copper:investor;PER:host;CHN:participant")),
    ("Table 7", "Extension of Marcona mine", "Shougang", "marcona-extension",
     "Extension of the Marcona iron mine (Shougang Hierro Peru)", [("2013", "1200", "1200", "")], AS_OF,
     dict(id="2013-shougang-marcona-extension", title="Shougang expands the Marcona iron mine",
          date_text="current or announced (Table 7, c. 2013); In progress", start="2013~",
          summary="Shougang Hierro Perú was extending its Marcona iron mine, a US$1.2 billion investment in progress.",
          actors="shougang-hierro-peru:investor;shougang:investor;PER:host;CHN:participant")),
    ("Table 7", "Pampa de Pongo", "Nanjinzhao", "pampa-de-pongo",
     "Pampa de Pongo iron project (Nanjinzhao Group)", [("2010/2014", "3005", "3005", "")],
     "Period is the investment span printed in the comment ('Investment over 2010-2014').",
     dict(id="2010-nanjinzhao-pampa-de-pongo", title="Nanjinzhao invests in the Pampa de Pongo iron project",
          date_text="Investment over 2010-2014", start="2010", end="2014",
          summary="The Nanjinzhao Group planned to invest US$3,005 million in the Pampa de Pongo project over 2010-2014.",
          actors="nanjinzhao:investor;PER:host;CHN:participant")),
    ("Table 7", "Rio Blanco", "Zijing", "rio-blanco",
     "Rio Blanco copper project (Zijin 45%, Tongling 35%, Xiamen C&D 20%)", [("2009/2014", "1500", "1500", "")],
     "Period is the investment span printed in the comment ('Investment over 2009-2014'). The project was formerly Monterrico Metals' (Majaz).",
     dict(id="2009-zijin-consortium-rio-blanco", title="Zijin-led consortium invests in Rio Blanco copper project",
          date_text="Investment over 2009-2014", start="2009", end="2014",
          summary="Zijin Mining (45%), Tongling Nonferrous (35%) and Xiamen C&D (20%), owners of the former Monterrico Metals/Majaz project, planned US$1.5 billion for Rio Blanco over 2009-2014.",
          actors="zijin-mining:investor;tongling-nonferrous:investor;xiamen-cd:investor;monterrico-metals:participant;PER:host;CHN:participant")),
    ("Table 7", "Mina Justa", "CST Mining", "mina-justa",
     "Mina Justa (CST Mining Group, 70% until 2012)", [("2012", "n.a.", "", "missing")],
     "Period 2012: CST held the stake until 2012, then sold it (comment). No amount printed.",
     dict(id="2012-cst-mining-sells-mina-justa-stake", title="CST Mining sells its 70% of Mina Justa to Cumbres Andinas",
          date_text="Until 2012. Afterwards", start="[2012..2013]",
          summary="CST Mining Group held 70% of the Mina Justa project until 2012 and afterwards sold it to Cumbres Andinas (Brescia Group).",
          actors="cst-mining:investor;cumbres-andinas:investor;PER:host;CHN:participant")),
    ("Table 7", "Cercana project (Yarabamba, Arequipa)", "Junefield", "cercana",
     "Cercana project, Yarabamba, Arequipa (Junefield Group)", [("2013", "to be defined", "", "missing")], AS_OF,
     dict(id="2013-junefield-cercana-exploration", title="Junefield explores the Cercana project",
          date_text="current or announced (Table 7, c. 2013)", start="2013~",
          summary="The Junefield Group was exploring the Cercana project at Yarabamba (Arequipa); the amount was still to be defined.",
          actors="junefield:investor;PER:host;CHN:participant")),
    ("Table 7", "Llama TY01 (Huancano, Ica)", "Jintong", "llama-ty01",
     "Llama TY01, Huancano, Ica (Jintong Mining)", [("2013", "to be defined", "", "missing")], AS_OF,
     dict(id="2013-jintong-llama-ty01-exploration", title="Jintong Mining explores Llama TY01",
          date_text="current or announced (Table 7, c. 2013)", start="2013~",
          summary="Jintong Mining was exploring the Llama TY01 property at Huancano (Ica); the amount was still to be defined.",
          actors="jintong-mining:investor;PER:host;CHN:participant")),
]
MARCOBRE_NOTE = (" Reading of the PDF: the project cell 'Marcobre' was extracted apart from its row; "
                 "it is placed in the four rows of China SciTech, Shandong, Anhui and Hebei "
                 "Exploration, which have no other project cell (uncertain reconstruction).")
for firm, fslug in (("China SciTech", "china-scitech"), ("Shandong Exploration", "shandong-exploration"),
                    ("Anhui Exploration", "anhui-exploration"), ("Hebei Exploration", "hebei-exploration")):
    PROJECTS.append(("Table 7", "Marcobre", firm, f"marcobre-{fslug}",
                     f"Marcobre, exploration ({firm})", [("2013", "n.a.", "", "missing")],
                     AS_OF + MARCOBRE_NOTE, None))
PROJECTS += [
    ("Table 7", "Block 6 / 7 (Talara, Piura)", "China National", "block-6-7",
     "Blocks 6 and 7, Talara, Piura (CNPC)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="1994-cnpc-talara-blocks-6-7", title="CNPC starts operating Talara oil Blocks 6 and 7",
          date_text="Since Januray 1994 and October 1995", start="1994-01", end="1995-10",
          summary="China National Petroleum Corporation has held the Talara (Piura) oil Blocks 6 and 7 since January 1994 and October 1995; the table does not say which block came first.",
          actors="cnpc:investor;PER:host;CHN:participant")),
    ("Table 7", "Block 111/113 (Madre de Dios)", "China National", "block-111-113",
     "Blocks 111/113, Madre de Dios (CNPC)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-cnpc-blocks-111-113-exploration", title="CNPC explores Blocks 111/113 in Madre de Dios",
          date_text="current or announced (Table 7, c. 2013)", start="2013~",
          summary="CNPC's Blocks 111/113 in Madre de Dios were in the exploration phase.",
          actors="cnpc:investor;PER:host;CHN:participant")),
    ("Table 7", "Block 1AB (Olaya, Loreto)", "China National", "block-1ab",
     "Block 1AB, Olaya, Loreto (CNPC, 45%)", [("2013", "n.a.", "", "missing")], AS_OF,
     dict(id="2013-cnpc-block-1ab-stake", title="CNPC holds 45% of producing oil Block 1AB",
          date_text="current or announced (Table 7, c. 2013)", start="2013~",
          summary="CNPC held 45% of the producing Block 1AB (Loreto), with Pluspetrol Resources Corporation holding 55%.",
          actors="cnpc:investor;pluspetrol:investor;PER:host;CHN:participant")),
    ("Table 7", "Block 8 (Trompeteros y Yanayacu, Loreto)", "China National", "block-8",
     "Block 8, Trompeteros and Yanayacu, Loreto (CNPC, 27% via Pluspetrol Norte)",
     [("2013", "n.a.", "", "missing")],
     AS_OF + " The same block appears in Table 6 (Korean stakes).",
     dict(same_as="2013-block-8-korean-chinese-stakes",
          actors="cnpc:investor;pluspetrol-norte:investor;pluspetrol:investor;sk-energy:investor;daewoo:investor;knoc:investor;PER:host;CHN:participant")),
]

COMPANY_WORD = {"Table 5": "Japanese", "Table 6": "Korean", "Table 7": "Chinese"}
marcobre_rows = []
for tname, project, company, pslug, ptitle, obs, note, ep in PROJECTS:
    hdr, rows, raw = table(tname + ".")
    match = [(c, l) for c, l in zip(rows, raw) if c[1] == project and c[2].startswith(company)]
    assert len(match) == 1, (tname, project, company)
    cells, line = match[0]
    sector, _, comp, amount, comments = cells
    sid = f"{SID}-t{tname[-1]}-{pslug}"
    S(sid, f"{COMPANY_WORD[tname]} investment in Peru: {ptitle}", "investment_project", project,
      "USD", 1000000, "US$ millions", HOME[tname], "PER", tname, caption(tname + "."),
      f"Sector: {sector}. {COMPANY_WORD[tname]} company: {comp}. Comments: {comments}"
      f"{'' if comments.endswith('.') else '.'} "
      f"{note} {INV_NOTE}".replace("  ", " ").strip())
    for period, vt, value, flag in obs:
        assert vt == amount or vt in amount.split("; "), (vt, amount)
        O(sid, period, vt, value, line,
          f"{tname}, row {project} ({comp}), column Investment* (in million USD)", flag)
    if ep is None:
        marcobre_rows.append(line)
        continue
    e = dict(ep)
    if not e.get("same_as"):
        e.setdefault("kind", "investment")
    e["quote"] = line
    e["locator"] = f"{tname}, row {project} ({comp})"
    episodes.append(e)

# the four Marcobre exploration rows share one episode, cited by each row
episodes.append(dict(
    id="2013-chinese-state-explorers-marcobre", kind="investment",
    title="Chinese state exploration firms at Marcobre",
    date_text="current or announced (Table 7, c. 2013)", start="2013~",
    summary="Four Chinese exploration companies (China SciTech and the Shandong, Anhui and Hebei exploration firms) are listed with exploration work and no reported amount; the table's layout places them under the project 'Marcobre', which is uncertain.",
    actors="china-scitech:investor;shandong-exploration:investor;anhui-exploration:investor;hebei-exploration:investor;PER:host;CHN:participant",
    quote=marcobre_rows[0], locator="Table 7, row Marcobre (China SciTech 12/)"))
for line, firm in zip(marcobre_rows[1:], ("Shandong Exploration 13/", "Anhui Exploration 14/", "Hebei Exploration 15/")):
    episodes.append(dict(same_as="2013-chinese-state-explorers-marcobre", quote=line,
                         locator=f"Table 7, row Marcobre ({firm})"))

# ---------------------------------------------------------------- prose episodes


def E(id, title, kind, date_text, start, end, summary, actors, quote, same_as=""):
    episodes.append(dict(id=id, same_as=same_as, title=title, kind=kind, date_text=date_text,
                         start=start, end=end, summary=summary, actors=actors, quote=quote,
                         locator=loc(quote)))


def C(same_as, quote, actors="", date_text="", start="", end=""):
    """Another citation of an episode (dates only where they add a claim)."""
    episodes.append(dict(same_as=same_as, date_text=date_text, start=start, end=end,
                         actors=actors, quote=quote, locator=loc(quote)))


E("1969-andean-community-founded", "Andean Community founded", "multilateral", "(1969)", "1969", "",
  "The Andean Community, a South American integration scheme meant to promote value-added exports among its members, dates from 1969.",
  "andean-pact:subject;PER:member",
  "such as the Andean Community (1969), for promoting value added exports between member countries")
E("1849-chinese-coolie-migration", "Chinese coolie migration to Peru", "migration",
  "Between 1849 and 1874", "1849", "1874",
  "Some 100,000 Chinese men were brought to Peru as coolies (indentured labourers) for the sugar plantations and guano islands; they also worked on railways and in Amazon rubber and gold.",
  "CHN:subject;PER:host",
  "Between 1849 and 1874, some 100,000 Chinese men were brought to Peru as coolies or indentured agricultural workers, to labor on the sugar plantations and rich guano islands.")
E("1874-peru-china-treaty-of-friendship", "Peru–China Treaty of Friendship, Trade and Navigation", "treaty",
  "In 1874", "1874", "",
  "Peru and China concluded a treaty of friendship, trade and navigation.",
  "PER:signatory;CHN:signatory;china-peru-treaty-1874:subject",
  "In 1874, Peru and China signed a Treaty of Friendship, Trade, and Navigation")
E("1884-first-chinese-diplomat-in-peru", "China sends its first diplomat to Peru", "diplomatic",
  "in 1884", "1884", "",
  "China posted its first diplomatic representative to Peru.",
  "CHN:participant;PER:host", "in 1884 China sent its first diplomat to Peru")
E("1909-chinese-immigration-regulated", "Chinese immigration placed under official regulation", "immigration_policy",
  "until 1909", "1909", "",
  "Free Chinese immigration to Peru ended in 1909, when it was brought under official regulation.",
  "PER:agency;CHN:target",
  "Free immigration continued until 1909 when it became officially regulated, and then prohibited in 1930.")
E("1930-chinese-immigration-prohibited", "Chinese immigration prohibited", "immigration_policy",
  "in 1930", "1930", "",
  "Peru went on to prohibit Chinese immigration altogether in 1930.",
  "PER:agency;CHN:target", "and then prohibited in 1930.")
E("1900-chinese-immigration-continues", "Chinese immigrants keep arriving despite restrictions", "migration",
  "Throughout the 20th century", "19XX", "",
  "Despite regulation and prohibition, Chinese immigrants continued to reach Peru through the twentieth century and Chinese cultural influence grew.",
  "CHN:subject;PER:host",
  "Throughout the 20th century, however, Chinese immigrants continued to arrive and the influence of Chinese people and culture in Peruvian society expanded.")
E("2000-new-wave-of-chinese-immigration", "New wave of Chinese immigration", "migration",
  "In the 21st century", "20XX", "",
  "A larger wave of Chinese immigrants came to Peru in the twenty-first century together with a surge of Chinese goods and firms, visible in Lima's barrio chino.",
  "CHN:subject;PER:host",
  "In the 21st century, a larger wave of immigrants came along with the huge influx of Chinese goods and enterprises.")
E("1971-peru-recognises-prc", "Peru establishes diplomatic relations with the People's Republic of China", "diplomatic",
  "1971", "1971", "",
  "Peru recognised the People's Republic of China, the third Latin American country to do so after Cuba and Chile; for years relations centred on economic and technical cooperation.",
  "PER:participant;CHN:participant;CUB:subject;CHL:subject",
  "Diplomatic ties with the People’s Republic of China can be traced back to 1971, when Peru because the third country in Latin America (after Cuba and Chile) to recognize the communist state.")
E("2004-peru-grants-china-market-economy-status", "Peru recognises China as a market economy", "trade",
  "In 2004", "2004", "",
  "Together with other Latin American countries, Peru granted China market economy status.",
  "PER:participant;CHN:target;LAC:participant",
  "In 2004, Peru was among a group of Latin American countries that granted market economy status to China.")
E("2008-hu-jintao-alan-garcia-exchange-visits", "Hu Jintao and Alan García exchange state visits", "visit",
  "in 2008", "2008", "",
  "Chinese president Hu Jintao and Peruvian president Alan García visited each other's countries, opening a new phase in relations.",
  "hu-jintao:visitor;alan-garcia:visitor;CHN:participant;PER:participant",
  "in 2008 bilateral relations entered a new phase, when then Chinese president Hu Jintao and his Peruvian counterpart, Alan García, exchanged visits")
E("2008-peru-china-strategic-partnership", "Peru–China strategic partnership", "diplomatic",
  "in 2008", "2008", "",
  "Peru and China established a strategic partnership, which led to their free trade agreement the following year.",
  "PER:participant;CHN:participant;hu-jintao:leader;alan-garcia:leader",
  "exchanged visits and established a “strategic partnership” which in 2009 led to the Peru – China Free Trade Agreement (FTA).")
E("2009-peru-china-fta", "Peru–China Free Trade Agreement", "trade_agreement", "in 2009", "2009", "",
  "The strategic partnership led to the Peru–China FTA, covering goods, services and investment; it lets 83.5% of Peru's exports enter China duty-free and excludes 56% of textile lines from tariff cuts.",
  "PER:signatory;CHN:signatory;china-peru-fta:subject",
  "which in 2009 led to the Peru – China Free Trade Agreement (FTA)")
C("2009-peru-china-fta", "Peru´s aggressive pursuit of free trade agreements with China (2009) and 16 other countries and economic regions",
  date_text="(2009)", start="2009")
E("2011-peru-china-40th-anniversary", "40th anniversary of Peru–China diplomatic relations", "diplomatic",
  "By 2011", "2011", "",
  "Peru and China celebrated forty years of diplomatic relations.",
  "PER:participant;CHN:participant",
  "By 2011, as both countries celebrated the 40th anniversary of the establishment of diplomatic relations")
E("2011-china-becomes-peru-top-trading-partner", "China overtakes the United States as Peru's main trading partner", "trade",
  "By 2011", "2011", "",
  "China displaced the United States as Peru's largest trading partner.",
  "CHN:participant;PER:participant;USA:subject",
  "the People’s Republic of China replaced the United States as Peru’s main trading partner")
E("2013-peru-china-eleven-accords", "Peru and China sign eleven accords under a comprehensive strategic partnership", "treaty",
  "in April 2013", "2013-04", "",
  "Celebrating their comprehensive strategic partnership, the two countries' leaders signed eleven bilateral accords on trade infrastructure, agriculture, infrastructure and minerals, and social development.",
  "PER:signatory;CHN:signatory",
  "in April 2013, the two nation´s leaders celebrated their “comprehensive strategic partnership” by signing eleven new bilateral accords")
E("2011-association-of-chinese-enterprises-founded", "Association of Chinese Enterprises in Peru founded", "institution",
  "in 2011", "2011", "",
  "Backed by the Chinese embassy, an association of Chinese firms in Peru was formed with 43 members; its council includes SAPET, CNPC, Shougang, Chinalco and Minmetals.",
  "association-chinese-enterprises-peru:subject;CHN:participant;PER:host",
  "in 2011 an Association of Chinese Enterprises was formed, with 43 members and support from the Chinese Embassy in Peru.")
E("1873-peru-japan-diplomatic-relations", "Peru and Japan establish diplomatic relations", "diplomatic",
  "in 1873", "1873", "",
  "Peru became the first Latin American country to open diplomatic relations with Japan.",
  "PER:participant;JPN:participant",
  "Peru was the first Latin American country to establish diplomatic relations with Japan, in 1873")
E("1899-first-japanese-immigrants-arrive", "First Japanese immigrants arrive in Peru", "migration",
  "in 1899", "1899", "",
  "Peru was the first country to admit Japanese immigrants; the first shipload of Japanese families arrived in 1899, followed by waves from Okinawa, Gifu, Hiroshima, Kanagawa and Osaka, mostly to work on plantations.",
  "JPN:subject;PER:host",
  "The first boatload of Japanese families arrived in 1899, followed by several waves of immigrants from Okinawa, Gifu, Hiroshima, Kanagawa and Osaka.")
C("1899-first-japanese-immigrants-arrive", "and the first country to admit Japanese immigrants in 1899.",
  date_text="in 1899", start="1899")
E("1939-japanese-peruvians-deported-to-us", "Japanese Peruvians deported to U.S. internment camps", "deportation",
  "During World War II", "1939", "1945",
  "Cooperating with the United States, Peru deported hundreds of Japanese Peruvians to U.S. internment camps and seized their property; of some 2,118 Latin American Japanese interned, 84% came from Peru, and few returned.",
  "PER:perpetrator;USA:participant;JPN:subject",
  "During World War II, the Peruvian government collaborated with the United States by deporting hundreds of Japanese Peruvians to U.S. internment camps, confiscating their homes and businesses.")
E("1939-wartime-measures-against-japanese-peruvians", "Wartime blacklisting and boycotts of Japanese Peruvians", "domestic_politics",
  "during the war (World War II)", "1939", "1945",
  "For the roughly 10,000 Japanese who stayed in Peru during the war, prominent community leaders were blacklisted and their businesses boycotted; their schools and newspapers were also shut.",
  "PER:perpetrator;JPN:subject",
  "prominent leaders of the community were blacklisted, their businesses were boycotted")
C("1941-japanese-schools-closed-under-us-pressure", "and their schools and newspapers were closed.",
  actors="PER:perpetrator")  # "during the war": not dated more precisely than pj2003's 1941, left blank
E("1960-peru-japan-relations-improve", "Peru–Japan relations improve as Japan seeks raw materials", "diplomatic",
  "In the 1960s", "196X", "",
  "Relations improved as Japan looked to the region for raw materials for its postwar industrial recovery.",
  "PER:participant;JPN:participant",
  "In the 1960s bilateral relations between Peru and Japan improved, as the latter turned to this region in search of raw materials necessary for its postwar reindustrialization.")
E("1960-japan-becomes-major-trading-partner", "Japan becomes Peru's second export market", "trade",
  "In the following years", "196X", "197X",
  "Trade expanded strongly: Japan became Peru's second largest export market and third largest supplier, with minerals around 80% of Peru's exports to Japan, and Japanese firms offered joint ventures for long-term supply contracts.",
  "JPN:participant;PER:participant",
  "In the following years, trade between the two countries expanded considerably, and Japan became Peru´s second largest export market and third largest import supplier.")
E("1980-crisis-drives-japanese-investment-away", "1980s crisis drives Japanese investment out of Peru", "investment",
  "by the 1980s", "198X", "",
  "Although Peru added fishmeal, oil and coffee to its sales to Japan, external and domestic shocks plunged it into a severe crisis that sent most new Japanese investment elsewhere.",
  "PER:subject;JPN:investor",
  "Although by the 1980s Peru also exported fishmeal, oil and coffee to Japan, international and domestic factors drove Peru into a severe crisis, and drove most new Japanese investments elsewhere.")
C("1990-fujimori-elected-president", "When he first ran for the presidency in 1990",
  actors="alberto-fujimori:leader;PER:subject", date_text="in 1990", start="1990")
E("1990-fujimori-campaign-anti-japanese-sentiment", "Fujimori's 1990 campaign revives anti-Japanese sentiment", "election",
  "in 1990", "1990", "",
  "When Alberto Fujimori, of Japanese descent, first ran for president, his successful campaign stressed his immigrant story and promised aid from Japan, stirring anti-Japanese feeling among the traditional elite.",
  "alberto-fujimori:subject;PER:host;JPN:subject",
  "When he first ran for the presidency in 1990 there was a revival of anti-Japanese sentiment among the traditional elite")
C("1990-fujimori-appoints-nikkei-to-key-posts",
  "The incorporation of other prominent Japanese Peruvians to the Fujimori cabinet also brought new attention to this community.",
  actors="alberto-fujimori:leader;PER:subject")  # undated here
E("1990-fujimori-restores-order-and-opens-trade", "Fujimori restores order, reforms the economy and reopens trade", "domestic_politics",
  "during his administration (1990 – 2000)", "1990", "2000",
  "The Fujimori administration re-established order, carried out drastic economic reforms and reopened Peru to foreign trade, calming elite fears.",
  "alberto-fujimori:leader;PER:subject",
  "Elite fears subsided considerably, however, as the Fujimori Administration reestablished order, enacted drastic economic reforms and reopened the country to foreign trade.")
E("1990-peru-japan-relations-high-point", "Peru–Japan relations peak under Fujimori", "diplomatic",
  "during his administration (1990 – 2000)", "1990", "2000",
  "Relations with Japan reached their high point under Fujimori; Japan helped him restore Peru's international standing with international organisations and creditors.",
  "PER:participant;JPN:participant;alberto-fujimori:leader",
  "Peruvian relations with Japan reached a high point during his administration (1990 – 2000).")
C("2000-fujimori-flees-to-japan-and-resigns",
  "Although some tensions arose between Peru and Japan after Fujimori fled to Japan in 2000, taking refuge in his dual citizenship to escape extradition on human rights and corruption charges",
  actors="alberto-fujimori:subject;JPN:host;PER:participant")  # "in 2000" agrees with pj2003's November 2000; left blank so no false conflict
E("1963-peru-korea-diplomatic-relations", "Peru and South Korea establish diplomatic relations", "diplomatic",
  "April 1st, 1963", "1963-04-01", "",
  "Official Peru–Republic of Korea relations began with the signing of a joint communiqué on establishing diplomatic relations.",
  "PER:signatory;KOR:signatory",
  "Official relations between Peru and the Republic of Korea began on April 1st, 1963 with the signing of the \"Joint Communique on the Establishment of Diplomatic Relations between the Republic of Peru and the Republic of Korea.\"")
E("2011-peru-korea-fta-signed", "Peru–Korea Free Trade Agreement signed", "trade_agreement",
  "March 21st, 2011", "2011-03-21", "",
  "Peru and South Korea signed a free trade agreement, a turning point in their relations.",
  "PER:signatory;KOR:signatory;korea-peru-fta:subject",
  "The signing of a Free Trade Agreement on March 21st, 2011 established a turning point in the bilateral relations between Peru and Korea.")
C("2011-peru-korea-fta-signed",
  "That this began before the Free Trade Agreement (FTA) was signed between Peru and Rep. of Korea in March of 2011")
E("2012-humala-visits-seoul", "President Humala visits Seoul", "visit", "May 2012", "2012-05", "",
  "Peruvian President Ollanta Humala paid a visit to Seoul, one of several mutual visits after the FTA; investment and technology exchange were stated priorities.",
  "ollanta-humala:visitor;KOR:host;PER:participant",
  "including a visit to Seoul in May 2012 by Peruvian President Ollanta Humala.")
E("2011-kim-sung-hwan-visits-lima", "Korean Foreign Minister Kim Sung-hwan visits Lima", "visit",
  "(undated; among the visits that followed the March 2011 FTA)", "[2011..2013]", "",
  "Korea's foreign minister visited Lima, promising technology-transfer projects and to raise ties to a comprehensive strategic partnership; the text gives no date.",
  "kim-sung-hwan:visitor;PER:host;KOR:participant",
  "Foreign Minister Kim Sung-Hwan also visited Lima, promising to promote technology transfer projects and to elevate the relationship to a \"Comprehensive Strategic Partnership\" framework.")
E("2013-peru-korea-50th-anniversary", "Fifty years of Peru–Korea diplomatic relations", "diplomatic",
  "Fifty years since the initial establishment of diplomatic ties", "2013", "",
  "Half a century after relations were established, the authors judge Peru–Korea ties to be at their best.",
  "PER:participant;KOR:participant",
  "Fifty years since the initial establishment of diplomatic ties, relations between Peru and South Korea are in their prime.")
E("2010-korean-government-cooperation-kotra-koica", "Korean government-to-government deals with Peru via KOTRA and KOICA", "aid",
  "in the last three years", "2010", "2013",
  "Through KOTRA and KOICA, Korea concluded significant government-to-government arrangements with Peru, with scholarships, student facilities, export promotion and industrial policy seminars by the Korea Development Institute.",
  "KOR:donor;PER:recipient;kotra:agency;koica:agency;kdi:agency",
  "in the last three years, through the Korean Trade-Investment Promotion Agency (KOTRA) and the Korean International Cooperation Agency of Korea (KOICA), Korea has made significant government-to-government arrangements with Peru.")
E("2010-kt1-trainer-aircraft-sale", "Peru buys 20 KT-1 trainer aircraft from Korea", "trade",
  "in the last three years", "2010", "2013",
  "Korea Aerospace Industries sold 20 KT-1 basic trainer aircraft to the Peruvian Air Force as part of a technology-transfer initiative.",
  "korea-aerospace-industries:participant;peruvian-air-force:recipient;KOR:participant;PER:participant",
  "Among the most important deals is the sale of 20 KT-1 basic trainer aircrafts from Korea Aerospace Industries to the Peruvian Air Force, as part of a technology transfer initiative.")
E("2012-park-hee-kwon-peru-regional-hub", "Korean ambassador calls Peru a regional hub for Korea", "diplomatic",
  "on November 2012", "2012-11", "",
  "Ambassador Park Hee-kwon described Peru as an important partner that Korea saw as a regional hub for research and investment in Latin America.",
  "park-hee-kwon:participant;KOR:participant;PER:participant",
  "As mentioned by ambassador Park Hee-Kwon on November 2012: “Peru is therefore an important partner for South Korea, which sees it as a regional hub to increase its scientific research and investment in Latin America”.")
E("2008-global-financial-crisis", "Global financial crisis", "finance", "of 2008", "2008", "",
  "Trade with Asia helped much of Latin America weather the 2008 financial crisis and keep growing.",
  "LAC:subject;ASIA:participant",
  "In the last decade, trade with Asia enabled much of Latin America to withstand the financial crisis of 2008 and sustain positive growth rates.")
E("1997-peru-joins-apec", "Peru joins APEC", "multilateral", "in 1997", "1997", "",
  "Peru became a member of Asia-Pacific Economic Cooperation, with Japan's support; its trade with Thailand, the Philippines, Malaysia and Indonesia rose in share afterwards, and Japanese technical assistance followed.",
  "PER:member;apec:subject",
  "the subscription of Peru into APEC in 1997 saw a relatively important increase in the share of trade with these countries.")
C("1997-peru-joins-apec", "Peru was supported by Japan in its adhesion to APEC in 1997",
  actors="JPN:participant", date_text="in 1997", start="1997")
E("1997-asian-financial-crisis", "Asian financial crisis", "finance", "in 1997", "1997", "",
  "The Asian financial crisis cut short Peru's emerging trade and investment ties with Southeast Asian APEC members.",
  "ASIA:subject;PER:subject",
  "However, the effects of the Asian and Russian financial crises in 1997 and 1998 halted the emergent development of these commercial and investment relations.")
E("1998-russian-financial-crisis", "Russian financial crisis", "finance", "in 1998", "1998", "",
  "The Russian financial crisis of 1998 added to the shock that halted Peru's new commercial links with Southeast Asia.",
  "RUS:subject;PER:subject",
  "the Asian and Russian financial crises in 1997 and 1998")
E("2005-japan-mexico-epa", "Japan–Mexico Economic Partnership Agreement", "trade_agreement",
  "signed in 2005", "2005", "",
  "Mexico signed an Economic Partnership Agreement with Japan in 2005; with its NAFTA access, this made Mexico a major destination for Asian FDI.",
  "MEX:signatory;JPN:signatory;japan-mexico-epa:subject",
  "but also because of its Economic Partnership Agreement (EPA) with Japan signed in 2005.")
C("1976-peru-second-largest-lac-host-of-japanese-fdi",
  "Back in the 1960s, Peru accounted as the second receiver of Japanese FDI in Latin America.",
  actors="JPN:investor;PER:host", date_text="Back in the 1960s", start="196X")
E("1960-japanese-manufacturers-enter-under-isi", "Japanese manufacturers set up in Peru under import substitution", "investment",
  "In the 1960s", "196X", "",
  "To protect market share against import-substitution barriers, Japanese firms invested in Peru as a regional platform: vehicle assembly for Toyota and Nissan and condiments by Ajinomoto.",
  "toyota:investor;nissan:investor;ajinomoto:investor;PER:host;JPN:participant",
  "The idea was that Peru might serve as a platform to expand vehicle assembly (for Toyota and Nissan) and produced kitchen condiments (Ajinomoto) for the rest of the region.")
E("1973-japanese-consortium-copper-projects", "Japanese consortium eyes Katanga, Santa Lucía and Michiquillay copper", "investment",
  "In 1973- 1975", "1973", "1975",
  "Mitsui Mining and Smelting and Nippon Mining were positioned to buy at least three major copper projects, but most deals fell through over disagreements with the government on foreign capital and labour policy.",
  "mitsui-mining-smelting:investor;nippon-mining:investor;PER:host;JPN:participant",
  "In 1973- 1975 a consortium of Japanese companies (Mitsui Mining and Smelting and Nippon Mining) was positioned to purchase at least three major copper projects: Katanga, Santa Lucia and Michiquillay.")
E("1970-japeco-north-peru-pipeline", "JAPECO formed to help build the North Peruvian oil pipeline", "investment",
  "During the same period", "196X", "197X",
  "Mitsui, Marubeni and Mitsubishi set up JAPECO (Japan-Peru Oil Corporation) to work with the state bodies COFIDE and Petroperú on the North-Peru oil pipeline.",
  "mitsui:investor;marubeni:investor;mitsubishi:investor;japeco:investor;cofide:participant;petroperu:participant;PER:host;JPN:participant",
  "In the oil sector, Mitsui, Marubeni and Mitsubishi, established JAPECO (Japan-Peru Oil Corporation), to work alongside the state entities Cofide and Petroperu to build the North-Peru oil pipeline.")
E("1965-japanese-fdi-boom-then-collapse", "Japanese FDI flows into Peru, then collapses", "investment",
  "between 1965 and 1975", "1965", "1975",
  "Considerable Japanese direct investment reached Peru in 1965-1975; afterwards investment and trade fell abruptly amid crises in Peru and abroad.",
  "JPN:investor;PER:host",
  "Although considerable Japanese FDI came to Peru between 1965 and 1975, in subsequent years the investment and trade relations decreased abruptly.")
E("1990-japan-helps-fujimori-reinsertion", "Japan helps Fujimori restore Peru's international standing", "diplomatic",
  "during the 1990s", "199X", "",
  "Japan helped President Fujimori rebuild Peru's international standing by brokering meetings with international organisations and the main creditor nations.",
  "JPN:participant;PER:participant;alberto-fujimori:leader",
  "Japan helped then President Fujimori to revive Peru´s standing in the international community, facilitating meetings with international organizations and principal creditor nations.")
E("1997-japanese-technical-assistance-after-apec", "Japanese technical assistance follows APEC entry", "aid",
  "after which (after Peru's adhesion to APEC in 1997)", "1997", "",
  "After joining APEC with Japan's backing, Peru received a series of technical assistance programmes.",
  "JPN:donor;PER:recipient",
  "after which Peru became the beneficiary of a series of technical assistance programs.")
C("1990-japanese-investment-in-peru-lags",
  "Few Japanese manufacturing companies retained operations in Peru, and those that came in the 1990s opened primarily representative offices.",
  actors="JPN:investor;PER:host", date_text="in the 1990s", start="199X")
E("1970-peru-loses-position-with-japan", "Peru loses its investment and trade position with Japan", "trade",
  "between the 1970s and 1990s", "197X", "199X",
  "Peru's standing as a Japanese investment and trade partner eroded, which Gonzalez Vigil and Shimizu (2012) attribute to terrorism, economic instability, strategic distrust with the U.S. and wrong trade policies.",
  "PER:subject;JPN:participant",
  "propose four main factors that explain the loss of Peru’s investment and trade position with Japan between the 1970s and 1990s")
E("1985-economic-instability-mishandled-policies", "Economic instability from mishandled policies", "finance",
  "in the second half of the 80s", "1985", "1989",
  "Mishandled economic policies produced high instability in Peru in the late 1980s, one reason cited for Japan's retreat.",
  "PER:subject",
  "(ii) high economic instability as a result of mishandled economic policies in the second half of the 80s")
E("1970-strategic-distrust-with-us", "Strategic distrust marks Peru–U.S. relations", "diplomatic",
  "since the 70s", "197X", "",
  "Geopolitical insecurity and strategic distrust characterised Peru's relationship with the United States from the 1970s.",
  "PER:participant;USA:participant",
  "(iii) geopolitical insecurity and strategic distrust that marked the relationship with the U.S. since the 70s")
E("1975-erroneous-trade-policies", "Erroneous trade policies", "trade",
  "during 1975 – 2000", "1975", "2000",
  "Peru's trade policies over 1975-2000 are counted among the causes of its lost position with Japan.",
  "PER:subject",
  "(iv) erroneous trade policies taken by Peru during 1975 – 2000")
E("1989-japan-recession-lost-decade", "Japan's recession and 'lost decade'", "finance",
  "since 1989", "1989", "",
  "Kamiya (2004) cites Japan's recession from 1989 and the 'lost decade syndrome' as keeping Japanese firms out of Peruvian manufacturing and privatisations.",
  "JPN:subject",
  "Kamiya (2004) details the recession in Japan since 1989 and the so-called \"lost decade syndrome\"")
E("2013-invest-in-peru-roadshow-seoul", "'Invest in Peru' road show in Seoul", "investment",
  "in April 2013", "2013-04", "",
  "An investment promotion road show in Seoul drew Korean interest in transport infrastructure (Lima bus network Line 2, intelligent transport), the South Andean Gas Pipeline and industrial cooperation.",
  "PER:host;KOR:participant",
  "An “Invest in Peru” road show held in Seoul in April 2013 attracted considerable interest by Koreans")
E("1992-shougang-buys-hierro-peru", "Shougang buys state iron miner Hierro Perú", "investment",
  "until 1992", "1992", "",
  "Shougang bought the state-owned Hierro Perú for US$118 million, then the largest Chinese investment in Latin America and the first state enterprise privatised by the Fujimori government.",
  "shougang:investor;shougang-hierro-peru:target;PER:host;CHN:participant;alberto-fujimori:leader",
  "Chinese investment in Peru was virtually nonexistent until 1992, when the Shougang Group bought the state-owned iron ore company, Hierro Peru.")
E("1993-sapet-buys-state-oil-assets", "CNPC's SAPET buys state oil assets", "investment",
  "In 1993", "1993", "",
  "SAPET, a CNPC subsidiary, bought some state-owned assets of the Peruvian oil industry; no further major Chinese investment came for fifteen years.",
  "sapet:investor;cnpc:investor;PER:host;CHN:participant",
  "In 1993 Sapet, a subsidiary of the China National Petroleum Company (CNPC) also purchased some state-owned assets in the Peruvian oil industry.")
E("2005-china-go-out-policy-reaches-region", "China's 'Go Out' policy reaches Latin America", "investment",
  "By the mid-2000s", "2005~", "",
  "The Chinese government's 'Go Out' (outward investment) policies began to take effect in Latin America.",
  "CHN:investor;LAC:host",
  "By the mid-2000s, the Chinese government´s “Go Out” policies were taking effect in this region.")
E("2007-copper-concessions-pass-to-chinese", "Three major copper concessions pass to Chinese firms", "investment",
  "In 2007 and 2008", "2007", "2008",
  "Three of Peru's largest new copper concessions, including Toromocho, were taken over by Chinese companies, directly or by buying junior firms.",
  "CHN:investor;PER:host;chinalco:investor",
  "In 2007 and 2008, three of Peru´s largest new copper concessions passed into Chinese hands. This includes Toromocho")
E("2012-china-top-mining-investor", "China is the largest foreign investor in Peruvian mining", "investment",
  "In 2012", "2012", "",
  "Though only Peru's tenth largest foreign investor overall, China was the largest single investor country in mining, with around 20% of the sector's FDI.",
  "CHN:investor;PER:host",
  "In 2012 China was still only the 10th largest foreign investor in Peru, but was the largest single investor by country in the mining sector, representing around 20% of total FDI in that sector.")
E("1990-neoliberal-reforms-new-constitution", "Neoliberal reforms enshrined in a new Constitution", "domestic_politics",
  "of the 1990s", "199X", "",
  "Peru's drastic 1990s neoliberal reforms, written into a new Constitution, left an aversion to state-led industrial and export promotion policies.",
  "PER:subject",
  "The drastic neoliberal reforms of the 1990s, enshrined in a new Constitution, have left a legacy of aversion to any state-guided industrial policies")
E("2008-chemical-exports-to-korea-rise", "Peruvian chemical exports to Korea take off", "trade",
  "until 2008. Since then", "2008", "",
  "After 2008 the Peruvian chemical industry began to gain share in exports to South Korea (13.7% of exports to Korea in 2011 per Table 2).",
  "PER:participant;KOR:participant",
  "Exports to Republic of Korea also followed this pattern until 2008, concentrated in fisheries, mining and oil products. Since then, however, the Peruvian chemical industry began increasing its participation in total exports to Rep. Korea.")

# ---------------------------------------------------------------- periods
Q_FUJI = "Peruvian relations with Japan reached a high point during his administration (1990 – 2000)."
# defined by pj2003; this row cites it with this document's dates (they agree: 1990-2000)
periods.append(dict(id="", same_as="presidency-fujimori", name="", kind="", date_text="(1990 – 2000)",
                    start="1990", end="2000", actor="alberto-fujimori", quote=Q_FUJI, locator=loc(Q_FUJI)))

# ---------------------------------------------------------------- figures in the prose
T = "text"


def F(sid, title, indicator, category, unit, scale, unit_label, reporter, partner, obs, note=""):
    """A prose figure series; obs = [(period, value_text, value, flag, quote, flag_reason)]."""
    S(f"{SID}-text-{sid}", title, indicator, category, unit, scale, unit_label, reporter, partner, T, "", note)
    for o in obs:
        period, vt, value, flag, quote = o[:5]
        reason = o[5] if len(o) > 5 else ""
        assert squash(vt) in squash(quote), (vt, quote)
        O(f"{SID}-text-{sid}", period, vt, value, quote, f"{loc(quote)}, figure “{vt}”", flag, reason)


RECENT = "'In recent years' in a document written c. 2013: period given as 201X (the 2010s)."
q = "In recent years, copper, iron, gold and other minerals have accounted for around 60% of total Peruvian exports, 13% of total FDI and 14% of total tax revenues."
F("minerals-share-exports", "Minerals' share of Peru's total exports", "share", "Minerals (copper, iron, gold and others)",
  "percent", 1, "% of total exports", "PER", "WLD", [("201X", "around 60%", "60", "approximate", q)], RECENT)
F("minerals-share-fdi", "Minerals' share of total FDI in Peru", "share", "Minerals",
  "percent", 1, "% of total FDI", "", "PER", [("201X", "13%", "13", "", q)], RECENT)
F("minerals-share-tax", "Minerals' share of Peru's tax revenues", "share", "Minerals",
  "percent", 1, "% of total tax revenues", "", "PER", [("201X", "14%", "14", "", q)], RECENT)
F("other-fta-partners", "Peru's free trade agreements besides China", "agreements", "FTA partners other than China (countries and economic regions)",
  "count", 1, "countries and economic regions", "PER", "", [
      ("2013", "16 other countries and economic regions", "16", "",
       "Peru´s aggressive pursuit of free trade agreements with China (2009) and 16 other countries and economic regions")],
  "As of writing (c. 2013).")
TODAY = "'Today' in a document written c. 2013."
F("asian-descent-share", "Peruvians of Asian descent, share of the population", "population_share", "Peruvians of Asian descent",
  "percent", 1, "% of Peru's population", "", "PER", [
      ("2013", "an estimated 3% to 5%", "", "estimate",
       "Today, Peruvians of Asian descent comprise an estimated 3% to 5% of the population")],
  TODAY + " A range (3 to 5%), so no single value is given.")
F("asian-diplomatic-partners", "Asian countries with which Peru has diplomatic and trade relations", "countries", "Asian countries with relations",
  "count", 1, "countries", "PER", "ASIA", [
      ("2013", "more than 30", "30", "lower_bound",
       "Although Peru now has diplomatic and trade relations with more than 30 countries across broader Asia")], TODAY)
F("chinese-coolies", "Chinese indentured workers (coolies) brought to Peru", "migrants", "Chinese coolies",
  "persons", 1, "persons", "CHN", "PER", [
      ("1849/1874", "some 100,000", "100000", "approximate",
       "Between 1849 and 1874, some 100,000 Chinese men were brought to Peru as coolies or indentured agricultural workers")])
F("chinese-firms-registered", "Chinese firms legally registered in Peru", "firms", "Chinese firms registered",
  "count", 1, "firms", "CHN", "PER", [
      ("2013", "around 100", "100", "approximate",
       "Today around 100 Chinese firms are legally registered to operate in Peru")], TODAY)
F("chinese-enterprises-association-members", "Members of the Association of Chinese Enterprises in Peru", "firms", "Association members at founding",
  "count", 1, "member firms", "CHN", "PER", [
      ("2011", "43 members", "43", "",
       "in 2011 an Association of Chinese Enterprises was formed, with 43 members")])
F("chinese-enterprises-association-council", "Council of the Association of Chinese Enterprises in Peru", "firms", "Council members",
  "count", 1, "member firms", "CHN", "PER", [
      ("2013", "11 member", "11", "",
       "The 11 member council includes prominent state-owned oil and mining companies (SAPET, CNPC, Shougang, Chinalco, Minmetals), banks and technology companies.")],
  "Present tense in a document written c. 2013; the association was formed in 2011.")
F("chinese-firms-mining-concessions", "Chinese firms holding important mining concessions in Peru", "firms", "Chinese firms with mining concessions",
  "count", 1, "firms", "CHN", "PER", [
      ("2013", "at least 14", "14", "lower_bound",
       "with at least 14 Chinese firms holding important concessions, although to date the Chinese own only one operating mine.")],
  "Repeated in § Chinese investments in Peru, ¶2 ('To date at least 14 Chinese firms ... have invested in mineral projects').")
F("chinese-operating-mines", "Operating mines owned by Chinese firms in Peru", "mines", "Chinese-owned operating mines",
  "count", 1, "mines", "CHN", "PER", [
      ("2013", "only one", "1", "",
       "although to date the Chinese own only one operating mine.")],
  "Named in § Chinese investments in Peru, ¶3: Shougang Hierro Perú.")
F("japanese-share-foreign-population", "Japanese share of Peru's foreign population", "population_share", "Japanese immigrants",
  "percent", 1, "% of Peru's foreign population", "JPN", "PER", [
      ("1936", "45%", "45", "",
       "by 1936 they represented 45% of Peru´s total foreign population.")])
F("nikkei-share-population", "Nikkei (Japanese Peruvians), share of Peru's population", "population_share", "Nikkei",
  "percent", 1, "% of Peru's population", "", "PER", [
      ("2013", "less than 1%", "1", "",
       "Although they comprise less than 1% of the total population")],
  TODAY + " An upper bound ('less than 1%'); the flag vocabulary has no upper-bound flag.")
F("latam-japanese-internees", "Latin American Japanese interned in the United States", "internees", "Latin American Japanese imprisoned",
  "persons", 1, "persons", "LAC", "USA", [
      ("1939/1945", "the estimated 2,118", "2118", "estimate",
       "84% of the estimated 2,118 imprisoned Latin American Japanese came from Peru, and very few returned.")],
  "During World War II (given as 1939/1945).")
F("internees-share-from-peru", "Share of Latin American Japanese internees who came from Peru", "share", "Internees deported from Peru",
  "percent", 1, "% of Latin American Japanese internees", "PER", "USA", [
      ("1939/1945", "84%", "84", "",
       "84% of the estimated 2,118 imprisoned Latin American Japanese came from Peru, and very few returned.")],
  "During World War II (given as 1939/1945).")
F("latam-countries-deporting-japanese", "Other Latin American countries that deported Japanese residents", "countries", "Countries deporting Japanese besides Peru",
  "count", 1, "countries", "LAC", "USA", [
      ("1939/1945", "11 other", "11", "",
       "Although 11 other Latin American countries did the same")],
  "During World War II (given as 1939/1945).")
F("japanese-remaining-in-peru-ww2", "Japanese who remained in Peru during World War II", "population", "Japanese residents",
  "persons", 1, "persons", "JPN", "PER", [
      ("1939/1945", "roughly 10,000", "10000", "approximate",
       "While roughly 10,000 Japanese remained in Peru during the war")])
F("minerals-share-exports-to-japan", "Minerals' share of Peru's exports to Japan", "share", "Minerals",
  "percent", 1, "% of Peru's exports to Japan", "PER", "JPN", [
      ("196X/197X", "Around 80%", "80", "approximate",
       "Around 80% of Peruvian exports to Japan were minerals.")],
  "'In the following years' after the 1960s improvement in relations: given as 196X/197X.")
F("asia-latam-trade-growth", "Growth of Asia–Latin America trade", "growth_rate", "Asia–Latin America trade",
  "percent", 1, "% per year", "LAC", "ASIA", [
      ("2004/2008", "25.7%", "25.7", "",
       "Between 2004 and 2008, trade between Asia and Latin America grew at an average annual rate of 25.7%")],
  "Average annual rate; trade in both directions.")
q = "while exports to the Latin American regional market, the European Union and the U.S., grew at 24.8%, 20.8% and 20.9% respectively."
F("latam-exports-growth-regional", "Growth of Latin American exports to the regional market", "growth_rate", "Exports to the Latin American market",
  "percent", 1, "% per year", "LAC", "LAC", [("2004/2008", "24.8%", "24.8", "", q)], "Average annual rate.")
F("latam-exports-growth-eu", "Growth of Latin American exports to the European Union", "growth_rate", "Exports to the EU",
  "percent", 1, "% per year", "LAC", "EU", [("2004/2008", "20.8%", "20.8", "", q)], "Average annual rate.")
F("latam-exports-growth-us", "Growth of Latin American exports to the United States", "growth_rate", "Exports to the U.S.",
  "percent", 1, "% per year", "LAC", "USA", [("2004/2008", "20.9%", "20.9", "", q)], "Average annual rate.")
q = "By 2011, six Asian countries explained 79.4% of Latin America´s exports to Asia, being the three main destinations China (47.4%), Japan (14.3%) and Republic of Korea (7.9%)."
q90 = "While in 1990 Japan accounted for 48.2% of Latin American exports to Asia, and China just 6.1%, the roles were reversed two decades later."
F("latam-exports-asia-share-top6", "Six main Asian destinations' share of Latin America's exports to Asia", "share", "Six main Asian destinations",
  "percent", 1, "% of Latin America's exports to Asia", "LAC", "ASIA", [("2011", "79.4%", "79.4", "", q)])
F("latam-exports-asia-share-chn", "China's share of Latin America's exports to Asia", "share", "China",
  "percent", 1, "% of Latin America's exports to Asia", "LAC", "CHN",
  [("2011", "47.4%", "47.4", "", q), ("1990", "6.1%", "6.1", "", q90)])
F("latam-exports-asia-share-jpn", "Japan's share of Latin America's exports to Asia", "share", "Japan",
  "percent", 1, "% of Latin America's exports to Asia", "LAC", "JPN",
  [("2011", "14.3%", "14.3", "", q), ("1990", "48.2%", "48.2", "", q90)])
F("latam-exports-asia-share-kor", "South Korea's share of Latin America's exports to Asia", "share", "Republic of Korea",
  "percent", 1, "% of Latin America's exports to Asia", "LAC", "KOR", [("2011", "7.9%", "7.9", "", q)])
F("peru-exports-asia-share-top3", "China, Japan and Korea's share of Peru's exports to Asia", "share", "China, Japan and Rep. Korea together",
  "percent", 1, "% of Peru's exports to Asia", "PER", "ASIA", [
      ("1990/2011", "nearly 83%", "83", "approximate",
       "In the last two decades, exports to the three top destination countries have explained nearly 83% of its total trade with Asia"),
      ("2011", "nearly 92%", "92", "approximate",
       "By 2011, Peruvian exports to China, Japan and Rep. Korea accounted for nearly 92% of its exports to Asia.")],
  "'In the last two decades' given as 1990/2011 (the span of Figure 1). Consistent with the 2011 shares by country (China 59% + Japan 18% + Korea 14% = 91%).")
q90p = "In 1990, exports to Japan accounted for 67% of total exports to Asia, while China accounted for 9 percent."
q11p = "By 2011, Japan accounted for 18% while China purchased 59% of Peru´s Asian exports."
FIG1 = "Prose reading of Figure 1 (Peru exports to Asia by destination, 1990–2011); the figure's own data are not in the text."
F("peru-exports-asia-share-jpn", "Japan's share of Peru's exports to Asia", "share", "Japan",
  "percent", 1, "% of Peru's exports to Asia", "PER", "JPN",
  [("1990", "67%", "67", "", q90p), ("2011", "18%", "18", "", q11p)], FIG1)
F("peru-exports-asia-share-chn", "China's share of Peru's exports to Asia", "share", "China",
  "percent", 1, "% of Peru's exports to Asia", "PER", "CHN",
  [("1990", "9 percent", "9", "", q90p), ("2011", "59%", "59", "", q11p)], FIG1)
F("peru-exports-asia-share-kor", "South Korea's share of Peru's exports to Asia", "share", "Republic of Korea",
  "percent", 1, "% of Peru's exports to Asia", "PER", "KOR", [
      ("1990/2011", "constant at 10%", "10", "approximate",
       "The Republic of Korea, however, remained constant at 10% of Peru´s Asia exports throughout this period"),
      ("2011", "14 percent", "14", "",
       "albeit with a strong increase in 2011 when it reached a historical record of 14 percent.")],
  FIG1 + " The 1990/2011 value is the level the text says Korea held throughout the period; 2011 was a record.")
q = "in 2012 China bought US$7.7 billion worth of Peruvian goods or 17% of total exports from Peru."
F("exports-to-china-adex", "Peru's exports to China (ADEX)", "trade_exports", "Total", "USD", 1000000000, "US$ billions",
  "PER", "CHN", [("2012", "US$7.7 billion", "7.7", "", q)], "According to ADEX, the Peruvian exporters' association.")
F("exports-to-china-share", "China's share of Peru's total exports (ADEX)", "share", "China",
  "percent", 1, "% of Peru's total exports", "PER", "CHN", [("2012", "17%", "17", "", q)],
  "According to ADEX. Consistent with Table 2 (2011: 6,961.4 of 45,636.1 US$ millions = 15.3%).")
q = "Moreover, total exports to China grew at a 20.6% average annual pace between 1995 and 2011, for an accumulate growth of 18.9 times, in contrast to Peruvian exports to the world as a whole, which grew 7.4 times over the same period of time."
F("exports-to-china-growth", "Growth of Peru's exports to China", "growth_rate", "Total", "percent", 1, "% per year",
  "PER", "CHN", [("1995/2011", "20.6%", "20.6", "", q)], "Average annual rate.")
F("exports-to-china-multiple", "Cumulative growth of Peru's exports to China", "growth_multiple", "Total", "ratio", 1, "times",
  "PER", "CHN", [("1995/2011", "18.9 times", "18.9", "", q)],
  "Consistent with 20.6% a year over 16 years if read as an increase of 18.9 times the 1995 level (1.206^16 ≈ 20).")
F("exports-to-world-multiple", "Cumulative growth of Peru's exports to the world", "growth_multiple", "Total", "ratio", 1, "times",
  "PER", "WLD", [("1995/2011", "7.4 times", "7.4", "", q)])
F("top-products-share-exports-china", "Share of four products (copper, iron, lead, fishmeal) in Peru's exports to China", "share",
  "Copper, iron, lead and fishmeal", "percent", 1, "% of Peru's exports to China", "PER", "CHN", [
      ("2011", "83%", "83", "",
       "with just four products – copper, iron, lead, and fishmeal – comprising 83% of the total")],
  "Year of Table 1 (2011). Checks against Tables 1 and 2 only if copper ores and copper cathodes both count as 'copper': (2,417.6+623.3+1,000.9+723.7+1,042.2)/6,961.4 = 83.4%.")
q = "In 1993, Peru bought US$ 90 million in Chinese goods, while in 2012 it bought nearly US$ 7.8 billion, or 87 times more, while total imports from the world increased 10 times over."
F("imports-from-china", "Peru's imports from China", "trade_imports", "Total", "USD", 1000000, "US$ millions",
  "CHN", "PER", [("1993", "US$ 90 million", "90", "", q), ("2012", "nearly US$ 7.8 billion", "7800", "approximate", q)],
  "The 2012 figure is printed as 'nearly US$ 7.8 billion' (= 7,800 US$ millions). Reporter/partner follow the exporter→importer convention.")
F("imports-from-china-multiple", "Cumulative growth of Peru's imports from China", "growth_multiple", "Total", "ratio", 1, "times",
  "CHN", "PER", [("1993/2012", "87 times", "87", "", q)], "7,800 / 90 = 86.7: consistent.")
F("imports-from-world-multiple", "Cumulative growth of Peru's imports from the world", "growth_multiple", "Total", "ratio", 1, "times",
  "WLD", "PER", [("1993/2012", "10 times", "10", "", q)])
F("imports-from-china-growth-2001-2011", "Growth of Peru's imports from China, 2001–2011 (as printed)", "growth_rate", "Total",
  "percent", 1, "%", "CHN", "PER", [
      ("2001/2011", "33%", "33", "inconsistent",
       "From 2001 to 2011, imports from China grew by 33%.",
       "Read as printed (a 33% rise over 2001–2011) it cannot square with the same paragraph's 87-fold rise in imports from China between 1993 (US$ 90 million) and 2012 (US$ 7.8 billion); it is most likely an average annual rate.")])
q = "Even in sectors such as apparel and textiles, where Chinese penetration since 2007 has reached 20% and 28%, respectively"
PEN = "Import penetration 'since 2007 has reached': period given as 2007/2013 (from 2007 to the time of writing)."
F("import-penetration-apparel", "Penetration of Chinese imports: apparel", "share", "Apparel", "percent", 1,
  "% of the Peruvian market", "CHN", "PER", [("2007/2013", "20%", "20", "", q)], PEN)
F("import-penetration-textiles", "Penetration of Chinese imports: textiles", "share", "Textiles", "percent", 1,
  "% of the Peruvian market", "CHN", "PER", [("2007/2013", "28%", "28", "", q)], PEN)
FTA = "Provision of the Peru–China FTA (signed 2009); period given as the signing year."
F("china-fta-duty-free-share", "Share of Peru's exports entering China duty-free under the FTA", "share", "Zero-tariff exports",
  "percent", 1, "% of Peru's exports to China", "PER", "CHN", [
      ("2009", "83.5%", "83.5", "",
       "The FTA with China, covering merchandise, services and investment, allows 83.5% of Peruvian exports to enter China with zero tariffs.")], FTA)
F("china-fta-textiles-excluded", "Share of textile products excluded from tariff elimination in the Peru–China FTA", "share", "Textiles excluded",
  "percent", 1, "% of textile products", "PER", "CHN", [
      ("2009", "56%", "56", "",
       "such as textiles, 56% of which were excluded from the tariff elimination schedule.")], FTA)
q = "Within the first year of implementation of the FTA with China, for example, the number of Peruvian exporters to the Asian giant grew by 30%, to around 500 companies, and total trade with China increased 25%."
FY = ("'Within the first year of implementation of the FTA' — this document gives no date for entry "
      "into force; the period 2010/2011 assumes the FTA took effect in 2010 (as the brief and other sources state).")
F("exporters-to-china-growth", "Growth in the number of Peruvian exporters to China", "growth_rate", "Exporting firms",
  "percent", 1, "%", "PER", "CHN", [("2010/2011", "30%", "30", "", q)], FY)
F("exporters-to-china", "Peruvian companies exporting to China", "firms", "Exporting firms", "count", 1, "companies",
  "PER", "CHN", [("2010/2011", "around 500", "500", "approximate", q)], FY)
F("trade-with-china-growth", "Growth of Peru's total trade with China in the FTA's first year", "growth_rate", "Total trade",
  "percent", 1, "%", "PER", "CHN", [("2010/2011", "25%", "25", "", q)], FY)
q = "Although 95% of this was still in traditional exports, Peru exported 140 new nontraditional products to China that year."
F("traditional-share-exports-china", "Traditional products' share of Peru's exports to China in the FTA's first year", "share", "Traditional exports",
  "percent", 1, "% of Peru's exports to China", "PER", "CHN", [("2010/2011", "95%", "95", "", q)], FY)
F("new-nontraditional-products-china", "New nontraditional products exported to China in the FTA's first year", "products", "New nontraditional products",
  "count", 1, "products", "PER", "CHN", [("2010/2011", "140", "140", "", q)], FY)
F("agri-exports-china-multiple", "Growth of Peru's agricultural exports to China since the FTA", "growth_multiple", "Agricultural exports",
  "ratio", 1, "times", "PER", "CHN", [
      ("2010/2013", "8.7 times", "8.7", "",
       "Peru's agricultural exports to China grew 8.7 times since the FTA went into effect.")],
  "Stated by Agriculture Minister Milton Von Hesse at the First Meeting of Ministers of Agriculture of China, Latin America and the Caribbean (undated in the text). Period assumes entry into force in 2010 and a statement c. 2013.")
F("exports-to-japan-growth", "Growth of Peru's exports to Japan", "growth_rate", "Total", "percent", 1, "% per year",
  "PER", "JPN", [("1995/2011", "10.3%", "10.3", "",
                  "Overall, Peruvian exports to Japan grew at an average annual growth rate of 10.3% from 1995 to 2011")],
  "Average annual rate.")
F("minerals-share-exports-asia", "Minerals' share of Peru's exports to Asia", "share", "Minerals", "percent", 1,
  "% of Peru's exports to Asia", "PER", "ASIA", [
      ("2011", "78%", "78", "",
       "(60,9% of total Peruvian world exports are minerals, versus 78% to Asia)")],
  "Present tense; paired with the 60,9% world figure, which is Table 2's World 2011 'Mining and Oil' share (series sy2013-t2-wld-mining-and-oil), so the year is taken as 2011.")
q = "By 2012, the main investors in Peru were Spain (24.3%), United States (13.3%) and South Africa (7.7%) and the main sector receiving this investment was mining, with 23,9% of the total."
FDI = ("Shares of the stock of foreign direct investment in Peru by 2012 (the text speaks of 'FDI receipt'; "
       "a breakdown by investor country of this kind is of the accumulated stock). Total: US$22.7 billion.")
for code, name, vt, v in (("ESP", "Spain", "24.3%", "24.3"), ("USA", "United States", "13.3%", "13.3"),
                          ("ZAF", "South Africa", "7.7%", "7.7")):
    F(f"fdi-share-{code.lower()}", f"{name}'s share of foreign direct investment in Peru", "fdi_share", name,
      "percent", 1, "% of FDI in Peru", code, "PER", [("2012", vt, v, "", q)], FDI)
F("fdi-share-chn", "China's share of foreign direct investment in Peru", "fdi_share", "China", "percent", 1,
  "% of FDI in Peru", "CHN", "PER", [
      ("2012", "3.5%", "3.5", "",
       "Asian investment is now led by China who constitutes 3.5% of the US$22.7 billion FDI receipt by Peru in 2012.")], FDI)
F("fdi-share-mining", "Mining's share of foreign direct investment in Peru", "fdi_share", "Mining sector", "percent", 1,
  "% of FDI in Peru", "WLD", "PER", [("2012", "23,9%", "23.9", "", q)], FDI + " Printed with a decimal comma.")
F("fdi-total", "Foreign direct investment in Peru", "fdi_stock", "Total", "USD", 1000000000, "US$ billions",
  "WLD", "PER", [("2012", "US$22.7 billion", "22.7", "",
                  "Asian investment is now led by China who constitutes 3.5% of the US$22.7 billion FDI receipt by Peru in 2012.")],
  "Printed as 'FDI receipt by Peru in 2012'; recorded as the stock (see the country shares).")
F("shougang-hierro-peru-purchase", "Shougang's purchase of Hierro Perú", "investment_project", "Hierro Perú", "USD", 1000000,
  "US$ millions", "CHN", "PER", [("1992", "US$118 million", "118", "",
                                   "At the time it was the largest Chinese investment in Latin America, at US$118 million, and the first state enterprise sold off by the Fujimori Administration.")],
  "Privatisation of the state iron ore company Hierro Perú (§ Chinese investments in Peru, ¶1).")
F("copper-concessions-to-chinese", "Large copper concessions passing into Chinese hands", "concessions", "New copper concessions",
  "count", 1, "concessions", "CHN", "PER", [
      ("2007/2008", "three", "3", "",
       "In 2007 and 2008, three of Peru´s largest new copper concessions passed into Chinese hands.")])
F("china-share-mining-fdi", "China's share of FDI in Peru's mining sector", "fdi_share", "Mining sector", "percent", 1,
  "% of FDI in mining", "CHN", "PER", [
      ("2012", "around 20%", "20", "approximate",
       "representing around 20% of total FDI in that sector.")],
  "In 2012 China was only the 10th largest foreign investor in Peru overall but the largest in mining.")
F("latam-share-world-mineral-investment", "Latin America's share of world mineral investment", "share", "Mineral investment",
  "percent", 1, "% of world mineral investment", "WLD", "LAC", [
      ("2013", "nearly a third", "", "approximate",
       "Latin America today accounts for nearly a third of total world mineral investment")],
  TODAY + " 'nearly a third' is left without a number.")
F("chinese-mining-projects-latam", "Major mining projects owned or joined by Chinese firms in South and Central America", "projects", "Major mining projects",
  "count", 1, "projects", "CHN", "LAC", [
      ("2013", "at least 35", "35", "lower_bound",
       "which own or participate in at least 35 major projects across South and Central America.")], TODAY)
F("peru-china-april-2013-accords", "Bilateral accords signed by Peru and China in April 2013", "agreements", "New bilateral accords",
  "count", 1, "accords", "PER", "CHN", [
      ("2013-04", "eleven", "11", "",
       "in April 2013, the two nation´s leaders celebrated their “comprehensive strategic partnership” by signing eleven new bilateral accords")])
F("kt1-aircraft-sale", "KT-1 trainer aircraft sold by Korea to the Peruvian Air Force", "aircraft", "KT-1 basic trainers",
  "count", 1, "aircraft", "KOR", "PER", [
      ("2010/2013", "20", "20", "",
       "Among the most important deals is the sale of 20 KT-1 basic trainer aircrafts from Korea Aerospace Industries to the Peruvian Air Force")],
  "'In the last three years' (c. 2010–2013).")

# ---------------------------------------------------------------- actors
A = [
    ("PER", "Peru", "country", "Perú;Republic of Peru", ""),
    ("CHN", "China", "country", "People's Republic of China;PRC", ""),
    ("JPN", "Japan", "country", "", ""),
    ("KOR", "South Korea", "country", "Republic of Korea;Rep. Korea;Korea", ""),
    ("USA", "United States", "country", "United States of America;US;U.S.", ""),
    ("CUB", "Cuba", "country", "", ""),
    ("CHL", "Chile", "country", "", ""),
    ("MEX", "Mexico", "country", "", ""),
    ("ESP", "Spain", "country", "", ""),
    ("ZAF", "South Africa", "country", "", ""),
    ("RUS", "Russia", "country", "Russian Federation", ""),
    ("LAC", "Latin America and the Caribbean", "region", "Latin America", ""),
    ("ASIA", "Asia", "region", "", ""),
    ("WLD", "World", "region", "", ""),
    ("EU", "European Union", "region", "EU", ""),
    ("alberto-fujimori", "Alberto Fujimori", "person", "Fujimori;Alberto Fujimori Fujimori", "President of Peru 1990-2000, of Japanese descent; fled to Japan in 2000"),
    ("alan-garcia", "Alan García", "person", "García", "President of Peru 1985-90 and 2006-11 (APRA)"),
    ("ollanta-humala", "Ollanta Humala", "person", "Humala", "President of Peru 2011-16"),
    ("hu-jintao", "Hu Jintao", "person", "", "President of the People's Republic of China 2003-13"),
    ("kim-sung-hwan", "Kim Sung-hwan", "person", "Kim Sung-Hwan", "Foreign Minister of the Republic of Korea"),
    ("park-hee-kwon", "Park Hee-kwon", "person", "Park Hee-Kwon", "Ambassador of the Republic of Korea to Peru (2012)"),
    ("luis-miguel-castilla", "Luis Miguel Castilla", "person", "", "Peru's Minister of Economics and Finance from 2011"),
    ("milton-von-hesse", "Milton Von Hesse", "person", "", "Peru's Minister of Agriculture (c. 2013)"),
    ("apec", "Asia-Pacific Economic Cooperation", "organisation", "APEC", ""),
    ("andean-pact", "Andean Pact", "organisation", "Andean Community", "Andean regional integration scheme (1969)"),
    ("kotra", "Korea Trade-Investment Promotion Agency", "organisation", "KOTRA;Korean Trade-Investment Promotion Agency", "South Korean government trade and investment promotion agency"),
    ("koica", "Korea International Cooperation Agency", "organisation", "KOICA;Korean International Cooperation Agency", "South Korean government development cooperation agency"),
    ("kdi", "Korea Development Institute", "organisation", "KDI;Korean Development Institute", "South Korean government think tank"),
    ("peruvian-air-force", "Peruvian Air Force", "organisation", "Fuerza Aérea del Perú;FAP", ""),
    ("association-chinese-enterprises-peru", "Association of Chinese Enterprises in Peru", "organisation", "Association of Chinese Enterprises", "Formed in 2011 with 43 members and the Chinese embassy's support"),
    ("cofide", "COFIDE", "organisation", "Cofide;Corporación Financiera de Desarrollo", "Peruvian state development finance corporation"),
    ("china-peru-fta", "China–Peru Free Trade Agreement", "agreement", "Peru – China Free Trade Agreement;Peru-China FTA;FTA with China", "Signed 2009"),
    ("korea-peru-fta", "Korea–Peru Free Trade Agreement", "agreement", "Peru-Korea FTA", "Signed 21 March 2011"),
    ("japan-mexico-epa", "Japan–Mexico Economic Partnership Agreement", "agreement", "Mexico-Japan EPA", "Signed 2005"),
    ("china-peru-treaty-1874", "Peru–China Treaty of Friendship, Trade and Navigation (1874)", "agreement", "Treaty of Friendship, Trade, and Navigation", ""),
    # companies
    ("toyota", "Toyota", "company", "", "Japanese carmaker"),
    ("nissan", "Nissan", "company", "", "Japanese carmaker"),
    ("ajinomoto", "Ajinomoto", "company", "", "Japanese food and condiment maker"),
    ("mitsui", "Mitsui & Co.", "company", "Mitsui;Mitsui & Co. Ltd.", "Japanese trading house"),
    ("mitsui-mining-smelting", "Mitsui Mining & Smelting", "company", "Mitsui Mining and Smelting;Mitsui Mining & Smelting Co. Ltd.", "Japanese mining and smelting company"),
    ("nippon-mining", "Nippon Mining", "company", "", "Japanese mining company"),
    ("jx-nippon-mining", "JX Nippon Mining Holdings", "company", "", "Japanese mining company"),
    ("pan-pacific-copper", "Pan Pacific Copper", "company", "Pan Pacific Copper Corp.", "Japanese copper company"),
    ("marubeni", "Marubeni", "company", "", "Japanese trading house"),
    ("mitsubishi", "Mitsubishi Corporation", "company", "Mitsubishi", "Japanese trading house"),
    ("japeco", "JAPECO", "company", "Japan-Peru Oil Corporation", "Oil venture of Mitsui, Marubeni and Mitsubishi"),
    ("compania-minera-santa-luisa", "Compañía Minera Santa Luisa", "company", "Compañia Minera Santa Luisa S.A.", "Peruvian subsidiary of Mitsui Mining & Smelting"),
    ("vale", "Vale", "company", "", "Brazilian mining company"),
    ("bhp-billiton", "BHP Billiton", "company", "", "Anglo-Australian mining company"),
    ("xstrata", "Xstrata", "company", "", "Swiss mining company"),
    ("teck", "Teck", "company", "", "Canadian mining company"),
    ("anglo-american", "Anglo American", "company", "Anglo American Quellaveco S.A", "British mining company"),
    ("sk-energy", "SK Energy", "company", "", "South Korean energy company"),
    ("daewoo", "Daewoo", "company", "", "South Korean conglomerate (oil interests)"),
    ("knoc", "Korea National Oil Corporation", "company", "KNOC", "South Korean state oil company"),
    ("korea-resources", "Korea Resources Corporation", "company", "Korea Resources;KORES", "South Korean state mining company"),
    ("ls-nikko-copper", "LS-Nikko Copper", "company", "", "South Korean copper smelter"),
    ("korea-zinc", "Korea Zinc", "company", "", "South Korean zinc producer"),
    ("doosan", "Doosan", "company", "", "South Korean industrial group"),
    ("dongwon", "Dongwon Industries", "company", "Dongwon Industries Co;Dongwon", "South Korean fishing company"),
    ("pesquera-diamante", "Pesquera Diamante", "company", "Pesquera Diamante S.A.", "Peruvian fishing company"),
    ("korea-aerospace-industries", "Korea Aerospace Industries", "company", "KAI", "South Korean aircraft maker"),
    ("pluspetrol", "Pluspetrol", "company", "Pluspetrol Resources Corporation", "Argentine oil company"),
    ("pluspetrol-norte", "Pluspetrol Norte", "company", "Pluspetrol Norte S.A.", "Operator of Blocks 1AB and 8; owned by Pluspetrol (55%) and CNPC (45%)"),
    ("ecopetrol", "Ecopetrol", "company", "", "Colombian state oil company"),
    ("savia-peru", "Savia Perú", "company", "Savia Peru", "Oil company owned by KNOC and Ecopetrol"),
    ("cumbres-andinas", "Cumbres Andinas", "company", "Brescia Group (Cumbres Andinas)", "Company of the Peruvian Brescia Group"),
    ("petroperu", "Petroperú", "company", "Petroperu", "Peruvian state oil company"),
    ("cnpc", "China National Petroleum Corporation", "company", "CNPC;China National Petroleum Company", "Chinese state oil company"),
    ("sapet", "SAPET", "company", "Sapet", "Subsidiary of CNPC in Peru"),
    ("shougang", "Shougang Group", "company", "Shougang;Shougang Corporation", "Chinese state steel company"),
    ("shougang-hierro-peru", "Shougang Hierro Perú", "company", "Hierro Peru;Hierro Perú;Shougang Hierro Peru", "Former state iron ore company bought by Shougang in 1992; the only Chinese-owned operating mine in Peru (c. 2013)"),
    ("chinalco", "Chinalco", "company", "Chinalco Peru;Aluminum Corporation of China", "Chinese state aluminium company; Toromocho copper project"),
    ("minmetals", "China Minmetals Corporation", "company", "Minmetals;China MinMetals Corporation", "Chinese state metals company"),
    ("jiangxi-copper", "Jiangxi Copper Company", "company", "Jiangxi Copper Company Ltd.", "Chinese copper company"),
    ("nanjinzhao", "Nanjinzhao Group", "company", "", "Chinese mining company (Pampa de Pongo)"),
    ("zijin-mining", "Zijin Mining Group", "company", "Zijing Mining Group", "Chinese mining company (spelled 'Zijing' in the source)"),
    ("tongling-nonferrous", "Tongling Nonferrous", "company", "", "Chinese metals company"),
    ("xiamen-cd", "Xiamen C&D", "company", "", "Chinese trading company"),
    ("monterrico-metals", "Monterrico Metals", "company", "Majaz", "Former owner of the Rio Blanco project (Minera Majaz)"),
    ("cst-mining", "CST Mining Group", "company", "CST Mining Group Limited", "Hong Kong-listed Chinese mining company"),
    ("junefield", "Junefield Group", "company", "", "Chinese mining company"),
    ("jintong-mining", "Jintong Mining", "company", "", "Chinese mining company"),
    ("china-scitech", "China SciTech", "company", "", "Chinese exploration company"),
    ("shandong-exploration", "Shandong Exploration", "company", "", "Chinese provincial exploration company"),
    ("anhui-exploration", "Anhui Exploration", "company", "", "Chinese provincial exploration company"),
    ("hebei-exploration", "Hebei Exploration", "company", "", "Chinese provincial exploration company"),
]
for aid, name, kind, aliases, note in A:
    actors.append(dict(id=aid, name=name, kind=kind, aliases=aliases, note=note))


# ---------------------------------------------------------------- write / check

def check() -> list[str]:
    errs = []
    for kind, rows in (("episodes", episodes), ("periods", periods), ("observations", observations)):
        for r in rows:
            if squash(r["quote"]) not in SQUASHED:
                errs.append(f"{kind}: quote not in text: {r['quote'][:70]!r}")
    ids = [e["id"] for e in episodes if not e.get("same_as")]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        errs.append(f"duplicate episode ids {dup}")
    sids = [s["id"] for s in series]
    if len(set(sids)) != len(sids):
        errs.append("duplicate series ids")
    keys = [f"{o['series']}@{o['period']}" for o in observations]
    if len(set(keys)) != len(keys):
        errs.append(f"duplicate observations {[k for k in keys if keys.count(k) > 1]}")
    aids = {a["id"] for a in actors}
    for e in episodes:
        for item in filter(None, e.get("actors", "").split(";")):
            if item.split(":")[0] not in aids:
                errs.append(f"unknown actor {item} in {e.get('id') or e.get('same_as')}")
    for s in series:
        for c in ("reporter", "partner"):
            if s[c] and s[c] not in aids:
                errs.append(f"unknown actor {s[c]} in {s['id']}")
    return errs


def write(name: str, fields: list[str], rows: list[dict]) -> None:
    path = DATA / name / f"{SID}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n", extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in fields})


def main() -> int:
    errs = check()
    for e in errs:
        print("error:", e)
    if errs:
        return 1
    if "--dry-run" not in sys.argv:
        write("actors", ["id", "name", "kind", "aliases", "note"], actors)
        write("episodes", ["id", "same_as", "title", "kind", "date_text", "start", "end", "summary",
                           "actors", "quote", "locator"], episodes)
        write("periods", ["id", "same_as", "name", "kind", "date_text", "start", "end", "actor",
                          "quote", "locator"], periods)
        write("series", ["id", "title", "indicator", "category", "unit", "scale", "unit_label",
                         "reporter", "partner", "table", "table_title", "note"], series)
        write("observations", ["series", "period", "value_text", "value", "flag", "flag_reason",
                               "quote", "locator"], observations)
    print(f"episodes {len(episodes)} (defining {sum(1 for e in episodes if not e.get('same_as'))}), "
          f"periods {len(periods)}, actors {len(actors)}, series {len(series)}, "
          f"observations {len(observations)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
