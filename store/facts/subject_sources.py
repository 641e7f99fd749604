"""Where arrivals, imports and shares come from: the region or source is the subject.

Releases on visitors and trade name the source once and state its figures clause by clause,
with nothing but the verb left of each figure:

- a topic clause `X方面,` (`非內地旅客方面,則錄得1,210萬人次,按年增幅達15%,佔總量約兩成四`) or a
  main source `以Y為主` (`旅客來源以內地為主,共錄得3,780萬人次`): the figures of the clauses after
  it that name nothing of their own (no subject, a bare rate word, a bare share `佔總量`) are X's
  or Y's, until a clause opens with 其中/當中 (a part of the whole);
- a part named in a 其中/當中 clause by its growth (`其中台灣、日本…的增長尤為顯著,均錄得25%或以上的升幅`):
  the rate of a clause that names nothing is the part's (台灣、日本…);
- a trade flow from a place (`中国从巴西进口了2750万吨大豆`) is the flow, `从巴西进口` kept (the
  phrase was cut at 从 as the start of a span `从A到B`);
- a source clause (`大部分来自加拿大,数量为180万吨`): a bare 数量 is the source's;
- the same period a year earlier (`相比之下,上年同期为2230万吨`, `上年同期为200万吨`) is the figure
  before it, the same indicator in the same unit.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import RATE_NOUNS, SUBJECT_CHARS
from .text_marks import TextMarks
from .words import is_noun_phrase, opens_with_verb, segment, tag_of

Fact = dict[str, Any]

_TOPIC_RE = re.compile(r"(?:^|[，,；;。])\s*([^\s，,；;。：:、\d的]{2,12}?)方面[，,]")
_MAIN_SOURCE_RE = re.compile(r"(?:来源|來源|客源|主要)?以([^\s，,；;。：:、\d]{1,8}?)(?:为主|為主)[，,]")
_PART_RE = re.compile(r"(?:其中|当中|當中)[，,]?\s*([^\s，,；;。：:\d]{2,40}?)的(?:增长|增長|增幅|升幅|跌幅|降幅|减幅|減幅)")
_FLOW_RE = re.compile(r"(?:从|從)([^\s，,；;。：:\d]{1,10}?)(?:进口|進口|出口|采购|採購|购买|購買|购进|購進|引进|引進|调入|調入)(?:了)?$")
_SOURCE_RE = re.compile(r"(?:大部分|大部份|主要|多数|多數|其余|其餘)?((?:来自|來自)[^\s，,；;。：:\d]{2,8})[，,]\s*(?:数量|數量)")
_YEAR_EARLIER_RE = re.compile(r"(?:相比之下[，,]|相較之下[，,]|相较之下[，,]|对比之下[，,]|對比之下[，,])?\s*"
                              r"(?:上年同期|去年同期|上年|去年|前年同期|同期)(?:则|則)?(?:为|為|是|有)")
_PART_STOPS = ("其中", "当中", "當中")
_NOT_TOPICS = ("另一", "一", "这", "這", "此", "其他", "其它", "各", "多", "两", "兩")
# what is left of a clause that names nothing: the verb, the base, the rate word, adverbs
_EMPTY_LEFT_RE = re.compile(r"^(?:[则則共均都亦也并並约約达達为為录錄得有按年同比环比较較上年同期增长長幅升跌降减減速率"
                            r"佔占总總量的或以上下]|\s)*$")
# a period or a verb of adding up told before the figure names nothing either (工业方面，前三季度增长6.2%; 就业方面，新增3万人)
_TIME_OR_TALLY_RE = re.compile(r"(?:\d{1,4}年|今年|去年|全年|上半年|下半年|前三季度|前[1-4一二三四]季度?|[1-4一二三四]季度|首季|"
                               r"第[1-4一二三四]季度?|\d{1,2}[-—至~]\d{1,2}月份?|\d{1,2}月份?|前\d{1,2}个?月|首\d{1,2}[个個]月|"
                               r"新增|累计|累計|合计|合計|共计|共計|总计|總計|贡献|貢獻)")
_SHARE_LEFT_RE = re.compile(r"\s*(?:[约約])?(?:佔|占)[^，,；;]{1,12}$")     # 佔總訪港旅客量: the share of the whole
_CONNECTIVES = frozenset({"相比之下", "相較之下", "相较之下", "对比之下", "對比之下"})
_BARE_AMOUNTS = frozenset({"数量", "數量"})
_KINDS = ("money", "count", "quantity", "percent", "points", "multiple", "index")


# what each rule needs in the text: a topic, a main source, a part by its growth, a flow or a
# year-earlier figure (the per-figure rules), a source clause with 数量
_CUES_RE = re.compile(r"(方面[，,])|([为為]主)|((?:其中|当中|當中)[^。；;]{0,40}的[增升跌降减減])|(同期(?:[则則])?[为為是有]|之下[，,]"
                      r"|[从從][^，,。；;]{1,10}?(?:[进進]口|出口|采购|採購|购买|購買|购进|購進|引进|引進|调入|調入)"
                      r"|(?:来自|來自)[^，,。；;]{2,8}[，,]\s*[数數]量)")


def needs_sources(text: str) -> set[int]:
    """Which of the rules the text can need (the cue groups found), empty when none."""
    return {i for m in _CUES_RE.finditer(text) for i in range(1, 5) if m.group(i)}


def _bare(f: Fact, lo: int, text: str, norm: str) -> bool:
    """The figure's clause names nothing left of it (則錄得, 按年增幅達, 佔總量約, 均錄得, 共发送): no
    subject, a rate word, a share or a lone verb."""
    s = f.get("subject")
    left = norm[lo:f["start"]]
    if s:
        plain = s.translate(SUBJECT_CHARS)
        k = text.find(s, lo, f["start"])
        if not (plain in RATE_NOUNS or plain.startswith(("占", "佔")) or plain.startswith(RATE_NOUNS)
                or tag_of(plain) == "v"):
            return False                        # a subject of its own, or the sentence's carried
        if k >= 0 and tag_of(plain) == "v":
            left = left[:k - lo] + left[k - lo + len(s):]
    left = _TIME_OR_TALLY_RE.sub("", left)
    return bool(_EMPTY_LEFT_RE.match(left) or _SHARE_LEFT_RE.match(left)
                or len(left.strip()) <= 3 and opens_with_verb(left.strip().lstrip("共则則均都亦也")))


def _names_thing(name: str) -> bool:
    """`name` ends in a noun and opens with no verb, preposition or conjunction (长途旅客: jieba reads
    长途 as an adverb)."""
    words = segment(name)
    return bool(words) and tag_of(words[-1]) is None and tag_of(words[0]) not in ("v", "p", "c", "u", "uj")


def _set_topics(text: str, norm: str, facts: list[Fact], marks: TextMarks, topics: list[tuple[int, str]]) -> None:
    """Give each topic (its end, the name) to the figures after it in its sentence that name nothing."""
    for end, name in topics:
        a = marks.sentence_start(end)
        for f in facts:
            if f["start"] < end or f["kind"] not in _KINDS:
                continue
            if marks.sentence_start(f["start"]) != a:
                break
            lo = marks.clause_start(f["start"])
            if any(w in norm[end:f["start"]] for w in _PART_STOPS):
                break                           # 其中台灣、日本…: a part of the whole
            if _bare(f, lo, text, norm):
                f["subject"] = name


def settle_sources(text: str, norm: str, facts: list[Fact], marks: TextMarks, cues: set[int]) -> None:
    topics: list[tuple[int, str]] = []
    if 1 in cues:
        for m in _TOPIC_RE.finditer(norm):
            name = m.group(1)
            if not name.startswith(_NOT_TOPICS) and _names_thing(name.translate(SUBJECT_CHARS)):
                topics.append((m.end(), text[m.start(1):m.end(1)]))
    if 2 in cues:
        for m in _MAIN_SOURCE_RE.finditer(norm):
            if len(m.group(1)) >= 2:
                topics.append((m.end(), text[m.start(1):m.end(1)]))
    if topics:
        _set_topics(text, norm, facts, marks, topics)
    if 3 in cues:
        for m in _PART_RE.finditer(norm):
            _set_part(text, norm, facts, marks, m)
    if 4 not in cues:
        return
    prev: Fact | None = None
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        lo = marks.clause_start(f["start"])
        s = f.get("subject")
        if s and s in _CONNECTIVES:
            f["subject"] = s = None
        if f["kind"] in ("quantity", "money", "count") and ("从" in norm[lo:f["start"]] or "從" in norm[lo:f["start"]]):
            m = _FLOW_RE.search(norm, lo, f["start"])
            if m and is_noun_phrase(m.group(1).translate(SUBJECT_CHARS)):
                k = text.find(s, lo, m.start()) if s else -1
                f["subject"] = text[k if k >= 0 else m.start():m.end()].strip().removesuffix("了")   # 中国从巴西进口
        if s in _BARE_AMOUNTS:
            m = _SOURCE_RE.search(norm, marks.sentence_start(f["start"]), f["start"])
            if m and m.end() >= lo:
                f["subject"] = text[m.start(1):m.end(1)]      # 大部分来自加拿大,数量为180万吨
        s = f.get("subject")
        if ((s is None or s in _BARE_AMOUNTS or text.find(s, lo, f["end"] + len(s) + 2) < 0) and prev is not None and prev.get("unit") == f.get("unit")
                and prev.get("subject")
                and marks.sentence_start(prev["start"]) == marks.sentence_start(f["start"])
                and _YEAR_EARLIER_RE.match(norm, lo, f["start"])):
            f["subject"] = prev["subject"]      # 上年同期为2230万吨: the figure before, a year earlier
        prev = f


def _set_part(text: str, norm: str, facts: list[Fact], marks: TextMarks, m: re.Match[str]) -> None:
    """其中台灣、日本…的增長尤為顯著,均錄得25%或以上的升幅: the rate of the part."""
    part = m.group(1)
    if not part or not is_noun_phrase(re.sub("[、及和与與]", "", part).translate(SUBJECT_CHARS)[:12]):
        return
    a = marks.sentence_start(m.start())
    for f in facts:
        if f["start"] < m.end() or f["kind"] not in ("percent", "points"):
            continue
        if marks.sentence_start(f["start"]) != a:
            break
        lo = marks.clause_start(f["start"])
        if lo > m.end() + 30:
            break
        if _EMPTY_LEFT_RE.match(norm[lo:f["start"]]) or norm[lo:f["start"]].strip().startswith(("均", "都")):
            f["subject"] = text[m.start(1):m.end(1)]
