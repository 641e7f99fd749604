"""A rank reads as a rank wherever a value is shown: 全国第三 is "全国第3",
never a bare "3" that reads as a count or a level; a top-N stays a top-N
(前两位 → 前2位) and the unit follows (第一批 → 第1批)."""

from __future__ import annotations

import pytest

from tests.test_cli import run
from tui.citation import format_value
from tui.series_output import row_value


@pytest.mark.parametrize(("fact", "value", "in_series"), [
    ({"kind": "rank", "surface": "全国第三", "value": 3, "unit": None}, "全国第3", "全国第3"),
    ({"kind": "rank", "surface": "世界第一", "value": 1, "unit": None}, "世界第1", "世界第1"),
    ({"kind": "rank", "surface": "第一批", "value": 1, "unit": "批"}, "第1", "第1批"),
    ({"kind": "rank", "surface": "前两位", "value": 2, "unit": "位"}, "前2", "前2位"),
    ({"kind": "rank", "surface": "首期", "value": 1, "unit": "期"}, "第1", "第1期"),
    ({"kind": "rank", "surface": "第3至5名", "value": 3, "value_high": 5, "unit": "名"}, "第3–5", "第3–5名"),
    ({"kind": "rank", "value": 3, "unit": None}, "第3", "第3"),  # a series row carries no surface
])
def test_a_rank_value_says_which_place(fact, value, in_series) -> None:
    assert format_value(fact) == value
    assert row_value(fact) == in_series


def test_other_kinds_keep_their_numbers() -> None:
    assert format_value({"kind": "count", "surface": "第3", "value": 3, "unit": "个"}) == "3"


def test_factdesk_series_and_facts_print_a_rank_as_a_rank(capsys, tmp_path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("山城汽车产量创新高\n\n2024年，山城汽车产量全国第三。\n", encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "--db", db, "ingest", str(page))[0] == 0
    code, out, _ = run(capsys, "--db", db, "series", "kind:rank")
    assert code == 0 and "  第3  " in out and "  3  " not in out, out
    code, out, _ = run(capsys, "--db", db, "facts", "--kind", "rank")
    assert code == 0 and "全国第3" in out, out


def test_series_help_says_how_a_rank_reads(capsys) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "series", "--help")
    assert "A rank reads as a place: 第3" in " ".join(capsys.readouterr().out.split())
