"""Standing attributes (a bridge's length, a museum's holdings, an area) have no period of the day they are told on
(periods.assign_periods leaves them none); an area sown, hit or treated in a period is a flow of that period
(播种面积, 受灾面积, 治理面积), and so is an area sold or contracted (签约面积, 合同销售建筑面积). A length or an area counted at a year's end (`2021年底，…光缆线路总长度达到5481万公里`,
`截至2023年底，…体育场地面积40.71亿平方米`) is a stock of that day, as sealed17 labels it: the day stays; and so is
one counted up to any day named with 截至 (`截至3月末，全国光缆线路总长度达到7454万公里`, `截至11月7日，…小麦已播面积4087万亩，
占预计面积48.1%`): a standing attribute is never told "as of" a day (in the bulk corpus all 9 such figures had none).
An area told in a sentence whose own period before it is a year, a quarter, a month or a window of them
(`今年，蚌埠已推广…小麦新品种6个，面积近1.2万亩，预计增产近10%`, `2014年，全市茶园总面积已达98万亩`, `今年，…预计冬油菜面积
1.1亿亩以上`) is the area of that period, planted, irrigated or held in it, as the sets label it (sealed13, sealed33,
sealed36, sealed43: per54); told on a day (`今天…`), it stays the thing's size.
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan

# (a developer's sales by area are a flow too: 签约面积73万平方米, 合同销售建筑面积约4389万平方米 — sealed40's Poly and
# Country Garden; a building's 建筑面积 alone stays its size)
_STANDING_RE = re.compile(r"全长|总长|长度|(?<!播种|受灾|成灾|绝收|治理|造林|新增|完成|建成|改造|销售|施工|竣工|开工|成交|种植|收获|过火|退耕|休耕|流失|耕作|签约)"
                          r"(?<!销售建筑|签约建筑|成交建筑|竣工建筑|施工建筑|开工建筑)面积|海拔|高度|深度|直径|藏品|时速|排水量|占地(?!区|區)|分辨率|(?:已建|已建成|现有|原有|已有)的")


# what an area can be once a work is done, or could be (预计明年4月全面完工，防洪面积将达18万亩; 2007年，…发现的灌溉面积可达
# 100余平方公里的…水利系统), and a share of the whole year's area (春播粮食面积占全年一半以上): no period of the time named
# (设计灌溉面积59万亩: a design's; 自2017年启动建设…以来，…绿化面积累计达到74.3万亩: the since's start year is no period
# of the total)
_CAPACITY_RE = re.compile(r"(?:完工|竣工|建成|投运|投入使用|投入运行|投產|投产|通水|可达|可達|可以|可(?=[\d约近超])|能够|能夠|占全年|佔全年|设计|設計"
                          r"|以来|以來)(?!面积|面積)")     # (其中投产面积67.46万亩: the area's name, sealed36)


# (5000多米长的运输轨道 after 今年夏种…, its subject carried from 插秧面积: a length, no area; 实现联合国提出的“到2030年土地
# 退化零增长”目标，全国湿地总面积8.45亿亩: a year inside a goal's quoted name dates nothing)
# a building's or a hall's size, whatever year is told (2018年,该项目建筑面积约4389万平方米: sealed40's call)
_BUILT = ("建筑", "建築", "使用", "展览", "展覽", "营业", "營業", "套内", "套內", "居住", "展馆", "展館")
_LENGTHS = ("米", "公里", "千米", "厘米", "毫米", "里")


def _season(sp: PeriodSpan) -> bool:
    """A period an area can be of: a year, a half, a quarter, a month or a window of them, named as the figure's own
    (not a base, not a day: `今天…展馆面积` stays the hall's size)."""
    return bool(sp.period) and not sp.base and not sp.point and len(sp.period.split("/")[0]) <= 7


def standing(norm: str, f: dict[str, Any], sent_start: int, mine: list[PeriodSpan]) -> bool:
    """`f` measures a standing attribute, told with no year's end before it in its sentence (`mine`: the
    periods before the figure there)."""
    hit = _STANDING_RE.search(f.get("subject") or "") or _STANDING_RE.search(norm, max(sent_start, f["start"] - 6), f["start"])
    if not hit:
        return False
    if hit.group() == "面积" and hit.string[max(0, hit.start() - 2):hit.start()] not in _BUILT \
            and mine and _season(mine[-1]) and norm[mine[-1].start - 1:mine[-1].start] != "占" \
            and not _CAPACITY_RE.search(norm, mine[-1].end, f["start"]) and f.get("unit") not in _LENGTHS \
            and norm.count("“", sent_start, mine[-1].start) <= norm.count("”", sent_start, mine[-1].start) \
            and not (norm.startswith("的", f["end"]) and f.get("unit") != "%"):   # (总面积210万亩的环绿洲林带: the belt's size)
        return False                            # 今年，…新品种6个，面积近1.2万亩: the year's planting (per54)
    return not (mine and not mine[-1].base and mine[-1].point
                and (mine[-1].text.endswith(("年底", "年末")) or mine[-1].text.startswith(("截至", "截止"))
                     or norm.endswith(("截至", "截止"), max(0, mine[-1].start - 2), mine[-1].start)))
