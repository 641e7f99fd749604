"""The PostgreSQL store gives what the TinyDB store gives for the same files:
the same article ids and records, the same facts, the same search result
sets (query language included), through the API and the command line.  Runs
against a real throwaway server; the bulk tests read ../shared at run time
and skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BULK, SEED_FILE, needs_bulk

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures


# 1,432 bulk articles of several formats (JSON Lines with and without titles,
# leads, raw HTML remnants, SogouCS, long broadcast transcripts): the four
# small files whole, and the first lines of two larger ones, written to a
# temporary folder under their own names at run time.
BULK_FILES = ("finance_portals_2026-06-12.jsonl", "peoplesdaily_2026-07-04_leads_truncated.jsonl",
              "sina_tech_2019_notitle.jsonl", "sohu_sogoucs_mini_2012.jsonl")
BULK_HEADS = {"xwlb_cctv_2023-03_rawhtml.jsonl": 500, "xwlb_cctv_2022.jsonl": 591}
BULK_RECORDS = 1432  # records; the same article twice (after folding) is stored once

DETAIL = 200   # results that carry their text-matched facts (search's default ``detail``)

SEED_QUERIES = [
    "渝",                    # one character
    "长寿",                  # two characters
    "新能源汽车",             # a longer term
    "changshou",             # full pinyin
    "cq",                    # pinyin initials
    "kind:money",            # a fact filter
    ">1亿",                  # a value filter
    "重庆 -汽车",             # exclusion
    "重庆 | 成都 year:2024",  # OR with a year filter
    '"产业转移"',              # a phrase
    "-重庆",                 # exclusion alone
]
# The ten: one character, two, pinyin (full and initials), fact
# filters, value bounds, exclusions, OR.
BULK_QUERIES = [
    "国", "经济", "jingji", "zg", "增长 kind:percent", ">=50%", "发展 -北京", "亿元 | 万元", "unit:元 >100亿",
    "科技 创新 -会议",
]


def _equal_search(tiny, pg, query: str) -> None:
    """The same matching articles, and for each the same matching facts
    (facts matched by text are given for the first 200 results only, whose
    order may differ between backends: compared when all are among them)."""
    from store import parse_query

    a = tiny.search(query, limit=0)
    b = pg.search(query, limit=0)
    ids_a = {hit["article_id"]: sorted(hit["fact_ids"]) for hit in a["results"]}
    ids_b = {hit["article_id"]: sorted(hit["fact_ids"]) for hit in b["results"]}
    assert set(ids_b) == set(ids_a), query
    assert b["total"] == a["total"] == len(ids_a), query
    if parse_query(query).filters or len(ids_a) <= DETAIL:
        assert ids_b == ids_a, query
        assert b["facts_total"] == a["facts_total"], query


def _equal_contents(tiny, pg) -> None:
    assert pg.counts() == tiny.counts()
    assert pg.catalog() == tiny.catalog()
    assert list(pg.articles()) == list(tiny.articles())
    assert pg.facts() == tiny.facts()
    assert [s["sha256"] for s in pg.sources()] == [s["sha256"] for s in tiny.sources()]


def _stores(tmp_path: Path, url: str):
    from store import open_store
    from store.pg import open_pg_store

    return open_store(tmp_path / "tiny" / "factdesk.json", seed=False), open_pg_store(url, seed=False)


def test_the_seed_gives_the_same_ids_facts_and_search_results(tmp_path: Path, pg_url: str) -> None:
    tiny, pg = _stores(tmp_path, pg_url)
    for store in (tiny, pg):
        store.reseed()
    _equal_contents(tiny, pg)
    for query in SEED_QUERIES:
        _equal_search(tiny, pg, query)


def _bulk_files(directory: Path) -> list[Path]:
    files = [BULK / name for name in BULK_FILES]
    for name, lines in BULK_HEADS.items():
        head = (BULK / name).read_text(encoding="utf-8").splitlines(keepends=True)[:lines]
        files.append(directory / name)
        files[-1].write_text("".join(head), encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def bulk_stores(tmp_path_factory: pytest.TempPathFactory, pg_server):
    """A TinyDB store and a PostgreSQL store fed the seed and the same
    1,432 bulk articles (built once for the tests below)."""
    from tests.pg_server import fresh_database

    if not BULK.is_dir():
        pytest.skip("../shared/corpus/bulk is not present")
    directory = tmp_path_factory.mktemp("bulk")
    tiny, pg = _stores(directory, fresh_database(pg_server))
    files = _bulk_files(directory)
    assert sum(len(f.read_text(encoding="utf-8").splitlines()) for f in files) == BULK_RECORDS
    for store in (tiny, pg):
        store.reseed()
        report = store.ingest_paths(files)
        assert not report.skipped
    return tiny, pg


@needs_bulk
def test_bulk_articles_give_the_same_ids_and_facts(bulk_stores) -> None:
    tiny, pg = bulk_stores
    assert BULK_RECORDS * 0.9 < pg.counts()["articles"] == tiny.counts()["articles"] <= BULK_RECORDS + 4
    _equal_contents(tiny, pg)


@needs_bulk
@pytest.mark.parametrize("query", SEED_QUERIES + BULK_QUERIES)
def test_bulk_articles_give_the_same_search_results(bulk_stores, query: str) -> None:
    _equal_search(*bulk_stores, query)


@needs_bulk
def test_the_command_line_prints_the_same_for_the_bulk_articles(bulk_stores, capsys) -> None:
    """`articles --json`, `facts --json` and `search … --limit 0 --json`,
    run as the command runs them (tui.cli.main), on both stores."""
    import json

    from tui.cli import main

    def out(store, *args: str) -> str:
        db = str(getattr(store, "url", store.path))
        assert main(["--db", db, *args]) == 0
        return capsys.readouterr().out

    tiny, pg = bulk_stores
    for command in (["articles", "--json"], ["facts", "--json"]):
        assert out(pg, *command) == out(tiny, *command), command
    for query in BULK_QUERIES:
        hits = [{(hit := json.loads(line))["article_id"]: sorted(f["id"] for f in hit["facts"] or [])
                 for line in out(store, "search", query, "--limit", "0", "--json").splitlines()}
                for store in (tiny, pg)]
        assert set(hits[1]) == set(hits[0]) and hits[0], query
        if len(hits[0]) <= DETAIL:  # every hit carries its matching facts
            assert hits[1] == hits[0], query


def test_hit_spans_are_the_same(tmp_path: Path, pg_url: str) -> None:
    tiny, pg = _stores(tmp_path, pg_url)
    for store in (tiny, pg):
        store.reseed()
        store.search("cq")  # opens the TinyDB index, whose vocabulary hit_spans uses
    text = SEED_FILE.read_text(encoding="utf-8")
    for query in ("重庆", "changshou 渝", "cq -汽车"):
        assert pg.hit_spans(text, query) == tiny.hit_spans(text, query)


def test_the_command_line_prints_the_same_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    import json
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    def out(db: str, *args: str) -> str:
        done = subprocess.run(factdesk_command() + ["--db", db, *args], capture_output=True, text=True, cwd=tmp_path,
                              env=child_env(), timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    file_db = str(tmp_path / "s.json")
    for db in (file_db, pg_url):
        out(db, "seed")
    for command in (["articles", "--json"], ["facts", "--json"]):
        assert out(pg_url, *command) == out(file_db, *command), command
    for query in ("changshou", "kind:money >1亿"):
        ids = [{json.loads(line)["article_id"] for line in out(db, "search", query, "--limit", "0", "--json").splitlines()}
               for db in (file_db, pg_url)]
        assert ids[0] == ids[1] and ids[0], query


def test_series_and_conflicts_read_as_written_on_both_backends(tmp_path: Path, pg_url: str, capsys) -> None:
    """Two reports disagreeing on one figure: the series and conflict lines (values as written, 1.0% not 1%)
    and their JSON are the same from PostgreSQL as from the embedded store."""
    from tests.test_cli import run

    for name, day, value in (("a.txt", "2024-02-01", "1.0%"), ("b.txt", "2024-02-03", "1.20%")):
        (tmp_path / name).write_text(f"重庆物价\n\n{day}\n\n2023年，重庆居民消费价格指数同比上涨{value}。\n", encoding="utf-8")
    file_db = str(tmp_path / "s.json")
    for db in (file_db, pg_url):
        assert run(capsys, "--db", db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))[0] == 0
    for command in (["series", "居民消费价格指数"], ["series", "居民消费价格指数", "--json"],
                    ["conflicts"], ["conflicts", "--json"]):
        pg, tiny = (run(capsys, "--db", db, *command) for db in (pg_url, file_db))
        assert pg == tiny and pg[0] == 0, command
    lines = run(capsys, "--db", file_db, "conflicts")[1]
    assert "1.0%" in lines and "1.20%" in lines, lines
