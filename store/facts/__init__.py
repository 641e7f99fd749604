"""Facts: numbers and units → normalised fact records with subject, period and change.

The extractor loads on first use: light neighbours (`store.facts.kinds`) are
imported by the search and series code at start-up, which must not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.facts.article import article_facts
    from store.facts.extractor import extract

_LAZY = {"article_facts": "store.facts.article", "extract": "store.facts.extractor"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        from store.facts.compiled_patterns import cached_compiles

        with cached_compiles():  # the rules' patterns, compiled once per Python build
            value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'store.facts' has no attribute {name!r}")


__all__ = ["article_facts", "extract"]
