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

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from store.search.normalize import normalize

MAX_SCRIPT_FORMS = 4  # the term and at most three other-script spellings
_CONFIGS = ("s2t", "s2tw", "s2hk")  # traditional forms of the simplified form
# A number with thousands separators (4,759.72, as the app shows values) and
# the same number without them (4759.72, as news mostly writes it) are one
# figure: each is also searched as the other.  A four-digit number before 年
# (or a bare 1900–2099) is a year, never grouped.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_PLAIN = re.compile(r"(?<![\d.,])[1-9]\d{3,}(?![\d,])")
_lock = threading.Lock()
_tables: Any = None


def has_han(text: str) -> bool:
    """Whether `text` holds a CJK ideograph (the chars OpenCC converts)."""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0003134f"
               for c in text)


Tables = tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]


def _dicts() -> Any:
    """The folder of opencc-purepy's tables, found without importing the
    package: its import loads the converters, which cost more than the
    tables these forms are read from."""
    from importlib.util import find_spec

    spec = find_spec("opencc_purepy")
    if spec is None:
        raise ModuleNotFoundError("opencc_purepy")
    if spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations))) / "dicts"
        if folder.is_dir():
            return folder
    from importlib.resources import files  # a package in a zip file and the like

    return files("opencc_purepy") / "dicts"


def _read(name: str, first_only: bool = True) -> dict[str, str]:
    table = {}
    for line in (_dicts() / name).read_text(encoding="utf-8").splitlines():
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
    return text.translate(_simplifying(tables[0]))


_simplifying_table: tuple[dict[str, str], dict[int, str]] | None = None   # (the table read, keyed by code point)


def _simplifying(to_s: dict[str, str]) -> dict[int, str]:
    """The simplified-char table keyed by code point, as str.translate reads it: the char by char
    mapping then runs in C (the subject rules simplify a phrase for every figure)."""
    global _simplifying_table
    if _simplifying_table is None or _simplifying_table[0] is not to_s:
        _simplifying_table = (to_s, {ord(k): v for k, v in to_s.items()})
    return _simplifying_table[1]


def _char_forms(text: str, tables: Tables) -> list[str]:
    to_s, to_t, candidates, variants = tables
    simplified = "".join(to_s.get(c, c) for c in text)
    first = "".join(to_t.get(c, c) for c in simplified)
    kept = "".join(c if c in candidates.get(c, "").split() else to_t.get(c, c) for c in simplified)
    return [simplified, first, kept, "".join(variants.get(c, c) for c in first)]


@lru_cache(maxsize=1024)
def script_forms(text: str) -> tuple[str, ...]:
    """`text` (normalised) and its other-script forms, normalised, the term
    first, at most MAX_SCRIPT_FORMS (and its number written with or without
    thousands separators: number_form); just (text,) when it holds no Han
    char or number."""
    number = number_form(text)
    forms = _script_forms(text)
    return forms if number is None else (text, number, *forms[1:])


def number_form(text: str) -> str | None:
    """`text` with its numbers' thousands separators removed (4,759.72 →
    4759.72) or, when it has none, put in (1540万股 → 1,540万股); None when
    it holds no number of four digits or more."""
    if "," in text and _GROUPED.search(text):
        return _GROUPED.sub(lambda m: m.group().replace(",", ""), text)
    grouped = _PLAIN.sub(lambda m: m.group() if _year(text, m) else f"{int(m.group()):,}", text)
    return grouped if grouped != text else None


def _year(text: str, m: re.Match[str]) -> bool:
    """A four-digit number before 年, or a bare 1900–2099: a year."""
    digits = m.group()
    return len(digits) == 4 and (text.startswith("年", m.end())
                                 or (m.end() == len(text) and 1900 <= int(digits) <= 2099))


def _script_forms(text: str) -> tuple[str, ...]:
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
