"""A rank is the rank of what the clause tells about, not of the field it is ranked in.

`增速居工业大省第1位`, `增幅…居绍兴第二位`, `总量在全省91个县(市)中继续排名第一`, `连续多年位居世界第二位`,
`为服务贸易第一大领域`, `寫歷年單月第三高` gave the rank its field (工业大省, 绍兴, 县(市)中, 服务贸易,
歷年單月), the verb with it (增速居工业大省, 排名全州) or an adverb (连续多年). What is ranked is the clause's
topic before the verb (总量, 中国 in `中国连续13年稳居俄罗斯第一大贸易伙伴国`), and when the clause has none
of its own — a bare rate word (增速, 增幅: the thing growing, by the conventions), a verb (完成), an adverb,
or a figure told before it — the subject of the figure told before it in the sentence (规上工业增加值增长9%,
旅行服务进出口4800.8亿元，增长42.2%，为…).  Lists (`分列`, `分别位列`) are left to the respective-item rules.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

# a rank verb and the field after it, up to the rank's 第 (no figure, no mark, no 由/从: `排名由第35位…`)
_VERB_RE = re.compile(r"(跃居|躍居|位居|稳居|穩居|居于|居於|位列|名列|排名|排在|排位|居(?![民住然家委])|寫|写|"
                      r"(?<![系序行队隊陈陳并並前专專班单單首入色排分])列|(?<![安编編彩减減灌外二双雙并並])排(?![行放查污水队隊练練列])|"
                      r"(?:成长|成長|成|作)?(?:为|為)|是)"
                      r"([^\d\s，。；：、,;:！？!?由从從至到第]{0,12})$")
_COPULAS = ("为", "為", "是", "成为", "成為", "成长为", "成長為", "作为", "作為")
_RATE_WORDS = ("增速", "增幅", "增长", "增長", "增长率", "增長率", "涨幅", "漲幅", "升幅", "速度", "排名", "名次")
# a growth rate ranked, told bare or with its window (增速, 当月增幅, 两年平均增速, 增长速度列全国第四位)
_RATE_HEAD_RE = re.compile(r"(当月|當月|累计|累計|两年平均|兩年平均|年均|全年|同比)?(?:增速|增幅|增长率|增長率|增长速度|增長速度|涨幅|漲幅|升幅|降幅)")
_ADVERB_RE = re.compile(r"(?:(?:连续|連續)(?:多|\d+|[一二三四五六七八九十两兩]+)年|多年|继续|繼續|仍然|仍|均|都|已经|已經|已|稳|穩|"
                        r"暂|暫|再次|首次|一直|长期|長期|始终|始終|目前|也|则|則|就|完成|实现|實現)+$")
# the field, before the verb: 在全省91个县(市)中, or a place of its own kind without 中 (在中心城区, 在全市)
_SCOPE_RE = re.compile(r"[在于於][^，。；,;]{1,14}中$|(?<![现現正存实實所旨])[在于於][^，。；,;在于於的、]{0,6}"
                       r"(?:市|省|县|縣|区|區|州|国|國|镇|鎮|乡|鄉|行业|行業)$")
_PLACES = (None, "位", "名", "大", "高")
_BOARDS = ("榜", "排行", "排名", "名单", "名單", "指数", "指數")
_SKIP_KINDS = ("date", "year", "duration", "rank")


def needs_rank_scopes(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "rank":
            return True
    return False


def settle_rank_scopes(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        if f["kind"] != "rank" or f.get("unit") not in _PLACES:
            continue                                  # 第五次加息, 第三批: the act or batch counted (noun after)
        k = text.find("第", f["start"], f["end"])
        if k < 0:
            continue
        c = marks.clause_start(f["start"])
        m = _VERB_RE.search(text, c, k)
        if not m or text[max(c, m.start() - 2):m.start()] in ("分别", "分別") or text[m.start() - 1:m.start()] == "分":
            continue                                  # 分列, 分别位列: each item its own
        if m.group(1) in ("列", "排") and text.startswith("的", f["end"]):
            continue                                  # 暂列第三名的动画电影: what was ranked is named after it
        s = f.get("subject") or ""
        rate = _RATE_HEAD_RE.fullmatch(_ADVERB_RE.sub("", _SCOPE_RE.sub("", text[c:m.start()].strip())))
        if rate and m.group(1) not in _COPULAS:
            owner = _grown_before(facts, i, marks.sentence_start(f["start"]), m.start())
            if owner and not owner.endswith(_RATE_WORDS):
                told = rate.group()
                if rate.group(1) and owner.endswith(rate.group(1)):
                    told = told[len(rate.group(1)):]  # 当月增长8.9%,当月增幅列全省第三: the window once
                f["subject"] = owner + told           # 增速居全省第6位: the rate is ranked, not the level
                continue
        if not _misnamed(text, s, c, m):
            continue
        if m.group(2).endswith(_BOARDS):              # 位列金牌榜第一位: a named ranking is what was ranked in
            if m.group(1) in s and m.group(2) in s:
                f["subject"] = m.group(2)             # 成绩位列金牌榜: the board alone
            continue
        topic = _topic(text[c:m.start()])
        if topic:
            f["subject"] = topic
            continue
        before = _told_before(facts, i, marks.sentence_start(f["start"]), _field_before(text, c, m.start()))
        if before:
            f["subject"] = before


def _misnamed(text: str, s: str, c: int, m: re.Match[str]) -> bool:
    """The subject is the field after the verb, holds the verb, or is an adverb or a scope before it."""
    if not s:
        return False
    verb_at, field = m.start(1), m.group(2)
    if s in field and field:
        return True                                   # 服务贸易, 歷年單月, 世界
    if m.group(1) in _COPULAS:
        return False                                  # 为/是 name a field only after them
    if m.group(1) in s:
        return True                                   # 增速居工业大省, 排名全州, 居绍兴
    head = text[c:verb_at]
    if s in head:
        k = head.rfind(s)
        return bool(_ADVERB_RE.fullmatch(s) or _SCOPE_RE.search(head[:k + len(s)]))     # 连续多年, 在…县(市)中
    return False


def _topic(head: str) -> str | None:
    """The clause's own topic before the verb: its adverbs and field cut, and only a plain noun phrase."""
    head = head.strip()
    head = _ADVERB_RE.sub("", head)
    head = _SCOPE_RE.sub("", head) if _SCOPE_RE.search(head) else head
    head = _ADVERB_RE.sub("", head)
    if len(head) < 2 or head in _RATE_WORDS or any(ch.isdigit() for ch in head) or "、" in head[-1:]:
        return None
    if re.search(r"[为為是达達高低超比较較]|(?<![统統唯同])一(?![般体體些致带帶直])|[二三四五六七八九十两兩百千万萬亿億]", head):
        return None                                   # a figure or a comparison told first: not a topic
    return head


def _told_before(facts: list[Fact], i: int, sent_start: int, field: tuple[int, int]) -> str | None:
    """The subject of the last figure told before the rank (one inside its field, `在16类商品中`, is the field's)."""
    for g in reversed(facts[:i]):
        if g["start"] < sent_start:
            return None
        if not field[0] <= g["start"] < field[1] and g["kind"] not in _SKIP_KINDS and g.get("subject"):
            return g["subject"]
    return None


def _grown_before(facts: list[Fact], i: int, sent_start: int, verb_at: int) -> str | None:
    """The subject of the last growth told before the rate's rank (增长9.7%,增幅居…): what grew, not a completion
    rate or a comparison told between (完成年初预算的53.5%, 高于全省1.4个百分点)."""
    for g in reversed(facts[:i]):
        if g["start"] < sent_start:
            return None
        if g["start"] < verb_at and g["kind"] == "percent" and g.get("change") and g.get("subject"):
            return g["subject"]
    return None


def _field_before(text: str, c: int, verb_at: int) -> tuple[int, int]:
    m = _SCOPE_RE.search(text[c:verb_at])
    return (c + m.start(), c + m.end()) if m else (verb_at, verb_at)
