"""A sum of debt issued is the debt's, whether the debt is named after the sum or before the verb:

    港鐵公司首度發行總值45億元公募離岸人民幣綠色債券      → 公募離岸人民幣綠色債券 (not 發行總值)
    擬發行總值60億美元﹑多幣種綠色債券                      → 多幣種綠色債券
    已完成發行10億元(美元‧下同)債券                          → 債券 (a bracketed note skipped)
    根據中華電力有限公司總值45億美元的中期票據計劃發行        → 中期票據計劃
    第一次续发行500亿元30年期超长期特别国债                   → 超长期特别国债 (the tenor is no name)
    本期5年期地方政府专项债券计划发行120亿元                  → 地方政府专项债券
    地方债共发行 260.00 亿元                                   → 地方债

The words left of the sum (發行總值, 总值…的) name only the act or the size: object_noun leaves the noun
after a sum whose left words end in 值/额 alone, so bond news lost the bond.
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import written

Fact = dict[str, Any]

_DEBT = r"(?:[债債]券|[国國][债債]|公[债債]|[国國]库券|票据计[划劃]|票[据據]|存[单單]|[债債])"   # (traditional: 債券, 票據計劃)
_TENOR = r"(?:\d+(?:\.\d+)?年期|[一二三四五六七八九十]+年期)"
# the debt's name ends there (国债|专项资金, 债券|利率: another noun goes on)
_DEBT_ENDS = r"(?=$|[^\u4e00-\u9fff]|是|将|于|为|的|已|在|发行|包括|定价|将于|上市|，)"
# after the sum: a bracketed note, a list mark or 的, a tenor, then the debt's name (no verb, no 的)
_AFTER_RE = re.compile(r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*[﹑、的]?\s*" + _TENOR + r"?\s*"
                       r"([^\s\d\x00\x01，,。；;：:（()）、﹑的是为将于在]{0,14}?" + _DEBT + r")" + _DEBT_ENDS)
# left of the sum: the act of issuing, its size (发行总值, 总值…的), a qualifier
_LEFT_RE = re.compile(r"(?:发行|续发行|增发|募集|总值|总额|合共|[规規]模)(?:总值|总额|[规規]模|金额)?(?:合共|共计?|为|达|约|不超过|不超過|超过)?\s*$")
# the debt named before the verb: 本期5年期地方政府专项债券计划发行120亿元
_BEFORE_RE = re.compile(r"(?:本期|本次|该期|此次|首期)?\s*" + _TENOR + r"?\s*([^\s\d\x00\x01，,。；;：:（()）、]{0,14}?"
                        + _DEBT + r")(?:计[划劃]|拟|擬|将|共|累计|已|合计)?(?:发行|发售)(?:为|达|约|合共|共计?)?\s*$")


def issued_debt(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """The debt a sum of money issued names (see the module's doc), or None."""
    if f["kind"] != "money":
        return None
    left = simp[max(lo, f["start"] - 24):f["start"]]
    m = _BEFORE_RE.search(left)
    if m and len(m.group(1)) >= 2:
        a = f["start"] - len(left) + m.start(1)
        return written(text, simp, (a, a + len(m.group(1)))).strip() or None
    if _LEFT_RE.search(left):
        m = _AFTER_RE.match(simp, f["end"], f["end"] + 40)
        if m and not m.group(1).startswith(("其中", "其", "另", "含", "包括")):
            return written(text, simp, (m.start(1), m.end(1))).strip() or None
    return None
