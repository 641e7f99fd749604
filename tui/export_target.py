"""What `e` exports: the facts matching the search, else the facts shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from tui.citation import with_source
from tui.search_state import names_no_fact, search_all
from store import counted

if TYPE_CHECKING:
    from store import Fact, Store, UnitTotal
    from tui.search_state import SearchState


Progress = Callable[[int, int], None]  # (articles read, of how many)


@dataclass(frozen=True, slots=True)
class ExportTarget:
    what: str                          # for the dialog: "12 facts of this article", "the facts of 1,592 articles …"
    count: int                         # facts (one article) or articles (a search) to export; 0: nothing
    stem: str                          # the file name's stem
    title: str                         # the Markdown heading
    read_facts: Callable[[Progress], list[Fact]]  # run in the export worker
    # A search with fact filters also exports its totals (count, sum, min, max per unit).
    read_totals: Callable[[], list[UnitTotal]] | None = None
    # What read_facts could not read (a damaged shard file): its facts are left out, and said.
    unreadable: list[str] = field(default_factory=list)


def export_target(store: Store, search: SearchState, shown: Sequence[Fact],
                  article: dict[str, Any] | None, kind: str | None = None) -> ExportTarget:
    """``shown``: the facts pane's rows (the search's facts of the article and
    the kind filter ``kind`` applied); a search exports every article's
    matching facts, of that kind when the pane is filtered to one."""
    title = (article or {}).get("title") or ""
    if search.active and search.results:
        # Every match, not the rows seen so far: read in the worker, since
        # the results' facts live in many shards.
        n = search.total
        results = search.results if search.complete or search.parsed is None else partial(
            lambda parsed: search_all(store, parsed, detail=0)["results"], search.parsed)
        of_kind = f" {kind}" if kind else ""
        found = f"all {n:,} articles" if n != 1 else "the one article"  # never "all 1 article"
        unreadable: list[str] = []
        return ExportTarget(f"the matching{of_kind} facts of {found} "
                            f"found by “{search.text}”",
                            n, f"search-{search.text}" + (f"-{kind}" if kind else ""), title or search.text,
                            partial(facts_of_results, store, results, kind=kind,
                                    every=names_no_fact(search.parsed), unreadable=unreadable),
                            partial(store.totals, search.parsed) if search.parsed is not None and search.parsed.filters
                            else None, unreadable)
    facts = with_source(list(shown), article)
    narrowed = " (the ones shown)" if kind or search.active else ""
    return ExportTarget(f"{counted(len(facts), 'fact')} of this article{narrowed}", len(facts), title or "article",
                        title, lambda progress: facts)


def facts_of_results(store: Store, results: Sequence[dict[str, Any]] | Callable[[], Sequence[dict[str, Any]]],
                     progress: Progress, kind: str | None = None, every: bool = False,
                     unreadable: list[str] | None = None) -> list[Fact]:
    """The matching fact records of search results (a facts filter keeps
    some of an article's facts; a text search, those its terms hit; with
    ``every``, a query of article fields alone such as date:2025-11, all of
    them: it matched no fact, and exported none); the results are fetched
    here when only the first page had come.  With ``unreadable``, an article
    a damaged file keeps from being read is left out and the damage said
    there once, instead of the whole answer failing with it."""
    from store import CorruptStoreError

    if callable(results):
        results = results()
    out: list[Fact] = []
    total = len(results)
    for n, result in enumerate(results, 1):
        wanted = set(result.get("fact_ids") or ()) | {f.get("id") for f in result.get("facts") or ()}
        if wanted or every:
            try:
                # The article too: its title, publication, date, URL and sentences go with its facts.
                article = store.article(result["article_id"])
                facts = store.facts(result["article_id"])
            except CorruptStoreError as err:
                if unreadable is None:
                    raise
                if str(err) not in unreadable:
                    unreadable.append(str(err))
                continue
            out.extend(with_source([f for f in facts
                                    if (every or f.get("id") in wanted) and kind in (None, f.get("kind"))], article))
        if n % 200 == 0 or n == total:
            progress(n, total)
    return out
