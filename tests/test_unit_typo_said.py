"""A value filter whose unit no fact has is named in the "no match" line.

>0.3ppp (pp typed once too often), >1yi and >1万屯 (吨 mistyped) were told
only that no fact met them, which reads as "there are no such figures"; the
line now names the unit it asked for and how units are written, in the
command's stderr and in the app's list alike."""

from __future__ import annotations

from store.search.query import parse
from tests.test_cli import ingested, run
from tui.search_state import no_results, unit_hint

PAGE = "# 钢铁产量\n2024年，全市粗钢产量3.5万吨。\n"


def test_the_command_names_the_unit_it_found_no_fact_with(capsys, tmp_path):
    db = ingested(tmp_path, capsys, PAGE)
    code, out, err = run(capsys, "--db", db, "search", ">1万屯")
    assert code == 0 and out == ""
    assert err == ("no match: no fact in the store meets >1万屯 (its filters all hold for the same fact); is '屯' "
                   "a unit the facts write (吨, 辆, 元/股; points are 0.3pp, percents 3%, amounts 1亿 or 1亿元)?\n")
    assert run(capsys, "--db", db, "search", ">1万吨")[1] != ""  # the unit written right finds it


def test_the_app_s_list_names_it_too():
    text = no_results(">0.3ppp", parse(">0.3ppp"))
    assert text.startswith("No fact matches “>0.3ppp” (its filters all hold for the same fact); is 'ppp' a unit")
    assert text.endswith("? Escape clears.")


def test_a_filter_without_a_unit_gets_no_such_line():
    assert unit_hint(parse(">1000万亿")) == "" and unit_hint(parse("kind:money >1亿")) == ""
    assert "Escape clears." in no_results(">1000万亿", parse(">1000万亿"))
