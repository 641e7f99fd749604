"""The quarter before written `上一季` (Taiwan and Hong Kong releases: `較上一季的3.1%`) is `上季`: a base's own
figure after it is of the quarter before the sentence's, not of the sentence's quarter (store/facts/period_forms.py,
period_base_values.py); a season of a programme (`上一季节目`) is no quarter."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("第三季經濟成長率為3.3%，較上一季的3.1%加快。", "3.1%", "2025Q2"),
    ("今年第一季度出口增长率为4.2%，较上一季的5.0%有所放缓。", "5.0%", "2024Q4"),
    ("第三季經濟成長率為3.3%，較上一個季度的2.8%加快。", "2.8%", "2025Q2"),
])
def test_the_figure_of_the_quarter_before_is_that_quarters(text: str, surface: str, period: str) -> None:
    assert periods(text, "2025-11-20")[surface] == period


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("第三季經濟成長率為3.3%，較上一季的3.1%加快。", "3.3%", "2025Q3"),
    ("第三季經濟成長率為3.3%，較上一季加快0.5個百分點。", "0.5個百分點", "2025Q3"),
    ("上一季节目收视率达到2.1%。", "2.1%", None),
])
def test_the_sentences_own_figures_keep_its_quarter(text: str, surface: str, period: str | None) -> None:
    assert periods(text, "2025-11-20")[surface] == period


@pytest.mark.parametrize(("text", "surface"), [
    ("季內實質本地生產總值按年增長3.8%，較上一季的3.1%增幅明顯加快。", "3.1%"),
    ("最新一季，就業不足人數亦由上一季的十萬零九千多人下降至十萬零八千人。", "十萬零九千多人"),
])
def test_before_a_quarter_told_as_the_latest_unnamed_the_quarter_is_unknown(text: str, surface: str) -> None:
    assert periods(text, "2025-11-20")[surface] is None     # (the article's date is not the release's quarter)
