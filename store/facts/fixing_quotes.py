"""Exchange rates quoted pair by pair, as the daily fixing is released: `1美元对人民币6.8109元`,
`100日元对人民币4.2419元`, `人民币1元对0.54139阿联酋迪拉姆`.

The quote is an exchange rate: kind index, its unit the quote currency per the base amount (元/美元,
元/100日元, 阿联酋迪拉姆/元), as tests/gold/README.md labels fixings (`163日元` → index 日元/美元).
The base amount (1美元, 100日元, 人民币1元) states no figure.  Read as sums of money they were a
rate copied as "0.54139 阿联酋迪拉姆" and an amount of 1 美元 beside it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

Fact = dict[str, Any]

# the pair's verb, the quote currency named after it or not (`1美元兌新台幣31.6元`, Taiwan's guidance: junk37,
# sealed36's trap; `1美元兑换7.1元`)
_BETWEEN_RE = re.compile(r"(?:对|兑|對|兌)(?:换|換)?(?:人民币|人民幣|新台币|新台幣|新臺幣|台币|台幣|臺幣|港币|港幣)?")
_BASE_AMOUNTS = (1, 10, 100, 1000, 10000)


def fixing_quotes(norm: str, facts: list[Fact]) -> list[Fact]:
    """The facts with each quoted pair's base amount left out and its quote read as a rate."""
    if "对" not in norm and "兑" not in norm and "對" not in norm and "兌" not in norm:
        return facts
    bases: set[int] = set()
    for i in range(len(facts) - 1):
        base, quote = facts[i], facts[i + 1]
        if base["kind"] != "money" or quote["kind"] != "money" or i in bases:
            continue
        if not _BETWEEN_RE.fullmatch(norm[base["end"]:quote["start"]].strip()) or base.get("qualifier") or quote.get("qualifier"):
            continue
        amount, unit, quoted = base.get("value"), base.get("unit"), quote.get("unit")
        if not unit or not quoted or unit == quoted or base.get("per") or quote.get("per") \
                or not isinstance(amount, (int, Decimal)) or amount not in _BASE_AMOUNTS:
            continue
        per = unit if amount == 1 else f"{amount}{unit}"
        quote.update(kind="index", unit=f"{quoted}/{per}", per=per, change=None, change_word=None)
        bases.add(i)
    return [f for i, f in enumerate(facts) if i not in bases] if bases else facts
