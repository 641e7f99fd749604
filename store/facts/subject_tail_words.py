"""A subject never ends with the adverb, modal or aspect word of the verb after it.

Wherever a subject is cut from — the noun phrase before the figure or the counted noun after it — the cut
often runs on past the noun into the verb phrase that follows: `4个师正在加沙地带作战` gave the count
`师正在`, `盘毂的精度要达到0.005毫米` gave `盘毂的精度要`, `湖南中稻种植面积常年稳定在2200万亩` gave
`湖南中稻种植面积常年`, `数据传输仅需不到10毫秒` gave `数据传输仅需`, `全體受僱員工經常性薪資年增率便…`
`…年增率便`, `会议共设置了4个分会场` gave `会议共设置了`. The bulk corpus holds some 280 such subjects (the
largest: 正在 79, 需/仅需/只需 25, 了 23, 首次 13, 能/要/可/应 26, 常年, 现已, 预计, 最终, 同样 …), the gold
sets some 20 (the measure's name is kept whole there: `粮食产量`, `公司`, `就业不足率`, `成長率` of `成長率被`).

Such a trailing word — read as a word of its own on the subject simplified (jieba's words, so 主要, 需要,
供应, 人才, 产能, 许可, 日均 stay whole and are no tail, nor is a character that makes a word with the one
before it) — is cut off, and so are the one-character adverbs before it (仅需, 共); an aspect word (了, 着) takes
its verb with it (`会议共设置了` → 会议, `中国航展吸引了` → 中国航展). A modal (能, 要, 可, 应, 须, 将) is followed
by its verb: one written right before the figure is the name's own (`抽水蓄能5700万千瓦`). What is left must name
something (`年内要` → none). 过 is cut only
right before the figure (`全国秋粮收获过三成`: the reach verb). A subject that was nothing but such words
(`正在`, `首次`, `甚至`) names nothing: none. 会, 都, 才, 共 are left alone (运动会, 华都, 引才, 公共: the
segmenter splits names ending in them too often).
Gated (subject_closing) on a subject's last character.
"""

from __future__ import annotations

from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import is_word, lone_clause_word, names_nothing, segment, tag_of

Fact = dict[str, Any]

# adverbs, modals and aspect words that close a verb's run-up, never a noun phrase (simplified)
_TAILS = frozenset({
    "正在", "首次", "再次", "需要", "现已", "已经", "常年", "连年", "最终", "迅速", "原则上", "同样", "只需", "仅需",
    "就能", "甚至", "几乎", "预计", "将会", "必须", "有望", "力争", "依然", "仍然", "始终", "一直", "能够", "可以",
    "了", "着", "正", "需", "要", "可", "能", "应", "须", "将", "曾", "已", "仍", "就", "均", "被", "便", "则", "也",
    "亦", "还", "又",
})
_ASPECTS = ("了", "着")
_MODALS = frozenset("能要可应應须須将將")
_SIMPLE_LAST = frozenset(w[-1] for w in _TAILS) | {"过"}
_ENDINGS = tuple(sorted(_TAILS | {"过"}, key=len, reverse=True))
# the last characters a tail can have as written, in either script (過, 應, 須, 將, 還, 則, 計 of 預計 …)
TAIL_LAST = _SIMPLE_LAST | frozenset(chr(c) for c, t in SUBJECT_CHARS.items() if chr(t) in _SIMPLE_LAST)


def settle_tail_words(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or len(s) < 2 or s[-1] not in TAIL_LAST or not s[-3:].translate(SUBJECT_CHARS).endswith(_ENDINGS):
            continue                            # (增速, 委员会, 规模以上: a last character, no tail — not segmented)
        after = text.startswith(s, f["end"])    # the counted noun after the figure (4个师正在: 师)
        before = text.endswith(s, 0, f["start"])
        if before and s[-1] in _MODALS:
            continue                            # 抽水蓄能5700万千瓦: a modal is followed by its verb, not the figure
        cut = _cut(s, before, 1 if after else 2)
        if cut != len(s):
            rest = s[:cut]
            lone = not rest or names_nothing(rest) or lone_clause_word(rest) or len(rest) == 1 and tag_of(rest)
            f["subject"] = None if lone else rest   # (用了, 有了, 年内要: nothing named)


def _cut(s: str, before_figure: bool, least: int) -> int:
    """Length of `s` without its trailing adverbs, modals and aspect words (len(s): none cut; 0: nothing
    left), when at least `least` characters are left."""
    simple = s.translate(SUBJECT_CHARS)
    words = list(segment(simple))
    n = len(s)
    if words[-1] not in _TAILS and not (before_figure and words[-1] == "过") or words[-2:-1] == ["所"]:
        return n                                # (所需, 所能: a nominalised verb, the phrase's own)
    if len(words[-1]) == 1 and words[-1] != "过" and is_word(simple[-2:]):
        return n                                # 总产|能 is 产能, 人才, 供应: a word the segmenter split (进度|过 stays
                                                # cut: 度过 is a word, but the reach verb follows 进度)
    while words and (words[-1] in _TAILS or words[-1] == "过"):
        w = words.pop()
        n -= len(w)
        if w in _ASPECTS and len(words) >= 2 and tag_of(words[-1]) == "v":
            n -= len(words.pop())               # 会议共设置了: the verb goes with its aspect word
        while len(words) >= 2 and len(words[-1]) == 1 and tag_of(words[-1]) in ("d", "ad"):
            n -= len(words.pop())               # 会议共, 仅需: the one-character adverbs before it
    if n < least and words:
        return len(s)                           # (引才, 华都: too little left to be a cut tail)
    return n
