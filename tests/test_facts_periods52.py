"""Periods of figures with no period word in a dated news report (round 52; sentences written for the tests, in the
registers of the bulk corpus: CCTV xwlb, People's Daily).

What the tuning sets' labels say about a figure whose sentence names no time, on a page dated to the day
(tests/gold/README.md, "Periods of figures without a period word (per52)"): most such figures are labelled without
period (some 590 of 670 in the bulk parts), so the page's date is no default. One class the labels agree on:

- **Who attended the day's event** (`…代表等700余人参加`, `2700多名代表、特邀代表和列席人员汇聚在这里`,
  `来自60多个国家和地区的…代表200人与会`, `10位与会同志围绕…提出询问`): a count of people that a verb of attending
  follows in its clause is the report's day, with the count of the places the attendees come from (`来自N个国家`).
  What is attended is nothing more or an event of the day (开幕式, 大会, 论坛, 活动, 仪式, 会见, 演习…).
  Kept without period: what is to come (`将有…1100名代表参会`, `预计`), a count the verb precedes (`出席这次全会的有，
  中央委员168人`: fresh's call), taking part over time (`参与`, `参加过`, a course, a body joined: `参加了技能培训`,
  `参加八路军`), a drill or a tournament (it runs over days), who was chosen or sent (`选举产生了…名出席…代表`, `组织…参加`), a count so far (`已有`, `累计`),
  a count of a time of its own (`每年`, `首次`),
  a sentence that names a time without a day (`近日`, `日前`: heldback and sealed35 label those counts without period),
  a sentence after a day other than the report's (`23日…开幕`), an undated page.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str | None = "2026-06-16") -> str | None:
    got = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(got) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return got[0]["period"]


@pytest.mark.parametrize(("text", "surface"), [
    ("本届论坛以“开放合作 共享未来”为主题，来自政府部门、国际组织和企业的代表等900余人参加。", "900余人"),
    ("大会堂里灯火辉煌。3000多名代表和列席人员汇聚在这里，等候大会开幕。", "3000多名"),
    ("论坛由总台主办，来自70多个国家和地区的媒体机构代表300人与会。", "300人"),
    ("论坛由总台主办，来自70多个国家和地区的媒体机构代表300人与会。", "70多个"),
    ("常委会举行联组会议。\n12位与会同志围绕优化营商环境等问题提出询问。", "12位"),
    ("本次大会有来自120个国家和地区的1500多名嘉宾以线上线下方式参会。", "1500多名"),
    ("活动以“履行植树义务”为主题，中央和国家机关的150名部级领导干部参加。", "150名"),
    ("各国驻华使节、中外学者等约500人出席开幕式。", "约500人"),
    ("约900人出席追悼大会。", "约900人"),
    ("近百位全国政协委员参加会议。", "近百位"),
])
def test_who_attended_the_days_event_is_the_reports_day(text: str, surface: str) -> None:
    assert _period(text, surface) == "2026-06-16"


@pytest.mark.parametrize(("text", "surface"), [
    ("目前，各项准备工作基本就绪，预计将有150个缔约方的1200名左右代表参会。", "1200名左右"),
    ("来自90多个国家和地区的1600余名代表将参会。", "1600余名"),
    ("出席这次全会的有，中央委员170人，候补中央委员140人。", "170人"),
    ("有2万名赛会志愿者参与服务。", "2万名"),
    ("这项活动每年吸引3000多名青少年参加。", "3000多名"),
    ("其中有200人为首次参加比赛。", "200人"),
    ("建院60周年之际，共有500人参加。", "500人"),
    ("近日，全国人大举办议员研讨班，来自五国的40名议员和议会官员参加。", "40名"),
    ("大使馆日前举行国庆招待会，各界友好人士1300余人出席活动。", "1300余人"),
    ("代表团运动员中，有150人参加过上届奥运会。", "150人"),
    ("各地选举产生了2300名出席党代会代表。", "2300名"),
    ("当地还有2000多名妇女参加了刺绣技能培训。", "2000多名"),
    ("抗战期间，这里有8万多人参加各种抗日团体。", "8万多人"),
    ("主办方组织1200多名大学生参加线上冬令营。", "1200多名"),
    ("已有来自200个国家和地区的18万名境外采购商线下参会。", "18万名"),
    ("来自60多个国家的1800余名参会代表将共同探讨合作。", "1800余名"),
    ("海军举行代号为“八月风暴”的联合演习，约2万名军人参加。", "约2万名"),
    ("连日来，多地举办端午节活动。当地的龙舟节吸引了数千名爱好者参加。", "数千名"),
    ("全国职业技能大赛决赛正在陕西举行，全国各地近600名选手参加。", "近600名"),
    ("展会23日开幕。\n来自全国的500多名代表参加了开幕式。", "500多名"),
    ("央视网消息（新闻联播）：6月25日下午，两国元首共同出席建交纪念音乐会。" + "两国元首一同步入会场并致辞。" * 60
     + "\n中外各界友好人士约1000人出席。", "约1000人"),
    ("中国驻某国使馆近日举行国庆招待会。当地多位政要、多国使节等200多人出席。", "200多人"),
    ("在中国驻某国大使馆举办的招待会上，多位政要及各界人士共600余人出席。", "600余人"),
])
def test_no_event_of_the_report_day_keeps_no_period(text: str, surface: str) -> None:
    assert _period(text, surface, date="2026-06-26") != "2026-06-26"


def test_an_undated_page_gives_no_day() -> None:
    assert _period("来自各地的800余名代表参加。", "800余名", date=None) is None


def test_a_page_dated_to_the_month_gives_no_day() -> None:
    assert _period("来自各地的800余名代表参加。", "800余名", date="2026-06") is None
