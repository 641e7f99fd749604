"""Specification: an article of thousands of figures in one run costs linear time and memory.

A flattened table or a feed's run-on line can put thousands of figures in one sentence, one
clause (a list joined by 、) or thousands of bare repeats of one figure; every rule that looks
back over a sentence or a clause would then cost the square of the figures (hours for one
article under the 1,000,000-character limit) and every fact would carry the whole run as its
clause.  These specs count the work instead of timing it.
"""

from __future__ import annotations

import store.facts.article as article_module
import store.facts.subject_level_moves as level_moves
import store.facts.units as units_module
from store.facts.article import article_facts


def _facts(body: str) -> list[dict]:
    return article_facts({"id": "a", "title": "标题", "body": body})


def test_a_list_of_thousands_of_figures_gives_each_a_bounded_clause():
    body = "、".join(f"{i}万元" for i in range(3000))
    facts = _facts(body)
    assert len(facts) == 3000
    assert max(len(f["clause"]) for f in facts) <= 1000
    f = next(f for f in facts if f["surface"] == "1500万元")
    assert f["clause"] in body and "1500万元" in f["clause"]


def _counted(monkeypatch, module, name: str) -> list[int]:
    """Count the calls of module.name from now on (the count is the list's one item)."""
    calls = [0]
    function = getattr(module, name)

    def counting(*args):
        calls[0] += 1
        return function(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_one_sentence_of_thousands_of_figures_reads_a_bounded_stretch_before_each(monkeypatch):
    calls = _counted(monkeypatch, level_moves, "_topic_at")
    n = 3000
    facts = _facts("，".join(["增长5%"] * n) + "。")
    assert len(facts) == n
    assert calls[0] <= n * 200        # the whole sentence for each figure would be n * n / 2


def test_bare_repeats_of_a_figure_are_not_compared_with_each_other(monkeypatch):
    calls = _counted(monkeypatch, article_module, "_same_fact")
    facts = _facts("增长5%。" * 2000)
    assert len(facts) == 2000          # no subject: none restates another
    assert calls[0] == 0


def test_a_figure_repeated_with_its_subject_is_still_one_fact():
    facts = _facts("出口增长5%。\n出口增长5%，进口增长3%。")
    exports = [f for f in facts if f["surface"] == "5%"]
    assert len(exports) == 1 and len(exports[0]["mentions"]) == 1


def test_a_line_of_thousands_of_bare_numbers_is_not_walked_again_from_each(monkeypatch):
    """1、2、3、… with no unit after it: each number may start a list sharing a unit, and
    walking the whole line from each would cost the square of its length."""
    calls = _counted(monkeypatch, units_module, "unit_after")
    monkeypatch.setattr("store.facts.figures.unit_after", units_module.unit_after)
    n = 3000
    _facts("1、" * n)
    assert calls[0] <= n * 60         # from each number to the end of the line would be n * n / 2


def test_a_list_sharing_its_unit_still_gives_every_item_the_unit():
    facts = _facts("翘尾影响分别为3.7、2.6、3.1和3.2个百分点。")
    assert [(f["surface"], f["unit"]) for f in facts if f["kind"] == "points"] == \
        [("3.7", "个百分点"), ("2.6", "个百分点"), ("3.1", "个百分点"), ("3.2个百分点", "个百分点")]
