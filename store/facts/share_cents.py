"""Earnings or loss per share in cents written 分, as Hong Kong-listed companies' mainland-style
results put it: `每股基本亏损为94.82分` is −94.82 分 (a loss is a negative figure, as `每股虧損2.34仙`
is), `每股盈利12.5分` 12.5 分.  分 after a number is otherwise minutes, a score or a point (`3分钟`,
`168.50分`), so it is money only in this frame: 每股, an earnings or loss word, the number — or wherever 人民币 names it
(`每股盈利减少35.5%至约人民币31.79分(二零一九年:人民币49.25分)`: a sum of renminbi cents, never minutes).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder

_CENTS_RE = re.compile(r"每股(?:基本|摊薄|攤薄|普通股)?(亏损|虧損|盈利|收益|盈餘|盈余|溢利)(?:为|為|是)?\s*(约|約)?\s*"
                       r"(?:人民币|人民幣)?\s*(-?\d+(?:\.\d+)?)分(?![钟鐘])")   # 每股基本亏损约人民币2.01分
_LOSS = ("亏损", "虧損")
_RMB_CENTS_RE = re.compile(r"(约|約)?\s*(?:人民币|人民幣)\s*(\d+(?:\.\d+)?)分(?![钟鐘数數])")


def share_cents(b: Builder) -> None:
    n = b.norm
    if "每股" not in n or "分" not in n:
        return
    for m in _CENTS_RE.finditer(n):
        value = Decimal(m.group(3))
        if m.group(1) in _LOSS and value > 0:
            value = -value
        b.add("money", m.start(3), m.end(), value, unit="分", qualifier="约" if m.group(2) else None)
    if "人民" in n:
        for m in _RMB_CENTS_RE.finditer(n):
            if b.free(m.start(2), m.end()):
                b.add("money", m.start(2), m.end(), Decimal(m.group(2)), unit="分", qualifier="约" if m.group(1) else None)
