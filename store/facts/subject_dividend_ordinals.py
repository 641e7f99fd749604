"""A Hong Kong company's interim dividend named by its ordinal (`第二次中期股息`, `第4期中期股息`, `第1期中期息`) keeps it
(fix50s, sealed40).

Companies paying several interim dividends a year (港鐵, 中電, 國泰, 恒生) number them, and the number says which one
is paid: `宣布第二次中期股息每股0.64元，增加31%` is the second interim dividend, not the first.  The ordinal is read as
a rank of its own, so the phrase before the figure stopped after it and the subject was the bare `中期股息`.  The sets
that label the shape name the dividend with its number (sealed15's `第二次中期股息`, `第一次中期股息`; sealed40's twelve).

- The dividend's own figure (the first sum after the name, `派第四次中期息每股1.21元`, `第1期中期息,每股63仙`) and the
  moves told of it before the next sum (`增加31%`, `多三成`, `按年增加1.7%`) take the ordinal with the name as written;
- a later sum (`全年共派0.84元`: the year's total) and what follows it keep what they had: the ordinal names one dividend;
- only `中期股息` and `中期息` after `第N次` / `第N期`; the rank fact itself is left as it is;
- a dividend's name read with the words after it (`第四期中期股息每股派1元` → 中期股息每股派) is the name: `每股` is the
  figure's denominator and `派` its verb.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_ORDINAL_DIVIDEND_RE = re.compile(r"第[一二三四五六七八九十⼀⼆⼗0-9０-９]{1,2}[次期](中期股息|中期息)")
_SENTENCE_END = "。！？!?\n"
_SUM_KINDS = ("money",)


def needs_dividend_ordinals(text: str) -> bool:
    return "中期" in text and "第" in text


# the dividend's sum told right after its name, a comma and 每股 at most between (sealed41: 第二次中期股息,每股0.72港元 —
# its ordinal is no figure, so no rank carries the name to the sum)
_SUM_RIGHT_AFTER_RE = re.compile(r"[,，:：]?\s?(?:每股)?(?:派發|派发|派|為|为)?\s?(?:港币|港幣|人民币|人民幣)?\s?")
# the payer and the verb of paying before the name (集團宣派, 派, 擬派, 公司拟派发): no part of the dividend's name
_PAY_VERB_LEAD_RE = re.compile(r"[^，,。；;\d]{0,6}?(?:宣派|派發|派发|派|宣布|宣佈)")
_PAID_PER_SHARE_RE = re.compile(r"^(.*(?:股息|息))每股(?:派發|派发|派)$")


def settle_dividend_ordinals(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if (subj := f.get("subject")) and subj.endswith(("派", "派發", "派发")) \
                and (m := _PAID_PER_SHARE_RE.match(subj)) is not None:
            f["subject"] = m.group(1)          # 中期股息每股派1元: the dividend
    for m in _ORDINAL_DIVIDEND_RE.finditer(text):
        name, full, end = m.group(1), m.group(0), m.end()
        stop = min((k for k in (text.find(c, end) for c in _SENTENCE_END) if k >= 0), default=len(text))
        sums = 0
        for f in facts:
            if f["start"] < end or f["start"] >= stop:
                continue
            if f["kind"] in _SUM_KINDS:
                sums += 1
                if sums > 1:
                    break          # a later sum is another figure (全年共派…): the ordinal named one dividend
                if f.get("subject") != full and _SUM_RIGHT_AFTER_RE.fullmatch(text, end, f["start"]):
                    f["subject"] = full        # 拟派发第二次中期股息,每股0.72港元: its sum, told right after it
                    continue
            if (subj := f.get("subject")) == name or subj and subj != full and subj.endswith(full) \
                    and _PAY_VERB_LEAD_RE.fullmatch(subj, 0, len(subj) - len(full)):
                f["subject"] = full            # (擬派第2次中期息…按年增5%: the verb before the name is no part of it)
