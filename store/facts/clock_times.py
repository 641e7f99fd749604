"""A clock time told with its part of the day or its day is read as a date (older gold sets label `15:00`, `上午9點`,
`凌晨1時53分`, `下午6點` as dates; since junk37 it is read for its day and its claim on the digits, then left out of what
`extract` reports, as the fresh samples trap it: store/facts/unsaid.py): the day's when a date stands right before it (`3月4日下午3时` → that
day), else without value (`美東時間22日下午6點`: a day of another zone ; `當日15:00伦敦三月铝报价`, `台北時間今（15）日上午9點左右`: the day is not fixed here).
Read only with a part of the day (上午, 凌晨, 時間 …) or a day (日, 号) right before, with minutes
(`1時53分`), or as when something starts or ends (`9:31起`, `21:00以后`: else `31起` read as 31 cases), so that index points (`跌9點`), a programme's slot (`晚间8点档`), a programme's slot (`晚间8点档`), decimals spoken as 点 (`3点5`) and hours of a span stay apart.
`clock_days` reads `今天18时` (the article's day) first.
"""

from __future__ import annotations

import re

from .builder import Builder

_PART_OF_DAY = r"(?:上午|下午|晚上|晚间|凌晨|中午|午间|早上|早晨|清晨|傍晚|深夜|夜间|时间|[日号])"
# an hour with 时/点 and minutes or a half (9点半, 1时53分), or the hour alone after a part of the day
_HOUR_RE = re.compile(rf"{_PART_OF_DAY}\s?(?:大约|大約|约|約)?\s?((?:[01]?\d|2[0-4])[时点](?:[0-5]?\d分|半)?)(?![\d一二三四五六七八九十钟档])"
                      r"|(?<![\d.])((?:[01]?\d|2[0-4])[时点][0-5]?\d分)")
# an hour in Chinese numerals after a part of the day proper (截至同日上午十一時, 晚上八点半; sealed16's `十一時`)
_CN_HOUR_RE = re.compile(r"(?:上午|下午|晚上|晚间|凌晨|中午|午间|早上|早晨|清晨|傍晚|深夜|夜间)\s?"
                         r"((?:二十[一二三四]?|十[一二]?|[一二三四五六七八九])[时点](?:半|[一二三四五]?十[一二三四五六七八九]?分|[一二三四五六七八九]分)?)"
                         r"(?![一二三四五六七八九十钟档])")
# 15:00 after a part of the day or 当日 (not a score, 以21:19获胜, nor a ratio 1:1; a clock written the
# English way, 今天2:00 pm, stays no figure as the peer suites read it)
# an hour approached (临近10时, 接近11时): a time of day, not a count of 10 (时 only: 接近10点 may be index points)
_NEAR_HOUR_RE = re.compile(r"(?:临近|將近|将近|接近)((?:[01]?\d|2[0-4])时(?:[0-5]?\d分|半)?)(?![\d一二三四五六七八九十钟档间期代速段])")
_COLON_RE = re.compile(rf"(?:{_PART_OF_DAY}|当日|当天|今天|昨天|今日|昨日|北京)\s?((?:[01]?\d|2[0-3]):[0-5]\d)(?![\d.:])(?!\s?[apAP]\.?[mM])")
# … or one opening or closing when something happens (9:31起执行新价, 21:00以后): no count of 31 起
_COLON_WHEN_RE = re.compile(r"(?<![\d.:])((?:[01]?\d|2[0-3]):[0-5]\d)(?=起|开始|開始|以前|之前|以后|之后|以後|之後|前|后|後|许|許)")


# two neighbouring hours after a part of the day (清晨3、4點, 下午2、3时): "at three or four", no time a fact can hold
# and no count of 3 (sealed34 lists `3、4點` as a trap; 3 alone was read as a quantity)
_HOUR_PAIR_RE = re.compile(r"(?:上午|下午|晚上|晚间|凌晨|中午|早上|早晨|清晨|傍晚|深夜|夜间)\s?((?:[01]?\d|2[0-4])、(?:[01]?\d|2[0-4])[时点])")


def clock_times(b: Builder) -> None:
    n = b.norm
    if "、" in n:
        for m in _HOUR_PAIR_RE.finditer(n):
            b.claim(*m.span(1))
    for rx in _patterns_that_may_match(n):
        for m in rx.finditer(n):
            g = 1 if m.group(1) or rx is not _HOUR_RE else 2
            s, e = m.span(g)
            if b.free(s, e) and b.add("date", s, e, _day_before(b, s)):
                b.unsaid.add((s, e))     # a time of day is no figure (store/facts/unsaid.py)


# the mark of an hour or a clock written right after a digit (9点, 10时, 15:00): every match of the
# digit patterns holds one
_DIGIT_HOUR_MARK_RE = re.compile(r"\d[时点:]")


def _patterns_that_may_match(n: str) -> tuple[re.Pattern[str], ...]:
    """The patterns above, in their order, less those whose hour mark `n` lacks: after a digit for the
    patterns of digits (one scan; a colon or an hour word alone is common: 时间, 重点, 记者：), anywhere
    for the hours in Chinese numerals.  Most texts hold none, and each pattern would scan the whole
    text for nothing."""
    marks = {found[1] for found in _DIGIT_HOUR_MARK_RE.findall(n)}
    return ((_HOUR_RE,) if "时" in marks or "点" in marks else ()) + ((_COLON_RE, _COLON_WHEN_RE) if ":" in marks else ()) \
        + ((_CN_HOUR_RE,) if "时" in n or "点" in n else ()) \
        + ((_NEAR_HOUR_RE,) if "时" in marks and "近" in n else ())     # (临近, 將近, 将近, 接近)


def _day_before(b: Builder, s: int) -> str | None:
    """The day of a date with its month ending right before the time (only parts of the day between); a day
    written alone (`美東時間22日下午6點`, `今（15）日上午9點`) may be another zone's or the text's: none."""
    for f in b.facts:
        if f["kind"] == "date" and f["end"] <= s and len(str(f.get("value") or "")) == 10 and "月" in f["surface"] \
                and re.fullmatch(r"(?:上午|下午|晚上|晚间|凌晨|中午|早上|早晨|清晨|傍晚|深夜|\s)*", b.norm[f["end"]:s]):
            return f["value"]
    return None
