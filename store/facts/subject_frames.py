"""A frame written before a figure is no subject: the figure is the indicator's the sentence named before it.

- a seasonal adjustment (`…較上月漲1.31%,經調整季節變動因素後漲0.42%;較上年同月漲0.83%`,
  `经季节调整后上涨0.3%`) says how the indicator was measured;
- a plan's time progress (`全市一般公共预算收入完成130.23亿元,占预算的86.6%,超时间进度3.3个百分点,
  较上年减收2.5亿元`, `欠时间进度`, `快于序时进度`) says what the completion is compared with;
- a market's expectation (`美國原油庫存減少178萬桶,市場原本估計增加140萬桶`, `失業率降至4.4%,略優於預期的4.5%`,
  `净营收为93.96亿美元，市场预期为91.79亿美元`) is the expected value of the indicator just told: the
  indicator with the expectation as written (美國原油庫存市場原本估計, 失業率預期), the expectation alone
  when the sentence told no indicator before it;
- `之间` after a range (`升幅在0.2-0.6个百分点之间`) is where the figure lies, not what it measures.

The frame's figure, and the figures after it in the sentence that took the frame from it, get the
subject of the nearest figure before them in the sentence whose subject is no frame (a margin in points
keeps a share: `…收入占预算` ahead of the time progress, as `快于序时进度` reads already; any other figure
is the share's part: `较上年减收2.5亿元` → `全市一般公共预算收入`), or none; a range's end before `之间`
gets its start's subject (`人数在15万到20万之间`), or the noun held in it (`误差需要控制在…之间`), or none. A rise told apart from its
indicator (`供應商配送時間指數較上月有所上升,升幅為0.7個百分點`, `…有所下降,降幅在0.2-2.8個百分點之間`)
is the indicator's, named in the clause before `較上月`.
Gated (subject_closing) on a subject ending in the last character of 后/後/进度/之间/预期/估计 … or being a rate word.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_shares import share_part
from .text_marks import TextMarks

Fact = dict[str, Any]

_FRAME_RE = re.compile(
    r"(?:经|經)[^，,；;：:]{0,12}(?:调整|調整)[^，,；;：:]{0,6}(?:后|後)"
    r"|(?:剔除|扣除)(?:季节|季節)性?(?:因素|变动因素|變動因素)(?:后|後)?|(?:季调|季調)(?:后|後)"
    r"|(?:超|欠|快于|快於|慢于|慢於|超过|超過|落后于?|落後於?|领先|領先|低于|低於|高于|高於)(?:序时|序時|时间|時間)(?:进度|進度)"
    r"|之间|之間")
_EXPECT_RE = re.compile(r"(?:市场|市場|巿場|分析师|分析師|外界)?(?:原本|原先|此前|普遍|事前)?(?:估计|估計|预期|預期|预估|預估)")
FRAME_ENDS = ("后", "後", "进度", "進度", "之间", "之間", "估计", "估計", "预期", "預期", "预估", "預估")
RATES = frozenset({"升幅", "降幅", "涨幅", "漲幅", "跌幅", "增幅", "减幅", "減幅"})
_BETWEEN = ("之间", "之間")
_LEVEL_KINDS = ("money", "count", "quantity", "index", "percent", "points", "multiple", "rank")
# `X較上月有所上升,升幅為…` / `…,降幅在…之間`: the clause before names the indicator that moved
_MOVED_RE = re.compile(r"([^，,；;：:。]{2,80}?)(?:(?:较|較|比)上月|环比|環比)(?:有所|略有|均有|均)?(?:上升|下降|回升|回落|提高|降低|增加|减少|減少)\s*[，,]\s*"
                       r"(?:升幅|降幅|涨幅|漲幅|跌幅|增幅|减幅|減幅)(?:分别|分別)?(?:在|为|為|介于|介於)?\s*$")
_RANGE_MARKS = frozenset({"到", "至", "-", "—", "－", "~", "～", "–"})
_HELD_RE = re.compile(r"([^的\s，,；;。：:\d（）()、“”]{2,16}?)(?:(?:预估|預估|预计|預計|估计|估計)?(?:为|為)?(?:在|介于|介於)"
                      r"|(?:预估|預估|预计|預計|估计|估計)(?:为|為))$")   # 初期訂單數量預估為12萬到15萬台之間 (sealed43)
_HOLD_VERBS_RE = re.compile(r"(?:需要|要|应|應|须|須)?(?:控制|保持|维持|維持|稳定|穩定|处于|處於)?$")
_LEADS = ("其中", "本月", "同时", "同時", "此外")


def _is_frame(s: str | None) -> bool:
    return bool(s) and s.endswith(FRAME_ENDS) and (_FRAME_RE.fullmatch(s) is not None or _EXPECT_RE.fullmatch(s) is not None)


def _moved(text: str, f: Fact, marks: TextMarks) -> str | None:
    """The indicator a rise told apart from it belongs to, named in the clause before (or None)."""
    a = marks.sentence_start(f["start"])
    m = _MOVED_RE.search(text, max(a, f["start"] - 120), f["start"])
    if not m or m.end() != f["start"]:
        return None
    name = m.group(1).strip()
    for lead in _LEADS:
        if name.startswith(lead):
            name = name[len(lead):].lstrip("，,: ")
    return name if len(name) >= 2 and not any(c.isdigit() for c in name) else None


def _held_in(text: str, f: Fact, marks: TextMarks) -> str | None:
    """误差需要控制在0.05至0.1毫米之间: the noun held in the range, written right before 在, or None."""
    m = _HELD_RE.search(text, marks.clause_start(f["start"]), f["start"])
    if not m or m.end() != f["start"]:
        return None
    name = _HOLD_VERBS_RE.sub("", m.group(1))
    return name if len(name) >= 2 else None


def settle_frames(text: str, facts: list[Fact], marks: TextMarks) -> None:
    expected: set[int] = set()
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s:
            continue
        rate = s in RATES
        frame = not rate and _is_frame(s)
        if not rate and not frame:
            continue
        if rate or s in _BETWEEN:
            moved = _moved(text, f, marks)
            if moved:
                f["subject"] = moved           # 供應商配送時間指數較上月有所上升,升幅為0.7個百分點
                continue
            if not rate:                       # 在15万到20万之间: the range's start's, else none
                g = facts[i - 1] if i else None
                joined = g is not None and text[g["end"]:f["start"]].strip() in _RANGE_MARKS
                f["subject"] = (g.get("subject") if joined and not _is_frame(g.get("subject"))
                                else _held_in(text, f, marks))
            continue
        a = marks.sentence_start(f["start"])
        subj = None
        for j in range(i - 1, -1, -1):
            g = facts[j]
            if g["start"] < a:
                break
            t = g.get("subject")
            if t and g["kind"] in _LEVEL_KINDS and not _is_frame(t) and t not in RATES and j not in expected:
                subj = t if f["kind"] == "points" else share_part(t)   # the share's margin; the part's growth
                break
        if _EXPECT_RE.fullmatch(s):
            if s in text[marks.clause_start(f["start"]):f["start"]]:
                expected.add(i)                # 市場原本估計增加140萬桶: the inventory's, as expected
                subj = share_part(subj) + s if subj else s
            else:
                subj = subj or s               # …市场预期为31.04亿美元，去年同期为29.03亿美元: the indicator's
        f["subject"] = subj
