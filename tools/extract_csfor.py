#!/usr/bin/env python3
"""Build data/texts/csfor.txt and the csfor CSVs from the raw seed.

Usage:  python3 tools/extract_csfor.py /path/to/004_885c0bc90dbee9ff.txt

Curator's tool (not imported by the app or the tests). The seed is the
country-study chapter "Peru – Foreign Relations" (U.S. Library of Congress,
early 1990s; public domain) as scraped from a reference website. Its last
section, "Foreign Relations Under Fujimori", is the same text as the csfuji
document: those episodes are defined in tools/extract_csfuji.py and cited
here again with same_as rows (same dates, so no conflicting claims).

Text repairs (applied by clean()):
  * every U+FFFD restored from context (ACCENTS below): Bela?nde -> Belaúnde,
    Garc?a -> García, Com?n -> Común, attach? -> attaché;
  * "drugrelated" -> "drug-related", "antiimperialist" -> "anti-imperialist"
    (hyphens lost at line breaks in the print original; the same paragraph
    writes "anti-imperialist");
  * "--" (typewriter dash) -> "—", dropping the stray space in "Sur-- Mercosur";
  * page furniture dropped: the duplicated page title "Peru Foreign Relations",
    "Peru Country Studies index" (twice), "More about the Government of Peru.",
    the "You can read more regarding this subject on the following websites:"
    block with its five links, "Country Studies main page", "About", "Contact";
  * headings kept: "Peru – Foreign Relations" (spaced hyphen -> en dash),
    "Foreign Relations" (capitalised like the other section headings),
    "Foreign Relations Under García", "Foreign Relations Under Fujimori".

After running this script, run tools/extract_review.py: it re-applies the cross-source
review (shared actor notes, renamed ids, audit additions); it is idempotent.
"""
from __future__ import annotations

import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("extract_csfuji", os.path.join(HERE, "extract_csfuji.py"))
fuji = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuji)

ROOT = fuji.ROOT
SOURCE = "csfor"
DEFAULT_SEED = "/work/shared/seeds/004_885c0bc90dbee9ff.txt"
FFFD = "\ufffd"

# Each damaged word, restored from context (all are names or Spanish/French words).
ACCENTS = {
    f"Bela{FFFD}nde": "Belaúnde",     # Fernando Belaúnde Terry
    f"Garc{FFFD}a": "García",         # Alan García
    f"Com{FFFD}n": "Común",           # Mercado Común del Sur
    f"attach{FFFD}": "attaché",       # military attaché
}
OTHER_REPAIRS = [
    ("drugrelated", "drug-related"),
    ("antiimperialist", "anti-imperialist"),
    ("-- ", "—"),
    ("--", "—"),
]
DROP_LINES = {
    "Peru Foreign Relations",
    "Peru Country Studies index",
    "More about the Government of Peru.",
}
RENAME_LINES = {
    "Peru - Foreign Relations": "Peru – Foreign Relations",
    "Foreign relations": "Foreign Relations",
}
TAIL_MARK = "You can read more regarding this subject on the following websites:"

REPAIR_LOG: dict[str, int] = {}


def clean(raw: str) -> str:
    text = raw.replace("\r\n", "\n")
    text = text.split(TAIL_MARK)[0]
    for old, new in ACCENTS.items():
        REPAIR_LOG[f"{old.replace(FFFD, '?')} -> {new}"] = text.count(old)
        text = text.replace(old, new)
    assert FFFD not in text, "an unrestored U+FFFD remains"
    for old, new in OTHER_REPAIRS:
        REPAIR_LOG[f"{old!r} -> {new!r}"] = text.count(old)
        text = text.replace(old, new)
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        if line in DROP_LINES:
            continue
        line = RENAME_LINES.get(line, line)
        lines.append(line)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return text


G = "García era"
ACTORS = dict(fuji.ACTORS)
ACTORS.update({
    "ASIA": ("Asia", "region", "", ""),
    "BOL": ("Bolivia", "country", "", ""),
    "AGO": ("Angola", "country", "", ""),
    "MOZ": ("Mozambique", "country", "", ""),
    "ZWE": ("Zimbabwe", "country", "", ""),
    "NIC": ("Nicaragua", "country", "", ""),
    "fernando-belaunde-terry": ("Fernando Belaúnde Terry", "person", "Belaúnde;Belaunde",
                                "President of Peru 1963-68 and 1980-85"),
    "alan-garcia": ("Alan García", "person", "García;Alan García Pérez;Alan Garcia",
                    "President of Peru 1985-90 and 2006-11 (APRA)"),
    "ronald-reagan": ("Ronald Reagan", "person", "Reagan",
                      "President of the United States 1981-89"),
    "augusto-pinochet": ("Augusto Pinochet", "person", "Augusto Pinochet Ugarte;Pinochet",
                         "Head of Chile's military regime 1973-90"),
    "alexander-watson": ("Alexander Watson", "person", "Alexander F. Watson",
                         "United States ambassador to Peru in the García years"),
    "apra": ("American Popular Revolutionary Alliance", "organisation",
             "APRA;Alianza Popular Revolucionaria Americana;Partido Aprista Peruano",
             "Peruvian political party of Alan García"),
    "non-aligned-movement": ("Non-Aligned Movement", "organisation", "Nonaligned Movement;NAM", ""),
    "socialist-international": ("Socialist International", "organisation", "", ""),
    "fsln": ("Sandinista National Liberation Front", "group",
             "Sandinistas;FSLN;Frente Sandinista de Liberación Nacional",
             "Nicaraguan revolutionary movement, in government 1979-90"),
    "mrta": ("Túpac Amaru Revolutionary Movement", "group",
             "MRTA;Movimiento Revolucionario Túpac Amaru", "Peruvian guerrilla group"),
    "m-19": ("19th of April Movement", "group", "M-19;Movimiento 19 de Abril",
             "Colombian guerrilla group"),
})

# Undated happenings of the García section are given García's years as the text
# bounds them: from 1985 ("By 1985 ... García took an openly confrontational
# approach") to his successor's government (Fujimori's, begun by late 1990).
GARCIA_START, GARCIA_END = "1985", "1990~"

EPISODES = [
    # --- Foreign Relations ---------------------------------------------------
    dict(id="1960-nationalist-turn-in-foreign-policy", kind="diplomatic",
         title="Nationalist forces reshape Peru's foreign policy",
         date_text="during the 1960s", start="196X", end="",
         summary="Strongly nationalist forces rose in Peruvian politics and brought a marked "
                 "change in how the country approached foreign relations.",
         actors="PER:subject",
         quote="The emergence of highly nationalistic forces in Peru's political system during "
               "the 1960s was accompanied by a marked shift in the nation's approach to "
               "foreign relations."),
    dict(id="1970-military-government-nonaligned-course", kind="diplomatic",
         title="Military government pursues an independent, nonaligned foreign policy",
         date_text="During the 1970s", start="197X", end="",
         summary="Seeking to end what it saw as excessive foreign, above all U.S., influence, "
                 "the Velasco-led military government charted an independent, nonaligned "
                 "course matching its domestic reforms.",
         actors="PER:subject;juan-velasco-alvarado:leader;USA:target",
         quote="During the 1970s, Peru's military government sought an independent, nonaligned "
               "course in its foreign relations that paralleled the mixed socioeconomic "
               "policies of its domestic reform program."),
    dict(id="1970-contacts-with-communist-world-europe-asia", kind="diplomatic",
         title="Official contacts widened to the communist world, Western Europe and Asia",
         date_text="during the decade (the 1970s)", start="197X", end="",
         summary="Peru diversified its diplomacy and trade, considerably expanding official "
                 "contacts with communist countries, Western Europe and Asia.",
         actors="PER:participant;ASIA:participant",
         quote="Diplomatic dealings and foreign trade were thus diversified; official contacts "
               "with the nations of the communist world, Western Europe, and Asia were "
               "significantly expanded during the decade"),
    dict(id="1970-us-official-presence-recedes", kind="diplomatic",
         title="U.S. official presence in Peru recedes",
         date_text="during the decade (the 1970s)", start="197X", end="",
         summary="As Peru diversified its relations, the once predominant official presence of "
                 "the United States declined.",
         actors="USA:subject;PER:participant",
         quote="while the United States' official presence receded from its once predominant "
               "position."),
    dict(id="1970-latin-american-multilateralism", kind="multilateral",
         title="Multilateral ties with Latin American neighbours gain weight",
         date_text="During the 1970s", start="197X", end="",
         summary="Multilateral relations, above all with Latin American neighbours sharing "
                 "Third World economic and political interests, became more important to Peru.",
         actors="PER:participant;LAC:participant",
         quote="Multilateral relations, particularly with Latin American neighbors that shared "
               "economic and political interests common to many Third World nations, also "
               "assumed a new importance."),
    dict(id="1970-peru-leading-third-world-voice", kind="multilateral",
         title="Peru becomes a leading voice of the Third World",
         date_text="during the early 1970s", start="1970~", end="1973~",
         summary="The early successes of the military government's 'revolution from above' won "
                 "it international prestige and made Peru a leading Third World spokesman.",
         actors="PER:participant",
         quote="The initial success of many programs of the military government brought it "
               "considerable international prestige and thus, during the early 1970s, Peru "
               "became a leading voice for Third World nations."),
    dict(id="1977-peru-international-profile-recedes", kind="diplomatic",
         title="Peru's international profile recedes",
         date_text="during the late 1970s", start="1977~", end="1979~",
         summary="As the military government's experiment faltered, Peru's international "
                 "standing declined markedly.",
         actors="PER:subject",
         quote="As the fortunes of the Peruvian experiment fell during the late 1970s, however, "
               "its international profile receded markedly."),
    dict(id="1980-belaunde-moves-closer-to-us", kind="diplomatic",
         title="Belaúnde tones down nonalignment and moves closer to the United States",
         date_text="the Belaúnde government (after the late 1970s)", start="1980~", end="1985",
         summary="The Belaúnde government further played down the military regime's nonaligned "
                 "stance and sought closer ties with the United States and Latin America.",
         actors="fernando-belaunde-terry:leader;PER:participant;USA:participant;LAC:participant",
         quote="The Belaúnde government deemphasized further the nonaligned stance of the "
               "military government while working toward closer relationships with the United "
               "States and the nations of Latin America.",
         note="No year in the text: after the late 1970s and before García's 1985 policy."),
    # --- Foreign Relations Under García --------------------------------------
    dict(id="1985-garcia-inward-turn", kind="diplomatic",
         title="Economic crisis forces an inward turn under García",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="Peru, traditionally active in regional bodies such as the Andean Pact, turned "
                 "inward and gave up its high profile as the economic crisis deepened and "
                 "García lost prestige.",
         actors="PER:subject;alan-garcia:leader;andean-pact:subject",
         quote="Yet, the nation's economic crisis and García's loss of prestige, both within "
               "and outside Peru, forced the country to turn inward and abandon its "
               "high-profile stance.",
         extra=[dict(date_text="As the economic crisis in Peru deepened",
                     quote="As the economic crisis in Peru deepened, meanwhile, García took a "
                           "lower profile stance on the foreign policy front.")]),
    dict(id="1985-garcia-anti-imperialist-strategy", kind="finance",
         title="García's anti-imperialist, anti-IMF stance strains relations with lenders",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="García's anti-imperialist and anti-IMF rhetoric and his unilateral cap on "
                 "debt payments badly strained relations with the international financial "
                 "community, above all the United States.",
         actors="alan-garcia:leader;PER:borrower;imf:target;USA:target",
         quote="His anti-imperialist and anti-IMF rhetoric, as well as his unilateral "
               "limitation of debt payments, placed a major strain on relations with the "
               "international financial community and the United States in particular."),
    dict(id="1980-belaunde-de-facto-debt-moratorium", kind="finance",
         title="De facto moratorium on debt service under Belaúnde",
         date_text="Under Belaúnde", start="1980~", end="1985",
         summary="Peru had already stopped servicing its debt in practice under Belaúnde, "
                 "before García's open confrontation with creditors.",
         actors="fernando-belaunde-terry:leader;PER:borrower",
         quote="Under Belaúnde, a de facto moratorium on debt service already had existed."),
    dict(id="1985-peru-cut-off-from-new-capital", kind="finance",
         title="Peru cut off from new capital and unable to pay its debt",
         date_text="By 1985", start="1985", end="",
         summary="By 1985 it was plain that no fresh capital would reach Peru and that the "
                 "country could not afford its debt payments.",
         actors="PER:borrower",
         quote="By 1985 it was clear that no new capital was headed in Peru's direction, and "
               "that the country could not afford to pay its debt."),
    dict(id="1985-garcia-confronts-creditors", kind="finance",
         title="García adopts an openly confrontational debt stance",
         date_text="By 1985", start="1985", end="",
         summary="García chose open confrontation with creditors, hoping other Latin American "
                 "debtors would follow.",
         actors="alan-garcia:leader;PER:borrower;LAC:subject",
         quote="García took an openly confrontational approach, with the hope that the rest of "
               "Latin America would follow."),
    dict(id="1985-baker-plan", kind="finance",
         title="Reagan administration presents the Baker debt plan",
         date_text="October 1985", start="1985-10", end="",
         summary="The Reagan administration put forward the Baker debt-reduction plan; some "
                 "speculated that García's challenge was one of its motives.",
         actors="USA:participant;ronald-reagan:leader;alan-garcia:subject",
         quote="At the time, there were speculations that the threat posed by García was one "
               "reason the Ronald Reagan administration (1981-89) presented the Baker "
               "debt-reduction plan in October 1985."),
    dict(id="1985-garcia-debt-payment-cap", kind="finance",
         title="García caps debt payments at 10% of export earnings",
         date_text="By 1985", start="1985", end="",
         summary="García's debt policy limited payments on the foreign debt to 10 percent of "
                 "export earnings, though about 20 percent was actually paid at first.",
         actors="alan-garcia:leader;PER:borrower",
         quote="Although García's debt policy limited payments to 10 percent of export "
               "earnings, in reality the government paid approximately 20 percent for the "
               "first few years, but then stopped making any payments at all.",
         note="The 10% sentence is undated; dated by the preceding paragraph (By 1985)."),
    dict(id="1987-peru-stops-debt-payments", kind="finance",
         title="Peru stops paying its debt altogether",
         date_text="after the first few years (of García's debt policy)", start="1987~",
         end=GARCIA_END,
         summary="After paying about a fifth of export earnings for the first few years of "
                 "García's policy, the government ceased debt payments entirely.",
         actors="alan-garcia:leader;PER:borrower",
         quote="but then stopped making any payments at all."),
    dict(id="1985-garcia-cancels-imf-accords", kind="finance",
         title="García scraps draft accords with the IMF",
         date_text="On several occasions", start=GARCIA_START, end=GARCIA_END,
         summary="Several accords in principle worked out between APRA government officials "
                 "and the IMF were called off by García at the last minute.",
         actors="alan-garcia:leader;apra:participant;imf:participant;PER:borrower",
         quote="On several occasions, accords in principle with the IMF were prepared with "
               "representatives of the APRA government and the IMF, and then cancelled at the "
               "last minute by García."),
    dict(id="1985-debtors-follow-garcia", kind="finance",
         title="García's stance wins followers among Third World debtors",
         date_text="initially", start="1985~", end="",
         summary="García's debt stance at first appealed to Third World debtor countries, a few "
                 "of which copied it, before becoming an object of ridicule.",
         actors="alan-garcia:leader;PER:participant",
         quote="García's stance initially had some appeal among Third World debtor countries, "
               "and a few even followed his example."),
    dict(id="1986-peru-ineligible-for-imf-funds", kind="finance",
         title="IMF declares Peru ineligible for its funds",
         date_text="August 1986", start="1986-08", end="",
         summary="The IMF declared Peru ineligible to draw on its resources.",
         actors="imf:lender;PER:target",
         quote="Peru was declared ineligible for IMF funds in August 1986"),
    dict(id="1989-imf-threatens-to-expel-peru", kind="finance",
         title="IMF threatens Peru with expulsion",
         date_text="October 1989", start="1989-10", end="",
         summary="Peru was threatened with expulsion from the IMF.",
         actors="imf:participant;PER:target",
         quote="and was threatened with expulsion from the organization in October 1989."),
    dict(id="1985-garcia-nonaligned-and-socialist-international", kind="multilateral",
         title="García raises Peru's profile in the Nonaligned Movement and Socialist International",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="García made greater visibility in the Nonaligned Movement and the Socialist "
                 "International a foreign-policy priority.",
         actors="alan-garcia:leader;PER:member;non-aligned-movement:subject;"
                "socialist-international:subject",
         quote="García also made heightening Peru's visibility in the Nonaligned Movement and "
               "in the Socialist International a priority."),
    dict(id="1985-ties-with-angola-mozambique-zimbabwe", kind="diplomatic",
         title="Ties expanded with Angola, Mozambique and Zimbabwe",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="Peru expanded relations with several Third World socialist states, among them "
                 "Angola, Mozambique and Zimbabwe.",
         actors="PER:participant;AGO:participant;MOZ:participant;ZWE:participant",
         quote="Ties were expanded with a number of Third World socialist nations, including "
               "Angola, Mozambique, and Zimbabwe"),
    dict(id="1985-garcia-pro-sandinista-stance", kind="diplomatic",
         title="García backs the Sandinistas in the Central American conflict",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="García took a firmly pro-Sandinista line on the Central American conflict.",
         actors="alan-garcia:leader;PER:participant;fsln:subject;NIC:subject",
         quote="García took a staunchly pro-Sandinista position in the Central American "
               "conflict."),
    dict(id="1985-priority-on-ecuador-and-chile", kind="diplomatic",
         title="Improving relations with Ecuador and Chile made a priority",
         date_text="early on", start="1985~", end="",
         summary="Early in García's government, better relations with neighbours, especially "
                 "Ecuador and Chile, were a priority.",
         actors="PER:participant;ECU:participant;CHL:participant;alan-garcia:leader",
         quote="Improving Peru's relations with its neighbors, particularly Ecuador and Chile, "
               "was also a priority early on."),
    dict(id="1985-finance-minister-visits-quito", kind="visit",
         title="Peru's finance minister makes historic visit to Quito",
         date_text="October 1985", start="1985-10", end="",
         summary="Peru's minister of finance paid a historic visit to Quito during productive "
                 "talks with Ecuador, whose progress was limited by rivalry with the Ecuadorian "
                 "and Chilean militaries.",
         actors="PER:visitor;ECU:host",
         quote="Although some productive discussions were held with Ecuador, including a "
               "historic visit by Peru's minister of finance to Quito in October 1985, progress "
               "was limited by competition with both the Ecuadorian and Chilean military "
               "establishments."),
    dict(id="1985-garcia-military-spending-curbs", kind="security",
         title="García's military spending cuts not reciprocated by Chile",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="García tried to curb military spending, but Chile did not respond in kind.",
         actors="alan-garcia:leader;PER:participant;CHL:participant",
         quote="García's attempts to curb military expenditures were not reciprocated by Chile, "
               "for example."),
    dict(id="1985-us-relations-remain-good", kind="diplomatic",
         title="U.S.–Peru relations stay good despite García's stances",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="Relations with the United States stayed remarkably good despite García's "
                 "positions on debt and Central America, partly because Washington feared "
                 "instability from the Shining Path.",
         actors="USA:participant;PER:participant;alan-garcia:leader;sendero-luminoso:subject",
         quote="Relations with the United States remained remarkably good despite García's "
               "stances on debt and on Central America."),
    dict(id="1985-us-aid-despite-brooke-alexander", kind="aid",
         title="U.S. aid continues despite Brooke Alexander Amendment breach",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="U.S. aid kept flowing although Peru, more than a year behind on repaying "
                 "military assistance, was in violation of the Brooke Alexander Amendment.",
         actors="USA:donor;PER:recipient",
         quote="Thus, foreign aid flows were maintained despite Peru's violation of the Brooke "
               "Alexander Amendment, which makes a country ineligible for United States aid if "
               "it is over a year late in repaying military assistance."),
    dict(id="1985-garcia-drug-cooperation", kind="security",
         title="García offers cooperation on drugs",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="García's readiness to cooperate on drugs, at least in words, helped keep "
                 "relations with Washington good.",
         actors="alan-garcia:leader;PER:participant;USA:participant",
         quote="García's willingness to collaborate, at least rhetorically, on the drug issue, "
               "in sharp contrast to his stance on debt, helped ameliorate relations."),
    dict(id="1985-watson-garcia-working-relationship", kind="diplomatic",
         title="Ambassador Watson's good working relationship with García",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="A good working relationship between U.S. ambassador Alexander Watson and "
                 "President García helped sustain bilateral relations.",
         actors="alexander-watson:participant;alan-garcia:participant;USA:participant;"
                "PER:participant",
         quote="Finally, relations were maintained owing to a good working relationship "
               "between United States ambassador Alexander Watson and President García."),
    dict(id="1989-peruvians-cross-to-chile-for-bread", kind="migration",
         title="Over 6,000 Peruvians cross into Chile to buy bread",
         date_text="late 1989", start="1989-41", end="",
         summary="More than 6,000 Peruvians crossed into Chile to buy bread, which had become "
                 "scarce and expensive at home.",
         actors="PER:subject;CHL:host",
         quote="In late 1989, over 6,000 Peruvians crossed the border to Chile in order to buy "
               "bread, which was scarce and expensive in Peru."),
    dict(id="1988-pinochet-cites-peru-in-plebiscite-campaign", kind="other",
         title="Pinochet points to Peru in his plebiscite campaign",
         date_text="prior to the 1988 plebiscite", start="1988", end="",
         summary="Campaigning before Chile's 1988 plebiscite, Pinochet held up neighbouring Peru "
                 "as a warning against populist democracy.",
         actors="augusto-pinochet:leader;CHL:participant;PER:subject",
         quote="Chile's dictator Augusto Pinochet Ugarte (1973-90), when campaigning prior to "
               "the 1988 plebiscite, warned of the dangers of populist democracy by pointing "
               "out neighboring Peru."),
    dict(id="1985-border-contraband-disputes", kind="trade",
         title="Contraband trade on the Chilean and Ecuadorian borders",
         date_text="at times", start=GARCIA_START, end=GARCIA_END,
         summary="Smuggling across the borders with Chile and Ecuador was at times a point of "
                 "contention with the neighbours.",
         actors="PER:participant;CHL:participant;ECU:participant",
         quote="Contraband trade along the Chilean and Ecuadorian borders at times has been a "
               "contentious issue."),
    dict(id="1985-peruvian-emigration-to-neighbours", kind="migration",
         title="Thousands of Peruvians emigrate to neighbouring countries for work",
         date_text="under García", start=GARCIA_START, end=GARCIA_END,
         summary="Thousands of Peruvians left for neighbouring countries in search of jobs, a "
                 "further concern in regional relations.",
         actors="PER:subject;LAC:host",
         quote="Another concern were the thousands of Peruvians emigrating to neighboring "
               "countries seeking employment."),
    dict(id="1985-sl-kills-military-attache-in-la-paz", kind="security",
         title="Shining Path assassinates Peru's military attaché in La Paz",
         date_text="under García (undated in the text)", start=GARCIA_START, end=GARCIA_END,
         summary="The Shining Path killed a Peruvian military attaché in La Paz, heightening "
                 "neighbours' fears that subversion would spread across borders.",
         actors="sendero-luminoso:perpetrator;PER:victim;BOL:host",
         quote="a concern heightened by events such as the SL's assassination of a Peruvian "
               "military attaché in La Paz"),
    dict(id="1985-mrta-supports-m19", kind="security",
         title="MRTA supports Colombia's M-19 guerrillas",
         date_text="under García (undated in the text)", start=GARCIA_START, end=GARCIA_END,
         summary="The MRTA's support for the Colombian guerrilla group M-19 fed neighbours' "
                 "fears of cross-border subversion.",
         actors="mrta:participant;m-19:participant;COL:subject",
         quote="by the MRTA's support of the 19th of April Movement (Movimiento 19 de "
               "Abril—M-19), a Colombian guerrilla group."),
]

PERIODS = [
    # pj2003 defines the Velasco regime (1968-75) as presidency-velasco; nobody defines the
    # whole 1968-80 military government ("military-government-1968"), and this text gives
    # it no dates, so its "military government" of the 1970s is not cited as a period.
    dict(id="", same_as="presidency-velasco",
         quote="became a central objective of the Velasco Alvarado regime."),
    dict(id="presidency-belaunde-2", same_as="", name="Belaúnde government",
         kind="presidency", date_text="after the late 1970s; ended by 1985",
         start="1980~", end="1985", actor="fernando-belaunde-terry",
         quote="The Belaúnde government deemphasized further the nonaligned stance of the "
               "military government"),
    dict(id="", same_as="presidency-garcia-1", quote="Foreign Relations Under García"),
    dict(id="", same_as="presidency-fujimori", quote="Foreign Relations Under Fujimori"),
    dict(id="us-presidency-reagan", same_as="", name="Reagan administration (United States)",
         kind="presidency", date_text="1981-89", start="1981", end="1989",
         actor="ronald-reagan", quote="the Ronald Reagan administration (1981-89)"),
    dict(id="chile-pinochet-regime", same_as="", name="Pinochet dictatorship (Chile)",
         kind="military_government", date_text="1973-90", start="1973", end="1990",
         actor="augusto-pinochet", quote="Chile's dictator Augusto Pinochet Ugarte (1973-90)"),
]

SERIES = [
    ("debt-payment-cap", "García's debt policy: ceiling on debt payments",
     "share", "Debt-payment ceiling, % of export earnings", "percent", "1",
     "% of export earnings", "PER", "",
     "Policy ceiling set by García's government; the text dates the confrontational debt "
     "policy to 1985."),
    ("debt-payments-actual", "Debt payments actually made under García's policy",
     "share", "Debt payments made, % of export earnings", "percent", "1",
     "% of export earnings", "PER", "",
     "\"for the first few years\" of the policy (period given as 1985/1987~), after which "
     "payments stopped altogether."),
    ("peruvians-crossing-to-chile", "Peruvians crossing into Chile to buy bread",
     "migrants", "Border crossings to buy bread", "persons", "1", "persons", "PER", "CHL",
     "Short trips across the border, not settlement."),
] + list(fuji.SERIES)

OBSERVATIONS = [
    ("debt-payment-cap", "1985", "10 percent", "10", "",
     "Although García's debt policy limited payments to 10 percent of export earnings"),
    ("debt-payments-actual", "1985/1987~", "approximately 20 percent", "20", "approximate",
     "in reality the government paid approximately 20 percent for the first few years, but "
     "then stopped making any payments at all."),
    ("peruvians-crossing-to-chile", "1989-41", "over 6,000", "6000", "lower_bound",
     "In late 1989, over 6,000 Peruvians crossed the border to Chile in order to buy bread, "
     "which was scarce and expensive in Peru."),
] + list(fuji.OBSERVATIONS)


def episode_rows(text: str) -> list[dict]:
    rows = []
    for e in EPISODES:
        row = {k: v for k, v in e.items() if k in fuji.EPISODE_COLUMNS}
        row["locator"] = fuji.locate(text, e["quote"])
        rows.append(row)
        for extra in e.get("extra", []):
            rows.append(dict(id="", same_as=e["id"], date_text=extra["date_text"],
                             start=e["start"], end=e["end"], quote=extra["quote"],
                             locator=fuji.locate(text, extra["quote"])))
    # Second citations of the Fujimori section (defined in csfuji).
    for e in fuji.EPISODES:
        rows.append(dict(id="", same_as=e["id"], date_text=e["date_text"], start=e["start"],
                         end=e["end"], quote=e["quote"], locator=fuji.locate(text, e["quote"])))
        for extra in e.get("extra_quotes", []):
            rows.append(dict(id="", same_as=e["id"], date_text="April 5, 1992",
                             start=e["start"], quote=extra, locator=fuji.locate(text, extra)))
    # "Peru's relations with its neighbors were strained also by ... the cholera epidemic."
    q = ("Peru's relations with its neighbors were strained also by the extent of the economic "
         "crisis and the cholera epidemic.")
    rows.append(dict(id="", same_as="1991-cholera-food-import-bans", quote=q,
                     locator=fuji.locate(text, q)))
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
        row["locator"] = fuji.locate(text, p["quote"])
        periods.append(row)
    series = fuji.series_rows(SOURCE, SERIES, text)
    observations = fuji.observation_rows(SOURCE, OBSERVATIONS, text)
    # The Fujimori section's actors are named here too (its same_as rows carry none).
    used = fuji.actors_used(episodes + fuji.EPISODES, series, periods) | {"sendero-luminoso"}
    d = os.path.join(ROOT, "data")
    fuji.write_csv(f"{d}/episodes/{SOURCE}.csv", fuji.EPISODE_COLUMNS, episodes)
    fuji.write_csv(f"{d}/periods/{SOURCE}.csv", fuji.PERIOD_COLUMNS, periods)
    fuji.write_csv(f"{d}/actors/{SOURCE}.csv", fuji.ACTOR_COLUMNS, fuji.actor_rows(used, ACTORS))
    fuji.write_csv(f"{d}/series/{SOURCE}.csv", fuji.SERIES_COLUMNS, series)
    fuji.write_csv(f"{d}/observations/{SOURCE}.csv", fuji.OBS_COLUMNS, observations)
    for repair, count in REPAIR_LOG.items():
        print(f"  repair {repair}: {count}")
    print(f"{SOURCE}: {len(episodes)} episode rows, {len(periods)} period rows, "
          f"{len(used)} actors, {len(series)} series, {len(observations)} observations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
