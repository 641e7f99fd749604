"""Number reader for Chinese news text.

Reads Arabic numbers (with thousands separators and full-width forms), Chinese
numerals (常用 and 大写 financial forms, 两/〇/零, 点 decimals), mixed forms
(3.5万亿, 9佰) and approximate forms (十几万, 500余万, 一千多万).

Offsets: `normalize()` maps full-width characters one-to-one, so every offset in
the normalized text is also an offset in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# --- tables -----------------------------------------------------------------

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
CN_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_MAGS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
APPROX_MARKS = "多余几"          # 十几万, 500余万, 一千多万: value is the lower bound
ZERO_CHARS = "零〇○"

# Characters allowed in a Chinese numeral run.  幺 and 陆/肆/伍/拾 are only safe in
# runs the caller checks (trap tables live in fact_rules).
_CN_RUN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_MAGS)

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII, one char to one char so offsets hold.
# The full-width comma is kept: it is the Chinese clause separator.
_FW = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
_FW.update({0x3000: 0x20, 0xFFE5: ord("￥"), 0x2212: ord("-")})
_TRANSLATE = str.maketrans(_FW)


# ２，０００ (full-width digits): there the full-width comma is a thousands separator
_FW_THOUSANDS_RE = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def normalize(text: str) -> str:
    """Full-width digits/letters/punctuation to ASCII; length-preserving."""
    if "，" in text and _FW_THOUSANDS_RE.search(text):
        text = _FW_THOUSANDS_RE.sub(",", text)
    return text.translate(_TRANSLATE)


# --- number token pattern ------------------------------------------------------

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
# 82，225.00 style: a full-width comma as thousands separator only with decimals
ARABIC_FW = r"\d{1,3}(?:，\d{3})+\.\d+"
_DIG = "".join(CN_DIGITS)
CN_RUN = rf"[{_CN_RUN_CHARS}]+(?:点[{_DIG}]+(?:万亿|万|亿|萬|億)?)?"
MAG_SUFFIX = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|萬|億|千|仟|百|佰|十|拾)"
MAG_SUFFIX_ARABIC = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|萬|億|千|仟|佰)"  # not 十/百: 10百? rare; 3百 handled below

NUMBER_PATTERN = (
    # a minus sign right after 为/是/至 … is a sign (净利润为-2.06亿元), after other words a dash
    rf"(?:负|-(?:(?<![\w.%)\]）\-]-)|(?<=[为是至到达约报]-)))?"
    rf"(?:(?:{ARABIC_FW}|{ARABIC})(?:[{APPROX_MARKS}]?{MAG_SUFFIX})?"
    rf"|{CN_RUN}(?:[{APPROX_MARKS}]{MAG_SUFFIX})?)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN)


@dataclass(frozen=True, slots=True)
class Parsed:
    value: float | int
    approx: str | None = None      # 多/余/几 inside the number
    form: str = "arabic"           # arabic | chinese | mixed | digits (二〇二四) | pair (三四万)
    value_high: float | int | None = None


def _tidy(v: float) -> float | int:
    """Floats that are whole become ints; others are rounded to kill binary noise."""
    if isinstance(v, int):
        return v
    r = round(v, 9)
    if r == int(r) and abs(r) < 1e16:
        return int(r)
    return float(f"{v:.12g}")


def _mag_product(s: str) -> int | None:
    p = 1
    for ch in s:
        m = CN_MAGS.get(ch) or CN_UNITS.get(ch)
        if m is None:
            return None
        p *= m
    return p


def cn_int(s: str) -> int | None:
    """Integer value of a Chinese numeral like 四亿五千六百四十二万零一十五.

    Returns None for strings that are not well-formed numerals (十五五, 一二三).
    Handles the spoken shorthand 一万五 = 15000 and 六百三 = 630.
    """
    if not s:
        return None
    if all(ch in CN_DIGITS for ch in s):
        if len(s) == 1:
            return CN_DIGITS[s]
        return None                      # digit strings are read by cn_digits()
    yi = 0          # part already multiplied by 亿
    wan = 0         # part already multiplied by 万
    sec = 0         # below 万
    num: int | None = None
    last = 1        # place value of the last unit seen (for shorthand)
    prev = ""       # kind of previous char: d(igit) z(ero) u(nit) m(ag)
    for ch in s:
        if ch in ZERO_CHARS:
            if prev == "d":
                return None
            num, last, prev = None, 1, "z"
        elif ch in CN_DIGITS:
            if prev == "d":
                return None
            num, prev = CN_DIGITS[ch], "d"
        elif ch in CN_UNITS:
            u = CN_UNITS[ch]
            if num is None:
                if prev in ("", "m") or (prev == "z" and u == 10):
                    num = 1                     # 十五, 百万 (start), 亿十? -> 1
                else:
                    return None                 # 十百, 千百
            if prev == "u" and u >= last:
                return None
            sec += num * u
            num, last, prev = None, u, "u"
        elif ch in CN_MAGS:
            m = CN_MAGS[ch]
            v = sec + (num or 0)
            if m == 10**4:
                if v == 0 and prev != "":
                    return None
                wan = (v or 1) * m
            else:
                v += wan
                if v == 0 and yi == 0 and prev != "":
                    return None
                yi += (v or 1) * m
                wan = 0
            sec, num, last, prev = 0, None, m, "m"
        else:
            return None
    if num is not None:
        if prev == "d" and last >= 100 and len(s) >= 2 and s[-2] not in ZERO_CHARS:
            sec += num * (last // 10)          # 一万五, 六百三
        else:
            sec += num
    return yi + wan + sec


def cn_digits(s: str) -> int | None:
    """Digit-by-digit reading: 二〇二四 -> 2024."""
    if not s or not all(ch in CN_DIGITS and ch not in "两兩" for ch in s):
        return None
    return int("".join(str(CN_DIGITS[ch]) for ch in s))


@lru_cache(maxsize=4096)
def cn2an_value(s: str) -> float | int | None:
    """Fallback through cn2an (lazy import: it is slow to import and strict)."""
    try:
        import cn2an  # noqa: PLC0415
        return cn2an.cn2an(s, "smart")
    except Exception:  # cn2an raises ValueError and others on odd input
        return None


def _cn_value(s: str) -> float | int | None:
    """Chinese numeral possibly with 点 decimals: 十五点七, 负五万点二四五."""
    if "点" in s:
        ip, _, dp = s.partition("点")
        # trailing magnitude after the decimals (二十点一万) scales the whole
        k = len(dp)
        while k and dp[k - 1] not in CN_DIGITS:
            k -= 1
        mags, dp = dp[k:], dp[:k]
        if not dp:
            return None
        iv = cn_int(ip) if ip else 0
        if iv is None:
            return None
        frac = cn_digits(dp.replace("两", "二"))
        if frac is None:
            return None
        v = iv + frac / 10 ** len(dp)
        if mags:
            p = _mag_product(mags)
            if p is None:
                return None
            v *= p
        return v
    v = cn_int(s)
    if v is None:
        v2 = cn2an_value(s) if len(s) <= 24 and any(c in CN_UNITS or c in CN_MAGS for c in s) else None
        return v2
    return v


_PAIR_RE = re.compile(rf"^([{_DIG}])([{_DIG}])([十百千拾佰仟]?)([万亿萬億]*)$")
_PAIRS_OK = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}


def _pair_range(s: str) -> Parsed | None:
    """三四万, 八九亿, 五六十, 三五千: two adjacent digits give a range."""
    m = _PAIR_RE.match(s)
    if not m:
        return None                      # (两三 without magnitude is a pair too: 两三只; facts needs a unit)
    a, b = CN_DIGITS[m.group(1)], CN_DIGITS[m.group(2)]
    if (a, b) not in _PAIRS_OK or m.group(1) in "两兩" and False:
        return None
    p = _mag_product(m.group(3) + m.group(4)) or 1
    return Parsed(a * p, None, "pair", b * p)


def parse_number(token: str) -> Parsed | None:
    """Value of a token matched by NUMBER_RE (on normalized text)."""
    s = token
    sign = 1
    if s.startswith("负") or s.startswith("-"):
        sign, s = -1, s[1:]
    if not s:
        return None
    if s[0].isdigit():
        m = re.match(r"[\d,，.]+", s)
        assert m
        head, rest = m.group(0), s[m.end():]
        try:
            v: float = float(head.replace(",", "").replace("，", ""))
        except ValueError:
            return None
        approx = None
        if rest and rest[0] in APPROX_MARKS:
            approx, rest = rest[0], rest[1:]
        if rest:
            p = _mag_product(rest)
            if p is None:
                return None
            v *= p
        form = "mixed" if rest else "arabic"
        if "." not in head:
            v = int(v) if not rest else v
        return Parsed(_tidy(sign * v), approx, form)
    # Chinese run
    pr = _pair_range(s)
    if pr:
        return Parsed(sign * pr.value, None, "pair", sign * (pr.value_high or 0))
    for i, ch in enumerate(s):
        if ch in APPROX_MARKS and i > 0:
            base, mags = s[:i], s[i + 1:]
            bv = _cn_value(base)
            if bv is None:
                return None
            p = _mag_product(mags) if mags else 1
            if p is None:
                return None
            return Parsed(_tidy(sign * bv * p), ch, "chinese")
    if len(s) >= 2 and all(ch in CN_DIGITS for ch in s):
        d = cn_digits(s)
        return Parsed(d, None, "digits") if d is not None else None
    v = _cn_value(s)
    if v is None:
        return None
    return Parsed(_tidy(sign * v), None, "chinese")


def read_number(text: str) -> float | int | None:
    """Convenience: value of the first number in `text` (after normalizing)."""
    m = NUMBER_RE.search(normalize(text))
    if not m:
        return None
    p = parse_number(m.group(0))
    return p.value if p else None
