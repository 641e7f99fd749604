"""Numerals written in ways the number reader does not know, rewritten into ones it does
(see `rewrite`: offsets are mapped back, so the surface stays what the source wrote).

- Two neighbouring digits after a numeral that ends in a place give a range:
  `十七八万` → 十七万~十八万, `一万六七` → 一万六千~一万七千, `七百三四十` → 七百三十~七百四十,
  `十二三岁` → 十二~十三岁 (三四万 without a leading numeral is read by the number reader).
- Arabic digits written with Chinese places are one number: `5万4千6百` → 5.46万,
  `100万三千` → 100.3万, `1亿2千万度` → 1.2亿度, `2千3百元` → 2300元 (one digit before
  千/百/十, at most four before 万/亿 or at the end).
- `零下` before a temperature is its minus sign: `零下12摄氏度` → −12 摄氏度, `零下二十多度` → −20 度 (qualifier 多).
- a space between 负 and its digits is dropped: `负 1,200,000` is −1,200,000.
- 俩 (倆) before a place is the two it says: `倆千两百贰拾二` is 两千两百贰拾二 (兄弟俩, 俩人 are left as they are).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .numbers import CN_DIGITS, normalize, parse_number

Edit = tuple[int, int, str]
_LIA_RE = re.compile(r"(?<![他她它们們咱我你俺兄弟姐妹夫妻人口子儿兒])[俩倆](?=[百千万萬亿億])")   # (他俩十年: the pair)

_DIGIT_CHARS = "一二三四五六七八九"
_DIGIT_NAMES = "零一二三四五六七八九"
_PLACE_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_LOWER_PLACE = {10: "", 100: "十", 1000: "百", 10**4: "千"}     # the place one below (一万六 is 16000)
_PAIRS = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}

# a numeral ending in a place, two neighbouring digits, an optional lower place and magnitude
_TAIL_PAIR_RE = re.compile(
    rf"(?<![第\d{_DIGIT_CHARS}十百千万萬亿億两兩零点點.])"
    rf"([{_DIGIT_CHARS}两兩]?(?:[十百千万萬][{_DIGIT_CHARS}两兩零]?)*?[十百千万萬])"
    rf"([{_DIGIT_CHARS}])([{_DIGIT_CHARS}])((?:[十百]|千(?![瓦克米卡焦伏]))?)([万萬亿億]?)"
    rf"(?![\d{_DIGIT_CHARS}十百万萬亿億两兩零点點.]|千(?![瓦克米卡焦伏]))")
# a day, a month, a time or an ordinal is no range of figures (二十五六日, 十一二月); 分钟 and 秒 are
# durations (七百三四十秒)
_NOT_BEFORE = "日号月年时点分秒届期次楼层"

# Arabic digits with a Chinese place after them and a numeral after that place
_MIXED_RE = re.compile(r"(?<![\d.,%])[\d零一二两兩三四五六七八九十百千万萬亿億]*\d[十百千万萬亿億]"
                       r"[\d零一二两兩三四五六七八九十百千万萬亿億]*(?![\d.,])")
# after the first place a lower place or more digits (2万一个月 is 2万 per month); a Chinese
# digit or a 千/百/十 somewhere (2亿3000万 is read as it is)
_MIXED_TAIL_RE = re.compile(r"\d[十百千万萬亿億][^十百千\d]*[十百千\d]")
_MIXED_CHINESE_RE = re.compile(r"[一二两兩三四五六七八九十百千]")

_SPACED_MINUS_RE = re.compile(r"(?<=[负負])[ \u3000]+(?=\d)")
# one cheap scan for either form (a place, then two digits or, after a digit, a numeral);
# the full patterns run only from the start of the numeral around a hit
_ANCHOR_RE = re.compile(rf"[十百千万萬亿億](?:([{_DIGIT_CHARS}]{{2}})|(?<=\d.)[\d零一二两兩三四五六七八九])")
_RUN_CHARS = frozenset(f"0123456789０１２３４５６７８９零{_DIGIT_CHARS}两兩十百千万萬亿億")
_BELOW_ZERO_RE = re.compile(r"零下(?=\s*(?:\d+(?:\.\d+)?|([零一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?))"
                            r"[多余]?\s*(?:℃|°C|摄氏度|度|华氏度))")


def _place_of(prefix: str) -> int:
    return _PLACE_VALUE[normalize(prefix[-1])]


def _tail_pair(m: re.Match[str]) -> str | None:
    prefix, a, b, place, mag = m.groups()
    if (CN_DIGITS[a], CN_DIGITS[b]) not in _PAIRS or (prefix == "十" and b == "五"):
        return None                           # 十四五, 十三五: five-year plans, no figures
    last = _place_of(prefix)
    if place:
        if _PLACE_VALUE[place] >= last:
            return None                       # 十五六十: no numeral
    elif last in _LOWER_PLACE:
        place = _LOWER_PLACE[last]
    else:
        return None
    return f"{prefix}{a}{place}{mag}~{prefix}{b}{place}{mag}"


def _four(n: int) -> str:
    """A number under 10000 in Chinese (zeros inside written 零 once)."""
    out, zero = [], False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero and out:
                out.append("零")
            out.append(_DIGIT_NAMES[d] + name)
            zero = False
        else:
            zero = True
    return "".join(out)


def _spell_digits(run: str) -> str:
    """Up to four Arabic digits in Chinese: 4230 → 四千二百三十, 01 → 零一."""
    rest = run.lstrip("0")
    return ("零" if len(rest) < len(run) else "") + (_four(int(rest)) if rest else "")


def _mixed(tok: str) -> str | None:
    if len(tok) > 24 or not _MIXED_TAIL_RE.search(tok) or not _MIXED_CHINESE_RE.search(tok):
        return None
    for d in re.finditer(r"\d+", tok):
        place = tok[d.end():d.end() + 1]
        if len(d.group(0)) > (1 if place in "十百千" and place else 4):
            return None                       # 12千3 is no numeral: one digit per 千, four per 万
    parsed = parse_number(re.sub(r"\d+", lambda d: _spell_digits(d.group(0)), normalize(tok)))
    if parsed is None or parsed.value != parsed.value.to_integral_value():
        return None
    return _arabic(int(parsed.value))


def _arabic(v: int) -> str:
    """The value in Arabic digits under its largest magnitude: 1.2亿, 5.46万, 2300 (an
    Arabic figure keeps units only Arabic numbers take: 1亿2千万度 is 1.2亿度)."""
    for scale, name in ((8, "亿"), (4, "万")):
        if v >= 10**scale:
            return format(Decimal(v).scaleb(-scale).normalize(), "f") + name
    return str(v)


def _from_run_starts(text: str) -> list[re.Match[str]]:
    """Matches of the tail-pair and the mixed pattern from the start of each numeral run
    that holds an anchor."""
    found: list[re.Match[str]] = []
    done = -1
    for a in _ANCHOR_RE.finditer(text):
        if a.start() < done:
            continue
        k = a.start()
        while k > 0 and text[k - 1] in _RUN_CHARS:
            k -= 1
        done = a.end()
        full = _TAIL_PAIR_RE if a.group(1) else _MIXED_RE
        if (m := full.match(text, k)) is not None:
            found.append(m)
            done = max(done, m.end())
    return found


def _below_zero(m: re.Match[str]) -> Edit:
    """零下 as a minus sign; a Chinese numeral after it in Arabic digits too (零下二十多度 → 负20多度), since 度
    takes only Arabic numbers (二度夺冠 is twice, not two degrees) and below zero it is a temperature."""
    if m.group(1) and (p := parse_number(m.group(1))) is not None:
        return m.start(), m.end(1), "负" + format(p.value.normalize(), "f")
    return m.start(), m.end(), "负"


def spoken_numeral_edits(text: str) -> list[Edit]:
    """(start, end, replacement) for each form above in `text`."""
    out: list[Edit] = []
    for m in _from_run_starts(text):
        nxt = text[m.end():m.end() + 1]
        if m.re is _TAIL_PAIR_RE:
            day_or_clock = nxt and nxt in _NOT_BEFORE and not text.startswith(("分钟", "秒钟", "秒"), m.end())
            rep = None if day_or_clock else _tail_pair(m)
            rep = normalize(rep) if rep else None
        else:
            rep = None if nxt and nxt in "年月日号" else _mixed(m.group(0))
        if rep is not None:
            out.append((m.start(), m.end(), rep))
    if "负 " in text or "負 " in text:
        out += [(m.start(), m.end(), "") for m in _SPACED_MINUS_RE.finditer(text)]
    if "俩" in text or "倆" in text:
        out += [(m.start(), m.end(), "两") for m in _LIA_RE.finditer(text)]
    if "零下" in text:
        out += [_below_zero(m) for m in _BELOW_ZERO_RE.finditer(normalize(text))]
    out.sort()
    kept: list[Edit] = []
    for ed in out:
        if not kept or ed[0] >= kept[-1][1]:
            kept.append(ed)
    return kept
