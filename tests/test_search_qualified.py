"""A value filter reads a qualified figure as what it states (store.search.qualified):
不足47% is below 47 %, 超过47% above it, 近47% just below, 约47% 47 %; through
the library, the `factdesk` command and the app; an index built before this
reading is rebuilt, not read the old way.  (Every backend's agreement is in
tests/test_store_contract.py.)"""

from __future__ import annotations

import json
import math
from pathlib import Path

import store as store_mod
from store.search.qualified import ABOVE, BELOW, stated
from tests.app_helpers import settle, type_query
from tests.helpers_cli import factdesk

BODIES = {"不足": "甲区达标企业占比不足47%。", "超过": "乙区达标企业占比超过47%。", "约": "丙区达标企业占比约47%。",
          "近": "丁区达标企业占比近47%。", "无": "戊区达标企业占比47%。"}


def _archive(tmp_path: Path) -> Path:
    path = tmp_path / "qualified.jsonl"
    path.write_text("\n".join(json.dumps({"title": f"{name}的一条", "body": body}, ensure_ascii=False)
                              for name, body in BODIES.items()), encoding="utf-8")
    return path


def test_a_qualifier_moves_the_stated_figure_one_step_to_the_side_it_states():
    assert 47 < stated(47.0, "超过") < 47.000001 and 46.999999 < stated(47.0, "不足") < 47
    assert stated(47.0, "约") == stated(47.0, None) == 47.0
    assert stated(47.0, "近") < 47 and stated(3000.0, "多") > 3000 and stated(47.0, "以上") > 47
    assert stated(-2.3e8, "超过") < -2.3e8 and stated(-12e8, "近") > -12e8   # a loss over / nearly so much
    assert stated(-20.0, "以下") < -20                                       # -20℃以下: colder
    assert math.isnan(stated(math.nan, "超过")) and stated(math.inf, "不足") == math.inf
    assert stated(100.0, "跌破") < 100 and stated(-40.0, "跌破") < -40                # 跌破零下40℃: colder still
    assert stated(1000.0, "冲破") > 1000 and stated(2000.0, "涨破") > 2000


def test_every_qualifier_the_extractor_writes_has_one_side_at_most():
    from store.facts import rules

    assert not ABOVE & BELOW
    written = {q for q, _ in rules.PRE_QUALIFIERS} | set(rules.POST_QUALIFIERS)
    stored = {rules.QUALIFIER_AS.get(q, q) for q in written}
    beside = {"约", "大约", "大概", "左右", "上下", "上", "之多", "正负", "±"}   # an estimate, a tolerance: the number itself
    assert stored - ABOVE - BELOW == beside


def _titles(out: str) -> set[str]:
    return {json.loads(line)["title"][:-3] for line in out.splitlines() if line.strip()}


def test_the_command_finds_a_figure_by_what_it_states(tmp_path):
    db = tmp_path / "store" / "f.json"
    assert factdesk(db, "ingest", str(_archive(tmp_path))).returncode == 0
    found = {q: _titles(factdesk(db, "search", "--json", "--limit", "0", q).stdout.decode()) for q in
             (">=47%", ">47%", "<47%", "<=47%", "=47%", ">=40%")}
    assert found == {">=47%": {"超过", "约", "无"}, ">47%": {"超过"}, "<47%": {"不足", "近"},
                     "<=47%": {"不足", "约", "近", "无"}, "=47%": {"约", "无"},
                     ">=40%": {"不足", "超过", "约", "近", "无"}}


def test_a_store_indexed_before_qualifiers_were_read_is_searched_without_it_then_rebuilt_by_check_fix(tmp_path):
    db = tmp_path / "store" / "f.json"
    assert factdesk(db, "ingest", str(_archive(tmp_path))).returncode == 0
    manifest_path = tmp_path / "store" / "f.json.d" / "index" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps(dict(manifest, format=14)))   # the format of the index before
    check = factdesk(db, "check")
    assert check.returncode == 1 and "search index is of an older format" in check.stdout.decode()
    result = factdesk(db, "search", "--json", "--limit", "0", ">=47%")  # read without it, and said
    assert result.returncode == 0 and _titles(result.stdout.decode()) == {"超过", "约", "无"}
    assert "search index is of an older format" in result.stderr.decode()
    assert json.loads(manifest_path.read_text())["format"] == 14  # a reader never rebuilds it
    assert factdesk(db, "check", "--fix").returncode == 0
    assert json.loads(manifest_path.read_text())["format"] == manifest["format"] > 14
    result = factdesk(db, "search", "--json", "--limit", "0", ">=47%")
    assert _titles(result.stdout.decode()) == {"超过", "约", "无"} and result.stderr == b""
    assert factdesk(db, "check").returncode == 0


async def test_the_app_lists_only_the_articles_whose_figure_meets_the_bound(tmp_path) -> None:
    from tui.app import FactdeskApp
    from tui.widgets.article_list import ArticleList

    db = store_mod.open_store(tmp_path / "s.json", seed=False)
    db.ingest([_archive(tmp_path)])
    app = FactdeskApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, ">=47%")
        rows = app.query_one(ArticleList).rows
        assert {row.label[:-3] for row in rows if row.entry is not None} == {"超过", "约", "无"}


def test_the_help_and_the_readme_say_how_a_qualified_figure_is_read():
    from tui.screens.help import QUERY_LANGUAGE

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "不足50%" in readme and "超过50%" in readme and "约50%" in readme and "近50%" in readme
    assert any("不足" in finds and "超过" in finds for _, finds in QUERY_LANGUAGE)
