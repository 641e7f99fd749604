"""A name that leads a ranking with its figure: `工商銀行以2127.74億元的營業收入居首`, `常熟銀行以10.04%的同比增幅居首`,
`招商银行以1600.42亿元的规模居首且同比增长1.74%`, `浦发银行以3.93%的同比增幅增长最快` (subj54).

Bank and insurer roundups name the leader before 以, its figure after, and the measure and the superlative after the
figure.  The subject rules read the words after the figure as what it measures (27%的人口: 的 and a noun) and took the
superlative with them (`營業收入居首`, `同比增幅居首`, `规模居首且`), so an analyst copying the figure saw no bank.  The
conventions give a figure ranked with its name the name (`以電力及燃氣供應業68,204元居各業之冠`, subj27); here the name
stands before 以: the figure is the name's, with the measure when the measure names an indicator (`工商銀行營業收入`),
the name alone when it is a rate, scale or growth word (`同比增幅`, `规模`: the sentence's topic grows).  Only a subject
the rules cut from the superlative's words (or none) is replaced; the change told right after it in the same clause
(`且同比增长1.74%`) is the name's too.
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import all_simplified

Fact = dict[str, Any]

# the superlative or ranking after the measure (simplified)
_SUPERLATIVE = (r"(?:位居|排名|排在)?(?:居首|居冠|居前|榜首|首位|第一|末位|最后|垫底)|领跑|领先|遥遥领先|"
                r"(?:(?:增长|增加|上升|下降|下滑|减少)?最(?:高|低|快|慢|多|少|大|小|优|差|明显|亮眼)|为降幅最大|为增幅最大)"
                r"(?=$|[，,。；;、且（(]|\s)")   # (最高 before a noun is no ranking: 以两党两国最高领导人…共识为遵循)
_SUPERLATIVE_RE = re.compile(_SUPERLATIVE)
_AFTER_RE = re.compile(rf"\s*的?(?P<measure>[^\d\s，,。；;、()（）\x00]{{0,10}}?)\s*(?P<sup>{_SUPERLATIVE})")
# a measure that names no indicator of its own: the sentence's topic is what grew or ranks
_BARE_MEASURE_RE = re.compile(r"^(?:同比|环比)?(?:增幅|增速|增长率|涨幅|降幅|跌幅|规模|幅度|水平|成绩|表现|数字)?$")
_RATE_TAIL_RE = re.compile(r"(?:同比|环比)?(?:增速|增幅|增长率|涨幅|降幅|跌幅)$")
_LEAD_RE = re.compile(r"^(?:其中|而且|而|且|另外|此外|但|并|同时|方面)+")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n：:]")
_NAME_RE = re.compile(r"[^\W\d_]{2,12}(?:[（(][0-9A-Za-z.]{4,10}[）)])?")


def led_by_subjects(text: str, facts: list[Fact]) -> None:
    """Each figure after `X以` and before a superlative is X's (module doc)."""
    for i, f in enumerate(facts):
        if f["kind"] in ("date", "year", "duration", "rank"):
            continue
        k = f["start"]
        while k > 0 and text[k - 1] == " ":
            k -= 1
        if k == 0 or text[k - 1] != "以":
            continue
        after = _AFTER_RE.match(all_simplified(text[f["end"]:f["end"] + 24]))
        if after is None:
            continue
        lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, k - 30), k - 1)), default=max(0, k - 30))
        head = all_simplified(text[lo:k - 1])
        lead = _LEAD_RE.match(head)
        a = lo + (lead.end() if lead else 0)
        name = text[a:k - 1].strip()
        if not _NAME_RE.fullmatch(all_simplified(name)):
            continue
        old = f.get("subject")
        plain = all_simplified(old or "")
        if old and not _SUPERLATIVE_RE.search(plain) and not (after.group("measure") and plain.startswith(after.group("measure"))):
            continue                            # a subject of its own, not the superlative's words
        measure = after.group("measure")
        m0 = f["end"] + after.start("measure")
        rate = _RATE_TAIL_RE.search(measure)       # 进出口增速: the imports and exports grew (never a bare 增速)
        if rate and rate.start() > 0:
            measure = measure[:rate.start()]
        new = name if _BARE_MEASURE_RE.match(measure) else name + text[m0:m0 + len(measure)]
        f["subject"] = new
        end = _CLAUSE_END.search(text, f["end"])
        stop = end.start() if end else len(text)
        for g in facts[i + 1:]:
            if g["start"] >= stop:
                break
            s = all_simplified(g.get("subject") or "")
            if g["kind"] not in ("date", "year") and (not s or _SUPERLATIVE_RE.search(s)):
                g["subject"] = name             # …居首且同比增长1.74%: the leader's growth
