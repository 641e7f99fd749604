"""Floor areas and usage bands that name a class of flats or households (tests/gold/README.md: size
classes are labels, like `5000万元及以上项目`).

- a flat's size class: `面積1722呎以上的豪宅`, `實用面積40平方米以下的A類單位` (差估署's classes by letter: found30), `面積432至752方呎的單位`, `431方呎至752方呎單位`, `431呎以下的細單位`,
  a bound listed before the others (`少於430平方呎,以及430至752平方呎的單位`), and, after 面積
  in a price index's breakdown, `面積1772方呎的豪宅` — the class whose price moved (the rate is the figure);
- a price band of homes: `逾千萬元二手住宅註冊`, `千万元以上的豪宅`, `500萬元以下單位` (a bound before or after the price);
- a household's usage band: `每月1000度以下`, `用電量在1000度以下之一般小家庭`, `每2個月電費7904元以下的家庭用戶`,
  and a band listed before it with 、 (`電費6592元、夏月期間…7904元以下的家庭用戶`): who a tariff spares.

A measured area or bill stays a figure (`實用面積1772方呎,成交價3,800萬元`, `用电量1000度以上` of a city: no class
noun after it, no 每 before it).  `size_band_spans` marks them before figures are read, as `traps.trap_spans` does;
`size_class_subjects` gives the rate told of a class its class (`面積431呎以下的細單位,下跌0.27%` → 細單位), which the
class's own figure gave it before it was a label.
"""

from __future__ import annotations

import re
from typing import Any

_NUM = r"(?<![\d.])(?<!\d,)\d[\d,]*(?:\.\d+)?"   # (a comma after a word is no digit group)
_AREA = r"(?:平方呎|方呎|呎|平方尺|方尺|平方英尺|英尺|平方米|平米|平方公尺|坪)"   # (坪: Taiwan's 30坪以下小宅, found30)   # (方尺: simplified Hong Kong news)
_BOUND = r"(?:或|及)?(?:以上|以下)"
_FLAT = r"(?:豪宅|小宅|单位|單位|住宅|住房|户型|戶型|楼宇|樓宇|物业|物業)"
# a range or a bound, then 的/之 and a class of flats; a range or bound may stand right before the noun
# (面積1722方呎或以上單位升幅最多, 面積753至1075方呎單位報154.7: 差估署's classes)
# (the unit may be written at both ends of the range: 431方呎至752方呎單位)
_AREA_CLASS_RE = re.compile(rf"{_NUM}(?:(?:\s?{_AREA})?(?:至|到|-|－|–|~|～){_NUM})?\s?{_AREA}{_BOUND}?"
                            rf"(?=[的之]?[\u4e00-\u9fffA-Z]{{0,4}}?{_FLAT})")
# a bound written before the area, listed before the class's other bands (其中少於430平方呎,以及430至752平方呎的單位)
_LISTED_BOUND_RE = re.compile(rf"(?:少於|少于|多於|多于|不足|低於|低于){_NUM}\s?{_AREA}"
                              rf"(?=[，,、]?(?:以及|及|和|與|与)[^。；;]{{0,24}}?{_FLAT})")
_BOUNDED_RE = re.compile(rf"(?:至|到|-|－|–|~|～){_NUM}\s?{_AREA}|{_AREA}{_BOUND}$")
# a household's band: per month (or months), or a bound before 的/之 and the household noun
_HOUSEHOLD = r"(?:小家庭|家庭|用户|用戶|住户|住戶|家户|家戶|用电户|用電戶)"
_USE = r"(?:度|千瓦时|千瓦時|元)"
_BAND_RE = re.compile(rf"{_NUM}\s?{_USE}{_BOUND}(?=[的之][\u4e00-\u9fff]{{0,6}}?{_HOUSEHOLD})")
_MONTHLY_RE = re.compile(rf"(?<=每月){_NUM}\s?(?:度|千瓦时|千瓦時){_BOUND}|(?<=每月在){_NUM}\s?(?:度|千瓦时|千瓦時){_BOUND}")
# a band listed before a bounded one with 、, in the same unit, no clause mark between
_LISTED_BEFORE_RE = re.compile(rf"{_NUM}\s?(?P<u>{_USE})、[^，,；;。！？\n]{{0,16}}$")


# a price band that names a class of homes (逾千萬元二手住宅註冊, 千万元以上的豪宅, 500萬元以下單位): the bound is the
# class's, whether told before the price (逾, 超過) or after it (以上, 以下); a price without a bound may be one home's
_HOME = r"(?:二手|一手|新)?(?:住宅|豪宅|单位|單位|物业|物業|楼宇|樓宇|住房|房屋|楼盘|樓盤|房源)"
_PRICE_SUM = r"(?:\d[\d,]*(?:\.\d+)?|[一二三四五六七八九十百千两兩]+)\s?(?:万|萬|亿|億)?\s?(?:港)?元"
_PRICE_CLASS_RE = re.compile(rf"(?:逾|超过|超過|超)\s?{_PRICE_SUM}(?=[的之]?{_HOME})"
                             rf"|{_PRICE_SUM}(?:或|及)?(?:以上|以下)(?=[的之]?{_HOME})")


def _is_class(norm: str, m: re.Match[str]) -> bool:
    """A range or a bound names a class; a single area after 面積 does before 的 (面積1772方呎的豪宅),
    not right before the noun (面積1772方呎單位成交: one flat measured)."""
    if _BOUNDED_RE.search(m.group(0)):
        return True
    return norm[m.end():m.end() + 1] in "的之" and norm[max(0, m.start() - 2):m.start()] in ("面積", "面积")


def size_band_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each size class or usage band in the normalised text."""
    out: list[tuple[int, int]] = []
    if "呎" in norm or "平方" in norm or "平米" in norm or "英尺" in norm or "方尺" in norm or "坪" in norm:
        for m in _AREA_CLASS_RE.finditer(norm):
            if _is_class(norm, m):
                out.append(m.span())
        out += [m.span() for m in _LISTED_BOUND_RE.finditer(norm)]
    if "以下" in norm or "以上" in norm:
        for m in _BAND_RE.finditer(norm):
            out.append(m.span())
            lm = _LISTED_BEFORE_RE.search(norm, max(0, m.start() - 32), m.start())
            if lm and m.group(0).rstrip("或及以上下").endswith(lm.group("u")):
                out.append((lm.start(), lm.start("u") + len(lm.group("u"))))
        if "每月" in norm:
            out += [m.span() for m in _MONTHLY_RE.finditer(norm)]
    if "元" in norm and ("逾" in norm or "超" in norm or "以上" in norm or "以下" in norm):
        out += [m.span() for m in _PRICE_CLASS_RE.finditer(norm)]
    return out


_CLASS_NOUN_RE = re.compile(rf"[的之]?([\u4e00-\u9fff]{{0,4}}?{_FLAT})")
_RATE_KINDS = ("percent", "points")
_LEVEL_KINDS = ("percent", "points", "index")
_RUNS = ("连升", "连跌", "連升", "連跌", "连续", "連續")
_OWN_INDEX_RE = re.compile(r"指[数數]")


def size_class_subjects(text: str, norm: str, facts: list[dict[str, Any]]) -> None:
    """The first rate after a flat's size class, in its clause group (up to ;/。), is the class's."""
    for m in _AREA_CLASS_RE.finditer(norm):
        if not _is_class(norm, m):
            continue
        noun = _CLASS_NOUN_RE.match(norm, m.end())
        if noun is None:
            continue
        stops = [k for c in ";；。！？\n" if (k := norm.find(c, noun.end())) >= 0]
        nxt = _AREA_CLASS_RE.search(norm, noun.end())
        hi = min([*stops, nxt.start() if nxt else len(norm), len(norm)])
        after = [f for f in facts if noun.end() <= f["start"] < hi]
        name = text[noun.start(1):noun.end(1)]
        if after and after[0]["kind"] in _RATE_KINDS:
            after[0]["subject"] = name
        if after and after[0]["kind"] in _LEVEL_KINDS:
            # the class's rates and levels in the group are its (最新報182.5,按月跌0.44%; 按月升0.41%,最新報147,
            # 連升3個月), unless they name another index after the class (an index named before it, the breakdown's
            # topic — 至於各類型單位指數全綫下滑,其中…的豪宅,最新報295.1點 — names none of them: subj53)
            for f in after:
                own = f.get("subject") or ""
                if (f["kind"] in _LEVEL_KINDS or f["kind"] == "duration" and norm[f["start"] - 2:f["start"]] in _RUNS) \
                        and not (_OWN_INDEX_RE.search(own) and name not in own and own in text[noun.end():f["start"]]):
                    f["subject"] = name
