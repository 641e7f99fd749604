"""The search index: exact substring matching, filters, ranking, updates, staleness."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.search_index import IndexStale, QueryError, SearchIndex, hit_spans
from store.search_norm import normalize


def fact(aid, n, kind, value, unit, subject="", clause="", value_high=None, period=None):
    return {"id": f"{aid}:body:{n}", "article_id": aid, "where": "body", "section": None, "kind": kind,
            "surface": "", "value": value, "value_high": value_high, "unit": unit, "qualifier": None,
            "subject": subject, "period": period, "change": None, "clause": clause or subject, "start": n, "end": n + 1}


def doc(aid, title, body, date=None, facts=(), sections=()):
    return {"id": aid, "title": title, "body": body, "date": date, "sections": list(sections), "facts": list(facts)}


DOCS = [
    doc("cars", "长寿区新能源汽车产量增长", "今年长寿区新能源汽车产量达到５万辆，同比增长50%。投资10亿元建设新厂。", "2024-05-01",
        [fact("cars", 1, "count", 50000, "辆", "新能源汽车产量", "新能源汽车产量达到５万辆"),
         fact("cars", 2, "percent", 50, "%", "产量", "同比增长50%"),
         fact("cars", 3, "money", 1e9, "元", "投资", "投资10亿元建设新厂")]),
    doc("cq", "Chongqing 经济", "重庆的GDP增长到95.3。渝中区很热闹。", "2023-01-01",
        [fact("cq", 1, "money", 3e12, "元", "重庆GDP", "重庆GDP达3万亿元", period="2023年")]),
    doc("body-only", "地方新闻", "市民说长寿是福。", "2022-06-01"),
    doc("many", "综述", "长寿长寿长寿，养老服务。", "2021-01-01",
        [fact("many", 1, "percent", 12.5, "%", "养老服务覆盖率", "覆盖率12.5%", period="2021年")]),
    doc("range", "区间", "销量在1万至3万辆之间。", None,
        [fact("range", 1, "range", 10000, "辆", "销量", "销量在1万至3万辆", value_high=30000)]),
]


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    return SearchIndex.rebuild(tmp_path_factory.mktemp("idx") / "index", DOCS, "tok")


def ids(res):
    return [r["article_id"] for r in res["results"]]


# ---------------------------------------------------------------- text matching
def test_single_character_matches(idx):
    assert ids(idx.search("渝")) == ["cq"]


def test_fullwidth_and_halfwidth_match_each_other(idx):
    assert ids(idx.search("９５.３")) == ["cq"]
    assert ids(idx.search("5万辆")) == ["cars"]


def test_latin_matches_case_insensitively(idx):
    assert ids(idx.search("gdp")) == ["cq"]


def test_all_terms_must_match(idx):
    assert ids(idx.search("长寿 新能源")) == ["cars"]


def test_quoted_phrase_matches_as_written(idx):
    assert ids(idx.search('"长寿区新能源"')) == ["cars"]
    assert idx.search('"长寿 新能源"')["total"] == 0


def test_minus_excludes(idx):
    assert set(ids(idx.search("长寿 -新能源"))) == {"body-only", "many"}


def test_bar_means_either(idx):
    assert set(ids(idx.search("渝 | 养老"))) == {"cq", "many"}


def test_only_exclusions_lists_everything_else(idx):
    assert set(ids(idx.search("-长寿", limit=0))) == {"cq", "range"}


def test_limit_zero_returns_all_and_total_counts_all(idx):
    res = idx.search("长寿", limit=1)
    assert res["total"] == 3 and len(res["results"]) == 1
    assert len(idx.search("长寿", limit=0)["results"]) == 3


def test_results_carry_snippets_and_text_matched_facts(idx):
    r = idx.search("新能源汽车")["results"][0]
    assert r["title"] == "长寿区新能源汽车产量增长"
    assert any("新能源汽车" in s for s in r["snippets"])
    assert r["fact_ids"] == ["cars:body:1"]


def test_empty_query_has_no_results(idx):
    assert idx.search("  ") == {"total": 0, "facts_total": 0, "results": []}


# ---------------------------------------------------------------- filters
@pytest.mark.parametrize("query, expected", [
    ("kind:money", {"cars": ["cars:body:3"], "cq": ["cq:body:1"]}),
    ("unit:辆", {"cars": ["cars:body:1"], "range": ["range:body:1"]}),
    ("year:2023", {"cq": ["cq:body:1"]}),
    ("year:2024", {"cars": ["cars:body:1", "cars:body:2", "cars:body:3"]}),
    ("year:2020..2021", {"many": ["many:body:1"]}),
    (">1亿", {"cars": ["cars:body:3"], "cq": ["cq:body:1"]}),
    (">=50%", {"cars": ["cars:body:2"]}),
    ("<20%", {"many": ["many:body:1"]}),
    ("1万..10万", {"cars": ["cars:body:1"], "range": ["range:body:1"]}),
    ("money>10亿", {"cq": ["cq:body:1"]}),
    ("money>=10亿", {"cars": ["cars:body:3"], "cq": ["cq:body:1"]}),
    (">1万亿", {"cq": ["cq:body:1"]}),
    ("=2万", {"range": ["range:body:1"]}),
    (">1亿元", {"cars": ["cars:body:3"], "cq": ["cq:body:1"]}),
    ("kind:count >1万", {"cars": ["cars:body:1"]}),
])
def test_filter_only_queries_list_matching_facts(idx, query, expected):
    res = idx.search(query, limit=0)
    assert {r["article_id"]: r["fact_ids"] for r in res["results"]} == expected
    assert res["facts_total"] == sum(len(v) for v in expected.values())


def test_text_and_filters_need_both(idx):
    assert {r["article_id"]: r["fact_ids"] for r in idx.search("长寿 kind:percent")["results"]} == \
        {"cars": ["cars:body:2"], "many": ["many:body:1"]}


def test_kind_parameter_filters_like_kind_colon(idx):
    assert ids(idx.search("重庆", kind="money")) == ["cq"]
    assert idx.search("重庆", kind="percent")["total"] == 0


@pytest.mark.parametrize("bad", ["kind:bogus", ">abc", "year:20x4"])
def test_malformed_filters_raise_query_error(idx, bad):
    with pytest.raises(QueryError):
        idx.search(bad)


def test_bad_kind_parameter_raises_query_error(idx):
    with pytest.raises(QueryError):
        idx.search("重庆", kind="bogus")


# ---------------------------------------------------------------- pinyin
def test_full_pinyin_finds_the_word_it_spells(idx):
    assert "cars" in ids(idx.search("changshou"))


def test_polyphones_follow_the_word_reading(idx):
    assert "cq" in ids(idx.search("chongqing"))
    assert "cq" not in ids(idx.search("zhongqing"))


def test_initials_find_words(idx):
    assert "cq" in ids(idx.search("cq"))


def test_literal_latin_hits_rank_above_pinyin_hits(idx):
    assert ids(idx.search("chongqing"))[0] == "cq"  # its title has the Latin word itself
    docs = [doc("zh", "重庆", "重庆重庆重庆", "2025-01-01"), doc("en", "news", "visit chongqing", "2020-01-01")]
    with tempfile.TemporaryDirectory() as d:
        assert ids(SearchIndex.rebuild(Path(d), docs, "t").search("chongqing")) == ["en", "zh"]


def test_quoted_latin_is_not_read_as_pinyin(idx):
    assert idx.search('"changshou"')["total"] == 0


def test_hit_spans_resolve_pinyin_through_the_index(idx):
    text = "去重庆看看"
    assert hit_spans(text, "chongqing", idx) == [(1, 3)]
    assert hit_spans(text, "chongqing") == []


# ---------------------------------------------------------------- ranking
def test_title_hit_ranks_above_body_hit(idx):
    order = ids(idx.search("长寿"))
    assert order.index("cars") < order.index("body-only")


def test_more_hits_rank_above_fewer(idx):
    order = ids(idx.search("长寿"))
    assert order.index("many") < order.index("body-only")


def test_ties_go_newest_first():
    docs = [doc(f"d{i}", "x", "同一句话", f"202{i}-01-01") for i in range(4)] + [doc("nodate", "x", "同一句话")]
    with tempfile.TemporaryDirectory() as d:
        assert ids(SearchIndex.rebuild(Path(d), docs, "t").search("同一")) == ["d3", "d2", "d1", "d0", "nodate"]


# ---------------------------------------------------------------- hit spans
def test_hit_spans_map_back_through_length_changing_normalisation():
    text = "ﬁ长寿，ＧＤＰ长寿"
    assert hit_spans(text, "长寿 gdp") == [(1, 3), (4, 7), (7, 9)]


def test_hit_spans_of_malformed_query_are_empty():
    assert hit_spans("长寿", "kind:bogus") == []


# ---------------------------------------------------------------- persistence
def test_open_missing_index_is_stale(tmp_path):
    with pytest.raises(IndexStale):
        SearchIndex.open(tmp_path / "nowhere")


def test_open_with_other_token_is_stale(idx):
    assert SearchIndex.open(idx.directory, "tok").token == "tok"
    with pytest.raises(IndexStale):
        SearchIndex.open(idx.directory, "other")


def test_truncated_or_missing_files_are_stale(tmp_path):
    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t")
    victim = next(p for p in d.iterdir() if p.name.endswith(".norm"))
    victim.write_bytes(victim.read_bytes()[:-3])
    with pytest.raises(IndexStale):
        SearchIndex.open(d, "t")
    victim.unlink()
    with pytest.raises(IndexStale):
        SearchIndex.open(d, "t")


def test_corrupt_manifest_is_stale(tmp_path):
    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t")
    (d / "manifest.json").write_text("{not json")
    with pytest.raises(IndexStale):
        SearchIndex.open(d)


def test_rebuild_replaces_the_old_index_and_leaves_no_stray_files(tmp_path):
    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t1")
    idx = SearchIndex.rebuild(d, DOCS[:1], "t2")
    assert idx.search("渝")["total"] == 0
    manifest = json.loads((d / "manifest.json").read_text())
    referenced = {"manifest.json", manifest["vocab"]} | {
        f"{s['name']}.{p}" for s in manifest["segments"] for p in s["files"]}
    assert {p.name for p in d.iterdir()} == referenced


def test_update_adds_replaces_and_removes(tmp_path):
    d = tmp_path / "index"
    idx = SearchIndex.rebuild(d, DOCS, "t1")
    idx.update([doc("new", "新文章", "渝北区"), doc("cq", "改写", "没有了")], ["body-only"], "t2")
    assert idx.token == "t2"
    assert ids(idx.search("渝")) == ["new"]
    assert set(ids(idx.search("长寿", limit=0))) == {"cars", "many"}
    reopened = SearchIndex.open(d, "t2")
    assert ids(reopened.search("改写")) == ["cq"]
    with pytest.raises(IndexStale):
        SearchIndex.open(d, "t1")


def test_many_updates_merge_segments_and_keep_results(tmp_path):
    d = tmp_path / "index"
    idx = SearchIndex.rebuild(d, DOCS, "t0")
    for i in range(9):
        idx.update([doc(f"u{i}", f"更新{i}", "长寿", facts=[fact(f"u{i}", 1, "money", 5e8, "元", "投资")])],
                   [f"u{i - 1}"] if i else [], f"t{i + 1}")
    assert len(json.loads((d / "manifest.json").read_text())["segments"]) <= 7
    res = idx.search("长寿", limit=0)
    assert set(ids(res)) == {"cars", "body-only", "many", "u8"}
    assert {r["article_id"] for r in idx.search("kind:money", limit=0)["results"]} == {"cars", "cq", "u8"}


def test_importing_the_module_loads_no_heavy_dependency():
    code = ("import sys, store.search_index; "
            "print(sorted(m for m in ('numpy', 'jieba', 'pypinyin') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- properties
# small alphabets make matches frequent; ﬁ/İ change length under normalisation
ALPHABET = "长寿重庆渝中区１1.2２vVﬁfiİ "
QUERY_ALPHABET = "长寿重庆渝中区１1.2２vVﬁfiİ"
texts = st.text(alphabet=ALPHABET, max_size=12)
queries = st.text(alphabet=QUERY_ALPHABET, min_size=1, max_size=4)


def scan(docs, query):
    q = normalize(query)
    return sorted(d["id"] for d in docs if q in normalize(d["title"]) or q in normalize(d["body"]))


def docs_strategy(prefix="d"):
    return st.lists(st.tuples(texts, texts), max_size=8).map(
        lambda pairs: [doc(f"{prefix}{i}", t, b) for i, (t, b) in enumerate(pairs)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs_strategy(), qs=st.lists(queries, min_size=1, max_size=6))
def test_index_matches_exactly_what_a_substring_scan_matches(docs, qs):
    with tempfile.TemporaryDirectory() as d:
        idx = SearchIndex.rebuild(Path(d), docs, "t")
        for q in qs:
            assert sorted(ids(idx.search(f'"{q}"', limit=0))) == scan(docs, q), q


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs_strategy(), added=docs_strategy("d"), removed=st.lists(st.integers(0, 9), max_size=4),
       qs=st.lists(queries, min_size=1, max_size=5))
def test_incremental_update_matches_a_scan_of_the_new_state(docs, added, removed, qs):
    added = [dict(a, id=f"d{int(a['id'][1:]) * 2}") for a in added]  # some replace, some are new
    gone = [f"d{i}" for i in removed]
    state = {d["id"]: d for d in docs}
    for g in gone:
        state.pop(g, None)
    state.update({a["id"]: a for a in added})
    with tempfile.TemporaryDirectory() as d:
        idx = SearchIndex.rebuild(Path(d), docs, "t1")
        idx.update(added, gone, "t2")
        for q in qs:
            assert sorted(ids(idx.search(f'"{q}"', limit=0))) == scan(list(state.values()), q), q


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_search_raises_nothing_but_query_error_on_any_unicode(idx, query):
    try:
        idx.search(query)
    except QueryError:
        pass


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=ALPHABET + "ß", max_size=20), q=queries)
def test_hit_spans_cover_text_whose_normalisation_holds_the_term(text, q):
    spans = hit_spans(text, f'"{q}"')
    assert len(spans) >= (1 if normalize(q) in normalize(text) else 0)
    for a, b in spans:
        assert normalize(q) in normalize(text[a:b])
