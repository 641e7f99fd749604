"""The PostgreSQL schema, its version and the migrations between versions.

An empty database gets the schema on first use.  ``factdesk_schema`` holds
the version; each entry of MIGRATIONS takes the schema from its index to the
next, and runs in one transaction under an advisory lock, so two processes
opening a fresh database at once do not both create it.

Search columns (see store.pg.search): ``norm_title``/``norm_body`` are the
texts after the search normaliser, with trigram GIN indexes for terms of three
or more characters; ``grams`` holds every distinct 1- and 2-character
substring of each, with a GIN index, for the shorter terms trigrams cannot
serve.  Facts are a table of their own with typed columns for the query
language's filters and, since schema 3, each fact's series columns (its
indicator key, exact value and precision: store.series.columns) so series,
conflicts and totals are queries (store.pg.series).

Sources are keyed as in the TinyDB store (store.db.source_keys): by the
file's full path, or by its name for the shipped pages, stdin and every
source stored before schema 2.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 10
SCHEMA_LOCK = 0x6661_6374_0001   # advisory lock keys: "fact" + purpose
WRITE_LOCK = 0x6661_6374_0002
CHANNEL = "factdesk_changed"

_V1 = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE factdesk_state (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    store_id text NOT NULL,
    generation bigint NOT NULL DEFAULT 0,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sources (
    file text PRIMARY KEY,
    sha256 text NOT NULL,
    record json NOT NULL
);
CREATE TABLE articles (
    seq bigserial UNIQUE,
    id text PRIMARY KEY,
    source_file text NOT NULL REFERENCES sources (file) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord integer NOT NULL,
    title text NOT NULL,
    date text,
    publication text,
    n_facts integer NOT NULL,
    n_chars integer NOT NULL,
    date_key integer NOT NULL,
    norm_title text NOT NULL,
    norm_body text NOT NULL,
    norm_subjects text NOT NULL,
    grams text[] NOT NULL,
    record json NOT NULL
);
CREATE INDEX articles_page_order ON articles (source_file, ord);
CREATE INDEX articles_title_trgm ON articles USING gin (norm_title gin_trgm_ops);
CREATE INDEX articles_body_trgm ON articles USING gin (norm_body gin_trgm_ops);
CREATE INDEX articles_grams ON articles USING gin (grams);
CREATE TABLE facts (
    article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord integer NOT NULL,
    id text NOT NULL,
    kind text,
    value double precision,
    value_high double precision,
    unit text,
    year integer NOT NULL,
    subject text,
    period text,
    norm_text text NOT NULL,
    record json NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX facts_id ON facts (id);
CREATE INDEX facts_kind_value ON facts (kind, value);
CREATE INDEX facts_unit ON facts (unit);
CREATE INDEX facts_year ON facts (year);
-- non-overlapping occurrences of a term in a text (the search ranking's
-- counts); byte lengths, which need no pass over the text
CREATE FUNCTION factdesk_count(haystack text, needle text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT (octet_length(haystack) - octet_length(replace(haystack, needle, ''))) / octet_length(needle) $$;
-- regexp_count for servers before PostgreSQL 15
CREATE FUNCTION factdesk_regexp_count(haystack text, pattern text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT count(*)::integer FROM regexp_matches(haystack, pattern, 'g') $$;
CREATE TABLE pinyin_vocab (
    word text PRIMARY KEY,
    count bigint NOT NULL,
    full_pinyin text NOT NULL,
    initials text NOT NULL
);
"""

# Version 2: a source is known by its key (full path, or name), not its name,
# so two same-named files in different folders are two sources.  Stored
# sources keep their name as key (store.db.source_keys: such a source is
# replaced once by the same-named file's first ingest).
_V2 = """
ALTER TABLE sources ADD COLUMN key text;
UPDATE sources SET key = file;
ALTER TABLE sources ALTER COLUMN key SET NOT NULL;
ALTER TABLE articles DROP CONSTRAINT articles_source_file_fkey;
ALTER TABLE sources DROP CONSTRAINT sources_pkey;
ALTER TABLE sources ADD PRIMARY KEY (key);
CREATE INDEX sources_file ON sources (file);
ALTER TABLE articles ADD COLUMN source_key text;
UPDATE articles SET source_key = source_file;
ALTER TABLE articles ALTER COLUMN source_key SET NOT NULL;
ALTER TABLE articles ADD CONSTRAINT articles_source_key_fkey FOREIGN KEY (source_key)
    REFERENCES sources (key) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
DROP INDEX articles_page_order;
CREATE INDEX articles_page_order ON articles (source_file, source_key, ord);
"""

# Version 3: each fact's series columns (store.series.columns), filled at
# ingest; series_facts is the view the series queries read, with the column
# names of the TinyDB series table, so both share their filter SQL.
_V3 = """
ALTER TABLE facts
    ADD COLUMN s_name text, ADD COLUMN s_entity text, ADD COLUMN s_family text, ADD COLUMN s_measure text,
    ADD COLUMN s_match text, ADD COLUMN s_named boolean, ADD COLUMN s_psort text, ADD COLUMN s_unit text,
    ADD COLUMN s_year integer, ADD COLUMN s_value text, ADD COLUMN s_high text, ADD COLUMN s_num double precision,
    ADD COLUMN s_num_high double precision, ADD COLUMN s_step text, ADD COLUMN s_qualifier text;
CREATE INDEX facts_series ON facts (s_name, s_entity, s_family, s_measure, s_psort) WHERE s_value IS NOT NULL;
CREATE INDEX facts_series_match ON facts USING gin (s_match gin_trgm_ops) WHERE s_value IS NOT NULL;
CREATE VIEW series_facts AS
    SELECT f.article_id, f.id AS fact_id, f.s_name AS name, f.s_entity AS entity, f.s_match AS match,
           f.s_family AS family, f.s_measure AS measure, f.s_named AS named, f.s_psort AS psort, f.kind,
           f.s_unit AS unit, f.unit AS unit_key, f.period, f.s_year AS year, f.s_value AS value,
           f.s_high AS value_high, f.s_num AS num, f.s_num_high AS num_high, f.s_step AS step,
           f.s_qualifier AS qualifier
    FROM facts f WHERE f.s_value IS NOT NULL;
"""


# Version 4: one article, several files (store.pg.shared): each article's
# content key, the files that hold an article another file owns, and the
# order sources were stored in (which of those files inherits an article).
_V4 = """
ALTER TABLE articles ADD COLUMN content_key text;
CREATE TABLE article_also (
    article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source_key text NOT NULL REFERENCES sources (key) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (source_key, article_id)
);
CREATE INDEX article_also_article ON article_also (article_id);
ALTER TABLE sources ADD COLUMN seq bigserial;
"""
# (after the fill: the fill's row updates would queue deferred checks that
# an index build in the same transaction refuses to run beside)
_V4_INDEX = "SET CONSTRAINTS ALL IMMEDIATE; CREATE INDEX articles_content_key ON articles (content_key)"


def _fill_content_keys(conn: Any) -> None:
    from store.pg.shared import fill_content_keys

    fill_content_keys(conn)


def _fill_series_columns(conn: Any) -> None:
    from store.pg.series_rows import fill_series_columns

    fill_series_columns(conn)


def _fill_period_order(conn: Any) -> None:
    from store.pg.series_rows import fill_period_order

    fill_period_order(conn)


# MIGRATIONS[n] takes the schema from version n to n + 1 (0: an empty
# database): SQL, or a function of the connection for what SQL cannot compute.
MIGRATIONS: list[list[str | Callable[[Any], None]]] = [
    [_V1], [_V2], [_V3, _fill_series_columns], [_V4, _fill_content_keys, _V4_INDEX],
    [_fill_series_columns],  # version 5: a fall's series value is signed (下降1.5% → -1.5)
    [_fill_period_order],  # version 6: periods sharing a start are ordered by their end (2024-01 < 2024Q1 < 2024)
    [_fill_series_columns],  # version 7: indicators as the series table names them (环比, brackets, headline places)
    [_fill_series_columns],  # version 8: national news's placeless figures are the country's (全国)
    [_fill_series_columns],  # version 9: a headline's part of the country (全国铁路…), numbered subjects (4·CPI)
    [_fill_series_columns]]  # version 10: a national outlet's headline on the national economy (国民经济运行…)


def current_version(conn: Any) -> int | None:
    """The schema version of the database, or None when it has none yet."""
    exists = conn.execute("SELECT to_regclass('factdesk_schema') IS NOT NULL").fetchone()[0]
    if not exists:
        return None
    row = conn.execute("SELECT max(version) FROM factdesk_schema").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def ensure_schema(conn: Any, server: str) -> bool:
    """Create or migrate the schema; True when the database was empty.
    ``conn`` is in autocommit mode; each step is its own transaction.  An
    older schema that this user may not change (a read-only role) is a
    ServerError saying so, not the server's bare "permission denied"."""
    import psycopg

    from store.errors import CorruptStoreError

    version = current_version(conn)
    if version == SCHEMA_VERSION:
        return False
    if version is not None and version > SCHEMA_VERSION:
        raise CorruptStoreError(
            f"{server}: written by a newer factdesk (schema {version}, this version reads up to {SCHEMA_VERSION})")
    try:
        return _create_or_migrate(conn, server)
    except psycopg.errors.InsufficientPrivilege as err:
        if not version:
            raise  # a new database this user may not fill: the server's own words say it
        from store.pg.connect import ServerError

        reason = str(err).strip().splitlines()[0]
        raise ServerError(
            f"{server}: the database's schema is version {version} and this factdesk needs {SCHEMA_VERSION}; "
            f"updating it needs a user allowed to change its tables (this one: {reason}) — open it once as "
            f"the database's owner") from None


def _create_or_migrate(conn: Any, server: str) -> bool:
    from store.errors import CorruptStoreError

    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS factdesk_schema (version integer PRIMARY KEY, "
                     "applied timestamptz NOT NULL DEFAULT now())")
        version = current_version(conn) or 0
        created = version == 0
        if created:
            has_tables = conn.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()[0]
            if has_tables:
                raise CorruptStoreError(f"{server}: the database has an 'articles' table but no factdesk schema; "
                                        f"use an empty database")
        for step in range(version, SCHEMA_VERSION):
            for change in MIGRATIONS[step]:
                if callable(change):
                    change(conn)
                else:
                    conn.execute(change)
            conn.execute("INSERT INTO factdesk_schema (version) VALUES (%s)", (step + 1,))
        if created:
            conn.execute("INSERT INTO factdesk_state (store_id) VALUES (%s)", (uuid.uuid4().hex,))
    return created
