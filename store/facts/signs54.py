"""Signs of unlabelled bond, fund, insurance and futures text (cov54): a loss or a negative return the figure's own
words name, where `_sign` (figures.py) did not read it.

- a return lost written with 百分之 (`強積金基金上月投資平均蝕百分之零點九三`, `上月蝕逾百分之五`, `兩者均蝕超過百分之三`) is
  the negative return `蝕7%` already is (Hong Kong's 蝕: lost; a month's loss, `上月蝕`, is no eclipse, `月蝕`); and a negative return named so (`港股基金負回報8%`,
  `負回報超過8%`, Taiwan's `負報酬率12%`) is −8 %, as `负增长5.3%` is a growth of −5.3 %;
- the loss of a line of an insurer's results that has a gain beside it (`業務承保損失624億`, `淨投資損失280億元`,
  `避險工具損失達1839億元`, `財務投資損失`, `未實現損失為2,378.5億元`) is the negative of that line (業務承保損益,
  避險工具損益), as `匯兌損失` is the negative exchange gain (sealed43); damages (`農業損失`, `估計損失`), a provision's or
  an impairment's loss (`信用减值损失993万元`, `处理固定资产损失1054万元`: sealed20, sealed2) have no gain beside them and
  stay positive, and so does a loss cut (`减少投资损失`);
- an exchange loss told with 僅 (only) before a bare sum (`8月單月匯損僅256億`) is a sum of money lost, −256億 元 (it
  was a bare quantity).

Read after the figures and before the subjects: a loss renamed for its line keeps its sign (subject_losses).
"""

from __future__ import annotations

import re
from typing import Any

from .builder import clause_left

Fact = dict[str, Any]

# a return lost or named negative, then the qualifiers the percent's span does not hold (蝕逾百分之五: 逾 is its own)
# (the text is normalized, but not every traditional character is folded: both scripts are matched)
_RETURN_LOST_RE = re.compile(r"(?:(?<![侵腐剥溶锈风日])(?<![^上本今每个個当當同]月)[蚀蝕]|[负負](?:回[报報]|[报報]酬)(?:率)?)(?:了|为|為|达|達|约|約|近|逾|超过|超過|仍|亦|均|都|\s)*$")
# the line of results a loss is the negative of (the text is normalized: simplified)
_PNL_LOSS_RE = re.compile(r"(?<![减扭止減])(?<!减少)(?<!減少)(?<!降低)"
                          r"(?:(?:[业業][务務])?承保|(?:[净淨]|[财財][务務])投[资資]|避[险險](?:工具)?|未[实實][现現]|[汇匯])(?:[损損]失|[损損])"
                          # (and the level it moved to: 未實現損失擴大至6,416.3億元)
                          r"(?:为|為|达到|達到|达|達|约为|約為|约|約|近|仅为|僅為|仅|僅|共计|共計|合计|合計|计|計|高达|高達|有|亦|也|则|則|\s"
                          r"|(?:扩大|擴大|增加|增|减少|減少|收窄|缩小|縮小)(?:至|到))*$")
_LINE_OF_LOSS_RE = re.compile(r"((?:业务)?承保|(?:净|财务)投资|避险(?:工具)?|未实现)(?:损失)")
_BARE_MAG_END = ("亿", "万", "億", "萬")


def _negate(f: Fact) -> None:
    f["value"] = -f["value"]
    if f.get("value_high") is not None:
        f["value"], f["value_high"] = -f["value_high"], f["value"]
    if isinstance(f.get("value_text"), str) and not f["value_text"].startswith("-"):
        f["value_text"] = "-" + f["value_text"]


def signs54(norm: str, facts: list[Fact]) -> None:
    if not facts:
        return
    lost = "蚀" in norm or "蝕" in norm or "回报" in norm or "回報" in norm or "报酬" in norm or "報酬" in norm
    pnl = "损" in norm or "損" in norm
    if not lost and not pnl:
        return
    for f in facts:
        v = f.get("value")
        if not isinstance(v, (int, float)) or not v > 0:
            continue
        if lost and f["kind"] == "percent" and _RETURN_LOST_RE.search(clause_left(norm, f["start"], 12)):
            _negate(f)
        elif pnl and (f["kind"] == "money" or f["kind"] == "quantity" and f.get("unit") is None
                      and f["surface"].rstrip().endswith(_BARE_MAG_END)) \
                and _PNL_LOSS_RE.search(clause_left(norm, f["start"], 16)):
            if f["kind"] == "quantity":
                f["kind"], f["unit"] = "money", "元"      # 匯損僅256億: a sum of money lost
            _negate(f)


def loss_line(subj_plain: str) -> str | None:
    """The results line a P&L loss (normalized subject) is the negative of: 业务承保损失 → 业务承保损益."""
    m = _LINE_OF_LOSS_RE.search(subj_plain)
    return m.group(1) + "损益" if m and m.end() == len(subj_plain) else None
