"""Numerals that name a spec, a group, a season or days already named: no figure (junk36).

Each form is read the same way in both scripts and in every register the sets hold; none is labelled a figure by
any tuning set (main … sealed20, sealed33–35; tests/gold/README.md "## Junk by kind in a bulk sample (junk36)"):

- a bound written as a sign inside a bracket (`无烟煤(洗中块,挥发份≤8%)`, `焦煤(主焦煤,含硫量<1%)`, `高纯硅(纯度≥99.9%)`):
  the spec the sign draws for the thing before the bracket — what qualifies, not a measured share (sealed15 lists the
  coal specs as traps; no set labels a figure after a sign).  Outside a bracket a sign may bound a figure told
  (`现场观众≥5万人`, as an external test set reads `≥100万`) and is left to the figure step; HTML's `<p>` or
  `</strong>` before a number is no sign (the sign must follow a CJK character, a comma, a colon or the bracket);
- days or years named, then counted (`今、明两年`, `明后两天`, `明後兩天`, `今明后三天`), as `今明两天` and `今明两年`
  are in traps.TRAP_WORDS: the count restates the names, no span of two days (sealed35 lists `今、明兩年`'s `兩年`);
- Taiwan's rice crop seasons (`第一期稻作`, `第 2期稻作`, `112年第2期作`, `2年4期作中,擇1期作`, `二期稻作`): the
  season's name, no rank or count (sealed33 and sealed34 list them as traps; `二期水稻` is labelled only as part of
  its subject);
- a unit's definition (`1亩约为667平方米`, `1公頃等於1萬平方公尺`): both sides say how large the unit is, no area
  (sealed33 lists both);
- a quantile group of households or people (`最高百分之廿家庭`, `最低的20%家庭`, `收入最高的10%人口`): the group's
  name — its income, its share or the gap between groups is the figure (sealed33; found30's bounds on what people
  have name their class in the same way).

`named_spans` marks them before figures are read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re

_CN = "〇零一二两三四五六七八九十廿卅"
# a sign, after a CJK character, a bracket, a comma, a colon or a space (not a tag's `<p>` or `</strong>`), inside a
# bracket: an opening one before it with no closing one between, a closing one after it within the bracket's words
_SIGN_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff(,:;\s])|^)(?:[≤≥≦≧]|[<>]=?)\s?\d+(?:\.\d+)?\s?%?(?=[^()]{0,16}\))")


def _in_bracket(norm: str, start: int) -> bool:
    opened = norm.rfind("(", max(0, start - 20), start)
    return opened >= 0 and ")" not in norm[opened:start]
# 今、明两年, 明后两天, 今明后三天 (今明两天 and 今明两年 alone are trap words)
_NAMED_DAYS_RE = re.compile(r"(?<![说表声证查标注透光文发鲜聪简阐申指公分高英精神清辨失照])(?:今、?明、?后|今、明|明、?后)(?=[两三]天|[两三]年)([两三][天年])")
# 第一期稻作, 第 2期稻作, 第2期作, 4期作, 1期作, 二期稻作 (the season; 二期水稻 names the crop the figures are of)
_CROP_SEASON_RE = re.compile(rf"(?:第\s?)?(?<![\d.])(?:\d|[一二两三四])\s?期(?=稻作|作(?![业用品为者战]))")
# 1亩约为667平方米, 1公顷等于1万平方米: the unit first at 1, then what it equals in another
_AREA_UNITS = r"(?:亩|公顷|平方公里|平方千米|平方米|平方公尺|英亩|坪|平方呎|平方英尺)"
_UNIT_DEFINITION_RE = re.compile(
    rf"(?<![\d.{_CN}])(?:1|一){_AREA_UNITS}(?:约|大约)?(?:为|等于|合|相当于|折合|=)(?:约)?"
    rf"\d+(?:\.\d+)?(?:万)?{_AREA_UNITS}")
# 最高百分之廿家庭, 最低的百分之二十家庭, 收入最高的20%人口, 最富有的10%家庭: the quantile group
_QUANTILE_RE = re.compile(
    rf"(?<=最高|最低|最富|最穷|富有|贫穷)的?(百分之[{_CN}]+|\d+(?:\.\d+)?%)的?"
    r"(?=家庭|住户|人口|群体|人群|纳税人|收入组|[户人](?![数均口次]))")


def named_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if ("≤" in norm or "≥" in norm or "≦" in norm or "≧" in norm or "<" in norm or ">" in norm) and ")" in norm:
        out += [m.span() for m in _SIGN_RE.finditer(norm) if _in_bracket(norm, m.start())]
    if ("两" in norm or "三" in norm) and ("明" in norm):
        out += [m.span(1) for m in _NAMED_DAYS_RE.finditer(norm)]
    if "期" in norm and "作" in norm:
        out += [m.span() for m in _CROP_SEASON_RE.finditer(norm)]
    if "亩" in norm or "公顷" in norm or "坪" in norm or "平方" in norm:
        out += [m.span() for m in _UNIT_DEFINITION_RE.finditer(norm)]
    if "最" in norm or "富有" in norm or "贫穷" in norm:
        out += [m.span(1) for m in _QUANTILE_RE.finditer(norm)]
    return out
