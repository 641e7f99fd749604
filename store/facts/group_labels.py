"""Group and class labels that hold a numeral but count nothing.

- a list of a body's sessions inside one term: `州委八届五次、六次全会`, `十届三次和四次全体会议`,
  `二十屆四次、五次全會` (each session is a name, as `四中全会` is; the single `六次全会` is the main list's);
- the paired markets and resources of a trade slogan: `国内国际两个市场`, `国内和国际两个市场、两种资源`,
  `國內國際兩個市場` (a group label, as `两个大局` is);
- a class of cities named by its population threshold: `城区常住人口300万以上的城市`,
  `人口超过50万的城市`, `人口300万以下城市` (the class, not a count of people; a city's own
  population, `人口50万的城市`, names no threshold and stays a figure);
- an averaging window named in an indicator: `同业拆息的5天移动平均数`, `五天移动平均数`,
  `20日均线`, `60日移動平均線` (the window names the average, it is no duration).
- the named set of steps of a programme named in quotes right before it: `“一带一路”八项行动`, `“健康中国”十大行动`
  (the programme's steps by name, as `“十大伙伴行动”` is; `出台了八项行动` counts steps taken and stays a figure).

`group_spans` marks them before figures are read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re

_N = r"[一二三四五六七八九十两兩]+"
_D = r"(?:\d+|[一二三四五六七八九十两兩百千]+)"
_SESSIONS_RE = re.compile(
    rf"{_N}次(?:(?:[、和及与與]|以及){_N}次)+(?:全[体體])?(?:全[会會]|[会會][议議])")
_GN, _GJ = r"[国國][内內]", r"[国國][际際]"
_MARKETS_RE = re.compile(
    rf"(?:{_GN}和?{_GJ}|{_GJ}和?{_GN}|{_GN}外)[两兩][个個]市[场場](?:[、和及与與]?[两兩][种種][资資]源)?")
_CITY_RE = re.compile(
    rf"(?<=人口)(?:超过|超過|超|在|达到|達到|不足|不到|少于|少於|大于|大於)?{_D}(?:\.\d+)?万?(?:人)?"
    rf"(?:(?:以上|以下|及以上|及以下|以内)(?:的)?|(?<=\d万)的|(?<=[十百千]万)的)(?=(?:超大|特大|大|中小|中等|小)?城市|城[区區]|城镇|城鎮)")
_PROGRAMME_STEPS_RE = re.compile(r"(?<=[”」』])[一二三四五六七八九十两兩]+[项項大](?=行[动動])")
_WINDOW_RE = re.compile(rf"{_D}(?:天|日|周|週|个月|個月)(?:的)?(?:移动平均|移動平均|均线|均線|平均线|平均線)")


def _city_ok(norm: str, m: re.Match[str]) -> bool:
    """A bare `人口50万的城市` names no threshold: only 超过/以上-style words make a class."""
    s = m.group(0)
    return any(w in s for w in ("以上", "以下", "以内", "超", "不足", "不到", "少于", "少於", "大于", "大於", "达到", "達到", "在"))


def group_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each group or class label above in the normalised text."""
    out: list[tuple[int, int]] = []
    if "次" in norm:
        out.extend(m.span() for m in _SESSIONS_RE.finditer(norm))
    if "市" in norm:
        out.extend(m.span() for m in _MARKETS_RE.finditer(norm))
    if "人口" in norm:
        out.extend(m.span() for m in _CITY_RE.finditer(norm) if _city_ok(norm, m))
    if "均" in norm:
        out.extend(m.span() for m in _WINDOW_RE.finditer(norm))
    if "行动" in norm or "行動" in norm:
        out.extend(m.span() for m in _PROGRAMME_STEPS_RE.finditer(norm))
    return out
