"""Extract source `pj2003` ("Peru and Japan: an uneasy relationship", written late 2003).

Usage:  python tools/extract_pj2003.py [SEED_PATH]

Reads the raw scraped seed (default ../shared/seeds/000_8b0e7ea9db805183.txt), and writes
  data/texts/pj2003.txt                 cleaned text (glosses removed, tables one row per line)
  data/{actors,episodes,periods,series,observations}/pj2003.csv

The raw page splices the hosting site's dictionary/encyclopedia glosses into sentences; each is
cut out below (GLOSS_CUTS), by anchors that must each occur exactly once. Where the scrape lost
words (sentences cut off), the cleaned text marks the gap with "[…]" and nothing is invented.
The tables are reassembled one table row per line, cells separated by " | ".

This is a curation tool: the app and the tests never import it. What ships is its reviewed output.

After running this script, run tools/extract_review.py: it re-applies the cross-source
review (shared actor notes, renamed ids, audit additions); it is idempotent.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SOURCE = "pj2003"
DEFAULT_SEED = REPO.parent / "shared" / "seeds" / "000_8b0e7ea9db805183.txt"

NB = "\xa0"
GAP = "[…]"   # marks words lost from the scraped page (never filled in)

# ---------------------------------------------------------------------------------------------
# 1. Cleaning the prose
# ---------------------------------------------------------------------------------------------
# (start anchor, end anchor, replacement): the span from the first character of `start` to the
# last character of `end` (the first `end` after `start`) is replaced by `replacement`.
GLOSS_CUTS = [
    # "Alberto Fujimori Alberto Ken'ya Fujimori (Spanish IPA: [...], Japanese IPA: , a descendant"
    ("Alberto Fujimori Alberto Ken'ya Fujimori", "Japanese IPA: ,", "Alberto Fujimori,"),
    ("immigration immigration," + NB + "entrance", "may be very important. " + NB, "immigration "),
    ("retribution RETRIBUTION.", "rewards and punishments. " + NB, "retribution "),
    ("sever TO SEVER, practice.", "See Severance. " + NB, "sever "),
    ("nationalization nationalization," + NB, "as the construction of " + NB, "nationalization "),
    ("(ODA ODA - Open Document", "Office Document Architecture). )", "(ODA)"),
    ("Agency The Japan International Cooperation Agency (",
     "Joint Intelligence Collecting Agency\n)", "Agency (JICA)"),
    ("disinvestment Disinvestment\n", "depleted capital goods.\n\n" + NB, "disinvestment "),
    ("Affairs foreign affairs\nAffairs concerning", "in foreign countries.\n" + NB, "Affairs "),
    ("mediate MEDIATE, POWERS.", "is a primary power. " + NB, "mediate "),
    # "(IMF IMF" + a lost passage: the sentence is cut off after "(IMF"
    ("Fund (IMF IMF\n", "Fund (IMF IMF", "Fund (IMF " + GAP),
    # "refinance Refinance" + a Paris Club gloss: the sentence is cut off after "refinance"
    ("refinance Refinance\n", "that cannot service their debt.", "refinance " + GAP),
    ("Hashimoto Ryutaro Hashimoto (", "to July 30, 1998. " + NB, "Hashimoto "),
    ("(now JBIC JBIC Japan Bank", "(国際協力銀行" + NB + " )",
     "(now JBIC, the Japan Bank for International Cooperation)"),
    ("Luminoso Noun 1. Sendero Luminoso -", "House speaker Joseph G. Cannon. .",
     "Luminoso (Shining Path) insurgents."),
    ("Tupac Amaru Tupac Amaru" + NB, "with the ELN in Bolivia )", "Tupac Amaru (MRTA)"),
    ("PROMPEX PROMPEX Comisión", "for Export Promotion, Peru)" + NB, "PROMPEX"),
    ("ADEX ADEX Athens", "de Exportadores (Peru)" + NB + "\n", "ADEX"),
    ("crafts arts and crafts," + NB + "term", "the decorative arts. ", "crafts"),
    ("Most importantly Adv. 1.", "above all, most especially\n", "Most importantly"),
    # a paragraph whose beginning is lost: " had improved, and Peru was classified ..."
    ("\n\n" + NB + "had improved", "\n\n" + NB + "had improved", "\n\n" + GAP + " had improved"),
    ("disbursement DISBURSEMENT.", "to advance money.\n" + NB, "disbursement "),
    # "income remittance" + its gloss + a lost passage + a gloss of "mire" + " in recession, ..."
    ("income remittance Money sent", "the mire of poverty.\n\n" + NB, "income remittance " + GAP + " "),
    ("Montesinos Vladimiro Lenin Montesinos Torres", "under President Alberto Fujimori. ", "Montesinos"),
    # "money laundering" + its gloss; the rest of the sentence is lost
    ("money laundering The process", "into seemingly legitimate funds.\n", "money laundering " + GAP + "\n\n"),
    ("extradition extradition" + NB, "asserts jurisdiction over him. " + NB, "extradition "),
    ("consulate Consulate," + NB, "which ended the Directory. " + NB, "consulate "),
    ("Alejandro Toledo Alejandro Toledo (Alejandro", "former President Alan García. " + NB, "Alejandro Toledo "),
    # a gloss of "irritated" standing where the start of the sentence was lost
    ("\n\nv. ir·ri·tat·ed", "bossy voice that irritates listeners.\n" + NB, "\n\n" + GAP + " "),
    ("exponent exponent," + NB + "in mathematics", "Frankfurt and Munich. " + NB,
     "exponent of realism was Hans Morgenthau "),
    ("Clarion University of Pennsylvania Clarion University", "Higher Education (PASSHE). " + NB + "\n",
     "Clarion University of Pennsylvania\n\n"),
    # a stray fragment whose beginning is lost (its sentence recurs in the Dekasegi section)
    ("\n. Second was copper, with $772", "\n. Second was copper, with $772", "\n" + GAP + ". Second was copper, with $772"),
]


def remove_glosses(raw: str) -> str:
    text = raw
    for start, end, replacement in GLOSS_CUTS:
        assert text.count(start) == 1, (start, text.count(start))
        i = text.index(start)
        j = text.index(end, i) + len(end)
        assert j - i < 1200, (start, j - i)
        text = text[:i] + replacement + text[j:]
    return text


# ---------------------------------------------------------------------------------------------
# 2. Reassembling the tables (one row per line, cells joined by " | ")
# ---------------------------------------------------------------------------------------------
def _between(raw: str, start: str, end: str) -> list[str]:
    i = raw.index(start)
    return raw[i:raw.index(end, i)].split("\n")


def _cells(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


def parse_table1(raw: str):
    """Table 1 prints its ten columns in five blocks; rows are [label, indented, cells]."""
    periods, rows, current = [], [], 0
    for line in _between(raw, "Trade between Peru and Japan, 1971-2000", "Note: Total numbers")[1:]:
        if not line.strip():
            continue
        if re.fullmatch(r"[\d\- ]+", line.strip()):
            periods.extend(_cells(line))
            current = 0
            continue
        cells = _cells(line)
        indented = line.startswith("  ")
        if len(rows) <= current:
            rows.append([cells[0], indented, []])
        assert (rows[current][0], rows[current][1]) == (cells[0], indented), (rows[current], line)
        rows[current][2].extend(cells[1:])
        current += 1
    assert all(len(r[2]) == len(periods) == 10 for r in rows)
    return periods, rows


T2_PERIODS = ["To 1965", "1966-1970", "1971-1975", "1976-1980", "1981-1985", "1986-1990",
              "1991-1995", "1996-2000", "1951-2000"]


def parse_table2(raw: str):
    """Fixed-width: value columns end at characters 25, 39 and 53; a blank cell stays ''."""
    lines = _between(raw, "Japan's FDI in Latin America and the Caribbean", "Source: Japan's Ministry of Finance")[1:]
    rows: dict[str, list[str]] = {}
    for line in lines:
        if not line.strip() or re.fullmatch(r"[\d\-To ]+", line.strip()):
            continue
        label = line[:12].strip()
        cells = []
        for edge in (25, 39, 53):
            m = re.search(r"(\S+)$", line[:edge]) if len(line) >= edge else None
            cells.append(m.group(1) if m and edge - len(m.group(1)) >= 12 else "")
        rows.setdefault(label, []).extend(cells)
    assert all(len(v) == 9 for v in rows.values()), rows
    return list(rows.items())


def parse_table3(raw: str):
    lines = _between(raw, "Japan's ODA Disbursements to Peru", "Source: Ministry of Foreign Affairs, Japan's Official")
    rows: dict[str, list[str]] = {}
    for line in lines:
        m = re.match(r"^(\d{4}|Total ac-)\s+(\S+)\s+(\S+)\s+(\S+)\s*$", line)
        if m:
            rows.setdefault(m.group(1), []).extend(m.groups()[1:])
    assert len(rows) == 13 and all(len(v) == 6 for v in rows.values())
    return list(rows.items())


def parse_table4(raw: str):
    lines = _between(raw, "The Top Five Aid Donors to Peru", "Source: Ministry of Foreign Affairs, Japan's Official")[1:]
    years: list[str] = []
    cells: dict[str, list[str]] = {}
    block_years: list[str] = []
    pending = None
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if re.fullmatch(r"[\d ]+", s):
            block_years = s.split()
            years.extend(block_years)
        elif re.match(r"^\d(st|nd|rd|th)\b", s):
            pending = (s.split()[0], s.split()[1:])
        else:
            values = s.split()
            rank, donors = pending
            assert len(donors) == len(values) == len(block_years), (donors, values)
            cells.setdefault(rank, []).extend(f"{d} {v}" for d, v in zip(donors, values, strict=True))
    return years, list(cells.items())


def parse_pairs(raw: str, start: str, end: str):
    out = []
    for line in _between(raw, start, end):
        for year, value in re.findall(r"\b(19\d\d|20\d\d)\s+([\d,]+)", line):
            out.append((year, value))
    return sorted(out)


TABLE5_ROWS = [  # (section, project, type of finance, closing, amount/co-lender) as printed
    ("I", "Bank loan number 2 to COFIDE", "Export loan", "Sept. 1993", "US$50 m. (J¥5 bn)"),
    ("I", "San Gaban Hydroelectric Power Plant Project", "Untied loan", "March 1995", "US$155 m."),
    ("I", "Transmission of Electricity", "Untied loan", "March 1995", "US$22.5m./IDB"),
    ("I", "El Nino credit line", "Export loan", "March 1998", "US$50m. (J¥7000)"),
    ("I", "Bank loan number 3 to COFIDE", "Export loan", "May 1999", "J¥ 5 billion"),
    ("II", "Multisector Credit Program", "Untied loan", "Feb. 1996", "US$100m./IDB"),
    ("II", "Co-financing with World Bank Pension Reform Adjustment Loan", "Untied loan", "Feb. 1997", "US$80m./IBRD"),
    ("II", "Parallel Lending with IMF Extended Fund Facility", "Untied loan", "Feb. 1997", "US$38m./IMF"),
    ("II", "Multisector Credit Program, Stage II", "Untied loan", "May 1999", "US$200m/IDB"),
]

TABLE6_ROWS = [  # (project, financing in ¥ millions, agency, dates) as printed, wrapped lines joined
    ("Lima-Chimbote Transmission Line", "5,400", "Electro Peru", "1979 *"),
    ("Lima-Chimbote Transmission Line II", "1,500", "Electro Peru", "1981 *"),
    ("Telecommunication System Installation", "3,600", "Entel Peru", "1982 *"),
    ("Cargo Handling Machinery Project", "1,743", "Enapu Peru", "1983 *"),
    ("Road Improvement Project (equipment supply)", "2,310", "Ministry of Transport", "1983 *"),
    ("Transmission Lines Improvement Project", "1,646", "Electro Peru", "1985 *"),
    ("Lima Telephone Line Expansion Project", "9,870", "Co. Peruana de", "1990 *"),
    ("Health Service Strengthening Project", "2,240", "Ministry of Health", "1994 +"),
    ("Lima-Callao Water & Sewage Project", "8,427", "Sedapal", "1996 +"),
    ("Callao Port Development Project", "16,624", "Ministry of Transport", "1996"),
    ("Irrigation Sub-Sector Project", "6,723", "COFIDE", "1996"),
    ("Yuncan Hydroelectric Power Plant", "33,000", "EGECEN", "1996"),
    ("Rural Road Improvement Project", "16,421", "Ministry of Transport", "1996"),
    ("Southern Lima Sewage Improvement Project", "12,660", "Sedapal", "1996"),
    ("Sierra Natural Resources Mgt., Poverty Alleviation", "5,677", "Ministry of Agriculture", "1997"),
    ("Rural Road Rehabilitation Project (II)", "9,184", "Ministry of Transport", "1997"),
    ("Social Sector Development in Amazon", "5,976", "Ministry of Energy", "1997"),
    ("Pomacocha Water Resources Project", "11,640", "Sedapal", "1997"),
    ("Electric Frontier Expansion Project I", "10,140", "Ministry of Energy", "1997"),
    ("El Nino-affected Highway Rehabilitation", "15,833", "Ministry of Transport", "1999"),
    ("Sierra Natural Resources Mgt & Poverty Alleviation (II)", "7,259", "Ministry of Agriculture", "1999"),
    ("Social Sector Development in Sierra Region", "7,003", "FONCODES", "1999"),
    ("Piura-Castilla, Chimbote Water Supply & Sewage", "13,901", "Ministry of the Presidency", "1999"),
    ("Electric Frontier Expansion Project (II)", "13,157", "Ministry of Energy", "1999"),
]


TABLE6_WRAPPED = {  # project names printed over two lines: their first line
    "Road Improvement Project (equipment supply)": "Road Improvement Project",
    "Sierra Natural Resources Mgt., Poverty Alleviation": "Sierra Natural Resources Mgt., Poverty",
    "Sierra Natural Resources Mgt & Poverty Alleviation (II)": "Sierra Natural Resources Mgt &",
    "Piura-Castilla, Chimbote Water Supply & Sewage": "Piura-Castilla, Chimbote Water Supply",
}


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def verify_hand_tables(raw: str) -> None:
    """Every hand-joined Table 5/6 cell must be found, word for word, in the raw table block."""
    t5 = _squash(raw[raw.index("Financial Support to Peru by JEXIM"):raw.index("Source: Export-Import Bank")])
    t5 = t5.replace("J[yen]", "J¥")
    for _, project, kind, closing, amount in TABLE5_ROWS:
        for words in (project.split(" Plant")[0].split(" Pension")[0].split(" Extended")[0].split(", Stage")[0],
                      kind, closing, amount):
            assert words in t5, words
        assert re.search(re.escape(project.split(" ")[0]) + r".{0,80}" + re.escape(closing), t5), project
    t6 = raw[raw.index("List of OECF Loans to Peru"):raw.index("Source: OECF, Lima Office")]
    blocks = t6.split("Project *")
    fin, agency, dates = blocks[1], blocks[2], blocks[3]
    for project, amount, ag, date in TABLE6_ROWS:
        head = TABLE6_WRAPPED.get(project, project)
        for block, cell in ((fin, amount), (dates, date)):
            m = re.search(re.escape(head) + r"\s+" + re.escape(cell) + r"\s*\n", _squash_keep_lines(block))
            assert m, (project, cell)
        ag_words = _squash(agency)
        assert head in ag_words and all(w in ag_words for w in ag.split()), (project, ag)


def _squash_keep_lines(s: str) -> str:
    return "\n".join(re.sub(r"\s+", " ", line).strip() for line in s.split("\n"))


def render_tables(raw: str) -> str:
    out: list[str] = []
    add = out.append
    # Table 1
    periods, rows = parse_table1(raw)
    add("Table 1\n")
    add("Trade between Peru and Japan, 1971-2000 (annual averages, US$ millions)")
    add("| " + " | ".join(periods))
    for label, indented, cells in rows:
        add(("  " if indented else "") + " | ".join([label] + cells))
    add("\nNote: Total numbers do not always round off to total amount of exports or imports.\n")
    add("Source: JETRO, White Paper on International Trade, various issues.\n")
    # Table 2
    add("Table 2\n")
    add("Japan's FDI in Latin America and the Caribbean (US$ millions)")
    add("| " + " | ".join(T2_PERIODS))
    for label, cells in parse_table2(raw):
        add(" | ".join([label] + cells))
    add("\nSource: Japan's Ministry of Finance, various years\n")
    # Table 3
    add("Table 3\n")
    add("Japan's ODA Disbursements to Peru (US$ millions)")
    add("Year | Grant Aid | Tech Coop | Total | Loan Aid Gross | Loan Aid Net | Total")
    for label, cells in parse_table3(raw):
        add(" | ".join([label] + cells))
    add("\nSource: Ministry of Foreign Affairs, Japan's Official Development Assistance, various years.\n")
    # Table 4
    years, ranks = parse_table4(raw)
    add("Table 4\n")
    add("The Top Five Aid Donors to Peru (US$ millions)")
    add("| " + " | ".join(years))
    for rank, cells in ranks:
        add(" | ".join([rank] + cells))
    add("\nSource: Ministry of Foreign Affairs, Japan's Official Development Assistance, Annual Report, various issues")
    add("Ger. = Germany; Neth. = Netherland; Switz = Switzerland\n")
    # Table 5
    add("Table 5\n")
    add("Financial Support to Peru by JEXIM")
    add("Project | Type of Finance | Closing | co-lender")
    section = None
    for sec, project, kind, closing, amount in TABLE5_ROWS:
        if sec != section:
            section = sec
            add({"I": "I. Supporting Infrastructure Development",
                 "II": "II. Supporting Macroeconomic Development and Financial Needs of Private"}[sec])
        add(" | ".join([project, kind, closing, amount]))
    add("\nIII. Supporting Japanese Foreign Direct Investment")
    add("(Participation of Japanese companies in the mining sector)")
    add("* Huansala Mines Development Project (Mitsui Mining & Smelting)")
    add("* Rifineria Cajamarquilla S.A. Modernization Project (Mitsui & Co.)")
    add("* Antamina Copper/Zinc Mining Complex Development Project (Mitsubishi Corporation)")
    add("\nSource: Export-Import Bank of Japan\n")
    # Table 6
    add("Table 6\n")
    add("List of OECF Loans to Peru (J¥ millions)")
    add("Project * | Financing | Agency | Dates")
    for row in TABLE6_ROWS:
        add(" | ".join(row))
    add("\n* completed, + co-financing IDB (1994), IDRC (1996).\n")
    add("In 1991 Japan provided $421 million for structural adjustment\n")
    add("Source: OECF, Lima Office\n")
    # Table 7
    add("Table 7\n")
    add("Number of Peruvians Registered in Japan")
    for year, value in parse_pairs(raw, "Number of Peruvians Registered in Japan", "Source: JETRO, Nippon"):
        add(f"{year} | {value}")
    add("\nSource: JETRO, Nippon various years; Immigration Bureau, Ministry of Justice of Japan for the "
        "1996 to 2000 data.\n")
    # Figure 1
    add("Figure 1.\n")
    add("Technical Cooperation from Japan (JICA) to Peru, 1979-1989 (US$ thousands)")
    for year, value in parse_pairs(raw, "(US$ thousands)", "Note: Table made from bar graph."):
        add(f"{year} | {value}")
    add("\nNote: Table made from bar graph.")
    return "\n".join(out) + "\n"


def clean_text(raw: str) -> str:
    text = remove_glosses(raw)
    prose = text[:text.index("\nTable 1\n")].rstrip() + "\n"
    assert "Terms of use" not in prose
    prose = re.sub(r"[ \t]+\n", "\n", prose)
    prose = re.sub(r"\n{3,}", "\n\n", prose)
    verify_hand_tables(raw)
    cleaned = prose + "\n" + render_tables(raw)
    assert NB not in cleaned and "\ufffd" not in cleaned and "[yen]" not in cleaned
    return cleaned


# ---------------------------------------------------------------------------------------------
# 3. Locators: "§ <section>, ¶<n>" for prose, computed from the cleaned text
# ---------------------------------------------------------------------------------------------
HEADINGS = {
    "Developing a Relationship": "Developing a Relationship",
    "Evolving Peruvian-Japanese Economic Relations until 1990": "Evolving Peruvian-Japanese Economic Relations until 1990",
    "Economic Relations under the Fujimori Administration (1990-2000)": "Economic Relations under the Fujimori Administration (1990-2000)",
    "Japanese Foreign Direct Investment": "Japanese Foreign Direct Investment",
    "The Dekasegi Phenomenon": "The Dekasegi Phenomenon",
    "The Fujimori Saga in 2000-2001": "The Fujimori Saga in 2000-2001",
    "Concluding Remarks": "Concluding Remarks",
}
SUBHEADINGS = {"Trade Relations", "Development Assistance"}


def paragraph_index(text: str) -> list[tuple[int, int, str]]:
    """(start, end, locator) for every prose paragraph of the cleaned text."""
    prose = text[:text.index("\nTable 1\n")]
    out, section, sub, n = [], "Introduction", None, 0
    pos = 0
    for block in prose.split("\n\n"):
        start = prose.index(block, pos)
        pos = start + len(block)
        b = block.strip()
        if not b or b == "Clarion University of Pennsylvania":
            continue
        if b in HEADINGS:
            section, sub, n = HEADINGS[b], None, 0
            continue
        if b in SUBHEADINGS:
            sub, n = b, 0
            continue
        if b.startswith("Peru and Japan: an uneasy relationship"):
            continue
        m = re.match(r"^\((\d+)\.\)", b)
        if m:
            out.append((start, pos, f"Note ({m.group(1)}.)"))
            continue
        if b.startswith("Abstract."):
            out.append((start, pos, "Abstract"))
            continue
        n += 1
        name = f"{section} › {sub}" if sub else section
        out.append((start, pos, f"§ {name}, ¶{n}"))
    return out


def locate(text: str, quote: str) -> str:
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    assert m, f"quote not in text: {quote!r}"
    for start, end, loc in paragraph_index(text):
        if start <= m.start() < end:
            return loc
    raise AssertionError(f"quote outside the prose: {quote!r}")


# ---------------------------------------------------------------------------------------------
# 4. Actors
# ---------------------------------------------------------------------------------------------
ACTORS = [  # id, name, kind, aliases, note   (names/kinds agree with the other curators' files)
    ("PER", "Peru", "country", "Perú;Republic of Peru", ""),
    ("JPN", "Japan", "country", "", ""),
    ("USA", "United States", "country", "United States of America;US;U.S.;USA;U.S.A", ""),
    ("BRA", "Brazil", "country", "", ""),
    ("MEX", "Mexico", "country", "", ""),
    ("CHL", "Chile", "country", "", ""),
    ("ARG", "Argentina", "country", "", ""),
    ("VEN", "Venezuela", "country", "", ""),
    ("PAN", "Panama", "country", "", ""),
    ("CYM", "Cayman Islands", "country", "Cayman Is", "British overseas territory (ISO 3166-1 CYM)"),
    ("BHS", "Bahamas", "country", "", ""),
    ("BMU", "Bermuda", "country", "", "British overseas territory (ISO 3166-1 BMU)"),
    ("ITA", "Italy", "country", "", ""),
    ("DEU", "Germany", "country", "Ger.", ""),
    ("NLD", "Netherlands", "country", "The Netherlands;Netherland;Neth.", ""),
    ("ESP", "Spain", "country", "", ""),
    ("CHE", "Switzerland", "country", "Switz.;Switz", ""),
    ("FRA", "France", "country", "", ""),
    ("GBR", "United Kingdom", "country", "U.K.;UK", ""),
    ("CAN", "Canada", "country", "", ""),
    ("BEL", "Belgium", "country", "", ""),
    ("SWE", "Sweden", "country", "", ""),
    ("CHN", "China", "country", "", ""),
    ("IDN", "Indonesia", "country", "", ""),
    ("THA", "Thailand", "country", "", ""),
    ("PHL", "Philippines", "country", "", ""),
    ("KEN", "Kenya", "country", "", ""),
    ("LAC", "Latin America and the Caribbean", "region", "Latin America;LAC", ""),
    ("WLD", "World", "region", "", ""),
    ("alberto-fujimori", "Alberto Fujimori", "person", "Fujimori", "President of Peru from 1990"),
    ("juan-velasco-alvarado", "Juan Velasco Alvarado", "person", "Velasco Alvarado;Velasco",
     "Head of Peru's military government installed in 1968"),
    ("alan-garcia", "Alan García", "person", "Alan Garcia;García;Garcia", "President of Peru 1985-90 and 2006-11 (APRA)"),
    ("alejandro-toledo", "Alejandro Toledo", "person", "Toledo", "President of Peru from 2001"),
    ("javier-perez-de-cuellar", "Javier Pérez de Cuéllar", "person", "Javier Perez de Cuellar;Pérez de Cuéllar",
     "Peruvian diplomat, Secretary-General of the United Nations 1982-91"),
    ("ryutaro-hashimoto", "Ryutaro Hashimoto", "person", "Hashimoto", "Prime Minister of Japan 1996-98"),
    ("kiichi-miyazawa", "Kiichi Miyazawa", "person", "Miyazawa", "Prime Minister of Japan 1991-93"),
    ("tesuruke-tanaka", "Tesuruke Tanaka", "person", "Tanaka",
     "Head of the Latin American division of Japan's Ministry of Foreign Affairs in 1992 (name as printed in pj2003)"),
    ("morihisa-aoki", "Morihisa Aoki", "person", "Aoki;Ambassador Aoki", "Japanese ambassador to Peru from 1994; held hostage 1996-97"),
    ("victor-aritomi", "Victor Aritomi", "person", "Víctor Aritomi;Aritomi",
     "Fujimori's brother-in-law; Peru's ambassador to Japan from February 1991 to 2000"),
    ("vladimiro-montesinos", "Vladimiro Montesinos", "person", "Montesinos",
     "Fujimori's intelligence chief; captured in June 2001"),
    ("jica", "Japan International Cooperation Agency", "organisation", "JICA", "Japan's technical-cooperation agency"),
    ("oecf", "Overseas Economic Cooperation Fund", "organisation", "OECF",
     "Japan's ODA loan agency; 'now JBIC' in the 2003 text (merged into JBIC in 1999)"),
    ("jexim", "Export-Import Bank of Japan", "organisation", "JEXIM;Japan Export-Import Bank;JEXIM Bank",
     "Japan's export-credit bank; merged into JBIC in 1999"),
    ("jbic", "Japan Bank for International Cooperation", "organisation", "JBIC", "Formed in 1999 from the OECF and JEXIM"),
    ("jetro", "Japan External Trade Organization", "organisation", "JETRO", "Japan's trade-promotion agency"),
    ("imf", "International Monetary Fund", "organisation", "IMF", ""),
    ("un", "United Nations", "organisation", "UN", ""),
    ("oas", "Organization of American States", "organisation", "OAS", ""),
    ("idb", "Inter-American Development Bank", "organisation", "IDB", ""),
    ("world-bank", "World Bank", "organisation", "IBRD;International Bank for Reconstruction and Development", ""),
    ("peru-support-group", "Support Group for Peru", "organisation", "support group;Grupo de Apoyo",
     "Creditor and donor countries that backed Peru's clearing of its arrears with the IMF in the early 1990s"),
    ("japan-mofa", "Ministry of Foreign Affairs of Japan", "organisation", "MOFA;Japan's Ministry of Foreign Affairs", ""),
    ("japan-immigration-bureau", "Immigration Bureau of Japan", "organisation",
     "Immigration Bureau, Ministry of Justice of Japan", ""),
    ("peru-mef", "Ministry of Economy and Finance of Peru", "organisation", "Ministry of Economics and Finance;MEF", ""),
    ("peru-japan-chamber-of-commerce", "Peruvian Japanese Chamber of Commerce", "organisation", "",
     "Private initiative founded in 1967 to promote trade"),
    ("prompex", "PROMPEX", "organisation", "Comisión para la Promoción de Exportaciones",
     "Peru's government export-promotion agency"),
    ("adex", "ADEX", "organisation", "Asociación de Exportadores", "Peruvian private exporters' association"),
    ("promchile", "PromChile", "organisation", "ProChile", "Chile's state-backed export-promotion agency"),
    ("cofide", "COFIDE", "organisation", "Corporación Financiera de Desarrollo", "Peru's state development-finance corporation"),
    ("electroperu", "Electroperú", "company", "ElectroPeru;Electro Peru", "Peru's state electricity company"),
    ("entel-peru", "Entel Perú", "company", "Entel Peru", "Peru's state telecommunications company"),
    ("enapu", "ENAPU", "company", "Enapu Peru", "Peru's state ports company"),
    ("sedapal", "Sedapal", "company", "", "Lima's state water and sewerage company"),
    ("egecen", "EGECEN", "company", "", "Peruvian state power-generation company (Yuncan plant)"),
    ("co-peruana-de", "Co. Peruana de … (name cut off)", "company", "Co. Peruana de",
     "Executing agency of the Lima Telephone Line Expansion Project; its name is cut off in Table 6"),
    ("foncodes", "FONCODES", "organisation", "", "Peru's social-development fund"),
    ("peru-ministry-of-transport", "Ministry of Transport of Peru", "organisation", "Ministry of Transport", ""),
    ("peru-ministry-of-health", "Ministry of Health of Peru", "organisation", "Ministry of Health", ""),
    ("peru-ministry-of-agriculture", "Ministry of Agriculture of Peru", "organisation", "Ministry of Agriculture", ""),
    ("peru-ministry-of-energy", "Ministry of Energy of Peru", "organisation", "Ministry of Energy", ""),
    ("peru-ministry-of-the-presidency", "Ministry of the Presidency of Peru", "organisation", "Ministry of the Presidency", ""),
    ("mitsui-mining-smelting", "Mitsui Mining & Smelting", "company", "", "Japanese mining and smelting company"),
    ("mitsui", "Mitsui & Co.", "company", "Mitsui", "Japanese trading house"),
    ("mitsubishi", "Mitsubishi Corporation", "company", "Mitsubishi", "Japanese trading house"),
    ("refineria-cajamarquilla", "Refinería Cajamarquilla", "company", "Rifineria Cajamarquilla S.A.;Cajamarquilla",
     "Zinc refinery near Lima"),
    ("bank-of-tokyo", "Bank of Tokyo", "company", "", "Japanese bank; closed its Peru offices after a 1987 attack"),
    ("nissan", "Nissan", "company", "Nissan Motor Co.", "Japanese carmaker"),
    ("sendero-luminoso", "Sendero Luminoso", "group", "Shining Path;SL;Sendero", "Maoist insurgent group in Peru"),
    ("mrta", "Túpac Amaru Revolutionary Movement", "group",
     "MRTA;Movimiento Revolucionario Túpac Amaru;Movimiento Revolucionario Tupac Amaru", "Peruvian guerrilla group"),
]

# ---------------------------------------------------------------------------------------------
# 5. Periods
# ---------------------------------------------------------------------------------------------
PERIODS = [  # id, same_as, name, kind, date_text, start, end, actor, quote
    ("presidency-velasco", "", "Military regime of Velasco Alvarado", "military_government", "1968-75",
     "1968-10", "1975", "juan-velasco-alvarado",
     "In October 1968, the nationalist military regime of Velasco Alvarado (1968-75) seized power in Peru"),
    ("presidency-garcia-1", "", "First García government", "presidency", "1985-90", "1985", "1990", "alan-garcia",
     "Japan had not provided any loans during Garcia's tenure (1985-90)"),
    ("presidency-fujimori", "", "Fujimori government", "presidency", "1990-2000", "1990", "2000", "alberto-fujimori",
     "Economic Relations under the Fujimori Administration (1990-2000)"),
    ("transitional-government-2000", "", "Transitional government", "presidency", "2000-2001", "2000", "2001", "",
     "Peru's transitional government (2000-2001)"),
]

# ---------------------------------------------------------------------------------------------
# 6. Episodes from the prose.  Dates in date_text are the source's words; where the source gives
#    no date of its own and the date is read from context, date_text says so in [brackets].
# ---------------------------------------------------------------------------------------------
E = dict  # one row: id, same_as, title, kind, date_text, start, end, summary, actors, quote (+locator)

EPISODES = [
    E(id="", same_as="1899-first-japanese-immigrants-arrive", date_text="", start="", end="",
      actors="JPN:participant;PER:host",
      quote="Relations between Peru and Japan go back over 100 years to the time when Japanese first immigrated to Peru seeking work."),
    E(id="1900-peru-third-largest-japanese-immigrant-community", title="Peru hosts the third-largest Japanese immigrant community",
      kind="migration", date_text="For much of the last century", start="19XX", end="",
      summary="For most of the twentieth century only Brazil and the United States received more Japanese immigrants than Peru.",
      actors="PER:host;JPN:participant;BRA:participant;USA:participant",
      quote="For much of the last century, Peru had the third-largest number of Japanese immigrants after Brazil and the United States."),
    E(id="1941-japanese-immigration-to-peru-tops-33000", title="Japanese immigration to Peru passes 33,000",
      kind="migration", date_text="By 1941", start="1941", end="",
      summary="Cumulative Japanese immigration to Peru exceeded 33,000 by 1941. Most came as contract workers on cotton and sugar plantations hoping to return home, and most moved to the cities, chiefly Lima, once their contracts ended.",
      actors="JPN:participant;PER:host",
      quote="By 1941, more than 33,000 Japanese had immigrated to Peru."),
    E(id="1935-peru-restricts-japanese-immigration", title="Peru restricts Japanese immigration and businesses",
      kind="immigration_policy", date_text="In the mid-1930s", start="1935~", end="",
      summary="The Peruvian government curbed immigration from Japan and placed further restrictions on Japanese-owned businesses.",
      actors="PER:participant;JPN:target",
      quote="In the mid-1930s, the Peruvian government imposed restrictions on Japanese immigration and placed further restrictions on Japanese businesses."),
    E(id="1941-japanese-schools-closed-under-us-pressure", title="Japanese schools closed and businesses hit under US pressure",
      kind="immigration_policy", date_text="At the outbreak of war in 1941", start="1941", end="",
      summary="When the Pacific war broke out, Peru's Japanese community met reprisals and hostility; pressed by the United States, Peru closed Japanese schools and Japanese businesses suffered heavily.",
      actors="PER:perpetrator;USA:participant;JPN:target",
      quote="Under pressure from the US, Japanese schools were closed and Japanese businesses were hard hit."),
    E(id="", same_as="1941-japanese-schools-closed-under-us-pressure", date_text="At the outbreak of war in 1941",
      start="1941", end="", actors="PER:participant;JPN:target",
      quote="At the outbreak of war in 1941, the Japanese community in Peru faced retribution and hostility."),
    E(id="1941-peru-severs-ties-japanese-embassy-closed", title="Peru severs ties with Japan; Japanese Embassy closed",
      kind="diplomatic", date_text="[after the outbreak of war in 1941]", start="1941~", end="",
      summary="Washington wanted Peru to cut its ties with Japan; this led to the closing of Japan's embassy in Lima.",
      actors="PER:participant;JPN:target;USA:participant",
      quote="The US government wanted Peru to sever its ties with Japan, and this led to the closure of the Japanese Embassy"),
    E(id="1960-japan-emerges-as-donor-to-peru", title="Japan becomes a significant aid donor to Peru",
      kind="aid", date_text="in the 1960s", start="196X", end="",
      summary="As Japan grew into a donor nation, Peru became one of its aid recipients and Japan gained importance for Peru; Japan coordinated its Latin American moves with the United States.",
      actors="JPN:donor;PER:recipient;USA:participant",
      quote="As Japan began to take a more significant role as a donor nation in the 1960s, it became more important to Peru, one of its recipient countries."),
    E(id="1967-peruvian-japanese-chamber-of-commerce", title="Peruvian Japanese Chamber of Commerce founded",
      kind="institution", date_text="In 1967", start="1967", end="",
      summary="A private initiative set up the Peruvian Japanese Chamber of Commerce to promote trade.",
      actors="peru-japan-chamber-of-commerce:subject;PER:participant;JPN:participant",
      quote="In 1967, a private initiative was forged, creating the Peruvian Japanese Chamber of Commerce to promote trade."),
    E(id="1968-velasco-military-coup", title="Velasco Alvarado's military coup",
      kind="coup", date_text="In October 1968", start="1968-10", end="",
      summary="The nationalist military regime of Juan Velasco Alvarado took power in Peru.",
      actors="juan-velasco-alvarado:leader;PER:subject",
      quote="In October 1968, the nationalist military regime of Velasco Alvarado (1968-75) seized power in Peru"),
    E(id="1968-velasco-nationalizes-american-companies", title="Velasco regime nationalizes US companies",
      kind="investment", date_text="In October 1968 (after seizing power)", start="1968-10", end="",
      summary="After seizing power the military government nationalized several American companies; it assured Japan that nationalization concerned only the Americans.",
      actors="PER:participant;USA:target;juan-velasco-alvarado:leader",
      quote="seized power in Peru and nationalized several American companies"),
    E(id="1968-peru-japan-commercial-expansion", title="Commercial ties with Japan expand dramatically",
      kind="trade", date_text="[after October 1968]", start="1968~", end="",
      summary="Trade and commercial contacts grew sharply once Peru's government published its development plans and asked Japan for investment, credits and technical assistance, above all in mining and oil exploration.",
      actors="PER:participant;JPN:participant",
      quote="Commercial contacts between Japan and Peru then underwent a dramatic expansion"),
    E(id="1968-velasco-assures-japan-on-nationalization", title="Velasco government reassures Japan over nationalization",
      kind="diplomatic", date_text="[Velasco government, 1968-75]", start="[1968..1975]", end="",
      summary="The military government told Japan that its nationalizations were purely a dispute with the United States.",
      actors="PER:participant;JPN:participant;juan-velasco-alvarado:leader",
      quote="The Velasco government made assurances to the Japanese that nationalization was purely an issue with the Americans."),
    E(id="1970-japan-imports-peruvian-copper-lead-zinc", title="Japanese firms import Peruvian copper, lead and zinc",
      kind="trade", date_text="By 1970", start="1970", end="",
      summary="Japanese firms were importing significant quantities of Peruvian copper, lead and zinc to secure raw materials for Japan's fast growth.",
      actors="JPN:participant;PER:participant",
      quote="By 1970, Japanese firms were importing significant amounts of copper, lead, and zinc from Peru."),
    E(id="1970-japan-expands-commercial-representation-in-lima", title="Japan expands its commercial representation in Lima",
      kind="diplomatic", date_text="That year [1970]", start="1970", end="",
      summary="Japan enlarged its commercial representation in Lima.",
      actors="JPN:participant;PER:host",
      quote="That year Japan expanded its commercial representation in Lima."),
    E(id="1970-official-trade-delegations-meet", title="Official trade delegations meet in Tokyo and Lima",
      kind="trade", date_text="[c. 1970-71]", start="[1970..1971]", end="",
      summary="Official Peruvian and Japanese trade delegations met in both capitals.",
      actors="PER:participant;JPN:participant",
      quote="Official trade delegations met in Tokyo and Lima"),
    E(id="1971-first-japan-peru-mining-cooperation-agreement", title="First Japan–Peru mining cooperation agreement",
      kind="treaty", date_text="in 1971", start="1971", end="",
      summary="Peru and Japan signed their first agreement on cooperation in mining.",
      actors="PER:signatory;JPN:signatory",
      quote="in 1971 the two countries signed their first mining cooperation agreement"),
    E(id="1970-peru-top-lac-recipient-of-japanese-oda", title="Peru is Japan's largest ODA recipient in Latin America",
      kind="aid", date_text="In the early 1970s", start="1970~", end="1973~",
      summary="In the early 1970s Peru received more Japanese official development assistance than any other Latin American country.",
      actors="JPN:donor;PER:recipient;LAC:participant",
      quote="In the early 1970s, Peru was the largest recipient of Japan's official development assistance (ODA) in Latin America"),
    E(id="1980-peru-share-of-japanese-oda-declines", title="Peru's share of Japanese ODA declines",
      kind="aid", date_text="During the 1980s", start="198X", end="",
      summary="Peru's share of Japan's aid fell in the 1980s, although Japan remained Peru's second most important aid provider.",
      actors="JPN:donor;PER:recipient",
      quote="During the 1980s, Peru's share of Japan's ODA decreased even though Japan was still the second most important provider of aid"),
    E(id="1980-jica-technical-assistance-grows", title="JICA technical assistance to Peru grows",
      kind="aid", date_text="[During the 1980s]", start="198X", end="",
      summary="Technical assistance through JICA increased, notably for exploring and mapping mineral resources and for feasibility studies (see Figure 1).",
      actors="jica:donor;JPN:donor;PER:recipient",
      quote="Japan's technical assistance, channeled through the Japan International Cooperation Agency (JICA), increased"),
    E(id="1973-first-japanese-oda-loan-to-peru", title="First Japanese ODA loan to Peru (ElectroPeru, Lima–Chimbote lines)",
      kind="finance", date_text="in 1973", start="1973", end="",
      summary="Japan's ODA lending to Peru began with a credit to ElectroPeru for transmission lines between Lima and Chimbote, at 3.5% interest over 25 years. Table 6 lists this project (Lima-Chimbote Transmission Line) under 1979.",
      actors="JPN:lender;PER:borrower;electroperu:borrower",
      quote="ODA loans to Peru started in 1973 when the first credit was extended to ElectroPeru to construct transmission lines between Lima and Chimbote."),
    E(id="1976-japanese-oda-loans-at-5-percent", title="Further Japanese ODA loans at 5% interest",
      kind="finance", date_text="in 1976-78", start="1976", end="1978",
      summary="Further Japanese credit lines were granted at 5% interest repayable over 20 years; later ones carried 4.24%. They financed electricity transmission, telecommunications and roads.",
      actors="JPN:lender;PER:borrower",
      quote="others were granted in 1976-78 at 5% interest repayable in 20 years, and others followed at 4.24% interest"),
    E(id="1976-peru-second-largest-lac-host-of-japanese-fdi", title="Peru second-largest Latin American host of Japanese FDI",
      kind="investment", date_text="Until 1976", start="1976", end="",
      summary="Up to 1976 only one Latin American country received more Japanese direct investment than Peru.",
      actors="JPN:investor;PER:host",
      quote="Until 1976 Peru was the second largest recipient of Japanese FDI in Latin America."),
    E(id="1977-mexico-overtakes-peru-in-japanese-fdi", title="Mexico overtakes Peru as a host of Japanese FDI",
      kind="investment", date_text="After 1977", start="1977~", end="",
      summary="From 1977 Japanese investment in Mexico grew and surpassed that in Peru.",
      actors="JPN:investor;MEX:host;PER:host",
      quote="After 1977 Japanese investments increased in Mexico, surpassing Peru."),
    E(id="", same_as="1980-crisis-drives-japanese-investment-away", date_text="During the second half of the 1980s",
      start="1985~", end="1989", actors="JPN:investor;PER:host",
      quote="During the second half of the 1980s, Peru suffered the sharpest degree of Japanese net disinvestment in the region"),
    E(id="1985-yen-appreciation-spurs-japanese-fdi", title="Strong yen and bubble economy spur Japanese FDI",
      kind="investment", date_text="in the mid-1980s", start="1985~", end="",
      summary="The yen's appreciation and the bubble economy stimulated Japanese foreign investment, which went to Mexico and Chile rather than Peru.",
      actors="JPN:investor;MEX:host;CHL:host",
      quote="Japanese FDI had been stimulated by the appreciation of the yen in the mid-1980s"),
    E(id="1985-japan-makes-no-loans-to-garcia-government", title="Japan makes no loans to Peru under García",
      kind="finance", date_text="during Garcia's tenure (1985-90)", start="1985", end="1990",
      summary="Japan extended no loans to Peru throughout Alan García's first government and cut its investments.",
      actors="JPN:lender;PER:borrower;alan-garcia:subject",
      quote="Japan had not provided any loans during Garcia's tenure (1985-90) and had reduced its investments."),
    E(id="", same_as="1987-peru-stops-debt-payments", date_text="", start="", end="", actors="alan-garcia:leader;PER:borrower",
      quote="Alan Garcia's government decision not to pay Peru's foreign debt had isolated Peru in the international financial community."),
    E(id="1987-attempt-on-bank-of-tokyo-chief", title="Attempt on the life of the Bank of Tokyo's chief executive",
      kind="security", date_text="in 1987", start="1987", end="",
      summary="The chief executive of the Bank of Tokyo in Peru survived an assassination attempt; the bank later closed its offices and left the country.",
      actors="bank-of-tokyo:target;PER:host;JPN:victim",
      quote="the attempt on the life of the chief executive officer of the Bank of Tokyo in 1987"),
    E(id="1987-sendero-attack-on-nissan-plant", title="Sendero Luminoso attacks the Nissan plant",
      kind="security", date_text="that same year [1987]", start="1987", end="",
      summary="Sendero Luminoso attacked Nissan's plant in Peru.",
      actors="sendero-luminoso:perpetrator;nissan:target;PER:host",
      quote="the attack on the Nissan plant that same year by Sendero Luminoso"),
    E(id="1990-japanese-firms-scale-back-after-attacks", title="Japanese firms scale back in Peru after attacks",
      kind="investment", date_text="in the early 1990s", start="1990~", end="1993~",
      summary="After the 1987 attacks and further incidents in the early 1990s, some Japanese companies reduced their business in Peru.",
      actors="JPN:investor;PER:host",
      quote="As a result of these incidents and others that followed in the early 1990s, some Japanese firms were forced to reduce the scale of their business."),
    E(id="1990-fujimori-elected-president", title="Alberto Fujimori elected president",
      kind="election", date_text="in 1990", start="1990", end="",
      summary="Alberto Fujimori, the son of Japanese immigrants, was elected president of Peru.",
      actors="alberto-fujimori:leader;PER:subject",
      quote="culminating in the election as president in 1990 of Alberto Fujimori, a descendant of Japanese immigrants."),
    E(id="1990-japanese-public-elated-by-fujimori", title="Japanese public elated by Fujimori's election",
      kind="other", date_text="1990", start="1990", end="",
      summary="Fujimori's victory thrilled the Japanese public; surveys ranked it among the most exciting foreign news stories of 1990.",
      actors="JPN:participant;alberto-fujimori:subject",
      quote="surveys ranked his election among the most exciting foreign news stories of 1990."),
    E(id="1990-fujimori-appoints-nikkei-to-key-posts", title="Fujimori appoints nikkei to key government posts",
      kind="domestic_politics", date_text="[on taking office, 1990]", start="1990~", end="",
      summary="The new president named several prominent Japanese-Peruvians to key posts, the first time nikkei had held such positions.",
      actors="alberto-fujimori:leader;PER:subject",
      quote="The new president appointed a number of prominent nikkei to key government posts, the first time nikkei had secured such positions."),
    E(id="1990-japanese-memorandums-urge-more-aid", title="Japanese diplomatic memorandums urge more aid to Peru",
      kind="diplomatic", date_text="in the early 1990s", start="1990~", end="1993~",
      summary="Japanese diplomatic memorandums argued that more aid to Peru would enhance the image of Japan and of Japanese descendants.",
      actors="JPN:participant;PER:subject",
      quote="Japanese diplomatic memorandums in the early 1990s stressed that increasing aid to Peru would boost the image of Japanese descendants and Japan"),
    E(id="", same_as="1991-us800-million-bridge-loan", date_text="", start="", end="",
      actors="JPN:mediator;PER:borrower",
      quote="The first order of business was to mediate a bridge loan to help Peru improve its financial position."),
    E(id="1990-peru-resumes-interest-payments", title="Peru resumes interest payments on its foreign obligations",
      kind="finance", date_text="[early in Fujimori's government; undated in the text]", start="[1990..1991]", end="",
      summary="Peru resumed paying interest on its international obligations in order to restore its external credit rating.",
      actors="PER:borrower",
      quote="Peru had resumed interest payments on international obligations and wanted to restore its external credit rating."),
    E(id="1990-fujimori-meets-imf-directors", title="Fujimori meets the IMF's directors",
      kind="finance", date_text="[early in Fujimori's government; undated in the text]", start="[1990..1991]", end="",
      summary="With the help of UN Secretary-General Javier Pérez de Cuéllar, Fujimori met the directors of the IMF (the rest of the sentence is lost in the source).",
      actors="alberto-fujimori:visitor;imf:host;javier-perez-de-cuellar:mediator;un:participant",
      quote="With the help of then-Secretary General of the United Nations, Javier Perez de Cuellar, Fujimori was able to meet with the directors of the International Monetary Fund"),
    E(id="1991-support-group-for-peru-formed", title="Support Group (Grupo de Apoyo) for Peru formed",
      kind="finance", date_text="in 1991", start="1991", end="",
      summary="Eleven developed countries formed a creditor support group, led by the US and Japan, to reinsert Peru into the international financial system.",
      actors="peru-support-group:participant;PER:recipient;JPN:member;USA:member;DEU:member;ESP:member;CAN:member;FRA:member;ITA:member;BEL:member;NLD:member;SWE:member;CHE:member",
      quote="A support group of creditors, the Grupo de Apoyo, was formed in 1991 to help Peru improve its financial position."),
    E(id="1991-fujimori-commits-to-refinance-debt", title="Fujimori formally commits to refinance",
      kind="finance", date_text="[after the Support Group's formation in 1991; sentence cut off]", start="1991~", end="",
      summary="Fujimori made a formal commitment to refinance (the object of the commitment is lost from the source).",
      actors="alberto-fujimori:leader;PER:borrower",
      quote="Fujimori made a formal commitment to refinance"),
    E(id="1990-us-japan-common-agenda-on-peru", title="US and Japan pursue a common agenda on Peru",
      kind="diplomatic", date_text="Throughout the 1990s", start="199X", end="",
      summary="Washington and Tokyo consulted closely and promoted shared aid objectives for Peru.",
      actors="USA:participant;JPN:participant;PER:subject",
      quote="Throughout the 1990s both countries promoted a common agenda concerning Peru and their development assistance objectives."),
    E(id="1996-hashimoto-visits-peru", title="Prime Minister Hashimoto visits Peru",
      kind="visit", date_text="in 1996", start="1996", end="",
      summary="During a visit to Peru, Prime Minister Ryutaro Hashimoto announced that Peru had been earmarked for a new development strategy.",
      actors="ryutaro-hashimoto:visitor;JPN:visitor;PER:host",
      quote="While Prime Minister Ryutaro Hashimoto was visiting Peru in 1996, he announced that Peru had been earmarked for a new strategy of development."),
    E(id="", same_as="1999-jbic-created", date_text="", start="", end="", actors="oecf:subject;jbic:subject",
      quote="OECF (now JBIC, the Japan Bank for International Cooperation)"),
    E(id="1996-peru-earmarked-for-annual-oecf-support", title="Peru earmarked for annual OECF financing",
      kind="aid", date_text="[announced] in 1996", start="1996", end="",
      summary="Peru was to be the only Latin American country receiving yearly financial support from the OECF, with aid aimed at poverty alleviation, the social sector and infrastructure.",
      actors="oecf:lender;JPN:donor;PER:recipient",
      quote="Peru would be the only country in Latin America to receive annual financial support from the OECF"),
    E(id="1991-huaral-killing-of-jica-experts", title="Sendero Luminoso kills three JICA experts at Huaral",
      kind="security", date_text="in 1991", start="1991", end="",
      summary="Shining Path insurgents murdered three Japanese agricultural experts working for JICA in Huaral, the first serious incident in relations under Fujimori.",
      actors="sendero-luminoso:perpetrator;jica:victim;JPN:victim;PER:host",
      quote="The first incident occurred in 1991 in Huaral, where three JICA agricultural experts were assassinated by Sendero Luminoso (Shining Path) insurgents."),
    E(id="1991-japan-recalls-aid-personnel", title="Japan recalls aid personnel and freezes technical cooperation",
      kind="aid", date_text="[after the 1991 Huaral killings]", start="1991", end="",
      summary="In response to the killings Japan withdrew its aid staff and froze technical cooperation; projects stalled and technical assistance declined gradually from 1990-91.",
      actors="JPN:donor;jica:agency;PER:recipient",
      quote="In reaction to this violence, Japan recalled its aid personnel and froze technical cooperation in Peru."),
    E(id="1991-japanese-grant-aid-and-scholarships-increase", title="Japanese grant aid and training scholarships increase",
      kind="aid", date_text="[after the 1991 Huaral killings]", start="1991~", end="",
      summary="While technical cooperation shrank, non-reimbursable financial aid (funding equipment) and short-course scholarships in Japan for Peruvians rose substantially.",
      actors="JPN:donor;PER:recipient",
      quote="Non-reimbursable financial assistance, however, did increase, facilitating the provision of equipment (see Table 3)."),
    E(id="1992-fujimori-visits-japan", title="Fujimori visits Japan weeks before his self-coup",
      kind="visit", date_text="a few weeks earlier [than April 1992]", start="1992-03~", end="",
      summary="Fujimori had visited Japan only weeks before the April 1992 self-coup, which therefore took Tokyo by surprise.",
      actors="alberto-fujimori:visitor;PER:visitor;JPN:host",
      quote="The dramatic measures adopted by Fujimori caught the Japanese by surprise, since he had just visited their country a few weeks earlier"),
    E(id="", same_as="1992-fujimori-self-coup", date_text="In April 1992", start="1992-04", end="",
      actors="alberto-fujimori:perpetrator;PER:subject",
      quote="In April 1992, the president launched a self-administered coup (autogolpe) that led to the suspension of Congress, the judiciary, and the Constitution of 1979."),
    E(id="1992-miyazawa-keeps-aid-policy-after-coup", title="Miyazawa says Japan will not review aid after the coup",
      kind="diplomatic", date_text="[immediately after the April 1992 coup]", start="1992-04~", end="",
      summary="Japan did not react negatively to the self-coup: Prime Minister Kiichi Miyazawa said aid policy toward Peru would not be reviewed, while urging a prompt return to democracy.",
      actors="kiichi-miyazawa:leader;JPN:donor;PER:recipient",
      quote="Prime Minister Kiichi Miyazawa declared that Japan was not going to review its aid policy to Peru."),
    E(id="1992-tanaka-mission-to-lima", title="Japanese foreign-ministry envoy Tanaka travels to Lima",
      kind="visit", date_text="In June of that year [1992]", start="1992-06", end="",
      summary="Tesuruke Tanaka, head of the Latin American division of Japan's foreign ministry, went to Lima to talk with Fujimori and help head off OAS sanctions.",
      actors="tesuruke-tanaka:visitor;japan-mofa:participant;JPN:visitor;PER:host;alberto-fujimori:participant;oas:participant",
      quote="In June of that year, Tesuruke Tanaka, head of the Latin American division of Japan's Ministry of Foreign Affairs, traveled to Lima to talk with Fujimori and try to prevent possible OAS sanctions."),
    E(id="1995-fujimori-re-elected", title="Fujimori re-elected",
      kind="election", date_text="By 1995", start="1995", end="",
      summary="Fujimori won a second term by a comfortable margin.",
      actors="alberto-fujimori:leader;PER:subject",
      quote="By 1995, Fujimori was back in office with a comfortable margin of the vote."),
    E(id="1995-peruvians-name-japan-most-admired", title="Poll: 71% of Peruvians most admire Japan",
      kind="other", date_text="in the middle of that year [1995]", start="1995", end="",
      summary="Mid-1995 polls found 71% of Peruvians naming Japan as the country they most admired, even as Japanese sentiment toward Peru began to cool.",
      actors="PER:participant;JPN:subject",
      quote="polls showed that 71% of Peruvians chose Japan as the country they most admired"),
    E(id="1994-aoki-becomes-ambassador-to-peru", title="Morihisa Aoki becomes Japan's ambassador to Peru",
      kind="diplomatic", date_text="in 1994", start="1994", end="",
      summary="Ambassador Aoki took up his post and pressed for special treatment of Peru, including aid committed to programmes for three years at a time.",
      actors="morihisa-aoki:subject;JPN:participant;PER:host",
      quote="Ambassador Aoki, upon assuming his post in Peru in 1994, began to work diligently to see that Peru be given special consideration"),
    E(id="1996-japanese-embassy-hostage-crisis", title="MRTA seizes the Japanese ambassador's residence",
      kind="security", date_text="In 1996 ... for 127 days; in December 1996", start="1996-12",
      end="[1997-04-07..1997-05-07]",  # 127 days after a day in December 1996
      summary="MRTA guerrillas took over the residence of Japanese ambassador Morihisa Aoki and held him, several Japanese businessmen and dozens of others hostage for 127 days, targeting Japan for its close ties to Fujimori.",
      actors="mrta:perpetrator;morihisa-aoki:victim;JPN:victim;PER:host",
      quote="In 1996, Movimiento Revolucionario Tupac Amaru (MRTA) guerrillas seized the residency of the Japanese ambassador, Morihisa Aoki, and held him, several Japanese businessmen, and dozens of other hostages for 127 days."),
    E(id="", same_as="1996-japanese-embassy-hostage-crisis", date_text="in December 1996", start="1996-12", end="",
      actors="",
      quote="The seizure of the ambassador's residence in December 1996 was a setback for restoring the deployment of Japanese technical experts and volunteers to work in Peru."),
    E(id="1996-japan-advises-against-travel-to-peru", title="Japan again advises its citizens to avoid Peru",
      kind="security", date_text="[during the 1996-97 hostage crisis]", start="1996-12~", end="",
      summary="Japan's foreign ministry once more told Japanese travellers to stay away from Peru as unsafe, while Japanese public opinion turned against a presence there.",
      actors="japan-mofa:participant;JPN:participant;PER:target",
      quote="Japan's Ministry of Foreign Affairs again advised Japanese travelers to avoid Peru because it was not considered safe."),
    E(id="1996-hostage-crisis-damages-peru-image-in-japan", title="Hostage crisis damages Peru's image in Japan",
      kind="other", date_text="during these months [1996-97]", start="1996-12~", end="1997~",
      summary="Unprecedented Japanese media coverage of the crisis seriously hurt Peru's image with the Japanese public and with prospective investors.",
      actors="JPN:participant;PER:subject",
      quote="Coverage of Peru in the Japanese media during these months was unprecedented"),
    E(id="1997-aoki-resigns-as-ambassador", title="Ambassador Aoki forced to resign",
      kind="diplomatic", date_text="After the hostage crisis", start="1997~", end="",
      summary="Aoki was made to resign and take responsibility for the incident; though Fujimori gave him Peru's highest decoration, he returned to Japan in disgrace and was posted to Kenya.",
      actors="morihisa-aoki:subject;JPN:participant;alberto-fujimori:participant;KEN:host",
      quote="After the hostage crisis, Morihisa Aoki, who was a friend of Peru, was forced to resign as ambassador and assume responsibility for the incident."),
    E(id="1997-japan-freezes-some-technical-cooperation", title="Japan slows aid and freezes some technical cooperation",
      kind="aid", date_text="[after the December 1996 seizure]", start="1997~", end="",
      summary="After the residence seizure Japan reconsidered its aid to Peru, taking more precautions and freezing some technical-cooperation programmes.",
      actors="JPN:donor;PER:recipient",
      quote="Instead, Japan had to slowly reconsider its aid policy in Peru, taking more precautions and freezing some of its technical cooperation programs."),
    E(id="1999-japan-shifts-peru-aid-to-loans", title="Japan's foreign ministry calls for shifting Peru aid to loans",
      kind="aid", date_text="Annual Report (1999, 243)", start="1999", end="",
      summary="Japan's foreign-ministry annual report said future assistance to Peru should gradually move to loan aid.",
      actors="japan-mofa:participant;JPN:donor;PER:recipient",
      quote="The Ministry of Foreign Affairs Annual Report (1999, 243) proclaimed that, in Peru, \"future development assistance should focus on gradually shifting cooperation to the form of loan aid.\""),
    E(id="1990-peru-major-beneficiary-of-japanese-oda", title="Peru among the largest Latin American recipients of Japanese ODA",
      kind="aid", date_text="After Fujimori assumed the presidency", start="1990", end="2000",
      summary="Under Fujimori Peru became one of the main Latin American beneficiaries of Japanese aid: grants, experts, equipment, non-project loans for economic restructuring and more training scholarships.",
      actors="JPN:donor;PER:recipient",
      quote="After Fujimori assumed the presidency, Peru became one of the biggest beneficiaries of ODA from Japan in the Latin American region."),
    E(id="1990-peru-annual-programming-country", title="Peru classified as an 'annual programming country'",
      kind="aid", date_text="[date lost: the sentence is cut off; 1990s]", start="199X", end="",
      summary="Peru became the first Latin American 'annual programming country' for Japanese aid, allowing yearly missions to propose new cooperation projects.",
      actors="JPN:donor;PER:recipient",
      quote="Peru was classified as an \"annual programming country\"--the first of its kind in Latin America."),
    E(id="1990-japanese-economic-adviser-at-peru-mef", title="Japan posts an economic adviser at Peru's finance ministry",
      kind="aid", date_text="[undated; 1990s]", start="199X", end="",
      summary="Japan placed an economic adviser in Peru's Ministry of Economics and Finance to coordinate aid, new projects and ODA loan procedures.",
      actors="JPN:donor;peru-mef:recipient;PER:recipient",
      quote="Japan even assigned an economic adviser who was posted at Peru's Ministry of Economics and Finance"),
    E(id="1991-japan-top-aid-donor-to-peru", title="Japan is Peru's top aid donor",
      kind="aid", date_text="in 1991 and 1992", start="1991", end="1992",
      summary="Japan ranked first among Peru's donors in 1991 and 1992, partly because of structural adjustment loans (Table 4).",
      actors="JPN:donor;PER:recipient",
      quote="ODA data reflected in Table 4 show that in 1991 and 1992, Japan ranked first among aid donors to Peru, but this ranking was due in part to structural adjustment loans made to Peru."),
    E(id="1991-japanese-structural-adjustment-loans", title="Japan provides US$421 million for structural adjustment",
      kind="finance", date_text="In 1991", start="1991", end="",
      summary="Japan provided $421 million to Peru for structural adjustment (note printed under Table 6).",
      actors="JPN:lender;PER:borrower",
      quote="In 1991 Japan provided $421 million for structural adjustment", locator="Table 6, note"),
    E(id="1996-japan-main-donor-at-lowest-level", title="Japan Peru's main donor with the decade's lowest amount",
      kind="aid", date_text="in 1996", start="1996", end="",
      summary="Japan was again Peru's leading donor in 1996, though the dollar amount was the lowest of the decade by the author's account.",
      actors="JPN:donor;PER:recipient",
      quote="Although in 1996 Japan was Peru's main donor, the figure in actual dollar value was the lowest received that decade."),
    E(id="1999-japan-top-aid-donor-again", title="Japan again Peru's top donor",
      kind="aid", date_text="in 1999 and 2000", start="1999", end="2000",
      summary="Japan returned to first place among Peru's donors in 1999 and 2000, though Mexico and Brazil received more Japanese grant aid and technical assistance throughout the 1990s.",
      actors="JPN:donor;PER:recipient;MEX:recipient;BRA:recipient",
      quote="Japan ranked first again in 1999 and 2000"),
    E(id="1999-fujimori-visits-japan", title="Fujimori visits Japan and secures new credits",
      kind="visit", date_text="In his 1999 visit to Japan", start="1999", end="",
      summary="On a 1999 trip to Japan Fujimori obtained new OECF and JEXIM credits.",
      actors="alberto-fujimori:visitor;PER:visitor;JPN:host",
      quote="In his 1999 visit to Japan, Fujimori was able to secure $416 million in new credits from OECF and $242 million from JEXIM."),
    E(id="1999-japanese-credits-958-million", title="US$958 million in Japanese and IMF-linked credits",
      kind="finance", date_text="1999", start="1999", end="",
      summary="The 1999 package combined $416 million from the OECF, $242 million from JEXIM and $300 million agreed jointly with the IMF, mostly soft loans that added to Peru's debt.",
      actors="oecf:lender;jexim:lender;imf:lender;JPN:lender;PER:borrower",
      quote="If another $300 million agreed to jointly with the IMF are added, these credits total $958 million."),
    E(id="1990-japanese-investment-in-peru-lags", title="Japanese investment in Peru lags despite Fujimori's efforts",
      kind="investment", date_text="In the 1990s", start="199X", end="",
      summary="Despite diplomatic efforts to attract it, Japanese investment trailed European and American investment, held back by Japan's slowdown, Peru's politics and past terrorist attacks.",
      actors="JPN:investor;PER:host",
      quote="Japanese firms lagged behind European and American companies in investment."),
    E(id="1990-japanese-travel-advisories-on-peru", title="Japanese travel advisories hit tourism to Peru",
      kind="security", date_text="at various times [1990s]", start="199X", end="",
      summary="Japanese citizens were repeatedly advised not to travel to Peru for safety reasons, which severely affected tourism.",
      actors="JPN:participant;PER:target",
      quote="Even tourism was severely affected, as Japanese citizens were advised at various times not to travel to Peru because their safety could not be guaranteed."),
    E(id="1988-peruvian-dekasegi-migration-to-japan", title="Peruvian dekasegi migration to Japan",
      kind="migration", date_text="in 1988 ... by 1997 ... in 2000", start="1988", end="2000",
      summary="Peruvians registered in Japan rose from 864 in 1988 to about 45,000 in 2000, most of them nikkeijin, with others undocumented (Table 7).",
      actors="PER:participant;JPN:host;japan-immigration-bureau:agency",
      quote="According to official Japanese figures, in 1988 there were 864 Peruvians in Japan."),
    E(id="2000-fujimori-third-term-crisis", title="Fujimori's bid for a third term sets off a crisis",
      kind="election", date_text="[2000] (The Fujimori Saga in 2000-2001)", start="2000", end="",
      summary="Fujimori's decision to run for, and force his way into, a third term provoked a crisis and criticism of his autocratic style.",
      actors="alberto-fujimori:leader;PER:subject",
      quote="Fujimori's decision to run for a third term as president set off a crisis that eroded his popularity."),
    E(id="2000-montesinos-bribery-scandal", title="Montesinos caught bribing politicians",
      kind="domestic_politics", date_text="[2000] (The final collapse of the Fujimori era)", start="2000", end="",
      summary="The Fujimori era collapsed when intelligence chief Vladimiro Montesinos was caught bribing politicians to switch sides.",
      actors="vladimiro-montesinos:perpetrator;alberto-fujimori:subject;PER:subject",
      quote="The final collapse of the Fujimori era came when his right-hand man and intelligence chief, Vladimiro Montesinos, was caught bribing politicians to change sides."),
    E(id="2000-fujimori-flees-to-japan-and-resigns", title="Fujimori takes refuge in Japan and resigns",
      kind="domestic_politics", date_text="November 2000", start="2000-11", end="",
      summary="Amid corruption charges, Fujimori sought asylum in Japan and resigned the presidency; Japan treats him as a Japanese citizen.",
      actors="alberto-fujimori:subject;PER:participant;JPN:host",
      quote="Amid myriad charges of corruption and scandal within his administration, Fujimori sought asylum in Japan and resigned."),
    E(id="", same_as="2000-fujimori-flees-to-japan-and-resigns", date_text="in November 2000", start="2000-11", end="",
      actors="", quote="his stay in Japan since November 2000 has soured the relations that he cultivated for 10 years"),
    E(id="2000-aritomi-resigns-as-ambassador", title="Ambassador Victor Aritomi resigns",
      kind="diplomatic", date_text="[2000, with Fujimori]", start="2000-11~", end="",
      summary="Fujimori's brother-in-law Victor Aritomi, ambassador in Tokyo, resigned as well and was accused of channelling donations to the president.",
      actors="victor-aritomi:subject;PER:participant;JPN:host",
      quote="In a parallel development, Fujimori's brother-in-law, Victor Aritomi, also resigned."),
    E(id="1991-aritomi-appointed-ambassador-to-japan", title="Fujimori names brother-in-law Aritomi ambassador to Japan",
      kind="diplomatic", date_text="in February 1991", start="1991-02", end="",
      summary="Fujimori appointed his brother-in-law Victor Aritomi, not a career diplomat, as Peru's ambassador to Japan.",
      actors="victor-aritomi:subject;alberto-fujimori:leader;PER:participant;JPN:host",
      quote="He had been appointed to the post of ambassador to Japan by Fujimori in February 1991, despite his lack of qualifications."),
    E(id="2001-montesinos-captured", title="Montesinos captured after eight months on the run",
      kind="legal", date_text="in June 2001", start="2001-06", end="",
      summary="After eight months as a fugitive Montesinos was captured; he faces some 80 charges, from arms and drug trafficking to money laundering.",
      actors="vladimiro-montesinos:subject;PER:participant",
      quote="After being on the run for eight months before his capture in June 2001, Montesinos faces about 80 charges"),
    E(id="2000-peru-presses-japan-to-extradite-fujimori", title="Peru presses Japan to extradite Fujimori",
      kind="legal", date_text="For more than three years since Fujimori's departure in November 2000", start="2000-11", end="2003",
      summary="Successive Peruvian governments pressed Japan to hand Fujimori over for trial; Japan, treating him as a Japanese citizen and lacking an extradition treaty with Peru, did not budge.",
      actors="PER:participant;JPN:participant;alberto-fujimori:subject;alejandro-toledo:leader",
      quote="For more than three years since Fujimori's departure in November 2000, the Peruvian government has been pressing Japan for the extradition of the former president to answer accusations leveled against him."),
    E(id="2003-peru-formal-extradition-request", title="Peru submits formal request to extradite Fujimori",
      kind="legal", date_text="in August 2003", start="2003-08", end="",
      summary="Peru finally lodged a formal extradition request with Japan; its documentation took nearly three years to translate, and Japan had taken no step on it by late 2003.",
      actors="PER:participant;JPN:target;alberto-fujimori:subject",
      quote="the Peruvian government finally submitted a formal request in August 2003"),
    E(id="2000-peru-protests-and-recalls-ambassador-from-japan", title="Peru protests and recalls its ambassador from Japan",
      kind="diplomatic", date_text="[date lost: the sentence is cut off; between November 2000 and 2003]", start="[2000..2003]", end="",
      summary="Relations worsened as Peru sent Japan a note of protest and recalled its ambassador for consultations over Fujimori.",
      actors="PER:participant;JPN:target",
      quote="relations took a turn for the worse as Peru sent a note of protest and recalled its ambassador for consultations."),
]

# ---------------------------------------------------------------------------------------------
# 7. Tables -> series, observations (and episodes for the loans of Tables 5 and 6)
# ---------------------------------------------------------------------------------------------
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and")).strip("-")


def number(cell: str) -> str:
    """The printed number of a cell, as a plain decimal string ('' when none is printed)."""
    m = re.search(r"[+-]?[\d,]*\.?\d+", cell)
    if not m or cell.strip() in {"--", ""}:
        return ""
    value = m.group().replace(",", "").lstrip("+")
    return value


def row_line(text: str, first_cells: str) -> str:
    """The whole line of the cleaned text that starts with the given cells."""
    m = re.search(r"^" + re.escape(first_cells) + r".*$", text, re.M)
    assert m, first_cells
    return m.group().strip()


SERIES: list[dict] = []
OBS: list[dict] = []
TABLE_EPISODES: list[dict] = []


def add_series(**kw) -> str:
    base = dict(id="", title="", indicator="", category="", unit="USD", scale="1000000",
                unit_label="US$ millions", reporter="", partner="", table="", table_title="", note="")
    base.update(kw)
    assert not any(s["id"] == base["id"] for s in SERIES), base["id"]
    SERIES.append(base)
    return base["id"]


def add_obs(series, period, value_text, quote, locator, value=None, flag="", flag_reason=""):
    if value is None:
        value = number(value_text)
    if not value and not flag:
        flag = "missing"
    OBS.append(dict(series=series, period=period, value_text=value_text, value=value, flag=flag,
                    flag_reason=flag_reason, quote=quote, locator=locator))


def span(label: str) -> str:
    """'1971-75' -> '1971/1975'; '1966-1970' -> '1966/1970'; '1996' -> '1996'."""
    m = re.fullmatch(r"(\d{4})-(\d{2,4})", label)
    if not m:
        return label
    a, b = m.groups()
    return f"{a}/{a[:4 - len(b)] + b}"


# --- Table 1 ---------------------------------------------------------------------------------
T1_TITLE = "Trade between Peru and Japan, 1971-2000 (annual averages, US$ millions)"
T1_NOTE = ("Table note: Total numbers do not always round off to total amount of exports or imports. "
           "Source: JETRO, White Paper on International Trade, various issues. Columns 1971-75 to 1991-95 are "
           "annual averages of the period; 1996-2000 are single years. Sub-items are printed in parentheses "
           "(not negative numbers).")
T1_FLAGS = {  # (row path, column) -> flag reason; every one checked by hand against the table
    ("Exports to Japan > Raw materials > Metal products", "1997"):
        "exceeds its own category total (Raw materials, 1997: 218.0); with Textiles (7.0) the raw-material "
        "sub-items would sum to 726.6",
    ("Exports to Japan > Manufactured goods > Metal products", "1999"):
        "exceeds its own category total (Manufactured goods, 1999: 94.9); it repeats the 1999 Raw materials "
        "metal-products figure (98.9)",
    ("Exports to Japan > Manufactured goods > Metal products", "2000"):
        "exceeds its own category total (Manufactured goods, 2000: 94.7)",
    ("Exports to Japan > Manufactured goods", "2000"):
        "smaller than its own sub-items (11.6 + 108.5 + 1.0 = 121.1); with 94.7 the export categories sum to "
        "323.4, not the printed total of 352.9 (with 121.1 they would sum to 349.8); 94.7 repeats the 2000 "
        "Foodstuffs figure",
    ("Imports from Japan > Heavy industry", "1991-95"):
        "smaller than its own sub-item Machinery (206.6); the sub-items sum to 222.5 (with 222.5 the import "
        "categories would sum to 241.2, close to the printed total of 243.5)",
    ("Balance", "1991-95"):
        "exports (409.5) minus imports (243.5) is +166.0, not +274.0",
    ("Imports from Japan", "1998"):
        "its categories sum to 352.4 (2.0 + 5.0 + 343.4 + 2.0), 28.6 less than 381.0: far more than the "
        "rounding the table note allows",
    ("Imports from Japan > Heavy industry", "2000"):
        "smaller than the sum of its own sub-items (8.8 + 25.9 + 282.0 = 316.7)",
    ("Imports from Japan", "2000"):
        "its categories sum to 289.4 (0.1 + 287.0 + 2.3; food/raw materials '--'), 62.4 less than 351.8 "
        "(still 32.7 less if Heavy industry were the 316.7 its sub-items give)",
    ("Balance", "2000"):
        "exports (352.9) minus imports (351.8) is +1.1: the printed balance has the opposite sign",
}
T1_ROW_META = {  # label path -> (slug, indicator, category, reporter, partner)
    "Exports to Japan": ("exports-total", "trade_exports", "Total", "PER", "JPN"),
    "Exports to Japan > Foodstuffs": ("exports-foodstuffs", "trade_exports", "Foodstuffs", "PER", "JPN"),
    "Exports to Japan > Raw materials": ("exports-raw-materials", "trade_exports", "Raw materials", "PER", "JPN"),
    "Exports to Japan > Raw materials > Textiles": ("exports-raw-textiles", "trade_exports", "Raw materials: Textiles", "PER", "JPN"),
    "Exports to Japan > Raw materials > Metal products": ("exports-raw-metal-products", "trade_exports", "Raw materials: Metal products", "PER", "JPN"),
    "Exports to Japan > Raw materials > Petroleum": ("exports-raw-petroleum", "trade_exports", "Raw materials: Petroleum", "PER", "JPN"),
    "Exports to Japan > Manufactured goods": ("exports-manufactured", "trade_exports", "Manufactured goods", "PER", "JPN"),
    "Exports to Japan > Manufactured goods > Textiles": ("exports-manuf-textiles", "trade_exports", "Manufactured goods: Textiles", "PER", "JPN"),
    "Exports to Japan > Manufactured goods > Metal products": ("exports-manuf-metal-products", "trade_exports", "Manufactured goods: Metal products", "PER", "JPN"),
    "Exports to Japan > Manufactured goods > Others": ("exports-manuf-others", "trade_exports", "Manufactured goods: Others", "PER", "JPN"),
    "Exports to Japan > Re-exports": ("exports-re-exports", "trade_exports", "Re-exports", "PER", "JPN"),
    "Imports from Japan": ("imports-total", "trade_imports", "Total", "JPN", "PER"),
    "Imports from Japan > Food/raw materials": ("imports-food-raw-materials", "trade_imports", "Food/raw materials", "JPN", "PER"),
    "Imports from Japan > Light industry": ("imports-light-industry", "trade_imports", "Light industry", "JPN", "PER"),
    "Imports from Japan > Heavy industry": ("imports-heavy-industry", "trade_imports", "Heavy industry", "JPN", "PER"),
    "Imports from Japan > Heavy industry > Chemicals": ("imports-heavy-chemicals", "trade_imports", "Heavy industry: Chemicals", "JPN", "PER"),
    "Imports from Japan > Heavy industry > Metal products": ("imports-heavy-metal-products", "trade_imports", "Heavy industry: Metal products", "JPN", "PER"),
    "Imports from Japan > Heavy industry > Machinery": ("imports-heavy-machinery", "trade_imports", "Heavy industry: Machinery", "JPN", "PER"),
    "Imports from Japan > Re-exports": ("imports-re-exports", "trade_imports", "Re-exports", "JPN", "PER"),
    "Balance": ("balance", "trade_balance", "Balance", "PER", "JPN"),
}


def table1(text: str, raw: str) -> None:
    periods, rows = parse_table1(raw)
    top, parent = None, None
    used_flags = set()
    for label, indented, cells in rows:
        if label in ("Exports to Japan", "Imports from Japan", "Balance"):
            top, parent, path = label, None, label
        elif indented:
            path = f"{top} > {parent} > {label}"
        else:
            parent, path = label, f"{top} > {label}"
        sl, indicator, category, reporter, partner = T1_ROW_META[path]
        title = {"trade_exports": "Peru's exports to Japan", "trade_imports": "Peru's imports from Japan",
                 "trade_balance": "Peru's trade balance with Japan"}[indicator]
        sid = add_series(id=f"pj2003-t1-{sl}", title=f"{title}: {category}" if category not in ("Total", "Balance") else title,
                         indicator=indicator, category=category, reporter=reporter, partner=partner,
                         table="Table 1", table_title=T1_TITLE, note=T1_NOTE)
        line = row_line(text, ("  " if indented else "") + " | ".join([label] + cells[:3]))
        assert line.endswith(cells[-1])
        for period, cell in zip(periods, cells, strict=True):
            reason = T1_FLAGS.get((path, period), "")
            if reason:
                used_flags.add((path, period))
            add_obs(sid, span(period), cell, line, f"Table 1, row {path}, column {period}",
                    flag="inconsistent" if reason else "", flag_reason=reason)
    assert used_flags == set(T1_FLAGS), set(T1_FLAGS) - used_flags


# --- Table 2 ---------------------------------------------------------------------------------
T2_TITLE = "Japan's FDI in Latin America and the Caribbean (US$ millions)"
T2_PARTNERS = {"Argentina": "ARG", "Brazil": "BRA", "Chile": "CHL", "Peru": "PER", "Mexico": "MEX",
               "Venezuela": "VEN", "Panama": "PAN", "Cayman Is": "CYM", "Bahamas": "BHS", "Bermuda": "BMU",
               "LAC": "LAC", "World": "WLD"}
T2_FLAGS = {
    ("Panama", "1951-2000"): "the row's period figures sum to 22,336, not 29,325 (6,989 less)",
    ("Cayman Is", "1951-2000"): "the row's period figures sum to 20,961, exactly 2,000 less than 22,961: a digit is misprinted somewhere in the row",
    ("Mexico", "1951-2000"): "the row's period figures sum to 5,199, 8 less than 5,207: more than rounding of eight whole numbers can explain (the cumulative total may come from a revised edition)",
}
T2_BLANK = {
    "Peru": "cell left blank; the row's other periods already sum to its 1951-2000 total (694), so the blank stands for nil or negligible net investment",
    "Cayman Is": "cell left blank in the table",
    "Bahamas": "cell left blank in the table (no 1996-2000 or 1951-2000 figure printed)",
    "Bermuda": "cell left blank in the table (no 1996-2000 or 1951-2000 figure printed)",
}


def t2_period(label: str) -> str:
    return "1951/1965" if label == "To 1965" else span(label)


def table2(text: str, raw: str) -> None:
    used = set()
    for label, cells in parse_table2(raw):
        if label == "LAC/World":
            sid = add_series(id="pj2003-t2-lac-share-of-world", title="Latin America's share of Japan's FDI (LAC/World)",
                             indicator="share", category="LAC/World", unit="percent", scale="1", unit_label="% (LAC/World)",
                             reporter="JPN", partner="LAC", table="Table 2", table_title=T2_TITLE,
                             note="Printed as the row LAC/World of a table in US$ millions: Latin America and the Caribbean as a percentage of Japan's FDI worldwide. " + T2_NOTE)
        else:
            partner = T2_PARTNERS[label]
            name = {"LAC": "Latin America and the Caribbean", "World": "the world", "Cayman Is": "the Cayman Islands"}.get(label, label)
            sid = add_series(id=f"pj2003-t2-fdi-{slug(label)}", title=f"Japan's FDI in {name}",
                             indicator="fdi_flow", category=label, reporter="JPN", partner=partner,
                             table="Table 2", table_title=T2_TITLE, note=T2_NOTE)
        line = row_line(text, f"{label} | ")
        for period, cell in zip(T2_PERIODS, cells, strict=True):
            reason = T2_FLAGS.get((label, period), "")
            if reason:
                used.add((label, period))
            if cell == "":
                add_obs(sid, t2_period(period), "(blank)", line, f"Table 2, row {label}, column {period}",
                        value="", flag="missing", flag_reason=T2_BLANK[label])
            else:
                add_obs(sid, t2_period(period), cell, line, f"Table 2, row {label}, column {period}",
                        flag="inconsistent" if reason else "", flag_reason=reason)
    assert used == set(T2_FLAGS)


T2_NOTE = ("Source: Japan's Ministry of Finance, various years. Each column is the total for the period printed "
           "(1966-1970 etc.); 'To 1965' is taken as 1951-1965 because the table's cumulative column runs from 1951; "
           "1951-2000 is the cumulative total. Blank cells are kept as value_text '(blank)'.")


# --- Table 3 ---------------------------------------------------------------------------------
T3_TITLE = "Japan's ODA Disbursements to Peru (US$ millions)"
T3_NOTE = ("Source: Ministry of Foreign Affairs, Japan's Official Development Assistance, various years. "
           "The table prints two blocks (grant aid, technical cooperation and their total; then loan aid gross "
           "and net, and a grand total = grants + technical cooperation + net loans). The last row is printed "
           "'Total ac-' (cut off; the column totals for 1989-2000).")
T3_COLUMNS = [  # column header, series slug, title, indicator, category
    ("Grant Aid", "grant-aid", "Japan's ODA to Peru: grant aid", "oda_grant", "Grant aid"),
    ("Tech Coop", "technical-cooperation", "Japan's ODA to Peru: technical cooperation", "technical_cooperation", "Technical cooperation"),
    ("Total", "grants-and-technical-cooperation", "Japan's ODA to Peru: grant aid and technical cooperation", "oda_total", "Grant aid + technical cooperation"),
    ("Loan Aid Gross", "oda-loans-gross", "Japan's ODA to Peru: loan aid, gross", "oda_loan", "Gross"),
    ("Loan Aid Net", "oda-loans-net", "Japan's ODA to Peru: loan aid, net", "oda_loan", "Net"),
    ("Total", "oda-total", "Japan's ODA to Peru: total (grants, technical cooperation and net loans)", "oda_total", "Total (grants + technical cooperation + net loans)"),
]


def table3(text: str, raw: str) -> None:
    rows = parse_table3(raw)
    ids = []
    for k, (head, sl, title, indicator, category) in enumerate(T3_COLUMNS):
        note = T3_NOTE + (" Column position: " + ("first" if k == 2 else "last") + " 'Total' column." if head == "Total" else "")
        ids.append(add_series(id=f"pj2003-t3-{sl}", title=title, indicator=indicator, category=category,
                              reporter="JPN", partner="PER", table="Table 3", table_title=T3_TITLE, note=note))
    for label, cells in rows:
        line = row_line(text, f"{label} | ")
        period = "1989/2000" if label == "Total ac-" else label
        for k, cell in enumerate(cells):
            head = T3_COLUMNS[k][0]
            column = ("Total (grant aid + tech coop)" if k == 2 else "Total (grand total)") if head == "Total" else head
            add_obs(ids[k], period, cell, line, f"Table 3, row {label}, column {column}")


# --- Table 4 ---------------------------------------------------------------------------------
T4_TITLE = "The Top Five Aid Donors to Peru (US$ millions)"
T4_DONORS = {"Italy": ("ITA", "Italy"), "Japan": ("JPN", "Japan"), "USA": ("USA", "the United States"),
             "U.S.A": ("USA", "the United States"), "Ger.": ("DEU", "Germany"), "Neth.": ("NLD", "the Netherlands"),
             "Spain": ("ESP", "Spain"), "Switz.": ("CHE", "Switzerland"), "France": ("FRA", "France"),
             "U.K.": ("GBR", "the United Kingdom"), "Canada": ("CAN", "Canada")}


def table4(text: str, raw: str) -> None:
    years, ranks = parse_table4(raw)
    made = {}
    for rank, cells in ranks:
        line = row_line(text, f"{rank} | ")
        for year, cell in zip(years, cells, strict=True):
            donor, value = cell.rsplit(" ", 1)
            iso, name = T4_DONORS[donor]
            if iso not in made:
                made[iso] = add_series(
                    id=f"pj2003-t4-aid-from-{iso.lower()}", title=f"Aid to Peru from {name} (top-five donors table)",
                    indicator="oda_total", category="Top-five donor", reporter=iso, partner="PER", table="Table 4",
                    table_title=T4_TITLE,
                    note="Source: Ministry of Foreign Affairs, Japan's Official Development Assistance, Annual Report, "
                         "various issues. Only years in which the donor was among Peru's top five are printed; the rank "
                         "is in the locator. Japan's figures equal the grand total of Table 3.")
            add_obs(made[iso], year, value, line, f"Table 4, column {year}, row {rank} ({donor})")


# --- Table 5 (JEXIM) -------------------------------------------------------------------------
T5_TITLE = "Financial Support to Peru by JEXIM"
T5_META = {  # project -> (slug, borrower/agency actors, co-lender actor, [(series suffix, unit, scale, label, part, value)])
    "Bank loan number 2 to COFIDE": ("bank-loan-2-cofide", "cofide:borrower", "",
        [("usd", "USD", "1000000", "US$ millions", "US$50 m.", "50"), ("jpy", "JPY", "1000000000", "¥ billions", "J¥5 bn", "5")]),
    "San Gaban Hydroelectric Power Plant Project": ("san-gaban-hydroelectric", "", "",
        [("usd", "USD", "1000000", "US$ millions", "US$155 m.", "155")]),
    "Transmission of Electricity": ("transmission-of-electricity", "", "idb",
        [("usd", "USD", "1000000", "US$ millions", "US$22.5m.", "22.5")]),
    "El Nino credit line": ("el-nino-credit-line", "", "",
        [("usd", "USD", "1000000", "US$ millions", "US$50m.", "50"),
         ("jpy", "JPY", "1000000", "¥ millions (unit not printed)", "J¥7000", "7000")]),
    "Bank loan number 3 to COFIDE": ("bank-loan-3-cofide", "cofide:borrower", "",
        [("jpy", "JPY", "1000000000", "¥ billions", "J¥ 5 billion", "5")]),
    "Multisector Credit Program": ("multisector-credit-program", "", "idb",
        [("usd", "USD", "1000000", "US$ millions", "US$100m.", "100")]),
    "Co-financing with World Bank Pension Reform Adjustment Loan": ("pension-reform-cofinancing", "", "world-bank",
        [("usd", "USD", "1000000", "US$ millions", "US$80m.", "80")]),
    "Parallel Lending with IMF Extended Fund Facility": ("imf-eff-parallel-lending", "", "imf",
        [("usd", "USD", "1000000", "US$ millions", "US$38m.", "38")]),
    "Multisector Credit Program, Stage II": ("multisector-credit-program-ii", "", "idb",
        [("usd", "USD", "1000000", "US$ millions", "US$200m", "200")]),
}
MONTHS = {"Sept.": "09", "March": "03", "May": "05", "Feb.": "02"}


def table5(text: str) -> None:
    for sec, project, kind, closing, amount in TABLE5_ROWS:
        sl, borrower, colender, parts = T5_META[project]
        month, year = closing.split()
        period = f"{year}-{MONTHS[month]}"
        line = row_line(text, f"{project} | ")
        section = {"I": "Supporting Infrastructure Development",
                   "II": "Supporting Macroeconomic Development and Financial Needs of Private [sector]"}[sec]
        for suffix, unit, scale, label, part, value in parts:
            assert part in amount
            note = (f"{kind}; closing {closing}; section '{section}'. Amount cell as printed: '{amount}'"
                    + (f"; co-lender {colender.upper() if colender != 'world-bank' else 'IBRD (World Bank)'}" if colender else "")
                    + ". Source: Export-Import Bank of Japan.")
            if part == "J¥7000":
                note += (" The yen amount is printed without a unit; it is read as ¥7,000 million, which matches "
                         "US$50 million at 1998 exchange rates.")
            sid = add_series(id=f"pj2003-t5-{sl}-{suffix}", title=f"JEXIM: {project} ({'US$' if unit == 'USD' else 'yen'})",
                             indicator="loan_commitment", category=kind, unit=unit, scale=scale, unit_label=label,
                             reporter="jexim", partner="PER", table="Table 5", table_title=T5_TITLE, note=note)
            add_obs(sid, period, part, line, f"Table 5, row {project}, column co-lender", value=value)
        actors = ["jexim:lender", "PER:borrower"] + ([borrower] if borrower else []) + ([f"{colender}:lender"] if colender else [])
        TABLE_EPISODES.append(E(
            id=f"{year}-jexim-{sl}", title=f"JEXIM {kind.lower()}: {project}", kind="finance",
            date_text=f"Closing {closing}", start=period, end="",
            summary=(f"The Export-Import Bank of Japan financed '{project}' in Peru ({kind.lower()}, {amount}"
                     + (f", with {colender.upper() if colender != 'world-bank' else 'the World Bank (IBRD)'} as co-lender" if colender else "")
                     + f"); Table 5 gives its closing as {closing}."),
            actors=";".join(actors), quote=line, locator=f"Table 5, row {project}"))


# --- Table 6 (OECF) --------------------------------------------------------------------------
T6_TITLE = "List of OECF Loans to Peru (J¥ millions)"
T6_AGENCIES = {"Electro Peru": "electroperu", "Entel Peru": "entel-peru", "Enapu Peru": "enapu",
               "Ministry of Transport": "peru-ministry-of-transport", "Co. Peruana de": "co-peruana-de",
               "Ministry of Health": "peru-ministry-of-health", "Sedapal": "sedapal", "COFIDE": "cofide",
               "EGECEN": "egecen", "Ministry of Agriculture": "peru-ministry-of-agriculture",
               "Ministry of Energy": "peru-ministry-of-energy", "FONCODES": "foncodes",
               "Ministry of the Presidency": "peru-ministry-of-the-presidency"}
T6_COFIN = {"1994": "idb", "1996": ""}  # '+ co-financing IDB (1994), IDRC (1996)'; IDRC is not otherwise named


def table6(text: str) -> None:
    for project, amount, agency, dates in TABLE6_ROWS:
        year, mark = (dates.split() + [""])[:2]
        sl = slug(project.replace("Mgt.", "Management").replace("Mgt", "Management"))
        line = row_line(text, f"{project} | ")
        status = {"*": "completed", "+": f"co-financed ({'IDB' if year == '1994' else 'IDRC'})", "": ""}[mark]
        sid = add_series(id=f"pj2003-t6-{sl}", title=f"OECF loan: {project}", indicator="loan_commitment",
                         category="OECF loan", unit="JPY", scale="1000000", unit_label="¥ millions",
                         reporter="oecf", partner="PER", table="Table 6", table_title=T6_TITLE,
                         note=(f"Executing agency: {agency}. Year from the 'Dates' column ({dates})"
                               + (f"; {status}" if status else "")
                               + ". Table note: * completed, + co-financing IDB (1994), IDRC (1996). Source: OECF, Lima Office."))
        add_obs(sid, year, amount, line, f"Table 6, row {project}, column Financing")
        actors = ["oecf:lender", "PER:borrower", f"{T6_AGENCIES[agency]}:agency"] + (["idb:lender"] if mark == "+" and year == "1994" else [])
        row = E(id=f"{year}-oecf-loan-{sl}", title=f"OECF loan: {project}", kind="finance",
                date_text=f"{dates} (Table 6, 'Dates')", start=year, end="",
                summary=(f"Japan's OECF lent ¥{amount} million for the {project} in Peru, executed by {agency}"
                         + (f"; marked {status}" if status else "") + "."),
                actors=";".join(actors), quote=line, locator=f"Table 6, row {project}")
        if project == "Lima-Chimbote Transmission Line":
            # the same loan as the text's first ODA credit of 1973: cite it, with Table 6's year as a claim
            row = E(id="", same_as="1973-first-japanese-oda-loan-to-peru", date_text=f"{dates} (Table 6, 'Dates')",
                    start=year, end="", actors=";".join(actors), quote=line, locator=f"Table 6, row {project}")
        TABLE_EPISODES.append(row)


def row_line_after(text: str, anchor: str, first_cells: str) -> str:
    start = text.index(anchor)
    m = re.compile(r"^" + re.escape(first_cells) + r".*$", re.M).search(text, start)
    assert m, first_cells
    return m.group().strip()


# --- Table 7 and Figure 1 --------------------------------------------------------------------
def table7_figure1(text: str, raw: str) -> None:
    sid = add_series(id="pj2003-t7-peruvians-registered-in-japan", title="Peruvians registered in Japan",
                     indicator="migrants", category="Registered residents", unit="persons", scale="1", unit_label="persons",
                     reporter="PER", partner="JPN", table="Table 7", table_title="Number of Peruvians Registered in Japan",
                     note="Source: JETRO, Nippon various years; Immigration Bureau, Ministry of Justice of Japan for the 1996 "
                          "to 2000 data. No figures are printed for 1993-1995.")
    for year, value in parse_pairs(raw, "Number of Peruvians Registered in Japan", "Source: JETRO, Nippon"):
        line = row_line_after(text, "Number of Peruvians Registered in Japan", f"{year} | ")
        add_obs(sid, year, value, line, f"Table 7, row {year}")
    sid = add_series(id="pj2003-f1-jica-technical-cooperation", title="Technical cooperation from Japan (JICA) to Peru",
                     indicator="technical_cooperation", category="JICA", unit="USD", scale="1000", unit_label="US$ thousands",
                     reporter="JPN", partner="PER", table="Figure 1",
                     table_title="Technical Cooperation from Japan (JICA) to Peru, 1979-1989 (US$ thousands)",
                     note="Note printed with the figure: Table made from bar graph (values read off a chart). JICA only; "
                          "Table 3's technical cooperation for 1989 (US$19.66 million) covers more than JICA.")
    for year, value in parse_pairs(raw, "(US$ thousands)", "Note: Table made from bar graph."):
        line = row_line_after(text, "Technical Cooperation from Japan (JICA) to Peru", f"{year} | ")
        add_obs(sid, year, value, line, f"Figure 1, row {year}")


# --- Figures in the running text ---------------------------------------------------------------
def text_figures(text: str) -> None:
    def series(sl, **kw):
        kw.setdefault("table", "text")
        return add_series(id=f"pj2003-text-{sl}", **kw)

    def obs(sid, period, value_text, quote, value=None, flag="", flag_reason="", locator=None):
        add_obs(sid, period, value_text, quote, locator or locate(text, quote) + f", figure “{value_text}”",
                value=value, flag=flag, flag_reason=flag_reason)

    s = series("japanese-immigrants-to-peru", title="Japanese immigrants to Peru (cumulative)", indicator="migrants",
               category="Cumulative immigration", unit="persons", scale="1", unit_label="persons", reporter="JPN", partner="PER",
               note="Cumulative number of Japanese who had immigrated to Peru by the year given.")
    obs(s, "1941", "more than 33,000", "By 1941, more than 33,000 Japanese had immigrated to Peru.", value="33000", flag="lower_bound")

    s = series("oda-loan-interest-rate", title="Interest rate of Japanese ODA loans to Peru", indicator="loan_terms",
               category="Interest rate", unit="percent", scale="1", unit_label="% a year", reporter="JPN", partner="PER",
               note="A later rate of 4.24% ('others followed') is undated in the text and is not recorded as an observation.")
    q = ("Although the first credit line was at 3.5% interest repayable in 25 years, others were granted in 1976-78 "
         "at 5% interest repayable in 20 years")
    obs(s, "1973", "3.5%", q)
    obs(s, "1976/1978", "5%", q)
    s = series("oda-loan-repayment-period", title="Repayment period of Japanese ODA loans to Peru", indicator="loan_terms",
               category="Repayment period", unit="count", scale="1", unit_label="years", reporter="JPN", partner="PER")
    obs(s, "1973", "25 years", q, value="25")
    obs(s, "1976/1978", "20 years", q, value="20")

    q = ("Of the Latin American countries receiving Japanese ODA in FY2000, Peru ranked third among recipients of grant aid, "
         "fifth for technical assistance, and first for loans.")
    for sl, cat, word, val in (("grant-aid", "Grant aid", "third", "3"), ("technical-assistance", "Technical assistance", "fifth", "5"),
                               ("loans", "Loans", "first", "1")):
        s = series(f"peru-rank-lac-recipients-{sl}", title=f"Peru's rank among Latin American recipients of Japanese ODA: {cat.lower()}",
                   indicator="recipient_rank", category=cat, unit="count", scale="1", unit_label="rank (1 = largest)",
                   reporter="JPN", partner="PER", note="FY2000 is Japan's fiscal year 2000 (April 2000 - March 2001).")
        obs(s, "2000", word, q, value=val)

    s = series("peru-rank-world-bilateral-aid", title="Peru's rank among recipients of Japanese bilateral aid worldwide",
               indicator="recipient_rank", category="Cumulative net disbursement", unit="count", scale="1",
               unit_label="rank (1 = largest)", reporter="JPN", partner="PER",
               note="Based on cumulative net disbursement; the largest in Latin America (note 6).")
    obs(s, "1998", "seventeenth",
        "In 1998 Peru was the seventeenth largest recipient in the world of Japanese bilateral aid (based on cumulative net disbursement)",
        value="17")

    s = series("huaral-jica-experts-killed", title="JICA experts killed at Huaral", indicator="victims",
               category="JICA agricultural experts", unit="count", scale="1", unit_label="persons killed",
               reporter="", partner="JPN")
    obs(s, "1991", "three", "The first incident occurred in 1991 in Huaral, where three JICA agricultural experts were assassinated",
        value="3")

    s = series("peruvians-admiring-japan", title="Peruvians naming Japan the country they most admire", indicator="share",
               category="Opinion poll", unit="percent", scale="1", unit_label="% of Peruvians polled", reporter="PER", partner="JPN",
               note="Polls in the middle of 1995 (Bowen 2000).")
    obs(s, "1995", "71%", "polls showed that 71% of Peruvians chose Japan as the country they most admired")

    s = series("hostage-crisis-duration", title="Duration of the Japanese ambassador's residence hostage crisis",
               indicator="duration", category="MRTA hostage crisis", unit="count", scale="1", unit_label="days",
               reporter="", partner="JPN")
    obs(s, "1996/1997", "127 days", "held him, several Japanese businessmen, and dozens of other hostages for 127 days", value="127")

    table3_sum = {"net": "733.55", "grant": "295.55", "tech": "161.49"}
    s = series("oda-loans-net-1989-1999", title="Japan's net ODA loans to Peru, 1989-1999 (text)", indicator="oda_loan",
               category="Net", reporter="JPN", partner="PER")
    q = ("From 1989 to 1999, the net amount of loans Peru received was $890 million, while the amount of grant aid was "
         "$359 million and technical aid was $299 million.")
    obs(s, "1989/1999", "$890 million", q, value="890", flag="inconsistent",
        flag_reason=f"Table 3 of the same article gives net loans summing to {table3_sum['net']} for 1989-1999 "
                    "(880.49 for 1989-2000)")
    s = series("grant-aid-1989-1999", title="Japan's grant aid to Peru, 1989-1999 (text)", indicator="oda_grant",
               category="Grant aid", reporter="JPN", partner="PER")
    obs(s, "1989/1999", "$359 million", q, value="359", flag="inconsistent",
        flag_reason=f"Table 3 of the same article gives grant aid summing to {table3_sum['grant']} for 1989-1999 "
                    "(321.68 for 1989-2000)")
    s = series("technical-aid-1989-1999", title="Japan's technical aid to Peru, 1989-1999 (text)",
               indicator="technical_cooperation", category="Technical cooperation", reporter="JPN", partner="PER")
    obs(s, "1989/1999", "$299 million", q, value="299", flag="inconsistent",
        flag_reason=f"Table 3 of the same article gives technical cooperation summing to {table3_sum['tech']} for 1989-1999 "
                    "(180.11 for 1989-2000)")

    q = ("In 1999, grant aid decreased to $6.6 million from $45 million the previous year, while the disbursement of loans "
         "increased from $22 million in 1998 to $164 million in 1999.")
    s = series("grant-aid", title="Japan's grant aid to Peru (text)", indicator="oda_grant", category="Grant aid",
               reporter="JPN", partner="PER", note="Table 3 prints 45.83 (1998) and 6.63 (1999).")
    obs(s, "1998", "$45 million", q, value="45")
    obs(s, "1999", "$6.6 million", q, value="6.6")
    s = series("loan-disbursements", title="Japan's ODA loan disbursements to Peru (text)", indicator="oda_loan",
               category="Net", reporter="JPN", partner="PER", note="Matches Table 3's net loan aid (22.16 in 1998, 164.42 in 1999).")
    obs(s, "1998", "$22 million", q, value="22")
    obs(s, "1999", "$164 million", q, value="164")

    q1 = "In his 1999 visit to Japan, Fujimori was able to secure $416 million in new credits from OECF and $242 million from JEXIM."
    q2 = "If another $300 million agreed to jointly with the IMF are added, these credits total $958 million."
    for sl, title, rep, vt, val, qq in (
            ("1999-credits-oecf", "New OECF credits secured on Fujimori's 1999 visit", "oecf", "$416 million", "416", q1),
            ("1999-credits-jexim", "New JEXIM credits secured on Fujimori's 1999 visit", "jexim", "$242 million", "242", q1),
            ("1999-credits-imf-joint", "Credits agreed jointly with the IMF (1999)", "imf", "$300 million", "300", q2),
            ("1999-credits-total", "Total new credits of 1999 (OECF, JEXIM and IMF-joint)", "JPN", "$958 million", "958", q2)):
        s = series(sl, title=title, indicator="loan_commitment", category="New credits", reporter=rep, partner="PER")
        obs(s, "1999", vt, qq, value=val)

    s = add_series(id="pj2003-t6-structural-adjustment-1991", title="Japan's structural adjustment financing to Peru (1991)",
                   indicator="loan_commitment", category="Structural adjustment", reporter="JPN", partner="PER",
                   table="Table 6", table_title=T6_TITLE,
                   note="Printed as a note under Table 6 (the sentence ends without a full stop). Compare Table 3's 1991 "
                        "loan aid: 304.57 gross, 302.42 net.")
    add_obs(s, "1991", "$421 million", "In 1991 Japan provided $421 million for structural adjustment",
            "Table 6, note, figure “$421 million”", value="421")

    q = ("According to official Japanese figures, in 1988 there were 864 Peruvians in Japan. In 1990 the number increased "
         "to 10,279, and by 1997 the figure was 40,394 (see Table 7).")
    s = series("peruvians-registered-in-japan", title="Peruvians registered in Japan (text)", indicator="migrants",
               category="Registered residents", unit="persons", scale="1", unit_label="persons", reporter="PER", partner="JPN",
               note="Official Japanese figures quoted in the text; they agree with Table 7.")
    obs(s, "1988", "864", q)
    obs(s, "1990", "10,279", q)
    obs(s, "1997", "40,394", q)
    obs(s, "2000", "approximately 45,000",
        "While approximately 45,000 were registered with the Immigration Bureau in 2000", value="45000", flag="approximate")
    s = series("peruvians-working-in-japan", title="Peruvians working in Japan (estimate)", indicator="migrants",
               category="Workers, registered and unregistered", unit="persons", scale="1", unit_label="persons",
               reporter="PER", partner="JPN", note="'the most recent estimate' (International Press 1999).")
    obs(s, "1999", "52,000",
        "According to the most recent estimate, there are currently 52,000 Peruvians working in Japan (International Press 1999).",
        flag="estimate")
    s = series("peruvian-workers-in-usa", title="Peruvian workers in the United States", indicator="migrants",
               category="Workers", unit="persons", scale="1", unit_label="persons", reporter="PER", partner="USA")
    obs(s, "1998", "more than 200,000", "home for more than 200,000 Peruvian workers in 1998", value="200000", flag="lower_bound")

    s = series("montesinos-charges", title="Charges faced by Vladimiro Montesinos", indicator="legal_charges",
               category="Criminal charges", unit="count", scale="1", unit_label="charges", reporter="PER", partner="",
               note="As of the writing of the article (late 2003).")
    obs(s, "2003", "about 80", "Montesinos faces about 80 charges", value="80", flag="approximate")


# ---------------------------------------------------------------------------------------------
# 8. Writing
# ---------------------------------------------------------------------------------------------
def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    raw = seed.read_text(encoding="utf-8")
    text = clean_text(raw)
    (DATA / "texts").mkdir(parents=True, exist_ok=True)
    (DATA / "texts" / f"{SOURCE}.txt").write_text(text, encoding="utf-8")

    SERIES.clear()
    OBS.clear()
    TABLE_EPISODES.clear()
    table1(text, raw)
    table2(text, raw)
    table3(text, raw)
    table4(text, raw)
    table5(text)
    table6(text)
    table7_figure1(text, raw)
    text_figures(text)

    episodes = []
    for e in EPISODES + TABLE_EPISODES:
        row = dict(e)
        row.setdefault("same_as", "")
        if not row.get("locator"):
            row["locator"] = locate(text, row["quote"])
        episodes.append(row)
    periods = []
    for pid, same_as, name, kind, date_text, start, end, actor, quote in PERIODS:
        loc = ("§ Economic Relations under the Fujimori Administration (1990-2000), heading"
               if quote.startswith("Economic Relations under") else locate(text, quote))
        periods.append(dict(id=pid, same_as=same_as, name=name, kind=kind, date_text=date_text, start=start, end=end,
                            actor=actor, quote=quote, locator=loc))

    write_csv(DATA / "actors" / f"{SOURCE}.csv", ["id", "name", "kind", "aliases", "note"],
              [dict(zip(["id", "name", "kind", "aliases", "note"], a, strict=True)) for a in ACTORS])
    write_csv(DATA / "episodes" / f"{SOURCE}.csv",
              ["id", "same_as", "title", "kind", "date_text", "start", "end", "summary", "actors", "quote", "locator"], episodes)
    write_csv(DATA / "periods" / f"{SOURCE}.csv",
              ["id", "same_as", "name", "kind", "date_text", "start", "end", "actor", "quote", "locator"], periods)
    write_csv(DATA / "series" / f"{SOURCE}.csv",
              ["id", "title", "indicator", "category", "unit", "scale", "unit_label", "reporter", "partner", "table",
               "table_title", "note"], SERIES)
    write_csv(DATA / "observations" / f"{SOURCE}.csv",
              ["series", "period", "value_text", "value", "flag", "flag_reason", "quote", "locator"], OBS)
    print(f"{SOURCE}: {len(episodes)} episode rows, {len(periods)} periods, {len(ACTORS)} actors, "
          f"{len(SERIES)} series, {len(OBS)} observations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
