"""Chinese numerals written digit by digit with a decimal point, and 兆 before
Chinese numerals — the way Taiwan's press prints statistics.

- `一二九.六二` is 129.62, `七.九三%` 7.93 %, `○.八八%` 0.88 %, `十八.九%` 18.9 %:
  the integer part is read digit by digit (or as a numeral with places, 十八),
  the decimals digit by digit.  Read without this, `八.四%` was 4 % and
  `○.八九%` 8 %: a wrong figure, worse than none.  The tens may be written 廿/卅 (`卅七·九%` is
  37.9 %; read without them it was 7.9 %).
- Taiwan's press also sets the point as a middle dot (`○‧一二五個百分點` is 0.125 points,
  `三‧六二五%` 3.625 %, with U+2027 ‧, U+00B7 ·, U+30FB ・): read like `.`, but only before a
  unit or a percent sign, since a middle dot also joins names and dates (`三·一五`, `2024·全国…`).
  Read without this, `三‧五%` was 5 % and `○‧六七%` 67 %.
- `一兆五二二億元` is 1兆 + 522億 = 10522億元, `十二兆七○一三億元` 127013億元
  (兆 is 万亿 before 億, as `compound_numbers` reads it for Arabic digits).

Each form is rewritten to Arabic digits; `rewrite` maps offsets back.
"""

from __future__ import annotations

import re

from .numbers import CN_DIGITS, CN_TENS, cn_digits, cn_int

_DIGIT = "一二三四五六七八九○〇零"
_PLACE = "十百千廿卅卌"
_POINT = ".．﹒‧·・"
_MIDDLE_DOTS = "‧·・"
_SHARE_WORDS = ("百分之", "千分之", "萬分之", "万分之")
# a decimal: an integer part of digits (or a numeral with places) and digits after the point
_DECIMAL_RE = re.compile(rf"(?<![{_DIGIT}{_PLACE}两兩\d])([{_DIGIT}{_PLACE}两兩]+)[{_POINT}]([{_DIGIT}]+)(?![\d{_DIGIT}])")
# after a short decimal, what makes it a figure (八.四% — not an outline number like 一.二)
_FIGURE_AFTER = "%％‰億亿萬万兆倍個个元點点"
# … or a currency or measure word (一‧二美元, ○‧二元, 三‧五公斤)
_UNIT_AFTER_RE = re.compile(r"美元|港元|港幣|港币|歐元|欧元|日圓|日元|英鎊|英镑|新台幣|人民幣|人民币|美分|"
                            r"公[斤噸吨升尺里頃顷克秉]|[噸吨桶度]")
# A兆B億: Chinese numerals on both sides of 兆
# (the 億 part may have decimals: 十一兆五七七八．五二億元 is 115778.52億元 — read without them, 5778.52億元)
_TRILLION_RE = re.compile(rf"(?<![{_DIGIT}{_PLACE}\d])([{_DIGIT}{_PLACE}两兩]+)兆([{_DIGIT}{_PLACE}两兩]+)"
                          # (or 點, as Taiwan's papers spell the point: 十四兆四八二點四億元 — cov53; it had read 482.4億元)
                          rf"(?:[{_POINT}點点]([{_DIGIT}]+))?(?=[億亿])")
# A萬 and three or four digits written one by one before a unit (三萬四三五點 is 30435 points: the index read digit by
# digit after its ten-thousands); one or two digits after 萬 are the spoken 三萬五 (35000), not read here
_TEN_THOUSAND_RE = re.compile(rf"(?<![{_DIGIT}{_PLACE}\d])([{_DIGIT}{_PLACE}两兩]+)[萬万]([{_DIGIT}]{{3,4}})(?=[點点元])")
_CUE_RE = re.compile(rf"[{_DIGIT}{_PLACE}][{_POINT}兆]|[萬万][{_DIGIT}]{{3}}")
# an integer written digit by digit before a metric weight or area (目前銷售量達二二六六公噸 is 2266 t), or
# begun in Chinese digits and finished in Arabic ones (收購三五00公噸 is 3500 t; read without this, `00公噸`
# was 0 t): three digits or more, the first no zero (一二, 三五 are lists and ranges; a two-digit 五○ is
# read as spoken elsewhere)
# … and before a measure word of a count (台大提供三四九一個名額, 學生一○九名, 一六六四個學系組: cov51; the press prints
# counts so too, and no fact had covered them); never after 第 (第一二三名 lists ranks), and never before 所 (西安二〇五所
# 社区, 七〇二所: an institute's number names it), nor after a magnitude (一八九四萬四四三六人次 is one figure)
_MEASURE_AFTER = r"(?=公[斤噸吨升尺里頃顷克秉]|[噸吨個个名人家件張张輛辆間间戶户項项架艘隻棟栋])"
_DIGITS_BEFORE_MEASURE_RE = re.compile(
    rf"(?<![{_DIGIT}{_PLACE}两兩\d{_POINT}第萬万億亿])([一二三四五六七八九][{_DIGIT}]*)(\d*){_MEASURE_AFTER}")
# (rewrite's gate for the counts: three Chinese digits or more, then a count's measure word)
COUNT_DIGITS_CUE_RE = re.compile(rf"[一二三四五六七八九][{_DIGIT}]{{2,}}[個个名人家件張张輛辆間间戶户項项架艘隻棟栋]")
_MEASURE_CUES = ("噸", "吨", "公斤", "公頃", "公顷", "公克", "公尺", "公升", "公里", "公秉")


def _integer(s: str) -> int | None:
    """一二九 → 129 (digits), ○ → 0, 十八 → 18 (places), 卅七 → 37 (廿/卅/卌 the tens they stand for)."""
    s = s.replace("兩", "两")
    if any(t in s for t in CN_TENS):
        s = "".join(CN_TENS.get(ch, ch) for ch in s)
    if all(ch in CN_DIGITS for ch in s) and "两" not in s:
        return cn_digits(s)
    return cn_int(s)


def _digits_before_measure(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _DIGITS_BEFORE_MEASURE_RE.finditer(text):
        cn, arabic = m.group(1), m.group(2)
        if len(cn) + len(arabic) < 3 or (not arabic and len(cn) < 3):
            continue
        d = cn_digits(cn)
        if d is not None:
            out.append((m.start(), m.end(), f"{d}{arabic}"))
    return out


def cn_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each form above in `text`."""
    measured = _digits_before_measure(text) \
        if any(c in text for c in _MEASURE_CUES) or COUNT_DIGITS_CUE_RE.search(text) else []
    if measured:
        return sorted(measured + [e for e in _cn_digit_edits(text)
                                  if not any(s < e[1] and e[0] < t for s, t, _ in measured)])
    return _cn_digit_edits(text)


def _cn_digit_edits(text: str) -> list[tuple[int, int, str]]:
    if not ("." in text or "·" in text or "．" in text or "﹒" in text or "‧" in text or "・" in text
            or "兆" in text or "萬" in text or "万" in text) or _CUE_RE.search(text) is None:
        return []                                                  # (a substring test each: cheaper than the scan)
    out: list[tuple[int, int, str]] = []
    for m in _TRILLION_RE.finditer(text):
        a, b = _integer(m.group(1)), _integer(m.group(2))
        frac = cn_digits(m.group(3)) if m.group(3) else None
        if a is not None and b is not None and b < 10000 and (m.group(3) is None or frac is not None):
            whole = str(a * 10000 + b)
            out.append((m.start(), m.end(), f"{whole}.{str(frac).zfill(len(m.group(3)))}" if m.group(3) else whole))
    for m in _TEN_THOUSAND_RE.finditer(text):
        a, b = _integer(m.group(1)), cn_digits(m.group(2))
        if a is not None and b is not None:
            out.append((m.start(), m.end(), str(a * 10000 + b)))
    for m in _DECIMAL_RE.finditer(text):
        whole, frac = m.group(1), m.group(2)
        short = len(whole) == 1 and len(frac) == 1
        after_share = text.endswith(_SHARE_WORDS, 0, m.start())     # 百分之二十一‧二: the percent is before it
        unit_after = text[m.end():m.end() + 1] in _FIGURE_AFTER or _UNIT_AFTER_RE.match(text, m.end())
        if (short or text[m.end(1)] in _MIDDLE_DOTS) and not unit_after and not after_share:
            continue
        if any(s < m.end() and m.start() < e for s, e, _ in out):
            continue
        value = _integer(whole)
        fraction = cn_digits(frac)
        if value is None or fraction is None:
            continue
        out.append((m.start(), m.end(), f"{value}.{str(fraction).zfill(len(frac))}"))
    return sorted(out)
