"""Fragments left as subjects: a change verb, a bare 幅度, a modal, a pushing verb, an adverb.

- A level after `由A缩短至B` (`货物平均堆存期由7天缩短至2天`) was given the verb 缩短: it is
  the level of what the clause measures, the subject of A.
- A size of a move named only 幅度 (`宣布下调人民币存款利率，下调幅度为5—20个基点不等`) is the
  move of the rate or price the sentence says was moved (人民币存款利率).
- A modal ends no subject (`CPI(消費者物價指數)年增率應會超過2%` → …年增率), nor does a verb
  pushing the indicator open one (`将推升全年消费者物价指数(CPI)影响0.12百分点` → the index);
  an adverb alone (`间接影响0.24百分点` → 间接, `力爭達到8%`) is the indicator of the figure before it;
  a verb or adverbial left at the end is cut (`进出口规模站稳`, `…則定`, `规模历史`).
- `包括X在内的Y` is one phrase: cut at 包括 it read `X在内的Y`; it keeps 包括.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

CHANGE_VERBS = frozenset({"缩短", "縮短", "延长", "延長", "增加", "减少", "減少", "下降", "提高", "降低", "上升", "增长",
                          "增長", "扩大", "擴大", "缩小", "縮小", "提升", "回落", "减至", "增至"})
RATE_SIZES = frozenset({"幅度", "下调幅度", "上调幅度", "下調幅度", "上調幅度", "调整幅度", "調整幅度"})
ADVERBS = frozenset({"间接", "間接", "直接", "另", "同时", "同時", "力争", "力爭"})
# a verb or an adverbial left at the end (进出口规模站稳20万亿元, 湖北和內蒙古則定在6%以上, 规模历史上首次)
VERB_TAILS = ("站稳", "站穩", "则定", "則定", "历史", "歷史")
_MOVED_RE = re.compile(r"(?:下调|上调|下調|上調|调降|调升|調降|調升|降低|提高)(?:了)?([^\s，,。；;、（）()\d]{2,12}?"
                       r"(?:利率|利息|价格|價格|房价|房價|油价|油價|准备金率|準備金率|费率|費率|税率|稅率|报价|報價))")
_MODAL_TAIL_RE = re.compile(r"(?<=[率数數值价價量额額入出)）])(?:应会|應會|应|應|会|會|将|將|可能|可)$")
_PUSH_LEAD_RE = re.compile(r"^(?:推升|推高)(?:全年|今年|明年)?(?=.{2})")
_VALUE_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index", "duration")


def settle_fragments(text: str, facts: list[Fact], marks: TextMarks) -> None:
    prev: Fact | None = None
    for f in facts:
        subj = f.get("subject")
        if subj and f["kind"] in _VALUE_KINDS:
            new = _PUSH_LEAD_RE.sub("", _MODAL_TAIL_RE.sub("", subj))
            if new.endswith(VERB_TAILS) and len(new) > 4:
                new = new[:-2]
            same_sentence = prev is not None and marks.sentence_start(prev["start"]) == marks.sentence_start(f["start"])
            if new in CHANGE_VERBS:
                # 由7天缩短至2天: the figure before it in the clause
                new = prev.get("subject") if same_sentence and marks.clause_start(prev["start"]) == marks.clause_start(
                    f["start"]) else None
            elif new in ADVERBS:
                new = prev.get("subject") if same_sentence else None    # 间接影响0.24百分点
            elif new in RATE_SIZES:
                new = _moved(text, marks.sentence_start(f["start"]), f["start"]) or new
            if new and ("在内的" in new or "在內的" in new):
                k = text.rfind(new, marks.sentence_start(f["start"]), f["start"])
                if k >= 2 and text[k - 2:k] in ("包括", "包含"):
                    new = text[k - 2:k] + new   # 包括柴油和取暖油在内的其他成品油库存: the phrase whole
            f["subject"] = new
        prev = f


def _moved(text: str, a: int, s: int) -> str | None:
    m = None
    for m in _MOVED_RE.finditer(text, a, s):
        pass
    return m.group(1) if m else None
