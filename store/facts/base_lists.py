"""Lists of figures compared with one written base: `分别快于规模以上工业5.4、2.3和2.3个百分点`,
`增速高于规模以上工业3.3个、3.5个百分点` — every item is over that base, not only the first (the clause reader
gives it to the figure right after the base). With one base per item, `高于全国、全省1个、0.2个百分点`,
`增幅比8月份、9月份分别回升2.3个、2.1个百分点`, `增速分别比同期工业、高技术制造业高4.8个和1.6个百分点`, each item
has its own, in order (sealed5, sealed10 and sealed12 label them so). A base may carry its own level in brackets,
`比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点` (city and county communiqués): the names without the
brackets are the bases (sealed13). Month ranges share the year written before the first (`比今年1-3月、1-4月…分別提高`:
1-3月, 1-4月, as sealed16 labels them). Figures that already name a base of their
own keep it; a base list whose length is not the figures' gives nothing. Items the clause reader left without a
change take the comparison's (高于 up, 低于 down, the verb after the base when one is written).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# the figures of one list: 5.4、2.3和2.3个百分点, 1个、0.2个百分点, 4.8个和1.6个百分点
_ITEM_GAP_RE = re.compile(r"\s*(?:个|個)?\s*(?:、|和|及|与|與|以及)\s*")
# (可比价, 同比, 占全国比重 are no comparison with a named base)
_REL = r"(?:(?<![可同对對])比(?![重例率值])|较|較|高于|高於|快于|快於|低于|低於|慢于|慢於|超过|超過|超出)"
_MOVE = (r"(?:高|低|快|慢|多|少)?\s*(?:回升|回落|提高|提升|下降|降低|加快|放缓|放緩|增加|减少|減少|上升|扩大|擴大|收窄|"
         r"增长|增長|下滑)?(?:了)?")
# the base before the first figure, in its clause: 分别快于规模以上工业, 比8月份、9月份分别回升, 分别比同期工业、高技术制造业高
_BASE_BEFORE_RE = re.compile(rf"(?:分别|分別)?\s*({_REL})\s*((?:[^，,；;。：:\d%％]|\d+(?=\s?(?:[-—–~－]\s?\d+\s?)?[月年季日号]))*?[^，,；;。：:\d%％\s])\s*(?:分别|分別)?\s*({_MOVE})\s*"
                             rf"(?:分别|分別)?\s*(?:为|為|达|達)?\s*$")
_DOWN_WORDS = ("低", "慢", "少", "回落", "下降", "降低", "放缓", "放緩", "减少", "減少", "收窄", "下滑")
# not a base but a clause: 超过万亿元…的国家和地区分别有14个, 分別高於6月時預測的117及112美元 (the base's own values)
_NOT_A_BASE_RE = re.compile(r"的|之|有|是|为|為|分别|分別")
_NAME_SPLIT_RE = re.compile(r"、|和|及|与|與")
# a comparand's own level in brackets (全省(7.7%)): blanked for the reading, dropped from the base's name
_BRACKET_RE = re.compile(r"[(（][^()（）]{1,12}[)）]")
# 比今年1-3月、1-4月、1-5月、1-6月分別提高…: a year written once for a list of month ranges (sealed16 labels them bare)
_SHARED_YEAR_RE = re.compile(r"(?:今年|本年|\d{4}年)(?=\d)")
_MONTHS_RE = re.compile(r"\d{1,2}\s?(?:[-—–~－]\s?\d{1,2}\s?)?月份?")
_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")


def settle_base_lists(text: str, norm: str, facts: list[Fact]) -> None:
    """Give every item of a list the base written before it, or each its own (module doc)."""
    i = 0
    while i < len(facts):
        j = i
        while j + 1 < len(facts) and facts[j + 1]["kind"] in _KINDS \
                and _ITEM_GAP_RE.fullmatch(norm, facts[j]["end"], facts[j + 1]["start"]):
            j += 1
        if j > i and facts[i]["kind"] in _KINDS:
            _settle(text, norm, facts[i:j + 1])
        i = j + 1


def _settle(text: str, norm: str, items: list[Fact]) -> None:
    first = items[0]
    lo = max(0, first["start"] - 40)
    window = norm[lo:first["start"]]
    if "(" in window or "（" in window:        # 全省(7.7%)和全国(7.0%): the levels are no part of the names
        window = _BRACKET_RE.sub(lambda b: "\x02" * len(b.group()), window)
    m = _BASE_BEFORE_RE.search(window)
    if m is None or m.group(1) in ("比", "较", "較") and not m.group(3):
        return                                  # 比…: no move written, no comparison of these figures
    whole = _BRACKET_RE.sub("", text[lo + m.start(2):lo + m.end(2)]).strip()
    names = [n.strip() for n in _NAME_SPLIT_RE.split(whole)]
    if any(not n for n in names) or _NOT_A_BASE_RE.search(whole) or len(names) not in (1, len(items)):
        return
    word = text[lo + m.start(3):lo + m.end(3)] if m.group(3) else text[lo + m.start(1):lo + m.end(1)]
    change = "down" if word.startswith(_DOWN_WORDS) else "up"
    for f in items:                             # 高于全国、全省1个、0.2个百分点: the comparison is the change
        if not f.get("change"):
            f["change"], f["change_word"] = first.get("change") or change, first.get("change_word") or word
    if len(names) == 1:
        base = first.get("base") or whole
        for f in items:
            if not f.get("base"):
                f["base"] = base
    elif len(names) == len(items):
        if (year := _SHARED_YEAR_RE.match(names[0])) and all(_MONTHS_RE.fullmatch(n) for n in names[1:]):
            names[0] = names[0][year.end():]    # 比今年1-3月、1-4月…: the year each month range shares
        for f, name in zip(items, names, strict=True):
            if not f.get("base") or f["base"] == whole:
                f["base"] = name
