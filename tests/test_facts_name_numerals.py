"""Numerals inside names and idioms are no figures (tests/gold/README.md: labels, names, idioms):
place names built on N道 (`六道河镇`, `五道口`), a 神舟 flight's short name (`神二十一乘组`), a relation's
slogan (`“黄金三十年”`), a short quoted slogan on two numerals (`“一日游两国”`) and
`四处` "everywhere" before a verb — while a count of steps or of sites stays a count."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "numeral"), [
    ("受强降雨影响，河北承德兴隆县六道河镇杨家台等7个村遭灾。", "六道"),
    ("目前，六道沟、思家岭、罗圈厂3个村已恢复供电。", "六道"),
    ("2024清华五道口全球金融论坛在浙江举行。", "五道"),
    ("在五道梁、五北大桥一带设置藏羚羊迁徙廊道。", "五道"),
    ("神二十一乘组在轨训练有序开展。", "二十一"),
    ("神十八航天员乘组返回地面。", "十八"),
    ("神十四和神十五乘组在轨会师。", "十四"),
    ("搭载神舟二十三号载人飞船的长征二号F遥二十三运载火箭在酒泉卫星发射中心点火发射。", "二十三"),
    ("在五棵松体育中心，不少滑雪爱好者前来打卡。", "五棵"),
    ("夏练三伏，冬练三九，日复一日。", "三伏"),
    ("小暑过后将迎来三伏天。", "三伏"),
    ("这片水域却一度危机四伏。", "四伏"),
    ("中哈关系已经开启新的“黄金三十年”，中方愿同哈方一道努力。", "三十年"),
    ("将引领两国关系进入新的“黄金50年”。", "50年"),
    ("大宇没有急着找加盟，而是四处寻找合作伙伴。", "四处"),
    ("马涛在工作室内四处走动，督促着电脑前的同事。", "四处"),
    ("这里的企业不再需要四处奔波。", "四处"),
    ("乡亲们迁出了四处漏风的茅草屋。", "四处"),
])
def test_numerals_in_names_and_idioms_are_no_figures(text: str, numeral: str) -> None:
    assert [f["surface"] for f in extract(text) if numeral in f["surface"]] == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("伴随着开犁、启闸放水，十二道古法农耕工序有序进行。", "十二道", 12),
    ("我国再添四处世界灌溉工程遗产。", "四处", 4),
    ("北溪天然气管道出现四处泄漏点。", "四处", 4),
    ("辽宁四处大型灌区改造工程加紧施工。", "四处", 4),
])
def test_counts_of_steps_and_sites_stay_counts(text: str, surface: str, value: int) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["kind"], f["value"]) == ("count", value)



@pytest.mark.parametrize("text", [
    "跨境自驾游线路开通，让“一日游两国”成为现实。",
    "以拉萨为核心的“五城三小时经济圈”不断焕发新活力。",
    "超级充电站最快实现充电“一秒一公里”。",
    "景德镇以“一镇四区、一江三河”为骨架。",
    "灾后恢复重建工作实现“三年规划、两年完成”。",
    "为推动“一山两省协同治理”，两省签署协议。",
])
def test_a_short_quoted_slogan_on_two_numerals_holds_no_figure(text: str) -> None:
    q = text.index("“")
    assert [f["surface"] for f in extract(text) if q < f["start"] < text.index("”")] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("持续巩固和扩大“带动三亿人参与冰雪运动”的成果。", "三亿人"),
    ("开创了页岩油“十亿吨储量、三百万吨产量”良好开局。", "三百万吨"),
])
def test_a_quoted_target_or_a_longer_quote_keeps_its_figures(text: str, surface: str) -> None:
    assert surface in [f["surface"] for f in extract(text)]
