"""Labels named by a figure yield no fact (sealed8's traps, checked over the bulk corpus):

- a package of measures named by a round count: `二十条优化措施`, `优化调整疫情防控二十条措施`, `十条举措`
  (25 + 5 such facts in bulk); a count written in digits or not round (`1500余条整改措施`) stays a count;
- a class bounded by a distance: `出行800公里以上的游客`, `10公里以上的特长隧道`, `800公里及以下航段`
  (10 in bulk); a length reached (`新线1000公里以上。`, `绿道350公里以上和…`) stays a figure;
- a system named by a figure in quotes: `“276工作日”制度`."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2022-12-01") if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize("text", [
    "确保将二十条优化措施落实到位。",
    "各地对照优化调整疫情防控二十条措施，加强医疗资源建设。",
    "各地落实落细二十条优化防控措施。",
    "国家卫生健康委介绍，十条优化措施出台后，各地积极落实。",
    "国家能源局发布促进能源领域民营经济发展十条举措。",
    "主产区“276工作日”制度常态化。",
])
def test_a_package_or_system_named_by_a_figure_is_no_count(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(("text", "label", "figure"), [
    ("其中，出行800公里以上的游客数量增长20%。", "800公里以上", "20%"),
    ("其中10公里以上的特长隧道2050座。", "10公里以上", "2050座"),
    ("多地600公里以上中长途客运班线客流增长12%。", "600公里以上", "12%"),
])
def test_a_class_bounded_by_a_distance_is_a_label(text: str, label: str, figure: str) -> None:
    got = surfaces(text)
    assert figure in got and not any(label in s for s in got), got


@pytest.mark.parametrize(("text", "surface"), [
    ("梳理出1500余条整改整治措施。", "1500余条"),
    ("确保将20条措施落实到位。", "20条"),
    ("作出四条决定。", "四条"),
    ("预计全年投产新线1000公里以上。", "1000公里以上"),
    ("新建城市绿道350公里以上和一批公园。", "350公里以上"),
])
def test_counts_and_lengths_stay_figures(text: str, surface: str) -> None:
    assert surface in surfaces(text)
