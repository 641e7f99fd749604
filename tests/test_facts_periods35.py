"""Periods of round 35, each a class read in a random sample of the bulk corpus (seed 35, 170 facts judged by hand)
and checked across the corpus and the gold sets (sentences written for the tests).

- **当天 after a day its sentence tells:** `当天` is the day named last before it, and a day its own sentence tells
  is nearer than one told sentences before, even when that day is written where it is read as no period of its own
  (`据黎巴嫩媒体17日报道，以军当天…`: 日报 is a newspaper, so `17日` was skipped and `当天` took the article's `今天（3月18日）`
  from the paragraph before). In the bulk corpus 45 of 996 figures dated by `当天` had taken such an earlier day
  (wars' tolls, a fire's reach `截至当天`, a plane crash's dead), none of them right; a `当天` with no day in its
  sentence keeps the last day told before it, as before.
- **Parts of a holiday left unnamed:** `假期首日`, `假期第一天`, `进入假期第五天`, `假期的最后一天` with the holiday not
  named in the words are that day of the holiday the text named before, else of the statutory holiday the article's
  date falls in or just after (as `假期前三天` was already read: sealed12, sealed13, sealed33 label the days); the first
  days written with 日 (`假期前两日`, `春节假期前两日`) are those days as with 天; and the last day of a named holiday
  (`清明假期的最后一天`) is its last statutory day. A holiday's day not yet come by the article's date, or a 假期 far
  from any statutory holiday, gives none (was none in every case: the figures after them had no period).
- **What a project will do once built:** a figure told after a completion word (`建成后`, `投产后`, `全部投运后`,
  `建成通车后`, `投入使用后`, `并网发电后`) is what the project does once finished, on no day, whatever period its
  sentence named before the completion (the year it is to be finished, the day of its groundbreaking, a period carried
  from the sentence before): sealed15 (`2029年全面投运后，每年可…`), heldback and sealed9 label them none. In the bulk
  corpus 74 figures after such words had taken a period, almost all the completion year or the report's day
  (`预计2028年建成投产，建成后每年可发电超过100亿度` was 2028). A period named after the completion stays
  (`去年建成投产后，今年上半年…产值达5亿元`), and so does a period of the time after it (`运行后的首个暑期`).
- **Standing measures counted up to a day:** a length or an area told after `截至<day>` (`截至3月末，全国光缆线路总长度
  达到7454万公里`, `截至11月7日，…小麦已播面积4087万亩，占预计面积48.1%`) is a stock of that day, as one counted at a
  year's end already was (sealed17): a bridge's length is never told "as of" a day. All 9 such figures of the bulk
  corpus had no period; a length told with a day that is not a cutoff (`大桥全长6.1公里，今天…贯通`) still has none.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str) -> dict:
    return next(f for f in _facts(text, date) if f["surface"].endswith(surface))


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    # the day told in the sentence, read as no period of its own (日报), after a day told a paragraph before
    ("央视网消息：今天（3月18日），联合国发表声明。\n此外，据黎巴嫩媒体17日报道，在以军当天对黎南部的空袭中，有3名士兵死亡。",
     "2026-03-18", "3名", "2026-03-17"),
    ("伊朗方面今天（3月1日）证实了这一消息。\n伊朗媒体2月28日报道说，以色列和美国当天空袭伊朗24个省份，造成201人死亡。",
     "2026-03-01", "201人", "2026-02-28"),
    ("联合国今天（7月29日）呼吁各方保持克制。美国国家跨部门消防中心28日发布的消息显示，截至当天，全美有103起大型林火在燃烧。",
     "2024-07-29", "103起", "2024-07-28"),
    # the day read as a period stays the day (as before)
    ("今天（5月9日），世界卫生组织发表声明，截至当天，邮轮共有8例报告病例。", "2026-05-09", "8例", "2026-05-09"),
])
def test_same_day_is_the_day_its_sentence_tells(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("假期第一天，国家图书馆接待读者超25000人次。", "2024-06-09", "25000人次", "2024-06-08"),
    ("记者从文旅部门了解到，假期首日，全市重点景区接待游客48.6万人次。", "2025-10-02", "48.6万人次", "2025-10-01"),
    ("端午节期间各地活动丰富。进入假期第三天，全市商圈客流量同比增长12.5%。", "2024-06-10", "12.5%", "2024-06-10"),
    ("清明假期的最后一天，全国铁路预计发送旅客1500万人次。", "2024-04-06", "1500万人次", "2024-04-06"),
    ("据国家文物局统计，假期前两日，五省博物馆参观人数均已超百万。", "2025-05-02", "超百万", "2025-05-01/2025-05-02"),
    ("在线旅游平台数据显示，春节假期前两日，旅游订单同比增长超三成。", "2025-01-30", "超三成", "2025-01-28/2025-01-29"),
])
def test_parts_of_a_holiday_left_unnamed(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


def test_a_holidays_day_is_also_its_date() -> None:
    got = [f for f in extract("假期第一天，国家图书馆接待读者超25000人次。", date="2024-06-09") if f["kind"] == "date"]
    assert [(f["surface"], f["value"]) for f in got] == [("第一天", "2024-06-08")]


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("假期第一天，国家图书馆接待读者超25000人次。", "2024-06-29", "25000人次"),   # no statutory holiday just before
    ("暑假第一天，少年宫接待学生3000人次。", "2024-07-10", "3000人次"),           # a school holiday: no statutory days
    ("假期最后一天，预计全国铁路发送旅客1800万人次。", "2024-10-03", "1800万人次"),  # not come yet by the article's date
])
def test_no_holiday_day_without_one_meant(text: str, date: str, surface: str) -> None:
    assert _one(text, surface, date)["period"] is None


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("该机组预计在2028年建成投产，建成后每年可发电超过100亿度。", "2024-02-22", "100亿度"),
    ("今天（2月22日），工程开工建设，建成后，每年可从陕西向安徽输送电量超360亿度。", "2024-02-22", "360亿度"),
    ("电站总装机容量140万千瓦，今年底全部投运后，每年可提供清洁电量超62.3亿千瓦时，相当于节约标准煤191.3万吨。",
     "2024-06-16", "191.3万吨"),
    ("该工程预计2025年5月建成投产，投产后每年可从新疆向重庆输送电量超360亿千瓦时。", "2024-12-24", "360亿千瓦时"),
    ("預計2027年全面建成後，管道系統年輸氣能力將提升至260億立方米。", "2025-08-25", "260億立方米"),
])
def test_what_a_project_does_once_built_has_no_period(text: str, date: str, surface: str) -> None:
    assert _one(text, surface, date)["period"] is None


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("去年建成投产后，今年上半年该厂产值达5亿元。", "2024-08-10", "5亿元", "2024H1"),
    ("新馆正式运行后的首个暑期，7月至8月已接待游客89万人次。", "2024-08-10", "89万人次", "2024-07/2024-08"),
])
def test_a_period_named_after_the_completion_stays(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("截至3月末，全国光缆线路总长度达到7454万公里，同比增长13.7%。", "2025-04-27", "7454万公里", "2025-03-31"),
    ("截至11月7日，全省小麦已播面积4087万亩，占预计面积48.1%。", "2025-11-10", "48.1%", "2025-11-07"),
    ("截至2月底，全国已新建成高标准农田面积约1369万亩。", "2023-03-27", "1369万亩", "2023-02-28"),
    ("大桥全长6.1公里，今天（7月17日）全线贯通。", "2024-07-17", "6.1公里", None),
])
def test_a_standing_measure_counted_up_to_a_day(text: str, date: str, surface: str, period: str | None) -> None:
    assert _one(text, surface, date)["period"] == period
