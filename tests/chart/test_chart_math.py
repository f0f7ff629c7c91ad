"""Qt-free chart arithmetic: axes by unit, relative change, log scale, bar slots."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from explorer.core import chart_math as cm


@dataclass
class S:
    id: str
    unit: str
    scale: float
    unit_label: str


def test_units_get_their_own_axis_and_scales_are_reconciled():
    groups = cm.axis_groups(
        [
            S("a", "USD", 1e6, "US$ millions"),
            S("b", "persons", 1, "persons"),
            S("c", "USD", 1e3, "US$ thousands"),
            S("d", "USD", 1e6, "US$ m"),
        ]
    )
    assert [g.unit for g in groups] == ["USD", "persons"]
    usd = groups[0]
    assert usd.unit_label == "US$ millions" and usd.factors["c"] == pytest.approx(0.001)


def test_relative_change_from_a_year():
    spans = [(1971, 1976, 5.0), (1990, 1991, 10.0), (1991, 1992, 15.0), (1992, 1993, None)]
    assert cm.relative_change(spans, 1990) == [-50.0, 0.0, 50.0, None]
    assert cm.relative_change(spans, 1973) == [0.0, 100.0, 200.0, None]  # the 1971–75 average
    assert cm.relative_change(spans, 1980) is None


def test_log_safe_drops_and_counts_non_positive():
    logs, dropped = cm.log_safe([100.0, 0.0, -3.0, None, 1.0])
    assert logs == [2.0, None, None, None, 0.0] and dropped == 2


def test_bar_slots_share_the_year():
    first = cm.bar_slot(1991, 1992, 0, 2)
    second = cm.bar_slot(1991, 1992, 1, 2)
    assert first[1] == pytest.approx(second[0]) and first[0] > 1991 and second[1] < 1992


def test_labels():
    assert cm.period_label("1971/1975") == "1971–1975"
    assert cm.format_value(1694.9) == "1,694.9" and cm.format_value(33000) == "33,000"
