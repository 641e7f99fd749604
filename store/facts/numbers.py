"""Number reader for Chinese news text.

Reads Arabic numbers (with thousands separators and full-width forms), Chinese
numerals (常用 and 大写 financial forms, 两/〇/零, 廿/卅, 点 decimals), mixed
forms (3.5万亿, 9佰) and approximate forms (十几万, 500余万, 一千多万).

Values are exact: `decimal.Decimal` built from the written digits, so 6.39‰
is 0.639 and a 30-digit figure keeps every digit.  `exact()` turns one into
what a fact stores.

Offsets: `normalize()` maps full-width and traditional characters one-to-one,
so every offset in the normalized text is also an offset in the original text.
"""

from __future__ import annotations

import math
import re
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
)
from functools import lru_cache
from typing import NamedTuple

from .spaced_numerals import JOIN, join_spaced
from .traditional import TRADITIONAL

# Multiplication and addition never round under this context; division goes
# through `divide`, which rounds a non-terminating quotient.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_DIVIDE = Context(prec=28)
_SIGNIFICANT = Context(prec=12)
# an int with more digits than Python will print (sys.get_int_max_str_digits) stays text only
_MAX_INT_DIGITS = 4000

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
# 廿七 = 27, 卅 = 30: read as the tens they stand for
CN_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
APPROX_MARKS = "多余几"          # 十几万, 500余万, 一千多万: value is the lower bound
ZERO_CHARS = "零〇○"

# Characters allowed in a Chinese numeral run.  幺 and 陆/肆/伍/拾 are only safe in
# runs the caller checks (trap tables live in rules and traps).
_CN_RUN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_MAGS) + "".join(CN_TENS)

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII, one char to one char so offsets hold.
# The full-width comma is kept: it is the Chinese clause separator.
_FW = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
_FW.update({0x3000: 0x20, 0xFFE5: ord("￥"), 0x2212: ord("-"), 0xFE63: ord("-"), 0x00A0: 0x20,
            0x2009: 0x20, 0x202F: 0x20, 0x2236: ord(":")})
# small form variants (Hong Kong and Taiwan typesetting: 19﹐000元, 3﹒5%) read as their ASCII marks
_FW.update({0xFE50: ord(","), 0xFE51: ord("、"), 0xFE52: ord("."), 0xFE54: ord(";"), 0xFE55: ord(":")})
# (and their percent, plus, dollar and brackets: 年息4.125﹪ was read as 4.125 元; ٪ is the Arabic percent)
_FW.update({0xFE6A: ord("%"), 0x066A: ord("%"), 0xFE62: ord("+"), 0xFE69: ord("$"), 0xFE59: ord("("),
            0xFE5A: ord(")")})
_FW.update({ord(t): ord(s) for t, s in TRADITIONAL.items()})
_MAPPED = {chr(k): chr(v) for k, v in _FW.items()}
# a regex over the few mapped characters beats str.translate's per-character lookup
_MAPPED_RE = re.compile("[" + "".join(re.escape(c) for c in _MAPPED) + "]")


# ２，０００ (full-width digits): there the full-width comma is a thousands separator
# (the comma first: a pattern that opens with a character is searched for it, not tried everywhere)
_FW_THOUSANDS_RE = re.compile(r"，(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))")
# 1，234，567吨 (ASCII digits, full-width commas): thousands too when the groups run into a unit or a word (a list
# of numbers is set with 、; with decimals after, 82，225.00, ARABIC_FW reads it)
_ASCII_FW_GATE_RE = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")
_ASCII_FW_GROUPED_RE = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d.．，,])(?=[\u4e00-\u9fff%])")


# 3 697 000人 (Hong Kong releases): thousands grouped by spaces (thin, narrow, ideographic too) read as by commas;
# the space first (searched for, most texts have no digit after one), then the run: 1–3 digits, groups of three
_SPACE_GROUP_GATE_RE = re.compile(r"[ \u00a0\u2009\u202f\u3000](?<=\d.)(?=\d{3}(?!\d))")
_SPACE_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f\u3000]\d{3})+(?![\d.．])"
                               # 盈利1 175.24元/头: with decimals after a word (and a space), no number after
                               r"|(?:(?<=[\u4e00-\u9fff（(：:])|(?<=[\u4e00-\u9fff（(：:] ))"
                               r"\d{1,3}(?:[ \u00a0\u2009\u202f\u3000]\d{3})+[.．]\d+(?![\d.．])(?! ?\d)")


def _comma_grouped(m: re.Match[str]) -> str:
    return re.sub(r"[ \u00a0\u2009\u202f\u3000]", ",", m.group(0))


# a decimal point set as a middle dot between Arabic digits (1013·9万箱, 14·4%: older typesetting), read only
# before a magnitude, a percent or a unit, so that a day named by its date (5·12汶川地震, 9·11) stays apart
_DOT_DECIMAL_RE = re.compile(r"(?<=\d)[·‧•・](?=\d+(?:[%％万亿萬億]|元|吨|噸|箱|人|个|個|公斤|千克|公里|米|倍|点|點|美元|港元))")


def normalize(text: str) -> str:
    """Full-width and traditional characters to ASCII and simplified; length-preserving."""
    if ("·" in text or "‧" in text or "•" in text or "・" in text) and _DOT_DECIMAL_RE.search(text):
        text = _DOT_DECIMAL_RE.sub(".", text)
    if "，" in text and _FW_THOUSANDS_RE.search(text):
        text = _FW_THOUSANDS_RE.sub(",", text)
    if "，" in text and _ASCII_FW_GATE_RE.search(text):
        text = _ASCII_FW_GROUPED_RE.sub(lambda m: m.group(0).replace("，", ","), text)
    if _SPACE_GROUP_GATE_RE.search(text):
        text = _SPACE_GROUPED_RE.sub(_comma_grouped, text)
    text = _MAPPED_RE.sub(lambda m: _MAPPED[m.group()], text)
    if "百分之" in text and "点" in text and _PCT_POINT_RE.search(text):
        # 介乎百分之3點5至5點5 (Hong Kong's budget): Arabic digits with 點 for the decimal point (wr53); read
        # without this as 百分之3, a figure wrong by half a point
        text = _PCT_POINT_RE.sub(lambda m: m.group().replace("点", "."), text)
    if "点" in text and _DIGIT_POINT_RE.search(text):
        # 派息3點5元, 營收3點5億元, 票價12點5港元: the same 點 before money, a magnitude or a percent sign; read
        # without this as 5元, a wrong figure (a clock's 3點15分 is left: 分 follows)
        text = _DIGIT_POINT_RE.sub(lambda m: m.group().replace("点", "."), text)
    if ("–" in text or "−" in text) and _SIGN_DASH_RE.search(text):
        # | –9.13% | –7.27% |: an en dash or a minus sign opening a table's cell, a line or a bracket is the number's
        # sign, as a hyphen is (cov54: a fund's returns table read them as gains); a range's dash (2011–2012, 1–9月)
        # has a digit before it and stays
        text = _SIGN_DASH_RE.sub("-", text)
    if "份之" in text:                            # 增長率是百份之0.6: a common miswriting of 百分之
        text = text.replace("百份之", "百分之").replace("千份之", "千分之")
    if "O" in text or "Ο" in text:               # 二OO七/O八年度 (Hong Kong): the letter set for 〇
        text = _LETTER_ZERO_RE.sub(lambda m: m.group().replace("O", "〇").replace("Ο", "〇"), text)
        if "O" in text and _LETTER_ZERO_IN_NUMERAL_RE.search(text):
            text = _LETTER_ZERO_IN_NUMERAL_RE.sub(lambda m: "○" * len(m.group()), text)
    return join_spaced(text)


_SIGN_DASH_RE = re.compile(r"(?:^|(?<=\|)|(?<=\| )|(?<=[(（:：]))[–−](?=\d)", re.M)
# 百分之 and Arabic digits with 點 (mapped to 点) as the decimal point, and a second such figure after 至/到 (wr53)
_PCT_POINT_RE = re.compile(r"(?<=百分之)\d{1,3}点\d{1,3}(?:[至到]\d{1,3}(?:点\d{1,3})?)?(?![\d分刻])")
# Arabic digits with 點 (mapped to 点) as the decimal point before money, a magnitude, a percent sign or 倍
_DIGIT_POINT_RE = re.compile(r"(?<![\d.午晚晨上早时])\d{1,4}点\d{1,3}(?=[万亿]?(?:元|港元|美元|澳门元|新台币|人民币)|[万亿%倍])")
# a year in Chinese numerals with the letter O (Latin or Greek) for 〇, before 年 or a fiscal year's slash
_LETTER_ZERO_RE = re.compile(r"(?<![A-Za-z])[一二][一二三四五六七八九〇零○OΟ]{3}(?=年|/[一二三四五六七八九〇零○OΟ]{2}年)"
                             r"|(?<=[一二][一二三四五六七八九〇零○OΟ]{3}/)[一二三四五六七八九〇零○OΟ]{2}(?=年)")
# a zero typed as the letter O inside any other Chinese numeral (Macao releases: 五百O七億元)
# (a run of O between numerals: a lone OO七 with no numeral before it is no number)
_LETTER_ZERO_IN_NUMERAL_RE = re.compile(r"(?<=[一二三四五六七八九十百千○〇])O+(?=[一二三四五六七八九十○〇])")


# --- number token pattern ------------------------------------------------------

# (a space some pages set before the decimal point, 减少88 .25亿元, is inside the number)
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?: ?\.\d+)?"
# 82，225.00 style: a full-width comma as thousands separator only with decimals (mixed with ASCII
# commas too: 233,333，333,434.344元, one number where every group has three digits)
ARABIC_FW = r"\d{1,3}(?:,\d{3})*(?:，\d{3})(?:[,，]\d{3})*\.\d+"
_DIG = "".join(CN_DIGITS)
# a 两 right after a place is the tael or the next word (三十两, 一百两黄金, 十万两岸), never the last digit
# (JOIN stands for a space inside a spaced numeral: 一百 五 十 二, see spaced_numerals)
# (after a digit, a 两 before a weighed good or no word at all is the tael too: 二两白酒, 三两, 一兩黃金; 三两个 is a few)
CN_RUN = (rf"[{_CN_RUN_CHARS}][{_CN_RUN_CHARS}{JOIN}]*(?<![十拾百佰千仟万萬亿億][两兩])(?<!{JOIN})"
          rf"(?!(?<=[一二三四五六七八九][两兩])(?:[黄金银白酒茶肉米油的重左多黃銀]|(?![\u4e00-\u9fff])))"
          rf"(?:{JOIN}*点{JOIN}*[{_DIG}]+(?:万亿|万|亿)?)?")
MAG_SUFFIX = r"(?:亿亿|万亿|万万(?![不没別别勿莫])|[千百十]万亿|千亿亿?|百亿亿?|十亿亿?|千万|百万|十万|万|亿|千|仟|百|佰|十|拾)"
# 168.66 亿美元: a magnitude may stand one space after Arabic digits
# (and thousands of a currency or of shares, as Taiwan's accounts write them: 新台幣 3,393,387 仟元, 發行新股 20,000 仟股
# — cov53; 12 千米 stays a length)
_SPACED_MAG = r" (?:万亿|千亿|百亿|千万|百万|万|亿|[千仟](?=元|股))"

# 3萬8748美元 (Taiwan), 2亿3000万元: Arabic digits on both sides of a magnitude make one number
# (the tail: three or four digits under 万, so 5万2018年 stays two)
# (possessive: a plain number is scanned once and given up, never backtracked digit by digit)
# (fewer digits under 万 only before 元, Taiwan's wages and prices without the 零: 4萬79元 is 40,079)
# (a thousands digit written with 千 after 万: 1万1千字 is 11000, as 一万一千 says)
# (万零 before a tail of one to three digits: 1万零500美元 is 10500, the thousands place empty, as 一万零五百 says)
COMPOUND = (r"\d++亿\d{1,4}+万(?:\d{3,4}+(?![\d.]))?|\d{1,4}+万(?:\d{3,4}+(?![\d.年月日号])|\d{1,2}+(?=元))"
            r"|\d{1,4}+万零\d{1,3}+(?![\d.年月日号])|\d{1,4}+万\d千(?![\d.瓦米克伏卡帕公吨兆焦])")

# 2万多亿, 1千多万: the mark between two magnitudes, the larger last (as 两万多亿 in a
# Chinese numeral run); without it the second magnitude was lost (2万多亿元 read as 2万元)
_INNER_APPROX = rf"(?:万[{APPROX_MARKS}]亿|[千百][{APPROX_MARKS}][万亿])"

NUMBER_PATTERN = (
    rf"(?=[负\-\d{_CN_RUN_CHARS}])"        # a quick first-character test
    r"(?!(?<=英)[两兩])"                    # 每英兩一千二百美元: 英兩 (the troy ounce) is a unit, not 2
    # a minus sign right after 为/是/至 … is a sign (净利润为-2.06亿元); after another word
    # the figure step decides (净利润-3.07亿元 is a sign, 歼-20 a model name)
    # 负 after 不/肩/减/担 … is a verb (不负十四亿, 减负1760亿元), after 正 a ± (正负0.25%)
    # (and after a footnote mark: 综合能耗[3]-3.3% is −3.3 %)
    rf"(?:(?<![不肩减担辜背抱自胜欠身正])负|-(?:(?<![\w.%)\]）\-]-)|(?<=[\u4e00-\u9fff）)\]］]-)(?=\d)))?"
    rf"(?:{COMPOUND}|(?:{ARABIC_FW}|{ARABIC})(?:{_INNER_APPROX}|[{APPROX_MARKS}]?{MAG_SUFFIX}|{_SPACED_MAG})?"
    rf"|{CN_RUN}(?:{JOIN}*[{APPROX_MARKS}]{JOIN}*{MAG_SUFFIX})?)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN)


class Parsed(NamedTuple):
    """A number read (a tuple: one is made for many numbers read, and a tuple is the cheapest
    immutable record)."""

    value: Decimal
    approx: str | None = None      # 多/余/几 inside the number
    form: str = "arabic"           # arabic | chinese | mixed | digits (二〇二四) | pair (三四万)
    value_high: Decimal | None = None


# --- exact values ------------------------------------------------------------------

def as_decimal(v: object) -> Decimal | None:
    """A fact's value (an int, a float or a numeric string) as a Decimal; None when it is no number."""
    try:
        return Decimal(str(v))
    except (InvalidOperation, ValueError):
        return None


def divide(a: Decimal | int, b: Decimal | int) -> Decimal:
    """a / b, exact when it terminates, else to 12 significant digits (1/3)."""
    _DIVIDE.clear_flags()
    q = _DIVIDE.divide(Decimal(a), Decimal(b))
    return _SIGNIFICANT.plus(q) if _DIVIDE.flags[Inexact] else q


def exact(d: Decimal | int | None) -> tuple[int | float | None, str | None]:
    """(value, value_text) of an exact number: an int when integral, else the
    nearest float; the text is the exact decimal (value None when no Python
    number can hold it: an integer too long to print, a float overflow)."""
    if d is None:
        return None, None
    if isinstance(d, int):
        d = Decimal(d)
    if not d.is_finite():
        return None, None
    if d.is_zero():
        return 0, "0"
    if d == d.to_integral_value(context=EXACT) and d.adjusted() < 18:
        i = int(d)                       # the common case, quickly
        return i, str(i)
    d = EXACT.plus(d).normalize(EXACT)
    text = format(d, "f")
    if d == d.to_integral_value(context=EXACT):
        digits = len(text.lstrip("-"))
        return (int(d) if digits <= _MAX_INT_DIGITS else None), text
    v = float(d)
    return (v if math.isfinite(v) else None), text


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
    return _cn_places(s)


def _cn_places(s: str) -> int | None:
    yi = 0          # part already multiplied by 亿
    wan = 0         # part already multiplied by 万
    sec = 0         # below 万
    num: int | None = None
    last = 1        # place value of the last unit seen (for shorthand)
    prev = ""       # kind of previous char: d(igit) z(ero) u(nit) m(ag)
    after_unit = False  # the last digit came straight after 百 or 千 (一千三万: the shorthand 一千三 = 1300, then 万)
    for ch in s:
        if ch in ZERO_CHARS:
            if prev == "d":
                return None
            num, last, prev = None, 1, "z"
        elif ch in CN_DIGITS:
            if prev == "d":
                return None
            num, after_unit, prev = CN_DIGITS[ch], prev == "u", "d"
        elif ch in CN_UNITS:
            u = CN_UNITS[ch]
            if num is None:
                if prev in ("", "m") or (prev == "z" and u == 10):
                    num = 1                     # 十五, 百万 (start)
                else:
                    return None                 # 十百, 千百
            if prev == "u" and u >= last:
                return None
            sec += num * u
            num, last, prev = None, u, "u"
        elif ch in CN_MAGS:
            m = CN_MAGS[ch]
            if num is not None and prev == "d" and after_unit and last >= 100:
                num *= last // 10               # 一千三万 = 1300万, 百三萬 = 130萬: the shorthand before a magnitude
            v = sec + (num or 0)
            if m == 10**4 and prev == "m" and last == 10**4 and wan and v == 0 and s[0] not in CN_MAGS:
                yi, wan, last = yi + wan * m, 0, 10**8     # 四万万 = 4亿 (万万 is an old 亿)
                continue
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


# --- irregular and spoken numerals: 一百十五, 一千零百五, 十三万六 ----------------------------------
# What `cn_int` rejects is read by the looser grammar the cn2an library applied ("smart"
# mode), so values stay as they were: its well-formed numeral pattern after repairs of
# missing zeros and ones, else the spoken shortening (一万二 = 一万二千).
_LOOSE_CHARS = {**{c: c for c in "零〇一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿"},
                "貳": "贰", "兩": "两", "叄": "叁", "陸": "陆", "萬": "万", "億": "亿"}
_LOOSE_NUM = "零〇一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖"
_LOOSE_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10**4, "亿": 10**8}
_LOOSE_LOWER = {10: "十", 100: "百", 1000: "千"}


@lru_cache(maxsize=1)
def _loose_grammar() -> re.Pattern[str]:
    """The well-formed numeral pattern (large: compiled once, at import, where the pattern cache serves it)."""
    d19, d0 = "[一壹幺二贰两三叁仨四肆五伍六陆七柒八捌九玖]", "[零〇]"
    u10, u100, u1000 = "[十拾]", "[百佰]", "[千仟]"
    n10_99 = f"{d19}?{u10}{d19}?"
    n10_99_one = f"{d19}{u10}{d19}?"
    n1_99 = f"({n10_99}|{d19})"
    n100_999 = f"({d19}{u100}({d0}{d19})?|{d19}{u100}{n10_99_one})"
    n1_999 = f"({n100_999}|{n1_99})"
    n1000_9999 = f"({d19}{u1000}({d0}{n1_99})?|{d19}{u1000}{n100_999})"
    n1_9999 = f"({n1000_9999}|{n1_999})"
    n1e4 = f"({n1_9999}[万]({d0}{n1_999})?|{n1_9999}[万]{n1000_9999})"
    n1_1e8 = f"({n1e4}|{n1_9999})"
    n1e8 = f"({n1_1e8}[亿]({d0}{n1_1e8})?|{n1_1e8}[亿]{n1e4})"
    return re.compile(f"({d0}|{n1e8}|{n1_1e8})")


_loose_grammar()


_LOOSE_SPOKEN_RE = re.compile(f"([{_LOOSE_NUM}]{{0,2}}[{''.join(_LOOSE_UNITS)}])+[{_LOOSE_NUM}]")
_LOOSE_REPAIRS = (
    (re.compile(f"(万)零(?=[{_LOOSE_NUM}][千仟])"), r"\1"),            # 一万零三千 → 一万三千
    (re.compile(f"([万亿])([{_LOOSE_NUM}][十拾百佰])"), r"\1零\2"),     # 一万五十 → 一万零五十
    (re.compile(f"([千仟])([{_LOOSE_NUM}]?[十拾])"), r"\1零\2"),        # 一千十 → 一千零十
    (re.compile("([百佰])([十拾])"), r"\1一\2"),                        # 一百十五 → 一百一十五
)


@lru_cache(maxsize=4096)
def loose_int(s: str) -> int | None:
    """A numeral `cn_int` rejects, read loosely (一百十五 = 115, 十三万六 = 136000), or None."""
    if any(c not in _LOOSE_CHARS for c in s):
        return None
    s = "".join(_LOOSE_CHARS[c] for c in s).replace("零十", "零一十").replace("零百", "零一百")
    for rx, repl in _LOOSE_REPAIRS:
        s = rx.sub(repl, s)
    s = s.replace("零十", "零一十").replace("零拾", "零一拾")
    if _loose_grammar().fullmatch(s) is None:
        spoken = _LOOSE_SPOKEN_RE.fullmatch(s)
        if len(s) < 3 or spoken is None:
            return None
        lower = _LOOSE_LOWER.get(_LOOSE_UNITS[spoken.group(1)[-1]] // 10)
        if lower is None:
            return None                 # 十X / 亿X: no lower place to complete
        s += lower
    return _place_sum(s)


def _place_sum(s: str) -> int:
    """The value of a numeral the loose grammar accepted, read right to left."""
    total, unit, section = 0, 1, 1          # section: the 万/亿 (or 万亿) place in force
    for i, ch in enumerate(reversed(s)):
        if ch not in _LOOSE_UNITS:
            total += CN_DIGITS[ch] * unit
            continue
        unit = _LOOSE_UNITS[ch]
        if unit % 10000 == 0:
            if unit > section:
                section = unit
            else:
                section = unit = unit * section
        if unit < section:
            unit *= section
        if i == len(s) - 1:
            total += unit                   # a leading place stands for one of it (十五)
    return total


def _cn_value(s: str) -> Decimal | None:
    """Chinese numeral possibly with 点 decimals: 十五点七, 五万点二四五."""
    if "点" in s:
        ip, _, dp = s.partition("点")
        # trailing magnitude after the decimals (二十点一万) scales the whole
        k = len(dp)
        while k and dp[k - 1] not in CN_DIGITS:
            k -= 1
        mags, dp = dp[k:], dp[:k]
        iv = cn_int(ip) if ip else 0
        frac = cn_digits(dp.replace("两", "二")) if dp else None
        p = _mag_product(mags) if mags else 1
        if iv is None or frac is None or p is None:
            return None
        return EXACT.multiply(EXACT.add(Decimal(iv), Decimal(frac).scaleb(-len(dp))), Decimal(p))
    v = cn_int(s)
    if v is None:
        # nothing made of places alone (千百, 亿万) is read: only a digit can make it a numeral
        if len(s) <= 24 and any(c in CN_UNITS or c in CN_MAGS for c in s) and any(c in CN_DIGITS for c in s):
            loose = loose_int(s)
            return None if loose is None else Decimal(loose)
        return None
    return Decimal(v)


_PAIR_RE = re.compile(rf"^([{_DIG}])([{_DIG}])([十百千拾佰仟]?)([万亿萬億]*)$")
_PAIRS_OK = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}


def _pair_range(s: str) -> Parsed | None:
    """三四万, 八九亿, 五六十, 三五千: two adjacent digits give a range."""
    m = _PAIR_RE.match(s)
    if not m:
        return None                      # (两三 without magnitude is a pair too: 两三只; facts needs a unit)
    a, b = CN_DIGITS[m.group(1)], CN_DIGITS[m.group(2)]
    if (a, b) not in _PAIRS_OK:
        return None
    p = _mag_product(m.group(3) + m.group(4)) or 1
    return Parsed(Decimal(a * p), None, "pair", Decimal(b * p))


_ARABIC_HEAD_RE = re.compile(r"[\d,，.]+(?: \.\d+)?")


# the parts of a COMPOUND token: 亿 and 万 parts, or 万 part and tail
_COMPOUND_RE = re.compile(r"(\d+)亿(\d{1,4})万(\d{3,4})?|()(\d{1,4})万(\d{1,4}|零\d{1,3})")


def _compound(m: re.Match[str], negative: bool) -> Parsed:
    """2亿3000万, 3万8748: each part at its place (the token pattern keeps the tails in range)."""
    # Decimal, not int: a 10,000-digit part must not hit int()'s digit limit
    yi, wan, rest = (Decimal(g.lstrip("零")) if g else Decimal(0) for g in (m.group(1) or m.group(4), m.group(2) or m.group(5),
                                                                           m.group(3) or m.group(6)))
    v = EXACT.add(EXACT.add(yi.scaleb(8), wan.scaleb(4)), rest)
    return Parsed(_signed(v, negative), None, "mixed")


_WAN_QIAN_RE = re.compile(r"(\d{1,4})万(\d)千")


def _arabic(s: str, negative: bool) -> Parsed | None:
    if s[-1] == "千" and (wq := _WAN_QIAN_RE.fullmatch(s)):
        return Parsed(_signed(Decimal(int(wq.group(1)) * 10000 + int(wq.group(2)) * 1000), negative), None, "mixed")
    if s[-1].isdigit() and "万" in s or "亿" in s and s.endswith("万"):
        if cm := _COMPOUND_RE.fullmatch(s):
            return _compound(cm, negative)
    m = _ARABIC_HEAD_RE.match(s)
    if not m:
        return None
    head, rest = m.group(0), s[m.end():].lstrip(" ")
    try:
        v = Decimal(head.replace(",", "").replace("，", "").replace(" ", ""))
    except InvalidOperation:
        return None
    approx = None
    if rest and rest[0] in APPROX_MARKS:
        approx, rest = rest[0], rest[1:]
    elif len(rest) == 3 and rest[1] in APPROX_MARKS:   # 2万多亿: the mark between the magnitudes
        approx, rest = rest[1], rest[0] + rest[2]
    if rest:
        p = _mag_product(rest)
        if p is None:
            return None
        v = EXACT.multiply(v, Decimal(p))
    return Parsed(v.copy_negate() if negative else v, approx, "mixed" if rest else "arabic")


def _signed(v: Decimal, negative: bool) -> Decimal:
    return v.copy_negate() if negative else v        # exact: unary minus would round to 28 digits


# Taiwan's papers write a figure digit by digit around its magnitude: 一八九四萬四四三六 (18944436),
# 七二九點二億 (72920000000); the four digits after 万 are its lower part
_DIGIT_GROUPS_RE = re.compile(r"([〇○零一二三四五六七八九]{2,})(?:点([〇○零一二三四五六七八九]+))?(万亿|亿|万)"
                              r"([〇○零一二三四五六七八九]{4})?")


def _digit_groups(s: str) -> Decimal | None:
    m = _DIGIT_GROUPS_RE.fullmatch(s)
    if m is None or not (m.group(2) or m.group(4)) or (m.group(4) and m.group(3) != "万"):
        return None                  # (一八九四万 alone is read below)
    spelled = "".join(str(CN_DIGITS[c]) for c in m.group(1))
    if m.group(2):
        spelled += "." + "".join(str(CN_DIGITS[c]) for c in m.group(2))     # 〇五 keeps its zero
    value = Decimal(spelled).scaleb({"万": 4, "亿": 8, "万亿": 12}[m.group(3)])
    return value + (cn_digits(m.group(4)) or 0) if m.group(4) else value


def _chinese(s: str, negative: bool) -> Parsed | None:
    pr = _pair_range(s)
    if pr:
        return Parsed(_signed(pr.value, negative), None, "pair", _signed(pr.value_high or Decimal(0), negative))
    for i, ch in enumerate(s):
        if ch in APPROX_MARKS and i > 0:
            if any(c in "万亿萬億" for c in s[:i]):     # 二億○四百多萬: the mark stands inside the number,
                v = _cn_value(s[:i] + s[i + 1:])      # its magnitude the lower part's (2億 + 400多萬)
                return None if v is None else Parsed(_signed(v, negative), ch, "chinese")
            bv = _cn_value(s[:i])
            p = _mag_product(s[i + 1:]) if s[i + 1:] else 1
            if bv is None or p is None:
                return None
            return Parsed(_signed(EXACT.multiply(bv, Decimal(p)), negative), ch, "chinese")
    if len(s) >= 2 and all(ch in CN_DIGITS for ch in s):
        d = cn_digits(s)
        return Parsed(Decimal(d), None, "digits") if d is not None else None
    if (grouped := _digit_groups(s)) is not None:
        return Parsed(_signed(grouped, negative), None, "mixed")
    head = s.rstrip("万亿")
    if len(head) >= 3 and len(head) < len(s) and all(ch in CN_DIGITS for ch in head):
        # 一八八一億美元, 一七二三亿 (Taiwan): digits read one by one, then the magnitude
        d, p = cn_digits(head), _mag_product(s[len(head):])
        return None if d is None or p is None else Parsed(_signed(Decimal(d * p), negative), None, "mixed")
    v = _cn_value(s)
    return None if v is None else Parsed(_signed(v, negative), None, "chinese")


@lru_cache(maxsize=65536)
def parse_number(token: str) -> Parsed | None:
    """Exact value of a token matched by NUMBER_RE (on normalized text); cached, the
    same tokens recur (the result is immutable)."""
    if JOIN in token:
        token = token.replace(JOIN, "")
    negative = token.startswith(("负", "-"))
    s = token[1:] if negative else token
    if not s:
        return None
    if s[0].isdigit():
        return _arabic(s, negative)
    for tens, spelled in CN_TENS.items():
        if tens in s:
            s = s.replace(tens, spelled)
    return _chinese(s, negative)


def read_number(text: str) -> int | float | None:
    """Convenience: value of the first number in `text` (after normalizing)."""
    m = NUMBER_RE.search(normalize(text))
    p = parse_number(m.group(0)) if m else None
    return exact(p.value)[0] if p else None
