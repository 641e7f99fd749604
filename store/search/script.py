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

The forms come char by char from OpenCC's character tables (STCharacters,
TSCharacters, TWVariants, HKVariants, shipped by opencc-purepy, pure Python):
the simplified form; its traditional form, each char taking the first of its
traditional candidates (台 -> 臺, 里 -> 裡); the same keeping a char that is
itself among its candidates (台, 里: the common Taiwan/Hong Kong spellings);
and Taiwan/Hong Kong variant chars (偽 for 僞).  Deduplicated, the term itself
first: at most MAX_SCRIPT_FORMS.  Char by char, a char of several traditional
forms takes those two (发 -> 發, not 髮: 头发 finds 頭發 but not 頭髮; typing
頭髮 finds 头发).  The tables are read on the first term that holds a Han char
(a few ms), never for Latin or digit terms, nor on import; should the
package's tables be missing, its converters (t2s, s2t, s2tw, s2hk; ~0.15 s
CPU to load) give the forms instead.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from store.search.normalize import normalize

MAX_SCRIPT_FORMS = 4  # the term and at most three other-script spellings
_CONFIGS = ("s2t", "s2tw", "s2hk")  # traditional forms of the simplified form
_lock = threading.Lock()
_tables: Any = None


def has_han(text: str) -> bool:
    """Whether `text` holds a CJK ideograph (the chars OpenCC converts)."""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0003134f"
               for c in text)


Tables = tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]


def _read(name: str, first_only: bool = True) -> dict[str, str]:
    from importlib.resources import files

    table = {}
    for line in (files("opencc_purepy") / "dicts" / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values:
            table[key] = values.split()[0] if first_only else values
    return table


def _load() -> Tables | dict[str, Any]:
    """(to simplified, to traditional (first), its candidates, TW/HK variants)
    from the tables; OpenCC's converters when the tables cannot be read."""
    global _tables
    with _lock:
        if _tables is None:
            try:
                variants = {**_read("HKVariants.txt"), **_read("TWVariants.txt")}
                st = _read("STCharacters.txt", first_only=False)
                _tables = (_read("TSCharacters.txt"), {k: v.split()[0] for k, v in st.items()}, st, variants)
            except (OSError, ModuleNotFoundError):
                from opencc_purepy import OpenCC
                _tables = {cfg: OpenCC(cfg) for cfg in ("t2s", *_CONFIGS)}
        return _tables


def warm() -> None:
    """Load the tables now."""
    _load()


def simplified_chars(text: str) -> str:
    """`text` with each traditional char simplified, one char for one (OpenCC's character table; the
    converter's whole-text form where the tables are missing)."""
    tables = _load()
    if isinstance(tables, dict):
        out = tables["t2s"].convert(text)
        return out if len(out) == len(text) else text
    to_s = tables[0]
    return "".join(to_s.get(c, c) for c in text)


def _char_forms(text: str, tables: Tables) -> list[str]:
    to_s, to_t, candidates, variants = tables
    simplified = "".join(to_s.get(c, c) for c in text)
    first = "".join(to_t.get(c, c) for c in simplified)
    kept = "".join(c if c in candidates.get(c, "").split() else to_t.get(c, c) for c in simplified)
    return [simplified, first, kept, "".join(variants.get(c, c) for c in first)]


@lru_cache(maxsize=1024)
def script_forms(text: str) -> tuple[str, ...]:
    """`text` (normalised) and its other-script forms, normalised, the term
    first, at most MAX_SCRIPT_FORMS; just (text,) when it holds no Han char."""
    if not has_han(text):
        return (text,)
    tables = _load()
    if isinstance(tables, dict):
        simplified = tables["t2s"].convert(text)
        others = [simplified, *(tables[cfg].convert(simplified) for cfg in _CONFIGS)]
    else:
        others = _char_forms(text, tables)
    forms = dict.fromkeys([text, *(normalize(f) for f in others)])
    forms.pop("", None)
    return tuple(forms)[:MAX_SCRIPT_FORMS]
