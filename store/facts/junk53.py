"""Numbers of unlabelled statistics, results and bond text that name a thing rather than measure it (cov53).

- a formula's factor (`基差率 = 主力基差/现货价格 * 100%`): the 100 % turns a ratio into a percent in a definition,
  no share of anything;
- the tenors of a list of bonds named before the bond (`7年、10年债券中标利率`, `发行7年、10年国债`): each item is the
  tenor naming the bond, as `10年期国债` is (the conventions' tenors: part of the name), no span of 7 years.
"""

from __future__ import annotations

import re

# (an = before it in the clause, then a product sign: the definition's factor)
_FORMULA_FACTOR_RE = re.compile(r"[=＝][^。；;\n]{1,48}?[*×✕]\s?(100\s?[%％])")
_BOND = (r"(?:国债|國債|债券|債券|地方债|地方債|政府债|政府債|国开债|國開債|农发债|農發債|进出口债|進出口債|金融债|金融債|"
         r"企业债|企業債|公司债|公司債|美债|美債|特别国债|特別國債)")
# (a tenor, then more after 、/和/及, the last right before the bond's name)
_TENOR_LIST_RE = re.compile(rf"(?<![\d.])(\d{{1,2}}年期?)(?=(?:\s?[、和及与與]\s?\d{{1,2}}年期?)*\s?{_BOND})")


def junk53_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "100" in norm and ("*" in norm or "×" in norm or "✕" in norm):
        out += [m.span(1) for m in _FORMULA_FACTOR_RE.finditer(norm)]
    if "年" in norm and ("债" in norm or "債" in norm):
        out += [m.span(1) for m in _TENOR_LIST_RE.finditer(norm)]
    return out
