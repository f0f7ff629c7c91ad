"""Curators' knowledge is marked as such; nothing rests on the hosting site's glosses (seed 000).

The gloss texts below are typed from seed 000 (the dictionary entries the hosting website
interleaved with the article): what only they say must not be in the store.
"""

from __future__ import annotations

import pytest

from explorer.build.load import Row, provenance_problems, squash

# Only the glosses give these; the article never does.
GLOSS_ONLY = [
    ("actor_aliases", "alias", "Alberto Ken'ya Fujimori"),
    ("actor_aliases", "alias", "Comisión para la Promoción de Exportaciones"),
    ("actor_aliases", "alias", "Asociación de Exportadores"),
    (
        "actors",
        "note",
        "1996-98",
    ),  # Hashimoto's term, from the gloss "January 11, 1996 to July 30, 1998"
    ("actors", "note", "President of Peru from 2001"),  # Toledo, the gloss "from 2001 to 2006"
]


@pytest.mark.parametrize(("table", "column", "words"), GLOSS_ONLY)
def test_nothing_only_a_gloss_says(store, table, column, words):
    hits = store.execute(f"SELECT * FROM {table} WHERE {column} LIKE ?", (f"%{words}%",)).fetchall()
    assert hits == []


def test_the_full_text_ships_only_with_a_stated_ground_for_its_rights(store):
    shipped = store.execute("SELECT id FROM sources WHERE full_text IS NOT NULL").fetchall()
    assert len(shipped) == 2
    for (source_id,) in shipped:
        row = store.execute(
            "SELECT basis, reference FROM provenance WHERE subject_type = 'source'"
            " AND subject_id = ? AND field = 'rights'",
            (source_id,),
        ).fetchone()
        assert row is not None, source_id
        assert row["basis"] == "curator" and "17 U.S.C. § 105" in row["reference"]


def test_country_study_year_and_publisher_are_marked_as_the_curators(store):
    for source_id in ("csfuji", "csfor"):
        text = store.execute("SELECT full_text FROM sources WHERE id = ?", (source_id,)).fetchone()[
            0
        ]
        assert "Library of Congress" not in text  # the claim is not the text's
        bases = dict(
            store.execute(
                "SELECT field, basis FROM provenance WHERE subject_type = 'source' AND subject_id = ?",
                (source_id,),
            ).fetchall()
        )
        assert bases == {"year": "curator", "venue": "curator", "rights": "curator"}


def test_source_based_provenance_cites_words_of_its_document(store):
    rows = store.execute(
        "SELECT pr.subject_id, pr.field, p.quote, p.source_id FROM provenance pr"
        " JOIN passages p ON p.id = pr.passage_id WHERE pr.basis = 'source'"
    ).fetchall()
    assert rows
    assert ("pj2003", "year", "This article was written in late 2003.", "pj2003") in [
        tuple(r) for r in rows
    ]


def test_actor_notes_with_dates_no_document_states_are_the_curators(store):
    """Presidents' terms that run past the documents (García to 2011, Humala to 2016, Abe to
    2020) are curators' knowledge, with the reference used."""
    for actor in ("alan-garcia", "ollanta-humala", "shinzo-abe", "hu-jintao", "george-h-w-bush"):
        row = store.execute(
            "SELECT basis, reference FROM provenance WHERE subject_type = 'actor'"
            " AND subject_id = ? AND field = 'note'",
            (actor,),
        ).fetchone()
        assert row is not None and row["basis"] == "curator" and row["reference"], actor


TEXTS = {"pj2003": squash("This article was written in late 2003.")}
SUBJECTS = {
    "actor": {"jica": Row("a", 2, "pj2003", {"id": "jica", "note": "agency"})},
    "source": {},
}


@pytest.mark.parametrize(
    ("values", "complaint"),
    [
        ({"basis": "curator"}, "needs the reference"),
        (
            {"basis": "source", "source": "pj2003", "quote": "Written in 2004.", "locator": "n. 1"},
            "quote not found",
        ),
        ({"basis": "guess", "reference": "x"}, "basis must be"),
        ({"basis": "curator", "reference": "x", "field": "kind"}, "takes no provenance"),
        ({"basis": "curator", "reference": "x", "subject_id": "oecf"}, "no actor"),
    ],
)
def test_the_build_refuses_an_unfounded_provenance(values, complaint):
    row = Row("data/provenance.csv", 2, values.get("source", ""),
              {"subject_type": "actor", "subject_id": "jica", "field": "note", **values})  # fmt: skip
    assert any(complaint in p for p in provenance_problems(row, SUBJECTS, TEXTS))


def test_a_sound_provenance_passes():
    row = Row("data/provenance.csv", 2, "pj2003", {
        "subject_type": "actor", "subject_id": "jica", "field": "note", "basis": "source",
        "source": "pj2003", "quote": "written in late 2003", "locator": "note 1"})  # fmt: skip
    assert provenance_problems(row, SUBJECTS, TEXTS) == []
