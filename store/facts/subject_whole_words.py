"""Whole words at both ends of a subject, after every other subject rule has run.

The rules before cut a subject by characters here and there: a length cap on the noun after
a count (`3690个婚姻家庭纠纷人民调解委|员会`, `第十四届全国冬季运动|会`), a change stripped from a
phrase's end where the change shares a word with the character before it (`全国新|增30个`,
`非国防支出削|减23%`, `进度同|比快3个百分点`), a period blanked in front of the subject that
leaves its last character (`十年|间人均收入`, `10年|前中国位列第34名`).  Each such cut falls inside a
dictionary word (store.facts.words).  This pass finds the subject where it is written for its
figure and moves each cut out of the word it splits:

- the end of a noun read right of the figure takes the rest of a noun word (委员会, 运动会),
  but gives up a verb or time word it took a piece of (`成员身|亡` → 成员, `《领航》今|晚` → 《领航》)
  and a lone character of a longer word it cannot take (`龙舟赛拉|开帷幕` → 龙舟赛);
- the end of a phrase left of the figure gives up the adverb or verb head that opens a change
  or a comparison with the text after it (新|增, 削|减, 同|比, 略|低);
- the start gives up one character left of a time word's cut (十年|间, 年|前).

A subject that would be less than two characters is left as it was; a cut beside the figure
itself is not looked at (its characters may make a word with the figure's: 五项原则).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SHARE_NOUNS
from .subjects import simplified
from .words import is_word, segment, tag_of, word_around

Fact = dict[str, Any]

_VERBAL = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
# the text after a left phrase's end opens a change, a comparison or a level: the character
# before it that shares its word belongs to that word (新|增, 同|比, 削|减, 略|低, 最|为) when it is
# one of these adverbs or verb heads (持仓量|减: 量 ends the noun, though 量减 is a word too)
_OPENS_CHANGE_RE = re.compile(r"[增减減降升涨漲跌比较較达達为為低高快慢多少以]")
_CHANGE_HEADS = frozenset("新削压壓环環同处處略递遞普最起抬予微骤驟暴猛剧劇陡再")
# a word of time: what a count's noun never takes a piece of (专题片《领航》今|晚)
_TIME_WORD_RE = re.compile(r"[今昨明当當前次](?:晚|天|日|年|早|夜)$|[上下中]午$")
# a noun is not extended into a particle (同级|别的)
_PARTICLES = frozenset("的了着過过地得之和与與及或")
# a time word's piece before the subject's start: digits, numerals, 年/月/日
_TIME_PIECE_RE = re.compile(r"[\d０-９一二三四五六七八九十百千两〇零]*[年月日天周週]?")
_TIME_PIECE_ENDS = frozenset("年月日天周週")
_MAX_RIGHT = 16          # a noun after a count is extended to the end of its word up to this length
_NEAR = frozenset("的“\"「《 ")    # between a figure and the noun right after it (27%的人口, 30名“…)
_GAP = 8                 # what may stand between a figure and the noun right of it (的2025年)
_REACH = 60              # how far before its figure a left subject is looked for


def _located(text: str, f: Fact, subj: str) -> tuple[int, int] | None:
    """Where `subj` is written for `f`: right after it (past a measure word, 的 or a quote
    mark), else its last occurrence in the _REACH characters before it, else right after it
    past a year (为期5天的2025年中国国际服务贸易交易会)."""
    e = f["end"]
    j = text.find(subj, e, e + len(subj) + _GAP)
    right = j >= 0 and not any(ch in "，。；！？,;!?\n" for ch in text[e:j])
    if right and all(ch in _NEAR for ch in text[e:j]):
        return j, j + len(subj)
    i = text.rfind(subj, max(0, f["start"] - _REACH), f["start"])
    if i >= 0:
        return i, i + len(subj)
    return (j, j + len(subj)) if right and j <= e + _GAP else None


def _inside(simp: str, i: int) -> tuple[int, int] | None:
    ws, we = word_around(simp, i)
    return (ws, we) if ws < i < we else None


def whole_span(simp: str, f: Fact, a: int, b: int) -> tuple[int, int]:
    """(a, b) moved out of the words they split, as the module says; `simp` is the text
    simplified (offsets as written)."""
    right = a >= f["end"]
    # (a left phrase's end moves only off a change head before a change: the word is read only then)
    w = _inside(simp, b) if right or b < f["start"] and simp[b - 1:b] in _CHANGE_HEADS \
        and _OPENS_CHANGE_RE.match(simp, b) else None
    if w is not None:
        ws, we = w
        word, rest = simp[ws:we], simp[b:we]
        if right:
            verbal = tag_of(word) in _VERBAL or _TIME_WORD_RE.match(word) is not None
            if verbal:
                if ws - a >= 2 and not is_word(simp[b - 2:b]):
                    b = ws                      # 卫队成员身|亡 → 卫队成员 (气象观测站点|中: 站点 a word, kept)
            elif we - a <= _MAX_RIGHT and rest[0] not in _PARTICLES and (
                    len(rest) == 1 or len(rest) == 2 and not is_word(simp[ws:b])):
                b = we                          # 人民调解委|员会 → 人民调解委员会 (党员干部|带头: 干部 a word, left)
            elif b - ws == 1 and ws - a >= 2:
                b = ws                          # 龙舟赛拉|开帷幕 → 龙舟赛: a lone character left of a long word
        elif b - ws == 1 and ws - a >= 2 and simp[ws] in _CHANGE_HEADS and _OPENS_CHANGE_RE.match(rest) \
                and _lone_last(simp, a, b):
            b = ws                              # 全国新|增 → 全国 (占比|達: 比 ends 占比, stays)
    if not right and a > 0 and simp[a - 1] in _TIME_PIECE_ENDS:     # (only a time word's piece moves the start)
        w = _inside(simp, a)
        if w is not None and a + 1 < b and we_is_time_piece(simp, w[0], a) and w[1] - a == 1 and b - w[1] >= 2 \
                and not is_word(simp[a:a + 2].replace("灣", "湾")):
            a = w[1]                            # 十年|间人均收入 → 人均收入 (9月|台湾: 台湾 a word, kept whole)
    return a, b


def _lone_last(simp: str, a: int, b: int) -> bool:
    """The subject's last character is a word alone, not the end of a word or share noun (占比)."""
    return len(segment(simp[a:b])[-1]) == 1 and not is_word(simp[b - 2:b]) and not simp.endswith(SHARE_NOUNS, a, b)


def we_is_time_piece(simp: str, ws: int, a: int) -> bool:
    """simp[ws:a], the part of a split word before the subject, is a time word's (十年, 10年, 年)."""
    piece = simp[ws:a]
    return bool(piece) and _TIME_PIECE_RE.fullmatch(piece) is not None and piece[-1] in _TIME_PIECE_ENDS


def settle_whole_words(text: str, norm: str, facts: list[Fact]) -> None:
    """Move every subject's cuts out of the words they split (the module's doc)."""
    simp = simplified(norm)
    for f in facts:
        subj = f.get("subject")
        if not subj or len(subj) < 2 or f["kind"] in ("date", "year"):
            continue
        span = _located(text, f, subj)
        if span is None:
            continue
        a, b = whole_span(simp, f, *span)
        if (a, b) != span and b - a >= 2:
            f["subject"] = text[a:b]
