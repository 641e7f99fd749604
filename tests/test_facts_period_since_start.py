"""Years since a start (`项目启动两年来`, `开通三年来`): the years from the start to the article's
(tests/gold/README.md, sealed4: cumulative figures beside `启动两年来` in 2022 are 2020/2022).  The figures
after a bare `十年来` take the years of the duration (test_facts_period_years_since.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2022-11-06") -> dict[str, str | None]:
    return {f["surface"].lstrip("近超"): f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "want"), [
    ("“粤港澳大湾区组合港”项目启动两年来，已覆盖大湾区近90%城市，累计开通线路24条。", "2020/2022"),
    ("中欧班列开通三年来，累计开通线路24条，覆盖90%城市。", "2019/2022"),
    ("该平台上线5年来，累计开通线路24条，覆盖90%城市。", "2017/2022"),
])
def test_the_years_since_a_start_up_to_the_article(text: str, want: str) -> None:
    got = periods(text)
    assert (got["90%"], got["24条"]) == (want, want)


def test_a_bare_ten_years_gives_its_years_to_the_figures_after_it() -> None:
    got = periods("十年来，我国网民规模达11.25亿人，互联网普及率超80%。", date="2026-04-19")
    assert got["80%"] == "2017/2026"
