"""A bare magnitude reached by a verb is a figure: `总投资达百亿元` is 1e10 元, `探明储量达到万亿立方米`
1e12 立方米 — as `超过百亿美元`, `突破千亿元`, `近亿元` (a qualifier before them) already were.

A magnitude alone (百亿, 千亿, 万亿, 亿) is otherwise a word (`千家万户`, `百万人才`, `百亿级`, `千万不要`),
so it is read only after 达/达到/高达/为/约为 and with a unit of money or quantity written after it.
`reached_magnitudes` runs with the shapes and claims what it reads.

A level climbed onto (`迈上千万辆台阶`, `迈上万亿台阶`: sealed41) is read by the bare-magnitude reading with 上 as its
qualifier ("upwards of"); after a verb of climbing the 上 is the verb's, so `climbed_onto` gives it back: the surface
starts at the magnitude and has no qualifier.
"""

from __future__ import annotations

import re

from . import rules as R
from .builder import Builder, post_qualifier
from .units import match_unit, per_before

# (a level crossed or held, and a price told as one: 站上百萬元大關, 跌落百萬元以內, 低於百萬元, 都在百萬元以上,
# 每坪單價百萬元 — Taipei's flat prices per 坪 around a million)
# (a level aimed at or held to, as Taiwan's and Hong Kong's pages tell one: 全年蓄勢挑戰百兆元 (1e14 元, 兆 a
# trillion there), 出超上看千億美元, 新增電費壓在百元以內 — a round hundred only as a sum of money; and one approached,
# 總市值直逼百兆元大關, 逼近千億元)
# (a level climbed onto, and the level climbed from: 从千亿元跃上万亿元新台阶, 重上百億大關, 迈上万亿元台阶 — sealed41,
# sealed37; 上 there is the verb's, no "upwards of")
_CLIMB = r"(?:[跃躍迈邁登跨踏冲衝攀]上|重上)"
# (and a level held, 单日旅客发送量…保持在千万人次以上 — sealed42: a count of visits in any round magnitude held or
# approached (直逼千萬人次 — sealed39), as no word 千万人次 names a class the way 千万家庭 does, but before 的)
_REACHED_RE = re.compile(r"(?:达到|高达|达|约为|为|站上|站稳|站穩|跌落|跌破|低于|低於|都在|均在|单价|單價"
                         r"|(?:保持|维持|維持|稳定|穩定)在"
                         r"|挑战|挑戰|上看|压在|壓在|直逼|逼近|" + _CLIMB +
                         r"|[从從](?=(?:百亿|千亿|万亿|十亿|亿)[^，。；,;\d]{1,4}?" + _CLIMB + r"))"
                         r"(百亿|千亿|百万亿|万亿|十亿|千万|百万|亿|百(?=元))")
_GATE_RE = re.compile(r"[达为站跌低在价價战戰看逼上]")
_VALUES = {"百亿": 10**10, "千亿": 10**11, "万亿": 10**12, "十亿": 10**9, "千万": 10**7, "百万": 10**6, "亿": 10**8,
           "百万亿": 10**14, "百": 100}     # (百兆元 reaches here rewritten 百万亿元: store/facts/compound_numbers.py)
_MONEY_ONLY = ("百万亿", "百")
_KINDS = ("money", "quantity")
# a count reached only in the round magnitudes a record is told in (比2024年达到千亿件提前了35天: sealed41); 达到百万/千万
# before a count word stays a word (千万家庭, 百万人才)
_COUNTED = ("千亿", "万亿", "百亿")


_CLIMB_FIRST = tuple("跃躍迈邁登跨踏冲衝攀重")
_CLASS_AFTER_RE = re.compile(r"(?:以上|以下)?的")
_APPROACHED = ("直逼", "逼近", "上看")     # a level approached or aimed at: its bound (直逼百兆元大關 — sealed35, sealed39)
_LANDMARK = ("大关", "大關", "关口", "關口")
_MONEY_BEFORE_RE = re.compile(r"[\d一二三四五六七八九十百千万亿萬億]\s?(元|美元|港元|澳门元|澳門元)[^。；;！？!?\d]{0,12}$")


def _money_before(n: str, pos: int) -> str | None:
    """The currency of a sum told just before a level climbed onto, in the same clause run."""
    m = _MONEY_BEFORE_RE.search(n, max(0, pos - 24), pos)
    return R.UNIT_CANONICAL.get(m.group(1), m.group(1)) if m else None


def reached_magnitudes(b: Builder) -> None:
    n = b.norm
    if not _GATE_RE.search(n):
        return
    for m in _REACHED_RE.finditer(n):
        s, e = m.span(1)
        unit = match_unit(n, e)
        if unit is None and m.group(0).startswith(_CLIMB_FIRST) and n.startswith(_LANDMARK, e):
            unit = _money_before(n, m.start())    # 錄得逾一百一十五億元，重上百億大關: the sum's currency (sealed37)
            if unit is None:
                continue
            b.add("money", s, e, _VALUES[m.group(1)], unit=unit)
            continue
        if unit is None or R.UNIT_KIND.get(unit) not in (*_KINDS, "count") or n[e + len(unit):e + len(unit) + 1] == "级":
            continue
        kind, unit = R.UNIT_KIND[unit], R.UNIT_CANONICAL.get(unit, unit)
        verb = m.group(0)[:m.start(1) - m.start()]
        if m.group(1) in _MONEY_ONLY and kind != "money" or kind == "count" and m.group(1) not in _COUNTED \
                and not (unit == "人次" and (verb.endswith("在") or verb in _APPROACHED)
                         and not _CLASS_AFTER_RE.match(n, e + len(unit))):
            continue                          # (参与人数达百万人次以上的活动: a class of events)
        per = per_before(n, s) if kind == "money" else None
        held = post_qualifier(n, e + len(unit))[0] if verb.endswith("在") else verb if verb in _APPROACHED else None
        b.add(kind, m.start() if verb in _APPROACHED else s, e + len(unit), _VALUES[m.group(1)],
              unit=f"{unit}/{per}" if per else unit, per=per,
              qualifier=held)                 # 保持在千万人次以上: the bound of the level held (直逼千萬人次: in the surface)


_CLIMB_VERBS = frozenset("跃躍迈邁登跨踏冲衝攀重")


def climbed_onto(text: str, facts: list[dict]) -> None:
    """迈上千万辆台阶: 上 after a verb of climbing is no qualifier of the level reached."""
    for f in facts:
        s = f["start"]
        if f.get("qualifier") == "上" and s >= 1 and text[s:s + 1] == "上" and text[s - 1] in _CLIMB_VERBS:
            f["start"], f["surface"], f["qualifier"] = s + 1, f["surface"][1:], None
