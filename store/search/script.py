"""Simplified and traditional forms of a search term.

Chinese news is written in either script (mainland papers in simplified,
Hong Kong, Taiwan and Macao papers mostly in traditional), and analysts type
either.  The index stores text as written; a query term holding a Han char is
instead widened at query time to its other-script forms, each searched
exactly like the term itself (so the index format is unchanged and the file
and PostgreSQL stores, and the highlighting, all match alike):

    增长        -> 增长, 增長
    國內生產總值 -> 國內生產總值, 国内生产总值
    台湾        -> 台湾, 臺灣, 台灣   (both traditional spellings of 台)

The forms come from OpenCC's dictionaries (opencc-purepy, pure Python):
the simplified form (t2s) and the standard, Taiwan and Hong Kong traditional
forms of that (s2t, s2tw, s2hk), deduplicated: at most MAX_SCRIPT_FORMS per
term, the term itself first.  OpenCC is imported on the first term that holds
a Han char (about 0.1 s of CPU, once per process), never for Latin or digit
terms, nor on import.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from store.search.normalize import normalize

MAX_SCRIPT_FORMS = 4  # the term and at most three other-script spellings
_CONFIGS = ("s2t", "s2tw", "s2hk")  # traditional forms of the simplified form
_lock = threading.Lock()
_converters: dict[str, Any] | None = None


def has_han(text: str) -> bool:
    """Whether `text` holds a CJK ideograph (the chars OpenCC converts)."""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0003134f"
               for c in text)


def _load() -> dict[str, Any]:
    global _converters
    with _lock:
        if _converters is None:
            from opencc_purepy import OpenCC
            _converters = {cfg: OpenCC(cfg) for cfg in ("t2s", *_CONFIGS)}
        return _converters


def warm() -> None:
    """Load the converters now (the app does so off the UI thread)."""
    _load()


@lru_cache(maxsize=1024)
def script_forms(text: str) -> tuple[str, ...]:
    """`text` (normalised) and its other-script forms, normalised, the term
    first, at most MAX_SCRIPT_FORMS; just (text,) when it holds no Han char."""
    if not has_han(text):
        return (text,)
    conv = _load()
    simplified = conv["t2s"].convert(text)
    forms = dict.fromkeys([text, normalize(simplified)])
    for cfg in _CONFIGS:
        forms[normalize(conv[cfg].convert(simplified))] = None
    forms.pop("", None)
    return tuple(forms)[:MAX_SCRIPT_FORMS]
