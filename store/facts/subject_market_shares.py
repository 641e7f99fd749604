"""A market share is an indicator of its own, not a share of the revenue named before it (fix49s, sealed39).

Foundry and industry rankings (TrendForce, 集邦) tell each company's revenue, then its market share: `帶動第三季營收近331億
美元，季增9.3%，市占率再上升至71%`, `中芯第三季營收季增7.8%，達23.8億美元，市占5.1%`, `三星營收31.8億美元，…，市占率略減0.5
個百分點至6.8%`.  The 占 of 市占率 read as the verb "accounts for" (占全国11.2%: whose share), so the figure took the
revenue (`營收`) or a fragment (`三星營收占率略`).  The labels name the market share, with its company where the
sentence names one (`台積電市占率`, `中芯市占`, `三星市占率`).

- A percent or points figure whose clause names the market share (市占率, 市佔率, 市占, 市佔, 市場占有率) right before it,
  with only moves between (`再上升至`, `略減`, `滑落至`), or right after it (`以2.6%市占`);
- the subject is the word as written, after the company the figure's subject so far named before its revenue word
  (`三星營收…` → `三星市占率`); a subject holding the word already stays.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_SHARE_RE = re.compile(r"(?:市場|市场)(?:占有|佔有)率|市[占佔]率?")
# what may stand between the word and its figure: moves and adverbs, no noun
_BETWEEN_RE = re.compile(r"(?:再|略|續|续|持續|持续|小幅|大幅|進一步|进一步|也|亦|則|则|為|为|達|达|約|约|近|逾|)"
                         r"(?:上升|上揚|上扬|提升|攀升|升|增加|增|下降|下滑|滑落|減少|减少|減|减|跌|降|回升|回落|來到|来到|達到|达到|為|为|達|达|)?"
                         r"(?:至|到|了)?(?:約|约|近|逾)?")
_REVENUE_RE = re.compile(r"營收|营收|營業額|营业额|收入|營業收入|营业收入")
_CLAUSE_MARKS = "，,；;。：:！？、"


def needs_market_shares(text: str) -> bool:
    return "市占" in text or "市佔" in text or "占有率" in text or "佔有率" in text


# a later clause of the sentence that only moves the share (`創新高，季增0.8個百分點`): points of the share just told
_MOVE_ONLY_RE = re.compile(r"(?:較上季|较上季|較上年|较上年|同比|環比|环比|按年|按季)?(?:季增|年增|月增|季減|年減|月減|季减|年减|月减|"
                           r"增加|增|減少|减少|上升|提高|下降|下滑|減|减)(?:了|約|约)?")


def settle_market_shares(text: str, facts: list[Fact]) -> None:
    told: Fact | None = None                    # the last figure given the share, in its sentence
    for f in facts:
        if f["kind"] not in ("percent", "points"):
            continue
        s, e = f["start"], f["end"]
        c = max(text.rfind(ch, 0, s) for ch in _CLAUSE_MARKS) + 1
        if told is not None and any(ch in text[told["end"]:s] for ch in "。！？；;"):
            told = None
        word = None
        for m in _SHARE_RE.finditer(text, c, s):
            if _BETWEEN_RE.fullmatch(text, m.end(), s):
                word = m.group()
        if word is None:
            m = _SHARE_RE.match(text, e)
            if m and text[e - 1] in "%％":
                word = m.group()
        if word is None and told is not None and (
                text[told["end"]:s] in ("至", "到")      # 市占率略減0.5個百分點至6.8%: the level reached
                or f["kind"] == "points" and told["kind"] == "percent" and _MOVE_ONLY_RE.fullmatch(text, c, s)):
            f["subject"] = told["subject"]
            told = f
            continue
        subj = f.get("subject") or ""
        if word is None:
            continue
        told = f
        if word in subj:
            continue
        cut = next((k for k in range(len(word) - 1, 0, -1) if subj.endswith(word[:k])), 0)
        if cut and len(subj) > cut:
            f["subject"] = subj[:-cut] + word   # 全球市|占率: the word cut at 占, made whole
            continue
        rev = _REVENUE_RE.search(subj)
        owner = subj[:rev.start()] if rev else ""
        f["subject"] = owner + word if 0 < len(owner) <= 8 else word
