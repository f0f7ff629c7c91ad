"""Readable, translatable names for the store's controlled vocabularies (kinds, roles, rights).

The store keeps stable keys ('trade_agreement', 'perpetrator'); people read labels. An unknown
key (a curator added a new kind) is shown tidied up rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.core.dates import DateWords

CONTEXT = "Labels"

EPISODE_KINDS = {
    "migration": QT_TRANSLATE_NOOP("Labels", "Migration"),
    "immigration_policy": QT_TRANSLATE_NOOP("Labels", "Immigration policy"),
    "deportation": QT_TRANSLATE_NOOP("Labels", "Deportation"),
    "diplomatic": QT_TRANSLATE_NOOP("Labels", "Diplomatic"),
    "treaty": QT_TRANSLATE_NOOP("Labels", "Treaty"),
    "trade_agreement": QT_TRANSLATE_NOOP("Labels", "Trade agreement"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "multilateral": QT_TRANSLATE_NOOP("Labels", "Multilateral"),
    "election": QT_TRANSLATE_NOOP("Labels", "Election"),
    "coup": QT_TRANSLATE_NOOP("Labels", "Coup"),
    "domestic_politics": QT_TRANSLATE_NOOP("Labels", "Domestic politics"),
    "war": QT_TRANSLATE_NOOP("Labels", "War"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
    "aid": QT_TRANSLATE_NOOP("Labels", "Aid"),
    "finance": QT_TRANSLATE_NOOP("Labels", "Finance"),
    "investment": QT_TRANSLATE_NOOP("Labels", "Investment"),
    "trade": QT_TRANSLATE_NOOP("Labels", "Trade"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "institution": QT_TRANSLATE_NOOP("Labels", "Institution"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

ACTOR_KINDS = {
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "group": QT_TRANSLATE_NOOP("Labels", "Group"),
}

ROLES = {
    key: text
    for key, text in (
        ("participant", QT_TRANSLATE_NOOP("Labels", "participant")),
        ("signatory", QT_TRANSLATE_NOOP("Labels", "signatory")),
        ("host", QT_TRANSLATE_NOOP("Labels", "host")),
        ("visitor", QT_TRANSLATE_NOOP("Labels", "visitor")),
        ("donor", QT_TRANSLATE_NOOP("Labels", "donor")),
        ("recipient", QT_TRANSLATE_NOOP("Labels", "recipient")),
        ("lender", QT_TRANSLATE_NOOP("Labels", "lender")),
        ("borrower", QT_TRANSLATE_NOOP("Labels", "borrower")),
        ("investor", QT_TRANSLATE_NOOP("Labels", "investor")),
        ("target", QT_TRANSLATE_NOOP("Labels", "target")),
        ("perpetrator", QT_TRANSLATE_NOOP("Labels", "perpetrator")),
        ("victim", QT_TRANSLATE_NOOP("Labels", "victim")),
        ("mediator", QT_TRANSLATE_NOOP("Labels", "mediator")),
        ("member", QT_TRANSLATE_NOOP("Labels", "member")),
        ("agency", QT_TRANSLATE_NOOP("Labels", "agency")),
        ("subject", QT_TRANSLATE_NOOP("Labels", "subject")),
        ("leader", QT_TRANSLATE_NOOP("Labels", "leader")),
    )
}

SOURCE_KINDS = {
    "article": QT_TRANSLATE_NOOP("Labels", "Article"),
    "working_paper": QT_TRANSLATE_NOOP("Labels", "Working paper"),
    "country_study": QT_TRANSLATE_NOOP("Labels", "Country study"),
    "book": QT_TRANSLATE_NOOP("Labels", "Book"),
    "report": QT_TRANSLATE_NOOP("Labels", "Report"),
}

# Indicators whose tidied key would read wrongly ("Oda total"); others are tidied.
INDICATORS = {
    "oda_total": QT_TRANSLATE_NOOP("Labels", "ODA, total"),
    "oda_grant": QT_TRANSLATE_NOOP("Labels", "ODA grants"),
    "oda_loan": QT_TRANSLATE_NOOP("Labels", "ODA loans"),
    "fdi_flow": QT_TRANSLATE_NOOP("Labels", "FDI flows"),
    "fdi_stock": QT_TRANSLATE_NOOP("Labels", "FDI stock"),
    "trade_exports": QT_TRANSLATE_NOOP("Labels", "Exports"),
    "trade_imports": QT_TRANSLATE_NOOP("Labels", "Imports"),
    "trade_total": QT_TRANSLATE_NOOP("Labels", "Trade, total"),
    "trade_balance": QT_TRANSLATE_NOOP("Labels", "Trade balance"),
    "trade_deficit": QT_TRANSLATE_NOOP("Labels", "Trade deficit"),
    "share": QT_TRANSLATE_NOOP("Labels", "Share"),
    "growth_rate": QT_TRANSLATE_NOOP("Labels", "Growth rate"),
    "loan_commitment": QT_TRANSLATE_NOOP("Labels", "Loan commitments"),
    "investment_project": QT_TRANSLATE_NOOP("Labels", "Investment projects"),
    "technical_cooperation": QT_TRANSLATE_NOOP("Labels", "Technical cooperation"),
    "migrants": QT_TRANSLATE_NOOP("Labels", "Migrants"),
}

RIGHTS = {
    "public_domain": QT_TRANSLATE_NOOP("Labels", "Public domain"),
    "copyrighted": QT_TRANSLATE_NOOP("Labels", "Copyrighted"),
}


def _tidy(key: str) -> str:
    return key.replace("_", " ").replace("-", " ").capitalize()


def _label(table: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else _tidy(key)


def episode_kind(key: str | None) -> str:
    return _label(EPISODE_KINDS, key)


def actor_kind(key: str | None) -> str:
    return _label(ACTOR_KINDS, key)


def role(key: str | None) -> str:
    return _label(ROLES, key)


def source_kind(key: str | None) -> str:
    return _label(SOURCE_KINDS, key)


def indicator(key: str | None) -> str:
    return _label(INDICATORS, key)


def tidy(key: str | None) -> str:
    """A vocabulary key without a label of its own ('trade_exports' -> 'Trade exports')."""
    return _tidy(key) if key else ""


def rights(key: str | None) -> str:
    return _label(RIGHTS, key)


def date_words() -> DateWords:
    """core.dates' words, translated for the interface language."""
    t = QCoreApplication.translate
    months = (
        t("Dates", "Jan"), t("Dates", "Feb"), t("Dates", "Mar"), t("Dates", "Apr"),
        t("Dates", "May"), t("Dates", "Jun"), t("Dates", "Jul"), t("Dates", "Aug"),
        t("Dates", "Sep"), t("Dates", "Oct"), t("Dates", "Nov"), t("Dates", "Dec"),
    )  # fmt: skip
    seasons = {
        21: t("Dates", "spring {}"), 22: t("Dates", "summer {}"), 23: t("Dates", "autumn {}"),
        24: t("Dates", "winter {}"), 33: t("Dates", "Q1 {}"), 34: t("Dates", "Q2 {}"),
        35: t("Dates", "Q3 {}"), 36: t("Dates", "Q4 {}"),
        40: t("Dates", "first half of {}"), 41: t("Dates", "second half of {}"),
    }  # fmt: skip
    return DateWords(
        months=months,
        seasons=seasons,
        approximate=t("Dates", "c. {}"),
        uncertain=t("Dates", "{}?"),
        decade=t("Dates", "{}s"),
        century=t("Dates", "{}th century"),
        open_end=t("Dates", "from {}"),
        open_start=t("Dates", "until {}"),
        one_of=t("Dates", "some time in {}"),
    )


def written_date(date_text: str, start_edtf: str | None, end_edtf: str | None) -> str:
    """The date as the source writes it, with the dates it means beside it when the words
    name no year ("That year · 1996"): date_text holds only the source's words."""
    import re

    from explorer.core.dates import format_span

    if re.search(r"\d{4}", date_text or ""):
        return date_text  # "December 17, 1996 – April 22, 1997" says it already
    readable = format_span(start_edtf, end_edtf, date_words()) if start_edtf else ""
    if not readable or readable == date_text:
        return date_text
    return f"{date_text} · {readable}" if date_text else readable
