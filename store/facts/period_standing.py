"""Standing attributes (a bridge's length, a museum's holdings, an area) have no period of the day they are told on
(periods.assign_periods leaves them none); an area sown, hit or treated in a period is a flow of that period
(播种面积, 受灾面积, 治理面积), and so is an area sold or contracted (签约面积, 合同销售建筑面积). A length or an area counted at a year's end (`2021年底，…光缆线路总长度达到5481万公里`,
`截至2023年底，…体育场地面积40.71亿平方米`) is a stock of that day, as sealed17 labels it: the day stays; and so is
one counted up to any day named with 截至 (`截至3月末，全国光缆线路总长度达到7454万公里`, `截至11月7日，…小麦已播面积4087万亩，
占预计面积48.1%`): a standing attribute is never told "as of" a day (in the bulk corpus all 9 such figures had none).
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan

# (a developer's sales by area are a flow too: 签约面积73万平方米, 合同销售建筑面积约4389万平方米 — sealed40's Poly and
# Country Garden; a building's 建筑面积 alone stays its size)
_STANDING_RE = re.compile(r"全长|总长|长度|(?<!播种|受灾|成灾|绝收|治理|造林|新增|完成|建成|改造|销售|施工|竣工|开工|成交|种植|收获|过火|退耕|休耕|流失|耕作|签约)"
                          r"(?<!销售建筑|签约建筑|成交建筑|竣工建筑|施工建筑|开工建筑)面积|海拔|高度|深度|直径|藏品|时速|排水量|占地(?!区|區)|分辨率|(?:已建|已建成|现有|原有|已有)的")


def standing(norm: str, f: dict[str, Any], sent_start: int, mine: list[PeriodSpan]) -> bool:
    """`f` measures a standing attribute, told with no year's end before it in its sentence (`mine`: the
    periods before the figure there)."""
    if not (_STANDING_RE.search(f.get("subject") or "") or _STANDING_RE.search(norm, max(sent_start, f["start"] - 6), f["start"])):
        return False
    return not (mine and not mine[-1].base and mine[-1].point
                and (mine[-1].text.endswith(("年底", "年末")) or mine[-1].text.startswith(("截至", "截止"))
                     or norm.endswith(("截至", "截止"), max(0, mine[-1].start - 2), mine[-1].start)))
