"""An index level is the level of the index the sentence names.

`上期有色金属指数涨幅较大,指数以3576.09点收盘,上涨149.92点` names the index once and then
says 指数: the figures are 上期有色金属指数's; with no index named, the market's short name stands for it
(`台股…大漲二六八點…收二萬七二一一點`: 台股's, not 終場's).  `衡量美元对六种主要货币的美元指数21日大幅下跌，
盘中一度跌至97.92点` took the basket counted before it (主要货币): a level in 点 whose subject
names no index, price or rate is the index named before it in the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_INDEX_NAME_RE = re.compile(r"[^\s，,。；;、：:的\d（()）“”\"\x00\x01]{1,14}?(?:指数|指數)")
# a market named by its short name where no index is (台股…大漲二六八點,…收二萬七二一一點: the Taiex's points)
_MARKET_NAME_RE = re.compile(r"台股|美股|港股|A股|大[盘盤]|[恒恆]指|[恒恆]生|道指|[纳納]指|日[经經]|[沪滬]指|深成指|[上深][证證]")
_POINTING_RE = re.compile(r"这|這|该|該|此|其|是")
_BARE = frozenset({"指数", "指數"})
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十〇零")
_DATE_TAIL_RE = re.compile(r"(?:月份?|年度?|季度?|日)\s?")
_NAMED_ENDS = ("指", "指数", "指數", "价", "價", "率", "值", "点", "點", "分")
# a subject that already names a market or a chart's line (集中市場終場, 大盤, 5日均線) keeps it over a market named earlier
_MARKET_WORDS = ("市場", "市场", "大盤", "大盘", "均線", "均线")


def settle_index_levels(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        subj = f.get("subject")
        in_points = f["kind"] == "index" and (f.get("unit") or "").endswith(("点", "點"))
        if subj in _BARE or in_points and subj and "指" not in subj and not subj.endswith(_NAMED_ENDS):
            markets = in_points and not any(w in (subj or "") for w in _MARKET_WORDS)   # 集中市場終場下跌513.62點
            named = _index_before(text, marks.sentence_start(f["start"]), f["start"], markets=markets)
            if named:
                f["subject"] = named


def _index_before(text: str, a: int, s: int, *, markets: bool) -> str | None:
    best = None
    for m in _INDEX_NAME_RE.finditer(text, a, s):
        name = m.group(0)
        if m.start() and text[m.start() - 1] in _NUMERALS and (date := _DATE_TAIL_RE.match(name)):
            name = name[date.end():]            # 9月製造業採購經理人指數: the month's 月 is no part of the name
        if name not in _BARE and not _POINTING_RE.search(name):
            best = name                         # not 这是该指数: a pointer, the name is earlier
    if best is None and markets:               # (only for points: 年内A股已新增374条指数 counts indices)
        for m in _MARKET_NAME_RE.finditer(text, a, s):
            best = m.group(0)
    return best
