#!/usr/bin/env python3
"""Build data/texts/csfuji.txt and the csfuji CSVs from the raw seed.

Usage:  python3 tools/extract_csfuji.py /path/to/002_0c9981c094a76a13.txt

Curator's tool (not imported by the app or the tests). The seed is the
country-study section "Foreign Relations Under Fujimori" (U.S. Library of
Congress, early 1990s; public domain). The same section also closes the csfor
document (tools/extract_csfor.py), which imports EPISODES, SERIES and
OBSERVATIONS from here to add its own citations (same_as rows) and its own
series.

Text repairs (all listed in REPAIRS and applied by clean()):
  * "drugrelated" -> "drug-related" (hyphen lost at a line break in the print
    original);
  * "--" (typewriter dash) -> "—" and the stray space after it dropped
    ("Sur-- Mercosur" -> "Sur—Mercosur");
  * the stray space before the comma in two cross-references
    ("Balance of Payments , ch. 3", "Impacts , ch. 5");
  * trailing blank lines removed.
The brief mentioned a duplicated trailing fragment ("operating with the United
States on the drug issue..."); this seed has none (checked: the phrase
"cooperating with the United States on the drug issue" occurs once).

After running this script, run tools/extract_review.py: it re-applies the cross-source
review (shared actor notes, renamed ids, audit additions); it is idempotent.
"""
from __future__ import annotations

import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "csfuji"
DEFAULT_SEED = "/work/shared/seeds/002_0c9981c094a76a13.txt"

REPAIRS = [
    ("drugrelated", "drug-related"),
    ("-- ", "—"),
    ("--", "—"),
    (" , ch.", ", ch."),
]

# ---------------------------------------------------------------------------
# Actors named by the Fujimori section (csfor uses the same definitions).
# id, name, kind, aliases, note
# ---------------------------------------------------------------------------
ACTORS = {
    "PER": ("Peru", "country", "Perú;Republic of Peru", ""),
    "USA": ("United States", "country", "United States of America;US;U.S.", ""),
    "JPN": ("Japan", "country", "", ""),
    "DEU": ("Germany", "country", "", ""),
    "ESP": ("Spain", "country", "", ""),
    "VEN": ("Venezuela", "country", "", ""),
    "ARG": ("Argentina", "country", "", ""),
    "COL": ("Colombia", "country", "", ""),
    "ECU": ("Ecuador", "country", "", ""),
    "CHL": ("Chile", "country", "", ""),
    "BRA": ("Brazil", "country", "", ""),
    "CUB": ("Cuba", "country", "", ""),
    "FRA": ("France", "country", "", ""),
    "PRK": ("North Korea", "country",
            "Democratic People's Republic of Korea;DPRK", ""),
    "SUN": ("Soviet Union", "country", "USSR;Soviets;Union of Soviet Socialist Republics",
            "ISO 3166-3 code SUN (the state dissolved in December 1991)"),
    "LAC": ("Latin America and the Caribbean", "region", "Latin America", ""),
    "juan-velasco-alvarado": ("Juan Velasco Alvarado", "person", "Velasco Alvarado;Velasco",
                              "Head of Peru's military government installed in 1968"),
    "alberto-fujimori": ("Alberto Fujimori", "person", "Fujimori;Alberto Ken'ya Fujimori",
                         "President of Peru from 1990"),
    "george-h-w-bush": ("George H. W. Bush", "person", "George H.W. Bush;George Bush",
                        "President of the United States 1989-93"),
    "imf": ("International Monetary Fund", "organisation", "IMF", ""),
    "andean-pact": ("Andean Pact", "organisation", "Andean Group;Pacto Andino",
                    "Andean regional integration scheme (Cartagena Agreement, 1969)"),
    "mercosur": ("Mercosur", "organisation",
                 "Southern Cone Common Market;Mercado Común del Sur",
                 "South American common market"),
    "group-of-eight": ("Group of Eight (Latin America)", "organisation",
                       "Group of Eight;Grupo de los Ocho",
                       "Latin American presidents' consultation group, precursor of the Rio "
                       "Group (not the G8 of industrial nations)"),
    "peru-support-group": ("Support Group for Peru", "organisation", "support group",
                           "Creditor and donor countries that backed Peru's clearing of its "
                           "arrears with the IMF in the early 1990s"),
    "peru-armed-forces": ("Armed Forces of Peru", "organisation", "armed forces", ""),
    "sendero-luminoso": ("Sendero Luminoso", "group", "Shining Path;SL;Sendero",
                         "Maoist insurgent group in Peru"),
}

# ---------------------------------------------------------------------------
# Episodes.  Dates the text gives only relatively are explained in `note`
# (kept here for the reviewer; not written to the CSV).
# ---------------------------------------------------------------------------
F = "§ Foreign Relations Under Fujimori"

EPISODES = [
    dict(id="1990-fujimori-reinsertion-strategy", kind="finance",
         title="Fujimori's strategy of reinsertion into international finance",
         date_text="campaigned on (Fujimori's first year in office)", start="1990~", end="",
         summary="Fujimori campaigned on a strategy of returning Peru to the international "
                 "financial community and set out to mend relations with its creditors.",
         actors="alberto-fujimori:leader;PER:subject",
         quote='He campaigned on, and was committed to, a strategy of "reinsertion" into the '
               'international financial community.',
         note="No year in the text; 'early into his government' is late 1990 (¶5)."),
    dict(id="1990-fujimori-drops-gradualism", kind="finance",
         title="Fujimori drops gradualist economics and opens talks with lenders",
         date_text="early in Fujimori's government", start="1990~", end="",
         summary="The reinsertion commitment made Fujimori abandon his gradualist economic "
                 "stance and open a dialogue with the major multilateral lending institutions.",
         actors="alberto-fujimori:leader;PER:subject;imf:participant",
         quote='This commitment forced him to change his adherence to "gradualist" economics '
               'and to open dialogue with the major multilateral institutions.'),
    dict(id="1992-fujimori-self-coup", kind="coup",
         title="Fujimori's self-coup (autogolpe)",
         date_text="April 5, 1992", start="1992-04-05", end="",
         summary="Fujimori suspended constitutional government; the international reaction "
                 "was negative and Peru's foreign relations changed dramatically.",
         actors="alberto-fujimori:perpetrator;PER:subject",
         quote="Peru's foreign relations situation changed dramatically with the April 5 "
               "self-coup.",
         extra_quotes=["Prior to the coup of April 5, 1992"]),
    dict(id="1992-lenders-delay-loans-after-coup", kind="finance",
         title="International lenders delay loans after the self-coup",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="Most international financial organisations put off loans that were planned "
                 "or projected for Peru in reaction to the self-coup.",
         actors="PER:borrower",
         quote="Most international financial organizations delayed planned or projected loans"),
    dict(id="1992-us-suspends-aid", kind="aid",
         title="United States suspends non-humanitarian aid",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="In reaction to the self-coup the U.S. government suspended all its aid to "
                 "Peru except humanitarian assistance.",
         actors="USA:donor;PER:recipient",
         quote="the United States government suspended all aid other than humanitarian "
               "assistance."),
    dict(id="1992-germany-spain-suspend-aid", kind="aid",
         title="Germany and Spain suspend aid",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="Germany and Spain also halted their aid to Peru after the self-coup.",
         actors="DEU:donor;ESP:donor;PER:recipient",
         quote="Germany and Spain also suspended aid to Peru."),
    dict(id="1992-venezuela-breaks-relations", kind="diplomatic",
         title="Venezuela breaks off diplomatic relations",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="Venezuela severed diplomatic relations with Peru over the self-coup.",
         actors="VEN:participant;PER:target",
         quote="Venezuela broke off diplomatic relations"),
    dict(id="1992-argentina-withdraws-ambassador", kind="diplomatic",
         title="Argentina withdraws its ambassador",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="Argentina recalled its ambassador from Lima in protest at the self-coup.",
         actors="ARG:participant;PER:target",
         quote="Argentina withdrew its ambassador."),
    dict(id="1992-support-group-aid-withdrawal", kind="finance",
         title="Support-group aid withdrawal stalls IMF arrears clearance",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="Key members of Peru's support group withdrew aid, which made clearing "
                 "Peru's arrears with the IMF virtually impossible and threatened the "
                 "reinsertion strategy.",
         actors="peru-support-group:donor;PER:recipient;imf:subject",
         quote="In addition, the withdrawal of aid by key members of Peru's support group "
               "made the process of clearing arrears with the IMF virtually impossible."),
    dict(id="1992-fujimori-refuses-to-restore-constitution", kind="domestic_politics",
         title="Fujimori refuses to restore constitutional rule; military backs him",
         date_text="after the April 5 self-coup", start="1992-04", end="",
         summary="Despite international condemnation Fujimori would not lift the suspension "
                 "of constitutional government, and the armed forces reaffirmed their support.",
         actors="alberto-fujimori:leader;peru-armed-forces:participant;PER:subject",
         quote="Yet, despite international condemnation, Fujimori refused to rescind the "
               "suspension of constitutional government, and the armed forces reasserted "
               "their support for the measures."),
    dict(id="1990-us-peru-drug-policy-strains", kind="diplomatic",
         title="Drug policy strains U.S.–Peru relations",
         date_text="even before the coup", start="1990~", end="1991-05",
         summary="Before the self-coup, relations with Washington were dominated by the drug "
                 "issue and by Fujimori's reluctance to sign an accord expanding military "
                 "coca eradication.",
         actors="USA:participant;PER:participant;alberto-fujimori:leader",
         quote="Even before the coup, relations with the United States were strained, because "
               "they were dominated by the drug issue and Fujimori's reluctance to sign an "
               "accord that would increase United States and Peruvian military efforts in "
               "eradicating coca fields."),
    dict(id="1991-us-peru-drug-accord", kind="treaty",
         title="Fujimori signs drug-control accord with the United States",
         date_text="May 1991", start="1991-05", end="",
         summary="To obtain badly needed aid, Fujimori signed the counter-drug accord that "
                 "expanded U.S. and Peruvian military coca eradication, though the dispute "
                 "left bilateral relations no better.",
         actors="alberto-fujimori:signatory;PER:signatory;USA:signatory",
         quote="Although Fujimori eventually signed the accord in May 1991 in order to get "
               "desperately needed aid, the disagreements did little to enhance bilateral "
               "relations."),
    dict(id="1991-cholera-food-import-bans", kind="trade",
         title="Neighbours ban Peruvian food imports over cholera",
         date_text="the outbreak of cholera (before the coup)", start="1991~", end="",
         summary="The cholera outbreak in Peru first led neighbouring countries to ban "
                 "Peruvian food imports, adding to strained relations.",
         actors="PER:target;LAC:participant",
         quote="The cholera outbreak at first resulted in neighboring countries' banning "
               "Peruvian food imports, further straining relations.",
         note="Undated in the text; placed in 1991 beside the May 1991 accord (¶3)."),
    dict(id="1991-cholera-import-ban-partly-lifted", kind="trade",
         title="Cholera import ban lifted for some products",
         date_text="even after the ban was lifted", start="1991~", end="",
         summary="The neighbours' ban on Peruvian food was later lifted for certain products.",
         actors="PER:subject;LAC:participant",
         quote="Even after the ban was lifted for certain products"),
    dict(id="1991-cholera-spreads-to-neighbours", kind="other",
         title="Cholera cases reported in Colombia, Ecuador, Chile and Brazil",
         date_text="(after the outbreak of cholera)", start="1991~", end="",
         summary="Cases of cholera in Colombia, Ecuador, Chile and Brazil confirmed the "
                 "neighbours' fear that the epidemic would spread from Peru.",
         actors="PER:subject;COL:victim;ECU:victim;CHL:victim;BRA:victim",
         quote="fear of the spread of cholera was confirmed by cases reported in Colombia, "
               "Ecuador, Chile, and Brazil."),
    dict(id="1990-latin-america-turns-to-free-trade", kind="trade",
         title="Latin America turns to free trade and regional integration",
         date_text="By the early 1990s", start="1990~", end="1993~",
         summary="Latin American economies were moving towards free-trade agreements with the "
                 "United States and regional market integration such as Mercosur.",
         actors="LAC:participant;USA:participant;mercosur:subject",
         quote="By the early 1990s, economic trends in Latin America were moving increasingly "
               "toward free-trade agreements with the United States and regional market "
               "integration"),
    dict(id="1990-andean-pact-common-market", kind="multilateral",
         title="Andean Pact agrees to form a common market",
         date_text="late 1990", start="1990-41", end="",
         summary="The Andean Pact agreed to form a common market, though Peru's crisis kept "
                 "its role marginal.",
         actors="andean-pact:participant;PER:member",
         quote="Although the Andean Pact agreed to form a common market in late 1990, Peru's "
               "role, owing to the extent and nature of its crisis, remained marginal, at "
               "least in the short term."),
    dict(id="1990-fujimori-misses-group-of-eight", kind="multilateral",
         title="Fujimori misses the Group of Eight meeting",
         date_text="late 1990", start="1990-41", end="",
         summary="Overwhelmed by domestic problems early in his government, Fujimori did not "
                 "attend the Latin American Group of Eight meeting.",
         actors="alberto-fujimori:leader;PER:member;group-of-eight:host",
         quote="Fujimori was so overwhelmed with domestic problems early into his government, "
               "moreover, that he was unable to attend the Group of Eight"),
    dict(id="1990-andean-initiative-drug-front", kind="aid",
         title="Drug friction limits Andean Initiative benefits",
         date_text="during Fujimori's first year in office", start="1990~", end="1991~",
         summary="Peru could have qualified for special U.S. drug-related aid and trade "
                 "arrangements under the Andean Initiative, but counter-drug relations were "
                 "rough in Fujimori's first year.",
         actors="USA:donor;PER:recipient;alberto-fujimori:leader",
         quote="Peruvian-United States relations were hardly smooth on the drug front during "
               "Fujimori's first year in office."),
    dict(id="1990-eai-eligibility-restricted", kind="finance",
         title="Arrears restrict Peru's access to the Enterprise for the Americas Initiative",
         date_text="during Fujimori's first year in office", start="1990~", end="1991~",
         summary="Peru's arrears with multilateral lenders and private banks limited its "
                 "eligibility for debt reduction and investment-reform grants under the "
                 "Bush administration's Enterprise for the Americas Initiative.",
         actors="USA:participant;george-h-w-bush:leader;PER:subject",
         quote="were restricted by its arrears with multilateral credit agencies and private "
               "banks."),
    dict(id="1991-us800-million-bridge-loan", kind="finance",
         title="US$800-million bridge loan to restore IMF eligibility",
         date_text="after six months of negotiations (before the April 5, 1992 coup)",
         start="1991~", end="",
         summary="After six months of talks Peru obtained an US$800-million bridge loan needed "
                 "to regain eligibility to borrow from the IMF; US$600 million was still owed "
                 "to international creditors.",
         actors="PER:borrower;imf:subject",
         quote="after six months of negotiations, Peru was able to obtain the US$800-million "
               "bridge loan required to re-establish its borrowing eligibility from the IMF.",
         note="Undated in the text; it falls between Fujimori's first year and the coup."),
    dict(id="1992-imf-arrears-funds-nearly-raised", kind="finance",
         title="Funds to clear IMF arrears almost fully raised",
         date_text="Prior to the coup of April 5, 1992", start="1992-04-05", end="",
         summary="By the time of the self-coup Peru had raised almost all of the US$1.3 "
                 "billion it needed to clear its arrears with the IMF.",
         actors="PER:borrower;imf:lender",
         quote="Prior to the coup of April 5, 1992, however, almost all of the US$1.3 billion "
               "necessary to clear arrears with the IMF had been attained."),
    dict(id="1970-soviet-military-relationship", kind="security",
         title="Peru becomes the Soviets' largest military client in South America",
         date_text="during the Velasco years; in the 1970s", start="197X", end="",
         summary="Under Velasco Peru built a strong military relationship with the Soviet "
                 "Union and Eastern Europe and became the largest Soviet arms client on the "
                 "continent.",
         actors="PER:recipient;SUN:participant;juan-velasco-alvarado:leader",
         quote="Peru had established a strong military relationship with the Soviets and "
               "Eastern Europe during the Velasco years, and was the Soviets' largest military "
               "client on the continent in the 1970s."),
    dict(id="1992-arms-suppliers-diversified", kind="security",
         title="Peru diversifies its arms suppliers",
         date_text="has diversified (as of the early 1990s)", start="1992~", end="",
         summary="Still reliant on Soviet equipment, Peru had nonetheless spread its weapons "
                 "purchases across suppliers from France to North Korea.",
         actors="PER:recipient;SUN:participant;FRA:participant;PRK:participant",
         quote="Peru has diversified its source of supply of weapons to countries ranging "
               "from France to North Korea",
         note="A state as of the text's writing (early 1990s)."),
    dict(id="1992-soviet-and-cuban-ties-wane", kind="diplomatic",
         title="Ties with the Soviets and Cuba expected to fade",
         date_text="(as of the early 1990s)", start="1992~", end="",
         summary="The text expects Peru's relations with the Soviets, like those with Cuba, "
                 "to lose importance as both sides turned to domestic crises and economics.",
         actors="PER:participant;SUN:participant;CUB:participant",
         quote="like its relationship with Cuba, Peru's relationship with the Soviets is "
               "certain to diminish in importance"),
    dict(id="1990-new-importance-of-japan-and-us", kind="diplomatic",
         title="New weight on relations with the United States and Japan",
         date_text="during the electoral campaign", start="1990~", end="",
         summary="Relations with the United States and Japan gained importance, the latter "
                 "largely because of Fujimori's Japanese heritage and the Japanese role he "
                 "stressed in his election campaign.",
         actors="PER:participant;JPN:participant;USA:participant;alberto-fujimori:leader",
         quote="Reflecting this change is a new importance placed on relations with the "
               "United States and also with Japan, largely because of Fujimori's heritage and "
               "the emphasis that he himself placed on the Japanese role during the electoral "
               "campaign.",
         note="The campaign is undated in the text; Fujimori's government had begun by late "
              "1990 (¶5)."),
    dict(id="1992-credit-withheld-until-democracy", kind="aid",
         title="Aid and credit withheld until democracy is restored",
         date_text="(after the April 5, 1992 coup)", start="1992", end="",
         summary="Most of the international community would not extend credit or aid to Peru "
                 "until democratic government returned.",
         actors="PER:recipient;WLD:donor",
         quote="Additionally, most of the international community remained unwilling to "
               "provide credit or aid until democratic government was restored."),
]
ACTORS["WLD"] = ("World", "region", "international community", "")

# Periods: the shared ids are defined by other curators (dated in their documents);
# this text names them but gives no dates of its own, so these rows only cite.
PERIODS = [
    dict(id="", same_as="presidency-fujimori",
         quote="Fujimori was so overwhelmed with domestic problems early into his government, "
               "moreover, that he was unable to attend the Group of Eight"),
    dict(id="", same_as="presidency-velasco",
         quote="during the Velasco years"),
]

# ---------------------------------------------------------------------------
# Figures in prose.  (series id suffix, title, indicator, category, unit, scale,
# unit_label, reporter, partner, note); observations: (suffix, period, value_text,
# value, flag, quote)
# ---------------------------------------------------------------------------
SERIES = [
    ("bridge-loan", "Bridge loan to re-establish Peru's IMF borrowing eligibility",
     "loan_commitment", "Bridge loan", "USD", "1000000", "US$ millions", "", "PER",
     "Lender not named in the text. Undated in the text: obtained after six months of "
     "negotiations, between Fujimori's first year in office and the April 5, 1992 coup "
     "(period given as 1991~)."),
    ("debt-payments-due", "Payments Peru still owed to international creditors",
     "debt_service", "Payments due to international creditors", "USD", "1000000",
     "US$ millions", "PER", "", "Owed at the time of the bridge loan (period given as 1991~)."),
    ("imf-arrears-clearance", "Funds needed to clear Peru's arrears with the IMF",
     "debt_arrears", "Arrears with the IMF", "USD", "1000000000", "US$ billions", "PER", "imf",
     "Almost all of it had been raised before the coup of April 5, 1992."),
]
OBSERVATIONS = [
    ("bridge-loan", "1991~", "US$800-million", "800", "",
     "Peru was able to obtain the US$800-million bridge loan required to re-establish its "
     "borrowing eligibility from the IMF."),
    ("debt-payments-due", "1991~", "US$600 million", "600", "",
     "Yet, Peru still had to pay US$600 million to international creditors."),
    ("imf-arrears-clearance", "1992", "US$1.3 billion", "1.3", "",
     "Prior to the coup of April 5, 1992, however, almost all of the US$1.3 billion "
     "necessary to clear arrears with the IMF had been attained."),
]

EPISODE_COLUMNS = ["id", "same_as", "title", "kind", "date_text", "start", "end", "summary",
                   "actors", "quote", "locator"]
PERIOD_COLUMNS = ["id", "same_as", "name", "kind", "date_text", "start", "end", "actor",
                  "quote", "locator"]
ACTOR_COLUMNS = ["id", "name", "kind", "aliases", "note"]
SERIES_COLUMNS = ["id", "title", "indicator", "category", "unit", "scale", "unit_label",
                  "reporter", "partner", "table", "table_title", "note"]
OBS_COLUMNS = ["series", "period", "value_text", "value", "flag", "flag_reason", "quote",
               "locator"]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def clean(raw: str) -> str:
    text = raw.replace("\r\n", "\n")
    for old, new in REPAIRS:
        text = text.replace(old, new)
    lines = [line.rstrip() for line in text.split("\n")]
    out = "\n".join(lines).strip() + "\n"
    assert "\ufffd" not in out
    assert out.count("cooperating with the United States on the drug issue") == 1
    return out


def paragraphs(text: str) -> list[tuple[str, int, str]]:
    """(section heading, paragraph number within it, paragraph text) for each prose line.

    A heading is a non-empty line without a full stop at its end that is short."""
    result = []
    heading, number = "", 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        if len(line) < 60 and not line.rstrip().endswith((".", ":")):
            heading, number = line.strip(), 0
            continue
        number += 1
        result.append((heading, number, line))
    return result


def locate(text: str, quote: str) -> str:
    q = squash(quote)
    hits = [(h, n) for h, n, p in paragraphs(text) if q in squash(p)]
    if not hits:
        # a heading itself
        for line in text.split("\n"):
            if squash(line) == q:
                return f"§ {q}, heading"
        raise SystemExit(f"quote not found in one paragraph: {quote!r}")
    h, n = hits[0]
    return f"§ {h}, ¶{n}"


def write_csv(path: str, columns: list[str], rows: list[dict]) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def actor_rows(ids: set[str], table: dict) -> list[dict]:
    rows = []
    for aid in sorted(ids):
        name, kind, aliases, note = table[aid]
        rows.append(dict(id=aid, name=name, kind=kind, aliases=aliases, note=note))
    return rows


def actors_used(episodes: list[dict], series: list[dict], periods: list[dict]) -> set[str]:
    used = set()
    for e in episodes:
        for item in filter(None, e.get("actors", "").split(";")):
            used.add(item.split(":")[0])
    for s in series:
        used.update(x for x in (s["reporter"], s["partner"]) if x)
    used.update(p["actor"] for p in periods if p.get("actor"))
    return used


def series_rows(source: str, series: list, text: str) -> list[dict]:
    rows = []
    for suffix, title, ind, cat, unit, scale, label, rep, par, note in series:
        rows.append(dict(id=f"{source}-text-{suffix}", title=title, indicator=ind, category=cat,
                         unit=unit, scale=scale, unit_label=label, reporter=rep, partner=par,
                         table="text", table_title="", note=note))
    return rows


def observation_rows(source: str, observations: list, text: str) -> list[dict]:
    rows = []
    for suffix, period, value_text, value, flag, quote in observations:
        assert value_text in quote, (value_text, quote)
        loc = locate(text, quote)
        rows.append(dict(series=f"{source}-text-{suffix}", period=period, value_text=value_text,
                         value=value, flag=flag, quote=quote,
                         locator=f"{loc}, figure “{value_text}”"))
    return rows


def episode_rows(text: str) -> list[dict]:
    rows = []
    for e in EPISODES:
        row = {k: v for k, v in e.items() if k in EPISODE_COLUMNS}
        row["locator"] = locate(text, e["quote"])
        rows.append(row)
        for extra in e.get("extra_quotes", []):
            rows.append(dict(id="", same_as=e["id"], date_text="April 5, 1992",
                             start=e["start"], quote=extra, locator=locate(text, extra)))
    return rows


def main(argv: list[str]) -> int:
    seed = argv[1] if len(argv) > 1 else DEFAULT_SEED
    with open(seed, encoding="utf-8") as handle:
        text = clean(handle.read())
    with open(os.path.join(ROOT, "data", "texts", f"{SOURCE}.txt"), "w", encoding="utf-8",
              newline="\n") as handle:
        handle.write(text)
    episodes = episode_rows(text)
    periods = []
    for p in PERIODS:
        row = dict(p)
        row["locator"] = locate(text, p["quote"])
        periods.append(row)
    series = series_rows(SOURCE, SERIES, text)
    observations = observation_rows(SOURCE, OBSERVATIONS, text)
    # Named in the text but in no episode of their own ("the SL", ¶3).
    used = actors_used(episodes, series, periods) | {"sendero-luminoso"}
    d = os.path.join(ROOT, "data")
    write_csv(f"{d}/episodes/{SOURCE}.csv", EPISODE_COLUMNS, episodes)
    write_csv(f"{d}/periods/{SOURCE}.csv", PERIOD_COLUMNS, periods)
    write_csv(f"{d}/actors/{SOURCE}.csv", ACTOR_COLUMNS, actor_rows(used, ACTORS))
    write_csv(f"{d}/series/{SOURCE}.csv", SERIES_COLUMNS, series)
    write_csv(f"{d}/observations/{SOURCE}.csv", OBS_COLUMNS, observations)
    print(f"{SOURCE}: {len(episodes)} episode rows, {len(periods)} period rows, "
          f"{len(used)} actors, {len(series)} series, {len(observations)} observations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
