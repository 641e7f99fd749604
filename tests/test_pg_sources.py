"""Sources on PostgreSQL are known as on TinyDB: by the file's full path, so
two same-named files in different folders are two sources with the same
article ids on both backends, and copying either way keeps them apart.  A
database of an older schema is migrated in place.  Against a real throwaway
server, never a mock."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_FILE
from tests.helpers_cli import write_jsonl

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures


def _same_named_files(tmp_path: Path) -> list[Path]:
    """Two folders, each with a news.jsonl; the same titles in both (so the
    ids made from name, position and title collide), different bodies."""
    files = []
    for n, folder in enumerate(("2024", "2025")):
        path = tmp_path / "feeds" / folder / "news.jsonl"
        path.parent.mkdir(parents=True)
        write_jsonl(path, 6, seed=10 + n)
        files.append(path)
    return files


def _open_both(tmp_path: Path, url: str):
    from store import open_store

    return open_store(tmp_path / "tiny" / "s.json", seed=False), open_store(url, seed=False)


def test_same_named_files_in_two_folders_are_two_sources_with_the_same_ids_on_both_backends(
        tmp_path: Path, pg_url: str) -> None:
    tiny, pg = _open_both(tmp_path, pg_url)
    files = _same_named_files(tmp_path)
    for store in (tiny, pg):
        assert store.ingest(files).added == 12
    assert pg.counts() == tiny.counts() and pg.counts()["sources"] == 2
    assert pg.catalog() == tiny.catalog()
    assert len({e["id"] for e in pg.catalog()}) == 12
    assert [s["key"] for s in pg.sources()] == [s["key"] for s in tiny.sources()] == [str(f) for f in files]
    assert pg.facts() == tiny.facts()
    for store in (tiny, pg):  # each file again: unchanged, not the other's replacement
        assert store.ingest(files).unchanged_sources == ["news.jsonl", "news.jsonl"]
    assert pg.catalog() == tiny.catalog()


def test_a_changed_file_replaces_only_its_own_articles(tmp_path: Path, pg_url: str) -> None:
    tiny, pg = _open_both(tmp_path, pg_url)
    files = _same_named_files(tmp_path)
    for store in (tiny, pg):
        store.ingest(files)
    write_jsonl(files[1], 4, seed=99)
    for store in (tiny, pg):
        report = store.ingest([files[1]])   # the first 4 titles (and so ids) are as before
        assert (report.added, report.removed) == (4, 2)
        assert store.counts()["articles"] == 10
    assert pg.catalog() == tiny.catalog()
    assert pg.check() == []


@pytest.mark.parametrize("direction", ["tinydb to postgresql", "postgresql to tinydb"])
def test_copy_keeps_same_named_sources_apart(tmp_path: Path, pg_url: str, direction: str) -> None:
    from store import open_store
    from store.pg.copy import copy_store

    tiny, pg = _open_both(tmp_path, pg_url)
    source, target_of = (tiny, lambda: pg) if direction.startswith("tinydb") else \
        (pg, lambda: open_store(tmp_path / "back" / "s.json", seed=False))
    source.ingest([SEED_FILE, *_same_named_files(tmp_path)])
    target = target_of()
    report = copy_store(source, target)
    assert report.copied_sources == [SEED_FILE.name, "news.jsonl", "news.jsonl"]
    target.reload()
    assert target.counts() == source.counts() == {"sources": 3, "articles": 16, "facts": source.counts()["facts"]}
    assert target.catalog() == source.catalog()
    assert target.facts() == source.facts()
    assert [s.get("key") for s in target.sources()] == [s.get("key") for s in source.sources()]
    assert copy_store(source, target).copied_sources == []   # copying again changes nothing


def _as_version_1(old_url: str, new_url: str) -> None:
    """Make ``old_url`` a schema-1 database holding what ``new_url`` holds
    (the columns schema 1 had): a store written by the previous factdesk."""
    import psycopg

    from store.pg.schema import MIGRATIONS

    tables = {
        "sources": "file, sha256, record",
        "articles": "seq, id, source_file, ord, title, date, publication, n_facts, n_chars, date_key, norm_title, "
                    "norm_body, norm_subjects, grams, record",
        "facts": "article_id, ord, id, kind, value, value_high, unit, year, subject, period, norm_text, record",
        "pinyin_vocab": "word, count, full_pinyin, initials",
    }
    with psycopg.connect(new_url) as new, psycopg.connect(old_url, autocommit=True) as old, old.transaction():
        for sql in MIGRATIONS[0]:
            old.execute(sql)
        old.execute("CREATE TABLE factdesk_schema (version integer PRIMARY KEY, applied timestamptz NOT NULL "
                    "DEFAULT now())")
        old.execute("INSERT INTO factdesk_schema (version) VALUES (1)")
        old.execute("INSERT INTO factdesk_state (store_id, generation) SELECT 'old', 1")
        for table, columns in tables.items():
            rows = new.execute(f"SELECT {columns.replace('record', 'record::text')} FROM {table}").fetchall()
            with old.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        old.execute("SELECT setval('articles_seq_seq', (SELECT max(seq) FROM articles))")


def test_a_schema_1_database_is_migrated_with_its_sources_and_series(tmp_path: Path, pg_url: str, pg_server) -> None:
    from store import open_store
    from tests.pg_server import fresh_database

    fresh = open_store(pg_url, seed=True)
    fresh.ingest([SEED_FILE])
    old_url = fresh_database(pg_server)
    _as_version_1(old_url, pg_url)
    migrated = open_store(old_url, seed=False)
    assert migrated.catalog() == fresh.catalog()
    assert migrated.facts() == fresh.facts()
    assert migrated.series("新能源汽车产量") == fresh.series("新能源汽车产量")
    assert migrated.series("kind:money,count") == fresh.series("kind:money,count")
    assert migrated.totals("unit:辆") == fresh.totals("unit:辆")
    assert migrated.ingest([SEED_FILE]).unchanged_sources == [SEED_FILE.name]   # known by name, as before
    assert migrated.check() == []


# ---------------------------------------------------------------- one article, several files

PAGE = "# 新能源汽车产量大增\n\n全市新能源汽车产量达到95.3万辆，同比增长22.2%。\n"
OTHER = "# 港口吞吐量创新高\n\n全年港口货物吞吐量2.1亿吨，增长3.5%。\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _same_on_both(tiny, pg) -> None:
    assert pg.counts() == tiny.counts()
    assert pg.catalog() == tiny.catalog()
    assert list(pg.articles()) == list(tiny.articles())
    assert pg.facts() == tiny.facts()
    assert [(s["file"], s["articles"]) for s in pg.sources()] == [(s["file"], s["articles"]) for s in tiny.sources()]


def _sources_of(store, title: str) -> list[str]:
    [entry] = [e for e in store.catalog() if e["title"] == title]
    return [ref["file"] for ref in store.article(entry["id"])["sources"]]


def test_one_article_in_two_files_is_one_article_listing_both_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    tiny, pg = _open_both(tmp_path, pg_url)
    a, b = _write(tmp_path / "in" / "a.txt", PAGE), _write(tmp_path / "in" / "b.txt", PAGE)
    for store in (tiny, pg):
        report = store.ingest([a, b])
        assert (report.added, report.merged) == (1, 1)
        assert _sources_of(store, "新能源汽车产量大增") == ["a.txt", "b.txt"]
    _same_on_both(tiny, pg)
    for store in (tiny, pg):
        assert store.ingest([b, a]).unchanged_sources == ["b.txt", "a.txt"]
    assert pg.check() == []


def test_changing_either_file_keeps_the_article_the_other_holds_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    tiny, pg = _open_both(tmp_path, pg_url)
    a, b = _write(tmp_path / "in" / "a.txt", PAGE), _write(tmp_path / "in" / "b.txt", PAGE + "\n" + OTHER)
    for store in (tiny, pg):
        store.ingest([a, b])
    [first] = [e["id"] for e in pg.catalog() if e["title"] == "新能源汽车产量大增"]
    _write(a, OTHER)  # the first file now holds the other article: the shared one moves to b.txt
    for store in (tiny, pg):
        store.ingest([a])
        assert _sources_of(store, "新能源汽车产量大增") == ["b.txt"]
        assert _sources_of(store, "港口吞吐量创新高") == ["b.txt", "a.txt"]
    assert [e["id"] for e in pg.catalog() if e["title"] == "新能源汽车产量大增"] == [first]
    _same_on_both(tiny, pg)
    _write(a, PAGE)  # and back
    for store in (tiny, pg):
        store.ingest([a])
        assert sorted(_sources_of(store, "新能源汽车产量大增")) == ["a.txt", "b.txt"]
    _same_on_both(tiny, pg)
    _write(b, OTHER)  # the second file drops out of the shared article's sources
    for store in (tiny, pg):
        store.ingest([b])
    _same_on_both(tiny, pg)
    assert pg.check() == []
