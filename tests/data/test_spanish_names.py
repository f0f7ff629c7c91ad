"""Spanish names find what the English names find (the Spanish interface's classes type them).

Searched the way the app searches (explorer.store.episodes.search_episodes), with accents folded:
`Japon` and `Japón` alike.
"""

from __future__ import annotations

import pytest

from explorer.core.state import Filters
from explorer.store.episodes import search_episodes
from explorer.store.tables import listing_ids

# (typed in Spanish, actor it must find)
SPANISH = [
    ("Japón", "JPN"),
    ("Japon", "JPN"),
    ("Corea", "KOR"),
    ("Perú", "PER"),
    ("Peru", "PER"),
    ("Estados Unidos", "USA"),
    ("China", "CHN"),
    ("Brasil", "BRA"),
    ("México", "MEX"),
    ("FMI", "imf"),
    ("Banco Mundial", "world-bank"),
    ("BID", "idb"),
    ("Naciones Unidas", "un"),
    ("Agencia de Cooperación Internacional del Japón", "jica"),
    ("Unión Soviética", "SUN"),
]


def _involving(store, actor: str) -> set[str]:
    return {
        r[0]
        for r in store.execute("SELECT episode_id FROM episode_actors WHERE actor_id = ?", (actor,))
    }


@pytest.mark.parametrize(("typed", "actor"), SPANISH)
def test_a_spanish_name_finds_every_episode_of_its_actor(store, typed, actor):
    found = set(search_episodes(store, Filters(text=typed)).ids)
    involving = _involving(store, actor)
    assert involving, actor
    assert involving <= found, sorted(involving - found)[:5]


@pytest.mark.parametrize(("typed", "actor"), SPANISH)
def test_a_spanish_name_finds_its_actor_in_the_actors_table(store, typed, actor):
    assert actor in listing_ids(store, "actors", typed)


def test_spanish_names_are_marked_as_the_curators(store):
    rows = store.execute(
        "SELECT alias FROM actor_aliases WHERE actor_id = 'JPN' AND language = 'es'"
    ).fetchall()
    assert [r[0] for r in rows] == ["Japón"]
