"""A denominator is no subject: `（每箱200顆）`, `批發價由每台斤43元漲至45元`.

A name told before its denominator keeps the name (`汽、柴油每公升各調漲0.2元` → 汽、柴油).  The words left of
a price per a unit may be only that unit (`每台斤`, `每箱`): the price is then the one named
before its move (`批發價由每台斤43元…` → 批發價), and a count per a container told in brackets measures no
named thing (none).
"""

from __future__ import annotations

import re
from typing import Any

from .bracket_conversions import converted_price
from .subjects import all_simplified, untrailed
from .units import per_word_at

Fact = dict[str, Any]

# (the day the new price holds from may stand between: 產地價今天起由每台斤33.5元降為31.5元)
_FROM_DAY = r"(?:今天|明天|今日|明日|即日|今|明|下周|下週|本周|本週)起"
_NAME_BEFORE_FROM_RE = re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?:{_FROM_DAY})?(?:由|從|从)$")
_FROM_DAY_RE = re.compile(rf"{_FROM_DAY}(?:由|從|从)$")
# …or before a verb of being or reaching (全行业网络支付交易峰值为每秒10.9万笔, 入库流量达每秒…)
_NAME_BEFORE_IS_RE = re.compile(r"^([\u4e00-\u9fff（）()A-Za-z0-9]{2,30}?)(?:可能|将会|將會|将|將|预计|預計|有望)?"
                                r"(?:定为|定為|为|為|是|达到|達到|高达|高達|达|達|约为|約為|约|約)$")
_CUT = "，,。；;：:（(起後后)"
_AFTER_PER = frozenset({"", "卖", "賣", "售", "多", "均", "都", "约", "約"})
# a rate per so many people told after its name (出生率为每千人4.34人, 每十萬人口5.2人): the per-head words alone
_PER_HEADS_RE = re.compile(r"每(?:十万|十萬|千|万|萬|百)(?:人口|人|户|戶|名)")


def per_word_subjects(text: str, facts: list[Fact]) -> None:
    prev: Fact | None = None
    for f in facts:
        subj = f.get("subject")
        if subj and subj[0] == "每" and not f.get("per") and f["kind"] in ("percent", "points") \
                and per_word_at(subj, 1) == subj[1:] and prev is not None and prev.get("per") == subj[1:]:
            f["subject"] = prev.get("subject")  # …峰值为每秒10.9万笔，相较去年增长4.61%: the peak's rise, not 每秒
        prev = f
        if subj and _PER_HEADS_RE.fullmatch(subj):
            f["subject"] = _name_before_is(text, f, subj) or subj   # 粗出生率為每千人4.34人: the rate, not 每千人
            continue
        if not subj or "每" not in subj or not f.get("per"):
            continue
        if subj[0] != "每":
            _drop_per_tail(text, f, subj)
            continue
        simp = all_simplified(subj)             # (每公噸, 每台斤: the denominator in traditional script too)
        unit = per_word_at(simp, 1)
        if unit is None and simp[1:].startswith(f["per"]):
            unit = f["per"]                     # (a box the rate is per: 每40英尺集装箱, 每大箱)
        if unit is None or subj[1 + len(unit):] not in _AFTER_PER:
            continue                            # (每斤卖到11.03元, 每克多在400元左右: the unit and a verb or adverb)
        subj = subj[:1 + len(unit)] if subj[1 + len(unit):] else subj
        if (price := converted_price(text, facts, f)) is not None and price.get("subject") \
                and not price["subject"].startswith("每"):
            f["subject"] = price["subject"]     # 每公噸315美元（約新台幣9657元）: the price converted is the scrap's
            continue
        k = text.rfind(subj, max(0, f["start"] - 24), f["start"])
        if k < 0:
            continue
        lo = max(text.rfind(c, 0, k) for c in _CUT) + 1
        if (d := _FROM_DAY_RE.search(text, max(0, lo - 4), k)) is not None:
            lo = max(text.rfind(c, 0, d.start()) for c in _CUT) + 1     # 今天起 is no clause's end
        m = _NAME_BEFORE_FROM_RE.search(text, lo, k)
        if m is None and (m := _NAME_BEFORE_IS_RE.match(text[lo:k].strip())):
            name = m.group(1)
            if len(name) > 14 and "的" in name:
                name = name[name.rfind("的") + 1:]   # 中国银联处理的全行业网络支付交易峰值: the peak, not who handled it
            f["subject"] = name if len(name) >= 2 else None
            continue
        f["subject"] = m.group(1) if m else None


def _name_before_is(text: str, f: Fact, subj: str) -> str | None:
    """The name told before 为/达 … and the per-head words `subj` right before the figure, or None."""
    k = text.rfind(subj, max(0, f["start"] - 24), f["start"])
    if k < 0:
        return None
    lo = max(text.rfind(c, 0, k) for c in _CUT) + 1
    m = _NAME_BEFORE_IS_RE.match(text[lo:k].strip())
    return m.group(1) if m and len(m.group(1)) >= 2 else None


def _drop_per_tail(text: str, f: Fact, subj: str) -> None:
    """`汽、柴油每公升各共2元` → 汽、柴油: the name before its denominator (cut inside the unit or not)."""
    i = subj.rfind("每")
    k = text.rfind(subj, max(0, f["start"] - 30), f["start"])
    unit = per_word_at(text, k + i + 1) if k >= 0 else None
    if unit and unit.startswith(subj[i + 1:]) and i >= 2:
        name = untrailed(subj[:i])              # 入库流量约每秒1400立方米: 约 is the qualifier's
        f["subject"] = name if len(name) >= 2 else subj[:i]


def carried_per_subjects(facts: list[Fact]) -> None:
    """A denominator carried on as the next figures' subject (`每大箱2046美元,比…的峰值10377美元下降80%`: 80% was 每大箱's):
    the subject of the figure per that unit, named once its own subject was mended above."""
    named = {f"每{f['per']}": f["subject"] for f in facts
             if f.get("per") and f.get("subject") and not f["subject"].startswith("每")}
    if not named:
        return
    for f in facts:
        # (keyed in simplified script: 每公噸 is the 每公吨 of the figure's per, 由每公噸100.45美元下跌為97.85美元)
        if (subj := f.get("subject")) and subj.startswith("每") and not f.get("per") \
                and (name := named.get(all_simplified(subj))):
            f["subject"] = name
