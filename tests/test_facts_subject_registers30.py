"""Subjects of forms many writers use, found by writing sentences in the registers the fresh samples hold
(Hong Kong and Macao results and property reports, Taiwan statistics, tariffs and market reports, mainland
communiqués, bond, FX and commodity reports, jobs and prices news) and reading what the extractor gives.
Each sentence is written for the test.

- **A growth rate ranked** (`增速居全省第6位`, `当月增幅列全省第三`): the rate is ranked, not the level, so the subject is
  the thing growing with the rate word as written (`规模以上工业增加值增速`); the level alone would read as the
  indicator's own place.
- **The field of a ranking** (`在14个市州中排名第三`, `位居全市五个县区第五位`): the count names the field
  (`市州`), not the field with its ranking (`市州中排名第三`).
- **An attributable profit's move told with its verb** (`股東應佔純利下跌27%至9.58億港元`): the verb is no part of
  the profit's name, as 减少 and 增加 were not.
- **A currency quoted against another with 对** (`人民币对美元收盘报7.1025`, `欧元对美元报1.1582`): the pair, as with
  兑; the subject was the quote currency alone (`美元`).
- **A day a change takes effect from** (`10月起`, `自10月1日起`) is when, not what: `起住宅用电价格` lost its 起, and a
  price's denominator after the thing priced (`住宅用電每度調漲0.71%`) is no part of it.
- **A weekend or a week** (`十大藍籌屋苑周末錄得14宗成交`, `50個指標屋苑上周末`) is when the deals were done:
  the estates are what is counted; a month told alone before a forecast (`全月有望突破4,000宗`) names nothing, the
  indicator told before it is meant.
- **A loss in traditional script** (`公司虧損3億元`) is a negative figure of `淨利潤`, in the script it is written in.
- **A topic clause `X方面，`** names the figures of the clause after it that tell only a period or a verb of adding up
  before the figure (`工业方面，前三季度增长6.2%`).
- **A market's move told after its name** (`碳酸锂期货主力合约一度涨停，收涨8.9%，报每吨9.52万元`): a clause holding only
  the move or the quote is the move of the thing the clause before opens with (it had no subject); and of what a release
  reports (`国家统计局今日公布10月CPI数据，同比上涨0.2%`).
- **A rate per so many people** after its name (`粗出生率為每千人4.34人`) is that rate's, not `每千人`'s.
- **Visitors to a place** written `來台`, `来京` keep their 来 (`來台旅客`, not `台旅客`).
- **A count of things priced on average** (`28种重点监测蔬菜平均批发价格`) counts the things (`重点监测蔬菜`), and
  interest-bearing debt (`有息负债`) is one word.
- **A sum collected** (`全國賦稅收入累計實徵3兆1,256億元`, `税收收入累计入库1万亿元`) is what the phrase before the
  tally names; the verb (`實徵`, `入库`) was the subject, while a verb with its object (`累计调水`) stays the object.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str | None = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("subject") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("规模以上工业增加值增长5.8%，增速居全省第6位。", "全省第6位", "规模以上工业增加值增速"),
    ("全区一般公共预算收入增长9.7%,增幅在中心城区排位第五。", "第五", "全区一般公共预算收入增幅"),
    ("规模工业增加值8月当月增长8.9%,当月增幅列全省第三。", "全省第三", "规模工业增加值当月增幅"),
    ("一般公共财政预算收入增长20.4%,完成年初预算的53.5%,增幅位居全省第二位。", "全省第二位", "一般公共财政预算收入增幅"),
])
def test_a_growth_rate_ranked_is_the_rate_of_what_grew(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_level_ranked_stays_the_level() -> None:
    assert _subjects("全年地区生产总值突破3000亿元，稳居全省第二。")["全省第二"] == "地区生产总值"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全市规模以上工业增加值增长7.2%，在14个市州中排名第三。", "14个", "市州"),
    ("一般公共预算收入增长8.3%，增幅在全省16个地市中排第2位。", "16个", "地市"),
    ("工业增加值增长7.1%,增幅位居全市五个县区第五位。", "五个", "县区"),
    ("选举产生了12名本市第十六届人大代表。", "12名", "本市第十六届人大代表"),
])
def test_the_field_of_a_ranking_is_counted_without_its_place(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("某地產中期股東應佔純利下跌27%至9.58億港元。", "某地產中期股東應佔純利"),
    ("長實集團全年股東應佔溢利上漲19.3%至138億港元。", "長實集團全年股東應佔溢利"),
])
def test_an_attributable_profit_moved_by_a_verb_keeps_its_name(text: str, subject: str) -> None:
    assert set(_subjects(text).values()) == {subject}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("人民币对美元收盘报7.1025。", "7.1025", "人民币对美元"),
    ("在岸人民币对美元16:30收盘报7.1025。", "7.1025", "在岸人民币对美元"),
    ("欧元对美元报1.1582。", "1.1582", "欧元对美元"),
])
def test_a_currency_quoted_against_another_is_the_pair(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_fixing_table_told_from_a_sum_is_no_pair() -> None:
    subjects = _subjects("人民币1元对224.26韩元，1加拿大元对人民币4.8559元。")
    assert "对人民币" not in (subjects["224.26韩元"] or "")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("10月起住宅用电价格上调0.71%。", "0.71%", "住宅用电价格"),
    ("自10月1日起住宅用電每度調漲0.71%。", "0.71%", "住宅用電"),
    ("明年1月起最低工资标准上调至2690元。", "2690元", "最低工资标准"),
    ("起重机产量增长5%。", "5%", "起重机产量"),
])
def test_the_day_a_change_takes_effect_from_is_no_part_of_the_subject(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("十大藍籌屋苑周末錄得14宗成交。", "14宗", "十大藍籌屋苑"),
    ("十大蓝筹屋苑上周末录得14宗成交。", "14宗", "十大蓝筹屋苑"),
    ("全港50個指標屋苑上周末共錄得42宗二手成交。", "50個", "指標屋苑"),
    ("二手私宅註冊量錄得2,870宗，全月有望突破4,000宗。", "4,000宗", "二手私宅註冊量"),
])
def test_a_week_or_a_month_told_with_a_count_is_when_not_what(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("公司虧損3億元。", "淨利潤"),
    ("期內虧損為3億元。", "淨利潤"),
    ("公司亏损3亿元。", "净利润"),
])
def test_a_loss_names_its_profit_in_its_own_script(text: str, subject: str) -> None:
    assert set(_subjects(text).values()) == {subject}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("工业方面，前三季度增长6.2%。", "6.2%", "工业"),
    ("出口方面，同比增长5.2%。", "5.2%", "出口"),
])
def test_a_topic_clause_names_a_figure_told_after_a_period(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("碳酸锂期货主力合约一度涨停，收涨8.9%，报每吨9.52万元。", "8.9%", "碳酸锂期货主力合约"),
    ("碳酸锂期货主力合约一度涨停，收涨8.9%，报每吨9.52万元。", "9.52万元", "碳酸锂期货主力合约"),
    ("工业硅期货主力合约盘中跌停，收跌5.1%。", "5.1%", "工业硅期货主力合约"),
    ("国家统计局今日公布10月CPI数据，同比上涨0.2%。", "0.2%", "CPI"),
])
def test_a_move_told_after_its_name_is_the_named_things(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize("text", [
    "他表示，上涨了10%。",
    "今年以来，上涨10%。",
    "记者从市商务局获悉，同比增长12%。",
])
def test_a_clause_that_reports_or_dates_names_no_mover(text: str) -> None:
    assert set(_subjects(text).values()) == {None}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("粗出生率為每千人4.34人。", "4.34人", "粗出生率"),
    ("114年1至9月來台旅客為612萬人次。", "612萬人次", "來台旅客"),
    ("蔬菜方面，28种重点监测蔬菜平均批发价格为每公斤5.12元。", "28种", "重点监测蔬菜"),
    ("公司有息负债规模为86.2亿元。", "86.2亿元", "有息负债规模"),
])
def test_names_kept_whole(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全國賦稅收入累計實徵3兆1,256億元，較上年同期增加6.2%。", "3兆1,256億元", "全國賦稅收入"),
    ("全國賦稅收入累計實徵3兆1,256億元，較上年同期增加6.2%。", "6.2%", "全國賦稅收入"),
    ("全国税收收入累计入库1万亿元。", "1万亿元", "全国税收收入"),
    ("工程已累计调水500亿立方米。", "500亿立方米", "调水"),
])
def test_a_sum_collected_is_what_was_collected(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject
