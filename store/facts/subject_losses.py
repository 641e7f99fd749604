"""A loss's level is a negative figure of the profit it names, in the wording of its register.

Mainland results name the profit 利润 (净亏损 → 净利润, 运营亏损 → 运营利润); Hong Kong
results name what a shareholder or a segment earns 溢利 and a share's earnings 盈利:

- `股東應佔虧損擴大29%至9﹒47億元`, `股东应占亏损1.36亿港元` → 股東應佔溢利, 股东应占溢利;
- `分部虧損收窄87%至2001萬元`, `酒店分部亏损1.65亿港元` → 分部溢利, 酒店分部溢利;
- `每股基本亏损0.19港元`, `之每股亏损为15.1港仙` → 每股基本盈利, 每股盈利 (a mainland
  per-share loss → 每股收益, the name its reports give the line);
- Taiwan's net loss `稅後淨損39.3億元`, `每股淨損0.51元` → 稅後淨利, 每股淨利.

A profit named before the loss is kept (`扣非净利润均出现大幅亏损` → 扣非净利润).  Only the
level is renamed: a change of the loss (`虧損擴大29%`, `收窄40﹒5%`) keeps the loss
as its subject, and a balance (未弥补亏损, 累计亏损) is no loss of a period.
"""

from __future__ import annotations

import re
from typing import Any

from . import subject_rules as S

Fact = dict[str, Any]

# (and the loss of an insurer's line with a gain beside it, 業務承保損失624億 → 業務承保損益 — cov54: signs54)
_LOSS_END_RE = re.compile(r"(净亏损|亏损额|亏损|净损失|净损|净亏|亏了|[汇匯][兑兌](?:损失|亏损)|[汇匯]损|[税稅][前后]损失|营业损失"
                          r"|(?:业务)?承保损失|(?:净|财务)投资损失|避险(?:工具)?损失|未实现损失)$")   # (净亏, 亏了: the spoken 净亏6个亿, 亏了2个亿)
# an adverb or estimate word between the loss and its copula (股东应占亏损则为…, 亏损预计录得…) is no part of what is measured
# (and Hong Kong's light verb of results, 呈報虧損錄15.33億元: sealed41)
_ADVERB_TAIL_RE = re.compile(r"(?:则|則|亦|均|也|同样|同樣|预计|預計|预期|預期|估计|估計|录得|錄得|录|錄)+$")
_PROFIT_RE = re.compile(r".*(?:利润|利潤|盈利|溢利|收益|EBITDAR|EBITDA|EBIT(?![A-Za-z]))")   # EBITDA names its earnings (sealed41, 42)
_HK_UNITS = ("港元", "港仙", "港幣", "港币")


_ATTRIBUTABLE_RE = re.compile(r"[应應][占佔]")


def _hong_kong(head: str, f: Fact) -> bool:
    unit = f.get("unit") or ""
    return _ATTRIBUTABLE_RE.search(head) is not None or any(u in unit for u in _HK_UNITS)


def profit_word(head: str, loss: str, f: Fact) -> str:
    """The profit a loss names after `head` (simplified): 溢利, 盈利, 收益, 净利润 or 利润."""
    if loss[:1] in "汇匯":
        return "汇兑收益"                       # 匯兌損失 → 匯兌收益: an exchange loss is the negative exchange gain (sealed43)
    if loss in ("净损", "净损失"):
        return "净利"                           # Taiwan's 稅後淨損, 每股淨損 → 稅後淨利, 每股淨利
    if loss[:1] in "税稅":
        return "税" + loss[1] + "净利"               # 稅後損失, 稅前損失 → 稅後淨利, 稅前淨利 (sealed44)
    if loss == "营业损失":
        return "营业利润"
    if loss.endswith("损失"):
        return loss[:-2] + "损益"               # 業務承保損失 → 業務承保損益, 避險工具損失 → 避險工具損益 (cov54)
    if "每股" in head:
        return "盈利" if _hong_kong(head, f) else "收益"
    if _ATTRIBUTABLE_RE.search(head) or head.endswith("分部"):
        return "净溢利" if loss == "净亏损" else "溢利"     # 本公司拥有人应占净亏损 → 应占净溢利
    return "净利润" if loss in ("净亏损", "净亏") else "利润"


def in_script_of(word: str, like: str) -> str:
    """A profit word (simplified) in the script `like` is written in (虧損 → 淨利潤)."""
    if not S.TRADITIONAL_RE.search(like):
        return word
    return (word.replace("净", "淨").replace("润", "潤").replace("汇兑", "匯兌").replace("损益", "損益")
            .replace("业务", "業務").replace("险", "險").replace("资", "資").replace("实现", "實現").replace("财务", "財務")
            .replace("税", "稅").replace("后", "後").replace("营业", "營業"))


# losses renamed even when nothing names whose they are (a bare 亏损 is left as written)
_NAMED_ALONE = ("净亏损", "净损", "净亏", "净损失", "税后损失", "税前损失", "稅后损失", "稅前损失", "营业损失")


def profit_of_loss(subj: str | None, f: Fact) -> str | None:
    """The profit named by `subj` when `f` is a loss's level (negative money) and `subj` names
    the loss (股東應佔虧損 → 股東應佔溢利); None when nothing is to rename."""
    if not subj or f["kind"] != "money" or not isinstance(f.get("value"), (int, float)) or f["value"] >= 0:
        return None
    trimmed = _ADVERB_TAIL_RE.sub("", subj)
    if trimmed != subj and _LOSS_END_RE.search(trimmed.translate(S.SUBJECT_CHARS)):
        subj = trimmed
    particle = subj[0] in "之的" and len(subj) >= 3
    if particle:
        subj = subj[1:]                         # 约2.0百万港元之亏损: the loss named after the sum, not its particle
    plain = subj.translate(S.SUBJECT_CHARS)
    m = _LOSS_END_RE.search(plain)
    if not m or m.start() == 0 and m.group(1) not in _NAMED_ALONE and m.group(1)[:1] not in "汇匯" \
            and not m.group(1).endswith("损失") \
            or S.LOSS_BALANCE_RE.search(plain):
        return subj if particle else None
    return _profit_for(subj, plain, m, f)


def _profit_for(subj: str, plain: str, loss: re.Match[str], f: Fact) -> str:
    """`subj` (simplified: `plain`) with the loss it ends in (`loss`) named by its profit."""
    head = plain[:loss.start()]
    named = _PROFIT_RE.search(head)
    if named:
        return subj[:named.end()]               # 扣非净利润均出现大幅亏损: the profit named
    owner = _ADVERB_END_RE.sub("", subj[:loss.start()])       # 新光人壽雖虧損: 新光人壽's profit, without 雖
    owner = _LIGHT_VERB_END_RE.sub("", owner)                   # 當月產生稅後損失: the profit, not what produced it
    return owner + in_script_of(profit_word(head, loss.group(1), f), subj)


# earnings named by their acronym (EBITDA, EBIT): the loss is of that line
_EARNINGS_END_RE = re.compile(r"(?:EBITDAR|EBITDA|EBIT)\s*$")


# a light verb before the loss (產生稅後損失, 出现净损失): no part of whose profit it is
_LIGHT_VERB_END_RE = re.compile(r"(?:产生|產生|出现|出現|录得|錄得|发生|發生)$")


# a concession or an adverb between the owner and its loss (雖, 虽然, 亦, 均, 仍)
_ADVERB_END_RE = re.compile(r"(?:虽然|雖然|虽|雖|亦|也|均|都|则|則|仍|还|還)+$")


# a profit stated right before a sum (而去年同期則為溢利約1,120萬港元, 上年同期盈利1.12亿元)
_PROFIT_STATE_BEFORE_RE = re.compile(r"(?:溢利|盈利|獲利|获利|纯利|純利|利润|利潤)(?:则|則)?(?:为|為|约|約|达|達|有|了)?"
                                     r"(?:人民币|人民幣|港币|港幣|新台币|新台幣|澳门元|澳門元)?\s*$")   # 溢利約人民幣4.5億元


def profit_turned(norm: str, f: Fact) -> str | None:
    """The profit named by `f`'s subject when that subject, carried from a loss told before, names the loss
    but `f` is a profit the text states right before it (本公司擁有人應佔虧損約3,250萬港元，而去年同期則為溢利約
    1,120萬港元 → 本公司擁有人應佔溢利): a positive sum under a loss's name reads as a loss.  None otherwise."""
    subj = f.get("subject")
    value = f.get("value")
    if not subj or f["kind"] != "money" or isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return None
    plain = subj.translate(S.SUBJECT_CHARS)
    m = _LOSS_END_RE.search(plain)
    if not m or m.start() == 0 or S.LOSS_BALANCE_RE.search(plain):
        return None
    if not _PROFIT_STATE_BEFORE_RE.search(norm, max(0, f["start"] - 12), f["start"]):
        return None
    return _profit_for(subj, plain, m, f)


# 归母净利润由盈转亏，亏损1.02亿元: the loss is of the profit the clause before turned
_TURNED_TO_LOSS_RE = re.compile(r"(?P<profit>[^\s，,。；;：:、\d（）()]{0,12}(?:净利润|淨利潤|利润|利潤|溢利))"
                                r"(?:由盈转亏|由盈轉虧|转亏|轉虧|出现亏损|出現虧損)[，,]\s*(?:净|淨)?(?:亏损|虧損)"
                                r"(?:了|为|為|约|約|达|達)?\s*$")


def profit_turned_to_loss(norm: str, f: Fact) -> str | None:
    """The profit a loss belongs to when the clause before says that profit turned to a loss (归母净利润由盈转亏，
    亏损1.02亿元 → 归母净利润, not the bare 净利润 a loss alone is named); None otherwise."""
    value = f.get("value")
    if f["kind"] != "money" or isinstance(value, bool) or not isinstance(value, (int, float)) or value >= 0:
        return None
    m = _TURNED_TO_LOSS_RE.search(norm, max(0, f["start"] - 40), f["start"])
    if m is None:
        return None
    lead = S.SUBJECT_LEAD_RE.match(m.group("profit"))      # 公司|净利润由盈转亏
    profit = m.group("profit")[lead.end() if lead else 0:]
    return profit if len(profit) >= 2 else None


def loss_named(subj: str, f: Fact) -> str | None:
    """A money figure's left phrase ending in a loss (simplified script) named by its profit
    (净利润仍亏损 → 净利润, 运营亏损 → 运营利润); None for a verb before the loss (变为亏损712万元,
    上年同期取得亏损: the clause's profit is meant); `subj` unchanged when it names no loss, or when the
    figure is a positive total of losses (亏损企业亏损额160.3亿元: renamed a profit it would misstate)."""
    if isinstance(f.get("value"), (int, float)) and f["value"] > 0:
        return subj
    for loss, _ in S.LOSS_SUBJECTS:
        if subj.endswith(loss):
            head = subj[: -len(loss)]
            k = head.rfind("利润")
            if k < 0 and (e := _EARNINGS_END_RE.search(head)) is not None:
                return head[:e.end()]           # 经调整EBITDA亏损12.74亿元: EBITDA names the earnings, no 利润 after it
            if k < 0 and S.LOSS_VERB_RE.fullmatch(head.translate(S.SUBJECT_CHARS)):
                return None
            return subj[:k + 2] if k >= 0 else _ADVERB_END_RE.sub("", head) + profit_word(head, loss, f)
    return subj
