"""The Store contract: what every store implementation does, as the app and
the CLI rely on it (``store.protocol``).

Each test runs against every backend in ``BACKENDS``, each holding the seed
page (four articles) at the start.  Adding an implementation (PostgreSQL …)
is one more ``Backend`` entry: how to open a fresh seeded store, and how to
open a second handle on the same store, as another process would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import store as api
from store import (
    FACT_COLUMNS,
    KINDS,
    IngestReport,
    QueryError,
    Store,
    StoreReader,
    open_store,
    parse_query,
)
from tests.conftest import SEED_FILE
from tests.fake_store import FakeStore

pytest_plugins = ("tests.pg_server",)  # the PostgreSQL backend's server, stopped with the session


@dataclass(frozen=True)
class Backend:
    name: str
    open_seeded: Callable[[Path], Store]  # a new store in this (empty) directory, seeded from the seed page
    second_handle: Callable[[Store], Store]  # the same store opened again, as by another process


def _fake_seeded(directory: Path) -> Store:
    fake = FakeStore(directory / "fake.json", empty=True)
    fake.reseed()
    return fake


def _postgres_seeded(directory: Path) -> Store:
    from tests.pg_server import fresh_database, shared_server

    return open_store(fresh_database(shared_server()))  # skips when no server is installed


BACKENDS = [
    Backend("tinydb", lambda d: open_store(d / "factdesk.json"), lambda s: open_store(s.path, seed=False)),
    Backend("fake", _fake_seeded, lambda s: s.same_disk()),  # type: ignore[attr-defined]
    Backend("postgresql", _postgres_seeded, lambda s: open_store(s.url, seed=False)),  # type: ignore[attr-defined]
]


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def backend(request: pytest.FixtureRequest) -> Backend:
    return request.param


@pytest.fixture
def seeded(backend: Backend, tmp_path: Path) -> Store:
    return backend.open_seeded(tmp_path)


def _page(tmp_path: Path, name: str, title: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return path


NEW_BODY = "全市新增企业1200余家，同比增长5.7%。返还资金17.8亿元。"
SEED_TITLES = 4


# ---------------------------------------------------------------- the protocol


def test_a_store_satisfies_the_protocol(seeded):
    assert isinstance(seeded, Store) and isinstance(seeded, StoreReader)
    assert isinstance(seeded.path, (Path, str)) and isinstance(seeded.token, str)  # str: a server's address


def test_the_public_face_exports_what_the_app_needs():
    for name in ("open_store", "Store", "StoreReader", "Article", "CatalogEntry", "Fact", "SearchHit",
                 "SearchResults", "IngestReport", "StoreError", "QueryError", "Query", "parse_query"):
        assert getattr(api, name) is not None, name


# ---------------------------------------------------------------- reading


def test_the_catalog_lists_every_article_once_in_page_order(seeded):
    catalog = seeded.catalog()
    assert len(catalog) == SEED_TITLES
    assert len({entry["id"] for entry in catalog}) == len(catalog)
    assert [entry["order"] for entry in catalog] == list(range(len(catalog)))  # one source: its order
    for entry in catalog:
        assert set(entry) == {"id", "title", "date", "publication", "source", "order", "n_facts", "n_chars"}
        assert isinstance(entry["title"], str) and entry["title"]
        assert entry["date"] is None or len(entry["date"]) == 10
        assert entry["source"] == SEED_FILE.name
        assert isinstance(entry["n_facts"], int) and isinstance(entry["n_chars"], int)


def test_counts_agree_with_the_catalog_and_the_facts(seeded):
    catalog = seeded.catalog()
    counts = seeded.counts()
    assert counts == {"sources": len(seeded.sources()), "articles": len(catalog),
                      "facts": sum(entry["n_facts"] for entry in catalog)}
    assert counts["facts"] == len(seeded.facts()) > 0


def test_an_article_has_its_text_and_the_fields_of_the_record(seeded):
    for entry in seeded.catalog():
        article = seeded.article(entry["id"])
        assert article is not None
        assert {"id", "title", "sections", "byline", "reporters", "captions", "body", "source", "publication",
                "date", "order"} <= set(article)
        assert article["id"] == entry["id"] and article["title"] == entry["title"]
        assert len(article["body"]) == entry["n_chars"]
        assert article["source"]["file"] == entry["source"] and len(article["source"]["sha256"]) == 64
        for section in article["sections"]:
            assert article["body"][section["start"]:].startswith(section["heading"])


def test_articles_streams_every_article_in_catalog_order(seeded):
    assert [a["id"] for a in seeded.articles()] == [entry["id"] for entry in seeded.catalog()]


def test_an_unknown_id_has_no_article_and_no_facts(seeded):
    assert seeded.article("no-such-article") is None
    assert seeded.facts("no-such-article") == []


def test_every_fact_points_at_its_figure_in_its_article(seeded):
    for entry in seeded.catalog():
        article = seeded.article(entry["id"])
        facts = seeded.facts(entry["id"])
        assert len(facts) == entry["n_facts"]
        for fact in facts:
            assert set(fact) <= set(FACT_COLUMNS)
            assert fact["article_id"] == entry["id"] and fact["kind"] in KINDS
            text = article["title"] if fact["where"] == "title" else article["body"]
            assert text[fact["start"]:fact["end"]] == fact["surface"]
            if fact["kind"] != "date":  # a date's value is its ISO text
                assert fact["value"] is None or isinstance(fact["value"], (int, float))
        json.dumps(facts, ensure_ascii=False)  # records are plain JSON


def test_facts_of_every_article_come_in_page_order_and_filter_by_kind(seeded):
    catalog = seeded.catalog()
    assert seeded.facts() == [f for entry in catalog for f in seeded.facts(entry["id"])]
    kind = seeded.facts()[0]["kind"]
    assert seeded.facts(kind=kind) == [f for f in seeded.facts() if f["kind"] == kind]


def test_every_fact_streams_as_the_whole_listing_gives_them(seeded):
    each = seeded.each_fact()
    assert iter(each) is each  # a stream, not a list held whole
    assert list(each) == seeded.facts()
    kind = seeded.facts()[-1]["kind"]
    assert list(seeded.each_fact(kind)) == seeded.facts(kind=kind)


# ---------------------------------------------------------------- search


def test_search_results_have_the_hit_shape_and_respect_the_limit(seeded):
    result = seeded.search("重庆", limit=2)
    assert set(result) >= {"total", "facts_total", "results"}
    assert result["total"] > 2 and len(result["results"]) == 2
    ids = {entry["id"] for entry in seeded.catalog()}
    for hit in result["results"]:
        assert set(hit) >= {"article_id", "title", "score", "hits", "snippets", "fact_ids", "facts"}
        assert hit["article_id"] in ids and hit["hits"] >= 1
        assert all(isinstance(s, str) for s in hit["snippets"])
        own = {f["id"] for f in seeded.facts(hit["article_id"])}
        assert set(hit["fact_ids"]) <= own
        assert [f["id"] for f in hit["facts"]] == [i for i in hit["fact_ids"]]


def test_a_term_in_no_article_finds_nothing(seeded):
    result = seeded.search("这个词不在任何文章里")
    assert result["total"] == 0 and list(result["results"]) == []


def test_without_facts_a_search_gives_ids_only(seeded):
    for hit in seeded.search("重庆", facts=False)["results"]:
        assert hit["facts"] == []


def test_a_kind_filter_keeps_only_facts_of_that_kind(seeded):
    result = seeded.search("kind:percent")
    assert result["total"] > 0
    for hit in result["results"]:
        assert hit["fact_ids"] and all(f["kind"] == "percent" for f in hit["facts"])


def test_a_malformed_query_raises_query_error(seeded):
    with pytest.raises(QueryError):
        seeded.search("kind:nosuchkind")
    with pytest.raises(QueryError):
        seeded.search("重庆 |")


def test_a_parsed_query_searches_like_its_text(seeded):
    text = "重庆 kind:money"
    by_text = seeded.search(text)
    by_query = seeded.search(parse_query(text))
    assert [h["article_id"] for h in by_query["results"]] == [h["article_id"] for h in by_text["results"]]


def test_hit_spans_mark_each_occurrence_of_the_terms(seeded):
    text = "重庆发布：重庆新能源汽车产量增长。"
    spans = seeded.hit_spans(text, "重庆")
    assert [text[s:e] for s, e in spans] == ["重庆", "重庆"]
    assert spans == sorted(spans) and seeded.hit_spans(text, parse_query("重庆")) == spans
    assert seeded.hit_spans(text, "kind:nosuchkind") == []


# ---------------------------------------------------------------- writing


def test_reseeding_an_unchanged_store_changes_nothing(seeded):
    before = (seeded.counts(), seeded.token)
    report = seeded.reseed()
    assert isinstance(report, IngestReport)
    assert report.unchanged_sources == [SEED_FILE.name] and report.added == 0 and not report.skipped
    assert (seeded.counts(), seeded.token) == before


def test_ingesting_a_page_adds_its_article_with_facts(seeded, tmp_path):
    before = seeded.counts()
    token = seeded.token
    report = seeded.ingest([_page(tmp_path, "new.txt", "新的文章", NEW_BODY)])
    assert report.ingested_sources == ["new.txt"] and report.added == 1 and report.facts >= 3
    assert seeded.counts()["articles"] == before["articles"] + 1
    assert seeded.counts()["facts"] == before["facts"] + report.facts
    assert seeded.token != token
    [entry] = [e for e in seeded.catalog() if e["source"] == "new.txt"]
    assert any(f["surface"] == "17.8亿元" for f in seeded.facts(entry["id"]))
    assert seeded.search("新的文章")["results"][0]["article_id"] == entry["id"]


def test_a_file_that_cannot_be_used_is_reported_not_raised(seeded, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = seeded.counts()
    report = seeded.ingest([empty, tmp_path / "missing.txt"])
    assert sorted(path for path, _ in report.skipped) == sorted([str(empty), str(tmp_path / "missing.txt")])
    assert report.failed and seeded.counts() == before


def test_an_extractor_failure_on_one_record_does_not_stop_the_archive(seeded, tmp_path, monkeypatch):
    import store.facts

    real = store.facts.article_facts

    def fails_on_the_second(article):
        if article["title"] == "第二篇":
            raise RuntimeError("extractor bug")
        return real(article)

    monkeypatch.setattr(store.facts, "article_facts", fails_on_the_second)
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(json.dumps({"title": t, "body": NEW_BODY}, ensure_ascii=False)
                                 for t in ("第一篇", "第二篇", "第三篇")), encoding="utf-8")
    report = seeded.ingest([archive])
    assert report.added == 3 and report.ingested_sources == ["archive.jsonl"]
    [(path, reason)] = report.skipped
    assert path == str(archive) and "record 2" in reason and "RuntimeError" in reason
    by_title = {e["title"]: e for e in seeded.catalog() if e["source"] == "archive.jsonl"}
    assert by_title["第二篇"]["n_facts"] == 0 and seeded.article(by_title["第二篇"]["id"]) is not None
    assert by_title["第一篇"]["n_facts"] > 0 and by_title["第三篇"]["n_facts"] > 0


def test_another_process_s_commit_is_seen_after_reload(backend, seeded, tmp_path):
    other = backend.second_handle(seeded)
    assert not seeded.changed_on_disk()
    other.ingest([_page(tmp_path, "elsewhere.txt", "另一个进程的文章", NEW_BODY)])
    assert seeded.changed_on_disk()
    assert seeded.counts()["articles"] == SEED_TITLES  # the state read until reload
    seeded.reload()
    assert not seeded.changed_on_disk()
    assert seeded.counts()["articles"] == SEED_TITLES + 1 and seeded.token == other.token


def test_check_repairs_what_it_can_and_then_finds_nothing(seeded):
    problems = seeded.check(fix=True)
    assert all(isinstance(problem, str) for problem in problems)
    assert seeded.check() == []


# ---------------------------------------------------------------- finding articles: date:, pub:, source:

WIRE_FILE = "wire-archive.jsonl"
WIRE = [  # (title, date, publication): an archive beside the seed page
    ("六月的区县报道", "2024-06-30", "山城日报"),
    ("一月的开局报道", "2025-01-15", "ＳＨＡＮＧＨＡＩ Daily"),
    ("没有日期的评论", None, "山城日报"),
]


def _with_wire(store: Store, tmp_path: Path) -> dict[str, str]:
    """The store with the wire archive ingested; its articles' ids by title."""
    archive = tmp_path / WIRE_FILE
    lines = [{"title": title, "body": f"{title}：{NEW_BODY}", "publication": pub, **({"date": date} if date else {})}
             for title, date, pub in WIRE]
    archive.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    assert store.ingest([archive]).added == len(WIRE)
    return {e["title"]: e["id"] for e in store.catalog() if e["source"] == WIRE_FILE}


def _found(store: Store, query: str) -> set[str]:
    result = store.search(query, limit=0, facts=False)
    ids = {hit["article_id"] for hit in result["results"]}
    assert result["total"] == len(ids)
    return ids


def _dated(store: Store, first: str, last: str) -> set[str]:
    return {e["id"] for e in store.catalog() if e["date"] is not None and first <= e["date"] <= last}


def test_a_date_finds_the_articles_published_that_day_month_or_year(seeded, tmp_path):
    _with_wire(seeded, tmp_path)
    day = seeded.catalog()[0]["date"]
    assert _found(seeded, f"date:{day}") == _dated(seeded, day, day) != set()
    assert _found(seeded, f"date:{day[:7]}") == _dated(seeded, day[:7] + "-01", day[:7] + "-31")
    assert _found(seeded, "date:2024") == _dated(seeded, "2024-01-01", "2024-12-31") != set()
    assert _found(seeded, "date:2023") == set()


def test_a_date_range_is_inclusive_open_ends_included(seeded, tmp_path):
    _with_wire(seeded, tmp_path)
    assert _found(seeded, "date:2024-06-30..2025-01-15") == _dated(seeded, "2024-06-30", "2025-01-15")
    assert len(_found(seeded, "date:2024-06-30..2025-01-15")) == 2
    assert _found(seeded, "date:2024..2025-06") == _dated(seeded, "2024-01-01", "2025-06-30")
    assert _found(seeded, "date:..2024-12-31") == _dated(seeded, "0001-01-01", "2024-12-31")
    assert _found(seeded, "date:2025-01-01..") == _dated(seeded, "2025-01-01", "9999-12-31")


def test_an_article_without_a_date_never_matches_a_date(seeded, tmp_path):
    ids = _with_wire(seeded, tmp_path)
    undated = ids["没有日期的评论"]
    assert seeded.article(undated)["date"] is None
    assert undated in _found(seeded, "没有日期")
    for query in ("date:..9999", "date:0001..", "没有日期 date:1900..2100"):
        assert undated not in _found(seeded, query)


def test_a_date_is_the_article_s_not_its_facts(seeded, tmp_path):
    ids = _with_wire(seeded, tmp_path)
    assert _found(seeded, "kind:percent date:2024-06") == {ids["六月的区县报道"]}
    seed_page = {e["id"] for e in seeded.catalog() if e["source"] == SEED_FILE.name}
    assert _found(seeded, "year:2024") & seed_page  # the seed page's figures of 2024 …
    assert not _found(seeded, "date:2024") & seed_page  # … in articles of 2025


def test_pub_finds_a_publication_by_a_normalised_part_of_its_name(seeded, tmp_path):
    ids = _with_wire(seeded, tmp_path)
    assert _found(seeded, "pub:山城") == {ids["六月的区县报道"], ids["没有日期的评论"]}
    assert _found(seeded, "pub:shanghai") == _found(seeded, "pub:ＤＡＩＬＹ") == {ids["一月的开局报道"]}
    assert _found(seeded, 'pub:"shanghai daily"') == {ids["一月的开局报道"]}
    seed_pub = seeded.catalog()[0]["publication"]
    assert _found(seeded, f"pub:{seed_pub}") == {e["id"] for e in seeded.catalog() if e["publication"] == seed_pub}
    assert _found(seeded, "pub:不存在的报纸") == set()


def test_source_finds_the_articles_of_a_source_file(seeded, tmp_path):
    ids = _with_wire(seeded, tmp_path)
    assert _found(seeded, "source:WIRE-ARCHIVE") == set(ids.values())
    assert _found(seeded, f"source:{SEED_FILE.name[:8]}") == {e["id"] for e in seeded.catalog()
                                                              if e["source"] == SEED_FILE.name}
    assert _found(seeded, "source:no-such-file") == set()


def test_article_fields_combine_with_terms_fact_filters_and_each_other(seeded, tmp_path):
    ids = _with_wire(seeded, tmp_path)
    day = seeded.catalog()[0]["date"]
    both = _found(seeded, f"重庆 kind:money date:{day}")
    assert both == _found(seeded, "重庆 kind:money") & _dated(seeded, day, day) != set()
    assert _found(seeded, "返还资金 pub:山城 date:2024") == {ids["六月的区县报道"]}
    assert _found(seeded, "pub:山城 -六月") == {ids["没有日期的评论"]}
    with_facts = seeded.search(f"kind:money date:{day}")
    assert all(hit["fact_ids"] for hit in with_facts["results"])


def test_malformed_or_excluded_article_fields_raise_query_error(seeded):
    for bad in ("date:2025-13", "date:abc", "date:2025-12..2025-11", "-date:2025", "date:2025 | 重庆", "pubb:x"):
        with pytest.raises(QueryError):
            seeded.search(bad)


def test_date_and_pub_select_the_figures_of_a_series_by_their_article(seeded):
    rows = seeded.series("新能源汽车产量")
    day, pub = rows[0]["date"], rows[0]["publication"]
    assert seeded.series(f"新能源汽车产量 date:{day}") == [r for r in rows if r["date"] == day] != []
    assert seeded.series("新能源汽车产量 date:..1999") == []
    assert seeded.series(f"新能源汽车产量 pub:{pub[1:]}") == [r for r in rows if pub[1:] in (r["publication"] or "")]
    assert seeded.series("新能源汽车产量 pub:不存在的报纸") == []
    assert seeded.conflicts("date:..1999") == []


def test_source_does_not_apply_to_series_and_conflicts(seeded):
    for read in (seeded.series, seeded.conflicts):
        with pytest.raises(QueryError, match="source: does not apply"):
            read(f"新能源汽车产量 source:{SEED_FILE.name}")


def test_totals_with_article_fields_count_the_facts_their_search_matches(seeded):
    day = seeded.catalog()[0]["date"]
    for query in (f"kind:money date:{day}", f"kind:money pub:{seeded.catalog()[0]['publication']}",
                  f"kind:money source:{SEED_FILE.name}", "kind:money date:..1999"):
        hits = seeded.search(query, limit=0, facts=False)["results"]
        counted = sum(t["count"] + t.get("repeats", 0) for t in seeded.totals(query))  # headline repeats aside
        assert counted == sum(len(h["fact_ids"]) for h in hits), query


def test_source_finds_an_article_by_any_of_the_files_it_came_from(seeded, tmp_path):
    page = "# 两个文件里的同一篇报道\n\n全市新增企业1200余家，同比增长5.7%。\n"
    for name in ("first-copy.txt", "second-copy.txt"):
        (tmp_path / name).write_text(page, encoding="utf-8")
    seeded.ingest([tmp_path / "first-copy.txt", tmp_path / "second-copy.txt"])

    def files(article_id: str) -> list[str]:
        article = seeded.article(article_id)
        return [ref["file"] for ref in article.get("sources") or [article["source"]]]

    for name in ("first-copy", "second-copy"):
        found = _found(seeded, f"source:{name}")
        holding = {e["id"] for e in seeded.catalog() if any(name in f for f in files(e["id"]))}
        assert found == holding and len(found) == 1


# ---------------------------------------------------------------- value filters read qualifiers (store.search.qualified)

QUALIFIED_FILE = "qualified.jsonl"
QUALIFIED = (  # one figure an article: a qualified figure states more or less than its number
    "甲区达标企业占比不足47%。", "乙区达标企业占比超过47%。", "丙区达标企业占比约47%。", "丁区达标企业占比近47%。",
    "戊区达标企业占比47%。", "己区达标企业占比47%以上。", "庚区达标企业占比47%左右。",
    "该公司净亏损超过2.3亿元。", "当地气温零下二十多摄氏度。", "山顶气温-20℃以下。", "参会人数3000多人。",
)


def _stated(store: Store, tmp_path: Path, query: str) -> set[str]:
    """The surfaces of the qualified archive's facts that `query` finds (the archive ingested once)."""
    if not any(e["source"] == QUALIFIED_FILE for e in store.catalog()):
        archive = tmp_path / QUALIFIED_FILE
        archive.write_text("\n".join(json.dumps({"title": f"第{i}条", "body": body}, ensure_ascii=False)
                                     for i, body in enumerate(QUALIFIED)), encoding="utf-8")
        assert store.ingest([archive]).added == len(QUALIFIED)
    ours = {e["id"] for e in store.catalog() if e["source"] == QUALIFIED_FILE}
    return {f["surface"] for hit in store.search(query, limit=0)["results"] if hit["article_id"] in ours
            for f in hit["facts"]}


def test_a_figure_stated_below_its_number_never_meets_a_bound_at_or_over_it(seeded, tmp_path):
    assert _stated(seeded, tmp_path, ">=47%") == {"超过47%", "约47%", "47%", "47%以上", "47%左右"}
    assert _stated(seeded, tmp_path, "<47%") == {"不足47%", "近47%"}
    assert _stated(seeded, tmp_path, "<=60%") >= {"不足47%", "近47%"}
    assert {"不足47%", "近47%"} <= _stated(seeded, tmp_path, ">=40%")  # nearly 47 is still over 40


def test_a_figure_stated_above_its_number_meets_a_strict_bound_at_it_and_no_upper_bound_at_it(seeded, tmp_path):
    assert _stated(seeded, tmp_path, ">47%") == {"超过47%", "47%以上"}
    assert _stated(seeded, tmp_path, "<=47%") == {"不足47%", "约47%", "近47%", "47%", "47%左右"}
    assert {"超过47%", "47%以上"} <= _stated(seeded, tmp_path, "<=50%")
    assert _stated(seeded, tmp_path, "=47%") == {"约47%", "47%", "47%左右"}  # an estimate is read as its number
    assert _stated(seeded, tmp_path, "40%..47%") == {"不足47%", "约47%", "近47%", "47%", "47%左右"}
    assert _stated(seeded, tmp_path, ">=3000") >= {"3000多人"}
    assert "3000多人" in _stated(seeded, tmp_path, "count<=5000") - _stated(seeded, tmp_path, "count<=3000")


def test_a_qualifier_of_a_negative_figure_speaks_of_its_size_or_of_the_line(seeded, tmp_path):
    assert "超过2.3亿元" in _stated(seeded, tmp_path, "<-2.3亿") - _stated(seeded, tmp_path, ">=-2.3亿")  # a loss over 2.3亿
    assert "零下二十多摄氏度" in _stated(seeded, tmp_path, "<-20") - _stated(seeded, tmp_path, "=-20")
    assert "-20℃以下" in _stated(seeded, tmp_path, "<-20") - _stated(seeded, tmp_path, ">=-20")  # colder than −20


def test_a_series_reads_a_qualified_figure_as_the_search_does(seeded, tmp_path):
    _stated(seeded, tmp_path, "")
    shares = {q: {r["qualifier"] or "" for r in seeded.series(f"达标企业占比 {q}")} for q in (">=47%", "<47%", ">47%")}
    assert shares == {">=47%": {"超过", "约", "", "以上", "左右"}, "<47%": {"不足", "近"}, ">47%": {"超过", "以上"}}


# ---------------------------------------------------------------- repeated records

def test_a_record_repeated_in_one_file_is_stored_once_and_said_where_without_a_problem(seeded, tmp_path):
    archive = tmp_path / "repeats.jsonl"
    once = {"title": "重复的报道", "body": NEW_BODY}
    lines = [once, {"title": "另一篇报道", "body": "全区新增企业300家。"}, once,
             {**once, "body": NEW_BODY.replace("，", "， ")}, {**once, "date": "2024-06-30"}]  # the same content key
    archive.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    report = seeded.ingest([archive])
    assert report.added == 2 and report.repeated == 3 and not report.skipped and not report.partial
    [(path, said)] = report.notices
    assert path == str(archive) and said.startswith("3 repeated records left out")
    assert f"{archive}:3, {archive}:4, {archive}:5" in said
    assert [e["title"] for e in seeded.catalog() if e["source"] == archive.name].count("重复的报道") == 1


def test_an_article_found_by_a_filter_alone_never_shows_one_clause_twice(backend, seeded):
    """Two facts of one sentence (4.3万辆 and 95.3万辆, both of 2024's
    series) gave `factdesk search year:2024` the same snippet twice."""
    if backend.name == "fake":
        pytest.skip("the fake store makes no snippets")
    hits = seeded.search("year:2024", limit=0)["results"]
    assert hits
    for hit in hits:
        assert len(hit["snippets"]) == len(set(hit["snippets"])), hit["snippets"]
    seed = next(h for h in hits if "新能源汽车产量" in "".join(h["snippets"]))
    assert len(seed["snippets"]) == 2
