"""A figure whose words back to a named topic say nothing but totals, moves and bases takes that topic (fix49s, sealed39).

Releases name the measured thing once, in quotes or as the sentence's opening clause, and then give its total, its
level a year before and its change: `我國今年前十一個月臺灣各商港「兩岸海運直航貨櫃裝卸量」總計二百三十四萬…TEU,較去年同期
二百三十四萬…TEU,減少零點三三%`, `至於我國十一月「兩岸海運直航貨櫃裝卸量」,總計…TEU,…,成長七點五八%`,
`玉井蒸熱場的芒果蒸熱處理量,目前累計約二百五十公噸,是去年同期的二.五倍`.  Every word between the topic and the
figure is a total's or a move's (`總計`, `目前累計約`, `較去年同期`, `成長`, `是去年同期的`) or a figure, so the subject rules
found nothing (or cut the quoted name: `商港「兩岸海運`).  The labels name the topic (`兩岸海運直航貨櫃裝卸量`,
`玉井蒸熱場的芒果蒸熱處理量`), as earlier sets name `進出口貿易、批發及零售業的淨產值,在…比較實質下跌3.7%`'s.

- Only a figure of a measuring kind left with no subject, or with one cutting a quoted name;
- the topic is the last quoted name of its sentence before it (「…」, “…”), or the sentence's opening clause when that
  clause is a phrase alone (no figure, no report's words); either must end in a measure's head (…量, …額,
  …值, 收入, 指數, 價格 …: subject_rules.MEASURE_HEADS with 量, 額, 值);
- everything between the topic and the figure, once figures, bases and moves are taken out, is empty.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import MEASURE_HEADS

Fact = dict[str, Any]

_KINDS = frozenset({"money", "percent", "points", "index", "quantity", "count", "multiple"})
_NUM = "0-9０-９零〇○一二三四五六七八九十百千萬万億亿兆兩两廿卅點点.．,，‧"
# the words that may stand between a topic and its figure: figures with their unit, totals, bases, moves
_FILLER_RE = re.compile(
    rf"[{_NUM}]+(?:[A-Za-z]{{1,5}}|公噸|公吨|公斤|噸|吨|人次|人|元|箱|件|%|％)?"
    r"|總計|总计|合計|合计|累計|累计|共計|共计|總共|总共|目前|現已|现已|已經|已经|已|約|约|逾|近|達到|达到|達|达|為|为|是|的|有"
    r"|較|较|比|與|与|相比|比較|比较|去年|上年|前年|上月|同期|同月|同季|全年"
    r"|增加|減少|减少|增長|增长|成長|成长|下降|下跌|上升|上漲|上涨|升|跌|增|減|减|降|倍"
    r"|[，,\s\u3000()（）]")
_HEADS = tuple(sorted(set(MEASURE_HEADS) | {"量", "额", "額", "值"}, key=len, reverse=True))
_QUOTE_RE = re.compile(r"「([^「」]{2,20})」|“([^“”]{2,20})”")
_SENTENCE_END = "。！？!?；;\n"


def _ends_in_head(s: str) -> bool:
    return s.endswith(_HEADS) and not any(ch.isdigit() for ch in s)


def _filler(text: str, a: int, b: int) -> bool:
    i = a
    while i < b:
        m = _FILLER_RE.match(text, i, b)
        if not m or m.end() == i:
            return False
        i = m.end()
    return True


def needs_named_topics(facts: list[Fact]) -> bool:
    return any(f["kind"] in _KINDS and (not f.get("subject") or _cuts_quote(f["subject"])) for f in facts)


def _cuts_quote(subj: str) -> bool:
    """A subject cutting a quoted name (商港「兩岸海運), or ending in one after a place (本港「貨櫃裝卸量」: a total
    found in Chinese numerals lends its words to the moves after it)."""
    return subj.count("「") != subj.count("」") or subj.count("“") != subj.count("”") \
        or subj.endswith(("」", "”")) and not subj.startswith(("「", "“"))


def settle_named_topics(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if f["kind"] not in _KINDS or subj and not _cuts_quote(subj):
            continue
        s = f["start"]
        a = max(text.rfind(ch, 0, s) for ch in _SENTENCE_END) + 1
        topic = None
        for m in _QUOTE_RE.finditer(text, a, s):
            topic = m
        if topic is not None:
            name = topic.group(1) or topic.group(2)
            if _ends_in_head(name) and _filler(text, topic.end(), s):
                f["subject"] = name
            continue
        c = min((k for k in (text.find(ch, a, s) for ch in "，,") if k >= 0), default=-1)
        if c < 0:
            continue
        opening = text[a:c].strip()
        if 4 <= len(opening) <= 24 and _ends_in_head(opening) and _noun_phrase(opening) and _filler(text, c, s):
            f["subject"] = opening


_REPORTING_RE = re.compile(r"表示|指出|顯示|显示|稱|称|說|说|據|据|認為|认为|透露|介紹|介绍|公布|發布|发布|統計|统计|預計|预计|估計|估计")


def _noun_phrase(s: str) -> bool:
    """A topic clause: no report's words (`據統計`, `…表示`) nor a time or place it opens with alone."""
    return not _REPORTING_RE.search(s)
