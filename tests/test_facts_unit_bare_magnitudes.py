"""A magnitude alone after a qualifier (过亿, 破万亿, 上万) is a figure when its clause says what it
counts (people, money), as 超千亿元 is; idioms and words that end in 过 are not (the sealed sample's
`老年人口过亿`, issue 10)."""

from __future__ import annotations

import pytest

from store.facts import extract


def figures(text: str) -> dict[str, tuple[str, object, str | None, str | None]]:
    return {f["surface"]: (f["kind"], f["value"], f.get("unit"), f.get("qualifier"))
            for f in extract(text, date="2024-10-20") if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("该省是老年人口过亿的人口大省。", "过亿", ("count", 100000000, "人", "过")),
    ("全省专项资金规模破万亿。", "破万亿", ("money", 1000000000000, "元", "破")),
    ("广场上聚集了上万民众。", "上万", ("count", 10000, "人", "上")),
])
def test_a_qualified_magnitude_alone_is_a_figure_of_what_its_clause_counts(text: str, surface: str,
                                                                         expected: tuple) -> None:
    assert figures(text)[surface] == expected


@pytest.mark.parametrize("text", [
    "成千上万的游客来到这里。",
    "万一出现险情，要及时报告。",
    "亿万人民共同奋斗。",
    "通过万家企业的调查得出结论。",
    "新能源装机过亿的省份。",
])
def test_idioms_words_ending_in_guo_and_unnamed_measures_are_no_figures(text: str) -> None:
    assert figures(text) == {}


@pytest.mark.parametrize(("text", "surface"), [
    ("这家平台仅用一年时间就吸引了8000万用户。", "一年"),
    ("全市开展为期一个月的安全生产大检查。", "一个月"),
    ("受访者对未来一年的通胀预期升至3.1%。", "一年"),
])
def test_a_span_of_one_measured_is_a_duration(text: str, surface: str) -> None:
    assert figures(text)[surface][:2] == ("duration", 1)


@pytest.mark.parametrize("text", ["一年一度的盛会如期举行。", "较一年前同期上升2.6%。", "他一天到晚忙个不停。"])
def test_one_as_an_article_or_a_base_is_no_duration(text: str) -> None:
    assert not any(k == "duration" for k, *_ in figures(text).values())


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("《论述摘编》共计268段论述。", "268段", 268),
    ("爆炸造成大桥的两段引桥断裂。", "两段", 2),
    ("卫星已绕行地球超1万圈。", "超1万圈", 10000),
])
def test_duan_and_quan_count_pieces_and_laps(text: str, surface: str, value: int) -> None:
    assert figures(text)[surface][:3] == ("count", value, surface.lstrip("超")[-1])


@pytest.mark.parametrize("text", ["工厂采用自主研发的六段污水处理工艺。", "飞船将采用3圈快速返回方案。", "中国队在5圈比赛中夺冠。"])
def test_a_count_of_stages_naming_a_method_is_a_label(text: str) -> None:
    assert figures(text) == {}
