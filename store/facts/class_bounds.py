"""Bounds that name the class a figure is told of, by where they stand (tests/gold/README.md: size classes are
labels, like `5000万元及以上项目`), whatever their unit:

- a bound or a band standing alone in brackets right after a noun defines that noun: `中小型單位(100平方米以下)`,
  `A類物業(40平方米以下)`, `B類物業(40至69.9平方米)`, `E類物業(160平方米或以上)` — the index or price told of the
  class is the figure.  A bracket holding a plain value measures its noun and stays (`装备制造业（50.1%）`,
  `（171名）`); so does a bracketed share or spec in percent (the gold's call on `(硫分:0.6%-1%)`), a money range
  (a profit alert's estimate) and a span of years or days (a plan's `（2024—2027年）`);
- a bound followed by 的 and a count: the count is of the class the bound draws (`税收过50万元的4家`,
  `献血…20次以上的2.18万人`); a share before a count (`超过80%的12万家企业`) and a count before a count
  (`超过1000家运营商的8594座充电站`) are read as written.

- a band or a bound naming those within it (`30%至39%間者1個`, `未達50%者為高雄市46.5%`): the class a count or a
  list is of.

`class_bound_spans` marks them before figures are read, as `traps.trap_spans` does; `bracket_class_subjects` gives
the levels and rates told of a bracketed class the class and the indicator written after it
(`較大面積單位(100平方米或以上)售價指數則跌1.03%` → 較大面積單位售價指數), which the class's own figure lent them before
it was a label.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_NUM = r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:[万亿])?"
_BOUND = r"(?:及|或)?(?:以上|以下|以内)"
_RANGE = r"(?:至|到|-|－|–|~|～|—)"
# a unit: a few letters or characters, none a bound's or a share's, no date or clock unit (those are spans of
# time, never a class here) and no currency in a range
_UNIT = r"(?:(?![年月日时時周週%‰成以及或的至到])[\u4e00-\u9fffA-Za-z/²³]){1,5}?"
# (the bracket follows a word, not a figure or a punctuation mark; the name of what is bounded may open it,
# (實用面積40平方米以下), (从业人员300人及以上) — but no verb of change or sum: (比上年增加200人以上) is a change)
_PROPERTY = r"(?:(?![增减減升降涨漲跌比达達超为為约約共计計较較即])[\u4e00-\u9fff]){1,6}?"
_BRACKETED_RE = re.compile(
    rf"(?:{_PROPERTY}[:：]?)?"
    rf"(?P<fig>{_NUM}(?:{_UNIT})?(?:{_RANGE}{_NUM})?{_UNIT}{_BOUND}?)(?=[)）])")
# the count after 的: a numeral and a measure word that counts things or people (no date, share or sum)
_COUNT_AFTER = r"的(?:\d[\d,.]*|[一二三四五六七八九十两百千]+)[万亿]?(?:[个家人户名座项所只台辆件款种类位艘架套间处]|万人|人次)"
# (the bound is a sum or a measure: a count bounded before a count, 超过1000家运营商的8594座充电站, counts its own
# noun and stays)
_COUNTED_RE = re.compile(
    rf"(?P<pre>过|超过|超|逾|過)?(?P<fig>{_NUM}(?![个家人户名座项所只台辆件款种类位艘架套间处万亿])"
    rf"{_UNIT}(?P<bound>{_BOUND})?)(?={_COUNT_AFTER})")

# …and with the class's noun between, the count told after 有 (`年旅客吞吐量1000万人次以上的运输机场有38个`,
# `增幅在300%以上的运输机场有1个`, `增幅在200%-300%之间的…有5个`, `10万亩以上的品种有18个`): the bound or band draws the
# class a communiqué counts, in any unit, a share's too; a level's state (`30%以上的快速增长`) is no count's noun
_CLASS_NUM = r"(?<![\d.])(?<!\d,)\d[\d,]*(?:\.\d+)?(?:[万亿])?"     # (a comma before it may end a clause)
# (the noun may be left out, `增幅在200%以上的有5个`; a band needs no 之间, `5万~10万亩的品种有7个`, and no 的 before
# its noun, `年旅客吞吐量200-1000万人次运输机场有36个`; a round magnitude over which a class stands, `面积上万亩的品种有48个`)
_CLASS_COUNT = (r"(?:有|共有|共|达到|达|達|为|為)(?:\d[\d,.]*|[一二三四五六七八九十两百千]+)[万亿]?"
                r"(?:[个個家户戶名座项項所只台辆輛件款种種类類位艘架套间間处處头頭条條]|万人|人次)")
# (a band or a round magnitude draws a class only in a unit of measure, money or heads, and with its count told
# after 有: 2022—2023冰雪季…人数为3.12亿人 is a season, no class)
_MEASURE = r"(?:万|亿|萬|億)?(?:人次|人|户|戶|家|个|個|亩|畝|公顷|公頃|平方米|平方公里|吨|噸|公斤|千克|元|美元|千瓦|度|标箱|辆|輛|台|头|頭)"
_CLASS_HAS = _CLASS_COUNT.replace("(?:有|共有|共|达到|达|達|为|為)", "(?:有|共有)")
_CLASS_NOUN_WORDS = r"(?:(?![有为為是达達共占佔增减減的，,。；;])[\u4e00-\u9fff]){%s,8}"
_CLASS_NOUN_RE = re.compile(
    rf"(?P<fig>{_CLASS_NUM}(?:%|{_UNIT})?(?:{_RANGE}{_CLASS_NUM}(?:%|{_UNIT})?)?(?:(?:及|或)?(?:以上|以下|以内|以內)|之间|之間))"
    rf"的{_CLASS_NOUN_WORDS % 0}{_CLASS_COUNT}"
    rf"|(?P<band>{_CLASS_NUM}(?:%|{_MEASURE})?{_RANGE}{_CLASS_NUM}(?:%|{_MEASURE}))的?{_CLASS_NOUN_WORDS % 1}{_CLASS_HAS}"
    rf"|(?P<over>(?:上|超|逾|过|過)[百千万萬亿億]{_MEASURE})的{_CLASS_NOUN_WORDS % 1}{_CLASS_HAS}")
# …or with the count right after the class's noun, no verb, the clause then ending (`收入30万元以上的村12个，占22.22%`,
# `50万元以上的村6个`): the bound draws the class counted (cov53), as `投注额达50万元以上的豪客` was trapped (sealed10)
_CLASS_BARE_COUNT_RE = re.compile(
    rf"(?P<fig>{_CLASS_NUM}(?:%|{_UNIT})?(?:及|或)?(?:以上|以下|以内|以內))"
    rf"的(?:(?![有为為是达達共占佔增减減的，,。；;])[\u4e00-\u9fff]){{1,4}}"
    r"(?:\d[\d,.]*|[一二三四五六七八九十两百千]+)(?:[个個家户戶名座项項所只台辆輛件款种種类類位艘架套间間处處头頭条條]|万人|人次)"
    r"(?=[,，;；。、(（])")
_BOUNDED_END_RE = re.compile(rf"{_BOUND}$")
_RANGED_RE = re.compile(rf"\d(?:{_UNIT})?{_RANGE}\d")


def _is_bracket_class(fig: str) -> bool:
    """A bracket's figure names a class when it is bounded or a band, and it is not a sum's range."""
    bounded = _BOUNDED_END_RE.search(fig) is not None
    ranged = _RANGED_RE.search(fig) is not None
    if not (bounded or ranged):
        return False                          # (171名): a plain value measures its noun
    return not (ranged and "元" in fig)       # (4200万元至4600万元): an estimate's range


_OPEN_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[(（]")
# where a counted class can end: 的 before a numeral (a literal first character, so the scan is cheap)
_COUNT_ANCHOR_RE = re.compile(r"的(?=[\d一二三四五六七八九十两百千])")


@lru_cache(maxsize=2)   # a text's classes are claimed (class_bound_spans), then name its figures (bracket_class_subjects)
def _bracket_classes(norm: str) -> tuple[re.Match[str], ...]:
    """The bracketed classes of `norm`, tried only right after each opening bracket that follows a word."""
    out = []
    for o in _OPEN_RE.finditer(norm):
        m = _BRACKETED_RE.match(norm, o.end())
        if m and _is_bracket_class(m.group("fig")):
            out.append(m)
    return tuple(out)


# a band or a bound naming "those within it" (30%至39%間者1個, 未達50%者為高雄市46.5%, 未及10%者2個): the class a
# count or a list is of, never a figure of its own
_THOSE_CLASS_RE = re.compile(r"(?:未达|未達|未及|不足|超过|超過|高于|高於|低于|低於|达|達)?" + _NUM + r"\s?%"
                             r"(?:\s?" + _RANGE + r"\s?" + _NUM + r"\s?%)?(?:[间間]|之[间間])?者")


# a score band told with the class it maps to, a legend (分数为9分至16分,灯号为蓝灯; 分数23分到31分则是绿灯), as the
# bracketed 綠燈(23-31分) of sealed20 is: the band names the class, no figure
_BAND_CLASS_RE = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?分?(?:至|到|-|－|~|～|—)\d+(?:\.\d+)?分[,，]?\s?(?:显示|顯示)?(?:景气|景氣)?"
    r"(?:灯号|燈號|等级|等級|级别|級別|档次|檔次)?(?:则|則)?(?:为|為|是|属|屬)\s?[\u4e00-\u9fff]{0,3}?(?:[灯燈]|级|級|档|檔)(?![\u4e00-\u9fff]{0,1}\d)")


def class_bound_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each bound above that names a class, in the normalised text."""
    out: list[tuple[int, int]] = []
    if "分" in norm and any(c in norm for c in "灯燈级級档檔"):
        for m in _BAND_CLASS_RE.finditer(norm):
            cut = re.search(r"分(?=[,，]?\s?(?:显示|顯示)?(?:景气|景氣)?(?:灯号|燈號|等级|等級|级别|級別|档次|檔次|则|則|为|為|是|属|屬))", m.group())
            out.append((m.start(), m.start() + cut.end()))
    if "者" in norm and "%" in norm:
        out += [m.span() for m in _THOSE_CLASS_RE.finditer(norm)]
    if "(" in norm or "（" in norm:
        out += [m.span("fig") for m in _bracket_classes(norm)]
    if "的" in norm and ("以上的" in norm or "以下的" in norm or "以内的" in norm or "过" in norm or "超" in norm
                        or "逾" in norm or "過" in norm):
        for a in _COUNT_ANCHOR_RE.finditer(norm):
            k = a.start()
            for m in _COUNTED_RE.finditer(norm, max(0, k - 24), k + 16):
                if m.end("fig") == k and (m.group("pre") or m.group("bound")):
                    out.append(m.span("fig"))
    if "有" in norm and ("以" in norm or "之间" in norm or "之間" in norm or "的" in norm or "-" in norm or "~" in norm
                        or "～" in norm or "至" in norm or "到" in norm or "—" in norm):
        out += [m.span(next(g for g in ("fig", "band", "over") if m.group(g))) for m in _CLASS_NOUN_RE.finditer(norm)]
    if "的" in norm and ("以上的" in norm or "以下的" in norm or "以内的" in norm or "以內的" in norm):
        out += [m.span("fig") for m in _CLASS_BARE_COUNT_RE.finditer(norm)]
    return out


# the class's noun: the words before the bracket, back to a clause mark (當中, 其中 open the clause, not the noun)
_NOUN_BEFORE_RE = re.compile(r"(?:当中|其中)?,?([\u4e00-\u9fffA-Za-z]{2,10})$")
# the indicator after the bracket, up to the word that tells its level or move
_INDICATOR_RE = re.compile(r"\s*的?([\u4e00-\u9fff]{2,8}?)(?=[则則]|按月|按年|按季|上月|本月|上季|上周|上週|今年|去年|最新|同比|[环環]比|[为為]|[报報]|上升|下跌|[升跌]|[录錄]得|,|，)")
_LEVEL_KINDS = ("percent", "points", "index")


def bracket_class_subjects(text: str, norm: str, facts: list[dict[str, Any]]) -> None:
    """The levels and rates after a bracketed class, in its clause group (up to ;/。 or the next class), are the class's."""
    if "(" not in norm and "（" not in norm:
        return
    classes = _bracket_classes(norm)
    for i, m in enumerate(classes):
        open_at = m.start() - 1                     # the bracket (the match opens right after it)
        noun = _NOUN_BEFORE_RE.search(norm, max(0, open_at - 12), open_at)
        close_at = m.end() + 1
        ind = _INDICATOR_RE.match(norm, close_at)
        if noun is None or ind is None:
            continue
        stops = [k for c in ";；。！？\n" if (k := norm.find(c, close_at)) >= 0]
        hi = min([*stops, classes[i + 1].start() if i + 1 < len(classes) else len(norm), len(norm)])
        name = text[noun.start(1):noun.end(1)] + text[ind.start(1):ind.end(1)]
        for f in facts:
            if close_at <= f["start"] < hi and f["kind"] in _LEVEL_KINDS:
                f["subject"] = name
