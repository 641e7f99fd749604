"""Shares written with a word after the number: 三成 (tenths) and 七折 (a price at a discount).

Both are percents (三成 → 30 %, 七折 → 70 %, 七五折 → 75 %); these checks say when the word is
no share at all but the start of another word (成立, 折合) or a number too large to be one.
打对折 (a price halved) is 50 % with no number at all: `halved_prices` reads it."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .builder import Builder

_TENTHS_WORDS = "立功果本员交都绩长效熟型品年群千片规体网语"
# a share's qualifier right before the numeral (超七成群众, 约三成员工, 近六成本地居民) makes 成 the tenths even before
# a character that starts a word with it (成群, 成员, 成本): only the verbs' words (成立, 成功, 成交, 成都 …) stay words
_SHARE_QUALIFIER_RE = re.compile(r"(?:超过|超過|超|近|逾|约|約|不足|不到|达|達|占|佔|接近|将近|將近|仅|僅|只有|过|過)$")
_VERB_WORDS = "立功交都长長熟型"
# 七折八扣 is a saying (cut after cut), not a 70 % price
_SAYING_AFTER_RE = re.compile(r"[一二三四五六七八九]扣")


def not_share_word(n: str, tok: str, name: str, value: Decimal, end: int) -> bool:
    if name == "成":
        return _not_tenths(n, tok, value, end)
    return _not_discount(n, tok, value, end)


def _not_tenths(n: str, tok: str, value: Decimal, end: int) -> bool:
    """三成 is 30 %, but 成立, 成功 … start a word, and 30成 is no share."""
    if value > 10 or value <= 0 or (not tok[0].isdigit() and len(tok) > 2 and "点" not in tok):   # 八点五成 = 85 %
        return True
    nxt = n[end:end + 1]
    if n.startswith("交易", end):              # 3成交易 is 30 % of the deals (成交 + 易 is no word)
        return False
    if nxt and nxt in _TENTHS_WORDS and nxt not in _VERB_WORDS \
            and _SHARE_QUALIFIER_RE.search(n, max(0, end - 1 - len(tok) - 2), end - 1 - len(tok)):
        return False                           # 超七成群众: 70 % of the people, no 成群
    return bool(nxt) and nxt in _TENTHS_WORDS


def _not_discount(n: str, tok: str, value: Decimal, end: int) -> bool:
    """七折, 8.5折, 七五折 and 75折 are discounts; 十折 is no discount, 百折 a saying, and a
    two-digit price share is a whole number (75折), never 12.5折."""
    if value <= 0 or value == 10 or value >= 100 or (value > 10 and value != value.to_integral_value()):
        return True
    return bool(_SAYING_AFTER_RE.match(n, end))


def halved_prices(b: Builder) -> None:
    """打对折 (打對折) is a price at 50 % of the list price: the 对折 is the discount (对折 alone also folds paper)."""
    k = b.norm.find("打对折")
    while k >= 0:
        b.add("percent", k + 1, k + 3, 50, unit="%")
        k = b.norm.find("打对折", k + 3)
