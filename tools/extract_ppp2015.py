#!/usr/bin/env python3
"""Build data/texts/ppp2015.txt and the ppp2015 CSVs from the raw seed.

Usage:  python3 tools/extract_ppp2015.py /path/to/003_983c363e77a2e4f6.txt

Curator's tool (not imported by the app or the tests). The raw seed is a PDF
extraction of "The rediscovery of Latin America and the Caribbean by the
Japanese public-private partnership (PPP)" (Revista Mundo Asia Pacífico, 2015):
prose lines are hard-wrapped and hyphenated, page furniture (photo credits,
running header, chart axis ticks) is interleaved, footnotes sit at page bottoms
in the middle of sentences, and Tables 1-A / 1-B arrive one row per line with
space-separated cells after both captions.  The text layout below is keyed to
the raw line numbers of this exact seed (checked by SHA-256).

The hand-curated records (actors, episodes, periods, series, observations) are
defined further down in this file; the script checks every quote against the
cleaned text, computes prose locators (section heading + paragraph number, or
footnote number), generates the table observations cell by cell, and writes the
CSVs with csv.DictWriter.

After running this script, run tools/extract_review.py: it re-applies the cross-source
review (shared actor notes, renamed ids, audit additions); it is idempotent.
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
import sys

SEED_SHA256 = "d61cb6253c0f72fa089da6f29f3e49da532c459642a6d6e4d586932e8be845e7"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "ppp2015"

# --------------------------------------------------------------------------
# Layout of the raw seed (1-based raw line numbers, inclusive ranges).
#   ("H", a, b)            heading (lines a..b joined)
#   ("P", [(a, b), ...])   prose; ranges concatenated, then split into paragraphs
#   ("B", [lines])         block of literal lines (figure captions, tables)
#   ("F", n, a, b)         footnote n (placed after the paragraph citing it)
# --------------------------------------------------------------------------

TABLE_1A = [
    "Table 1-A. Japan’ FDI Flows to major destinations in LAC 2010-2013",
    "(In million US dollars)",
    "Country | 2010 Japan(A) | 2010 World (B) | 2010 (A)/(B)(%) | 2011 Japan(A) | 2011 World (B) | 2011 (A)/(B)(%) | 2012 Japan(A) | 2012 World (B) | 2012 (A)/(B)(%) | 2013 Japan(A) | 2013 World (B) | 2013 (A)/(B)(%)",
    "Argentina | 187 | 13.546 | 1,4 | 384 | 20.826 | 1,8 | 186 | 18.231 | 1,0 | 503 | 15.034 | 3,3",
    "Brazil | 2.502 | 52.586 | 4,8 | 7.536 | 69.530 | 10,8 | 2.502 | 60.543 | 4,1 | 2.516 | 49.342 | 5,1",
    "Chile | 335 | 2.676 | 12,5 | 1.361 | 4.140 | 32,9 | 2.524 | 10.877 | 23,2 | 2.524 | 7.266 | 34,7",
    "Colombia | -13 | 6.899 | -0,2 | 10 | 13.234 | 0,1 | 61 | 15.528 | 0,4 | 80 | 16.772 | 0,5",
    "Mexico | 225 | 20.708 | 1,1 | 686 | 19.554 | 3,5 | 1.812 | 17.224 | 10,5 | 1.538 | 35.188 | 4,4",
    "Peru | 40 | 1.751 | 2,3 | 6 | 559 | 1,1 | 4 | 420 | 1,0 | 0 | 201 | 0,0",
    "Total of the 6 countiries | 3.276 | 98.166 | 3,3 | 9.983 | 127.843 | 7,8 | 7.089 | 122.823 | 5,8 | 7.161 | 123.803 | 5,8",
    "Source: Author’s calculations based on official information of individual countries.",
]

TABLE_1B = [
    "Table 1-B. China’s FDI flows to major destinations in LAC, 1990-2009, 2010- 2013",
    "(In million US dollars)",
    "Country | 1990-2009 | 2010 | 2011 | 2012 | 2013",
    "Argentina | 143 | 3.100 | 2.450 | 600 | 120",
    "Brazil | 255 | 9.563 | 5.676 | 6.067 | 2.580",
    "Chile | na | 5 | 0 | 76 | 19",
    "Colombia | 1.677 | 6 | 293 | 996 | 776",
    "Ecuador | 1.619 | 45 | 59 | 86 | 88",
    "Guyana | 1.000 | na | 15 | na | na",
    "Mexico | 146 | 9 | 2 | 74 | 15",
    "Peru | 2.262 | 84 | 829 | 1.307 | 4.626",
    "Trinidad and Tobago | na | na | 850 | na | na",
    "Venezuela | 240 | 900 | na | na | 1.400",
    "LAC | 7.342 | 13.712 | 10.175 | 9.206 | 9.624",
    "Source: ECLAC Latin America and the Caribbean and China: Towards a new era in economic cooperation, Table III.5 P. 60.",
]

# Figure 6: the chart's data labels survive in the extraction (raw lines
# 436-452, printed after the next paragraph) but its product-group labels do
# not; the axis ticks 0..50 (raw 454-474) are dropped.
FIG6_LABELS = ("9,400184181 | 10,59233091 | 22,79801497 | 1,379326045 | 8,543208896 | "
               "2,183962613 | 46,62615222 | 29,44257351 | 0,331075037 | 0 | 0,288707718 | "
               "0,142661557 | 0,017586029 | 0,454174091")

LAYOUT = [
    ("H", 1, 2),
    ("P", [(4, 125)]),
    # 127: photo credit "Cristina Negoita / Shutterstock.com" (dropped)
    ("P", [(128, 180), (184, 190)]),          # 182-183: footnote 1
    ("F", 1, 182, 183),
    ("H", 192, 193),
    ("P", [(195, 206)]),
    ("H", 208, 208),
    ("P", [(209, 244)]),
    ("B", [
        "Figure 1. Japan’s Trade with Latin America and the Caribbean 1980-2014",
        "(Percentages)",
        "A: Annual growth rates, 1980-2014 (five year periods)",
        "B: LAC share in Japan’s total exports and imports, 1980-2014",
        "Source: Author’s own elaboration based on UN COMTRADE database.",
    ]),
    ("P", [(255, 264)]),
    ("B", [
        "Figure 2. Shares in total LAC trade with the Asia-Pacific, by major trading partners, 1981-2014",
        "(In percentages of total LAC exports/imports to and from Asia-Pacific, percentages)",
        "A. Exports",
        "B. Imports",
        "Source: Author’s own elaboration based on UN COMTRADE database.",
    ]),
    ("P", [(275, 298)]),
    # 300: photo credit (dropped)
    ("P", [(301, 307)]),
    ("B", [
        "Figure 3. Latin America: export distribution to Asia, by major destinations 2011-2014 average",
        "(As percentage of each Latin American country’s total exports to Asia-Pacific, %)",
        "Source: Author’s elaboration based on Comtrade and other sources",
    ]),
    ("P", [(315, 324)]),
    ("B", [
        "Figure 4. LAC Exports to Japan and China, by major exporters, 2011-2014 Average",
        "(In percentages of total LAC exports to Japan and China)",
        "A.To Japan",
        "B. To China",
        "Source: Author’s elaboration based on Comtrade and other sources.",
    ]),
    ("P", [(335, 360)]),
    ("B", [
        "Figure 5. Latin American Exports to Japan and China, by major product groups, 2013",
        "(In percentages of total LAC exports to Japan and China)",
        "A. To Japan",
        "B. To China",
        "Source: Author’s elaboration based on Comtrade and other sources.",
    ]),
    ("F", 2, 368, 371),
    ("P", [(372, 392), (395, 413)]),          # 394: photo credit
    ("B", [
        "Figure 6. Latin America: Share in Japan’s total imports by major product groups 2013",
        "(As percentage of each imported product)",
        FIG6_LABELS,
        "Source: Author’s elaboration based on information from Statistical Yearbook of Japan, Statistical Bureau.",
    ]),
    ("P", [(420, 434)]),
    # 436-452 Figure 6 data labels (moved above); 454-474 axis ticks;
    # 478 running footer "MAP | REVISTA MUNDO ASIA PACÍFICO18" (dropped)
    ("P", [(480, 527)]),
    ("H", 528, 528),
    ("P", [(530, 570), (585, 603)]),          # 572-584: footnote 3
    ("F", 3, 572, 584),
    ("B", TABLE_1A),
    ("B", TABLE_1B),
    ("F", 4, 617, 618),
    ("B", [
        "Figure 7. Japan’s FDI stock in LAC, Brazil and Mexico",
        "(In million US dollars)",
        "Japan, China and Korea: A. FDI stock in LAC 2001-2013",
        "B. Japan’s FDI stock in Brazil and Mexico 1996-2014",
        "Source: Table A: Author’s elaboration based on UNCTAD Bilateral FDI Statistics, Central Bank of Japan, China Statistical Yearbook, Korea FDI Statistics database. Table B: Author’s elaboration based on information from Central Bank of Japan and JETRO FDI Statistics.",
    ]),
    ("P", [(666, 680)]),
    ("B", [
        "Figure 8. Japan’s FDI stock in LAC, by major sectors, 2013: excluding financial services",
        "(In million US dollars)",
        "Source: Author’s elaboration based on information from Central Bank of Japan.",
    ]),
    ("P", [(686, 711), (720, 730)]),          # 713-717 footnotes 5-6; 719 photo credit
    ("F", 5, 713, 713),
    ("F", 6, 714, 717),
    ("B", [
        "Figure 9. Sales by Japanese subsidiaries and affiliates operating in LAC, 2004-2013",
        "(In percentages)",
        "Total sales annual growth rates 2004-2013 (annual average in terms of yens)",
        "Breakdown of total sales by market destination 2013",
        "Source: Author’s elaboration Based on information from Japan, METI (Ministry of Economy, Trade and Industry of Japan) (2015), “kaigai jigyo katsudo kihon chosa” [Basic (trend) survey of overseas business activities] No. 44.",
    ]),
    ("P", [(745, 764), (769, 777)]),          # 766-768 footnote 7
    ("F", 7, 766, 768),
    ("H", 779, 779),
    ("P", [(781, 818), (826, 828)]),          # 820-825 footnotes 8-9
    ("F", 8, 820, 821),
    ("F", 9, 823, 825),
    ("B", [
        "Figure 10A. JBIC commitments (loan, equity participation, guarantees) vs. Chinese Bank commitments (CDB, CHEXIM, BoC, Others) 2000-2013",
        "(In billion US dollars)",
        "Source: Author’s elaboration based on information from various JBIC Annual Reports, and Inter-American Dialogue (IAD), China- Latin America Financial Database.",
    ]),
    ("B", [
        "Figure 10B. JBIC vs. Chinese Policy Banks (Loan and Investment Commitments) Stocks in LAC 2013",
        "(In billion US dollars)",
        "Source: Author’s elaboration based on information from various JBIC Annual Reports, and IAD China- Latin America Financial Database.",
    ]),
    ("P", [(843, 855), (859, 874)]),          # 857-858 footnote 10
    ("F", 10, 857, 858),
    ("B", [
        "Figure 11. Country Distribution of Loan and Equity Participation Commitments, Accumulated as of March 31 2014",
        "(In billion US dollars)",
        "A. JBIC",
        "B. Chinese Policy Banks",
        "Source: Author’s elaboration based on information from various JBIC Annual Reports, and IAD China-Latin America Financial Database.",
    ]),
    ("P", [(887, 896)]),
    ("H", 897, 897),
    ("P", [(899, 907)]),
    ("H", 909, 909),
    ("P", [(911, 930)]),
    ("B", [
        "Table 2. JICA disbursement Fiscal Year 2013 (ending March 31st), by aid type and by region",
        "(In million US dollars and percentages)",
        "Note: The original figures expressed in Japanese yens are converted in US dollars using the exchange rate of 1US dollar = 102.27 yens.",
        "Source: Author’s elaboration based on JICA Annual Report 2014.",
    ]),
    ("P", [(939, 947)]),
    ("B", [
        "Figure 12. Geographical Distribution of Accumulated Japanese ODA Loan (FY2013) by number of cases and amounts",
        "(In percentages)",
        "A. By number of cases",
        "B. By amount",
        "Note: The original figures expressed in Japanese Yens are converted in US dollars using the exchange rate of 1US dollars = 102.27 yens.",
        "Source: Author’s elaboration based on information from JICA Statistics on Program Results 2014.",
    ]),
    ("B", [
        "Figure 13. JICA disbursement to LAC countries, Fiscal Year (as of March 31st ) 2013",
        "(In million US dollars)",
        "Note: The original figures expressed in Japanese Yens are converted in US dollars using the exchange rate of 1US dollars = 102.27 yens.",
        "Source: Author’s elaboration based on JICA Annual Report 2014.",
    ]),
    ("P", [(968, 1017)]),
    ("H", 1019, 1019),
    ("P", [(1021, 1054)]),
    ("H", 1055, 1056),
    ("P", [(1058, 1112)]),
    ("B", [
        "Figure 13. Japan’s trade with the EPA partner countries (Chile, Mexico, Peru and Colombia*) 2000-2014",
        "(In US million dollars)",
        "A. Exports",
        "B. Imports",
        "Note: */ Japan and Colombia are currently in negotiation.",
        "Source: Author’s elaboration based on Comtrade and other sources.",
    ]),
    ("P", [(1126, 1136)]),
    ("B", [
        "Figure 14. Chilean exports to Japan by major product groups: Average annual variation 2014/2009",
        "(In percentages)",
        "Source: Author’s elaboration Based on information, Chile, Direcon (2015), el Informe annual: comercio exterior de Chile 2014-2015, Santiago, Chile.",
    ]),
    ("P", [(1144, 1244)]),
    ("F", 11, 1246, 1249),
    ("F", 12, 1251, 1255),
    ("H", 1256, 1257),
    ("P", [(1259, 1269)]),
    ("B", [
        "Figure 15. Various integration initiatives in Asia-Pacific: in effect or negotiation",
        "(As of September 2015)",
        "Source: Author’s elaboration based on official information of the countries.",
    ]),
    ("P", [(1276, 1320)]),
    ("P", [(1323, 1325)]),
    ("P", [(1327, 1329)]),
    ("P", [(1331, 1332)]),
    ("P", [(1334, 1379), (1382, 1391)]),      # 1381 photo credit
    ("H", 1393, 1394),
    ("P", [(1396, 1528)]),
]

# Footnote markers lost their superscript in extraction: written as [n].
MARKERS = [
    ("(Japan Business Federation)1 and", "(Japan Business Federation)[1] and"),
    ("exports to China.2 In Japan", "exports to China.[2] In Japan"),
    ("during these periods.3 Of", "during these periods.[3] Of"),
    ("and1B).4 According", "and1B).[4] According"),
    ("ASEAN (4).5 The", "ASEAN (4).[5] The"),
    ("in 2013 alone.6 Although", "in 2013 alone.[6] Although"),
    ("tics might suggest.7", "tics might suggest.[7]"),
    ("(Japan METI, 2015).8", "(Japan METI, 2015).[8]"),
    ("EX-IM Bank of Japan9 stood", "EX-IM Bank of Japan[9] stood"),
    ("(see Figure 10A),10 surpassing", "(see Figure 10A),[10] surpassing"),
    ("was limited.11 In 2011", "was limited.[11] In 2011"),
    ("Shimizu, 2012).12 Undoubtedly", "Shimizu, 2012).[12] Undoubtedly"),
]

# Other repairs of extraction damage in headings.
HEADING_FIXES = [("IMPLICATIONSFOR", "IMPLICATIONS FOR")]

# Paragraph breaks. A prose line that ends a sentence and is clearly shorter
# than the justified measure ends its paragraph; these raw line numbers
# override that rule after reading the PDF layout line by line.
BREAK_LEN = 67
FORCE_BREAK_AFTER: set[int] = {163, 400, 562, 697, 708, 770, 1042, 1203, 1287, 1336,
                                 1432, 1438, 1447, 1483, 1499, 1513, 1230}
NO_BREAK_AFTER: set[int] = set()


def _load(seed_path: str) -> list[str]:
    data = open(seed_path, "rb").read()
    if hashlib.sha256(data).hexdigest() != SEED_SHA256:
        sys.exit(f"unexpected seed (sha256 mismatch): {seed_path}")
    return data.decode("utf-8").split("\n")


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines: de-hyphenate words split at line ends."""
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if not out:
            out = ln
            continue
        m = re.search(r"(\S+)-$", out)
        if m and re.match(r"[^\W\d_]", m.group(1)[-1]):
            frag = m.group(1)
            if ln[0].isdigit() or (frag.lower().endswith("so") and ln.startswith("called")):
                out = out + ln                      # post-2015, mid-2000’s, so-called
            else:
                out = out[:-1] + ln                 # mar-/ket → market
        elif re.search(r"\d-$", out) and ln[0].isdigit():
            out = out + ln                          # 1984-/1994
        elif out.endswith("/"):
            out = out + ln                          # OECD/ + WTO
        else:
            out = out + " " + ln
    return re.sub(r"[ \t]+", " ", out).strip()


def _is_para_end(n: int, text: str) -> bool:
    if n in FORCE_BREAK_AFTER:
        return True
    if n in NO_BREAK_AFTER:
        return False
    s = text.rstrip()
    return bool(re.search(r"[.:;”)]$", s)) and len(s) < BREAK_LEN


def clean_text(raw: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """Return the cleaned text and its blocks as (kind, text)."""
    def L(n: int) -> str:
        return raw[n - 1]

    blocks: list[tuple[str, str]] = []
    footnotes: dict[int, str] = {}
    for item in LAYOUT:
        kind = item[0]
        if kind == "H":
            text = _join_lines([L(n) for n in range(item[1], item[2] + 1)])
            for a, b in HEADING_FIXES:
                text = text.replace(a, b)
            blocks.append(("H", text))
        elif kind == "B":
            blocks.append(("B", "\n".join(item[1])))
        elif kind == "F":
            n, a, b = item[1], item[2], item[3]
            text = _join_lines([L(k) for k in range(a, b + 1)])
            text = re.sub(r"^%d\s+" % n, "", text)
            footnotes[n] = f"[{n}] {text}"
        elif kind == "P":
            nums = [n for a, b in item[1] for n in range(a, b + 1) if L(n).strip()]
            cur: list[str] = []
            for n in nums:
                cur.append(L(n))
                if _is_para_end(n, L(n)):
                    blocks.append(("P", _join_lines(cur)))
                    cur = []
            if cur:
                blocks.append(("P", _join_lines(cur)))
    # footnote markers, then place each footnote after the paragraph citing it
    out: list[tuple[str, str]] = []
    pending = dict(footnotes)
    for kind, text in blocks:
        if kind == "P":
            for a, b in MARKERS:
                text = text.replace(a, b)
        out.append((kind, text))
        if kind == "P":
            for n in sorted(pending):
                if f"[{n}]" in text:
                    out.append(("F", pending.pop(n)))
    if pending:
        sys.exit(f"footnotes not placed: {sorted(pending)}")
    body = "\n\n".join(t for _, t in out) + "\n"
    return body, out


# ==========================================================================
# Hand-curated records
# ==========================================================================

# (id, name, kind, aliases, note)
ACTORS = [
    # countries (ISO 3166-1 alpha-3)
    ("JPN", "Japan", "country", "", ""),
    ("CHN", "China", "country", "People's Republic of China;Mainland China", ""),
    ("KOR", "South Korea", "country", "Republic of Korea;Korea", ""),
    ("USA", "United States", "country", "United States of America;US;U.S.", ""),
    ("IND", "India", "country", "", ""),
    ("DEU", "Germany", "country", "", ""),
    ("ITA", "Italy", "country", "", ""),
    ("PER", "Peru", "country", "Perú;Republic of Peru", ""),
    ("MEX", "Mexico", "country", "", ""),
    ("CHL", "Chile", "country", "", ""),
    ("BRA", "Brazil", "country", "", ""),
    ("COL", "Colombia", "country", "", ""),
    ("ARG", "Argentina", "country", "", ""),
    ("CUB", "Cuba", "country", "", ""),
    ("BOL", "Bolivia", "country", "", ""),
    ("PRY", "Paraguay", "country", "", ""),
    ("ECU", "Ecuador", "country", "", ""),
    ("NIC", "Nicaragua", "country", "", ""),
    ("SLV", "El Salvador", "country", "", ""),
    ("PAN", "Panama", "country", "", ""),
    ("VEN", "Venezuela", "country", "", ""),
    ("CRI", "Costa Rica", "country", "", ""),
    ("HTI", "Haiti", "country", "", ""),
    ("GUY", "Guyana", "country", "", ""),
    ("TTO", "Trinidad and Tobago", "country", "", ""),
    # regions
    ("LAC", "Latin America and the Caribbean", "region", "Latin America;LAC", ""),
    ("ASIA", "Asia", "region", "", ""),
    ("WLD", "World", "region", "", ""),
    ("EU", "European Union", "region", "EU", ""),
    # people
    ("shinzo-abe", "Shinzo Abe", "person", "Abe", "Prime Minister of Japan (2012-2020)"),
    ("fumio-kishida", "Fumio Kishida", "person", "Kishida", "Foreign Minister of Japan (from 2012)"),
    # Japanese public bodies
    ("jica", "Japan International Cooperation Agency", "organisation", "JICA", "Japan's development cooperation agency"),
    ("jbic", "Japan Bank for International Cooperation", "organisation", "JBIC;Japan Bank of International Cooperation;Japan’s Bank of International Cooperation", "Government-owned lender created on 1 October 1999 by merging JEXIM and OECF"),
    ("jexim", "Export-Import Bank of Japan", "organisation", "JEXIM;EX-IM Bank of Japan;Japan Export-Import Bank", "Merged into JBIC in 1999"),
    ("oecf", "Overseas Economic Cooperation Fund", "organisation", "OECF", "Japan's concessional (ODA) loan agency; merged into JBIC in 1999"),
    ("jetro", "Japan External Trade Organization", "organisation", "JETRO", "Named in this document only as a source of FDI statistics"),
    ("meti", "Ministry of Economy, Trade and Industry (Japan)", "organisation", "METI;Japan METI", "Conducts the Basic Survey of Overseas Business Activities"),
    ("keidanren", "Keidanren (Japan Business Federation)", "organisation", "Keidanren;Japan Business Federation", "Japanese business federation"),
    # Latin American and other bodies
    ("cni", "National Confederation of Industry (Brazil)", "organisation", "CNI;Brazilian National Industry Federation", "Brazilian industry federation"),
    ("pacific-alliance", "Pacific Alliance", "organisation", "Alianza del Pacífico", "Trade bloc of Chile, Colombia, Mexico and Peru"),
    ("mercosur", "Mercosur", "organisation", "Southern Cone Common Market;Mercado Común del Sur", "South American common market"),
    ("sica", "Central American Integration System", "organisation", "SICA", ""),
    ("caricom", "Caribbean Community", "organisation", "CARICOM", ""),
    ("apec", "Asia-Pacific Economic Cooperation", "organisation", "APEC", ""),
    ("asean", "Association of Southeast Asian Nations", "organisation", "ASEAN;ASEAN (10)", ""),
    ("eclac", "Economic Commission for Latin America and the Caribbean", "organisation", "ECLAC;CEPAL", "United Nations regional commission"),
    ("idb", "Inter-American Development Bank", "organisation", "IDB", ""),
    ("world-bank", "World Bank", "organisation", "World Bank Group", ""),
    ("green-climate-fund", "Green Climate Fund", "organisation", "GCF", ""),
    ("oecd-dac", "OECD Development Assistance Committee", "organisation", "DAC;OECD/DAC", ""),
    ("fealac", "Forum for East Asia-Latin America Cooperation", "organisation", "FEALAC;Forum of Latin America and East Asia Cooperation", ""),
    # companies
    ("mitsubishi", "Mitsubishi Corporation", "company", "Mitsubishi", "Japanese general trading company (sogo shosha)"),
    ("mitsui", "Mitsui & Co.", "company", "Mitsui", "Japanese general trading company (sogo shosha)"),
    ("marubeni", "Marubeni", "company", "", "Japanese general trading company (sogo shosha)"),
    ("sumitomo", "Sumitomo Corporation", "company", "Sumitomo", "Japanese general trading company (sogo shosha)"),
    ("nissan", "Nissan", "company", "Nissan Motor Co.", "Japanese automaker"),
    ("kawasaki-steel", "Kawasaki Steel Co.", "company", "Kawasaki Steel", "Japanese steelmaker"),
    ("sumitomo-metal-industries", "Sumitomo Metal Industries", "company", "", "Japanese steelmaker"),
    ("kobe-steel", "Kobe Steel", "company", "", "Japanese steelmaker"),
    ("usiminas", "Usiminas", "company", "Ushiminas", "Brazilian steelworks built with Japanese financing"),
    ("tubarao-steelworks", "Tubarão steelworks", "company", "Tubarao;Companhia Siderúrgica de Tubarão", "Brazilian steelworks with Japanese, Italian and Brazilian capital"),
    ("sicartsa", "SICARTSA", "company", "SICARTSA steelworks", "Mexican steelworks"),
    ("mufg", "Mitsubishi UFJ Financial Group", "company", "Mitsubishi UFJ Financial Groups;MUFG", "Japanese mega-bank"),
    ("smfg", "Sumitomo Mitsui Financial Group", "company", "Mitsui Sumitomo Financial Group;SMFG", "Japanese mega-bank"),
    ("mizuho", "Mizuho Financial Group", "company", "Mizuho", "Japanese mega-bank"),
    # agreements
    ("japan-mexico-epa", "Japan–Mexico Economic Partnership Agreement", "agreement", "Japan-Mexico EPA", "In force 2005; Japan's first full-fledged EPA"),
    ("japan-chile-epa", "Japan–Chile Economic Partnership Agreement", "agreement", "Japan-Chile EPA", "In force 2007"),
    ("japan-peru-epa", "Japan–Peru Economic Partnership Agreement", "agreement", "Japan-Peru EPA", "In force 2012"),
    ("japan-colombia-epa", "Japan–Colombia Economic Partnership Agreement", "agreement", "Japan-Colombia EPA", "Under negotiation in 2015"),
    ("japan-brazil-epa", "Japan–Brazil Economic Partnership Agreement (proposed)", "agreement", "Japan-Brazil EPA", "Proposed by Keidanren and CNI in 2015"),
    ("tpp", "Trans-Pacific Partnership", "agreement", "TPP;Trans-Pacific Partnership Agreement", ""),
    ("rcep", "Regional Comprehensive Economic Partnership", "agreement", "RCEP", "ASEAN-centred regional trade agreement (under negotiation in 2015)"),
    ("china-japan-korea-fta", "China–Japan–Korea free trade agreement", "agreement", "trilateral China/Japan/Korea agreement", "Under negotiation in 2015"),
    ("china-korea-fta", "China–Korea free trade agreement", "agreement", "", ""),
]


EPISODES: list[dict] = []
PERIODS: list[dict] = []


def ep(id, title, kind, date_text, start, end, summary, actors, quote, same_as=""):
    EPISODES.append(dict(id=id, same_as=same_as, title=title, kind=kind, date_text=date_text,
                         start=start, end=end, summary=summary, actors=actors, quote=quote))


def cite(same_as, date_text, start, end, quote):
    """Another citation of an episode already defined (here or in another file)."""
    EPISODES.append(dict(id="", same_as=same_as, title="", kind="", date_text=date_text,
                         start=start, end=end, summary="", actors="", quote=quote))


# --- Introduction ---------------------------------------------------------
ep("1982-latin-american-debt-crisis-outbreak", "Outbreak of the Latin American debt crisis", "finance",
   "August 1982", "1982-08", "",
   "The Latin American debt crisis broke out in August 1982. Japanese banks then had more than US$30 billion "
   "of private-sector financing in the region, over US$13 billion of it in syndicated loans.",
   "LAC:borrower;JPN:lender",
   "At the outbreak of the crisis (August 1982), Japanese banks were engaged in private-sector financing "
   "operations worth over US$30 billion, including over US$13 billion syndicated loans")
ep("1982-japanese-banks-in-peru-pipelines-and-mexican-metallurgy",
   "Japanese banks finance Peruvian oil pipelines and Mexican metallurgy", "finance",
   "At that time", "1982~", "",
   "Around the outbreak of the debt crisis, Japanese banks took part in financing some of the region's largest "
   "projects, among them oil pipelines in Peru and the metallurgical industry in Mexico.",
   "JPN:lender;PER:borrower;MEX:borrower",
   "At that time, Japanese banks were also participants in the region’s largest projects such as Peruvian oil "
   "pipelines and metallurgical industry in Mexico.")
ep("198X-japan-public-money-for-debt-bailout", "Japan commits public money to the Latin American debt bailout",
   "finance", "the debt crisis of the 1980s", "198X", "",
   "The debt crisis obliged the Japanese government to put large sums of public money into the bailout plan; "
   "some Japanese firms left the region altogether while others stayed.",
   "JPN:lender;LAC:borrower",
   "The debt crisis meant that the Government of Japan was called to use large sums of public money to "
   "participate in the bailout plan (ECLAC, 1988).")
ep("2014-abe-tour-of-latin-america", "Prime Minister Abe tours Latin America and the Caribbean", "visit",
   "May 2014", "2014-05", "",
   "Shinzo Abe toured the region, the first such trip by a Japanese leader in ten years, and called for "
   "stronger bilateral ties built on a public-private partnership with Japan.",
   "shinzo-abe:visitor;JPN:visitor;LAC:host",
   "Prime Minister Shinzo Abe’s tour to the region in May 2014, the first in 10 years by a Japanese head of "
   "state, called for strengthening of bilateral relations")
ep("2013-kishida-trips-to-latin-america", "Foreign Minister Kishida's three trips to the region", "visit",
   "on three occasions since 2013", "2013", "2015",
   "Foreign Minister Fumio Kishida travelled to Latin America and the Caribbean three times from 2013 to the "
   "time of writing, a sign of Japan's renewed interest.",
   "fumio-kishida:visitor;JPN:visitor;LAC:host",
   "Foreign Minister Fumio Kishida traveled to the region on three occasions since 2013.")
ep("2015-kishida-visits-cuba", "First visit to Cuba by a Japanese foreign minister", "visit",
   "in 2015", "2015", "",
   "Fumio Kishida's 2015 trip to Cuba was the first ever by a Japanese foreign minister; Japan had kept "
   "diplomatic relations with Cuba regardless of the Revolution.",
   "fumio-kishida:visitor;JPN:visitor;CUB:host",
   "His trip to Cuba in 2015 marked the first ever visit by a Japanese foreign minister.")
ep("201X-japan-cuba-debt-rescheduling", "Japan takes part in rescheduling Cuba's external debt", "finance",
   "in recent years", "201X", "",
   "Japan has been involved in rescheduling Cuba's external debt in the years before 2015.",
   "JPN:lender;CUB:borrower",
   "has been involved in the external debt rescheduling of the island nation in recent years")
# The 2008 crisis is defined by sy2013 (2008-global-financial-crisis); cite it.
cite("2008-global-financial-crisis", "the 2008-09 financial crisis", "2008", "2009",
     "LAC’s quick and sustained recovery from the 2008-09 financial crisis")
cite("2008-global-financial-crisis", "the international financial crisis of 2008", "2008", "",
     "reciprocal trade continued to recover until the outbreak of the international financial crisis of 2008.")
ep("2013-japan-pacific-alliance-observer", "Japan becomes an observer of the Pacific Alliance", "multilateral",
   "Since January 2013", "2013-01", "",
   "Japan has taken part in the Pacific Alliance since January 2013 as one of its first observer countries.",
   "JPN:participant;pacific-alliance:subject",
   "Since January 2013, Japan has been participating in the Pacific Alliance as one of the first “observer” "
   "countries of the group.")
ep("2015-japan-colombia-epa-negotiations", "Japan–Colombia EPA under negotiation", "trade_agreement",
   "currently in negotiation", "2015", "",
   "At the time of writing Japan, which already had EPAs with Chile, Mexico and Peru, was negotiating an EPA "
   "with Colombia.",
   "JPN:participant;COL:participant;japan-colombia-epa:subject",
   "Japan has signed three bilateral Economic Partnership Agreements (EPAs) with Chile, Mexico and Peru and is "
   "currently in negotiation with Colombia.")
ep("2015-tpp-negotiations", "Japan, Chile, Mexico and Peru in the TPP negotiations", "trade_agreement",
   "(as of 2015)", "2015", "",
   "Japan takes part in the Trans-Pacific Partnership negotiations together with the three Latin American APEC "
   "members, Chile, Mexico and Peru.",
   "JPN:participant;CHL:participant;MEX:participant;PER:participant;tpp:subject",
   "Japan is also engaged in the TPP, which includes the three Latin American APEC member countries (Chile, "
   "Mexico, and Peru).")
ep("2015-japan-brazil-joint-economic-committee", "Business leaders call for a Japan–Brazil EPA", "trade_agreement",
   "September 1, 2015", "2015-09-01", "",
   "A Keidanren–CNI report calling for a Japan–Brazil EPA went to the 19th Japan-Brazil Joint Economic Committee "
   "in Porto Alegre, where both sides agreed to ask their governments to consider negotiating one soon.",
   "keidanren:participant;cni:participant;JPN:participant;BRA:participant;japan-brazil-epa:subject",
   "The report was submitted to the 19th “Japan-Brazil Joint Economic Committee” meeting held at Porto Alegre, "
   "Brazil, September 1, 2015.")
ep("2015-japan-development-cooperation-charter", "Japan adopts the Development Cooperation Charter", "aid",
   "February 2015", "2015-02", "",
   "Japan adopted a new Development Cooperation Charter, a development assistance strategy built around "
   "quality growth, disaster risk reduction and climate change, based on the concept of human security.",
   "JPN:donor",
   "by applying the new Development Cooperation Charter adopted in February 2015")
cite("2015-japan-development-cooperation-charter", "announced in February 2015", "2015-02", "",
     "One of the three approaches of Japan’s new development assistance strategy, announced in February 2015, "
     "is “quality growth”.")

# --- Trade and investment relations / Trade ----------------------------------
ep("199X-japanese-financial-flows-to-lac-fall", "Japanese financial flows to Latin America fall sharply",
   "investment", "during the following decade", "199X", "",
   "After the 1980s, when Latin America held 17% of Japan's cumulative FDI and 18% of its private bank debt, "
   "Japanese financial flows to the region fell sharply in the 1990s, against the global trend.",
   "JPN:investor;LAC:recipient",
   "However, financial flows fell sharply during the following decade.")
# Defined by sy2013 (1989-japan-recession-lost-decade); this text does not date the slump itself.
cite("1989-japan-recession-lost-decade", "", "", "",
     "Sharp declines in financial markets and the prolonged decline in industrial production have affected the "
     "flows of Japanese FDI at that time.")
ep("199X-japan-lac-trade-asymmetry", "Japan–LAC trade turns lopsided in Japan's favour", "trade",
   "In the decade of the 1990s", "199X", "",
   "In the 1990s Japanese imports from Latin America fell sharply while exports to the region rose steadily, "
   "giving Japan a growing surplus.",
   "JPN:participant;LAC:participant",
   "In the decade of the 1990s, the reciprocal trade was characterized by an asymmetry in which Japanese imports "
   "from LAC sharply reduced, while its exports to the region increased steadily, resulting in a growing surplus "
   "for Japan")
ep("1998-asian-financial-crisis-hits-latin-america", "Asian financial crisis hits Latin America", "finance",
   "1998-1999", "1998", "1999",
   "Japan–LAC trade, which had recovered during the 1990s, grew until Latin American economies were badly "
   "affected by the Asian financial crisis in 1998-1999.",
   "LAC:subject;ASIA:subject",
   "Later on, reciprocal trade recovered and continued to growth until 1998-1999 when Latin American economies "
   "were severely affected by the Asian financial crisis.")
ep("2004-japan-lac-trade-trough", "Japan–LAC trade bottoms out", "trade",
   "in 2004", "2004", "",
   "Reciprocal trade between Japan and Latin America hit its trough in 2004 and then recovered until the 2008 "
   "crisis, stagnating afterwards.",
   "JPN:participant;LAC:participant",
   "After hitting the trough in 2004, reciprocal trade continued to recover until the outbreak of the "
   "international financial crisis of 2008.")
ep("2003-china-displaces-japan-in-lac-trade", "China displaces Japan as LAC's main Asian trading partner",
   "trade", "until 2003", "2003", "",
   "Japan was Latin America's largest Asian trading partner until 2003, when China overtook it for the first "
   "time; the shift accelerated through the 2003-2008 boom and after the crisis.",
   "CHN:participant;JPN:participant;LAC:participant",
   "It should be noted that Japan was the largest Asian trading partner (both in exports and imports) for the "
   "LAC region as a whole until 2003, when China for the first time displaced Japan as Asia-Pacific’s main "
   "trading partner in that region.")
ep("2013-lac-exports-to-china-slow", "Latin American exports to China begin to slow", "trade",
   "until 2013", "2013", "",
   "China's displacement of Japan in Latin American trade continued in the post-crisis years until 2013, when "
   "the region's exports to China began to slow.",
   "LAC:participant;CHN:participant",
   "in the post-crisis period until 2013, when LAC’s exports to China started to slowdown.")
APEC_QUOTE = ("It is not surprising that the date of joining the APEC for Chile (1993), Mexico (1993) and Peru (1998) "
              "coincides with Japan’s rise in the LAC trade sphere.")
ep("1993-chile-joins-apec", "Chile joins APEC", "multilateral", "(1993)", "1993", "",
   "Chile joined APEC in 1993, at a time when Japan's weight in Latin American trade was rising.",
   "CHL:member;apec:subject", APEC_QUOTE)
ep("1993-mexico-joins-apec", "Mexico joins APEC", "multilateral", "(1993)", "1993", "",
   "Mexico joined APEC in 1993, at a time when Japan's weight in Latin American trade was rising.",
   "MEX:member;apec:subject", APEC_QUOTE)
# Peru's APEC entry is defined by sy2013 (1997); this document says 1998 -> a conflicting claim.
cite("1997-peru-joins-apec", "(1998)", "1998", "", APEC_QUOTE)
ep("2011-japan-top-asian-export-market-for-six-countries",
   "Japan remains the top Asian export market for six Latin American countries", "trade",
   "2011-2014 average", "2011", "2014",
   "Despite China's predominance, Japan was still the most important Asian export destination for Ecuador, "
   "Bolivia, Paraguay, Nicaragua, El Salvador and Panama on 2011-2014 averages.",
   "JPN:participant;ECU:participant;BOL:participant;PRY:participant;NIC:participant;SLV:participant;PAN:participant",
   "Japan still maintains the No. 1 position as the most important Asian export destination for a number of Latin "
   "American countries, such as Ecuador, Bolivia, and Paraguay in South America, and Nicaragua and the El Salvador "
   "and Panama in Central America (see Figure 3).")
ep("2008-lac-anti-dumping-cases-against-china", "Latin American anti-dumping investigations into Chinese imports",
   "trade", "since the beginning of the recent global crisis", "2008", "",
   "Since the global crisis began, many countries, some in Latin America among them, have opened anti-dumping "
   "investigations into Chinese imports, while Japan has rarely been targeted.",
   "LAC:participant;CHN:target",
   "In fact, since the beginning of the recent global crisis, many countries including some in LAC have "
   "initiated anti-dumping investigations into imports from China (ECLAC, 2011).")

# --- Foreign Direct Investment ---------------------------------------------
ep("196X-japanese-mining-investment-brazil-chile", "Japanese firms invest in Brazilian and Chilean mining",
   "investment", "In the 1960s", "196X", "",
   "In the 1960s Japanese firms invested in Latin America to secure industrial inputs, joining large mining "
   "projects mostly in Brazil and Chile.",
   "JPN:investor;BRA:host;CHL:host",
   "In the 1960s, Japanese firms invested in the region to secure the inputs needed for industrial production, "
   "and participated in large mining projects, mostly in Brazil and Chile.")
ep("1965-lac-largest-recipient-of-japanese-fdi", "Latin America is the largest recipient of Japanese FDI",
   "investment", "By 1965", "1965", "",
   "By 1965 Latin America and the Caribbean held a quarter of Japan's accumulated FDI worldwide, more than any "
   "other region.",
   "JPN:investor;LAC:recipient",
   "By 1965 the LAC region was the largest recipient of Japanese FDI, with 25% of the world accumulated total.")
ep("197X-japanese-fdi-shifts-to-manufacturing", "Japanese FDI in Latin America shifts to manufacturing",
   "investment", "during the 1970s and 1980s", "197X", "198X",
   "Japanese investment moved from raw materials to manufacturing in low-cost locations, with the larger "
   "projects concentrated in Brazil and Mexico to serve their markets and export to neighbours.",
   "JPN:investor;BRA:host;MEX:host",
   "The focus on raw materials soon changed, however, as Japanese investment during the 1970s and 1980s shifted "
   "to manufacturing operations in low cost locations.")
ep("196X-usiminas-japanese-financing", "Japanese financing of the Usiminas steelworks (Brazil)", "investment",
   "during these periods", "196X/198X", "",
   "Among the emblematic Japanese projects in Brazil, Japanese financing of the Usiminas steelworks totalled "
   "US$760 million.",
   "JPN:investor;usiminas:recipient;BRA:host",
   "the Ushiminas steelworks in Brazil in which Japanese financing totaled US$760 million")
ep("196X-tubarao-steelworks", "Tubarão steelworks built with Japanese, Italian and Brazilian capital",
   "investment", "during these periods", "196X/198X", "",
   "The Tubarão steelworks in Brazil was financed with mixed capital from Japan (Kawasaki Steel and others), "
   "Italy and Brazil; the Japanese share was US$168 million, 24.5% of the total.",
   "JPN:investor;kawasaki-steel:investor;ITA:investor;BRA:host;tubarao-steelworks:subject",
   "the Tubarao steelworks, financed with mixed capital from Japan (Kawasaki Steel Co. and others), Italy and "
   "Brazil, with an investment of US$168 million or 24.5% of the total")
ep("196X-amazon-aluminium-project", "Japanese investment in Amazon aluminium production", "investment",
   "during these periods", "196X/198X", "",
   "Japanese investors put US$273 million, 49% of the total, into aluminium production in the Amazon.",
   "JPN:investor;BRA:host",
   "aluminum production in the Amazon with Japanese investment of US$273 million or 49% of the total")
ep("196X-brazil-pulp-and-paper-mills", "Japanese-backed pulp and paper mills in Minas Gerais and Espírito Santo",
   "investment", "during these periods", "196X/198X", "",
   "Two pulp and paper mills in Minas Gerais and Espírito Santo ('Espiritu' in the text) involved an investment "
   "of US$100 million.",
   "JPN:investor;BRA:host",
   "two pulp and paper mills in Minas Gerais and Espiritu with an investment of US$100 million")
ep("196X-cerrado-agricultural-development", "Cerrado agricultural development project (Brazil)", "investment",
   "during these periods", "196X/198X", "",
   "The agricultural development project for the wide Cerrado zone of Brazil involved US$450 million; Japanese "
   "technical cooperation later helped make Brazil a leading exporter of soybeans and maize.",
   "JPN:investor;BRA:host",
   "the agricultural development project of the wide zone of Cerrado with US$450 million")
ep("196X-nissan-in-mexico", "Nissan employs some 5,000 workers in Mexico", "investment",
   "during these periods", "196X/198X", "",
   "Among the emblematic Japanese investments in Mexico, Nissan Motor Co. employed close to 5,000 workers.",
   "nissan:investor;JPN:investor;MEX:host",
   "In Mexico, Nissan Motor Co. employed close to 5,000 workers.")
ep("1985-mexican-steel-projects-completed", "Two Japanese-backed steel plants completed in Mexico", "investment",
   "In 1985", "1985", "",
   "Two major steel projects with substantial Japanese investment were completed in Mexico as part of the "
   "SICARTSA expansion: a large-diameter pipe plant (Sumitomo Metal Industries and others, US$20 million, 40%) "
   "and a cast and forged steel plant (Kobe Steel and others, US$22 million).",
   "sumitomo-metal-industries:investor;kobe-steel:investor;JPN:investor;MEX:host;sicartsa:subject",
   "In 1985 two major steelwork projects were completed with substantial Japanese investment.")
ep("196X-japan-credit-for-sicartsa", "Japanese credit for the SICARTSA steelworks expansion", "finance",
   "had already granted", "[1960..1985]", "",
   "Before the 1985 plant completions, Japan had granted a US$110 million credit for the expansion plan of "
   "Mexico's SICARTSA steelworks (year not given).",
   "JPN:lender;sicartsa:borrower;MEX:borrower",
   "These collaboration schemes were proposed as an integral part of the expansion plan of the SICARTSA "
   "steelworks plant, for which Japan had already granted a credit of US$110 million (ECLAC, 1990).")
ep("1984-japanese-companies-in-brazil", "363 Japanese companies have invested in Brazil", "investment",
   "by 1984", "1984", "",
   "By 1984, 363 Japanese companies had invested in Brazil, about half of them in manufacturing; in Mexico 77 "
   "of 126 Japanese companies were in manufacturing.",
   "JPN:investor;BRA:host;MEX:host",
   "Of the 363 Japanese companies who had invested in Brazil by 1984, approximately half of them operated in "
   "manufacturing and the rest in commerce, services, construction and finance.")
# Defined by pj2003 (1985-yen-appreciation-spurs-japanese-fdi, "in the mid-1980s"); this text: "In the 1980s".
cite("1985-yen-appreciation-spurs-japanese-fdi", "In the 1980s", "198X", "",
     "In the 1980s, Japan became one of the world’s most important sources of FDI, stimulated mainly by the sharp "
     "appreciation of the yen, the increase in labor costs in the country, and growing trade restrictions abroad")
ep("198X-japan-second-wave-fdi-bypasses-lac", "Japan's 'second wave' of outward FDI bypasses Latin America",
   "investment", "In the 1980s", "198X", "",
   "A strong yen, rising wages and trade barriers abroad pushed Japanese firms to invest overseas in the 1980s, "
   "but the boom coincided with the debt crisis and Latin America was largely left out.",
   "JPN:investor;LAC:recipient",
   "However, the timing of this “second-wave” of Japanese outward investment worldwide unfortunately coincided "
   "with the prolonged debt crisis in the LAC region.")
ep("1989-japanese-outward-fdi-peak", "Japan's outward FDI peaks at US$67.5 billion", "investment",
   "in 1989", "1989", "",
   "Japanese FDI outflows worldwide reached their maximum in 1989, at US$67.5 billion.",
   "JPN:investor;WLD:recipient",
   "As a result, FDI flows from Japan in 1989 reached its maximum level of US$67.5 billion.")
# Defined by csfuji (1990-latin-america-turns-to-free-trade, "By the early 1990s").
cite("1990-latin-america-turns-to-free-trade", "Towards the 1990s", "1990~", "",
     "Towards the 1990s, the implementation of liberalization and deregulation reforms, together with the "
     "privatization programs, improved growth prospects of Latin American countries and stimulated FDI in the "
     "region.")
ep("2001-japanese-firms-return-to-lac", "Japanese companies return to Latin America", "investment",
   "beginning in the early 2000s", "2001~", "",
   "Strong Latin American growth from the early 2000s made the region a natural destination for Japanese "
   "companies again, both in resources and in consumer goods for the new middle classes.",
   "JPN:investor;LAC:recipient",
   "Strong growth in Latin America beginning in the early 2000s made the region a natural destination for "
   "Japanese companies once again.")

# --- Japanese finance to LAC -----------------------------------------------
ep("198X-japan-raises-official-flows-to-lac", "Japan steps up official lending to Latin America", "finance",
   "in the 1980s", "198X", "",
   "Highly exposed to the debt crisis, the Japanese government adopted policies to raise concessional and "
   "commercial official loans to Latin America, used in the 1980s and 1990s for structural adjustment and debt "
   "recycling.",
   "JPN:lender;LAC:borrower",
   "Facing a high exposure to the debt crisis in the 1980s, the Government of Japan adopted specific policies "
   "to substantially increase official flows in the form of concessional and commercial loans to Latin American "
   "countries")
ep("1987-jexim-untied-loans", "Export-Import Bank of Japan begins untied loans for debt reduction", "finance",
   "from the year 1987 onward", "1987", "",
   "From 1987 the Export-Import Bank of Japan, often co-financing with multilateral institutions, extended "
   "untied loans worth US$34 billion in support of the Baker Initiative, the Brady Plan and structural reforms; "
   "more than US$7.5 billion went to Latin America.",
   "jexim:lender;LAC:borrower",
   "from the year 1987 onward, the Bank, often through co-financing with multilateral financial institutions, "
   "provided untied loans, equivalent to US $34 billion, of which more than US$7.5 billion were directed to LAC")
# Another document (csfor) dates the Baker plan; this one only names it.
cite("1985-baker-plan", "", "", "",
     "Both for the process of Latin American debt reduction in support of the Baker Initiative and Brady Plan as "
     "well as in support of the structural reforms")
ep("1991-capital-recycling-structural-adjustment-loans", "Soft loans to LAC peak under the Capital Recycling program",
   "finance", "in 1991", "1991", "",
   "Japanese soft loans to Latin America rose to US$463 million in 1991, when a series of Structural "
   "Adjustment Loan projects was approved under the Capital Recycling program.",
   "JPN:lender;LAC:borrower",
   "With regard to soft loans, the amount granted to the region steadily increased to reach a total of US $463 "
   "million in 1991, during which a series of projects related to the Structural Adjustment Loans (SAL) were "
   "approved under the “Capital Recycling” program.")
ep("1992-oecf-environmental-loans", "OECF begins environmental loans to higher-income countries", "finance",
   "in the period 1992-1994", "1992", "1994",
   "A novelty of 1992-1994 was OECF lending for the environment to relatively high-income countries.",
   "oecf:lender;LAC:borrower",
   "A novelty in the period 1992-1994 was that the granting of loans directed to the field of the environment "
   "of relatively high-income countries (ECLAC, 1996).")
ep("1999-jbic-created", "JBIC created from the merger of JEXIM and OECF", "institution",
   "October 1, 1999", "1999-10-01", "",
   "The Japan Bank for International Cooperation was created by merging the Export-Import Bank of Japan and the "
   "Overseas Economic Cooperation Fund.",
   "jbic:subject;jexim:subject;oecf:subject;JPN:subject",
   "The Japan Bank for International Cooperation (its abbreviation is JBIC) was created on October 1, 1999, "
   "through the merger of the Japan Export-Import Bank (JEXIM) and the Overseas Economic Cooperation Fund (OECF).")
ep("2013-jbic-loan-bolivian-mine-expansion", "JBIC loan for expanding a large Bolivian mine", "finance",
   "In 2013", "2013", "",
   "JBIC signed a loan agreement to expand one of Bolivia's largest mines, backing a Japanese company's project "
   "and a long-term supply of minerals.",
   "jbic:lender;BOL:host;JPN:investor",
   "In 2013, the Bank signed a loan agreement for expansion of one of Bolivia’s largest mines to support a "
   "Japanese company’s mine expansion project")
ep("2013-jbic-loan-brazilian-agribusiness", "JBIC loan for Japanese purchase of Brazilian grain firms", "finance",
   "In the same year", "2013", "",
   "JBIC financed the acquisition of shares in Brazilian agriculture and grain-export companies by several "
   "Japanese firms.",
   "jbic:lender;BRA:host;JPN:investor",
   "In the same year, the Bank signed a loan agreement for the acquisition of shares of companies engaged in "
   "agriculture and grain exports in Brazil")
ep("201X-jbic-loan-mexican-steel-pipes", "JBIC loan for steel pipes for Mexico's auto industry", "finance",
   "The recent examples", "201X", "",
   "Among recent JBIC operations (JBIC Annual Reports 2013, 2014) was a loan for making steel pipes for "
   "Mexico's automobile industry.",
   "jbic:lender;MEX:host",
   "The recent examples include a loan for the manufacture of steel pipes for Mexico’s auto industry.")
ep("201X-jbic-loan-sao-paulo-metro", "JBIC loan to São Paulo state for its metro", "finance",
   "The recent examples", "201X", "",
   "JBIC lent to the government of São Paulo state to expand the São Paulo metro (JBIC Annual Reports 2013, "
   "2014).",
   "jbic:lender;BRA:borrower",
   "In addition, JBIC supports infrastructure projects (a loan to the government of Sao Paulo state in Brazil "
   "to expand the Sao Paulo metro system).")
ep("201X-jbic-loan-costa-rica-state-bank", "JBIC loan to a Costa Rican state-owned bank", "finance",
   "The recent examples", "201X", "",
   "JBIC signed a loan contract with a Costa Rican state-owned bank to support Japanese companies' business "
   "with Costa Rica (JBIC Annual Reports 2013, 2014).",
   "jbic:lender;CRI:borrower",
   "The Bank also signed a loan contract with Costa Rica’s state-owned bank to support the expansion of "
   "Japanese companies’ business with Costa Rica")
ep("2005-jbic-finance-to-argentina-venezuela-dries-up", "JBIC finance to Argentina and Venezuela dries up",
   "finance", "since the mid-2000’s", "2005~", "",
   "While Brazil and the Pacific Alliance countries received a growing share of new JBIC loans, finance to "
   "Argentina and Venezuela has dried up since the mid-2000s.",
   "jbic:lender;ARG:borrower;VEN:borrower",
   "while finance to Argentina and Venezuela has dried up since the mid-2000’s (Figure 11A)")

# --- ODA -------------------------------------------------------------------
ep("1992-japan-oda-charter", "Japan adopts its ODA Charter", "aid", "established in 1992", "1992", "",
   "Japan's ODA Charter set out the principle that trade liberalization alone is not enough and that "
   "supply-side capacities must be built with assistance.",
   "JPN:donor",
   "This principle is enshrined in Japan’s ODA Charter, established in 1992 and revised in 2003.")
ep("2003-japan-oda-charter-revised", "Japan revises its ODA Charter", "aid", "revised in 2003", "2003", "",
   "Japan revised its ODA Charter in 2003.",
   "JPN:donor",
   "This principle is enshrined in Japan’s ODA Charter, established in 1992 and revised in 2003.")
ep("1990-japan-second-largest-donor-to-lac", "Japan is the second-largest donor to Latin America", "aid",
   "In the first three years of the 1990s", "1990", "1992",
   "In 1990-1992 Japan ranked as the second-largest ODA donor to Latin America and the Caribbean, after the "
   "United States.",
   "JPN:donor;USA:donor;LAC:recipient",
   "In the first three years of the 1990s, for example, Japan was ranked as the second largest donor, after the "
   "United States (ECLAC, 1996).")
ep("2013-jica-main-recipients-in-lac", "Peru heads JICA's aid recipients in Latin America", "aid",
   "In 2013", "2013", "",
   "In (fiscal) 2013 JICA's main recipients in the region were Peru, Brazil, Costa Rica, Haiti, Paraguay, "
   "Nicaragua and Bolivia.",
   "jica:donor;PER:recipient;BRA:recipient;CRI:recipient;HTI:recipient;PRY:recipient;NIC:recipient;BOL:recipient",
   "In 2013, the major JICA aid recipient countries were Peru, Brazil, Costa Rica, Haiti, Paraguay, Nicaragua "
   "and Bolivia (see Figure 13).")
ep("2015-jica-one-village-one-product-peru", "JICA 'One Village One Product' projects in Peru", "aid",
   "Currently", "2015", "",
   "Under the One Village One Product movement JICA funded 11 projects in Piura, La Libertad, Huánuco, Amazonas, "
   "Puno and Cusco for about US$1 million; a frozen custard-apple plant in Callahuanca (Lima) was being built "
   "at the time of writing.",
   "jica:donor;PER:recipient",
   "Currently, the construction of a plant and storage of frozen custard in the town of Callahuanca in Lima is "
   "underway (Mincetur, 2015).")
ep("2006-japan-largest-aid-for-trade-donor", "Japan is the largest Aid for Trade donor", "aid",
   "between 2006 and 2011", "2006", "2011",
   "Of the US$174 billion of Aid for Trade disbursed worldwide in 2006-2011, Japan gave US$36 billion (21%), "
   "more than any other donor, though Latin America received only 2.8% of Japan's AfT in 2009-2011.",
   "JPN:donor;WLD:recipient",
   "Japan was the largest donor, with disbursements of US$36 billion (21% of the total)")

# --- EPAs ------------------------------------------------------------------
EPA_QUOTE = ("On the whole, the EPAs with Mexico (2005) Chile (2007) and Peru (2012) have positive impacts on exports "
             "to Japan and investment from the Asian country.")
# Defined by sy2013 (2005-japan-mexico-epa, "signed in 2005"); this document dates the entry into force
# (and, once, the signing) to 2005.
cite("2005-japan-mexico-epa", "Since its entry into force in 2005", "2005", "",
     "Since its entry into force in 2005, the bilateral trade and investment flows have grown rapidly.")
cite("2005-japan-mexico-epa", "its first “full-fledged” EPA", "", "",
     "On the part of Japan, the agreement was its first “full-fledged” EPA after agreeing to open its agricultural "
     "sector.")
cite("2005-japan-mexico-epa", "(2005)", "2005", "", EPA_QUOTE)
cite("2005-japan-mexico-epa", "the signing of the EPA in 2005", "2005", "",
     "Japan’s exports to Mexico, which had continued to grow even before the signing of the EPA in 2005, fully "
     "recovered in the aftermath of the financial crisis.")
ep("2007-japan-chile-epa", "Japan–Chile EPA enters into force", "trade_agreement", "(2007)", "2007", "",
   "The Japan–Chile EPA took effect in 2007, phasing out tariffs on salmon and trout over 10 years and on "
   "bottled wine over 12, with tariff quotas for beef, pork and chicken; by 2011 about 82% of Chile's exports "
   "to Japan entered duty free.",
   "JPN:signatory;CHL:signatory;japan-chile-epa:subject",
   EPA_QUOTE)
ep("2012-japan-peru-epa", "Japan–Peru EPA enters into force", "trade_agreement", "in 2012", "2012", "",
   "The Japan–Peru EPA took effect in 2012, eliminating tariffs on 99% of bilaterally traded products within "
   "10 years, with 749 sensitive tariff lines excluded by Japan; trade grew less than Peru had hoped.",
   "JPN:signatory;PER:signatory;japan-peru-epa:subject",
   "overall bilateral trade has not grown as fast as expected even after the EPA going in effect in 2012")
cite("2012-japan-peru-epa", "(2012)", "2012", "", EPA_QUOTE)
ep("2011-chile-exports-to-japan-peak", "Chile's exports to Japan peak", "trade", "in 2011", "2011", "",
   "Chile's overall exports to Japan peaked in 2011 and declined afterwards, growing more slowly than those to "
   "China.",
   "CHL:participant;JPN:participant",
   "their overall exports to Japan reached their peak in 2011 and have been declining since then (Figure 13)")
ep("2015-peru-new-products-in-japan", "Some 280 new Peruvian products reach Japan under the EPA", "trade",
   "Three years after the entry in force the EPA", "2015", "",
   "Three years after the Japan–Peru EPA took effect, about 280 new Peruvian products had found niche markets "
   "in Japan.",
   "PER:participant;JPN:participant;japan-peru-epa:subject",
   "Three years after the entry in force the EPA, some 280 new products have found their “niche” markets in "
   "Japan.")
ep("2015-japan-approves-peruvian-avocado-protocol", "Japan approves phytosanitary protocol for Peruvian avocados",
   "trade", "March 5, 2015", "2015-03-05", "",
   "Phytosanitary protocols opening the Japanese market to Peruvian avocados were approved, giving the product "
   "great export potential.",
   "PER:participant;JPN:participant",
   "At present, there is great potential for avocados, as a result of the phytosanitary protocols for the access "
   "to the Japanese market approved March 5, 2015 (Mincetur, 2015).")

# --- TPP, RCEP and the Pacific Alliance ------------------------------------
ep("2015-rcep-negotiations", "Japan negotiates in both the TPP and RCEP", "trade_agreement",
   "(as of 2015)", "2015", "",
   "At the time of writing Japan was the only Asian country taking part in both the TPP and the ASEAN-centred "
   "RCEP negotiations.",
   "JPN:participant;asean:participant;CHN:participant;rcep:subject;tpp:subject",
   "Japan is the only Asian country that is participating in both TPP and RCEP.")
ep("2015-china-japan-korea-fta-negotiations", "China–Japan–Korea FTA negotiations under way", "trade_agreement",
   "are underway", "2015", "",
   "Negotiations on a trilateral free trade agreement among China, Japan and Korea were under way at the time "
   "of writing.",
   "CHN:participant;JPN:participant;KOR:participant;china-japan-korea-fta:subject",
   "Besides, it is important to remember that the negotiations of a trilateral FTA between China, Japan and "
   "Korea are underway.")
ep("2015-china-korea-fta-concluded", "China–Korea FTA negotiations concluded", "trade_agreement",
   "has been finalized", "2015?", "",
   "The negotiation of a bilateral FTA between China and Korea had been finalized by the time of writing "
   "(date not given).",
   "CHN:signatory;KOR:signatory;china-korea-fta:subject",
   "In addition, the negotiation of a bilateral FTA between China and Korea has been finalized.")

# --- Actions and policies --------------------------------------------------
ep("201X-japan-build-back-better", "Japan introduces the 'Build Back Better' concept", "aid",
   "recently", "201X", "",
   "As part of mainstreaming disaster risk reduction in development, the Japanese authorities recently "
   "introduced the concept of 'Build Back Better'.",
   "JPN:donor",
   "To describe this vision, the Japanese authorities have recently introduced the concept of “Build Back "
   "Better”.")
ep("2013-japan-climate-finance", "Japan provides about US$20 billion in climate finance", "aid",
   "Between 2013 and 2014", "2013", "2014",
   "Japan provided roughly US$20 billion of public and private money to developing countries for climate "
   "change mitigation and adaptation.",
   "JPN:donor;WLD:recipient",
   "Between 2013 and 2014, Japan provided approximately US$ 20 billion from both public and private sources to "
   "developing countries for climate change mitigation and adaptation.")
ep("2015-japan-green-climate-fund-arrangement", "Japan confirms US$1.5 billion for the Green Climate Fund", "aid",
   "In May", "2015-05?", "",
   "The Government of Japan and the Green Climate Fund signed an arrangement confirming Japan's US$1.5 billion "
   "contribution (the text gives the month only; the year is presumably 2015).",
   "JPN:donor;green-climate-fund:recipient",
   "In May, the Government of Japan and the Green Climate Fund signed an arrangement confirming Japan’s "
   "contribution of US$1.5 billion to the fund.")

# --- periods ---------------------------------------------------------------
PERIODS.append(dict(id="lac-golden-age-2003-2008", same_as="", name="Latin America's “Golden Age” (2003-2008)",
                    kind="era", date_text="(2003~2008)", start="2003", end="2008", actor="",
                    quote="the displacement of Japan by China was accelerated during the LAC’s “Golden Age” (2003~2008)"))
PERIODS.append(dict(id="latin-american-debt-crisis", same_as="", name="Latin American debt crisis",
                    kind="era", date_text="the debt crisis of the 1980s",
                    start="1982-08", end="198X", actor="",
                    quote="The growing economic interdependence with the Asia-Pacific, together with the debt crisis "
                          "of the 1980s, left Japan little room to consider the LAC region as a strategic partner."))

# ==========================================================================
# Series and observations
# ==========================================================================
SERIES: list[dict] = []
OBS: list[dict] = []

USD_BN = ("USD", "1000000000", "US$ billions")
USD_MN = ("USD", "1000000", "US$ millions")
PCT = ("percent", "1", "%")
PCT_SHARE = ("percent", "1", "% share")
COUNT = ("count", "1", "count")


def series(sid, title, indicator, category, unit3, reporter, partner, table, table_title="", note=""):
    unit, scale, label = unit3
    SERIES.append(dict(id=sid, title=title, indicator=indicator, category=category, unit=unit, scale=scale,
                       unit_label=label, reporter=reporter, partner=partner, table=table,
                       table_title=table_title, note=note))


def obs(sid, period, value_text, value, quote, flag="", flag_reason="", locator=""):
    OBS.append(dict(series=sid, period=period, value_text=value_text, value=value, flag=flag,
                    flag_reason=flag_reason, quote=quote, locator=locator))


def tx(slug, title, indicator, category, unit3, reporter, partner, note, points):
    """A figure in running text: points = [(period, value_text, value, flag, quote[, flag_reason])]."""
    sid = f"ppp2015-text-{slug}"
    series(sid, title, indicator, category, unit3, reporter, partner, "text", "", note)
    for p in points:
        period, vt, v, flag, quote = p[:5]
        obs(sid, period, vt, v, quote, flag, p[5] if len(p) > 5 else "")


# --- Introduction ---------------------------------------------------------
Q = ("At the outbreak of the crisis (August 1982), Japanese banks were engaged in private-sector financing "
     "operations worth over US$30 billion, including over US$13 billion syndicated loans")
tx("japanese-bank-financing-lac", "Japanese banks' private-sector financing operations in LAC", "bank_exposure",
   "All private-sector financing", USD_BN, "JPN", "LAC", "At the outbreak of the debt crisis.",
   [("1982-08", "over US$30 billion", "30", "lower_bound", Q)])
tx("japanese-bank-syndicated-loans-lac", "Japanese banks' syndicated loans to LAC", "bank_exposure",
   "Syndicated loans", USD_BN, "JPN", "LAC", "At the outbreak of the debt crisis; part of the US$30 billion.",
   [("1982-08", "over US$13 billion", "13", "lower_bound", Q)])
tx("nikkei-population-lac", "People of Japanese descent living in Latin America and the Caribbean",
   "diaspora_population", "Nikkei", ("persons", "1000000", "persons, millions"), "JPN", "LAC",
   "“Today”: the article's present (2015).",
   [("2015", "Approximately 1.8 million", "1.8", "approximate",
     "Approximately 1.8 million citizens of Japanese descent live in Latin America and the Caribbean.")])
tx("nikkei-latin-americans-in-japan", "Foreign nationals of Japanese descent living or working in Japan",
   "diaspora_population", "Nikkei returnees", ("persons", "1", "persons"), "LAC", "JPN",
   "Undated in the text (present tense, article of 2015). Origin given only as the Nikkei communities of Latin America.",
   [("2015", "approximately 300,000 persons", "300000", "approximate",
     "Foreign nationals of Japanese descent living or working in Japan, estimated approximately 300,000 persons")])

PRESENT = "Undated: present tense in an article of 2015, entered as 2015."
QG = "In addition, LAC’s GDP is 2.5 times larger than the ASEAN’s, with 600 million inhabitants with a burgeoning middle-class."
tx("lac-gdp-relative-to-asean", "LAC's GDP relative to ASEAN's", "gdp_ratio", "LAC / ASEAN",
   ("ratio", "1", "times"), "", "LAC", PRESENT, [("2015", "2.5 times", "2.5", "", QG)])
tx("lac-population", "Population of Latin America and the Caribbean", "population", "",
   ("persons", "1000000", "persons, millions"), "", "LAC", PRESENT, [("2015", "600 million", "600", "", QG)])
QR = ("LAC is also endowed with a third of the world’s potential farming areas and freshwater reserves, and 20% of the "
      "surface area of natural forests and abundant biodiversity.")
for slug, cat, vt, v, flag in (("farming-areas", "Potential farming areas", "a third", "33.3", "approximate"),
                               ("freshwater", "Freshwater reserves", "a third", "33.3", "approximate"),
                               ("natural-forests", "Surface area of natural forests", "20%", "20", "")):
    tx(f"lac-share-world-{slug}", f"LAC's share of the world's {cat.lower()}", "share", cat, PCT_SHARE, "", "LAC",
       PRESENT + (" “a third”, entered as 33.3%." if vt == "a third" else ""), [("2015", vt, v, flag, QR)])
QK = ("The Keidanren is an economic organization with a membership comprised of 1,329 representative companies of "
      "Japan, 109 nationwide industrial associations and 47 regional economic organizations.")
for slug, cat, vt in (("companies", "Representative companies", "1,329"),
                      ("industrial-associations", "Nationwide industrial associations", "109"),
                      ("regional-organizations", "Regional economic organizations", "47")):
    tx(f"keidanren-members-{slug}", f"Keidanren members: {cat.lower()}", "member_count", cat, COUNT,
       "keidanren", "JPN", "Footnote 1. " + PRESENT, [("2015", vt, vt.replace(",", ""), "", QK)])

# --- Trade and investment relations ----------------------------------------
Q = ("It is estimated that by the end of the 1980s, Japan’s 17% of cumulative FDI and 18% of private bank debt was "
     "concentrated in the region (ECLAC, 1996).")
tx("lac-share-japan-cumulative-fdi-1980s", "LAC's share of Japan's cumulative FDI", "share", "FDI stock", PCT_SHARE,
   "JPN", "LAC", "“by the end of the 1980s” (ECLAC, 1996).", [("1989~", "17%", "17", "", Q)])
tx("lac-share-japan-private-bank-debt-1980s", "LAC's share of Japanese private bank debt", "share",
   "Private bank lending", PCT_SHARE, "JPN", "LAC", "“by the end of the 1980s” (ECLAC, 1996).",
   [("1989~", "18%", "18", "", Q)])

# --- Trade -----------------------------------------------------------------
Q1 = ("In the 1960s and 1970s, the trade relations between Japan and LAC recorded growth of 15% and 19% respectively "
      "as an annual average.")
Q2 = ("Due to the economic problems faced by LAC countries in the first half of the 1980s, the trade growth rate "
      "declined to 2%.")
tx("japan-lac-trade-growth", "Japan–LAC reciprocal trade: average annual growth", "growth_rate",
   "Exports plus imports", PCT, "JPN", "LAC", "Annual averages over the periods shown.",
   [("1960/1969", "15%", "15", "", Q1), ("1970/1979", "19%", "19", "", Q1), ("1980/1984", "2%", "2", "", Q2)])
Q = ("imports from LAC grew with average annual rates of -1.0% during 1990-1994, compared with a rate of 8.7% for "
     "the period 1985-1989.")
tx("japan-imports-from-lac-growth", "Japan's imports from LAC: average annual growth", "growth_rate", "Imports",
   PCT, "LAC", "JPN", "", [("1985/1989", "8.7%", "8.7", "", Q), ("1990/1994", "-1.0%", "-1.0", "", Q)])
QA = ("Despite ups and downs, however, the LAC market accounts for roughly 5% of Japan’s total exports and 4% of the "
      "country’s imports over the 35 year span (see Figure 1B).")
QB = ("In 2014, Japan’s exports to and imports from LAC amounted to US$33.8 and US$30.4 billion, accounting for 4.9% "
      "and 3.7% of the country’s total exports and imports, respectively.")
tx("lac-share-japan-exports", "LAC's share in Japan's total exports", "share", "Exports", PCT_SHARE, "JPN", "LAC",
   "1980/2014: rough average over “the 35 year span” of Figure 1B (1980-2014).",
   [("1980/2014", "roughly 5%", "5", "approximate", QA), ("2014", "4.9%", "4.9", "", QB)])
tx("lac-share-japan-imports", "LAC's share in Japan's total imports", "share", "Imports", PCT_SHARE, "LAC", "JPN",
   "1980/2014: rough average over “the 35 year span” of Figure 1B (1980-2014).",
   [("1980/2014", "4%", "4", "approximate", QA), ("2014", "3.7%", "3.7", "", QB)])
tx("japan-exports-to-lac", "Japan's exports to LAC", "trade_exports", "", USD_BN, "JPN", "LAC",
   "Japan's exports plus imports (64.2) differ from the US$54 billion total Japan–LAC trade given for 2014 "
   "elsewhere in the text (UN COMTRADE, LAC perspective).", [("2014", "US$33.8", "33.8", "", QB)])
tx("japan-imports-from-lac", "Japan's imports from LAC", "trade_imports", "", USD_BN, "LAC", "JPN",
   "See the note on Japan's exports to LAC.", [("2014", "US$30.4 billion", "30.4", "", QB)])
Q91 = ("In fact, Japan accounted for 62% and 73% of total LAC exports and imports with the Asia-Pacific region in "
       "1991, respectively.")
Q14 = ("In 2014, Japan’s share in total LAC exports and imports with Asia-Pacific stood at 13.2% and 11.6%, "
       "respectively, slightly below the figures recorded by the ASEAN(10) group.")
tx("japan-share-lac-exports-to-asia-pacific", "Japan's share in total LAC exports to the Asia-Pacific", "share",
   "LAC exports", PCT_SHARE, "LAC", "JPN", "",
   [("1991", "62%", "62", "", Q91), ("2014", "13.2%", "13.2", "", Q14)])
tx("japan-share-lac-imports-from-asia-pacific", "Japan's share in total LAC imports from the Asia-Pacific", "share",
   "LAC imports", PCT_SHARE, "JPN", "LAC", "",
   [("1991", "73%", "73", "", Q91), ("2014", "11.6%", "11.6", "", Q14)])
Q02 = ("In 2002, Japanese bilateral trade (exports and imports) with LAC totaled US$23 billion, surpassing US$20 "
       "billion of the Chinese trade with LAC that year.")
Q14b = ("China’s bilateral trade (exports and imports combined) with LAC reached US$254 billion in 2014, five times "
        "Japan’s trade with the region of US$54 billion, or ASEAN (10) total of US$57 billion.")
Q14c = "Japan’s trade, however, surpassed Korea’s total of US$45 billion and India’s total of US$31 billion"
tx("japan-lac-trade-total", "Japan–LAC bilateral trade (exports plus imports)", "trade_total", "", USD_BN,
   "JPN", "LAC", "2014 value from UN COMTRADE (Figure 2); it differs from the sum of Japan's exports to and imports "
   "from LAC given for 2014 (33.8 + 30.4 = 64.2).",
   [("2002", "US$23 billion", "23", "", Q02), ("2014", "US$54 billion", "54", "", Q14b)])
tx("china-lac-trade-total", "China–LAC bilateral trade (exports plus imports)", "trade_total", "", USD_BN,
   "CHN", "LAC", "", [("2002", "US$20 billion", "20", "", Q02), ("2014", "US$254 billion", "254", "", Q14b)])
tx("asean-lac-trade-total", "ASEAN (10)–LAC bilateral trade (exports plus imports)", "trade_total", "", USD_BN,
   "asean", "LAC", "", [("2014", "US$57 billion", "57", "", Q14b)])
tx("korea-lac-trade-total", "Korea–LAC bilateral trade (exports plus imports)", "trade_total", "", USD_BN,
   "KOR", "LAC", "", [("2014", "US$45 billion", "45", "", Q14c)])
tx("india-lac-trade-total", "India–LAC bilateral trade (exports plus imports)", "trade_total", "", USD_BN,
   "IND", "LAC", "", [("2014", "US$31 billion", "31", "", Q14c)])
tx("china-share-lac-imports-from-asia-pacific", "China's share of LAC imports from the Asia-Pacific", "share",
   "LAC imports", PCT_SHARE, "CHN", "LAC", "“almost two-thirds”, entered as 66.7%; present tense in a paragraph "
   "about 2014.",
   [("2014", "almost two-thirds", "66.7", "approximate",
     "almost two-thirds of LAC imports from Asia-Pacific come from China.")])
Q93 = ("Japan was the most important export destination for Chile (16.6% of Chilean exports were absorbed by the "
       "Japanese market); the second most important after the United States in Peru (8.7%); the third in Mexico "
       "(3.2%); and the fourth for Brazil (6.4%) and Colombia (3.2%) in 1993 (ECLAC, 1996).")
for iso, name, rank, vt in (("CHL", "Chile", "1st", "16.6%"), ("PER", "Peru", "2nd", "8.7%"),
                            ("MEX", "Mexico", "3rd", "3.2%"), ("BRA", "Brazil", "4th", "6.4%"),
                            ("COL", "Colombia", "4th", "3.2%")):
    tx(f"japan-share-{name.lower()}-exports", f"Japan's share of {name}'s total exports", "share",
       "Exports to Japan", PCT_SHARE, iso, "JPN", f"Japan ranked {rank} among {name}'s export destinations.",
       [("1993", vt, vt.rstrip("%"), "", Q93)])
Q86 = ("LAC exports to Japan are more diversified than to China; Chile, Brazil, Mexico and Peru, by the order of "
       "importance, together accounted for 86% of LAC total exports to Japan during 2011-2014 (see Figure 4A).")
Q87 = ("Similarly, in the case of LAC exports to China, the same four Latin American countries figure as the top four "
       "LAC exporters with a combined share of 87%.")
Q34 = ("In contrast, in the case of LAC’s exports to Japan, Chile and Brazil share the first place with each "
       "accounting for 34%, followed by Mexico (10%) and Peru (9%).")
tx("top4-share-lac-exports-to-japan", "Chile, Brazil, Mexico and Peru: combined share of LAC exports to Japan",
   "share", "Top four exporters", PCT_SHARE, "LAC", "JPN",
   "2011-2014 average (Figure 4A). The four country shares given separately (34+34+10+9) add to 87.",
   [("2011/2014", "86%", "86", "", Q86)])
for iso, name, vt in (("CHL", "Chile", "34%"), ("BRA", "Brazil", "34%"), ("MEX", "Mexico", "10%"),
                      ("PER", "Peru", "9%")):
    tx(f"{name.lower()}-share-lac-exports-to-japan", f"{name}'s share of LAC exports to Japan", "share",
       "Exports to Japan", PCT_SHARE, iso, "JPN", "2011-2014 average (Figure 4A).",
       [("2011/2014", vt, vt.rstrip("%"), "", Q34)])
tx("top4-share-lac-exports-to-china", "Chile, Brazil, Mexico and Peru: combined share of LAC exports to China",
   "share", "Top four exporters", PCT_SHARE, "LAC", "CHN", "2011-2014 average (Figure 4B).",
   [("2011/2014", "87%", "87", "", Q87)])
tx("brazil-share-lac-exports-to-china", "Brazil's share of LAC exports to China", "share", "Exports to China",
   PCT_SHARE, "BRA", "CHN", "“half”, entered as 50%; 2011-2014 average (Figure 4B).",
   [("2011/2014", "half", "50", "approximate",
     "Brazil accounts for half of LAC’s total exports to China (Figure 4B).")])
tx("japan-trade-deficit-with-brazil", "Japan's trade deficit with Brazil", "trade_deficit", "Deficit", USD_BN,
   "BRA", "JPN", "Japan's largest bilateral deficit in the region, “during 2011-2014 on average” (the text does not "
   "say whether the amount is an annual average or a cumulative total).",
   [("2011/2014", "US$26 billion", "26", "",
     "El Salvador, Nicaragua, Mexico, and Venezuela registered a small deficit with Japan during 2011-2014 on "
     "average, while Japan’s largest deficit was recorded with Brazil (US$26 billion).")])
Q77 = ("In fact, almost 70% of China’s total trade deficit with LAC (US$77 billion) as a whole originates from "
       "Mexico.")
tx("lac-trade-deficit-with-china", "Trade deficit between LAC and China (printed as “China’s total trade deficit with LAC”)",
   "trade_deficit", "Deficit", USD_BN, "CHN", "LAC",
   "The surrounding paragraph says most LAC countries run large deficits with China, so this is presumably LAC's "
   "deficit with China. Undated; the paragraph discusses 2011-2014 averages.",
   [("2011/2014", "US$77 billion", "77", "", Q77)])
tx("mexico-share-lac-deficit-with-china", "Mexico's share of the LAC–China trade deficit", "share", "Deficit",
   PCT_SHARE, "CHN", "MEX", "Undated; the paragraph discusses 2011-2014 averages.",
   [("2011/2014", "almost 70%", "70", "approximate", Q77)])
Q73 = ("In Japan’s case, copper ores and concentrates, iron ore, meat and edible meat, maize, coffee, fish, aluminum, "
       "pulpwood, crude petroleum, and pig and sponge iron comprise the ten major export products, which accounted "
       "for 73% of total exports to Japan in 2013 (see Figure 5).")
tx("top10-products-share-lac-exports-to-japan", "Ten major products: share of LAC exports to Japan", "share",
   "Top ten products", PCT_SHARE, "LAC", "JPN", "", [("2013", "73%", "73", "", Q73)])
tx("top5-products-share-lac-exports-to-china", "Five major products: share of LAC exports to China", "share",
   "Top five products", PCT_SHARE, "LAC", "CHN", "Year from the same paragraph (2013, Figure 5).",
   [("2013", "more than 77%", "77", "lower_bound",
     "In the case of China, the five major products including seeds and oleaginous (soybeans and oil), iron ore, "
     "copper ores and concentrates, refined copper and crude petroleum represented more than 77% of LAC’s total "
     "exports.")])
QF = ("these products account for roughly 11% of LAC exports to China, whereas in the Japan-LAC case, the "
      "corresponding figure is 2%.")
tx("fuels-share-lac-exports-to-china", "Fuels: share of LAC exports to China", "share", "Fuels", PCT_SHARE,
   "LAC", "CHN", "Year from the same paragraph (2013, Figure 5).", [("2013", "roughly 11%", "11", "approximate", QF)])
tx("fuels-share-lac-exports-to-japan", "Fuels: share of LAC exports to Japan", "share", "Fuels", PCT_SHARE,
   "LAC", "JPN", "Year from the same paragraph (2013, Figure 5).", [("2013", "2%", "2", "", QF)])
QH = "the HHI for Japan is 0.1209, while that for China is 0.1339."
tx("hhi-lac-exports-to-japan", "Herfindahl–Hirschman index of LAC exports to Japan", "concentration_index",
   "Product concentration", ("ratio", "1", "index (0-1)"), "LAC", "JPN",
   "Footnote 2; calculated by the author. Year not stated (footnote to the 2013 product-composition paragraph).",
   [("2013", "0.1209", "0.1209", "", QH)])
tx("hhi-lac-exports-to-china", "Herfindahl–Hirschman index of LAC exports to China", "concentration_index",
   "Product concentration", ("ratio", "1", "index (0-1)"), "LAC", "CHN",
   "Footnote 2; calculated by the author. Year not stated (footnote to the 2013 product-composition paragraph).",
   [("2013", "0.1339", "0.1339", "", QH)])
Q6 = ("Japan sources almost half of non-ferrous ores and metals and 30% of iron ore imports from Latin America.")
tx("lac-share-japan-imports-nonferrous", "LAC's share in Japan's imports of non-ferrous ores and metals", "share",
   "Non-ferrous ores and metals", PCT_SHARE, "LAC", "JPN",
   "“almost half”, entered as 50%. Refers to Figure 6 (2013), whose data label 46,62615222 matches.",
   [("2013", "almost half", "50", "approximate", Q6)])
tx("lac-share-japan-imports-iron-ore", "LAC's share in Japan's imports of iron ore", "share", "Iron ore",
   PCT_SHARE, "LAC", "JPN", "Refers to Figure 6 (2013), whose data label 29,44257351 matches.",
   [("2013", "30%", "30", "", Q6)])
tx("lac-share-japan-imports-cereals", "LAC's share in Japan's imports of cereals", "share", "Cereals", PCT_SHARE,
   "LAC", "JPN", "Refers to Figure 6 (2013), whose data label 22,79801497 matches.",
   [("2013", "22%", "22", "",
     "Though to a lesser extent, Japan’s reliance on cereals imports from Latin American is relatively high (22%).")])
Q35 = ("For example, Japanese automakers accounted for nearly 35% of Mexico’s car production in 2014, of which 80% were "
       "exported to third markets (PricewaterhouseCoopers Co., 2015).")
tx("chile-share-japan-salmon-imports", "Chile's share of Japan's salmon imports", "share", "Salmon", PCT_SHARE,
   "CHL", "JPN", PRESENT,
   [("2015", "More than 90%", "90", "lower_bound",
     "More than 90% of imports of salmon, the fish of the largest domestic consumption in Japan, are met from Chile.")])
tx("chile-mexico-share-japan-molybdenum", "Chile and Mexico's share of Japan's molybdenum demand", "share",
   "Molybdenum", PCT_SHARE, "LAC", "JPN", PRESENT + " “Two-thirds”, entered as 66.7%.",
   [("2015", "Two-thirds", "66.7", "approximate",
     "Two-thirds of Japan’s increasing demand on molybdenum is being satisfied from Chile and Mexico.")])
tx("japan-food-self-sufficiency", "Japan's self-sufficiency in agricultural products (calorie basis)",
   "self_sufficiency", "Agricultural products", PCT, "JPN", "JPN",
   PRESENT + " Printed “below 40%”: an upper bound (the flag vocabulary has no upper-bound flag).",
   [("2015", "below 40%", "40", "approximate",
     "Given that Japan’s self-sufficiency (calculated in calorie-intakes terms) in agricultural products is below "
     "40%, the prospects for future imports are promising.")])
tx("japanese-automakers-share-mexico-car-production", "Japanese automakers' share of Mexico's car production",
   "share", "Car production", PCT_SHARE, "JPN", "MEX", "", [("2014", "nearly 35%", "35", "approximate", Q35)])
tx("japanese-automakers-mexico-export-share", "Share of Japanese automakers' Mexican output exported to third markets",
   "share", "Car exports", PCT_SHARE, "JPN", "MEX", "", [("2014", "80%", "80", "", Q35)])

# --- Foreign Direct Investment ---------------------------------------------
tx("lac-share-japan-accumulated-fdi", "LAC's share of Japan's accumulated world FDI", "share", "FDI stock",
   PCT_SHARE, "JPN", "LAC", "LAC was then the largest recipient region.",
   [("1965", "25%", "25", "",
     "By 1965 the LAC region was the largest recipient of Japanese FDI, with 25% of the world accumulated total.")])
Q84 = ("Of the 363 Japanese companies who had invested in Brazil by 1984, approximately half of them operated in "
       "manufacturing and the rest in commerce, services, construction and finance.")
Q126 = "In Mexico, 77 of the 126 Japanese companies worked in manufacturing (ECLAC, 1990)."
tx("japanese-companies-in-brazil", "Japanese companies that had invested in Brazil", "firm_count", "All sectors",
   COUNT, "JPN", "BRA", "", [("1984", "363", "363", "", Q84)])
tx("japanese-companies-in-brazil-manufacturing-share", "Share of Japanese companies in Brazil in manufacturing",
   "share", "Manufacturing", PCT_SHARE, "JPN", "BRA", "“approximately half”, entered as 50%.",
   [("1984", "approximately half", "50", "approximate", Q84)])
tx("japanese-companies-in-mexico", "Japanese companies in Mexico", "firm_count", "All sectors", COUNT, "JPN",
   "MEX", "Year not stated; the sentence follows the Brazil figure “by 1984” (ECLAC, 1990).",
   [("1984", "126", "126", "", Q126)])
tx("japanese-companies-in-mexico-manufacturing", "Japanese companies in Mexico working in manufacturing",
   "firm_count", "Manufacturing", COUNT, "JPN", "MEX",
   "Year not stated; the sentence follows the Brazil figure “by 1984” (ECLAC, 1990).",
   [("1984", "77", "77", "", Q126)])
FN3_NOTE = ("Footnote 3: one of the emblematic projects of “these periods” (the 1960s to 1980s discussed in the "
            "paragraph); the year is not given.")
tx("usiminas-japanese-financing", "Japanese financing of the Usiminas steelworks (Brazil)", "investment_project",
   "Steel", USD_MN, "JPN", "BRA", FN3_NOTE,
   [("1960/1989", "US$760 million", "760", "",
     "the Ushiminas steelworks in Brazil in which Japanese financing totaled US$760 million")])
QT = ("the Tubarao steelworks, financed with mixed capital from Japan (Kawasaki Steel Co. and others), Italy and Brazil, "
      "with an investment of US$168 million or 24.5% of the total")
tx("tubarao-japanese-investment", "Japanese investment in the Tubarão steelworks (Brazil)", "investment_project",
   "Steel", USD_MN, "JPN", "BRA", FN3_NOTE, [("1960/1989", "US$168 million", "168", "", QT)])
tx("tubarao-japanese-share", "Japanese share of the Tubarão steelworks investment", "share", "Steel", PCT_SHARE,
   "JPN", "BRA", FN3_NOTE, [("1960/1989", "24.5%", "24.5", "", QT)])
QA = "aluminum production in the Amazon with Japanese investment of US$273 million or 49% of the total"
tx("amazon-aluminium-japanese-investment", "Japanese investment in Amazon aluminium production (Brazil)",
   "investment_project", "Aluminium", USD_MN, "JPN", "BRA", FN3_NOTE, [("1960/1989", "US$273 million", "273", "", QA)])
tx("amazon-aluminium-japanese-share", "Japanese share of the Amazon aluminium investment", "share", "Aluminium",
   PCT_SHARE, "JPN", "BRA", FN3_NOTE, [("1960/1989", "49%", "49", "", QA)])
tx("brazil-pulp-paper-mills-investment", "Investment in two pulp and paper mills in Minas Gerais and Espírito Santo",
   "investment_project", "Pulp and paper", USD_MN, "JPN", "BRA",
   FN3_NOTE + " The text does not say which part of the investment was Japanese.",
   [("1960/1989", "US$100 million", "100", "",
     "two pulp and paper mills in Minas Gerais and Espiritu with an investment of US$100 million")])
tx("cerrado-project-investment", "Cerrado agricultural development project (Brazil)", "investment_project",
   "Agriculture", USD_MN, "JPN", "BRA", FN3_NOTE,
   [("1960/1989", "US$450 million", "450", "",
     "the agricultural development project of the wide zone of Cerrado with US$450 million")])
tx("nissan-mexico-employment", "Nissan Motor Co. employees in Mexico", "employment", "Automobiles",
   ("persons", "1", "persons"), "nissan", "MEX", FN3_NOTE,
   [("1960/1989", "close to 5,000 workers", "5000", "approximate",
     "In Mexico, Nissan Motor Co. employed close to 5,000 workers.")])
QS = ("Sumitomo Metal Industries and other Japanese companies invested US$20 million (at the 1985 exchange rate) or 40% "
      "of the total, in the construction of a large diameter pipe plant")
tx("mexico-pipe-plant-japanese-investment", "Japanese investment in a large-diameter pipe plant (Mexico)",
   "investment_project", "Steel", USD_MN, "JPN", "MEX", "Footnote 3; completed 1985; at the 1985 exchange rate.",
   [("1985", "US$20 million", "20", "", QS)])
tx("mexico-pipe-plant-japanese-share", "Japanese share of the large-diameter pipe plant investment (Mexico)",
   "share", "Steel", PCT_SHARE, "JPN", "MEX", "Footnote 3; completed 1985.", [("1985", "40%", "40", "", QS)])
tx("mexico-cast-steel-plant-japanese-investment", "Kobe Steel and partners' investment in a cast and forged steel plant (Mexico)",
   "investment_project", "Steel", USD_MN, "JPN", "MEX", "Footnote 3; completed 1985.",
   [("1985", "US$22 million", "22", "",
     "Kobe Steel and other companies invested US$22 million in constructing of a plant of large-sized cast and "
     "forged steel products.")])
tx("sicartsa-japanese-credit", "Japanese credit for the SICARTSA steelworks expansion (Mexico)", "loan_commitment",
   "Steel", USD_MN, "JPN", "MEX", "Footnote 3: granted before the 1985 plant completions; year not given.",
   [("[1960..1985]", "US$110 million", "110", "",
     "the SICARTSA steelworks plant, for which Japan had already granted a credit of US$110 million (ECLAC, 1990).")])
tx("japan-outward-fdi-world", "Japan's FDI outflows, world", "fdi_flow", "", USD_BN, "JPN", "WLD",
   "Its maximum level.",
   [("1989", "US$67.5 billion", "67.5", "",
     "As a result, FDI flows from Japan in 1989 reached its maximum level of US$67.5 billion.")])
Q15 = ("In fact, Japanese manufacturing FDI outflows increased ten times during 1980 and 1995 worldwide, while LAC’s "
       "share in this investment dropped from 15% to 2% (IAB, 2013).")
tx("japan-manufacturing-fdi-outflow-growth", "Growth of Japan's manufacturing FDI outflows, world",
   "growth_multiple", "Manufacturing", ("ratio", "1", "times"), "JPN", "WLD", "",
   [("1980/1995", "ten times", "10", "", Q15)])
tx("lac-share-japan-manufacturing-fdi", "LAC's share of Japan's manufacturing FDI outflows", "share",
   "Manufacturing", PCT_SHARE, "JPN", "LAC", "", [("1980", "15%", "15", "", Q15), ("1995", "2%", "2", "", Q15)])
Q58 = ("Between 2003 and 2008, regional GDP growth averaged nearly 5% per year, with per capita GDP increasing by over "
       "3% per annum.")
tx("lac-gdp-growth", "LAC GDP growth, annual average", "growth_rate", "GDP", PCT, "", "LAC", "",
   [("2003/2008", "nearly 5%", "5", "approximate", Q58)])
tx("lac-gdp-per-capita-growth", "LAC per capita GDP growth, annual average", "growth_rate", "GDP per capita",
   PCT, "", "LAC", "", [("2003/2008", "over 3%", "3", "lower_bound", Q58)])
Q69 = ("During 2010-2013, annual Japan’s FDI to LAC reached US$6.9 billion on average, compared with the Chinese FDI of "
       "US$10.7 billion (see Tables 1A and1B).")
tx("japan-fdi-to-lac-average", "Japan's FDI flows to LAC, annual average", "fdi_flow", "Annual average", USD_BN,
   "JPN", "LAC", "Consistent with Table 1-A (mean of the six-country totals = 6,877 million).",
   [("2010/2013", "US$6.9 billion", "6.9", "", Q69)])
tx("china-fdi-to-lac-average", "China's FDI flows to LAC, annual average", "fdi_flow", "Annual average", USD_BN,
   "CHN", "LAC", "Consistent with Table 1-B (mean of the LAC row for 2010-2013 = 10,679 million).",
   [("2010/2013", "US$10.7 billion", "10.7", "", Q69)])
tx("japan-share-lac-fdi-inflows", "Japan's share of LAC's total FDI inflows", "share", "FDI inflows", PCT_SHARE,
   "JPN", "LAC", "ECLAC (2014).",
   [("2008/2013", "over 5%", "5", "lower_bound",
     "According to ECLAC (2014), Japan has accounted for over 5% of the region’s total FDI inflows between 2008 and "
     "2013.")])
Q120 = "Japanese FDI stock in LAC reached US$120 billion in 2013, US$15 billion more than the Chinese."
tx("japan-fdi-stock-lac", "Japan's FDI stock in LAC", "fdi_stock", "", USD_BN, "JPN", "LAC", "",
   [("2013", "US$120 billion", "120", "", Q120)])
tx("japan-minus-china-fdi-stock-lac", "Japan's FDI stock in LAC in excess of China's", "fdi_stock",
   "Difference Japan minus China", USD_BN, "JPN", "LAC", "Implies a Chinese stock of about US$105 billion.",
   [("2013", "US$15 billion more than the Chinese", "15", "", Q120)])
tx("manufacturing-share-japan-fdi-stock-lac", "Manufacturing share of Japan's FDI stock in LAC (excluding financial services)",
   "share", "Manufacturing", PCT_SHARE, "JPN", "LAC", "Year from Figure 8 (2013).",
   [("2013", "45%", "45", "",
     "When financial services are excluded, 45% of Japan’s FDI stock in LAC is in manufacturing, a stark difference "
     "from China’s case (Figure 8).")])
# METI survey, 2013
QW = ("The number of Japanese subsidiaries and affiliates operating overseas that participated in the 2013 survey "
      "conducted by the Ministry of Economy, Trade and Industry (Japan METI, 2015) reached some 24,000 worldwide in 2013.")
QAS = "Roughly, 66% of these (roughly 16,000 firms) were located in Asia, 33% in the Mainland China alone."
QN = ("Some 11% were operating in the three NIEs (Taiwan Province of China, Republic of Korea and Singapore), and "
      "another 17% in ASEAN (4).")
QNA = "The corresponding figures for North America and the EU were much lower, 13% and 10% of the total, respectively."
QL = ("At the same date, there were 1,251 affiliates of Japanese firms operating in LAC representing 5% of world total. "
      "Brazil (288), Mexico (269) and Panama (396) were the principal hosts for these firms.")
METI = "METI Basic Survey of Overseas Business Activities, 2013 (excludes finance, insurance and real estate)."
tx("japanese-affiliates-world", "Japanese overseas subsidiaries and affiliates, world", "firm_count", "All sectors",
   COUNT, "JPN", "WLD", METI, [("2013", "some 24,000", "24000", "approximate", QW)])
tx("japanese-affiliates-asia", "Japanese overseas subsidiaries and affiliates in Asia", "firm_count",
   "All sectors", COUNT, "JPN", "ASIA", METI, [("2013", "roughly 16,000", "16000", "approximate", QAS)])
for slug, title, partner, vt, v, flag, q in (
        ("asia", "Asia", "ASIA", "Roughly, 66%", "66", "approximate", QAS),
        ("china", "Mainland China", "CHN", "33%", "33", "", QAS),
        ("nies3", "the three NIEs (Taiwan, Republic of Korea, Singapore)", "", "Some 11%", "11", "approximate", QN),
        ("asean4", "ASEAN (4) (Indonesia, Malaysia, Philippines, Thailand)", "", "17%", "17", "", QN),
        ("north-america", "North America", "", "13%", "13", "", QNA),
        ("eu", "the EU", "EU", "10%", "10", "", QNA),
        ("lac", "LAC", "LAC", "5%", "5", "", QL)):
    tx(f"share-japanese-affiliates-{slug}", f"Share of Japan's overseas affiliates located in {title}", "share",
       "Affiliates" + ("" if partner else f": {title}"), PCT_SHARE, "JPN", partner, METI,
       [("2013", vt, v, flag, q)])
for slug, name, iso, vt in (("lac", "LAC", "LAC", "1,251"), ("brazil", "Brazil", "BRA", "288"),
                            ("mexico", "Mexico", "MEX", "269"), ("panama", "Panama", "PAN", "396")):
    tx(f"japanese-affiliates-{slug}", f"Japanese subsidiaries and affiliates in {name}", "firm_count",
       "All sectors", COUNT, "JPN", iso, METI, [("2013", vt, vt.replace(",", ""), "", QL)])
tx("manufacturing-share-japanese-affiliates-world", "Share of Japan's overseas affiliates in manufacturing, world",
   "share", "Manufacturing", PCT_SHARE, "JPN", "WLD", METI,
   [("2013", "roughly 44%", "44", "approximate",
     "By industry, worldwide, roughly 44% of Japanese affiliates were engaged in activities related to the "
     "manufacturing sector.")])
QI = ("In Latin America and the Caribbean, 932 affiliates were operating in the non-manufacturing sector, mainly in "
      "transportation and wholesale activities, and 319 in manufacturing, 125 of them in the production of transport "
      "equipment.")
for slug, cat, vt in (("nonmanufacturing", "Non-manufacturing", "932"), ("manufacturing", "Manufacturing", "319"),
                      ("transport-equipment", "Transport equipment (part of manufacturing)", "125")):
    tx(f"japanese-affiliates-lac-{slug}", f"Japanese affiliates in LAC: {cat.split(' (')[0].lower()}",
       "firm_count", cat, COUNT, "JPN", "LAC", METI, [("2013", vt, vt, "", QI)])
QS13 = ("the total sales by these companies totaled some JPY$14 trillion (approximately US$143 billion) in 2013 "
        "alone.")
tx("japanese-affiliates-lac-sales-jpy", "Sales of Japanese subsidiaries and affiliates in LAC (yen)", "sales",
   "Total sales", ("JPY", "1000000000000", "¥ trillions"), "JPN", "LAC",
   METI + " Printed “JPY$”. Tabulated from the 908 of 1,251 companies that reported sales (footnote 6).",
   [("2013", "some JPY$14 trillion", "14", "approximate", QS13)])
tx("japanese-affiliates-lac-sales-usd", "Sales of Japanese subsidiaries and affiliates in LAC (US$)", "sales",
   "Total sales", USD_BN, "JPN", "LAC", METI + " Dollar equivalent of ¥14 trillion given by the author.",
   [("2013", "approximately US$143 billion", "143", "approximate", QS13)])
tx("japanese-affiliates-lac-sales-reporting", "Japanese affiliates in LAC that reported sales", "firm_count",
   "Reporting sales", COUNT, "JPN", "LAC", "Footnote 6: out of 1,251.",
   [("2013", "908", "908", "",
     "In the case of the Latin America and the Caribbean region, 908 companies, out of the total of 1,251 (Japan "
     "METI, 2015) provided information on sales.")])
Q53 = ("In 2013, Over 53% (some US$75 billion) of total sales by Japanese subsidiaries and affiliates operating in the "
       "region were exported to third markets and 42% were destined to local markets, while re-exports to Japan were "
       "only 5% (see Figure 9B) (Japan METI, 2015).")
tx("japanese-affiliates-lac-sales-share-third-markets", "Share of Japanese affiliates' LAC sales exported to third markets",
   "share", "Sales: third markets", PCT_SHARE, "JPN", "LAC", METI, [("2013", "Over 53%", "53", "lower_bound", Q53)])
tx("japanese-affiliates-lac-sales-third-markets", "Japanese affiliates' LAC sales exported to third markets",
   "sales", "Sales: third markets", USD_BN, "JPN", "LAC", METI, [("2013", "some US$75 billion", "75", "approximate", Q53)])
tx("japanese-affiliates-lac-sales-share-local", "Share of Japanese affiliates' LAC sales on local markets",
   "share", "Sales: local markets", PCT_SHARE, "JPN", "LAC", METI, [("2013", "42%", "42", "", Q53)])
tx("japanese-affiliates-lac-sales-share-japan", "Share of Japanese affiliates' LAC sales re-exported to Japan",
   "share", "Sales: Japan", PCT_SHARE, "JPN", "LAC", METI, [("2013", "5%", "5", "", Q53)])
QE = ("the number of direct employment by Japanese firms in the region totaled some 250,000. Some 80% (202,000) of the "
      "employed by Japanese companies in LAC worked in the manufacturing sector some 100,000 posts belonged to the "
      "automotive sector.")
EMP = "METI 2013 survey; based on the 694 companies that reported employment (footnote 8)."
tx("japanese-firms-lac-employment", "Direct employment by Japanese firms in LAC", "employment", "All sectors",
   ("persons", "1", "persons"), "JPN", "LAC", EMP, [("2013", "some 250,000", "250000", "approximate", QE)])
tx("japanese-firms-lac-employment-manufacturing", "Employment by Japanese firms in LAC: manufacturing",
   "employment", "Manufacturing", ("persons", "1", "persons"), "JPN", "LAC", EMP + " Given as “Some 80%”.",
   [("2013", "202,000", "202000", "", QE)])
tx("japanese-firms-lac-employment-manufacturing-share", "Manufacturing share of employment by Japanese firms in LAC",
   "share", "Manufacturing", PCT_SHARE, "JPN", "LAC", EMP, [("2013", "Some 80%", "80", "approximate", QE)])
tx("japanese-firms-lac-employment-automotive", "Employment by Japanese firms in LAC: automotive", "employment",
   "Automotive", ("persons", "1", "persons"), "JPN", "LAC", EMP,
   [("2013", "some 100,000", "100000", "approximate", QE)])
tx("japanese-firms-lac-employment-reporting", "Japanese companies in LAC that reported employment", "firm_count",
   "Reporting employment", COUNT, "JPN", "LAC", "Footnote 8.",
   [("2013", "694", "694", "",
     "The employment figures are based on information by 694 Japanese companies who provided the corresponding data "
     "to the 2013 survey (Japan METI, 2015).")])

# --- Japanese finance to LAC -----------------------------------------------
Q87 = ("from the year 1987 onward, the Bank, often through co-financing with multilateral financial institutions, "
       "provided untied loans, equivalent to US $34 billion, of which more than US$7.5 billion were directed to LAC")
tx("jexim-untied-loans-world", "Export-Import Bank of Japan untied loans, world", "loan_commitment", "Untied loans",
   USD_BN, "jexim", "WLD", "From 1987 onward (ECLAC, 1996); end year not given, hence 1987/199X.",
   [("1987/199X", "US $34 billion", "34", "", Q87)])
tx("jexim-untied-loans-lac", "Export-Import Bank of Japan untied loans to LAC", "loan_commitment", "Untied loans",
   USD_BN, "jexim", "LAC", "From 1987 onward (ECLAC, 1996); end year not given, hence 1987/199X.",
   [("1987/199X", "more than US$7.5 billion", "7.5", "lower_bound", Q87)])
tx("japan-soft-loans-lac", "Japanese soft loans granted to LAC", "oda_loan", "Soft loans", USD_MN, "JPN", "LAC",
   "Year in which Structural Adjustment Loan projects were approved under the Capital Recycling program.",
   [("1991", "US $463 million", "463", "",
     "With regard to soft loans, the amount granted to the region steadily increased to reach a total of US $463 "
     "million in 1991")])
OECF = ("OECF lending accumulated to fiscal year 1993 (“Until that date”).")
tx("oecf-loans-world", "OECF loans and investments, world-accumulated total", "oda_loan",
   "Loans to governments plus private-sector loans and equity", USD_BN, "oecf", "WLD", OECF,
   [("1993", "approximately US$67 billion", "67", "approximate",
     "The world-accumulated total of both categories for the fiscal year 1993 amounted to approximately US$67 "
     "billion, roughly half the World Bank Group and more than the combined total of the four regional development "
     "banks.")])
QO = ("Until that date, LAC received some US$6.6 billion of loans to governments, with 83 projects, while US$1.1 billion "
      "in loans and investments to the private sector, with 174 projects, equivalent to 6.2% and 29.1%, respectively, "
      "of the world.")
tx("oecf-loans-lac-governments", "OECF loans to LAC governments, accumulated", "oda_loan", "Loans to governments",
   USD_BN, "oecf", "LAC", OECF, [("1993", "some US$6.6 billion", "6.6", "approximate", QO)])
tx("oecf-projects-lac-governments", "OECF projects with LAC governments, accumulated", "project_count",
   "Loans to governments", COUNT, "oecf", "LAC", OECF, [("1993", "83", "83", "", QO)])
tx("oecf-loans-lac-private", "OECF loans and investments to the LAC private sector, accumulated", "oda_loan",
   "Private-sector loans and equity", USD_BN, "oecf", "LAC", OECF, [("1993", "US$1.1 billion", "1.1", "", QO)])
tx("oecf-projects-lac-private", "OECF private-sector projects in LAC, accumulated", "project_count",
   "Private-sector loans and equity", COUNT, "oecf", "LAC", OECF, [("1993", "174", "174", "", QO)])
tx("oecf-lac-share-governments", "LAC share of OECF loans to governments (world)", "share", "Loans to governments",
   PCT_SHARE, "oecf", "LAC", OECF + " The text does not say whether the share is of amounts or of projects.",
   [("1993", "6.2%", "6.2", "inconsistent", QO,
     "read as a share of amounts, US$6.6 billion at 6.2% implies a world total of about US$106 billion for loans to "
     "governments alone, above the approximately US$67 billion world total for both categories given in the same "
     "paragraph (it may be a share of the 83 projects instead)")])
tx("oecf-lac-share-private", "LAC share of OECF private-sector loans and investments (world)", "share",
   "Private-sector loans and equity", PCT_SHARE, "oecf", "LAC",
   OECF + " The text does not say whether the share is of amounts or of projects.",
   [("1993", "29.1%", "29.1", "", QO)])
Q100 = ("China’s stock of loans and investment in the region equals that of Japan, each estimated at US$100 billion by "
        "2013 (Figure 10A and 10B).")
tx("jbic-stock-lac", "JBIC stock of loans and investment commitments in LAC", "loan_stock", "", USD_BN, "jbic",
   "LAC", "Figure 10B.", [("2013", "US$100 billion", "100", "estimate", Q100)])
tx("china-policy-banks-stock-lac", "Chinese policy banks' stock of loans and investment in LAC", "loan_stock", "",
   USD_BN, "CHN", "LAC", "Figure 10B (CDB, CHEXIM, BoC and others).",
   [("2013", "US$100 billion", "100", "estimate", Q100)])
tx("lac-share-jbic-commitments", "LAC share of JBIC's annual outstanding commitments", "share", "Commitments",
   PCT_SHARE, "jbic", "LAC", "“on average in recent years” (JBIC, 2014); stated twice in the text.",
   [("201X", "20%", "20", "",
     "Latin America has accounted for 20% of JBIC’s annual outstanding commitments on average in recent years "
     "(JBIC, 2014).")])
Q12 = ("JBIC loans, equity commitments and guarantees in the region exceeded US$10billion in Fiscal Year 2012 (see "
       "Figure 10A),[10] surpassing the World Bank support of US$6.6 billion that year and nearing the US$11.4 billion "
       "pledged by the Inter-American Development Bank.")
Q12f = ("JBIC’s total commitment in loans, equity and guarantees to the LAC region amounted to 805 billion yens, "
        "approximately US$ 10.1 billion (at the annual average exchange rate of 79.8 yens to a dollar of 2012).")
tx("jbic-commitments-lac", "JBIC commitments in LAC (loans, equity, guarantees)", "loan_commitment",
   "Loans, equity and guarantees", USD_BN, "jbic", "LAC",
   "Fiscal year 2012. The text gives “exceeded US$10billion”; footnote 10 gives approximately US$10.1 billion.",
   [("2012", "exceeded US$10billion", "10", "lower_bound", Q12)])
tx("jbic-commitments-lac-usd-footnote", "JBIC commitments in LAC, US$ equivalent (footnote 10)", "loan_commitment",
   "Loans, equity and guarantees", USD_BN, "jbic", "LAC", "Fiscal year 2012, at ¥79.8 per dollar.",
   [("2012", "approximately US$ 10.1 billion", "10.1", "approximate", Q12f)])
tx("jbic-commitments-lac-jpy", "JBIC commitments in LAC (yen)", "loan_commitment", "Loans, equity and guarantees",
   ("JPY", "1000000000", "¥ billions"), "jbic", "LAC", "Fiscal year 2012 (footnote 10).",
   [("2012", "805 billion yens", "805", "", Q12f)])
tx("jpy-per-usd-2012", "Yen per US dollar, annual average", "exchange_rate", "JPY/USD",
   ("ratio", "1", "¥ per US$"), "", "", "Used by the author to convert JBIC commitments (footnote 10).",
   [("2012", "79.8", "79.8", "", Q12f)])
tx("world-bank-support-lac", "World Bank support to LAC", "loan_commitment", "", USD_BN, "world-bank", "LAC", "",
   [("2012", "US$6.6 billion", "6.6", "", Q12)])
tx("idb-pledges-lac", "Inter-American Development Bank pledges to LAC", "loan_commitment", "", USD_BN, "idb",
   "LAC", "", [("2012", "US$11.4 billion", "11.4", "", Q12)])
tx("manufacturing-share-japan-fdi-lac-2012", "Manufacturing share of Japanese FDI in LAC", "share", "Manufacturing",
   PCT_SHARE, "JPN", "LAC", "",
   [("2012", "34%", "34", "",
     "Japan’s official loans to LAC also support manufacturing, which accounted for 34% of Japanese FDI in the region "
     "during 2012.")])
tx("venezuela-share-chinese-bank-commitments", "Venezuela's share of Chinese banks' accumulated commitments in LAC",
   "share", "Loan and equity commitments", PCT_SHARE, "CHN", "VEN",
   "“more than half”, entered as 50; accumulated as of 31 March 2014 (Figure 11).",
   [("2014-03-31", "more than half", "50", "lower_bound",
     "For Chinese banks, Venezuela accounts for more than half of the accumulated commitments.")])
tx("debt-to-japanese-banks-five-countries", "Cumulative debt of Argentina, Brazil, Mexico, Chile and Venezuela with Japanese banks",
   "bank_exposure", "Five large debtors", USD_BN, "JPN", "", "Debtors: ARG, BRA, MEX, CHL, VEN (ECLAC, 1990).",
   [("1986-09", "US$28.6 billion", "28.6", "",
     "In September 1986, the cumulative debt of Argentina, Brazil, Mexico, Chile and Venezuela with Japanese banks "
     "reached US$28.6 billion (ECLAC, 1990).")])

# --- ODA -------------------------------------------------------------------
Q89 = ("On the average in the 1980s and 1990s, LAC’s share in overall Japanese ODA remained around 8-9%. This percentage "
       "was considered low when compared with the corresponding share of Asia that absorbed over 60% of the Japanese ODA.")
tx("lac-share-japan-oda", "LAC's share of Japanese ODA", "share", "ODA", PCT_SHARE, "JPN", "LAC",
   "Average over the 1980s and 1990s; printed as a range, so no single value is entered.",
   [("1980/1999", "around 8-9%", "", "approximate", Q89)])
tx("asia-share-japan-oda", "Asia's share of Japanese ODA", "share", "ODA", PCT_SHARE, "JPN", "ASIA",
   "Average over the 1980s and 1990s.", [("1980/1999", "over 60%", "60", "lower_bound", Q89)])
tx("japan-oda-lac-accumulated", "Accumulated Japanese ODA to LAC", "oda_total", "", USD_BN, "JPN", "LAC", "",
   [("1984/1994", "US$7.1 billion", "7.1", "",
     "During 1984-1994, the accumulated Japanese ODA to the region reached US$7.1 billion.")])
FY = "Japanese fiscal year 2013 (April 2013 to 31 March 2014); yen converted at ¥102.27 per US$ (Table 2)."
Q277 = "In 2013 alone, LAC accounted for 2.3% of JICA’s disbursement, with a total of US$277 million (Table 2)."
tx("jica-disbursement-lac", "JICA disbursement to LAC", "oda_total", "All aid types", USD_MN, "jica", "LAC", FY,
   [("2013", "US$277 million", "277", "", Q277)])
tx("lac-share-jica-disbursement", "LAC share of JICA disbursement", "share", "All aid types", PCT_SHARE, "jica",
   "LAC", FY, [("2013", "2.3%", "2.3", "", Q277)])
QT2 = ("In Fiscal Year, 2013, LAC’s share is higher for technical cooperation accounting for 8.4% of the world total, "
       "whereas that for loan aid is only 1.2%, and grant aid is 2.8% (Table 2).")
for slug, cat, vt in (("technical-cooperation", "Technical cooperation", "8.4%"), ("loan-aid", "Loan aid", "1.2%"),
                      ("grant-aid", "Grant aid", "2.8%")):
    tx(f"lac-share-jica-{slug}", f"LAC share of JICA disbursement: {cat.lower()}", "share", cat, PCT_SHARE, "jica",
       "LAC", FY, [("2013", vt, vt.rstrip("%"), "", QT2)])
QC = ("Of a world total of 3,225 cases, 325 were directed to LAC, while in terms of the amount granted, of a world total "
      "of US$295.4 billion, US$15.6 billion were destined to the LAC region.")
ACC = "Accumulated Japanese ODA loans as of fiscal year 2013 (Figure 12, JICA Statistics on Program Results 2014)."
tx("japan-oda-loan-cases-world", "Japanese ODA loans, accumulated number of cases, world", "project_count",
   "ODA loans", COUNT, "jica", "WLD", ACC, [("2013", "3,225", "3225", "", QC)])
tx("japan-oda-loan-cases-lac", "Japanese ODA loans, accumulated number of cases, LAC", "project_count",
   "ODA loans", COUNT, "jica", "LAC", ACC, [("2013", "325", "325", "", QC)])
tx("japan-oda-loans-world", "Japanese ODA loans, accumulated amount, world", "oda_loan", "ODA loans", USD_BN,
   "jica", "WLD", ACC, [("2013", "US$295.4 billion", "295.4", "", QC)])
tx("japan-oda-loans-lac", "Japanese ODA loans, accumulated amount, LAC", "oda_loan", "ODA loans", USD_BN,
   "jica", "LAC", ACC, [("2013", "US$15.6 billion", "15.6", "", QC)])
QV = ("As an example, JICA funded 11 projects in Peru’s different regions covering Piura, La Libertad, Huanuco, "
      "Amazonas, Puno and Cusco, with a total investment of approximately US$1 million.")
OV = ("One Village One Product movement; cumulative as reported by Mincetur (2015), project years not given.")
tx("jica-ovop-peru-projects", "JICA One Village One Product projects in Peru", "project_count", "OVOP",
   COUNT, "jica", "PER", OV, [("2015", "11", "11", "", QV)])
tx("jica-ovop-peru-investment", "JICA One Village One Product investment in Peru", "technical_cooperation", "OVOP",
   USD_MN, "jica", "PER", OV, [("2015", "approximately US$1 million", "1", "approximate", QV)])
# Aid for Trade
Q47 = ("Japan alone provided approximately half (47%) of the total amount of the aid given by the DAC member countries "
       "in these sectors between 1990 and 2004.")
tx("japan-share-dac-aid-production-infrastructure", "Japan's share of DAC aid to production and economic infrastructure",
   "share", "Production sector and economic infrastructure and services", PCT_SHARE, "JPN", "WLD",
   "OECD/DAC ODA database by sectors (OECD, 2007).", [("1990/2004", "47%", "47", "", Q47)])
tx("japan-share-dac-aid-agriculture", "Japan's share of DAC aid to agriculture, fishery and forestry", "share",
   "Agriculture, fishery and forestry", PCT_SHARE, "JPN", "WLD",
   "OECD, 2007. Period not restated; taken to be the same 1990-2004 as the preceding sentence.",
   [("1990/2004", "almost 40%", "40", "approximate",
     "In the agriculture, fishery and forestry sector, Japan also contributed almost 40% of the total ODA provided by "
     "the DAC member countries.")])
tx("aid-for-trade-world-growth", "Growth of world annual Aid for Trade disbursements", "growth_rate",
   "Aid for Trade", PCT, "", "WLD", "Increase over the period, not an annual rate.",
   [("2006/2011", "53%", "53", "",
     "World annual disbursements of AfT funding increased by 53% between 2006 and 2011.")])
tx("aid-for-trade-world-total", "Aid for Trade disbursed, world total", "oda_total", "Aid for Trade", USD_BN, "",
   "WLD", "Total over 2006-2011.",
   [("2006/2011", "US$174 billion", "174", "", "In total, US$174 billion in AfT was disbursed during this period.")])
QAFT = ("Japan was the largest donor, with disbursements of US$36 billion (21% of the total), followed by the United "
        "States with US$24 billion (13.8%), the World Bank with US$24 billion (13.7%), the European Union with US$16.3 "
        "billion (9.4 %) and Germany with US$14 billion (8%).")
for slug, name, actor, amt, pct in (("japan", "Japan", "JPN", "US$36 billion", "21%"),
                                    ("usa", "United States", "USA", "US$24 billion", "13.8%"),
                                    ("world-bank", "World Bank", "world-bank", "US$24 billion", "13.7%"),
                                    ("eu", "European Union", "EU", "US$16.3 billion", "9.4 %"),
                                    ("germany", "Germany", "DEU", "US$14 billion", "8%")):
    amount = amt.replace("US$", "").replace(" billion", "")
    tx(f"aid-for-trade-{slug}", f"Aid for Trade disbursements: {name}", "oda_total", "Aid for Trade", USD_BN,
       actor, "WLD", "Total over 2006-2011.", [("2006/2011", amt, amount, "", QAFT)])
    tx(f"aid-for-trade-share-{slug}", f"Share of world Aid for Trade disbursements: {name}", "share",
       "Aid for Trade", PCT_SHARE, actor, "WLD", "Total over 2006-2011.",
       [("2006/2011", pct, pct.replace(" ", "").rstrip("%"), "", QAFT)])
tx("lac-share-japan-aid-for-trade", "LAC share of Japan's Aid for Trade funding", "share", "Aid for Trade",
   PCT_SHARE, "JPN", "LAC", "Printed “during 2009 and 2011” (OECD, 2013).",
   [("2009/2011", "2.8%", "2.8", "",
     "during 2009 and 2011, LAC received only 2.8% of Japan’s total AfT funding (OECD, 2013).")])

# --- EPAs ------------------------------------------------------------------
QM = ("As an example, the number of Japanese companies operating in Mexico has doubled from 399 in 2009 to 814 in 2014. "
      "Some 160 firms are concentrated in the automobile sector alone (PricewaterhouseCoopers, 2015).")
tx("japanese-companies-in-mexico-2009-2014", "Japanese companies operating in Mexico", "firm_count", "All sectors",
   COUNT, "JPN", "MEX", "PricewaterhouseCoopers (2015).",
   [("2009", "399", "399", "", QM), ("2014", "814", "814", "", QM)])
tx("japanese-companies-in-mexico-automobile", "Japanese companies in Mexico's automobile sector", "firm_count",
   "Automobiles", COUNT, "JPN", "MEX", "PricewaterhouseCoopers (2015); present tense, taken as 2014.",
   [("2014", "Some 160", "160", "approximate", QM)])
tx("japan-peru-epa-tariff-elimination-coverage", "Japan–Peru EPA: share of traded products freed of tariffs within 10 years",
   "share", "Tariff elimination", PCT_SHARE, "japan-peru-epa", "PER", "Period: entry into force (2012).",
   [("2012", "99%", "99", "",
     "The Japan-Peru EPA eliminates import tariffs for 99% of products bilaterally traded in 10 years.")])
QX = ("This is compounded by the extended period of liberalization schedules with long lists of exemptions; Peru (749), "
      "Chile (1200), Mexico (1300) (Gonzales-Vigil and Shimizu, 2012).")
for slug, name, iso, agr, year, vt in (("peru", "Peru", "PER", "japan-peru-epa", "2012", "749"),
                                        ("chile", "Chile", "CHL", "japan-chile-epa", "2007", "1200"),
                                        ("mexico", "Mexico", "MEX", "japan-mexico-epa", "2005", "1300")):
    extra = (" The Peru figure is also given as “Japan excluded 749 tariff lines of sensitive products from the "
             "liberalization schedule”." if slug == "peru" else "")
    tx(f"japan-{slug}-epa-exemptions", f"Japan–{name} EPA: tariff lines exempted from liberalization",
       "tariff_lines", "Exemptions", COUNT, agr, iso,
       f"Gonzales-Vigil and Shimizu (2012). Period: the EPA's entry into force ({year}).{extra}",
       [(year, vt, vt, "", QX)])
QR = ("The liberalization rates (the percentage of the tariff lines which will be totally liberalized at the end of 10 "
      "years after the entry in force of the agreement) for the EPA with Mexico, Chile and Peru are 86.0%, 86.5%, and "
      "87.0%, respectively, levels far below that of the TPP which aspires to reach 96% or higher.")
for slug, name, iso, agr, year, vt in (("mexico", "Mexico", "MEX", "japan-mexico-epa", "2005", "86.0%"),
                                        ("chile", "Chile", "CHL", "japan-chile-epa", "2007", "86.5%"),
                                        ("peru", "Peru", "PER", "japan-peru-epa", "2012", "87.0%")):
    tx(f"japan-{slug}-epa-liberalization-rate", f"Japan–{name} EPA: liberalization rate", "share",
       "Tariff lines fully liberalized 10 years after entry into force", PCT_SHARE, agr, iso,
       f"Period: the EPA's entry into force ({year}); the rate applies 10 years later.",
       [(year, vt, vt.rstrip("%"), "", QR)])
tx("tpp-liberalization-rate-target", "TPP: targeted liberalization rate", "share",
   "Tariff lines fully liberalized", PCT_SHARE, "tpp", "", "Aspiration of the TPP under negotiation (2015).",
   [("2015", "96% or higher", "96", "lower_bound", QR)])
tx("peru-new-products-in-japan", "New Peruvian products that found markets in Japan under the EPA", "product_count",
   "New products", COUNT, "PER", "JPN", "Three years after the Japan–Peru EPA took effect.",
   [("2015", "some 280", "280", "approximate",
     "Three years after the entry in force the EPA, some 280 new products have found their “niche” markets in "
     "Japan.")])
Q82 = ("In the area of tariff reduction/elimination, four years after its entry in force in 2011, about 82% of Chile’s "
       "exports to Japan entered duty free. In the same year, Chile granted 100% preferential tariffs to Japan for 77% "
       "of the products negotiated, and 90.7% of the total amount imported from Japan in 2011 entered the Chilean "
       "market duty-free.")
tx("chile-exports-to-japan-duty-free-share", "Share of Chile's exports to Japan entering duty free", "share",
   "Duty-free under the EPA", PCT_SHARE, "CHL", "JPN", "Four years after the Japan–Chile EPA took effect.",
   [("2011", "about 82%", "82", "approximate", Q82)])
tx("chile-full-preference-products-share", "Share of negotiated products with full (100%) Chilean tariff preference for Japan",
   "share", "Full tariff preference", PCT_SHARE, "JPN", "CHL", "", [("2011", "77%", "77", "", Q82)])
tx("chile-imports-from-japan-duty-free-share", "Share of Chile's imports from Japan entering duty free", "share",
   "Duty-free under the EPA", PCT_SHARE, "JPN", "CHL", "", [("2011", "90.7%", "90.7", "", Q82)])
tx("chile-non-copper-share-exports-to-japan", "Non-copper share of Chile's exports to Japan", "share",
   "Non-copper products", PCT_SHARE, "CHL", "JPN", "“almost half”, entered as 50.",
   [("2011", "almost half", "50", "approximate",
     "non-copper exports accounted for almost half of total exports by Chile to Japan by 2011.")])
QQ = ("in 2011, the pasta and tomato juices used the entire quotas allocated, meanwhile the pork used only 54.4% of the "
      "granted quota (Chile Direcon, 2012).")
tx("chile-pork-quota-use", "Japan–Chile EPA: utilization of the pork tariff quota", "quota_utilization", "Pork",
   PCT, "CHL", "JPN", "", [("2011", "54.4%", "54.4", "", QQ)])
tx("chile-pasta-tomato-juice-quota-use", "Japan–Chile EPA: utilization of the pasta and tomato juice quotas",
   "quota_utilization", "Pasta and tomato juices", PCT, "CHL", "JPN", "“the entire quotas”, entered as 100%.",
   [("2011", "the entire quotas allocated", "100", "", QQ)])
QF11 = ("In 2011, 565 companies exported 432 products, compared to 2006, when 567 companies were exporting. The same "
        "year, 3,128 Chilean companies imported 1,904 products from Japan, compared with 3,130 companies in 2006.")
F11 = "Footnote 11 (Chile, Direcon 2012)."
tx("chilean-exporters-to-japan", "Chilean companies exporting to Japan", "firm_count", "Exporters", COUNT, "CHL",
   "JPN", F11, [("2006", "567", "567", "", QF11), ("2011", "565", "565", "", QF11)])
tx("chilean-products-exported-to-japan", "Products exported by Chile to Japan", "product_count", "Exports", COUNT,
   "CHL", "JPN", F11, [("2011", "432", "432", "", QF11)])
tx("chilean-importers-from-japan", "Chilean companies importing from Japan", "firm_count", "Importers", COUNT,
   "JPN", "CHL", F11, [("2006", "3,130", "3130", "", QF11), ("2011", "3,128", "3128", "", QF11)])
tx("chilean-products-imported-from-japan", "Products imported by Chile from Japan", "product_count", "Imports",
   COUNT, "JPN", "CHL", F11, [("2011", "1,904", "1904", "", QF11)])
tx("top10-importers-share-chile-purchases-from-japan", "Top 10 Chilean importers' share of purchases from Japan",
   "share", "Importers", PCT_SHARE, "JPN", "CHL", F11,
   [("2011", "53%", "53", "", "Of these, the top 10 companies accounted for 53% of total purchases in 2011 (Chile, "
                              "Direcon 2012).")])
Q2020 = ("The Japan-Chile and Japan-Peru EPAs still allow for tariffs imposed by Japan on 28% and 15% of product lines, "
         "respectively, even by 2020.")
tx("japan-chile-epa-lines-still-dutiable-2020", "Japan–Chile EPA: Japanese product lines still dutiable", "share",
   "Lines still subject to Japanese tariffs", PCT_SHARE, "japan-chile-epa", "CHL", "Footnote 12 (IAB 2013); status in 2020.",
   [("2020", "28%", "28", "", Q2020)])
tx("japan-peru-epa-lines-still-dutiable-2020", "Japan–Peru EPA: Japanese product lines still dutiable", "share",
   "Lines still subject to Japanese tariffs", PCT_SHARE, "japan-peru-epa", "PER", "Footnote 12 (IAB 2013); status in 2020.",
   [("2020", "15%", "15", "", Q2020)])
tx("japan-mexico-epa-tariff-quota-lines", "Japan–Mexico EPA: tariff lines under Japanese tariff-quotas",
   "tariff_lines", "Tariff-quotas", COUNT, "japan-mexico-epa", "MEX", "Footnote 12 (IAB 2013); taken as 2013.",
   [("2013", "nearly 210", "210", "approximate",
     "In the case of the Japan-Mexico EPA, nearly 210 tariff lines, including certain meat, fruit juice, and leather "
     "products, remain subject to tariff-quotas imposed by Japan")])
tx("japan-chile-epa-tariff-quota-lines", "Japan–Chile EPA: product lines under Japanese tariff-quotas",
   "tariff_lines", "Tariff-quotas", COUNT, "japan-chile-epa", "CHL", "Footnote 12 (IAB 2013); taken as 2013.",
   [("2013", "nearly 30", "30", "approximate",
     "the Japan-Chile EPA retains tariff-quotas on nearly 30 product lines, mainly on meat and processed meat "
     "products (IAB 2013).")])

# --- Climate ---------------------------------------------------------------
tx("japan-climate-finance", "Japan's climate finance to developing countries (public and private)",
   "climate_finance", "Mitigation and adaptation", USD_BN, "JPN", "WLD", "",
   [("2013/2014", "approximately US$ 20 billion", "20", "approximate",
     "Between 2013 and 2014, Japan provided approximately US$ 20 billion from both public and private sources to "
     "developing countries for climate change mitigation and adaptation.")])
tx("japan-green-climate-fund-contribution", "Japan's contribution to the Green Climate Fund", "climate_finance",
   "Green Climate Fund", USD_BN, "JPN", "green-climate-fund",
   "Arrangement signed “In May”; the year (presumably 2015) is not printed.",
   [("2015-05?", "US$1.5 billion", "1.5", "",
     "In May, the Government of Japan and the Green Climate Fund signed an arrangement confirming Japan’s "
     "contribution of US$1.5 billion to the fund.")])

# --- Figure 6: data labels without their product-group labels ---------------
F6_TITLE = "Latin America: Share in Japan’s total imports by major product groups 2013"
F6_MATCH = {3: "cereals (text: 22%)", 7: "non-ferrous ores and metals (text: almost half)",
            8: "iron ore (text: 30%)"}
_f6 = FIG6_LABELS.split(" | ")
for i, cell in enumerate(_f6, 1):
    sid = f"ppp2015-f6-label-{i:02d}"
    note = ("Chart data label as extracted; the product-group labels of Figure 6 are not in the text, so the "
            f"group is unknown. Label {i} of {len(_f6)} in extraction order (comma = decimal point).")
    if i in F6_MATCH:
        note += f" Its value matches the figure the text gives for {F6_MATCH[i]}."
    series(sid, f"Figure 6, data label {i} of {len(_f6)}: LAC share in Japan's imports of a product group",
           "share", f"Unidentified product group (label {i})", PCT_SHARE, "LAC", "JPN", "Figure 6", F6_TITLE, note)
    obs(sid, "2013", cell, cell.replace(",", "."), FIG6_LABELS,
        locator=f"Figure 6, data label {i} of {len(_f6)} (product group not given)")


# --- Tables 1-A and 1-B ------------------------------------------------------
ISO = {"Argentina": "ARG", "Brazil": "BRA", "Chile": "CHL", "Colombia": "COL", "Mexico": "MEX", "Peru": "PER",
       "Ecuador": "ECU", "Guyana": "GUY", "Trinidad and Tobago": "TTO", "Venezuela": "VEN", "LAC": "LAC",
       "Total of the 6 countiries": ""}


def parse_cell(cell: str) -> tuple[str, str]:
    """'13.546' -> 13546, '1,4' -> 1.4 ('.' thousands, ',' decimals); 'na' -> missing."""
    if cell == "na":
        return "", "missing"
    v = cell.replace(".", "").replace(",", ".")
    float(v)
    return v, ""


def _slug(row: str) -> str:
    return "total-6-countries" if row.startswith("Total") else row.lower().replace(" ", "-")


T1A_TITLE = TABLE_1A[0].split(". ", 1)[1] + " " + TABLE_1A[1]
T1A_NOTE = ("Source: author's calculations based on official information of individual countries. Footnote 4: "
            "based on Latin American countries' official statistics, excluding flows from the Caribbean financial "
            "centres. Printed with '.' for thousands and ',' for decimals. Brazil's 2012 Japan value repeats its "
            "2010 value (2.502) and Chile's 2013 value repeats 2012 (2.524); the (A)/(B) columns agree with them.")
_header = TABLE_1A[2].split(" | ")
for line in TABLE_1A[3:-1]:
    cells = line.split(" | ")
    row, vals = cells[0], cells[1:]
    iso, slug = ISO[row], _slug(row)
    name = "the six countries (Argentina, Brazil, Chile, Colombia, Mexico, Peru)" if not iso else row
    measures = [
        (f"ppp2015-t1a-japan-fdi-{slug}", f"Japan's FDI flows to {name}", "fdi_flow", "Japan (A)", USD_MN, "JPN"),
        (f"ppp2015-t1a-world-fdi-{slug}", f"Total FDI inflows to {name} (World)", "fdi_flow", "World (B)", USD_MN,
         "WLD"),
        (f"ppp2015-t1a-japan-share-{slug}", f"Japan's share of FDI inflows to {name}", "share", "(A)/(B)",
         PCT_SHARE, "JPN"),
    ]
    for k, (sid, title, ind, cat, unit3, rep) in enumerate(measures):
        note = T1A_NOTE + (" Row printed as “Total of the 6 countiries”." if not iso else "")
        series(sid, title, ind, cat, unit3, rep, iso, "Table 1-A", T1A_TITLE, note)
        for j, year in enumerate(("2010", "2011", "2012", "2013")):
            col = 1 + 3 * j + k
            cell = vals[3 * j + k]
            v, flag = parse_cell(cell)
            obs(sid, year, cell, v, line, flag,
                locator=f"Table 1-A, row {row}, column {_header[col]}")

T1B_TITLE = TABLE_1B[0].split(". ", 1)[1] + " " + TABLE_1B[1]
T1B_NOTE = ("Source: ECLAC, Latin America and the Caribbean and China: Towards a new era in economic cooperation, "
            "Table III.5, p. 60. The 1990-2009 column is a multi-year figure (the table does not say whether a "
            "cumulative total or an average; presumably cumulative). 'na' = not available. Printed with '.' for "
            "thousands.")
_header = TABLE_1B[2].split(" | ")
for line in TABLE_1B[3:-1]:
    cells = line.split(" | ")
    row, vals = cells[0], cells[1:]
    iso, slug = ISO[row], _slug(row)
    sid = f"ppp2015-t1b-china-fdi-{slug}"
    note = T1B_NOTE
    if row == "LAC":
        note += (" The 2011 country figures add up to 10,174, one less than the printed 10,175 (rounding); the other "
                 "columns add up exactly.")
    series(sid, f"China's FDI flows to {row}", "fdi_flow", "China", USD_MN, "CHN", iso, "Table 1-B", T1B_TITLE, note)
    for j, col in enumerate(_header[1:]):
        period = col.replace("-", "/")
        v, flag = parse_cell(vals[j])
        obs(sid, period, vals[j], v, line, flag, locator=f"Table 1-B, row {row}, column {col}")


# ==========================================================================
# Locators and output
# ==========================================================================

def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _block_index(blocks):
    """[(start, end, locator)] over the whitespace-squashed text."""
    index, pos, section, para = [], 0, "Introduction", 0
    for n, (kind, text) in enumerate(blocks):
        s = squash(text)
        if kind == "H":
            if n > 0:
                section, para = s, 0
            loc = f"heading “{s}”"
        elif kind == "P":
            para += 1
            loc = f"§ {section}, ¶{para}"
        elif kind == "F":
            loc = "Footnote " + re.match(r"\[(\d+)\]", s).group(1)
        else:
            m = re.match(r"((?:Figure|Table) [0-9A-B-]+)", s)
            loc = m.group(1) if m else "figure block"
        index.append((pos, pos + len(s), loc))
        pos += len(s) + 1
    return index


def locate(quote: str, stext: str, index) -> str:
    q = squash(quote)
    at = stext.find(q)
    if at < 0:
        raise SystemExit(f"quote not in cleaned text: {quote[:90]!r}")
    if stext.find(q, at + 1) >= 0:
        print(f"note: quote occurs more than once, first used: {quote[:60]!r}", file=sys.stderr)
    for start, end, loc in index:
        if start <= at < end:
            if at + len(q) > end:
                raise SystemExit(f"quote spans two blocks: {quote[:90]!r}")
            return loc
    raise SystemExit(f"cannot locate {quote[:60]!r}")


COLUMNS = {
    "actors": ["id", "name", "kind", "aliases", "note"],
    "episodes": ["id", "same_as", "title", "kind", "date_text", "start", "end", "summary", "actors", "quote",
                 "locator"],
    "periods": ["id", "same_as", "name", "kind", "date_text", "start", "end", "actor", "quote", "locator"],
    "series": ["id", "title", "indicator", "category", "unit", "scale", "unit_label", "reporter", "partner", "table",
               "table_title", "note"],
    "observations": ["series", "period", "value_text", "value", "flag", "flag_reason", "quote", "locator"],
}


def _write(root: str, kind: str, rows: list[dict]) -> None:
    path = os.path.join(root, "data", kind, f"{SOURCE}.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS[kind], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in COLUMNS[kind]})


def write_all(root: str, text: str, blocks) -> None:
    stext = squash(text)
    index = _block_index(blocks)
    for row in EPISODES + PERIODS:
        row["locator"] = locate(row["quote"], stext, index)
    for row in OBS:
        loc = locate(row["quote"], stext, index)
        if not row["locator"]:
            row["locator"] = loc
    actors = [dict(zip(COLUMNS["actors"], a)) for a in ACTORS]
    _write(root, "actors", actors)
    _write(root, "episodes", EPISODES)
    _write(root, "periods", PERIODS)
    _write(root, "series", SERIES)
    _write(root, "observations", OBS)
    print(f"{SOURCE}: {len(actors)} actors, {sum(1 for e in EPISODES if not e['same_as'])} episodes "
          f"(+{sum(1 for e in EPISODES if e['same_as'])} citations), {len(PERIODS)} periods, {len(SERIES)} series, "
          f"{len(OBS)} observations", file=sys.stderr)


if __name__ == "__main__":
    seed = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds/003_983c363e77a2e4f6.txt"
    raw = _load(seed)
    text, blocks = clean_text(raw)
    if "--text-only" in sys.argv:
        sys.stdout.write(text)
        sys.exit(0)
    os.makedirs(os.path.join(ROOT, "data", "texts"), exist_ok=True)
    with open(os.path.join(ROOT, "data", "texts", f"{SOURCE}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    write_all(ROOT, text, blocks)
