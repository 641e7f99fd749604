"""Chinese digits written one by one with the point as a word, the way Taiwan's press prints sums:
`六九三點七億美元` is 693.7億美元, `二二五點七億` 225.7億, `一八八一点五亿美元` 1881.5亿美元; and the low end
of a range of such sums, written without its magnitude: `六六七至六八七億美元` is 667 … 687億美元.

`cn_digit_numbers` reads the same digits with a written point (`一二九.六二`); the point as a word
(點/点) is also a clock's (`十二点三十分`) and a place's word (`三点水`), so only a run of two or more
plain digits (no 十/百/千: `三点五` and `十二點五` are read by the number parser) before the point,
with a magnitude or a currency right after the figure, is read here.  Each form is rewritten to
Arabic digits; `rewrite` maps offsets back.
"""

from __future__ import annotations

import re

from .numbers import cn_digits

_DIGIT = "一二三四五六七八九○〇零"
_AFTER = r"(?=[億亿萬万兆]|美元|港元|港幣|港币|新台幣|新台币|人民幣|人民币|歐元|欧元|日圓|日元|元)"
# 六九三點七億: two or more digits, the point as a word, digits, a magnitude or a currency
_POINT_RE = re.compile(rf"(?<![{_DIGIT}十百千两兩\d])([{_DIGIT}]{{2,}})[點点]([{_DIGIT}]+){_AFTER}")
# 六六七至六八七億美元: a range's low end written without the magnitude its high end carries
_RANGE_RE = re.compile(rf"(?<![{_DIGIT}十百千两兩\d])([{_DIGIT}]{{2,}})(?=(?:至|到|～|~|－|—)[{_DIGIT}]{{2,}}"
                       rf"(?:[點点][{_DIGIT}]+)?[億亿萬万兆])")
_CUE_RE = re.compile(rf"[{_DIGIT}]{{2}}[點点至到～~－—]")


def cn_point_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each form above in `text`."""
    if not ("億" in text or "亿" in text or "萬" in text or "万" in text or "元" in text) or _CUE_RE.search(text) is None:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _POINT_RE.finditer(text):
        whole, frac = cn_digits(m.group(1)), cn_digits(m.group(2))
        if whole is None or frac is None or m.group(1)[0] in "○〇零":
            continue
        out.append((m.start(), m.end(), f"{whole}.{str(frac).zfill(len(m.group(2)))}"))
    for m in _RANGE_RE.finditer(text):
        whole = cn_digits(m.group(1))
        if whole is None or m.group(1)[0] in "○〇零" or any(s < m.end() and m.start() < e for s, e, _ in out):
            continue
        out.append((m.start(), m.end(), str(whole)))
    return sorted(out)
