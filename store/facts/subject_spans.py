"""A span of time that measures an activity names it (tests/gold/README.md: a measured duration
names what it measures; `为期3年的援藏援青工作`, `在70多年的革命生涯中`, `经过一个多小时的紧张忙碌`,
`已有千年历史`, `会期6天`).  A span that only frames other figures (`过去5年的工作`, `未来五年的发展方向`,
`近三年来`, `连续5个月`, `用3年时间`) keeps none: these rules open only on the words that say how long
something lasted.

- `经过/历经/历时/为期/持续/长达/在` + span + `的X`: X, the activity (`经过8个多小时的出舱活动` → 出舱活动,
  `为期4天的年会将举办…` → 年会), cut before a time word, an adverb or a clause; a time noun
  (`的时间里`, `的岁月`) or a level (`的新高`) names nothing;
- `X为期/历时/持续` + span with no 的 after it: X when it is a noun phrase (`大会为期4天` → 大会,
  `展会将持续6天` → 展会);
- `的时间里`, `时光` taken as the subject by the left or right phrase: none; so for a span that frames
  (`这五年`, `十年来`, `五年累计`, `一年之中`, `连续增长12个月`), whatever the phrase before it;
- a verb of time spent before the span (`已在轨工作近5个月`, `从事组织工作近20年`, `被困近40小时的老人`):
  the activity, as the gold labels `在被巡视单位工作2个半月`, `扎根社区已经50年`;
- span + `(的)…历史`: the history (`已有1500多年历史的龙门石窟` → 历史, `近两千年友好交往历史`,
  `2500余年的历史文脉`).
"""

from __future__ import annotations

import re
from typing import Any

from .words import segment, tag_of

Fact = dict[str, Any]

_LEAD_RE = re.compile(r"(?:经过|經過|历经|歷經|历时|歷時|经历|經歷|为期|為期|持续|持續|长达|長達|在)了?$")
_OF_RE = re.compile(r"(?:左右|多|余|餘)?的")
# where the activity after 的 ends: a clause mark, a bracket, a quote closing nothing
_PHRASE_RE = re.compile(r"[^，。；！？、,;!?：:（(\n\s]{2,24}")
_TRAIL_RE = re.compile(r"(?:过程中|過程中|期间|期間|之中|当中|中|里|裡|内|內|之后|之後|后|後|以来|以來|时|時)$")
_TIME_WORD_RE = re.compile(r"今天|昨天|明天|今日|昨日|日前|近日|目前|当天|當天|此前|近期|届时|屆時|\d{1,2}日")
# nouns after 的 that say nothing about what lasted: time itself, a base, a level
_EMPTY_HEADS = frozenset({"时间", "時間", "时光", "時光", "岁月", "歲月", "时期", "時期", "历程", "歷程", "基础", "基礎",
                          "水平", "新高", "新低", "高点", "低点", "高位", "低位", "纪录", "紀錄", "记录", "最高", "最低",
                          "时候", "時候", "周期", "週期", "平均", "同期"})
_TIME_NOUNS = ("时间", "時間", "时光", "時光", "岁月", "歲月")
_FRAME_BEFORE_RE = re.compile(r"(?:这|這)[”\"]?$|(?:连续|連續|一连|一連)[\u4e00-\u9fff]{1,4}?了?$")
_FRAME_AFTER_RE = re.compile(r"(?:左右|多)?(?:来(?!自)|來(?!自)|以来|以來|累计|累計|之中)")
# verbs of time spent on something (gold: 在被巡视单位工作, 在陶瓷修复领域深耕, 扎根社区); 上映 is no such
# verb (fresh labels 上映10余天 without subject), 持续 is the holder's
_SPENT_VERB_RE = re.compile(r"在轨|驻留|駐留|工作|生活|居住|任教|执教|執教|从教|從教|从医|從醫|从业|從業|从事|從事|服役|服刑"
                            r"|被困|坚守|堅守|扎根|紮根|深耕|停靠|任职|任職")
_NOUN_MAKERS = frozenset({"工作", "生活", "居住"})
_NOUN_AFTER_VERB_RE = re.compile(r"人员|人員|人|者|报告|報告|组|組|室|站|队|隊|面|时间|時間|时长|時長")
_NOT_OBJECT_RE = re.compile(r"[的，,、从從由时時期连連]")
_SPAN_LEAD_RE = re.compile(r"(?:过去|過去|未来|未來|前|首|这|這)$")
_SPENT_TRIM_RE = re.compile(r"(?:了|已|已经|已經|已达|已達|共|累计|累計|长达|長達|近|约|約|超过|超過|达|達|都要|都|要|需要|只需要|仅需|僅需)+$")
_SPENT_FRAME_AFTER_RE = re.compile(r"(?:左右|多)?(?:来|來|以来|以來|后|後|之后|之後|前|以前|之前|间|間|里|裡|中|内|內|之内|之內|之间|之間)")
_HAVING = frozenset({"有着", "拥有", "擁有", "已有", "具有", "有"})
_HOLDS_RE = re.compile(r"(?:为期|為期|历时|歷時|持续|持續)$")
_BEFORE_HOLD_TRIM_RE = re.compile(r"(?:将|將|已|已经|已經|预计|預計|计划|計劃|共|总共|總共|全程|还将|還將|仍将|仍將)+$")
_HISTORY_RE = re.compile(r"(?:左右|多|余|餘)?的?([^，。；！？、,;!?：:（(\n\s的]{0,4}?(?:历史|歷史)(?:文脉|文脈|文化)?)"
                         r"(?!新|同期|纪录|紀錄|记录|記錄|上|首|最|性|以来|以來)")
# a span after these frames another figure (连续3年突破历史纪录, 过去5年是澳门历史上…)
_FRAME_LEAD_RE = re.compile(r"(?:连续|連續|连|連|过去|過去|未来|未來|前|首|近|最近)$")
_ENDS_CLAUSE_RE = re.compile(r"(?:左右|多|余|餘|以上)?(?:[，。；！？,;!?\n]|$)")
_STOP_WORDS_RE = re.compile(r"正在|将|將|已|于|於|并|並|再|又|全面|正式|顺利|順利|圆满|圓滿|隆重|开幕|開幕|闭幕|閉幕|举行|舉行|启动|啟動|结束|結束")
_CUT_TAGS = frozenset({"d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
_CLAUSE_MARKS = "，。；！？,;!?\n：:"


def needs_spans(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "duration" and f.get("unit") != "周年":
            return True
    return False


def settle_spans(text: str, norm: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "duration" or f.get("unit") == "周年":
            continue
        if f.get("subject"):
            if f["subject"].startswith(_TIME_NOUNS) or _frames(norm, f):
                f["subject"] = None             # 在10年的时间里, 用3年时间, 这五年, 十年来: time names nothing
            elif f["subject"] in _HAVING and (span := _history(norm, f)):
                f["subject"] = text[span[0]:span[1]]     # 有着2800多年历史: the history, not 有着
            elif (span := _spent_on(norm, f)) and f["subject"] in norm[span[0]:span[1]]:
                f["subject"] = text[span[0]:span[1]]     # 已在轨工作5个月: 在轨工作, not 轨工作
            continue
        span = _activity(norm, f) or _history(norm, f) or _holder(norm, f) or _spent_on(norm, f)
        if span:
            f["subject"] = text[span[0]:span[1]]


def _spent_on(norm: str, f: Fact) -> tuple[int, int] | None:
    """神舟十八号乘组已在轨工作近5个月, 从事组织工作近20年, 这名被困近40小时的老人, 在中国生活近40年: the
    activity the time was spent on — its verb (with 在… before it) and object, adverbs left out."""
    s = f["start"]
    if _SPENT_FRAME_AFTER_RE.match(norm, f["end"]):
        return None
    lo = s
    while lo > 0 and norm[lo - 1] not in _CLAUSE_MARKS and s - lo < 16:
        lo -= 1
    before = _SPENT_TRIM_RE.sub("", norm[lo:s])
    b = lo + len(before)
    window = max(lo, b - 10)
    m = None
    for m in _SPENT_VERB_RE.finditer(norm, window, b):
        if m.group(0) not in _NOUN_MAKERS or not _NOUN_AFTER_VERB_RE.match(norm, m.end()):
            break                               # 工作人员, 工作报告: a noun, not the verb
    else:
        m = None
    if not m or _FRAME_BEFORE_RE.search(norm, max(0, s - 7), s) or _SPAN_LEAD_RE.search(before):
        return None
    if _NOT_OBJECT_RE.search(norm, m.end(), b):
        return None                             # 驻留时间从…: a time named, not an activity
    a = m.start()
    k = norm.rfind("在", max(lo, a - 8), a)
    if k >= 0 and not any(c in norm[k:a] for c in "的，,、"):
        a = k                                   # 在中国生活, 在轨工作
    return (a, b) if 2 <= b - a <= 14 else None


def _frames(norm: str, f: Fact) -> bool:
    """The span frames other figures: `这五年`, `十年来`, `五年累计`, `一年之中`, a run after its verb
    (`连续增长12个月`, `已连续平稳运行15个月`)."""
    s, e = f["start"], f["end"]
    return bool(_FRAME_BEFORE_RE.search(norm, max(0, s - 7), s) or _FRAME_AFTER_RE.match(norm, e))


def _activity(norm: str, f: Fact) -> tuple[int, int] | None:
    """经过8个多小时的出舱活动: the activity after 的."""
    s, e = f["start"], f["end"]
    if not _LEAD_RE.search(norm, max(0, s - 3), s):
        return None
    m = _OF_RE.match(norm, e)
    if not m:
        return None
    a = m.end()
    p = _PHRASE_RE.match(norm, a)
    if not p:
        return None
    if norm.startswith("、", p.end()):
        return None                             # 经过5年的首创性、集成式探索: a list of qualifiers
    phrase = _cut(p.group(0))
    if not phrase or phrase in _EMPTY_HEADS or len(phrase) > 20 or phrase.startswith(("的", "时间", "時間")):
        return None
    return a, a + len(phrase)


def _cut(phrase: str) -> str:
    """The activity `phrase` opens with: up to a time word, an adverb, preposition, conjunction or
    particle after its first two characters, or a date's digits; none when a verb with 了 follows
    it in the same clause (`经过十多年的努力实现了…`: where the activity ends is not clear)."""
    for rx in (_TIME_WORD_RE, _STOP_WORDS_RE):
        t = rx.search(phrase, 2)
        if t:
            phrase = phrase[:t.start()]
    words = segment(phrase)
    pos = 0
    for i, w in enumerate(words):
        tag = tag_of(w)
        after_digits = i > 0 and words[i - 1][-1:].isdigit()        # 第60届: a measure word, not an adverb
        if pos >= 2 and w in ("了", "着", "著"):
            return ""
        if pos >= 2 and (tag in _CUT_TAGS and not after_digits or w[:1].isdigit() and not phrase[pos - 1].isdigit()):
            phrase = phrase[:pos]
            break
        pos += len(w)
    phrase = _TRAIL_RE.sub("", phrase)
    return phrase if len(phrase) >= 2 else ""


def _history(norm: str, f: Fact) -> tuple[int, int] | None:
    """已有1500多年历史的龙门石窟, 2500余年的历史文脉: the history."""
    e = f["end"]
    if "史" not in norm[e:e + 12]:
        return None
    m = _HISTORY_RE.match(norm, e)
    if not m or _FRAME_LEAD_RE.search(norm, max(0, f["start"] - 2), f["start"]):
        return None
    gap = m.group(1)[:-2] if m.group(1).endswith(("历史", "歷史")) else ""
    if gap and any(tag_of(w) is not None for w in segment(gap)):
        return None                             # 连续5年创历史新高: a verb between, no history measured
    return m.span(1)


def _holder(norm: str, f: Fact) -> tuple[int, int] | None:
    """大会为期4天, 展会将持续6天: the noun phrase the clause opens with."""
    s = f["start"]
    k = s
    while k > 0 and norm[k - 1] in "了约近":
        k -= 1
    hold = _HOLDS_RE.search(norm, max(0, k - 2), k)
    if not hold or not _ENDS_CLAUSE_RE.match(norm, f["end"]):
        return None                             # 纵队官兵历时近200天将…营救: the agent, not what lasted
    a = hold.start()
    lo = a
    while lo > 0 and norm[lo - 1] not in _CLAUSE_MARKS and a - lo < 16:
        lo -= 1
    if lo > 0 and norm[lo - 1] not in _CLAUSE_MARKS:
        return None
    head = _BEFORE_HOLD_TRIM_RE.sub("", norm[lo:a]).strip()
    if not 2 <= len(head) <= 12 or _TIME_WORD_RE.search(head) or any(tag_of(w) in _CUT_TAGS for w in segment(head)):
        return None
    start = lo + len(norm[lo:a]) - len(norm[lo:a].lstrip())
    return start, start + len(head)
