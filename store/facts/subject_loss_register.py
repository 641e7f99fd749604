"""Hong Kong results: a loss and a profit in the register's own words and script.

The context names a bare loss 净利润 and a per-share loss 每股收益, the mainland's lines.  A
sentence of Hong Kong results (港仙/仙, 港元, 溢利, 蚀/蝕, 本集团, `-HK`) names them as its
reports do:

- a bare loss (`虧損擴大至2,632.9萬元,上年同期蝕2,213.6萬元`) is 淨利潤 in traditional text,
  净利润 in simplified (sealed2's call);
- a per-share loss (`每股虧損2.34仙`, `每股亏损1.18元` beside `蚀`) is 每股盈利, as
  `每股盈利6.66仙` is;
- a bare 盈利 (`盈利2872.6万元,按年大增1.6倍`) stays 盈利, the line as written;
- a loss before tax (`除所得税前亏损为11.7百万元`) is 除所得税前溢利, Hong Kong's line,
  and a change told right after it (`,同比减少38.1%`) is the loss's change: subject
  除所得税前亏损, as a change of a loss keeps the loss;
- a dividend (`派发中期息每股2仙`, `拟派末期股息`) is the dividend, without the verb paying it, and one per
  a lot of shares (`向全体股东每10股派发现金红利2.13元`, unit 元/10股) without those who receive it and the lot.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import TRADITIONAL_RE
from .text_marks import TextMarks

Fact = dict[str, Any]

HK_MARKS_RE = re.compile(r"港仙|港元|港幣|港币|溢利|蚀|蝕|本集团|本集團|-HK|\d仙")
_BARE_PROFIT_RE = re.compile(r"(?<![每净淨占佔股部营營])(?:盈利)(?:为|為|约|約|达|達)?\s*$")
_LOSS_BEFORE_RE = re.compile(r"(?:亏损|虧損|蚀|蝕)(?:为|為|约|約|达|達)?\s*$")
_PRETAX_LOSS_RE = re.compile(r"(除(?:所得)?[税稅]前)(?:亏损|虧損)(?:为|為|约|約|达|達)?\s*$")
# 派发中期息, 董事会拟派末期股息: the dividend, not who pays it nor the verb (派息 itself is the payout: kept)
_PAYING_RE = re.compile(r"^.{0,6}?(?:拟派发|擬派發|拟派|擬派|宣派|派发|派發|派)(?=[^派]{1,6}息)")
# 向全体股东每10股派发现金红利2.13元 (its unit is 元/10股): the dividend, not who receives it nor the lot
# (or the lot's word left at the start when the lot was spaced, 每 10 股派发现金红利 0.80 元 — cov53)
_PER_LOT_RE = re.compile(r"^(?:.{0,12}?每\s*\d+\s*股|股(?=派))(?:派发|派發|派)?(?=\S{2})")
_CHANGE_GAP_RE = re.compile(r"^[，,]\s*(?:同比|按年|较上年同期|較上年同期|较上年|較上年)?(?:减少|減少|增加|下降|上升|扩大|擴大|收窄|缩窄|縮窄)?$")


def settle_loss_register(text: str, facts: list[Fact], marks: TextMarks) -> None:
    hk: dict[int, bool] = {}
    renamed: dict[str, str] = {}                # in the sentence: a figure's subject → its register's word
    last_money: Fact | None = None
    money_was: str | None = None
    pretax: dict[int, str] = {}                 # id of a pretax-loss fact → its loss phrase
    for f in facts:
        s = f["start"]
        a = marks.sentence_start(s)
        if a not in hk:
            end = text.find("。", s)
            hk[a] = HK_MARKS_RE.search(text, a, end if end >= 0 else len(text)) is not None
            renamed = {}
        subj = f.get("subject")
        if f["kind"] == "money":
            if subj:
                if "股" in subj and (f.get("per") or "").endswith("股"):
                    subj = _PER_LOT_RE.sub("", subj)
                f["subject"] = subj = _PAYING_RE.sub("", subj)
            money_was = subj
            if hk[a]:
                _money(text, f, marks.clause_start(s), pretax, a)
                if subj and f["subject"] != subj:
                    renamed[subj] = f["subject"]
            last_money = f
        elif (last_money is not None and id(last_money) in pretax and f.get("change")
              and subj in (last_money.get("subject"), money_was) and _CHANGE_GAP_RE.match(text[last_money["end"]:s].strip())):
            f["subject"] = pretax[id(last_money)]   # 除所得税前亏损为…,同比减少38.1%: the loss's change
        elif subj in renamed:
            f["subject"] = renamed[subj]        # 盈利2872.6万元,按年大增1.6倍


def _money(text: str, f: Fact, lo: int, pretax: dict[int, str], sentence: int) -> None:
    subj = f.get("subject") or ""
    left = text[max(lo, f["start"] - 24):f["start"]]
    value = f.get("value")
    negative = isinstance(value, (int, float)) and value < 0
    if negative and subj in ("净利润", "淨利潤"):
        f["subject"] = "淨利潤" if TRADITIONAL_RE.search(text, sentence, f["start"]) else "净利润"     # 虧損擴大至…: the script written
    elif negative and "每股" in subj and subj.endswith("收益") and _LOSS_BEFORE_RE.search(left):
        f["subject"] = subj[:-2] + "盈利"      # 每股虧損2.34仙: 每股盈利
    elif not negative and subj in ("净利润", "淨利潤") and _BARE_PROFIT_RE.search(left):
        f["subject"] = "盈利"                   # 盈利2872.6万元: as written
    elif negative and (m := _PRETAX_LOSS_RE.search(left)):
        f["subject"] = m.group(1) + ("溢利")
        pretax[id(f)] = m.group(0).rstrip("为為约約达達 ")
