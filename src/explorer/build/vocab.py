"""Controlled vocabularies of the store. docs/schema.md documents each term."""

EPISODE_KINDS = frozenset(
    {
        "migration",
        "immigration_policy",
        "deportation",
        "diplomatic",
        "treaty",
        "trade_agreement",
        "visit",
        "multilateral",
        "election",
        "coup",
        "domestic_politics",
        "war",
        "security",
        "aid",
        "finance",
        "investment",
        "trade",
        "legal",
        "institution",
        "other",
    }
)
ACTOR_KINDS = frozenset(
    {"country", "region", "person", "organisation", "company", "agreement", "group"}
)
ROLES = frozenset(
    {
        "participant",
        "signatory",
        "host",
        "visitor",
        "donor",
        "recipient",
        "lender",
        "borrower",
        "investor",
        "target",
        "perpetrator",
        "victim",
        "mediator",
        "member",
        "agency",
        "subject",
        "leader",
    }
)
PERIOD_KINDS = frozenset({"presidency", "military_government", "era", "war", "programme"})
UNITS = frozenset({"USD", "JPY", "persons", "percent", "count", "ratio"})
FLAGS = frozenset(
    {
        "inconsistent",
        "conflict",
        "approximate",
        "lower_bound",
        "upper_bound",
        "estimate",
        "preliminary",
        "missing",
    }
)
FLAGS_NEEDING_REASON = frozenset({"inconsistent", "conflict"})
