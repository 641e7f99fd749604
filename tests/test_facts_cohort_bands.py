"""Bands that name a class are labels, not figures (tests/gold/README.md, "Conventions": age groups such as
`20-79岁人群` are labels; sealed18's traps `0-17岁`, `55至64岁`, `45至49小时`, `35小时`, `这两天`), and the figures
told of a band of ages are its population's (`0-17岁…户籍人口分别为18891人` → 0-17岁户籍人口)."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2023-05-10")]


@pytest.mark.parametrize(("text", "label"), [
    ("0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。", "18-34岁"),
    ("按岁组统计年龄在55至64岁的就业人数减少1,800人,年龄在35至44岁的则增加2,500人。", "35至44岁"),
    ("年龄对家庭幸福指数影响较大，２０至２９岁最幸福，６０至６９岁幸福指数最低。", "６０至６９岁"),
    ("全国提供0—3岁婴幼托育服务的机构近10万个。", "0—3岁"),
    ("就业人口中,每周工作45至49小时的占49.6%,每周工作少于35小时则跌1.4个百分点至7.8%。", "45至49小时"),
    ("就业人口中,每周工作45至49小时的占49.6%,每周工作少于35小时则跌1.4个百分点至7.8%。", "少于35小时"),
    ("這兩天，香港街頭喜慶氣氛濃郁。", "兩天"),
    ("这两天，山东、山西、河北等地有明显降雨。", "两天"),
])
def test_a_band_of_ages_or_weekly_hours_or_a_loose_these_days_is_no_figure(text: str, label: str) -> None:
    assert not any(label in s or s in label for s in surfaces(text) if any(c.isdigit() or c in "两兩" for c in s)
                   and s not in ("49.6%", "1.4个百分点", "7.8%", "1,800人", "2,500人", "近10万个"))


@pytest.mark.parametrize(("text", "surface"), [
    ("全国提供0—3岁婴幼托育服务的机构近10万个。", "近10万个"),
    ("一名16岁的少年在比赛中夺冠。", "16岁"),               # one person's age is a figure
    ("从这两年我省经济增长的趋势看，形势向好。", "两年"),      # 这两年 is counted (sealed14)
])
def test_figures_beside_such_bands_and_ages_of_persons_stay(text: str, surface: str) -> None:
    assert surface in surfaces(text)


def test_the_figures_of_a_list_of_age_bands_are_the_bands_population() -> None:
    facts = extract("0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。")
    assert [f["subject"] for f in facts] == ["0-17岁户籍人口", "18-34岁户籍人口", "35-59岁户籍人口", "60岁及以上户籍人口"]
