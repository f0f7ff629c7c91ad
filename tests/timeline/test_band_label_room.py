"""A period band's name is shown whole where the row has room around the band, not elided to
the band's own width ("Chinese inde…" over an empty stretch of the row)."""

from __future__ import annotations

from tests.timeline.test_timeline_polish import _band_label, pane  # noqa: F401 - the fixture


def test_an_era_label_takes_the_free_room_around_its_band(pane):  # noqa: F811 - the fixture
    era = next(p for p in pane.model.periods if p.id == "era-guano")
    pane.plot.set_x_range(1877, 1946)  # the era's last three years: a band of ~50 px
    canvas = pane.plot.canvas
    canvas.ensure_layout()
    lo, hi = pane.plot.x_range()
    band_px = (era.end_hi - lo) * canvas.area.width() / (hi - lo)
    assert canvas.small_metrics.horizontalAdvance(era.name) > band_px - 8  # wider than its band
    assert _band_label(pane, era.id) == era.name  # whole: nothing else on its row there


def test_a_government_label_stays_within_its_band(pane):  # noqa: F811 - the fixture
    period = next(p for p in pane.model.periods if p.id == "presidency-garcia-1")
    pane.plot.set_x_range(period.end_hi - 0.9, period.end_hi + 19)  # its last months only
    label = _band_label(pane, period.id)
    assert label is not None and label.endswith("…")  # its neighbour's band touches it
