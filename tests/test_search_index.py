"""The search index: exact substring matching, filters, ranking, updates, staleness."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.search.index import IndexStale, QueryError, SearchIndex, hit_spans
from store.search.normalize import normalize
from store.search.query import Query, parse


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
    res = idx.search("  ")
    assert (res["total"], res["facts_total"], res["results"]) == (0, 0, [])


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


def test_a_manifest_damaged_into_other_json_is_stale(tmp_path):
    """Walk 36: a flipped byte inside a string of the manifest ("date" in
    its list of kinds read '>;.?') left it JSON; check said OK and
    kind:date found nothing.  The manifest has a checksum of its own."""
    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t")
    text = (d / "manifest.json").read_text(encoding="utf-8")
    assert '"date"' in text
    (d / "manifest.json").write_text(text.replace('"date"', '">;.?"', 1), encoding="utf-8")
    with pytest.raises(IndexStale, match="manifest.json is damaged"):
        SearchIndex.open(d, "t")
    # A manifest of an older version, without that checksum, is still read.
    legacy = json.loads(text)
    del legacy["manifest_sum"]
    (d / "manifest.json").write_text(json.dumps(legacy), encoding="utf-8")
    assert SearchIndex.open(d, "t").search("渝")["total"] >= 0


def test_rebuild_replaces_the_old_index_and_leaves_no_stray_files(tmp_path):
    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t1")
    idx = SearchIndex.rebuild(d, DOCS[:1], "t2")
    assert idx.search("渝")["total"] == 0
    manifest = json.loads((d / "manifest.json").read_text())
    referenced = {"manifest.json", "verified.json", manifest["vocab"]} | {
        f"{s['name']}.{p}" for s in manifest["segments"] for p in s["files"]}
    assert {p.name for p in d.iterdir()} == referenced


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    with path.open("r+b") as out:  # in place: same inode, same size
        out.write(bytes(data))


def test_open_hashes_only_the_files_whose_stat_changed_since_they_were_verified(tmp_path, monkeypatch):
    from store.search import integrity

    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t")
    hashed = []
    real = integrity.file_digest
    monkeypatch.setattr(integrity, "file_digest", lambda path: hashed.append(path.name) or real(path))
    SearchIndex.open(d, "t")
    assert hashed == []
    victim = next(p for p in d.iterdir() if p.name.endswith(".norm"))
    victim.touch()
    SearchIndex.open(d, "t")
    assert hashed == [victim.name]
    SearchIndex.open(d, "t", verify_all=True)
    assert len(hashed) == 1 + len(json.loads((d / "manifest.json").read_text())["sums"])


def test_a_flipped_byte_is_caught_at_open_with_its_mtime_changed_or_set_back(tmp_path):
    import os

    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t")
    victim = next(p for p in d.iterdir() if p.name.endswith(".norm"))
    before = victim.stat()
    _flip_a_byte(victim)
    assert victim.stat().st_size == before.st_size
    with pytest.raises(IndexStale, match="damaged"):
        SearchIndex.open(d, "t")
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))  # the ctime still moves
    with pytest.raises(IndexStale, match="damaged"):
        SearchIndex.open(d, "t")


def test_check_hashes_every_file_even_when_the_verification_record_vouches_for_it(tmp_path):
    import os

    from store import open_store
    from tests.helpers_cli import write_jsonl

    write_jsonl(tmp_path / "a.jsonl", 5)
    store = open_store(tmp_path / "db.json", seed=False)
    store.ingest_paths([tmp_path / "a.jsonl"])
    assert store.check() == []
    d = store.dir / "index"
    victim = next(p for p in d.iterdir() if p.name.endswith(".norm"))
    before = victim.stat()
    _flip_a_byte(victim)
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
    record = json.loads((d / "verified.json").read_text())
    after = victim.stat()
    record[victim.name][:4] = [after.st_size, after.st_mtime_ns, after.st_ino, after.st_ctime_ns]
    (d / "verified.json").write_text(json.dumps(record))  # as if verified after the flip
    SearchIndex.open(d)  # an open trusts the record
    problems = open_store(store.path, seed=False).check()
    assert len(problems) == 1 and "search index" in problems[0] and "damaged" in problems[0]


def test_commits_fold_small_segments_and_leave_big_ones_until_they_pile_up(tmp_path, monkeypatch):
    import store.search.index as index_module

    monkeypatch.setattr(index_module, "COMMIT_MERGE_DOCS", 2)
    d = tmp_path / "index"
    idx = SearchIndex.rebuild(d, [doc(f"b{i}", "", "长寿") for i in range(10)], "t0")
    idx.update([doc(f"m{i}", "", "长寿") for i in range(3)], [], "t1")  # bigger than a commit folds
    middle = json.loads((d / "manifest.json").read_text())["segments"][-1]["name"]
    for i in range(8):
        idx.update([doc(f"u{i}", "", "长寿")], [], f"t{i + 2}")
        names = [s["name"] for s in json.loads((d / "manifest.json").read_text())["segments"]]
        assert middle in names and len(names) <= index_module.MERGE_SEGMENTS
    assert idx.search("长寿")["total"] == 10 + 3 + 8
    for i in range(8, 24):  # big ones piling up are folded too
        idx.update([doc(f"v{i}.{j}", "", "长寿") for j in range(3)], [], f"t{i + 2}")
        assert len(json.loads((d / "manifest.json").read_text())["segments"]) <= index_module.MAX_SEGMENTS
    assert idx.search("长寿")["total"] == 10 + 3 + 8 + 16 * 3


def test_a_commit_keeps_its_words_aside_and_the_vocabulary_counts_them_once_enough_gather(tmp_path, monkeypatch):
    import store.search.index as index_module
    from store.search import pinyin

    monkeypatch.setattr(index_module, "VOCAB_FOLD_DOCS", 3)
    idx = SearchIndex.rebuild(tmp_path / "i", DOCS, "t0")
    counted = []
    real = pinyin.count_words
    monkeypatch.setattr(pinyin, "count_words", lambda *a: counted.append(1) or real(*a))
    idx.update([doc("a", "重庆港口", "港口")], [], "t1")
    idx.update([doc("b", "港口货运", "港口")], [], "t2")
    assert counted == []  # not counted yet, and yet their new words are spelled at commit:
    assert set(ids(idx.search("gangkou"))) == {"a", "b"}
    idx.update([doc("c", "港口新闻", "港口")], [], "t3")
    assert counted == [1]
    assert set(ids(SearchIndex.open(tmp_path / "i", "t3").search("gangkou"))) == {"a", "b", "c"}


def test_a_clause_is_found_whether_its_text_is_in_the_body_or_not(tmp_path):
    docs = [doc("a", "港口", "今年港口吞吐量增长５%，创新高。", facts=[
        fact("a", 1, "percent", 5, "%", "吞吐量", "港口吞吐量增长５%"),           # in the body
        fact("a", 2, "count", 3, "个", "泊位", "新建泊位３个")])]                 # not in the body
    idx = SearchIndex.rebuild(tmp_path / "i", docs, "t")
    seg = idx._segments[0]
    assert [seg.fact_texts(f) for f in range(2)] == [("吞吐量", "港口吞吐量增长5%"), ("泊位", "新建泊位3个")]
    assert idx.search("吞吐量增长")["results"][0]["fact_ids"] == ["a:body:1"]
    assert idx.search("港口 kind:count")["results"][0]["fact_ids"] == ["a:body:2"]


def test_fact_ids_of_any_form_come_back_with_their_facts(tmp_path):
    odd = ["a:body:1", "b:x:2", "a:\x00尾:3", "其他\x00"]  # own article, another's, a NUL and non-ASCII, no article
    facts = [dict(fact("a", i, "count", i, "个", "泊位"), id=fid) for i, fid in enumerate(odd)]
    idx = SearchIndex.rebuild(tmp_path / "i", [doc("a", "港口", "新建泊位", facts=facts), doc("b", "", "泊位")], "t")
    seg = idx._segments[0]
    assert [seg.fact_id(f) for f in range(len(odd))] == odd
    assert idx.search("泊位 kind:count")["results"][0]["fact_ids"] == odd
    assert [r["fact_ids"] for r in idx.search("泊位")["results"]] == [odd, []]


@settings(max_examples=60, deadline=None)
@given(body=st.text(alphabet="长寿港口ａa", max_size=30),
       facts=st.lists(st.tuples(st.text(alphabet="长寿港ａ", max_size=4), st.text(alphabet="长寿口ａa", max_size=8)),
                      max_size=5),
       needles=st.lists(st.text(alphabet="长寿港口a", min_size=1, max_size=3), min_size=1, max_size=2))
def test_facts_matched_by_text_are_those_whose_subject_or_clause_holds_a_term(body, facts, needles):
    # clauses are often spans of the body (kept as spans) and sometimes not
    records = [fact("a", i, "count", i, "个", subject, clause) for i, (subject, clause) in enumerate(facts)]
    for r, (_, clause) in zip(records, facts):
        r["clause"] = clause
    with tempfile.TemporaryDirectory() as d:
        seg = SearchIndex.rebuild(Path(d), [doc("a", "", body, facts=records)], "t")._segments[0]
        texts = [seg.fact_texts(f) for f in range(len(facts))]
        wanted = [any(n in subject or n in clause for n in map(normalize, needles)) for subject, clause in texts]
        got = seg._facts_holding(np.arange(len(facts)), [normalize(n).encode() for n in needles])
        assert got.tolist() == wanted
        assert texts == [(normalize(subject), normalize(clause)) for subject, clause in facts]


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
    code = ("import sys, store.search.index; "
            "print(sorted(m for m in ('numpy', 'jieba', 'pypinyin') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- properties
# small alphabets make matches frequent; ﬁ/İ change length under normalisation;
# 𠀀 (outside the BMP) has no trigram code, so its terms take the bigram path
ALPHABET = "长寿重庆渝中区１1.2２vVﬁfiİ𠀀 "
QUERY_ALPHABET = "长寿重庆渝中区１1.2２vVﬁfiİ𠀀"
texts = st.text(alphabet=ALPHABET, max_size=12)
queries = st.text(alphabet=QUERY_ALPHABET, min_size=1, max_size=6)


def scan(docs, query):
    q = normalize(query)
    return sorted(d["id"] for d in docs if q in normalize(d["title"]) or q in normalize(d["body"]))


def has(d, term):
    return term in normalize(d["title"]) or term in normalize(d["body"])


def docs_strategy(prefix="d"):
    return st.lists(st.tuples(texts, texts), max_size=8).map(
        lambda pairs: [doc(f"{prefix}{i}", t, b) for i, (t, b) in enumerate(pairs)])


def rebuild(directory, docs, token, all_trigrams=False):
    """all_trigrams: store every trigram (small archives otherwise store none and
    answer 3+ char terms through their rarer bigrams)."""
    from store.search import build

    with pytest.MonkeyPatch.context() as mp:
        if all_trigrams:
            mp.setattr(build, "TRI_MIN_FLOOR", 0)
        return SearchIndex.rebuild(Path(directory), docs, token)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs_strategy(), qs=st.lists(queries, min_size=1, max_size=6), all_trigrams=st.booleans())
def test_index_matches_exactly_what_a_substring_scan_matches(docs, qs, all_trigrams):
    with tempfile.TemporaryDirectory() as d:
        idx = rebuild(d, docs, "t", all_trigrams)
        for q in qs:
            assert sorted(ids(idx.search(f'"{q}"', limit=0))) == scan(docs, q), q


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs_strategy(), added=docs_strategy("d"), removed=st.lists(st.integers(0, 9), max_size=4),
       qs=st.lists(queries, min_size=1, max_size=5), all_trigrams=st.booleans())
def test_incremental_update_matches_a_scan_of_the_new_state(docs, added, removed, qs, all_trigrams):
    added = [dict(a, id=f"d{int(a['id'][1:]) * 2}") for a in added]  # some replace, some are new
    gone = [f"d{i}" for i in removed]
    state = {d["id"]: d for d in docs}
    for g in gone:
        state.pop(g, None)
    state.update({a["id"]: a for a in added})
    with tempfile.TemporaryDirectory() as d:
        idx = rebuild(d, docs, "t1", all_trigrams)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("store.search.build.TRI_MIN_FLOOR", 0 if all_trigrams else 64)
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs_strategy(), a=queries, b=queries, c=queries, all_trigrams=st.booleans())
def test_and_or_and_exclusion_match_a_scan(docs, a, b, c, all_trigrams):
    a, b, c = (normalize(x) for x in (a, b, c))
    with tempfile.TemporaryDirectory() as d:
        idx = rebuild(d, docs, "t", all_trigrams)
        expect = {
            f'"{a}" "{b}"': [x for x in docs if has(x, a) and has(x, b)],
            f'"{a}" | "{b}" "{c}"': [x for x in docs if (has(x, a) or has(x, b)) and has(x, c)],
            f'"{a}" -"{b}"': [x for x in docs if has(x, a) and not has(x, b)],
        }
        for q, want in expect.items():
            res = idx.search(q, limit=0)
            assert sorted(ids(res)) == sorted(x["id"] for x in want), q
            assert res["total"] == len(want)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(st.tuples(texts, texts), min_size=1, max_size=30).map(
    lambda pairs: [doc(f"d{i % 7}", t, b) for i, (t, b) in enumerate(pairs)]), qs=st.lists(queries, min_size=1, max_size=4))
def test_streamed_build_in_many_chunks_keeps_the_last_copy_of_each_id(docs, qs):
    """Tiny chunks, merge parts and doc blocks force several sorted runs, key ranges and blocks."""
    from store.search import build, postings

    last = list({d["id"]: d for d in docs}.values())
    with tempfile.TemporaryDirectory() as d, pytest.MonkeyPatch.context() as mp:
        mp.setattr(build, "CHUNK_CHARS", 20)
        mp.setattr(postings, "MERGE_PART", 16)
        mp.setattr(build, "TRI_MIN_FLOOR", 1)
        mp.setattr(postings, "BLOCK_BITS", 2)  # doc blocks of 4 docs
        mp.setattr(postings, "BLOCK_MASK", 3)
        idx = SearchIndex.rebuild(Path(d), iter(docs), "t")
        assert idx.n_docs == len(last)
        for q in qs:
            assert sorted(ids(idx.search(f'"{q}"', limit=0))) == scan(last, q), q


def test_first_page_is_the_head_of_the_full_ranking_even_with_ties(tmp_path):
    docs = [doc(f"d{i}", "同", "同一句话" * (i % 3), f"2024-01-0{1 + i % 2}") for i in range(40)]
    idx = SearchIndex.rebuild(tmp_path / "i", docs, "t")
    full = idx.search("同一", limit=0)
    assert [r["article_id"] for r in idx.search("同一", limit=7)["results"]] == ids(full)[:7]
    assert full["results"].article_ids() == ids(full)


def test_full_list_builds_result_dicts_on_access_and_keeps_them(tmp_path):
    docs = [doc(f"d{i}", "标题", "长寿" * (1 + i % 4), "2024-01-01") for i in range(700)]
    idx = SearchIndex.rebuild(tmp_path / "i", docs, "t")
    res = idx.search("长寿", limit=0, detail=0)["results"]
    assert len(res) == 700 and res[-1]["article_id"] in {d["id"] for d in docs}
    res[600]["facts"] = ["kept"]
    assert res[600]["facts"] == ["kept"]
    assert [r["score"] for r in res] == sorted((r["score"] for r in res), reverse=True)
    assert res[:2] == [res[0], res[1]]


@pytest.mark.parametrize("all_trigrams", [False, True])
def test_long_terms_are_verified_not_just_trigram_candidates(tmp_path, all_trigrams):
    # both trigrams of 重庆长寿 occur, but never the 4-char term itself
    idx = rebuild(tmp_path / "i", [doc("a", "", "重庆长，庆长寿"), doc("b", "", "在重庆长寿区")], "t", all_trigrams)
    assert ids(idx.search("重庆长寿")) == ["b"]


def test_many_candidates_are_verified_together_as_one_by_one(tmp_path):
    # 150 candidates (more than are decompressed one by one): every third holds the term
    docs = [doc(f"d{i}", "", f"{i}号 重庆长寿区" if i % 3 == 0 else f"{i}号 重庆长，庆长寿") for i in range(150)]
    idx = rebuild(tmp_path / "i", docs, "t", all_trigrams=True)
    assert idx.search("重庆长寿", limit=0)["total"] == 50
    assert sorted(ids(idx.search("重庆长寿", limit=0))) == sorted(f"d{i}" for i in range(0, 150, 3))


def test_three_char_terms_are_answered_from_stored_trigrams_without_reading_text(tmp_path):
    idx = rebuild(tmp_path / "i", [doc("a", "", "重庆长寿区"), doc("b", "重庆长", "重庆")], "t", all_trigrams=True)
    def no_verification(*_):
        raise AssertionError("a stored trigram answers without reading texts")

    idx._segments[0].contains = no_verification
    assert sorted(ids(idx.search("重庆长"))) == ["a", "b"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(st.text(alphabet="长寿，重庆ＡaB 1１\n", max_size=200), min_size=1, max_size=4),
       q=st.text(alphabet="长寿，重ａ1", min_size=1, max_size=3))
def test_snippets_from_partly_decoded_bodies_equal_those_of_whole_bodies(bodies, q):
    from store.search.highlight import _snippets_aligned, _snippets_decoded

    with tempfile.TemporaryDirectory() as d:
        idx = SearchIndex.rebuild(Path(d), [doc(f"d{i}", "", b) for i, b in enumerate(bodies)], "t")
        seg = idx._segments[0]
        for i in range(len(bodies)):
            spans = (i, *seg.norm_body_span(i))
            assert seg.same[i]
            assert _snippets_aligned(seg, *spans, [normalize(q)]) == _snippets_decoded(seg, *spans, [normalize(q)])


@settings(max_examples=80, deadline=None)
@given(body=st.text(alphabet="长寿ﬁfiİ１1 ，ß" , max_size=150), q=st.text(alphabet="长寿fi1ss", min_size=1, max_size=3))
def test_snippets_of_bodies_whose_normalisation_changes_length_show_the_hit(body, q):
    from store.search.highlight import _snippets_decoded

    with tempfile.TemporaryDirectory() as d:
        seg = SearchIndex.rebuild(Path(d), [doc("a", "", body)], "t")._segments[0]
        out = _snippets_decoded(seg, 0, *seg.norm_body_span(0), [normalize(q)])
        if normalize(q) in normalize(body):
            assert out and normalize(q) in normalize(out[0].replace("…", ""))


@settings(max_examples=60, deadline=None)
@given(pairs=st.lists(st.tuples(st.text(alphabet="长寿，ＡaB 1１ﬁ\x00", max_size=20),
                                st.text(alphabet="长寿，ＡaB 1１ﬁİ\n\x00", max_size=60)), min_size=1, max_size=4))
def test_original_titles_and_bodies_come_back_exactly(pairs):
    """Most texts are kept as their normalisation plus the changed chars."""
    with tempfile.TemporaryDirectory() as d:
        seg = SearchIndex.rebuild(Path(d), [doc(f"d{i}", t, b) for i, (t, b) in enumerate(pairs)], "t")._segments[0]
        assert seg.titles(list(range(len(pairs)))[::-1]) == [t for t, _ in pairs][::-1]
        for i, (t, b) in enumerate(pairs):
            assert seg.title_body(i) == (t, b)
            assert seg.title(i) == t
            assert seg.titles([i]) == [t]
            for lo, hi in ((0, 5), (3, 9), (0, 200)):
                assert seg.body_window(i, lo, hi) == (b[lo:hi], len(b) > hi)


def test_texts_compressed_with_a_trained_dictionary_come_back_and_are_searched(tmp_path, monkeypatch):
    from store.search import doctext

    monkeypatch.setattr(doctext, "DICT_SAMPLES", 200)
    monkeypatch.setattr(doctext, "DICT_BYTES", 8192)
    cities = "重庆成都长沙武汉南京杭州广州深圳"
    docs = [doc(f"d{i}", f"第{i}期（{cities[i % 8 * 2:i % 8 * 2 + 2]}）",
                f"{cities[i % 8 * 2:i % 8 * 2 + 2]}今年前{i % 12 + 1}个月地区生产总值增长{i % 9}.{i % 7}％，编号{i * 7919}。")
            for i in range(300)]
    idx = rebuild(tmp_path / "i", docs, "t")
    seg = idx._segments[0]
    assert len(seg.zdict) > 0  # a dictionary was trained and is used
    for i in (0, 199, 200, 299):
        assert seg.title_body(i) == (docs[i]["title"], docs[i]["body"])
    assert ids(idx.search(f"编号{299 * 7919}")) == ["d299"]
    assert sorted(ids(idx.search("武汉今年前"))) == sorted(d["id"] for d in docs if "武汉今年前" in d["body"])


# ---------------------------------------------------------------- points, signs, huge values
BIG = 10 ** 40        # beyond 64 bits: fine for float
HUGE = 10 ** 400      # beyond float range
FIGURES = [
    doc("share", "占比", "占比50%。", "2024-01-01", [fact("share", 1, "percent", 50, "%", "占比")]),
    doc("bp", "中间价", "调升41个基点。", "2024-01-01", [fact("bp", 1, "points", 0.41, "基点", "中间价")]),
    doc("pp", "比重", "提高3个百分点。", "2024-01-01", [fact("pp", 1, "points", 3, "个百分点", "比重")]),
    doc("drop", "增速", "回落0.8个百分点。", "2024-01-01", [fact("drop", 1, "points", -0.8, "个百分点", "增速")]),
    doc("conf", "信心", "消费者信心指数47.6。", "2024-01-01", [fact("conf", 1, "index", 47.6, None, "消费者信心指数")]),
    doc("loss", "亏损", "净利润-3.07亿元。", "2024-01-01", [fact("loss", 1, "money", -307000000, "元", "净利润")]),
    doc("big", "巨额", "一个很大的数。", "2024-01-01",
        [fact("big", 1, "money", BIG, "元", "大数"), fact("big", 2, "count", HUGE, "个", "极大"),
         fact("big", 3, "count", -HUGE, "个", "极小")]),
]


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return SearchIndex.rebuild(tmp_path_factory.mktemp("fig") / "index", FIGURES, "tok")


def matched(res):
    return {fid for r in res["results"] for fid in r["fact_ids"]}


@pytest.mark.parametrize("query, expected", [
    (">=40%", {"share:body:1"}),
    ("percent>3", {"share:body:1"}),
    ("kind:points", {"bp:body:1", "pp:body:1", "drop:body:1"}),
    (">0.3pp", {"bp:body:1", "pp:body:1"}),
    ("<=-0.5pp", {"drop:body:1"}),
    ("1pp..3pp", {"pp:body:1"}),
    ("points>0.3", {"bp:body:1", "pp:body:1"}),
    (">10bp", {"bp:body:1", "pp:body:1"}),
    ("=41基点", {"bp:body:1"}),
    ("kind:index >40", {"conf:body:1"}),
])
def test_points_and_percents_are_filtered_apart(figures, query, expected):
    assert matched(figures.search(query, limit=0)) == expected


@pytest.mark.parametrize("query, expected", [
    ("money<0", {"loss:body:1"}),
    ("<-1亿", {"loss:body:1", "big:body:3"}),
    ("money>1万亿", {"big:body:1"}),
    ("count>1万亿", {"big:body:2"}),
    ("-5亿..-1亿", {"loss:body:1"}),
    ("<0", {"loss:body:1", "drop:body:1", "big:body:3"}),  # no kind or unit named: every kind
])
def test_negative_and_huge_values_compare_by_their_value(figures, query, expected):
    assert matched(figures.search(query, limit=0)) == expected


@pytest.mark.parametrize("value", [HUGE, -HUGE, BIG, float("nan"), float("inf"), True, "2024-05", None, "x"])
def test_any_fact_value_is_indexed_without_error(tmp_path, value):
    docs = [doc("a", "标题", "正文", None, [fact("a", 1, "money", value, "元", "主语", value_high=value)])]
    idx = SearchIndex.rebuild(tmp_path / "i", docs, "t")
    assert ids(idx.search("正文")) == ["a"]


def test_huge_values_keep_their_order_through_a_merge_of_segments(tmp_path):
    idx = SearchIndex.rebuild(tmp_path / "i", FIGURES, "t0")
    idx.update([doc("new", "新", "新", None, [fact("new", 1, "count", HUGE, "个", "新数")])], [], "t1")
    for i in range(8):  # enough delta segments to be merged, the one above among them
        idx.update([doc(f"u{i}", "更新", "更新")], [], f"t{i + 2}")
    assert len(json.loads((tmp_path / "i" / "manifest.json").read_text())["segments"]) < 8
    assert matched(idx.search("count>1万亿", limit=0)) == {"big:body:2", "new:body:1"}


def test_kind_codes_are_read_from_the_segment_not_from_the_current_kinds(tmp_path):
    from store.search import build

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build, "KINDS", tuple(reversed(build.KINDS)))  # a segment written with another order
        idx = SearchIndex.rebuild(tmp_path / "i", FIGURES, "t")
    assert matched(idx.search("kind:points", limit=0)) == {"bp:body:1", "pp:body:1", "drop:body:1"}


def test_an_index_of_another_format_is_stale(tmp_path):
    d = tmp_path / "index"
    SearchIndex.rebuild(d, DOCS, "t")
    manifest = json.loads((d / "manifest.json").read_text())
    (d / "manifest.json").write_text(json.dumps(dict(manifest, format=manifest["format"] - 1)))
    with pytest.raises(IndexStale, match="format"):
        SearchIndex.open(d, "t")


# ---------------------------------------------------------------- one parse per keystroke
def test_a_search_carries_the_query_it_parsed_and_takes_it_back(idx):
    res = idx.search("长寿 chongqing | 新能源")
    assert isinstance(res["query"], Query)
    assert idx.search(res["query"]) == res


def test_hit_spans_of_a_parsed_query_equal_those_of_its_text(idx):
    text = "去重庆看看长寿区的新能源汽车"
    q = parse("长寿 chongqing 新能源")
    assert hit_spans(text, q, idx) == hit_spans(text, "长寿 chongqing 新能源", idx) == [(1, 3), (5, 7), (9, 12)]


def test_a_parsed_query_with_the_kind_parameter_filters_like_kind_colon(idx):
    assert ids(idx.search(parse("重庆"), kind="money")) == ["cq"]
    assert idx.search(parse("重庆"), kind="percent")["total"] == 0


# ---------------------------------------------------------------- format
def test_writer_writes_exactly_the_parts_the_format_names(idx):
    from store.search.format import all_parts

    manifest = json.loads((idx.directory / "manifest.json").read_text())
    assert [sorted(s["files"]) for s in manifest["segments"]] == [sorted(all_parts())]


def test_searching_does_not_load_the_index_writer(idx):
    code = ("import sys; from pathlib import Path; from store.search.index import SearchIndex, hit_spans; "
            f"i = SearchIndex.open(Path({str(idx.directory)!r})); r = i.search('长寿 kind:money'); "
            "hit_spans('长寿', r['query'], i); "
            "print(sorted(m for m in ('store.search.build', 'store.search.postings', 'jieba', 'pypinyin') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- posting codec
@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, (1 << 22) - 1), st.integers(0, (1 << 16) - 1)), max_size=300))
def test_postings_decode_to_what_was_encoded(pairs):
    import numpy as np

    from store.search import varint

    gaps = np.array([g for g, _ in pairs], dtype=np.int64)
    codes = np.array([c for _, c in pairs], dtype=np.int64)
    data, starts = varint.encode_postings(gaps, codes)
    got_gaps, got_codes = varint.decode_postings(data)
    assert got_gaps.tolist() == gaps.tolist() and got_codes.tolist() == codes.tolist()
    assert all(varint.decode_postings(data[a:])[0].tolist() == gaps[i:].tolist()
               for i, a in enumerate(starts.tolist()[:5]))  # a list can start at any posting
    dense = np.array([1] * 50, dtype=np.int64)
    assert len(varint.encode_postings(dense, dense * 0)[0]) == 50  # one byte a posting


def test_a_build_that_fails_leaves_nothing_for_its_vocabulary_thread_to_write_after_the_sweep(tmp_path, monkeypatch):
    """A full disk stops the postings after the vocabulary thread has started:
    the build waits for that thread before it raises, so the caller's sweep
    removes everything (a slow thread used to write its file after it)."""
    import errno
    import threading
    import time

    import store.search.build as build
    import store.search.index as index

    def fails_after_reading(directory, name, docs, after_read=None):
        for _ in docs:
            pass
        after_read()
        raise OSError(errno.ENOSPC, "No space left on device")

    real_vocab_file = index.vocab_file

    def slow_vocab_file(*args, **kwargs):
        time.sleep(0.2)
        return real_vocab_file(*args, **kwargs)

    monkeypatch.setattr(build, "build_segment", fails_after_reading)
    monkeypatch.setattr(index, "vocab_file", slow_vocab_file)
    d = tmp_path / "i"
    with pytest.raises(OSError):
        SearchIndex.rebuild(d, DOCS, "t")
    SearchIndex.sweep(d)
    for thread in threading.enumerate():
        if thread.name == "factdesk-vocab":
            thread.join()
    assert [p.name for p in d.iterdir()] == []
