"""Units named before the number instead of after it.

- A currency word right before a sum with no unit after it: 人民币3.14亿 (元), 港幣3.14 (港元), 美金500
  (美元) — as US$5 and HK$3.5 are read; a sum with its unit after it (人民币100元) keeps that unit and
  its surface.
- A temperature scale before the number and a degree sign after it: 摄氏37°, 華氏70° (a bare ° stays
  unread: 北纬53° is a latitude)."""

from __future__ import annotations

# (the text is normalized: 幣 → 币, 攝 → 摄, 華 → 华)
_CURRENCY_WORDS = {"人民币": "元", "港币": "港元", "美金": "美元", "新台币": "新台币元", "澳门币": "澳门元"}
_LAST = {w[-1] for w in _CURRENCY_WORDS}
_SCALES = {"摄氏": "摄氏度", "华氏": "华氏度"}


def currency_word_before(n: str, s: int) -> str | None:
    """The currency word ending right before s (one space may stand between), or None."""
    at = s - 1 if s >= 1 and n[s - 1] == " " else s
    if at < 2 or n[at - 1] not in _LAST:
        return None
    return next((w for w in _CURRENCY_WORDS if n.startswith(w, at - len(w))), None)


def currency_unit(written: str | None) -> str | None:
    """The unit of a sum whose currency was written before it (US$ stays as written)."""
    return _CURRENCY_WORDS.get(written, written) if written else None


def scale_degree(n: str, e: int) -> tuple[str, int] | None:
    """(unit, end) of a degree sign at e after a number written after a temperature scale."""
    if n[e:e + 1] != "°":
        return None
    k = e
    while k and (n[k - 1].isdigit() or n[k - 1] in ".-负"):
        k -= 1
    return (_SCALES[n[k - 2:k]], e + 1) if n[k - 2:k] in _SCALES else None
