"""References in Chicago author-date and APA, written by citeproc-py from the bundled styles."""

from __future__ import annotations

import pytest

from explorer import paths
from explorer.core import citation_formats, citation_styles
from explorer.store import sources_export


@pytest.fixture(scope="module")
def entries(bundled):
    records = sources_export.source_records(bundled)
    return citation_formats.entries(records, {}, sources_export.dataset_meta(bundled))


def test_the_styles_are_bundled_with_their_licence():
    for style in citation_styles.STYLES:
        text = paths.resource("csl", style.file).read_text(encoding="utf-8")
        assert "creativecommons.org/licenses/by-sa/3.0" in text
    assert "CC BY-SA 3.0" in paths.resource("csl", "LICENSE.txt").read_text(encoding="utf-8")


def test_chicago_and_apa_write_the_names_the_way_each_style_wants(entries):
    chicago = citation_styles.references(entries, "chicago-author-date")
    apa = citation_styles.references(entries, "apa")
    # Chicago: full given names, "and"; APA: initials, "&". Older citeproc-py (<= 0.10.6)
    # drops these delimiters, which is why pyproject asks for 0.10.7.
    assert chicago["sy2013"].startswith("Sanborn, Cynthia, and Alexis Yong. 2013. ")
    assert apa["sy2013"].startswith("Sanborn, C., & Yong, A. (2013). ")
    assert "Version 2026" in chicago["relations-explorer-dataset"]
    assert "[Dataset]" in apa["relations-explorer-dataset"]


def test_a_source_with_no_author_is_not_given_its_title_twice(entries):
    for style in ("chicago-author-date", "apa"):
        reference = citation_styles.references(entries, style)["csfor"]
        assert reference.lower().count("peru – foreign relations") == 1, reference


def test_html_references_escape_the_data(entries):
    hostile = citation_formats.Entry(key="x", kind="article", title="<script>x</script> & y",
                                     authors=["Ana <b>Díaz</b>"], year=2001)  # fmt: skip
    for style in ("apa", "chicago-author-date"):
        html = citation_styles.references([hostile], style, html=True)["x"]
        assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html
        assert "&amp;lt;" not in html and "&amp; y" in html.lower()  # escaped once, not twice
        plain = citation_styles.references([hostile], style)["x"]
        assert "<script>x</script> & y".lower() in plain.lower()  # plain text stays as written


def test_an_unknown_style_is_said_plainly(entries):
    with pytest.raises(citation_styles.StyleError, match="unknown citation style"):
        citation_styles.references(entries, "mla")
