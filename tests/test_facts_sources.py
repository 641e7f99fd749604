"""Arrivals, imports and shares of a region or source named once take it as subject
(tests/gold/README.md: the subject is what was measured; a share's subject is the item whose
share it is): `旅客來源以內地為主,共錄得3,780萬人次` → 內地, `非內地旅客方面,則錄得…` → 非內地旅客,
`其中台灣、日本…的增長尤為顯著,均錄得25%或以上的升幅` → the listed places, `从巴西进口了2750万吨`
→ the flow, `上年同期为2230万吨` → the figure before it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-02-10")
            if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("訪澳旅客來源以內地為主,共錄得2,870萬人次,按年增長約9%,佔總旅客量七成五。", "2,870萬人次", "內地"),
    ("訪澳旅客來源以內地為主,共錄得2,870萬人次,按年增長約9%,佔總旅客量七成五。", "約9%", "內地"),
    ("訪澳旅客來源以內地為主,共錄得2,870萬人次,按年增長約9%,佔總旅客量七成五。", "七成五", "內地"),
    ("入境游客以港澳台为主,共接待1,520万人次,同比增长12%。", "1,520万人次", "港澳台"),
])
def test_the_main_source_names_the_figures_after_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


# (或以上 is the bound's qualifier, in the surface as 以上 is)
@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("非內地旅客方面,則錄得980萬人次,按年增幅達18%,佔總量約兩成三。", "980萬人次", "非內地旅客"),
    ("非內地旅客方面,則錄得980萬人次,按年增幅達18%,佔總量約兩成三。", "18%", "非內地旅客"),
    ("非內地旅客方面,則錄得980萬人次,按年增幅達18%,佔總量約兩成三。", "約兩成三", "非內地旅客"),
    ("长途旅客方面,共发送1.2亿人次,同比增长6.5%。", "6.5%", "长途旅客"),
])
def test_a_topic_clause_names_the_figures_that_name_nothing(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


# (或以上 is the bound's qualifier, in the surface as 以上 is)
@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("非內地旅客方面,則錄得980萬人次,其中韓國、泰國及中東地區的增長尤為顯著,均錄得30%或以上的升幅。", "30%或以上",
     "韓國、泰國及中東地區"),
    ("境外游客约有860万人次，当中日本、韩国和东南亚地区的增长尤为强劲，按年增幅均达20%或以上。", "20%或以上",
     "日本、韩国和东南亚地区"),
])
def test_a_part_named_by_its_growth_owns_the_rate_after_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2014年前十个月中国从美国进口了2310万吨大豆,相比之下,上年同期为2050万吨。", "2310万吨", "中国从美国进口"),
    ("2014年前十个月中国从美国进口了2310万吨大豆,相比之下,上年同期为2050万吨。", "2050万吨", "中国从美国进口"),
    ("今年前三季度中國從澳洲進口了6800萬噸鐵礦石,相較之下,上年同期為6100萬噸。", "6100萬噸", "中國從澳洲進口"),
    ("2014年前十个月中国油菜籽进口量为380万吨,大部分来自加拿大,数量为310万吨,上年同期为260万吨。", "310万吨",
     "来自加拿大"),
    ("2014年前十个月中国油菜籽进口量为380万吨,大部分来自加拿大,数量为310万吨,上年同期为260万吨。", "260万吨",
     "来自加拿大"),
])
def test_a_flow_from_a_source_and_its_year_earlier_figure(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_year_earlier_figure_with_its_own_noun_keeps_it() -> None:
    assert subjects("意大利经常账户赤字91亿欧元，去年同期则是734亿欧元盈余。")["734亿欧元"] == "盈余"


def test_another_aspect_is_no_topic() -> None:
    assert subjects("另一方面,同比增长3%。")["3%"] != "另一"
