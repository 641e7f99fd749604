"""Subjects as whole phrases (subj34; sentences written for the tests, in the registers of the bulk corpus and the
gold sets, simplified and traditional).

- **A window is the period, not the subject:** a window told with its lead (`过去12个月`, `過去平均12個月`, `过去四年`,
  `…过去5年间`, `截至6月的12個月` with its date taken) was kept in the subject wherever it stood
  (`過去12個月平均淨回報`, `美国武器出口量过去5年间`); it is cut, an average word inside it kept.
- **The noun a count measures, as whole words:** the stop words that end the noun after a count were matched by
  characters, so a word holding one was cut (`人员和武器装备集中区` → `人员和武器装备`: 集中 is a stop, 集中区 a noun);
  they end it only as words of the noun's reading. A verb read with the one-character noun it qualifies, closing the
  noun, names a thing (`液体闪烁体` was `液体`, `省级经开区` was `省级经`).
- **A share told by its whole alone** (`…其中水产养殖产量达0.88亿吨，在全球渔业和水产养殖总产量中的比重达40.89%`,
  `在全球农产品贸易额中所占的比重达11%`) is the part's: the subject of the figure the sentence measured right before,
  `在` and the whole (was the whole's phrase alone, which says the whole is 40.89 %). A share told after a list of
  items measured together (`当归、党参、黄芪种植面积…，占全省…的45%`) is the whole list's, as its figure before is
  (was the last item's, `黄芪种植面积占…`).
- **A base told as the revised figure** (`较2025年12月经修订总额2,456亿澳门元`) is the indicator's earlier value, as
  `前值` and `修正值` already were (was the subject `修订总额`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("截至9月底，股票基金過去12個月平均淨回報為18.8%。", "18.8%", "股票基金平均淨回報"),
    ("截至9月底，佔總資產4%的債券基金，過去平均12個月淨回報率為1.5%。", "1.5%", "平均淨回報率"),
    ("旗下核心累積基金在過去12個月的平均淨回報為9.8%。", "9.8%", "平均淨回報"),
    ("过去四年社会消费品零售总额年均增长5.5%。", "5.5%", "社会消费品零售总额"),
    ("数据显示，美国武器出口量过去5年间增长17%。", "17%", "美国武器出口量"),
    ("过去50年中德贸易额增长了近1000倍。", "近1000倍", "中德贸易额"),
])
def test_a_window_is_cut_from_the_subject(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("当天，乌军打击了俄军13处人员和武器装备集中区。", "13处", "人员和武器装备集中区"),
    ("辽阳决定在4个省级经开区中，仅保留1个有产业特色的经开区。", "4个", "省级经开区"),
    ("探测器由不锈钢网壳、有机玻璃球，以及2万吨液体闪烁体等关键部件组成。", "2万吨", "液体闪烁体"),
])
def test_the_noun_a_count_measures_is_read_in_whole_words(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("10条高速公路集中开工。", "10条", "高速公路"),
    ("全市共有3000多家企业参展。", "3000多家", "企业"),
    ("50多个国家和地区的代表参加了会议。", "50多个", "国家和地区"),
])
def test_a_stop_word_standing_as_a_word_still_ends_the_noun(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("2020年，全球渔业和水产养殖总产量达2.14亿吨，其中水产养殖产量达0.88亿吨，在全球渔业和水产养殖总产量中的比重达40.89%。",
     "40.89%", "水产养殖产量在全球渔业和水产养殖总产量中的比重"),
    ("2020年，全球水生动物出口总额为1510亿美元，在全球农产品贸易额中所占的比重达11%。",
     "11%", "全球水生动物出口总额在全球农产品贸易额中所占比重"),
])
def test_a_share_told_by_its_whole_alone_is_the_parts(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("当归、党参、黄芪种植面积超过150万亩，占全省中药材种植总面积的45%。", "45%", "当归、党参、黄芪种植面积占全省中药材种植总面积"),
    ("其中購貨、佣金及客戶回贈支出為947.6億元(佔總數76%)。", "76%", "購貨、佣金及客戶回贈支出佔總數"),
])
def test_a_share_of_listed_items_is_the_whole_lists(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface"), [
    ("澳门金融管理局今日公布，2026年1月底的外汇储备资产总额初步统计为2,418亿澳门元，较2025年12月经修订总额2,456亿澳门元下跌了1.5%。",
     "2,456亿澳门元"),
    ("澳門金融管理局今日公布，10月底的外匯儲備資產總額初步統計為1,569億澳門元，較9月經修訂總額1,577億澳門元下降了0.5%。",
     "1,577億澳門元"),
])
def test_a_revised_total_is_the_indicators_earlier_value(text: str, surface: str) -> None:
    assert _one(text, surface)["subject"] in ("外汇储备资产总额", "外匯儲備資產總額")
