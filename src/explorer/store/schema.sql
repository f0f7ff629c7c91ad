-- Schema of the bundled relations store (relations.db). Documented in docs/schema.md.
-- Built by `python -m explorer.build` from data/; opened read-only by the app.
-- Decimal years: 1996.958 = mid-December 1996. *_lo/*_hi bound the uncertainty of a date.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id                 TEXT PRIMARY KEY,
    short_title        TEXT NOT NULL,
    title              TEXT NOT NULL,
    authors            TEXT,
    year               INTEGER,
    venue              TEXT,
    kind               TEXT NOT NULL,
    language           TEXT NOT NULL,
    rights             TEXT NOT NULL,      -- public_domain | copyrighted
    rights_note        TEXT NOT NULL,
    full_text          TEXT                -- only where rights allow (public_domain)
);

-- The exact words a record rests on. char_start/char_end index the cleaned text
-- (sources.full_text where shipped) so a reader can scroll to and highlight the passage.
CREATE TABLE passages (
    id          INTEGER PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES sources(id),
    locator     TEXT NOT NULL,
    quote       TEXT NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    passage_id  INTEGER GENERATED ALWAYS AS (id) VIRTUAL  -- = id; the name passages_fts reads
);
CREATE INDEX passages_source ON passages(source_id);

CREATE TABLE actors (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL,                  -- country | region | person | organisation | company | agreement | group
    iso3   TEXT,                           -- countries only
    note   TEXT,
    aliases   TEXT NOT NULL DEFAULT '',    -- actor_aliases joined with '; ' (what actors_fts indexes)
    actor_id  TEXT GENERATED ALWAYS AS (id) VIRTUAL  -- = id; the name actors_fts reads
);
CREATE TABLE actor_aliases (
    actor_id  TEXT NOT NULL REFERENCES actors(id),
    alias     TEXT NOT NULL,
    language  TEXT,                        -- 'es': the curators' Spanish name (data/aliases_es.csv)
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE episodes (
    id          TEXT PRIMARY KEY,          -- stable; notes are keyed to it
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    date_text   TEXT NOT NULL,             -- as the source writes it (its words only)
    start_edtf  TEXT NOT NULL,
    end_edtf    TEXT,                      -- NULL for a point event
    precision   TEXT NOT NULL,             -- day | month | season | year | decade | century
    uncertain   INTEGER NOT NULL,          -- 1 if EDTF marks it ? or ~ (or the sources disagree)
    start_lo    REAL NOT NULL,
    start_hi    REAL NOT NULL,
    end_lo      REAL NOT NULL,             -- = start_* for a point event
    end_hi      REAL NOT NULL,
    summary     TEXT NOT NULL,
    disputed    INTEGER NOT NULL DEFAULT 0, -- 1 if claims disagree about it
    actors      TEXT NOT NULL DEFAULT '',  -- its actors' names (aliases in brackets), for search
    quotes      TEXT NOT NULL DEFAULT '',  -- the words of every passage it cites, for search
    date_note   TEXT,                      -- the curators' explanation of the date, if any
    episode_id  TEXT GENERATED ALWAYS AS (id) VIRTUAL  -- = id; the name episodes_fts reads
);
CREATE INDEX episodes_bounds ON episodes(start_lo, end_hi);
CREATE INDEX episodes_kind ON episodes(kind);

CREATE TABLE episode_actors (
    episode_id  TEXT NOT NULL REFERENCES episodes(id),
    actor_id    TEXT NOT NULL REFERENCES actors(id),
    role        TEXT NOT NULL,
    PRIMARY KEY (episode_id, actor_id, role)
);
CREATE INDEX episode_actors_actor ON episode_actors(actor_id);

CREATE TABLE periods (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,             -- presidency | military_government | era | war | programme
    date_text   TEXT NOT NULL,
    start_edtf  TEXT NOT NULL,
    end_edtf    TEXT,
    start_lo    REAL NOT NULL,
    start_hi    REAL NOT NULL,
    end_lo      REAL NOT NULL,
    end_hi      REAL NOT NULL,
    actor_id    TEXT REFERENCES actors(id),
    country     TEXT REFERENCES actors(id),  -- whose presidency/regime: PER bands the timeline
    date_note   TEXT                         -- the curators' explanation of the date, if any
);

CREATE TABLE series (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    indicator    TEXT NOT NULL,
    category     TEXT,
    unit         TEXT NOT NULL,            -- USD | JPY | persons | percent | count | ratio
    scale        REAL NOT NULL,            -- multiplier of the printed number
    unit_label   TEXT NOT NULL,            -- "US$ millions"
    reporter     TEXT REFERENCES actors(id),
    partner      TEXT REFERENCES actors(id),
    source_id    TEXT NOT NULL REFERENCES sources(id),
    table_ref    TEXT NOT NULL,            -- "Table 3" | "Figure 1" | "text"
    table_title  TEXT,
    note         TEXT
);

CREATE TABLE observations (
    id          TEXT PRIMARY KEY,          -- "<series id>@<period>"; stable
    series_id   TEXT NOT NULL REFERENCES series(id),
    period      TEXT NOT NULL,             -- EDTF year or span "1971/1975"
    start       REAL NOT NULL,             -- decimal year bounds of the period
    end         REAL NOT NULL,
    value       REAL,                      -- printed number, in unit x scale; NULL when none printed
    value_text  TEXT NOT NULL,             -- exactly as printed
    flag        TEXT,                      -- NULL | inconsistent | conflict | approximate | lower_bound | upper_bound | estimate | preliminary | missing
    flag_reason TEXT,
    passage_id  INTEGER NOT NULL REFERENCES passages(id)
);
CREATE INDEX observations_series ON observations(series_id, start);

-- Where a field that is not a cited record comes from: the curators' own knowledge (basis
-- 'curator', with the reference they used) or a source's words (basis 'source', with the
-- passage). A field with no row rests on the documents whose files name the subject.
CREATE TABLE provenance (
    subject_type  TEXT NOT NULL,            -- actor | source
    subject_id    TEXT NOT NULL,
    field         TEXT NOT NULL,            -- actor: note, aliases, name; source: authors, year, venue, rights, title
    basis         TEXT NOT NULL,            -- curator | source
    reference     TEXT,                     -- curator: the reference used; source: what the words show
    passage_id    INTEGER REFERENCES passages(id),  -- source: the words it rests on
    PRIMARY KEY (subject_type, subject_id, field)
);

-- Every record's link to the words it rests on. target_type: episode | period | observation.
CREATE TABLE citations (
    target_type  TEXT NOT NULL,
    target_id    TEXT NOT NULL,
    passage_id   INTEGER NOT NULL REFERENCES passages(id),
    PRIMARY KEY (target_type, target_id, passage_id)
);
CREATE INDEX citations_passage ON citations(passage_id);

-- What each source says about a field of a subject, with its passage. lo/hi are the decimal-year
-- bounds of a date claim, so compatible claims ("mid-1980s" and "the 1980s") are not a conflict.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    subject_type  TEXT NOT NULL,           -- episode
    subject_id    TEXT NOT NULL,
    field         TEXT NOT NULL,           -- start | end
    value         TEXT NOT NULL,           -- EDTF
    value_text    TEXT NOT NULL,           -- as the source writes it
    lo            REAL NOT NULL,
    hi            REAL NOT NULL,
    source_id     TEXT NOT NULL REFERENCES sources(id),
    passage_id    INTEGER NOT NULL REFERENCES passages(id)
);
CREATE INDEX claims_subject ON claims(subject_type, subject_id);

-- Subjects on which two claims cannot both be true: their date ranges do not even overlap.
CREATE VIEW conflicts AS
    SELECT a.subject_type, a.subject_id, a.field,
           GROUP_CONCAT(DISTINCT a.value_text || ' (' || a.source_id || ')') AS summary
    FROM claims a JOIN claims b
      ON b.subject_type = a.subject_type AND b.subject_id = a.subject_id
     AND b.field = a.field AND (b.lo >= a.hi OR b.hi <= a.lo)
    GROUP BY a.subject_type, a.subject_id, a.field;

-- Full-text search. External-content tables (content="episodes" etc.): the index reads its
-- column values from the table it indexes, so Datasette links episodes_fts to episodes (its
-- ?_search= works) and nothing is stored twice. The double quotes matter: Datasette recognises
-- content="episodes" and content=[episodes], not content='episodes'. The store is read-only,
-- so no triggers: the builder fills each index once with 'rebuild'.
-- prefix='2 3' keeps prefix queries fast (see PERFORMANCE.md).
CREATE VIRTUAL TABLE episodes_fts USING fts5(
    episode_id UNINDEXED, title, summary, actors, quotes, content="episodes",
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    passage_id UNINDEXED, quote, locator, content="passages",
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE actors_fts USING fts5(
    actor_id UNINDEXED, name, aliases, note, content="actors",
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
