"""A search made only of operators or punctuation has nothing to look for."""

from __future__ import annotations

import pytest

from explorer.store.search import nothing_to_search, parse_search


@pytest.mark.parametrize("typed", ["AND", "NEAR(", "(((", '"', "*", "OR NOT", " ) ( ", "-"])
def test_operators_and_punctuation_alone_have_nothing_to_search(typed):
    assert nothing_to_search(typed)
    assert parse_search(typed)[0] == ""  # and they never become a text restriction


@pytest.mark.parametrize("typed", ["", "   ", "hostage", "AND hostage", '"fuji', "Perú*", "NEAR"])
def test_words_or_an_empty_box_are_not_flagged(typed):
    assert not nothing_to_search(typed)
