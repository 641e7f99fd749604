"""A figure whose own clause names nothing measured takes the indicator its sentence opens a clause with (subj36).

Reports move one indicator clause by clause, the indicator named once (`金價狂飆，續創新高，首次上破5,500美元/每
盎司，自今年初以來已上漲逾25%`, `铜价一路上涨,创下历史新高,首次突破13,000美元每吨`, `外汇储备规模稳中有升，较6月末上升
340亿美元`): the clause of each later figure is only adverbs and verbs (`首次上破`, `自今年初以來已上漲逾`), and every
earlier rule left the figure without a subject.  The labels of every set name the indicator the sentence opened with.

- Only a figure left without a subject by every rule before, of a kind that measures an indicator (money, percent,
  points, index, quantity, count, multiple), whose clause before it holds no noun (its words are verbs, adverbs,
  prepositions, particles, numerals or time words: `首次突破`, `较上月增加`, `已上漲逾`);
- the topic is read from the nearest earlier clause of the sentence that opens with a noun, passing clauses opened by
  a verb or an adverb (`續創新高`, `创下历史新高`); a clause opened by a noun that is no indicator stops the search (no
  subject is better than a wrong one): the noun phrase it opens with, up to its first verb or adverb (`金價|狂飆`,
  `铜价|一路上涨`), must end in a measure's head (价格, 价, 额, 量, 指数, 收入, 储备, 存底 …: subject_rules.MEASURE_HEADS);
- a clause that reports (`据…显示`, `…表示`, `记者…获悉`) or opens with a time word alone names no topic.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .subject_level_moves import PRICE_PERS
from .subject_rules import MEASURE_HEADS, SUBJECT_CHARS
from .text_marks import TextMarks
from .words import opens_with_verb, segment, tag_of

Fact = dict[str, Any]

PRICE_HEADS = ("价", "价格", "黄金", "白银", "铂金", "钯金", "原油", "期货", "品种", "期金", "期银", "铜", "铝", "镍", "锌")
_KINDS = frozenset({"money", "percent", "points", "index", "quantity", "count", "multiple"})
# the heads a topic may end with: a measure's (MEASURE_HEADS), a price told short (金價, 铜价), reserves
_HEADS = tuple(sorted(set(MEASURE_HEADS) | {"价", "储备", "存底", "汇价", "运量", "人次"}, key=len, reverse=True))
# words that may stand in a clause naming nothing: jieba's clause tags (verbs, adverbs …) and these frame tags
_FRAME = frozenset({"m", "mq", "q", "t", "r", "f"})
_REPORTING = ("显示", "表示", "介绍", "获悉", "了解到", "指出", "透露", "称", "据", "公布", "发布", "报道", "统计",
              "消息", "记者", "认为", "说")
_TIME_OPENERS = ("今天", "今日", "昨天", "昨日", "目前", "如今", "当前", "现在", "今年", "去年", "近年", "此前", "同时",
                 "其中", "最近", "近日", "日前", "随后", "此外", "另外", "但", "而")


# a figure followed by a noun of its clause (not 每吨, 的, 左右, 以上): the noun is what it counts or measures
_AFTER_RE = re.compile(r"(?![每的之以左多余餘])[\u4e00-\u9fff]")


def _plain(s: str) -> str:
    return simplified_chars(s.translate(SUBJECT_CHARS))   # one character for one: offsets hold


def needs_clause_topics(facts: list[Fact]) -> bool:
    return any(f.get("subject") is None and f["kind"] in _KINDS for f in facts)


# words of a figure's clause that jieba's table leaves untagged (nouns, verbal nouns, abbreviations) but that name
# nothing measured: the moves, the comparisons and the windows of a change (突破, 同比, 以来, 之间)
_MOVES = frozenset({"突破", "跌破", "升破", "上破", "冲破", "站上", "重登", "重上", "重回", "同比", "环比", "按年", "按月",
                    "按周", "以来", "之间", "上落", "月增", "年增", "季增", "周增", "月减", "年减", "季减", "周减", "年初",
                    "年底", "月底", "月末", "年末", "上月", "上年", "去年", "前年", "今年", "同期", "一路", "累计",
                    "收市", "收盘", "收报", "收市报", "收盘报", "报收", "开市", "开盘", "全日", "全天", "盘中", "尾盘",
                    "早盘", "窄幅", "大幅", "小幅", "最新", "连续", "持续", "历史", "新高", "新低"})


def _names_nothing(s: str, idioms: bool = False) -> bool:
    """`s` (a clause's words before its figure) holds no noun: only verbs, adverbs, particles, numerals, time
    words, a single character (较, 报, 逾, 上) or a move (突破, 同比, 以来)."""
    from .words import _TAGS, _dictionary    # the full table: frame tags as well as the clause tags
    _dictionary()
    for w in segment(s):
        w = w.strip(" \x00\x01\u3000")
        if (not w or len(w) == 1 or any(ch.isdigit() for ch in w) or w in _MOVES or w[0] == "每"
                or idioms and len(w) == 4):     # 再创新高 (jieba's table has no tag for a set phrase)
            continue
        if tag_of(w) is None and _TAGS.get(w) not in _FRAME:
            return False
    return True


def _opening_noun(simp: str, a: int, b: int) -> tuple[int, int] | None | bool:
    """The noun phrase the clause [a, b) opens with, up to its first verb or adverb; False when the clause opens
    with a verb or an adverb (the search goes on past it); None when it opens with a noun that is no indicator."""
    while a < b and simp[a] in " \x00\x01\u3000“”\"":
        a += 1
    if b - a < 2 or simp[a].isdigit():
        return False
    if _names_nothing(simp[a:b], idioms=True) and not any(h in simp[a:b] for h in _HEADS):
        return False                            # 再创新高, 连续三日上扬: a clause of moves alone is passed over
    words = list(segment(simp[a:b]))
    skip = 0
    while skip < len(words) - 1 and _frame(words[skip]) and not any(ch.isdigit() for ch in words[skip]):
        skip += 1                               # 首次|上破, 本周|下跌: a time or a turn before the verb
    rest = simp[a + sum(map(len, words[:skip])):b]
    if not words or tag_of(words[skip]) is not None or rest[:2] in _MOVES or opens_with_verb(rest):
        return False                            # 首次突破…, 续创新高, 创下历史新高: a verb's clause
    n = pos = 0
    for w in words:
        if pos >= 2 and (tag_of(w) is not None or any(ch.isdigit() for ch in w)):
            break                               # 铜价|一路上涨, 金价|狂飙: the first adverb or verb ends it
        pos += len(w)
        n = pos
    phrase = simp[a:a + n]
    k = max((phrase.rfind(h) + len(h) for h in _HEADS if h in phrase), default=-1)
    if k < 2:
        return None
    if phrase[k:] and not _is_move(phrase[k:]):
        return None                             # 价格指数… goes on past its head: no indicator of ours
    if n >= b - a and k == n:
        return None                             # a clause all noun (a heading, a list's item): no topic
    words = segment(phrase[:k])
    lead = 0
    for w in words[:-1]:
        if _frame(w, time_only=True):
            lead += len(w)                      # 元月底我国外汇存底: the period before the topic is no part of it
        else:
            break
    a, k, phrase = a + lead, k - lead, phrase[lead:k]
    if phrase.startswith(_TIME_OPENERS) or any(r in simp[a:b] for r in _REPORTING):
        return None
    return a, a + k


def _frame(w: str, time_only: bool = False) -> bool:
    """A time word (本月, 元月底) or, unless `time_only`, a numeral's word (首次): no noun of the clause."""
    from .words import _TAGS, _dictionary
    _dictionary()
    return _TAGS.get(w) in (("t",) if time_only else ("t", "m")) or w in ("元", "元月", "本月", "上月", "今年", "去年")


def _is_move(s: str) -> bool:
    """狂飙, 今日, 本周: words after a head that say how or when it moved, no noun of their own."""
    from .words import _TAGS, _dictionary
    _dictionary()
    w = segment(s)[0]
    return (_TAGS.get(w) in _FRAME or _TAGS.get(w) in ("v", "vd", "d", "ad") or w in _MOVES or len(w) == 4
            or w in ("狂飙", "大涨", "大跌"))   # 稳中有升, 持续走高: a set phrase of four says how it moved


# a price per ounce, barrel or ton is a price's or a commodity's (美元指數走強，隨後回落至每盎司2300美元: not the index's),
# and a sum or a change is no index's, rate's or share's
_RATIO_ENDS = ("指数", "率", "比重", "占比", "增速", "幅")


def _fits(f: Fact, topic: str) -> bool:
    if f.get("per") in PRICE_PERS and not topic.endswith(PRICE_HEADS):
        return False
    # a rate told as the topic (單月增幅達六成，較去年同月更是暴增1.4倍) is no change's: the change is the indicator's
    return not (topic.endswith(_RATIO_ENDS) and (f["kind"] in ("money", "multiple", "count", "quantity") or f.get("change")))


def settle_clause_topics(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    simp = None
    for f in facts:
        if f.get("subject") is not None or f["kind"] not in _KINDS:
            continue
        if simp is None:
            simp = _plain(norm)
        s = f["start"]
        c = marks.clause_start(s)
        if not _names_nothing(simp[c:s]) or _AFTER_RE.match(simp, f["end"]):
            continue                            # 拉动了7省市整体进出口: a noun after the figure is what it counts
        a = marks.segment_start(s)              # (a ；-part is an item of its own: 上周成交9套/524.81㎡)
        starts = [a] + [i + 1 for i in range(a, c - 1) if simp[i] in "，,；;：:"
                        and not (simp[i] in ",:" and i > 0 and simp[i - 1].isdigit() and simp[i + 1:i + 2].isdigit())]
        starts = [x for x in starts if x < c]
        for k in range(len(starts) - 1, -1, -1):
            got = _opening_noun(simp, starts[k], (starts[k + 1] - 1) if k + 1 < len(starts) else c - 1)
            if got is False:
                continue
            if got and _fits(f, simp[got[0]:got[1]]):
                f["subject"] = text[got[0]:got[1]]
            break
