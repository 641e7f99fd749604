"""Search matches simplified against traditional script.

Mainland papers write simplified, Hong Kong, Taiwan and Macao papers mostly
traditional, and an analyst types either: a term finds its other-script
forms (增长 finds 增長, 國內生產總值 finds 国内生产总值), in every store and in
the highlighting of hits.  Fact filters and fields are not words and are
unaffected; the query limits still hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store import QueryError, Store, parse_query
from store.search.highlight import hit_spans
from store.search.query import MAX_TERMS
from store.search.script import MAX_SCRIPT_FORMS, script_forms
from tests.test_store_contract import BACKENDS, Backend

pytest_plugins = ("tests.pg_server",)  # the PostgreSQL backend's server, stopped with the session

REAL = [b for b in BACKENDS if b.name != "fake"]  # the fake store is a test double without an index

TRADITIONAL = ("香港經濟", "香港本地生產總值增長3.2%",
               "特區政府公布，今年第三季國內生產總值按年增長3.2%，臺灣出口按年上升1.5%。")
SIMPLIFIED = ("内地经济", "全国国内生产总值增长5.2%",
              "国家统计局公布，前三季度国内生产总值同比增长5.2%，台湾地区进口下降1.1%。")


@pytest.fixture(params=REAL, ids=lambda b: b.name)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    backend: Backend = request.param
    s = backend.open_seeded(tmp_path)
    pages = []
    for name, (title, lead, body) in (("hk.txt", TRADITIONAL), ("cn.txt", SIMPLIFIED)):
        path = tmp_path / name
        path.write_text(f"# {title}\n\n{lead}\n\n{body}\n", encoding="utf-8")
        pages.append(path)
    assert s.ingest(pages).added == 2
    return s


def _titles(store: Store, query: str) -> set[str]:
    return {hit["title"] for hit in store.search(query, limit=0)["results"]}


def test_a_simplified_term_finds_the_traditional_article(store):
    assert {"香港經濟", "内地经济"} <= _titles(store, "增长")
    assert "香港經濟" in _titles(store, "国内生产总值")


def test_a_traditional_term_finds_the_simplified_article(store):
    assert {"香港經濟", "内地经济"} <= _titles(store, "增長")
    assert "内地经济" in _titles(store, "國內生產總值")


def test_both_traditional_spellings_of_tai_are_found(store):
    # 台 is written 臺 in standard traditional and 台 in common Taiwan/HK usage
    assert {"香港經濟", "内地经济"} <= _titles(store, "台湾")
    assert {"香港經濟", "内地经济"} <= _titles(store, "台灣")


def test_a_mixed_query_needs_each_term_in_either_script(store):
    assert _titles(store, "國內生產總值 增长 统计局") == {"内地经济"}
    assert _titles(store, "国内生产总值 特區") == {"香港經濟"}
    excluded = _titles(store, "增長 -特区")  # an exclusion excludes both scripts too
    assert "内地经济" in excluded and "香港經濟" not in excluded


def test_fact_filters_and_fields_are_unaffected(store):
    with_filter = _titles(store, "增长 >5%")
    assert "内地经济" in with_filter and "香港經濟" not in with_filter  # 3.2% is not above 5%


def test_hit_spans_mark_the_other_script(store):
    text = TRADITIONAL[2]
    spans = store.hit_spans(text, "增长 国内生产总值")
    assert [text[a:b] for a, b in spans] == ["國內生產總值", "增長"]
    simplified = SIMPLIFIED[2]
    spans = store.hit_spans(simplified, "增長")
    assert [simplified[a:b] for a, b in spans] == ["增长"]


def test_snippets_hold_the_other_script_match(store):
    hit = next(h for h in store.search("增长")["results"] if h["title"] == "香港經濟")
    assert any("增長" in s for s in hit["snippets"])


def test_highlighting_without_an_index_also_folds_script():
    text = "臺灣出口上升，台灣進口下降"
    assert [text[a:b] for a, b in hit_spans(text, "台湾")] == ["臺灣", "台灣"]


def test_a_term_has_only_a_few_forms_and_latin_or_digits_none():
    assert script_forms("增长") == ("增长", "增長")
    assert set(script_forms("台湾")) == {"台湾", "臺灣", "台灣"}
    assert all(len(script_forms(t)) <= MAX_SCRIPT_FORMS for t in ("发展", "后来", "里面的头发", "乾隆", "頭髮"))
    assert script_forms("gdp") == ("gdp",) and script_forms("2024") == ("2024",)


def test_the_query_limits_still_hold():
    many = " ".join(f"增長{i}" for i in range(MAX_TERMS + 1))
    with pytest.raises(QueryError):
        parse_query(many)
    parse_query(" ".join(f"增長{i}" for i in range(MAX_TERMS)))  # at the limit: fine


def test_without_the_character_tables_the_converters_give_the_forms(monkeypatch):
    from store.search import script

    def missing(name: str, first_only: bool = True) -> dict[str, str]:
        raise OSError(name)

    monkeypatch.setattr(script, "_read", missing)
    monkeypatch.setattr(script, "_tables", None)
    script.script_forms.cache_clear()
    try:
        assert script.script_forms("增长") == ("增长", "增長")
        assert set(script.script_forms("台湾")) == {"台湾", "臺灣", "台灣"}
    finally:
        script.script_forms.cache_clear()
        monkeypatch.setattr(script, "_tables", None)


def test_the_character_tables_are_read_without_importing_the_converters():
    """Adding one article simplifies its subjects' chars: the tables are read
    straight from the package's folder, not through an import of the package
    (which loads every converter and cost more than the tables)."""
    import subprocess
    import sys

    code = ("import sys; from store.search import script; "
            "assert script.script_forms('台湾增长')[:2] == ('台湾增长', '臺灣增長'); "
            "assert script.simplified_chars('臺灣') == '台湾'; "
            "print('opencc_purepy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "False"
