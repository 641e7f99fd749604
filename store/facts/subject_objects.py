"""A figure before its noun: 已出售三十噸儲備黃金, 完成150亿立方米天然气产能建设, 用于…治理的5500万元
超长期特别国债资金, 推动7550亿元中央预算内投资、1万亿元超长期特别国债…下达: a sum, quantity or
share written right before a noun phrase measures that noun phrase, unless the words left of it
already name what is measured (营业收入3.26亿元人民币, 容量60吨的油罐车, 比上年增加500万元资金).
"""

from __future__ import annotations

import re
from typing import Any

from . import subject_rules as S
from .subjects import _finish, written
from .words import segment, tag_of

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

_KINDS = ("money", "quantity", "percent")
# qualifiers and blanked periods between the left words and the figure (已出售|三十噸, 下达2023年|…)
_QUALIFIERS_RE = re.compile(r"(?:[\s\x00\x01“\"]|不?超过|超出|超|约|近|逾|多达|高达|将近|接近|不到|不足|至少|共计|合计|累计|总计|共|了|首批|首次)+$")
# the left words already name the figure: a copula, a change, a base or comparison, a count's verb
_LEFT_NAMES_RE = re.compile(
    r"(?:为|為|是|达|達|达到|達到|至|到|占|佔|有|约合|折合|相当于|相當於|计|計|价|價|报|報|收于|收於|在|以|按|于|於|"
    r"突破|跨越|跨过|站上|迈上|逼近|创下|刷新|由|[额量率数值价费速]|"
    + S.CHANGE_START_RE.pattern + ")$")
_BASE_RE = re.compile(r"比|较|相对于|相比|同期|超过|低于|高于|不得|不超过|不低于|从")   # 从…的0.5平方公里: a range
# nouns after a figure that do not say what it measures: currencies, qualifiers, levels
_NOT_OBJECT_RE = re.compile(r"^(?:[^\u4e00-\u9fffA-Za-z]|间|附近|一线|区间|范围|之上|之下|人民币|人民幣|美元|港元|港币|港幣|欧元|日元|英镑|左右|以上|以下|以内|上下|之间|不等|多|余|其中|规模|水平|"
                            r"[大新]?(?:关口|大关|台阶|高度)|新高|高位|低位|同比|环比|按年|按月|较|更|最|很|非常|"
                            r"占|佔)")      # 寿险5087.3亿元占新契约保费的68.8%: a share's verb, the sum is the name's
# a move to a level after the figure (由上月的5.2%降至5.0%): the figure is where it started, no noun follows
_MOVE_TO_RE = re.compile(r"^(?:[降升增减涨跌]|下降|上升|增长|减少|上涨|下跌|回落|回升|提高|降低|扩大|缩小|收窄)(?:至|到)")
_LIST_JOIN = "、和及与"
_REACH = 16           # characters left of a figure read for the words that name it


def object_noun(text: str, simp: str, f: Fact, lo: int, prev: list[Fact]) -> str | None:
    """The noun phrase right after `f` when the words left of it do not name it (see the module
    doc); `prev` are the clause's earlier figures."""
    if f["kind"] not in _KINDS or f.get("per") or f.get("unit") in ("岁", "周岁", "歲", "週歲"):
        return None
    nxt = simp[f["end"]:f["end"] + 1]
    if not ("\u4e00" <= nxt <= "\u9fff" or nxt in "“\"" or nxt.isascii() and nxt.isalpha()):
        return None                             # most figures: punctuation follows, no noun (LNG运输船 is one)
    s = f["start"]
    start = max([lo] + [g["end"] for g in prev if g["end"] <= s and g["kind"] not in ("year", "date", "duration")])
    left = _QUALIFIERS_RE.sub("", simp[max(start, s - _REACH):s])      # only its end decides
    if left and left[-1] in _LIST_JOIN:
        if start == lo or len(left) < 3:
            return None                         # A和B 30%: the items are named left
    elif left and _names_it(left):
        return None
    span = _object_span(simp, f["end"])
    if not span:
        return None
    noun = simp[span[0]:span[1]]
    plain = noun.translate(S.SUBJECT_CHARS)
    if (_NOT_OBJECT_RE.match(plain) or plain in S.EMPTY_SUBJECTS or plain in S.MEASURE_HEADS
            or _MOVE_TO_RE.match(plain) or _verb_phrase(plain)):
        return None
    return _finish(written(text, simp, span), f, False)


def _names_it(left: str) -> bool:
    """The words left of a figure already name what it measures (or compare it)."""
    plain = left.translate(S.SUBJECT_CHARS) if S.TRADITIONAL_RE.search(left) else left
    if _LEFT_NAMES_RE.search(plain) or S.MEASURE_HEAD_END_RE.search(plain) or _BASE_RE.search(plain):
        return True
    return plain.endswith(tuple(S.RATE_NOUNS))


def _verb_phrase(s: str) -> bool:
    """A verb or a preposition, not a noun, follows the figure (转为上涨, 以…收盘, 创历史新高)."""
    words = segment(s)
    if not words:
        return True
    first = tag_of(words[0])
    return (first in ("p", "c") or first == "v" and len(words[0]) > 1 and words[0] not in _HEADS  # 支持…建设
            and s[len(words[0]):] not in _HEADS                                       # 引导资金: a noun
            or tag_of(words[-1]) in ("v", "vd", "d", "ad") and words[-1] not in _HEADS)


_HEADS = frozenset(S.MEASURE_HEADS)
_VERB_TAGS = ("v", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud")


def _object_span(simp: str, e: int) -> tuple[int, int] | None:
    """The noun phrase starting at `e`: up to a stop word, or the first verb, preposition or
    particle after its first two characters, or an adverb before a verb (资金|刚刚下达; 特别国债
    stays: 特别 qualifies a noun there)."""
    a = e + 1 if simp[e:e + 1] in "“\"" else e
    m = S.NOUN_AFTER_RE.match(simp, a)
    if not m:
        return None
    noun = m.group(0)
    for stop_re in (S.NOUN_STOP_RE, S.NOUN_AFTER_VERB_CUT_RE):
        stop = stop_re.search(noun)
        noun = noun[:stop.start()] if stop else noun
    words = segment(simp[a:a + len(noun) + 2])  # two more: the word the match cut (下|达)
    pos = 0
    for i, w in enumerate(words):
        if pos + len(w) > len(noun):
            break
        tag = tag_of(w)
        if pos >= 2 and (tag in _VERB_TAGS or tag in ("d", "ad") and (len(w) == 1 or i + 1 < len(words)
                                                                      and tag_of(words[i + 1]) in ("v", "vd", "d"))):
            if not (tag == "v" and (w in _HEADS or noun[pos + len(w):] in _HEADS)):
                break                           # (页岩气产能, 专项补助资金: a verb inside a noun)
        pos += len(w)
    end = a + pos
    while end > a and simp[end - 1] in "“”\"'":
        end -= 1
    return (a, end) if end - a >= 2 else None
