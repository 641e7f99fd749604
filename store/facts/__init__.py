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
_FROZEN_WHEN_LOADED: list[bool] = []  # [True] once the process's owner asked for it


def freeze_when_loaded() -> None:
    """For a program that owns its process (the factdesk command): the
    extractor it loads lives as long as the process, so it is loaded with
    the garbage collector paused, and what exists then is frozen (gc.freeze:
    later collections skip it; reference counting still frees what is let
    go).  Its some 300 modules and 1,300 patterns were otherwise walked by
    every collection an ingest made, and adding one article to a store made
    several.  Left to the owner: frozen in a program that imports the store
    as a library, objects of its own that later die in cycles would stay."""
    _FROZEN_WHEN_LOADED[:] = [True]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import gc
        import importlib

        from store.facts.compiled_patterns import cached_compiles

        freeze = bool(_FROZEN_WHEN_LOADED) and gc.isenabled()
        if freeze:
            gc.disable()
        try:
            with cached_compiles():  # the rules' patterns, compiled once per Python build
                value = getattr(importlib.import_module(_LAZY[name]), name)
        finally:
            if freeze:
                gc.freeze()
                gc.enable()
        globals()[name] = value
        return value
    raise AttributeError(f"module 'store.facts' has no attribute {name!r}")


__all__ = ["article_facts", "extract", "freeze_when_loaded"]
