"""The search the user is running: its text, the query parsed once, and the
results that came back for it.

The parsed query is what the store searches with and what the reader
highlights with, so a keystroke parses the text once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store import Fact, Query

SNIPPET_RESULTS = 50  # results that get snippets (the list shows titles only)
FIRST_PAGE = 500      # results a keystroke waits for; the rest come once typing pauses
ALL_RESULTS_AFTER = 0.6  # seconds without a keystroke before every match is fetched

Spans = list[tuple[str, int, int]]  # (where, start, end)
Result = dict[str, Any]


class Results(Sequence[dict[str, Any]]):
    """Every match of a search, built row by row as the list shows it: the
    store hands back a lazy sequence, so 100,000 matches cost nothing until
    they are scrolled to (or exported)."""

    def __init__(self, hits: Sequence[dict[str, Any]], dates: dict[str, str | None]) -> None:
        self.hits, self.dates = hits, dates
        self.seen: dict[str, Result] = {}  # article id -> its row, for every row built so far
        self._rows: dict[int, Result] = {}

    def __len__(self) -> int:
        return len(self.hits)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        row = self._rows.get(index)
        if row is None:
            hit = self.hits[index]
            row = {**hit, "id": hit["article_id"], "date": hit.get("date") or self.dates.get(hit["article_id"])}
            self._rows[index] = self.seen[row["id"]] = row
        return row


@dataclass
class SearchState:
    """Empty text means no search: the list shows the whole catalog."""

    text: str = ""
    parsed: Query | None = None
    results: Sequence[Result] = field(default_factory=list)
    total: int = 0
    error: str = ""

    @property
    def active(self) -> bool:
        return bool(self.text)

    @property
    def complete(self) -> bool:
        """Every match is in ``results`` (not only the first page)."""
        return len(self.results) >= self.total

    def start(self, text: str) -> None:
        """A new text was typed: what came back for the old one is void."""
        self.text, self.parsed, self.results, self.total, self.error = text, None, [], 0, ""

    def accept(self, text: str, parsed: Query, result: dict[str, Any], dates: dict[str, str | None]) -> bool:
        """Take the results of a search; False when the text has moved on."""
        if text != self.text:
            return False
        self.parsed = parsed
        self.results = Results(result.get("results", []), dates)
        self.total = int(result.get("total", len(self.results)))
        return True

    def fail(self, text: str, error: str) -> bool:
        if text != self.text:
            return False
        self.results, self.total, self.error = [], 0, error
        return True

    def result_for(self, article_id: str | None) -> Result | None:
        """The row of an article the list has shown (the one opened always was)."""
        if isinstance(self.results, Results):
            return self.results.seen.get(article_id or "")
        return next((r for r in self.results if r.get("article_id") == article_id), None)

    def narrow(self, facts: Sequence[Fact], article_id: str | None) -> list[Fact]:
        """An article's facts that matched the search (all of them when none did)."""
        result = self.result_for(article_id) if self.active else None
        if not result:
            return list(facts)
        ids = set(result.get("fact_ids") or ()) | {f.get("id") for f in result.get("facts") or ()}
        matched = [f for f in facts if f.get("id") in ids]
        return matched or list(facts)



def names_no_fact(parsed: Query | None) -> bool:
    """A query that picks articles alone (date:, pub:, source:, -exclusions):
    every fact of an article it finds is one of its facts, as the facts pane
    shows them."""
    return parsed is not None and not parsed.groups and not parsed.filters


def excluded_only(parsed: Query | None) -> list[str]:
    """The terms of a query that only leaves articles out (``-广告 -招聘``);
    [] for any other.  Such a query finds every article without them, which
    reads as a broken search unless it is said."""
    if parsed is None or not parsed.exclude or parsed.groups or parsed.filters or parsed.articles:
        return []
    return list(dict.fromkeys(term.raw or term.text for term in parsed.exclude))


def without(terms: Sequence[str]) -> str:
    """``without 广告 or 招聘``: what a query of exclusions only leaves."""
    return "without " + " or ".join(terms)


def nothing_without(terms: Sequence[str], text: str) -> str:
    """Why a query of exclusions only found nothing, and what to do."""
    some = "any of " if len(terms) > 1 else ""
    return (f"Every article has {some}{'、'.join(terms)}: a query of -exclusions only leaves articles out. "
            f"Add what to look for, e.g. “kind:money {text}”.")


def asks_no_word(parsed: Query | None) -> str | None:
    """What a query of filters or fields alone (``>0.3pp``, ``kind:points``,
    ``date:2030``) asked that nothing met: ``"fact"`` or ``"article"``; None
    for a query with a word to look for.  "Try the pinyin … changshou" under
    such a query suggested a word to someone who had asked for a figure."""
    if parsed is None or parsed.groups or parsed.exclude or not (parsed.filters or parsed.articles):
        return None
    return "fact" if parsed.filters else "article"


def unit_hint(parsed: Query | None) -> str:
    """For a query of filters that found nothing: the units it asked for,
    as words to check.  >0.3ppp, >1yi and >1万屯 (吨 mistyped) asked for a
    unit no fact has and were told only that no fact met them."""
    units = list(dict.fromkeys(f.unit for f in (parsed.filters if parsed is not None else ()) if f.unit))
    if not units:
        return ""
    named = "、".join(f"'{u}'" for u in units[:3])
    return (f"; is {named} a unit the facts write (吨, 辆, 元/股; points are 0.3pp, percents 3%, "
            f"amounts 1亿 or 1亿元)?")


NO_RESULTS = "No articles match “{text}”. Try the pinyin or a filter, e.g. “changshou” or “kind:money >1亿”. Escape clears."
NO_RESULTS_NO_PINYIN = ("No articles match “{text}”. Pinyin is off until the search index is built again "
                        "(see the Store notice): try a word or a filter, e.g. “kind:money >1亿”. Escape clears.")
# A Latin word that found nothing was read as pinyin already: suggesting
# pinyin (changshou) to someone who typed changshou sent them in a circle.
# Pinyin spells the archive's vocabulary (words of titles, headings, fact
# subjects and leads), not every word of every body.
NO_RESULTS_PINYIN_READ = ("No articles match “{text}”. Pinyin finds the words of titles, headings, fact subjects "
                          "and leads; type the word in Chinese to search the whole text, or try a filter such as "
                          "“kind:money >1亿”. Escape clears.")
# Part of the store was not searched (no usable index, or one far behind,
# and no time to read the rest: store.db.indexing): nothing found is no "no match".
NOTHING_IN_PART = ("Nothing matches “{text}” in the articles searched; the others were not searched "
                   "(see the Store notice). Escape clears.")
QUOTED_QUERY = 60  # cells of the query a message repeats (a long one would fill the list)


def no_results(text: str, parsed: Query | None, pinyin: bool = True, partial: bool = False) -> str:
    """What the list says when a search finds nothing (``pinyin``: whether
    the search read Latin terms as pinyin; without the index it does not,
    and suggesting changshou there would send the user after nothing;
    ``partial``: whether it left part of the store unsearched)."""
    from tui.wrap import ellipsize

    if partial:
        return NOTHING_IN_PART.format(text=ellipsize(text, QUOTED_QUERY))
    if left := excluded_only(parsed):
        return nothing_without(left, ellipsize(text, QUOTED_QUERY)) + " Escape clears."
    if asked := asks_no_word(parsed):
        every = " (its filters all hold for the same fact)" if asked == "fact" else ""
        return f"No {asked} matches “{ellipsize(text, QUOTED_QUERY)}”{every}{unit_hint(parsed) or '.'} Escape clears."
    if not pinyin:
        return NO_RESULTS_NO_PINYIN.format(text=ellipsize(text, QUOTED_QUERY))
    return (NO_RESULTS_PINYIN_READ if spells_pinyin(parsed) else NO_RESULTS).format(text=ellipsize(text, QUOTED_QUERY))


def spells_pinyin(parsed: Query | None) -> bool:
    """Whether the query looks for a Latin word, which a search also reads as pinyin."""
    return parsed is not None and any(term.latin for term in parsed.positive_terms())


def reads_pinyin(store: Any) -> bool:
    """Whether the store's last search read Latin terms as pinyin (a store
    that cannot say, such as PostgreSQL's, always does)."""
    method = getattr(store, "searches_pinyin", None)
    return True if method is None else bool(method())


def asks_nothing(text: str) -> bool:
    """Whether a search text holds nothing to look for (blanks, ``""``): the
    app then shows everything, as for no search, instead of "no match".
    (Told from the text alone: the query is parsed once, by the search.)"""
    return not text.replace('"', "").replace("“", "").replace("”", "").strip()


def search(store: Any, text: str) -> tuple[Query, dict[str, Any]]:
    """Parse the text once and search with it (in a worker: it reads the index):
    the first page of matches, with the exact total.  Fact ids only: the
    facts of the article shown are read when it opens."""
    from store import parse_query

    parsed = parse_query(text)
    return parsed, store.search(parsed, limit=FIRST_PAGE, facts=False, detail=SNIPPET_RESULTS)


def search_all(store: Any, parsed: Query, detail: int = SNIPPET_RESULTS) -> dict[str, Any]:
    """Every match (limit 0: a store may build the rows lazily, as they are read)."""
    return store.search(parsed, limit=0, facts=False, detail=detail)


def hits_in(store: Any, article: dict[str, Any], query: Query) -> Spans:
    """Where the query hits the article's title and body, for the reader."""
    spans: Spans = [("title", s, e) for s, e in store.hit_spans(article.get("title") or "", query)]
    spans += [("body", s, e) for s, e in store.hit_spans(article.get("body") or "", query)]
    return spans
