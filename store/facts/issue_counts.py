"""Issues of a bond programme counted in 期: `分六期發行`, `分6期`, `首兩期`, `共發行三期`.

期 after a numeral is usually a tenor (`10年期`), an issue's name (`第四期`, a rank) or a
period (`一期工程`), so it is no general count unit; an issue count is read only in these
frames: after 分 (in N issues), after 首/前 (the first N issues, `首兩期` → 2 期, the
surface without 首 as labelled), or after 共/合共/共计 with a numeral and 期 closing
the phrase.  `首期` after a year and before the issue (`2024年首期120亿元人民币国债`, `今年首期国债`) is
a rank, the first issue (rank 1 期, as `第一期`); elsewhere `首期` is a down payment or a first phase
(`首期款`, `首期工程`) and no figure.

An issue plan (Taiwan's and the mainland's treasury calendars) also counts issues where 期 names a bond
right after it (`發行14期甲類公債`, `加計7期乙類公債`, `含2期乙類公債`, `两期人民币央行票据`), where a single
issue is issued (`1月發行1期`, `各發行1期`: one, after 發行 only — `前一期` is the issue before), and in the
bracket after a tenor that says how many issues it gets (`2年（3期，含…）`, `20年（2期）`).  第N期 and
`(六期)` after a bond's year stay the issue's name.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

# (the frame word is matched, not looked behind: a pattern opening with a literal is scanned fast)
_ISSUES_RE = re.compile(
    r"(?:分|首|前|共|共计|共計|发行了?|發行了?)(\d{1,2}|[二三四五六七八九十两]{1,3})期"
    r"(?!间|間|内|內|满|滿|限|货|貨|末|中|初|工程|项目|項目|房|楼|樓|刊|节目|節目)")


_BOND = (r"(?:公[债債]|[国國][债債]|[债債]券|票[据據]|央票|地方[债債]|存[单單]|[债債])")
_NUM = r"(\d{1,2}|[一二三四五六七八九十两兩]{1,3})"
# N期 with the bond it counts after it (a class word or two between: 甲類, 人民币央行)
_BOND_ISSUES_RE = re.compile(_NUM + r"期(?!间|間|内|內|满|滿|末|中|初|工程|项目|項目)"
                             r"(?=[^\s，。；、,;:：（）()\d第期发發的]{0,6}?" + _BOND + ")")
# one issue issued, and the issues of a tenor in the bracket after it
_ONE_ISSUED_RE = re.compile(r"(?:发行|發行)(1|一)期(?![间間内內满滿限货貨末中初]|工程|项目|項目)")
_TENOR_ISSUES_RE = re.compile(r"\d{1,2}年[（(]" + _NUM + r"期(?=[，,）)])")

# the bond a count of issues names after it (its subject): 7期乙類公債 → 乙類公債
_NAMED_BOND_RE = re.compile(r"(?<=[\d一二三四五六七八九十两兩])期([^\s，。；、,;:：（）()\d第期且及和与與]{0,6}?" + _BOND + ")")

_PART_RE = re.compile(r"(?:含|包括)[\d一二三四五六七八九十两兩]{1,3}$")

_FIRST_ISSUE_RE = re.compile(r"首期(?<=年首期)(?=\d|[一二三四五六七八九十]+[亿万]|人民[币幣]|[国國][债債]|特别[国國][债債]|[债債]券|专项[债債]|凭证式|储蓄|票据)")


def issue_counts(b: Builder) -> None:
    n = b.norm
    if "期" not in n:
        return
    if "首期" in n:
        for m in _FIRST_ISSUE_RE.finditer(n):
            b.add("rank", m.start(), m.end(), 1, unit="期")
    for m in _ISSUES_RE.finditer(n):
        p = parse_number(m.group(1))
        if p is None or p.value < 2:
            continue
        b.add("count", m.start(1), m.end(), int(p.value), unit="期")
    if not ("债" in n or "債" in n or "票" in n or "單" in n or "单" in n):
        return                               # an issue plan names its bonds somewhere
    for rx in (_BOND_ISSUES_RE, _ONE_ISSUED_RE, _TENOR_ISSUES_RE):
        for m in rx.finditer(n):
            s = m.start(1)
            if s and n[s - 1] in "第年度(（前上下本该該后後近每同首" and rx is _BOND_ISSUES_RE:
                continue                     # 第四期国债, 2023年一期债券, (六期)國債, 前一期国债: one issue named
            if s and n[s - 1].isdigit():
                continue
            p = parse_number(m.group(1))
            if p is not None and p.value >= 1:
                b.add("count", s, s + len(m.group(1)) + 1, int(p.value), unit="期")


def settle_issue_subjects(text: str, norm: str, facts: list[dict]) -> None:
    """A count of issues measures the bond it names after it (`7期乙類公債` → 乙類公債), else the bond the
    sentence named last before it (`合計發行21期公債，其中1月發行3期` → 公債), not the months or the rest."""
    for f in facts:
        if f["kind"] != "count" or f["unit"] != "期":
            continue
        s, e = f["start"], f["end"]
        if m := _NAMED_BOND_RE.match(norm, e - 1):
            f["subject"] = text[m.start(1):m.end(1)]
            continue
        lo = max(norm.rfind(c, 0, s) for c in "。！？!?\n") + 1
        named = [text[m.start(1):m.end(1)] for m in _NAMED_BOND_RE.finditer(norm, lo, s)
                 if not _PART_RE.search(norm, max(0, m.start() - 5), m.start())]   # (含2期乙類公債): a part
        if named:
            f["subject"] = named[-1]
