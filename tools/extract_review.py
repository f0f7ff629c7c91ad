"""Cross-source review of data/: run AFTER the five tools/extract_<source>.py scripts.

The five curators extracted their documents in parallel. This script applies the reviewer's
cross-source decisions to the reviewed CSVs, and is idempotent (running it twice changes
nothing):

  1. actors      one note per actor id (the builder keeps only the first file's note), and the
                 ISO 3166 formal names added as aliases of the country actors;
  2. episodes    ids renamed to the `<year>-<slug>` form (no EDTF "X" in ids), and rows that
                 modelled a date wrongly corrected (see EDITS);
  3. audit       every dated happening / dated figure of the texts that had no record, added
                 to the right source's files (NEW_ROWS), each with an exact quote;
  4. periods     extra citations for the presidencies/eras the texts date;
  5. series      one indicator term per measure (synonyms such as `firms`/`firm_count`
                 merged).

Every quote is checked against data/texts/<source>.txt (whitespace collapsed) before writing.

Run:  python3 tools/extract_review.py [--dry-run]
Not imported by the app or the tests.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SOURCES = ("pj2003", "sy2013", "csfuji", "ppp2015", "csfor")
KINDS = ("actors", "episodes", "periods", "series", "observations")
TEXTS = {s: (DATA / "texts" / f"{s}.txt").read_text(encoding="utf-8") for s in SOURCES}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


SQUASHED = {s: squash(t) for s, t in TEXTS.items()}


def Q(source: str, start: str, end: str) -> str:
    """The exact words of `source` from `start` through `end` (whitespace collapsed)."""
    text = SQUASHED[source]
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"{source}: start of quote not found: {start!r}")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"{source}: end of quote not found: {end!r}")
    return text[i:j + len(end)]


# ---------------------------------------------------------------------------------------------
# 1. Actors
# ---------------------------------------------------------------------------------------------

ACTOR_NOTES = {
    "alberto-fujimori": "President of Peru 1990-2000, of Japanese descent; left for Japan in November 2000",
    "andean-pact": "Andean regional integration scheme founded in 1969 (Cartagena Agreement); later the Andean Community",
    "jica": "Japan's technical and development cooperation agency",
    "oecf": "Japan's concessional (ODA) loan agency; merged with JEXIM into JBIC in 1999",
    "jexim": "Japan's export-credit bank; merged with the OECF into JBIC in 1999",
    "jbic": "Government-owned lender created on 1 October 1999 by merging JEXIM and the OECF",
    "jetro": "Japan's trade-promotion agency (offices in Lima); also a source of trade and FDI statistics",
    "cofide": "Peru's state development-finance corporation",
    "mitsui": "Japanese general trading company (sogo shosha)",
    "mitsubishi": "Japanese general trading company (sogo shosha)",
    "marubeni": "Japanese general trading company (sogo shosha)",
    "nissan": "Japanese carmaker",
    "japan-mexico-epa": "Signed and in force 2005; Japan's first full-fledged EPA",
}

# ISO 3166-1 (or 3166-3) formal names, kept as aliases so search finds them.
ACTOR_ALIASES = {
    "BHS": ["The Bahamas", "Commonwealth of The Bahamas"],
    "BOL": ["Plurinational State of Bolivia"],
    "GBR": ["United Kingdom of Great Britain and Northern Ireland"],
    "KOR": ["Korea, Republic of"],
    "PRK": ["Korea, Democratic People's Republic of"],
    "NLD": ["Kingdom of the Netherlands"],
    "RUS": ["Russian Federation"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "SUN": ["USSR"],
}

# ---------------------------------------------------------------------------------------------
# 2. Episode ids: EDTF "X" does not belong in an id (`<start year>-<words>`)
# ---------------------------------------------------------------------------------------------

EPISODE_RENAMES = {
    "196X-japanese-mining-investment-brazil-chile": "1960-japanese-mining-investment-brazil-chile",
    "196X-usiminas-japanese-financing": "1960-usiminas-japanese-financing",
    "196X-tubarao-steelworks": "1960-tubarao-steelworks",
    "196X-amazon-aluminium-project": "1960-amazon-aluminium-project",
    "196X-brazil-pulp-and-paper-mills": "1960-brazil-pulp-and-paper-mills",
    "196X-cerrado-agricultural-development": "1960-cerrado-agricultural-development",
    "196X-nissan-in-mexico": "1960-nissan-in-mexico",
    "196X-japan-credit-for-sicartsa": "1960-japan-credit-for-sicartsa",
    "197X-japanese-fdi-shifts-to-manufacturing": "1970-japanese-fdi-shifts-to-manufacturing",
    "198X-japan-public-money-for-debt-bailout": "1980-japan-public-money-for-debt-bailout",
    "198X-japan-second-wave-fdi-bypasses-lac": "1980-japan-second-wave-fdi-bypasses-lac",
    "198X-japan-raises-official-flows-to-lac": "1980-japan-raises-official-flows-to-lac",
    "199X-japanese-financial-flows-to-lac-fall": "1990-japanese-financial-flows-to-lac-fall",
    "199X-japan-lac-trade-asymmetry": "1990-japan-lac-trade-asymmetry",
    "201X-japan-cuba-debt-rescheduling": "2010-japan-cuba-debt-rescheduling",
    "201X-jbic-loan-mexican-steel-pipes": "2010-jbic-loan-mexican-steel-pipes",
    "201X-jbic-loan-sao-paulo-metro": "2010-jbic-loan-sao-paulo-metro",
    "201X-jbic-loan-costa-rica-state-bank": "2010-jbic-loan-costa-rica-state-bank",
    "201X-japan-build-back-better": "2010-japan-build-back-better",
    # id said 1970 but the row starts in the 1960s ("During the same period" as the 1960s ISI
    # investments): the id now follows the start.
    "1970-japeco-north-peru-pipeline": "1960-japeco-north-peru-pipeline",
}

# ---------------------------------------------------------------------------------------------
# Edits of existing rows: (kind, source, match, changes). match: {column: value}.
# ---------------------------------------------------------------------------------------------

EDITS = [
    # "Until 1976" closes a state that sy2013 places "Back in the 1960s": the row used 1976 as
    # its start, which made the two documents look contradictory. It is the END of the state;
    # pj2003 gives no start (the 20th century is all it implies).
    ("episodes", "pj2003", {"id": "1976-peru-second-largest-lac-host-of-japanese-fdi"}, {
        "title": "Peru second-largest Latin American host of Japanese FDI (until 1976)",
        "start": "19XX",
        "end": "1976",
        "summary": "Until 1976 Peru was the Latin American country receiving the second-largest "
                   "amount of Japanese direct investment; from 1977 Mexico overtook it. Sanborn "
                   "& Yong place the same standing in the 1960s.",
    }),
]

# ---------------------------------------------------------------------------------------------
# 3./4. New rows found by the completeness audit (paragraph by paragraph, every text)
# ---------------------------------------------------------------------------------------------

P_DEV = "§ Evolving Peruvian-Japanese Economic Relations until 1990 › Development Assistance"
P_FUJI = "§ Economic Relations under the Fujimori Administration (1990-2000)"
P_BEYOND = "§ BEYOND FREE TRADE: THE ECONOMIC PARTNERSHIP AGREEMENTS (EPAS) PROMOTED BY JAPAN"


def ep(id="", same_as="", title="", kind="", date_text="", start="", end="", summary="",
       actors="", quote="", locator=""):
    return dict(id=id, same_as=same_as, title=title, kind=kind, date_text=date_text,
                start=start, end=end, summary=summary, actors=actors, quote=quote,
                locator=locator)


NEW_ACTORS = {
    "pj2003": [
        dict(id="idrc", name="IDRC", kind="organisation", aliases="",
             note="Co-financier of the 1996 Lima-Callao Water & Sewage Project; named only by "
                  "its initials in the note to Table 6"),
    ],
}

NEW_EPISODES = {
    "pj2003": [
        ep(id="1941-outbreak-of-war-with-japan", title="War breaks out (1941)", kind="war",
           date_text="At the outbreak of war in 1941", start="1941",
           summary="The war that set the United States against Japan broke out in 1941; it "
                   "turned Peru's government against its Japanese community and led to the "
                   "closure of Japan's embassy.",
           actors="JPN:participant;USA:participant;PER:subject",
           quote=Q("pj2003", "At the outbreak of war in 1941", "retribution and hostility."),
           locator="§ Developing a Relationship, ¶2"),
        ep(same_as="1960-japan-becomes-major-trading-partner",
           date_text="over the last three decades",
           actors="JPN:participant;PER:participant",
           quote=Q("pj2003", "Japan became an important trading partner and aid donor",
                   "over the last three decades"),
           locator="Abstract"),
        ep(id="1997-japan-political-concerns-outweigh-ethnic-ties",
           title="Japan's interests outweigh its ethnic ties with Peru", kind="aid",
           date_text="in the late 1990s", start="1997~", end="1999~",
           summary="Economic interests and, in the late 1990s, political concerns counted for "
                   "more than ethnic ties in Japan's aid to Peru.",
           actors="JPN:donor;PER:recipient",
           quote=Q("pj2003", "Japan's economic interests and, in the late 1990s",
                   "effect of its ethnic ties with Peru."),
           locator=f"{P_DEV}, ¶4"),
        ep(same_as="1990-peru-major-beneficiary-of-japanese-oda", date_text="after 1990",
           quote=Q("pj2003", "There is no question that Japan did provide a larger sum",
                   "because of Fujimori and what he represented."),
           locator=f"{P_FUJI}, ¶8"),
        ep(same_as="1990-peru-japan-relations-high-point",
           actors="PER:participant;JPN:participant;alberto-fujimori:leader",
           quote=Q("pj2003", "Bilateral relations with Japan under the two Fujimori",
                   "albeit not without problems."),
           locator=f"{P_FUJI}, ¶9"),
        ep(id="1990-japanese-technical-assistance-declines",
           title="Japan's technical assistance to Peru declines", kind="aid",
           date_text="from 1990-91", start="[1990..1991]",
           summary="Without advisers to prepare feasibility studies, projects were delayed and "
                   "Japan's technical assistance to Peru shrank gradually from 1990-91.",
           actors="JPN:donor;jica:agency;PER:recipient",
           quote=Q("pj2003", "Lacking advisers to conduct feasibility studies",
                   "gradual reduction from 1990-91 (Hosono 1998)."),
           locator=f"{P_FUJI}, ¶9"),
        ep(same_as="1990-peru-major-beneficiary-of-japanese-oda", date_text="during the 1990s",
           start="199X",
           quote=Q("pj2003", "Although official development cooperation funds increased during "
                             "the 1990s", "in no way are they substantial amounts."),
           locator=f"{P_FUJI} › Development Assistance, ¶4"),
        ep(id="1990-peru-courts-japanese-investment",
           title="Peru courts Japanese trade and investment", kind="investment",
           date_text="In the 1990s", start="199X",
           summary="Through the 1990s Peru, with Fujimori's personal diplomacy, tried to widen "
                   "commercial contacts with Japan and draw Japanese investment, with little "
                   "success.",
           actors="PER:host;JPN:investor;alberto-fujimori:leader",
           quote=Q("pj2003", "In the 1990s, efforts were made to enhance commercial contacts",
                   "to persuade Japan to invest in Peru."),
           locator="§ Japanese Foreign Direct Investment, ¶1"),
        ep(id="1990-montesinos-power-behind-the-executive",
           title="Montesinos the power behind Fujimori's government", kind="domestic_politics",
           date_text="for a decade", start="1990~", end="2000",
           summary="Intelligence chief Vladimiro Montesinos was seen as the real power behind "
                   "the executive through the Fujimori decade, until his bribery scandal "
                   "brought the regime down.",
           actors="vladimiro-montesinos:leader;alberto-fujimori:subject;PER:subject",
           quote=Q("pj2003", "Montesinos had been a controversial figure from the start",
                   "for a decade (Bowen 2000)."),
           locator="§ The Fujimori Saga in 2000-2001, ¶2"),
        ep(id="1980-social-instability-in-peru",
           title="Climate of social instability in Peru", kind="security",
           date_text="Throughout the 1980s and 1990s", start="198X", end="199X",
           summary="Peru lived through two decades of social instability, in which Japanese "
                   "businessmen and firms were among the targets of attacks.",
           actors="PER:subject;JPN:victim",
           quote=Q("pj2003", "Throughout the 1980s and 1990s there was a climate",
                   "social instability in Peru."),
           locator="Note (7.)"),
        ep(same_as="1996-oecf-loan-lima-callao-water-and-sewage-project",
           date_text="IDRC (1996)", start="1996",
           actors="idrc:lender",
           quote=Q("pj2003", "* completed, + co-financing IDB (1994), IDRC (1996).",
                   "IDRC (1996)."),
           locator="Table 6, note"),
        ep(same_as="1994-oecf-loan-health-service-strengthening-project",
           date_text="IDB (1994)", start="1994",
           actors="idb:lender",
           quote=Q("pj2003", "* completed, + co-financing IDB (1994), IDRC (1996).",
                   "IDRC (1996)."),
           locator="Table 6, note"),
    ],
    "sy2013": [
        ep(id="2003-peru-decade-of-growth",
           title="A decade of growth and poverty reduction in Peru", kind="other",
           date_text="In the last decade", start="2003~", end="2013",
           summary="In the decade before the paper Peru grew fast under democracy, halved "
                   "poverty and built a new middle class, on the back of global (above all "
                   "Asian) demand for its minerals.",
           actors="PER:subject;ASIA:participant;CHN:participant",
           quote=Q("sy2013", "In the last decade Peru has been one of Latin America",
                   "producing an expanding new middle class."),
           locator="§ Introduction, ¶2"),
        ep(same_as="2003-peru-decade-of-growth", date_text="In the last decade",
           quote=Q("sy2013", "In the last decade, Peru has experienced remarkable economic growth",
                   "firm commitment to international trade."),
           locator="§ Abstract, ¶1"),
        ep(same_as="2003-peru-decade-of-growth", date_text="over the last decade",
           quote=Q("sy2013", "Trade with Asia in general, and China in particular, has "
                             "contributed", "effects of the global financial crisis."),
           locator="§ Part IV: Final Remarks, ¶3"),
        ep(same_as="2008-global-financial-crisis",
           quote=Q("sy2013", "Trade with Asia in general, and China in particular, has "
                             "contributed", "effects of the global financial crisis."),
           locator="§ Part IV: Final Remarks, ¶3"),
        ep(id="2011-castilla-prays-for-china-economy",
           title="Finance minister Castilla on Peru's exposure to China", kind="other",
           date_text="2011", start="2011",
           summary="Peru's Minister of Economics and Finance, Luis Miguel Castilla, summed up "
                   "the country's dependence on Chinese demand by saying he prayed daily that "
                   "China's economy would not collapse.",
           actors="luis-miguel-castilla:participant;PER:subject;CHN:subject",
           quote=Q("sy2013", "pray that China", "Minister of Economics and Finance 2011"),
           locator="§ Introduction, epigraph"),
        ep(id="1990-western-firms-lead-peru-mining-investment",
           title="Western multinationals lead mining investment in Peru", kind="investment",
           date_text="since the 1990s", start="199X",
           summary="Since the 1990s most investment in Peruvian mining has come from Western "
                   "multinationals, although China has become the main buyer of Peru's "
                   "minerals and its mining investment is growing.",
           actors="PER:host;CHN:investor",
           quote=Q("sy2013", "Although Western multinationals have accounted for most mineral "
                             "investment", "has increased significantly."),
           locator="§ Introduction, ¶3"),
        ep(same_as="1849-chinese-coolie-migration", date_text="the 19th century", start="18XX",
           actors="CHN:subject;JPN:subject;PER:host",
           quote=Q("sy2013", "Peruvian relations with Asia date to the 19th century",
                   "large coastal plantations and other venues."),
           locator="§ Part I: Peru – Asian Relations: A Brief History, ¶1"),
        ep(same_as="1990-fujimori-restores-order-and-opens-trade",
           quote=Q("sy2013", "Ironically, it was a politician of Japanese descent",
                   "emergence from the crisis of the 1980s."),
           locator="§ Japan and Peru, ¶4"),
        ep(id="2004-asia-latin-america-trade-boom",
           title="Asia–Latin America trade boom", kind="trade",
           date_text="Between 2004 and 2008", start="2004", end="2008",
           summary="Trade between Asia and Latin America grew by about a quarter a year in "
                   "2004-2008, faster than Latin America's exports to its own region, the EU or "
                   "the United States.",
           actors="ASIA:participant;LAC:participant",
           quote=Q("sy2013", "Between 2004 and 2008, trade between Asia and Latin America",
                   "20.9% respectively."),
           locator="§ Part II: Peruvian Trade with Asia, ¶1"),
        ep(same_as="2003-china-displaces-japan-in-lac-trade", date_text="two decades later",
           actors="CHN:participant;JPN:participant;LAC:participant",
           quote=Q("sy2013", "While in 1990 Japan accounted for 48.2%",
                   "the roles were reversed two decades later."),
           locator="§ Part II: Peruvian Trade with Asia, ¶2"),
        ep(id="1990-china-overtakes-japan-in-peru-exports-to-asia",
           title="China replaces Japan as Peru's main Asian export market", kind="trade",
           date_text="In 1990 ... By 2011", start="1990", end="2011",
           summary="Japan took two-thirds of Peru's exports to Asia in 1990 and China under a "
                   "tenth; by 2011 China took 59% and Japan 18%.",
           actors="PER:participant;CHN:participant;JPN:participant",
           quote=Q("sy2013", "In 1990, exports to Japan accounted for 67%",
                   "China purchased 59% of Peru"),
           locator="§ Part II: Peruvian Trade with Asia, ¶5"),
        ep(id="1997-minerals-overtake-fish-in-exports-to-china",
           title="Minerals replace fishmeal in Peru's exports to China", kind="trade",
           date_text="As recently as 1997 ... in 2011", start="1997", end="2011",
           summary="Fishery products were four-fifths of Peru's exports to China in 1997 and "
                   "minerals and oil a sixth; by 2011 the shares had swapped, driven by China's "
                   "demand for minerals.",
           actors="PER:participant;CHN:participant",
           quote=Q("sy2013", "As recently as 1997, nearly 79.9%",
                   "mineral and oil products together were 78.5%."),
           locator="§ Part II: Peruvian Trade with Asia, ¶8"),
        ep(id="1997-exports-to-china-move-to-resource-based-manufactures",
           title="Exports to China move from primary goods to resource-based manufactures",
           kind="trade", date_text="In 1997 ... By 2011", start="1997", end="2011",
           summary="Primary goods were 83.6% of Peru's exports to China in 1997 and 28.9% in "
                   "2011, while natural-resource-based manufactures rose from 14.4% to 70.5%.",
           actors="PER:participant;CHN:participant",
           quote=Q("sy2013", "In 1997, 83.6% were pure primary goods",
                   "70.5% were natural resource based manufactures (NRBM)."),
           locator="§ Part II: Peruvian Trade with Asia, ¶13"),
        ep(id="1997-exports-to-japan-shift-to-minerals-and-chemicals",
           title="Peru's exports to Japan shift to minerals and chemicals", kind="trade",
           date_text="In 1997 ... as of 2011", start="1997", end="2011",
           summary="Mining and oil rose from 57.5% of Peru's exports to Japan in 1997 to 76.2% "
                   "in 2011, fishery products fell back, and chemicals grew from 3.9% to 11.5%.",
           actors="PER:participant;JPN:participant",
           quote=Q("sy2013", "In 1997, fishery exports to Japan accounted for 24.6%",
                   "had grown to 11.5% of the total."),
           locator="§ Part II: Peruvian Trade with Asia, ¶14"),
        ep(id="2005-high-tech-exports-to-korea-surge",
           title="High-technology exports to South Korea surge", kind="trade",
           date_text="Between 2005 and 2010", start="2005", end="2010",
           summary="Peru's high-technology exports to South Korea grew 40.9% a year in "
                   "2005-2010, against -11.9% to Japan and 15.7% to China, before the 2011 FTA.",
           actors="PER:participant;KOR:participant",
           quote=Q("sy2013", "Between 2005 and 2010, exports of high technology goods to Rep.",
                   "over the same period of time (see Table 4)."),
           locator="§ Part II: Peruvian Trade with Asia, ¶15"),
        ep(same_as="1960-japanese-manufacturers-enter-under-isi", date_text="In the 1960s",
           start="196X",
           quote=Q("sy2013", "In the 1960s, Japanese companies went to Peru to ensure market share",
                   "being implemented at the time."),
           locator="§ Japanese investment in Peru: learning from the past, ¶1"),
        ep(same_as="1990-japan-helps-fujimori-reinsertion", date_text="during the 1990s",
           start="199X",
           quote=Q("sy2013", "However, during the 1990s, political and economic cooperation",
                   "was very active."),
           locator="§ Japanese investment in Peru: learning from the past, ¶3"),
        ep(id="2013-japanese-investment-in-peru-centred-on-mining",
           title="Japanese investment in Peru centred on mining", kind="investment",
           date_text="By 2013", start="2013",
           summary="By 2013 Japan's main investments in Peru were minority stakes in mining "
                   "projects held alongside other foreign investors.",
           actors="JPN:investor;PER:host",
           quote=Q("sy2013", "By 2013, the main Japanese investments in Peru were in the mining "
                             "sector.", "in the mining sector."),
           locator="§ Japanese investment in Peru: learning from the past, ¶6"),
        ep(same_as="2007-copper-concessions-pass-to-chinese", date_text="since 2007",
           start="2007",
           quote=Q("sy2013", "The majority of Chinese investments are concentrated in copper and "
                             "iron", "through the takeover of junior firms."),
           locator="§ Chinese investments in Peru: learning by doing, ¶3"),
        ep(same_as="2010-mitsui-bayovar-stake", date_text="March 31, 2010",
           start="2010-03-31",
           quote=Q("sy2013", "1 / Reuters. \"Brazil Vale sells Bayovar stake to Mosaic, Mitsui\".",
                   "March 31, 2010."),
           locator="Table 5, source 1/"),
        ep(same_as="2013-minmetals-jiangxi-el-galeno",
           quote=Q("sy2013", "3 / El Comercio. Jiangxi Copper estimated Galeno project",
                   "March 28, 2012."),
           locator="Table 7, source 3/"),
        ep(id="1971-peru-china-ties-centred-on-cooperation",
           title="Peru–China ties centred on economic and technical cooperation", kind="aid",
           date_text="For years [after 1971, before the new phase of 2008]", start="1971",
           end="2008",
           summary="For decades after diplomatic relations were opened in 1971, Peru's ties "
                   "with China were mostly economic and technical cooperation, until the 2008 "
                   "strategic partnership opened a new phase.",
           actors="PER:participant;CHN:participant",
           quote=Q("sy2013", "For years, however, relations were mainly focused on economic",
                   "economic and technical cooperation."),
           locator="§ China and Peru, ¶3"),
        ep(id="2013-peru-top-destination-of-chinese-mining-investment",
           title="Peru the top Latin American destination of Chinese mining investment",
           kind="investment", date_text="now (c. 2013)", start="2013",
           summary="By about 2013 Peru was the first destination of Chinese mineral investment "
                   "in Latin America, with at least 14 Chinese firms holding concessions but "
                   "only one operating mine.",
           actors="CHN:investor;PER:host",
           quote=Q("sy2013", "Peru is now the #1 location for Chinese mineral investment",
                   "the Chinese own only one operating mine."),
           locator="§ China and Peru, ¶4"),
        ep(same_as="1970-peru-loses-position-with-japan",
           quote=Q("sy2013", "Back in the 1960s, Peru accounted as the second receiver",
                   "this was gradually lost over the years."),
           locator="§ Part III: Asian Investment in Peru, ¶2"),
        ep(id="2013-korean-investment-centred-on-extractives",
           title="Korean investment in Peru centred on extractive industries", kind="investment",
           date_text="to date (c. 2013)", start="2013",
           summary="Despite both governments' push for technology transfer, most South Korean "
                   "investment in Peru up to about 2013 went to oil, gas and mining.",
           actors="KOR:investor;PER:host;sk-energy:investor;cnpc:participant",
           quote=Q("sy2013", "Yet despite the efforts made by both governments to foster technology "
                             "transfer", "has focused on the extractive industries (see Table 6)."),
           locator="§ South Korea investments in Peru: partnership for the future, ¶2"),
        ep(same_as="2013-chinalco-toromocho-project",
           quote=Q("sy2013", "At present, however, the most widely watched case is Toromocho",
                   "moving an entire town to new quarters"),
           locator="§ Chinese investments in Peru: learning by doing, ¶13"),
    ],
    "ppp2015": [
        ep(id="1985-asian-market-led-integration",
           title="Asia deepens market-led regional integration", kind="multilateral",
           date_text="Over the last three decades", start="1985~", end="2015",
           summary="For three decades Asian countries have integrated through markets backed by "
                   "regional cooperation, helped by Japan's trade, investment and aid "
                   "engagement; Latin America has contemplated nothing comparable.",
           actors="ASIA:participant;JPN:participant;LAC:subject",
           quote=Q("ppp2015", "Over the last three decades, Asian countries continue to deepen",
                   "Latin America and the Caribbean (LAC)."),
           locator="§ Introduction, ¶1"),
        ep(same_as="2003-china-displaces-japan-in-lac-trade",
           date_text="up to the turn of the century",
           quote=Q("ppp2015", "While bilateral merchandize trade between Japan and LAC has been "
                              "overshadowed", "up to the turn of the century."),
           locator="§ Introduction, ¶6"),
        ep(id="2005-japanese-fdi-in-lac-diversifies",
           title="Japanese investment in Latin America diversifies", kind="investment",
           date_text="especially over the past decade", start="2005~", end="2015",
           summary="Over the decade to 2015 Japanese investment in Latin America spread to a "
                   "wider, more technology-intensive range of sectors, including cars, consumer "
                   "goods and medical supplies.",
           actors="JPN:investor;LAC:host",
           quote=Q("ppp2015", "Japan has been one of the most important sources of foreign direct "
                              "investment (FDI) for the region;",
                   "technologically-intensive range of sectors in LAC."),
           locator="§ Introduction, ¶7"),
        ep(same_as="2010-japanese-bank-claims-on-lac-rise",
           quote=Q("ppp2015", "Japanese commercial bank claims on LAC are large and rising.",
                   "large and rising."),
           locator="§ Introduction, ¶9"),
        ep(id="1995-development-finance-landscape-changes",
           title="The landscape of development finance changes", kind="finance",
           date_text="Over the last two decades", start="1995~", end="2015",
           summary="Over two decades emerging and middle-income economies gained financial "
                   "capacity and private flows to developing countries grew, so that Latin "
                   "America will depend less on ODA and more on private investment.",
           actors="WLD:subject;LAC:subject",
           quote=Q("ppp2015", "Over the last two decades, the world has witnessed significant "
                              "changes", "landscape of financing for development."),
           locator="§ Introduction, ¶15"),
        ep(id="1980-japan-lac-top-asian-trade-partner",
           title="Japan is Latin America's main Asia-Pacific trading partner", kind="trade",
           date_text="during the 1980s and the 1990s", start="198X", end="199X",
           summary="In the 1980s and 1990s Japan was Latin America's most important trading "
                   "partner in the Asia-Pacific, though the trade was small beside Japan's "
                   "investment and lending in the region.",
           actors="JPN:participant;LAC:participant",
           quote=Q("ppp2015", "Although Japan was the most important trading partner of the "
                              "Asia-Pacific region during the 1980s and the 1990s",
                   "private and official loans destined to LAC."),
           locator="§ Trade and investment relations between Japan and Latin America and the "
                   "Caribbean, ¶1"),
        ep(same_as="1980-japan-lac-top-asian-trade-partner", date_text="in the 1980s and 1990s",
           start="198X", end="199X",
           quote=Q("ppp2015", "In short, whereas Japan was the main trading partner",
                   "predominant partner for both exports and imports."),
           locator="§ Trade, ¶5"),
        ep(id="2000-lac-trade-with-rest-of-asia-takes-off",
           title="Latin America's trade with the rest of Asia takes off", kind="trade",
           date_text="since the turn of the century", start="2000~",
           summary="Unlike its long-standing trade with Japan, Latin America's trade with the "
                   "rest of Asia reached significant levels only from around 2000.",
           actors="LAC:participant;ASIA:participant;JPN:subject",
           quote=Q("ppp2015", "Japan and LAC have been important trading partners for decades",
                   "since the turn of the century."),
           locator="§ Trade, ¶1"),
        ep(id="1900-japanese-fdi-in-lac-begins",
           title="Japanese investment in Latin America begins", kind="investment",
           date_text="the pre-WWII period", start="[1900..1939]",
           summary="Japan's direct investment in Latin America goes back to before the Second "
                   "World War.",
           actors="JPN:investor;LAC:host",
           quote=Q("ppp2015", "Japan’s foreign direct investment (FDI) in LAC has a long "
                              "trajectory", "traced back to the pre-WWII period."),
           locator="§ Foreign Direct Investment (FDI), ¶1"),
        ep(same_as="2001-japanese-firms-return-to-lac",
           actors="BRA:host;CHL:host;COL:host;MEX:host;PER:host",
           quote=Q("ppp2015", "In addition, to take advantages of strong consumption growth",
                   "also started to return to the region to invest (IDB, 2013)."),
           locator="§ Foreign Direct Investment (FDI), ¶4"),
        ep(id="2004-japanese-affiliate-sales-in-lac-grow",
           title="Sales of Japanese affiliates in Latin America grow fast", kind="investment",
           date_text="during the 2004-2013 period", start="2004", end="2013",
           summary="Sales of Japanese subsidiaries and affiliates in Latin America grew at "
                   "double-digit annual rates (in yen) in 2004-2013, faster than anywhere but "
                   "mainland China.",
           actors="JPN:investor;LAC:host",
           quote=Q("ppp2015", "the total sales in LAC have been growing at a double digit annual "
                              "rate during the 2004-2013 period",
                   "surpassed only by the growth rate for Mainland China (Figure 9A)."),
           locator="§ Foreign Direct Investment (FDI), ¶10"),
        ep(same_as="1980-japan-raises-official-flows-to-lac",
           date_text="During the 1980s and 1990s", start="198X", end="199X",
           quote=Q("ppp2015", "During the 1980s and 1990s, these credits were used",
                   "structural adjustment programs and debt recycling."),
           locator="§ Japanese finance to LAC, ¶1"),
        ep(id="2010-chinese-policy-banks-outpace-jbic",
           title="Chinese policy banks outpace JBIC in Latin America", kind="finance",
           date_text="in recent years ... by 2013", start="201X", end="2013",
           summary="Lending to Latin America by China's policy banks grew faster than JBIC's "
                   "in the early 2010s; by 2013 each country's stock of loans and investment in "
                   "the region was about US$100 billion.",
           actors="CHN:lender;jbic:lender;JPN:lender;LAC:borrower",
           quote=Q("ppp2015", "Although the rapid growth of lending to Latin America by the "
                              "Chinese policy banks", "US$100 billion by 2013"),
           locator="§ Japanese finance to LAC, ¶3"),
        ep(id="1980-japanese-banks-second-largest-lac-creditors",
           title="Japanese banks are Latin America's second-largest bank creditors",
           kind="finance", date_text="During the debt crisis of the 1980s", start="198X",
           summary="In the 1980s debt crisis, Japanese commercial banks' exposure to the large "
                   "Latin American debtors was second only to that of US banks.",
           actors="JPN:lender;USA:lender;LAC:borrower",
           quote=Q("ppp2015", "During the debt crisis of the 1980s, the exposure of Japanese "
                              "commercial banks", "only second to that of the US commercial banks."),
           locator="§ Japanese finance to LAC, ¶7"),
        ep(id="2010-japanese-bank-claims-on-lac-rise",
           title="Japanese bank claims on Latin America rise", kind="finance",
           date_text="In recent years", start="201X",
           summary="Japanese banks' claims on Latin American countries have been rising in "
                   "recent years, most of the loans coming from the three mega-banks.",
           actors="JPN:lender;LAC:borrower;mufg:lender;smfg:lender;mizuho:lender",
           quote=Q("ppp2015", "In recent years, Japanese bank claims on Latin American countries "
                              "are on a rise.", "Mizuho Financial Group."),
           locator="§ Japanese finance to LAC, ¶7"),
        ep(id="2009-japanese-companies-in-mexico-double",
           title="Number of Japanese companies in Mexico doubles", kind="investment",
           date_text="from 399 in 2009 to 814 in 2014", start="2009", end="2014",
           summary="Under the Japan-Mexico EPA the number of Japanese companies operating in "
                   "Mexico doubled between 2009 and 2014, some 160 of them in the car industry.",
           actors="JPN:investor;MEX:host;japan-mexico-epa:subject",
           quote=Q("ppp2015", "As an example, the number of Japanese companies operating in "
                              "Mexico has doubled", "(PricewaterhouseCoopers, 2015)."),
           locator=f"{P_BEYOND}, ¶4"),
        ep(id="2011-chile-non-copper-exports-reach-japan",
           title="Chile's non-copper exports break into Japan", kind="trade",
           date_text="Four years after its entry in vigor ... by 2011", start="2011",
           summary="Four years after the Japan-Chile EPA took effect, non-traditional Chilean "
                   "exports had entered the Japanese market and non-copper goods made up almost "
                   "half of Chile's exports to Japan.",
           actors="CHL:participant;JPN:participant;japan-chile-epa:subject",
           quote=Q("ppp2015", "Four years after its entry in vigor, non-traditional exports",
                   "total exports by Chile to Japan by 2011."),
           locator=f"{P_BEYOND}, ¶11"),
        ep(id="2015-asean-economic-community-deadline",
           title="ASEAN's deadline for a single economic community", kind="multilateral",
           date_text="by the end of 2015", start="2015",
           summary="ASEAN aimed to create a single economic community by the end of 2015, a "
                   "goal the TPP risked making harder to reach.",
           actors="asean:subject;tpp:subject",
           quote=Q("ppp2015", "The TPP might make it even more difficult for the ASEAN",
                   "by the end of 2015."),
           locator="§ TPP, RCEP AND THE PACIFIC ALLIANCE: THEIR IMPLICATIONS FOR JAPAN AND LAC, ¶3"),
        ep(id="2005-latin-american-trade-policy-transformations",
           title="Latin America transforms its trade policy", kind="trade",
           date_text="Over a decade", start="2005~", end="2015",
           summary="Over the decade to 2015 Latin American trade policy moved from openness to "
                   "the internationalisation of firms, from promotion to value chains, and from "
                   "FTAs to public-private partnership.",
           actors="LAC:participant",
           quote=Q("ppp2015", "Over a decade, Latin America has been witnessing three "
                              "transformations", "from the FTA to Public and Private Partnership "
                                                 "(PPP)."),
           locator="§ ACTIONS AND POLICIES TO FURTHER ENHANCE JAPAN-LATIN AMERICAN RELATIONS, ¶2"),
        ep(id="2010-lac-back-among-japan-priorities",
           title="Latin America returns to Japan's foreign-policy priorities", kind="diplomatic",
           date_text="in recent years", start="201X",
           summary="In the 2010s Latin America and the Caribbean came back onto Japan's list of "
                   "foreign-policy priorities, as the visits of Abe and Kishida showed.",
           actors="JPN:participant;LAC:participant",
           quote=Q("ppp2015", "However, LAC has returned to Japan’s list of foreign policy "
                              "priorities in recent years.", "in recent years."),
           locator="§ Introduction, ¶4"),
        ep(id="2010-mexico-gains-share-of-lac-exports-to-japan",
           title="Mexico gains on Chile and Brazil in exports to Japan", kind="trade",
           date_text="In recent years", start="201X",
           summary="Chile's and Brazil's shares of Latin America's exports to Japan have been "
                   "falling in recent years while Mexico's has been rising.",
           actors="MEX:participant;CHL:participant;BRA:participant;JPN:participant",
           quote=Q("ppp2015", "In recent years, the share of Chile and Brazil tends to decline",
                   "while that of Mexico is rising."),
           locator="§ Trade, ¶8"),
        ep(id="2010-japanese-fdi-to-mexico-and-chile-grows",
           title="Japanese FDI to Mexico and Chile grows under the EPAs", kind="investment",
           date_text="in recent years", start="201X",
           summary="The EPAs' impact shows most in investment: Japan's FDI to Chile came to "
                   "equal that to Brazil, and its FDI to Mexico grew strongly in recent years.",
           actors="JPN:investor;CHL:host;MEX:host;BRA:host;japan-mexico-epa:subject;"
                  "japan-chile-epa:subject",
           quote=Q("ppp2015", "Japan’s FDI to Chile has equaled that to Brazil.",
                   "shows a strong growth in recent years."),
           locator=f"{P_BEYOND}, ¶3"),
        ep(same_as="2015-japan-colombia-epa-negotiations",
           quote=Q("ppp2015", "Note: */ Japan and Colombia are currently in negotiation.",
                   "currently in negotiation."),
           locator="Figure 13, note"),
        ep(same_as="1976-peru-second-largest-lac-host-of-japanese-fdi",
           date_text="some decades ago",
           quote=Q("ppp2015", "The Peruvian authorities expected that by signing an EPA with Japan",
                   "would be reverted."),
           locator=f"{P_BEYOND}, ¶7"),
        ep(id="2010-asia-pacific-fta-network-grows",
           title="A tangle of FTAs grows in the Asia-Pacific", kind="trade_agreement",
           date_text="Recently", start="201X",
           summary="A complex web of free trade agreements recently grew up in the "
                   "Asia-Pacific, prompting region-wide projects (TPP, RCEP) and two competing "
                   "tracks towards an Asia-Pacific free trade area.",
           actors="ASIA:participant;tpp:subject;rcep:subject;JPN:participant",
           quote=Q("ppp2015", "Recently, there has emerged a complex network of FTAs in the "
                              "Asia-Pacific", "(see Figure 14)."),
           locator="§ TPP, RCEP AND THE PACIFIC ALLIANCE: THEIR IMPLICATIONS FOR JAPAN AND LAC, ¶1"),
        ep(same_as="2010-asia-pacific-fta-network-grows",
           quote=Q("ppp2015", "There have recently been two different trends in integration",
                   "free trade area of Asia-Pacific (FTAAP)."),
           locator="§ TPP, RCEP AND THE PACIFIC ALLIANCE: THEIR IMPLICATIONS FOR JAPAN AND LAC, ¶11"),
    ],
    "csfor": [
        ep(id="1988-chile-plebiscite", title="Chile's 1988 plebiscite", kind="election",
           date_text="the 1988 plebiscite", start="1988",
           summary="Chile held a plebiscite on Pinochet's rule in 1988; campaigning for it, "
                   "Pinochet held up neighbouring Peru as a warning against populist democracy.",
           actors="CHL:host;augusto-pinochet:subject;PER:subject",
           quote=Q("csfor", "Chile's dictator Augusto Pinochet Ugarte (1973-90), when campaigning",
                   "by pointing out neighboring Peru."),
           locator="§ Foreign Relations Under García, ¶6"),
    ],
}

NEW_PERIODS = {
    "sy2013": [
        dict(id="chinese-coolie-era", same_as="", name="Chinese indentured (coolie) labour era",
             kind="era", date_text="Between 1849 and 1874", start="1849", end="1874", actor="",
             quote=Q("sy2013", "Between 1849 and 1874, some 100,000 Chinese men were brought",
                     "rich guano islands."),
             locator="§ China and Peru, ¶1"),
    ],
    "ppp2015": [
        dict(id="", same_as="latin-american-debt-crisis", name="", kind="",
             date_text="August 1982", start="1982-08", end="", actor="",
             quote=Q("ppp2015", "At the outbreak of the crisis (August 1982)",
                     "At the outbreak of the crisis (August 1982)"),
             locator="§ Introduction, ¶3"),
    ],
    "csfor": [
        dict(id="", same_as="presidency-belaunde-2", name="", kind="",
             date_text="Under Belaúnde ... By 1985", start="", end="1985", actor="",
             quote=Q("csfor", "Under Belaúnde, a de facto moratorium",
                     "could not afford to pay its debt."),
             locator="§ Foreign Relations Under García, ¶2"),
    ],
}


def series(id, title, indicator, category, unit, scale, unit_label, reporter, partner, note="",
           table="text", table_title=""):
    return dict(id=id, title=title, indicator=indicator, category=category, unit=unit,
                scale=scale, unit_label=unit_label, reporter=reporter, partner=partner,
                table=table, table_title=table_title, note=note)


def obs(series, period, value_text, value, quote, locator, flag="", flag_reason=""):
    return dict(series=series, period=period, value_text=value_text, value=value, flag=flag,
                flag_reason=flag_reason, quote=quote, locator=locator)


HEADLINE_NOTE = ("Figure printed in the title of a news report the paper cites as a source "
                 "(not in its running text); the period is the report's date.")

NEW_SERIES = {
    "pj2003": [
        series("pj2003-text-montesinos-time-on-the-run", "Time Vladimiro Montesinos spent on the "
               "run before his capture", "duration", "Montesinos manhunt", "count", "1", "months",
               "", "PER", note="Ended with his capture in June 2001."),
        series("pj2003-text-extradition-file-translation-time", "Time taken to translate Peru's "
               "extradition file on Fujimori into Japanese", "duration", "Extradition file",
               "count", "1", "years", "PER", "JPN",
               note="From Fujimori's departure (November 2000) to the formal request (August 2003)."),
        series("pj2003-text-embassy-commercial-staff-peru", "Commercial staff of Peru's embassy in "
               "Tokyo", "employment", "Embassy commercial staff", "persons", "1", "persons",
               "PER", "JPN", note="Present tense in an article written in late 2003: one junior "
               "diplomat who doubles as commercial representative."),
        series("pj2003-text-embassy-commercial-staff-chile", "Commercial office of Chile's embassy "
               "in Tokyo: MBAs", "employment", "Embassy commercial staff (MBAs)", "persons", "1",
               "persons", "CHL", "JPN", note="Present tense in an article written in late 2003; "
               "the office also has two Japanese employees and a full secretarial staff."),
        series("pj2003-text-embassy-japanese-staff-chile", "Commercial office of Chile's embassy "
               "in Tokyo: Japanese employees", "employment", "Embassy commercial staff (Japanese "
               "employees)", "persons", "1", "persons", "CHL", "JPN",
               note="Present tense in an article written in late 2003."),
    ],
    "sy2013": [
        series("sy2013-text-minerals-share-exports-world", "Minerals' share of Peru's exports to "
               "the world", "share", "Minerals", "percent", "1", "% of Peru's exports", "PER",
               "WLD", note="Printed with a decimal comma (60,9%). Same sentence as the 78% "
               "share of exports to Asia (2011)."),
        series("sy2013-text-china-rank-foreign-investors", "China's rank among foreign investors "
               "in Peru", "investor_rank", "All sectors", "count", "1", "rank (1 = largest)",
               "CHN", "PER"),
        series("sy2013-text-toromocho-investment", "Chinalco's investment in Toromocho", 
               "investment_project", "Mining", "USD", "1000000000", "US$ billions", "CHN", "PER",
               note="'the largest Chinese investment to date'; Table 7 prints 2150 (US$ millions) "
                    "for the same project."),
        series("sy2013-text-japanese-investment-peru-2011", "Japanese investment in Peru (news "
               "report, 2011)", "investment_project", "All projects", "USD", "1000000000",
               "US$ billions", "JPN", "PER", note=HEADLINE_NOTE + " Gestión, cited under Table 5."),
        series("sy2013-text-korean-investment-peru-2011", "Korean firms' investment in Peru "
               "(news report, 2011)", "investment_project", "All projects", "USD", "1000000000",
               "US$ billions", "KOR", "PER", note=HEADLINE_NOTE + " Andina, cited under Table 6; "
               "'US$ 6.600 billion' uses a Spanish thousands point."),
        series("sy2013-text-chinalco-shougang-investment-plan", "Chinalco and Shougang's planned "
               "investment in Peru from 2010 (news report, 2009)", "investment_project",
               "Chinalco and Shougang", "USD", "1000000", "US$ millions", "CHN", "PER",
               note=HEADLINE_NOTE + " Andina, cited under Table 7; a plan for 2010 onward."),
        series("sy2013-text-chinese-mining-investment-plan", "Chinese mining companies' planned "
               "investment in Peru over five years (news report, 2009)", "investment_project",
               "Mining", "USD", "1000000000", "US$ billions", "CHN", "PER",
               note=HEADLINE_NOTE + " Andean, cited under Table 7 (Gestión gives the same "
               "figure as US$ 7.400 million); a plan for the next 5 years."),
        series("sy2013-text-shougang-iron-output-growth-2016", "Growth of Shougang's iron ore "
               "output in Peru to 2016 (news report, 2013)", "growth_multiple", "Iron ore",
               "ratio", "1", "times", "CHN", "PER",
               note=HEADLINE_NOTE + " BN Americas, cited under Table 7; a projection to 2016."),
    ],
    "ppp2015": [
        series("ppp2015-text-kishida-trips-to-lac", "Foreign Minister Kishida's trips to Latin "
               "America and the Caribbean", "visit_count", "Foreign minister", "count", "1",
               "trips", "JPN", "LAC"),
        series("ppp2015-text-japan-epas-with-lac", "Japan's bilateral EPAs with Latin American "
               "countries", "agreement_count", "Signed EPAs", "count", "1", "agreements", "JPN",
               "LAC", note="Chile, Mexico and Peru; Colombia in negotiation."),
        series("ppp2015-text-japan-chile-epa-salmon-trout-phaseout", "Japan–Chile EPA: phase-out "
               "period of Japan's tariffs on coho salmon and trout", "tariff_phaseout",
               "Coho salmon and trout", "count", "1", "years after entry into force",
               "japan-chile-epa", "CHL"),
        series("ppp2015-text-japan-chile-epa-wine-phaseout", "Japan–Chile EPA: phase-out period "
               "of Japan's tariffs on bottled wine", "tariff_phaseout", "Wine (bottled)",
               "count", "1", "years after entry into force", "japan-chile-epa", "CHL"),
    ],
}

NEW_OBSERVATIONS = {
    "pj2003": [
        obs("pj2003-text-montesinos-time-on-the-run", "2000/2001-06", "eight months", "8",
            Q("pj2003", "After being on the run for eight months before his capture in June 2001",
              "in June 2001"),
            "§ The Fujimori Saga in 2000-2001, ¶2, figure “eight months”"),
        obs("pj2003-text-extradition-file-translation-time", "2000/2003", "nearly three years", "3",
            Q("pj2003", "It took nearly three years to translate the voluminous documentation",
              "into Japanese."),
            "§ The Fujimori Saga in 2000-2001, ¶6, figure “nearly three years”",
            flag="approximate"),
        obs("pj2003-text-embassy-commercial-staff-peru", "2003", "only one junior diplomat", "1",
            Q("pj2003", "The Peruvian embassy in Tokyo has only one junior diplomat",
              "full secretarial staff."),
            "§ Economic Relations under the Fujimori Administration (1990-2000) › Trade "
            "Relations, ¶2, figure “only one junior diplomat”"),
        obs("pj2003-text-embassy-commercial-staff-chile", "2003", "three MBAs", "3",
            Q("pj2003", "The Peruvian embassy in Tokyo has only one junior diplomat",
              "full secretarial staff."),
            "§ Economic Relations under the Fujimori Administration (1990-2000) › Trade "
            "Relations, ¶2, figure “three MBAs”"),
        obs("pj2003-text-embassy-japanese-staff-chile", "2003", "two Japanese employees", "2",
            Q("pj2003", "The Peruvian embassy in Tokyo has only one junior diplomat",
              "full secretarial staff."),
            "§ Economic Relations under the Fujimori Administration (1990-2000) › Trade "
            "Relations, ¶2, figure “two Japanese employees”"),
    ],
    "sy2013": [
        obs("sy2013-text-minerals-share-exports-world", "2011", "60,9%", "60.9",
            Q("sy2013", "(60,9% of total Peruvian world exports are minerals", "78% to Asia)"),
            "§ Part II: Peruvian Trade with Asia, ¶16, figure “60,9%”"),
        obs("sy2013-text-china-rank-foreign-investors", "2012", "10th", "10",
            Q("sy2013", "In 2012 China was still only the 10th largest foreign investor in Peru",
              "around 20% of total FDI in that sector."),
            "§ Chinese investments in Peru: learning by doing, ¶2, figure “10th”"),
        obs("sy2013-text-toromocho-investment", "2013", "US$ 2.15 billion", "2.15",
            Q("sy2013", "though Toromocho", "is now under construction."),
            "§ Chinese investments in Peru: learning by doing, ¶3, figure “US$ 2.15 billion”"),
        obs("sy2013-text-japanese-investment-peru-2011", "2011-02-11", "bordering the US$6 billion",
            "6", Q("sy2013", "Gestion, \"Japanese Investment in Peru bordering the US$6 billion\"",
                   "February 11, 2011"),
            "Table 5, source 1/", flag="approximate"),
        obs("sy2013-text-korean-investment-peru-2011", "2011-08-12", "US$ 6.600 billion", "6.6",
            Q("sy2013", "5 / Andina. \"Korean firms investment in Peru would sum US$ 6.600 "
                        "billion.\"", "August 12, 2011."),
            "Table 6, source 5/", flag="estimate"),
        obs("sy2013-text-chinalco-shougang-investment-plan", "2009-11-23",
            "more than US$ 3,000 million", "3000",
            Q("sy2013", "1 / Andina. \"Chinalco and Shougang will invest more than US$ 3,000 "
                        "million", "November 23, 2009."),
            "Table 7, source 1/", flag="lower_bound"),
        obs("sy2013-text-chinese-mining-investment-plan", "2009-05-11", "US$ 7.4 billion", "7.4",
            Q("sy2013", "Andean. Chinese mining giants to invest US$ 7.4 billion in Peru",
              "May 11, 2009."),
            "Table 7, sources 6/ 7/ 8/", flag="estimate"),
        obs("sy2013-text-shougang-iron-output-growth-2016", "2013-01-17", "quadruple", "4",
            Q("sy2013", "4 / BN Americas. Expansion in Marcona and new players will quadruple",
              "January 17, 2013."),
            "Table 7, source 4/", flag="estimate"),
    ],
    "ppp2015": [
        obs("ppp2015-text-kishida-trips-to-lac", "2013/2015", "three occasions", "3",
            Q("ppp2015", "Foreign Minister Fumio Kishida traveled to the region on three occasions",
              "since 2013."),
            "§ Introduction, ¶4, figure “three occasions”"),
        obs("ppp2015-text-japan-epas-with-lac", "2015", "three", "3",
            Q("ppp2015", "Japan has signed three bilateral Economic Partnership Agreements",
              "currently in negotiation with Colombia."),
            "§ Introduction, ¶11, figure “three”"),
        obs("ppp2015-text-japan-chile-epa-salmon-trout-phaseout", "2007", "10 years", "10",
            Q("ppp2015", "Under the EPA, the tariffs on Coho salmon and trout",
              "in 10 years after its entry in effect."),
            f"{P_BEYOND}, ¶6, figure “10 years”"),
        obs("ppp2015-text-japan-chile-epa-wine-phaseout", "2007", "12 years", "12",
            Q("ppp2015", "The tariffs on wines (bottled) are to be eliminated by stages in 12 years.",
              "in 12 years."),
            f"{P_BEYOND}, ¶6, figure “12 years”"),
    ],
}

# ---------------------------------------------------------------------------------------------
# 5. One indicator term per measure
# ---------------------------------------------------------------------------------------------

INDICATOR_RENAMES = {
    "firms": "firm_count",
    "products": "product_count",
    "projects": "project_count",
    "mines": "project_count",
    "concessions": "project_count",
    "countries": "country_count",
    "agreements": "agreement_count",
    "aircraft": "aircraft_count",
    "fdi_share": "share",
    "population_share": "share",
    "internees": "migrants",
}


# ---------------------------------------------------------------------------------------------

def read(kind: str, source: str) -> tuple[list[str], list[dict]]:
    path = DATA / kind / f"{source}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), [dict(r) for r in reader]


def write(kind: str, source: str, columns: list[str], rows: list[dict]) -> None:
    path = DATA / kind / f"{source}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def check_quote(source: str, row: dict) -> None:
    if squash(row["quote"]) not in SQUASHED[source]:
        raise SystemExit(f"{source}: quote not in text: {row['quote'][:80]!r}")


def rename_episode(value: str) -> str:
    return EPISODE_RENAMES.get(value, value)


def apply(dry_run: bool) -> dict[str, int]:
    counts = {"renamed": 0, "edited": 0, "added": 0}
    for source in SOURCES:
        for kind in KINDS:
            columns, rows = read(kind, source)
            before = [dict(r) for r in rows]
            if kind == "actors":
                for r in rows:
                    if r["id"] in ACTOR_NOTES:
                        r["note"] = ACTOR_NOTES[r["id"]]
                    if r["id"] in ACTOR_ALIASES:
                        have = [a for a in r["aliases"].split(";") if a]
                        r["aliases"] = ";".join(have + [a for a in ACTOR_ALIASES[r["id"]]
                                                        if a not in have])
                known = {r["id"] for r in rows}
                for new in NEW_ACTORS.get(source, []):
                    if new["id"] not in known:
                        rows.append(dict(new))
                        counts["added"] += 1
            if kind == "episodes":
                for r in rows:
                    for col in ("id", "same_as"):
                        if r[col] in EPISODE_RENAMES:
                            r[col] = rename_episode(r[col])
                            counts["renamed"] += 1
                have = {(r["id"], r["same_as"], squash(r["quote"]), r["locator"]) for r in rows}
                for new in NEW_EPISODES.get(source, []):
                    check_quote(source, new)
                    key = (new["id"], new["same_as"], squash(new["quote"]), new["locator"])
                    if new["id"] and any(r["id"] == new["id"] for r in rows):
                        continue
                    if key not in have:
                        rows.append(dict(new))
                        counts["added"] += 1
            if kind == "periods":
                have = {(r["id"], r["same_as"], squash(r["quote"]), r["locator"]) for r in rows}
                for new in NEW_PERIODS.get(source, []):
                    check_quote(source, new)
                    key = (new["id"], new["same_as"], squash(new["quote"]), new["locator"])
                    if key not in have:
                        rows.append(dict(new))
                        counts["added"] += 1
            if kind == "series":
                for r in rows:
                    if r["indicator"] in INDICATOR_RENAMES:
                        r["indicator"] = INDICATOR_RENAMES[r["indicator"]]
                        counts["edited"] += 1
                known = {r["id"] for r in rows}
                for new in NEW_SERIES.get(source, []):
                    if new["id"] not in known:
                        rows.append(dict(new))
                        counts["added"] += 1
            if kind == "observations":
                known = {(r["series"], r["period"]) for r in rows}
                for new in NEW_OBSERVATIONS.get(source, []):
                    check_quote(source, new)
                    if (new["series"], new["period"]) not in known:
                        rows.append(dict(new))
                        counts["added"] += 1
            for edit_kind, edit_source, match, changes in EDITS:
                if (edit_kind, edit_source) != (kind, source):
                    continue
                for r in rows:
                    if all(r.get(k) == v for k, v in match.items()):
                        for k, v in changes.items():
                            if r[k] != v:
                                r[k] = v
                                counts["edited"] += 1
            if rows != before and not dry_run:
                write(kind, source, columns, rows)
    return counts


if __name__ == "__main__":
    result = apply(dry_run="--dry-run" in sys.argv)
    print(("would change: " if "--dry-run" in sys.argv else "changed: ") + repr(result))
