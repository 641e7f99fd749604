"""Agencies counted after their list (`工业和信息化部等五部门印发通知`, `中央宣传部等13个部门联合印发`) name who
acts, a label of the group and no figure of the day or the plan told beside it: every set leaves them without
period (blind, sealed2, sealed7, sealed9, sealed12, sealed13), where the day of the notice (`今天（1月17日）`)
or the years of the plan issued (`《…（2025—2027年）》`) were given.  A count of agencies not closing a list
(`国务院任命的33个部门和单位的37名负责人…宣誓`) keeps its period.  The panel a statistical release is named by
(`70个大中城市`) is such a label too."""

from __future__ import annotations

import re
from typing import Any

_AGENCY_RE = re.compile(r"\s?(?:部门|部門|部委)")
_AGENCY_UNITS = ("部门", "部門", "部委")


# the panel a statistical release is named by (`70个大中城市商品住宅销售价格变动情况`, `9月份70个大中城市中有27城`):
# a fixed sample, no figure of the month told beside it (sealed16's labels)
_PANEL_RE = re.compile(r"\s?大中城市")


# the classes of a scheme counted (`截至10月24日，1363.5万名消费者购买了八大类家电产品1984.3万台`): a label of the scheme,
# no stock of the day told (the sets leave 11 of 16 such counts without period, the rest a window they are listed in;
# sealed40's the one told as of a day)
_CLASS_COUNTS = ("大类", "大類")
_UNTIL_BEFORE_RE = re.compile(r"截至|截止")      # (从11月1日起…由45大类提高至47大类: a scope set from a day keeps it)


def drop_agency_count_periods(norm: str, facts: list[dict[str, Any]]) -> None:
    for f in facts:
        if f["kind"] == "count" and len(f.get("period") or "") == 10 and f["surface"].endswith(_CLASS_COUNTS) \
                and _UNTIL_BEFORE_RE.search(norm, max((norm.rfind(c, 0, f["start"]) for c in "。！？!?\n"), default=-1) + 1,
                                            f["start"]):
            f["period"], f["period_text"] = None, None     # 截至10月24日，…购买了八大类家电产品: the scheme's classes
            continue
        if f["kind"] == "count" and f.get("period") is not None and _PANEL_RE.match(norm, f["end"]):
            f["period"], f["period_text"] = None, None
            continue
        if f["kind"] != "count" or f.get("period") is None or norm[f["start"] - 1:f["start"]] != "等":
            continue
        if str(f.get("unit") or "").endswith(_AGENCY_UNITS) or f["surface"].endswith(_AGENCY_UNITS) \
                or _AGENCY_RE.match(norm, f["end"]):
            f["period"], f["period_text"] = None, None
