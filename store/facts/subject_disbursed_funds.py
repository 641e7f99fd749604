"""A sum given out before the fund it is (`财政部下达14亿元农业防灾救灾资金`, `累计下达3157亿元车购税资金支持…`,
`下达1582亿元转移支付资金，比去年增加23亿元`) is that fund's: the noun after the figure, not nothing, and not
the figure itself (`1582亿元转移支付资金`, which a later clause took).

A money figure right after a verb of giving out (下达, 拨付, 下拨, 预拨, 划拨, 安排, 发放, 投入, 追加, 筹集 …)
and right before a noun phrase ending in a fund word (资金, 转移支付, 补助, 补贴, 经费, 国债) takes that phrase
when it has no subject; a later figure of the sentence whose subject is the figure and the phrase takes the phrase.
Gated (subject_closing) on a money figure without subject (or whose subject opens with a figure); the verb is
looked for in the 8 characters before each such figure only.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_GIVEN_RE = re.compile(r"(?:下达|下達|拨付|撥付|下拨|下撥|预拨|預撥|划拨|劃撥|安排|发放|發放|投入|追加|筹集|籌集)了?"
                       r"(?:约|約|超过|超過|超|近|共|逾)?\s*$")
_FUND_RE = re.compile(r"[“\"]?([^，,；;。！？\s\d（）()“”、]{1,16}?(?:转移支付资金|轉移支付資金|转移支付|轉移支付|资金|資金|补助|補助"
                      r"|补贴|補貼|经费|經費|国债|國債)(?:资金|資金)?)(?![\u4e00-\u9fff]{0,1}(?:的|[项項]目))")


def settle_disbursed_funds(text: str, facts: list[Fact], marks: TextMarks) -> None:
    named: dict[str, str] = {}                  # figure+fund as a later clause took it → the fund
    for f in facts:
        s = f.get("subject")
        if s and s in named:
            f["subject"] = named[s]            # …下达1582亿元转移支付资金，比去年增加23亿元: the fund's
            continue
        if f["kind"] != "money" or s:
            continue
        if not _GIVEN_RE.search(text, max(0, f["start"] - 8), f["start"]):
            continue                           # (the verb runs up to the figure: no clause mark between)
        m = _FUND_RE.match(text, f["end"])
        if m:
            f["subject"] = m.group(1)
            named[f["surface"] + m.group(1)] = m.group(1)
