"""What `e` exports: the facts matching the search, else the facts shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store import Fact, Store

    from tui.search_state import SearchState


@dataclass(frozen=True, slots=True)
class ExportTarget:
    what: str                          # for the dialog: "this article", "the search “产量”"
    count: int                         # facts that will be written
    stem: str                          # the file name's stem
    title: str                         # the Markdown heading
    read_facts: Callable[[], list[Fact]]  # run in the export worker


def export_target(store: Store, search: SearchState, shown: Sequence[Fact],
                  article: dict[str, Any] | None) -> ExportTarget:
    title = (article or {}).get("title") or ""
    if search.active and search.results:
        count = search.matched_fact_count()
        if count:
            # Read in the worker: the results' facts live in many shards.
            return ExportTarget(f"the search “{search.text}”", count, f"search-{search.text}", title or search.text,
                                partial(facts_of_results, store, list(search.results)))
    facts = list(shown)
    return ExportTarget("this article", len(facts), title or "article", title, lambda: facts)


def facts_of_results(store: Store, results: Sequence[dict[str, Any]]) -> list[Fact]:
    """The matching fact records of search results."""
    out: list[Fact] = []
    for result in results:
        if result.get("facts"):
            out.extend(result["facts"])
        elif result.get("fact_ids"):
            wanted = set(result["fact_ids"])
            out.extend(f for f in store.facts(result["article_id"]) if f.get("id") in wanted)
    return out
