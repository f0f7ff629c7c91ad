"""Words the timeline shows for kinds, precisions and lanes, marked for translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.core.timeline_layout import NO_PARTNER, OTHER_PARTNERS


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def kind_title(kind: str) -> str:
    titles = {
        "migration": _tr("Migration"),
        "immigration_policy": _tr("Immigration policy"),
        "deportation": _tr("Deportation"),
        "diplomatic": _tr("Diplomacy"),
        "treaty": _tr("Treaties"),
        "trade_agreement": _tr("Trade agreements"),
        "visit": _tr("Visits"),
        "multilateral": _tr("Multilateral"),
        "election": _tr("Elections"),
        "coup": _tr("Coups"),
        "domestic_politics": _tr("Domestic politics"),
        "war": _tr("War"),
        "security": _tr("Security"),
        "aid": _tr("Aid"),
        "finance": _tr("Finance"),
        "investment": _tr("Investment"),
        "trade": _tr("Trade"),
        "legal": _tr("Legal"),
        "institution": _tr("Institutions"),
        "other": _tr("Other"),
    }
    return titles.get(kind, kind.replace("_", " ").capitalize())


def family_title(family: str) -> str:
    titles = {
        "people": _tr("Migration"),
        "diplomacy": _tr("Diplomacy & visits"),
        "agreements": _tr("Treaties & forums"),
        "economy": _tr("Trade & investment"),
        "aid": _tr("Aid & finance"),
        "security": _tr("Security & law"),
        "politics": _tr("Politics"),
        "other": _tr("Other"),
    }
    return titles.get(family, family.capitalize())


def lane_title(key: str, mode: str, actor_names: dict[str, str]) -> str:
    if mode == "kind":
        return family_title(key)
    if key == NO_PARTNER:
        return _tr("Peru only")
    if key == OTHER_PARTNERS:
        return _tr("Other countries")
    return actor_names.get(key, key)


def precision_note(precision: str, uncertain: bool, disputed: bool) -> str:
    notes = {
        "day": "",
        "month": _tr("known to the month"),
        "season": _tr("known to the season"),
        "year": _tr("known to the year"),
        "decade": _tr("known to the decade"),
        "century": _tr("known to the century"),
    }
    parts = [notes.get(precision, "")]
    if uncertain:
        parts.append(_tr("uncertain"))
    if disputed:
        parts.append(_tr("sources disagree"))
    return ", ".join(p for p in parts if p)
