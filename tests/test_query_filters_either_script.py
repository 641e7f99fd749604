"""Fact filters read in either script, as terms do.

Terms match across scripts (增長 finds 增长), but a filter typed in
traditional characters, as a Hong Kong or Taiwan analyst types it, read its
magnitude or kind word as a unit: >1億 was "more than 1 of the unit 億" and
>3個百分點 "more than 3 of the unit 個百分點", filters no fact meets, and
unit:噸 missed the mainland's 吨 (unit:吨 a Hong Kong paper's 噸) — the
search said "no match", silently wrong.  The magnitudes and kind words of a
filter read as in simplified, and a unit matches its forms in either script,
in the file store's index, the series table and the PostgreSQL queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import open_store
from store.search.query import parse, unit_forms


@pytest.mark.parametrize(("traditional", "simplified"), [
    (">1億", ">1亿"), (">1萬噸", ">1万吨"), (">3個百分點", ">3个百分点"), (">10個基點", ">10个基点"),
    ("1萬..5萬", "1万..5万"), (">=十億元", ">=十亿元"), ("money>1億", "money>1亿"), ("unit:萬噸", "unit:万吨"),
])
def test_a_filter_in_traditional_script_is_the_simplified_one(traditional, simplified):
    assert parse(traditional).filters == parse(simplified).filters


def test_a_unit_matches_its_forms_in_either_script():
    assert set(unit_forms("吨")) == set(unit_forms("噸")) == {"吨", "噸"}
    assert unit_forms("km") == ("km",)


def test_article_fields_and_terms_are_left_as_typed():
    q = parse("pub:經濟日報 增長")
    assert q.articles and [t.text for g in q.groups for t in g] == ["增長"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("scripts")
    path = tmp / "news.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"title": "钢铁产量", "body": "2024年，全市粗钢产量3.5万吨，投资增长2.5亿元。", "date": "2025-01-20"},
        {"title": "港口吞吐", "body": "2024年，本港貨物吞吐量1.2萬噸，投資增長3億元，增幅擴大3.5個百分點。",
         "date": "2025-01-21"},
    ]), encoding="utf-8")
    db = tmp / "s.json"
    open_store(db, seed=False).ingest([path])
    return db


def _titles(db: Path, query: str) -> set[str]:
    return {hit["title"] for hit in open_store(db, seed=False).search(query, limit=0)["results"]}


@pytest.mark.parametrize("query", ["unit:吨", "unit:噸", ">1万吨", ">1萬噸"])
def test_a_unit_filter_finds_both_papers_whichever_script_it_is_typed_in(db, query):
    assert _titles(db, query) == {"钢铁产量", "港口吞吐"}


@pytest.mark.parametrize("query", [">2亿", ">2億"])
def test_a_magnitude_in_either_script_finds_the_same_figures(db, query):
    assert _titles(db, query) == {"钢铁产量", "港口吞吐"}


def test_points_typed_in_traditional_find_the_points(db):
    assert _titles(db, ">3個百分點") == _titles(db, ">3pp") == {"港口吞吐"}


def test_a_series_filtered_by_unit_reads_either_script(db):
    store = open_store(db, seed=False)
    assert {r["title"] for r in store.series("unit:噸")} == {r["title"] for r in store.series("unit:吨")} == {
        "钢铁产量", "港口吞吐"}
