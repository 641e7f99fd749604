"""A route's two ends name what a trip measures (subj36): `哈尔滨至伊春的旅客列车运行时间将由7小时缩短至2小时`,
`西安至榆林铁路运行时间`, `深圳到中山的车程`, `广州至肇庆高速改扩建项目全长51.1公里`, `西安至十堰1小时可达`.

The subject rules read a phrase left of the figure up to a verb or a preposition, and 至/到 is both: the subject
came out as the far end alone (`伊春的旅客列车运行时间`, `中山的车程`, `十堰`), which names no trip.  The near end
is written back when

- the word before 至/到 is a place: two to six characters opening their clause (or after 从/由/自), no verb,
  adverb, numeral, time or pronoun word among them (`監測到`, `高峰时到` are no routes), and 至/到 stands as a word of
  its own (`到会`, `到港`, `到发` are words: the count of those who came, not a route);
- the subject names a trip's measure (时间, 时长, 车程, 最快, 全长, 里程, 铁路, 高铁, 高速, 公路, 航线, 列车, 班列,
  通道, 线路, 送电量 …), or, for a duration, is the far end alone (`十堰`, `德国杜伊斯堡最快`).
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .subject_rules import SUBJECT_CHARS
from .text_marks import TextMarks
from .words import _TAGS, _dictionary, segment, tag_of

Fact = dict[str, Any]

_NEAR_END_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s“”\"（）()])|(?<=[从由從自]))([\u4e00-\u9fff]{2,6})([至到])$")
_TRIP_RE = re.compile(r"时间|时长|车程|最快|全长|里程|铁路|高铁|高速|公路|航线|航程|列车|班列|通道|线路|路段|送电|运距|距离")
# words 到 opens (the count of those who came, the goods landed): no route's end
_TO_WORDS = frozenset("会港发岗访期位达场账店家")
_PLACE_TAGS = frozenset({"m", "mq", "q", "t", "r"})


def _plain(s: str) -> str:
    return simplified_chars(s.translate(SUBJECT_CHARS))


def needs_routes(text: str) -> bool:
    return "至" in text or "到" in text


def settle_routes(text: str, facts: list[Fact], marks: TextMarks) -> None:
    _dictionary()
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year"):
            continue
        a = marks.sentence_start(f["start"])
        k = text.rfind(subj, a, f["start"])
        if k < a + 3:
            continue
        m = _NEAR_END_RE.search(text, max(a, k - 8), k)
        if not m or m.end() != k or subj[0] in _TO_WORDS and m.group(2) == "到":
            continue
        place, plain = m.group(1), _plain(subj)
        if not (_TRIP_RE.search(plain) or f["kind"] == "duration" and len(plain) <= 8):
            continue
        words = segment(_plain(place))
        if any(tag_of(w) is not None or _TAGS.get(w) in _PLACE_TAGS for w in words) or any(ch in "时時后後前间間" for ch in place):
            continue                            # 长江流域监测到, 高峰时到, 通车后南宁至: no place of a route
        joined = segment(_plain(place + m.group(2) + subj[:2]))
        pos = 0
        for w in joined:
            if pos >= len(place):
                break
            pos += len(w)
        if pos != len(place) or not joined or _plain(m.group(2) + subj[:1]) in joined:
            continue                            # 至/到 read into a word with its neighbours
        f["subject"] = text[m.start(1):k] + subj
