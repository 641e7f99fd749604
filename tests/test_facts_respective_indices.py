"""Index values listed for the parts of a whole named just before (`資訊通信產品動向指數為46.5，電子產品及光學器材
各為51及50.2`, `制造业PMI为49.5，其中大型、中型企业分别为50.1和48.9`): each bare number of the list is the index for
its part.  Without an index value before it in its sentence, a bare list (`分别为3和5`) stays no figure.
Sentences written for the rule after the sealed15 sample's Taiwan release."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "want"), [
    ("其中，資訊通信產品動向指數為46.5，電子產品及光學器材各為51及50.2。", [46.5, 51, 50.2]),
    ("制造业PMI为49.5，其中大型、中型企业分别为50.1和48.9。", [49.5, 50.1, 48.9]),
    ("製造業PMI為48.3，大型企業、中型企業及小型企業分別為49、47.2及46.5。", [48.3, 49, 47.2, 46.5]),
])
def test_a_list_for_the_parts_after_an_index_value_is_that_index(text: str, want: list) -> None:
    assert [f["value"] for f in extract(text) if f["kind"] == "index"] == want


@pytest.mark.parametrize("text", ["两队分别为3和5。", "他们分别为3和5，指数为46.5。"])
def test_a_bare_list_without_an_index_before_it_is_no_figure(text: str) -> None:
    assert not [f for f in extract(text) if f["surface"] in ("3", "5")]
