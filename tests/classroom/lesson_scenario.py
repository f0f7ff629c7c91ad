"""A teacher's lesson of six views, set up on the real window as she would set it up.

Used by the end-to-end test and by make_screenshots.py. Items are found in the store by SQL
(the curated data keeps growing), so the lesson adapts to what the store holds; the titles and
captions are hers, in Spanish, as a teacher in Lima would write them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Step:
    title: str
    caption: str
    panes: tuple[str, ...]
    filters: dict = field(default_factory=dict)
    select: tuple[str, str] | None = None
    series: tuple[str, ...] = ()
    compare: tuple[str, ...] = ()
    time_range: tuple[float, float] | None = None
    chart: dict = field(default_factory=dict)  # style, log, x_range
    table_view: str = "episodes"


def _one(conn, sql: str, *args) -> str | None:
    row = conn.execute(sql, args).fetchone()
    return row[0] if row else None


def _many(conn, sql: str, *args) -> tuple[str, ...]:
    return tuple(row[0] for row in conn.execute(sql, args))


def six_steps(conn) -> list[Step]:
    election = _one(
        conn,
        "SELECT id FROM episodes WHERE kind = 'election' AND title LIKE "
        "'%Fujimori%elected%' ORDER BY start_lo LIMIT 1",
    ) or _one(conn, "SELECT id FROM episodes WHERE kind = 'election' ORDER BY start_lo LIMIT 1")
    hostage = _one(
        conn,
        "SELECT id FROM episodes WHERE title LIKE '%ambassador%residence%' "
        "OR title LIKE '%hostage%' ORDER BY start_lo LIMIT 1",
    )
    self_coup = _one(
        conn,
        "SELECT id FROM episodes WHERE kind = 'coup' AND start_lo > 1990 ORDER BY start_lo LIMIT 1",
    )
    registered = _many(
        conn,
        "SELECT id FROM series WHERE title LIKE 'Peruvians registered in "
        "Japan%' ORDER BY id LIMIT 1",
    )
    aid = _many(
        conn,
        "SELECT id FROM series WHERE title LIKE 'Japan''s ODA to Peru: grant aid%' "
        "OR title LIKE 'Japan''s ODA to Peru: technical cooperation' ORDER BY id "
        "LIMIT 2",
    )
    oda_total = (
        _many(conn, "SELECT id FROM series WHERE title LIKE 'Japan''s ODA to Peru: total%' LIMIT 1")
        or aid[:1]
    )
    china = _many(
        conn,
        "SELECT id FROM series WHERE title LIKE 'Peru''s exports to China by "
        "sector%' ORDER BY id LIMIT 3",
    )
    return [
        Step(
            "Un siglo de migración entre el Perú y Japón",
            "De los primeros inmigrantes de 1899 a los trabajadores nikkei de los años noventa: "
            "cada marca es un episodio de migración o de política migratoria.",
            ("timeline", "table"),
            filters={"kinds": frozenset({"migration", "immigration_policy"})},
            time_range=(1880.0, 2005.0),
        ),
        Step(
            "Peruanos registrados en Japón, 1988–2000",
            "Tras la reforma migratoria japonesa de 1990, los nikkei peruanos pudieron trabajar "
            "legalmente en Japón. La banda marca la elección de Fujimori.",
            ("chart", "detail"),
            filters={"kinds": frozenset({"election"})},
            select=("episode", election) if election else None,
            series=registered,
            chart={"style": "lines", "x_range": (1987.0, 2001.0)},
        ),
        Step(
            "La crisis de los rehenes, 1996–1997",
            "El MRTA toma la residencia del embajador japonés en Lima: 127 días. Lea el pasaje "
            "de la fuente en el panel de detalles.",
            ("detail", "timeline", "table"),
            filters={"text": "hostage OR MRTA"},
            select=("episode", hostage) if hostage else None,
            time_range=(1994.0, 1999.0),
        ),
        Step(
            "La ayuda de Japón al Perú",
            "Donaciones y cooperación técnica japonesas, en millones de dólares: compare los "
            "años de Fujimori con los anteriores.",
            ("chart",),
            series=aid,
            chart={"style": "bars"},
        ),
        Step(
            "Dos momentos decisivos, lado a lado",
            "La elección de 1990 y la crisis de los rehenes: quiénes participaron y qué pasó con "
            "la ayuda japonesa antes y después.",
            ("compare",),
            compare=tuple(e for e in (election, self_coup, hostage) if e),
            series=oda_total,
        ),
        Step(
            "China llega: las exportaciones del Perú por sector",
            "Qué parte de lo que el Perú vende a China viene de cada sector. Las líneas se "
            "distinguen también por su trazo y su marcador.",
            ("chart", "timeline"),
            filters={"actors": frozenset({"CHN"})},
            series=china,
            chart={"style": "lines"},
            time_range=(1990.0, 2015.0),
        ),
    ]


def set_up(window, step: Step, qtbot) -> None:
    """Put the window into `step` the way a user would: through the panes and the state."""
    state = window.session.state
    state.clear_filters()
    state.select(None)
    state.set_compare_episodes(())
    state.update_filters(**step.filters)
    if step.compare:
        state.set_compare_episodes(step.compare)
    state.set_chart_series(step.series)
    chart = window.panes["chart"]
    style = chart.toolbar.style_box.findData(step.chart.get("style", "bars"))
    chart.toolbar.style_box.setCurrentIndex(style)
    chart.toolbar.log_box.setChecked(bool(step.chart.get("log", False)))
    if step.chart.get("x_range") and chart.figure.plots:
        chart.figure.plots[0].setXRange(*step.chart["x_range"], padding=0)
    if step.compare and step.series:
        compare = window.panes["compare"]
        compare.series_ids = tuple(step.series)
        compare._series_chosen = True
        compare.reload()
    if step.time_range:
        window.panes["timeline"].plot.set_x_range(*step.time_range)
        state.set_time_range(*step.time_range)
    window.table.show_view(step.table_view)
    if step.select:
        state.select(*step.select)
    from explorer.ui.workspaces import workspace_for_view

    window.show_workspace(workspace_for_view(step.panes, ()))
    for pane_id, dock in window.docks.items():
        dock.setVisible(pane_id in step.panes)
    qtbot.wait(30)
