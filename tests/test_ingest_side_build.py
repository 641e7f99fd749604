"""A large first ingest builds its search index inside the commit while a
second process builds the series table and counts the index's pinyin
vocabulary; the result is the same store as one built in a single process,
and both are current when ingest returns."""

from __future__ import annotations

import json
from contextlib import contextmanager
from functools import partial

import pytest

from store import open_store
from store.db import side_build
from store.db import store as db_store
from store.series.table import SeriesTable

FIGURES = ["全市新增企业{n}家，同比增长5.7%。", "重庆新能源汽车产量2024年达到{n}万辆。", "地区生产总值{n}亿元，增长6.1%。"]


def archive(path, n: int):
    lines = [json.dumps({"title": f"第{i}期经济快报", "body": FIGURES[i % 3].format(n=100 + i), "date": "2024-05-01"},
                        ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def built(tmp_path, name: str, threshold: int, monkeypatch, build_index: bool = True):
    monkeypatch.setattr(db_store, "SIDE_BUILD_MIN_ARTICLES", threshold)
    store = open_store(tmp_path / name / "s.json", seed=False)
    store.ingest([archive(tmp_path / "a.jsonl", 12)], build_index=build_index)
    return store


def series_token(store) -> str | None:
    table = SeriesTable.open(store.dir / "series" / "series.sqlite")
    if table is None:
        return None
    try:
        return table.token
    finally:
        table.close()


def test_series_built_aside_equals_the_one_built_in_process(tmp_path, monkeypatch):
    started = []
    start = side_build.series_built_aside

    def recording(path):
        started.append(path)
        return start(path)

    monkeypatch.setattr(db_store, "series_built_aside", recording)
    aside = built(tmp_path, "aside", 5, monkeypatch, build_index=False)
    assert started == [aside.path]
    assert series_token(aside) == aside.token  # built by the child, within the commit
    here = built(tmp_path, "here", 10_000, monkeypatch)
    assert len(started) == 1
    assert aside.series("企业") == here.series("企业") != []
    assert [hit["title"] for hit in aside.search("经济快报", limit=0)["results"]] \
        == [hit["title"] for hit in here.search("经济快报", limit=0)["results"]]


@pytest.mark.parametrize("threshold", [5, 10_000])
def test_index_and_series_are_current_when_ingest_returns(tmp_path, monkeypatch, threshold):
    store = built(tmp_path, "s", threshold, monkeypatch)
    assert series_token(store) == store.token
    assert store.check() == []


def test_a_large_archive_into_a_store_holding_the_seed_page_is_built_aside(tmp_path, monkeypatch):
    started = []
    start = side_build.series_built_aside
    monkeypatch.setattr(db_store, "series_built_aside", lambda path: started.append(path) or start(path))
    monkeypatch.setattr(db_store, "SIDE_BUILD_MIN_ARTICLES", 5)
    store = open_store(tmp_path / "s" / "s.json", seed=True)
    seeded = len(store.catalog())
    assert 0 < seeded < 12
    store.ingest([archive(tmp_path / "a.jsonl", 12)])
    assert started == [store.path]
    assert series_token(store) == store.token
    assert store.check() == []
    assert store.series("企业") != []


@pytest.mark.parametrize(("added", "stored", "aside"), [(2_000, 2_000, True), (2_000, 2_010, True),
                                                       (2_000, 4_000, True), (2_000, 4_001, False),
                                                       (1_999, 1_999, False), (10, 100_000, False)])
def test_a_commit_is_built_aside_when_it_brings_most_of_a_large_store(added, stored, aside):
    assert side_build.builds_aside(added, stored) is aside


def test_a_small_addition_to_a_large_store_updates_in_place(tmp_path, monkeypatch):
    started = []
    start = side_build.series_built_aside
    monkeypatch.setattr(db_store, "series_built_aside", lambda path: started.append(path) or start(path))
    store = built(tmp_path, "s", 5, monkeypatch)
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({"title": "又一期经济快报", "body": "全市新增工厂42家。", "date": "2024-05-02"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    store.ingest([more])
    assert started == [store.path]  # the first ingest only
    assert series_token(store) == store.token


def test_a_child_that_fails_leaves_the_table_to_be_built_by_a_writer(tmp_path, monkeypatch):
    monkeypatch.setattr(db_store, "series_built_aside", partial(side_build.series_built_aside, job=_fail))
    store = built(tmp_path, "s", 5, monkeypatch, build_index=False)
    assert series_token(store) != store.token
    assert store.series("企业") != []  # a reader reads around it, writing nothing
    assert series_token(store) != store.token
    store.prepare_series()  # a writer's (the next ingest's, check --fix's)
    assert series_token(store) == store.token


def vocabulary(store) -> dict:
    directory = store.dir / "index"
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    return json.loads((directory / manifest["vocab"]).read_text(encoding="utf-8"))


def test_the_vocabulary_counted_aside_equals_the_one_counted_in_process(tmp_path, monkeypatch):
    received = []

    @contextmanager
    def recording(path):
        with side_build.series_built_aside(path) as counted:
            yield lambda: received.append(counted()) or received[-1]

    monkeypatch.setattr(db_store, "series_built_aside", recording)
    aside = built(tmp_path, "aside", 5, monkeypatch)
    here = built(tmp_path, "here", 10_000, monkeypatch)
    assert len(received) == 1 and received[0]  # the child's count was used
    assert "经济" in vocabulary(aside)
    assert vocabulary(aside) == vocabulary(here)
    assert [hit["title"] for hit in aside.search("jingji", limit=0)["results"]] \
        == [hit["title"] for hit in here.search("jingji", limit=0)["results"]] != []


def test_a_child_that_fails_leaves_the_writer_to_count_the_vocabulary(tmp_path, monkeypatch):
    monkeypatch.setattr(db_store, "series_built_aside", partial(side_build.series_built_aside, job=_fail))
    store = built(tmp_path, "s", 5, monkeypatch)
    here = built(tmp_path, "here", 10_000, monkeypatch)
    assert vocabulary(store) == vocabulary(here)
    assert store.check() == []


def _fail(path: str, vocabulary) -> None:
    """A child that dies without building or sending anything."""
    raise SystemExit(3)


def test_a_child_whose_writer_is_gone_still_builds_the_table_and_ends_quietly(tmp_path, monkeypatch):
    import multiprocessing
    import signal

    store = built(tmp_path, "s", 10_000, monkeypatch, build_index=False)
    (store.dir / "series" / "series.sqlite").unlink()
    source, sink = multiprocessing.Pipe(duplex=False)
    source.close()  # the writer's end, as after a kill -9
    interrupt = signal.getsignal(signal.SIGINT)
    try:
        side_build.build_series(str(store.path), sink)  # raises nothing
    finally:
        signal.signal(signal.SIGINT, interrupt)  # the child's job ignores Ctrl-C
    assert series_token(store) == store.token


def test_counting_runs_as_articles_come_gives_the_vocabulary_of_their_texts(monkeypatch):
    from store.search import pinyin

    monkeypatch.setattr(pinyin, "WEAK_CHARS_MAX", 40)  # the later leads are past the bound
    cities = "北京 上海 广州 深圳 重庆 成都 武汉 西安 南京 杭州".split()
    articles = [({"title": f"{i}月经济运行", "body": f"{city}工业投资增长{i}%，{city}港口吞吐量增长。\n第二段",
                  "sections": [{"heading": "长寿区工业"}]}, [{"subject": "新能源汽车产量"}, {"subject": ""}])
                for i, city in enumerate(cities * 3)]
    texts, runs = pinyin.VocabTexts(), pinyin.VocabRuns()
    for article, facts in articles:
        texts.add_article(article, facts)
        runs.add_article(article, facts)
    expected = texts.vocab(None)
    assert "港口" in expected and "成都" not in expected  # lead words seen twice are kept, up to the bound
    assert json.dumps(runs.vocab(None), ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
