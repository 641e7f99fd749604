"""The order of the article list: by date (newest first by default),
title, publication (grouped under a header per publication) or number of
facts, either way round.  Titles and publications go in pinyin order, as a
Chinese reader looks for them (code points put 中 before 乙)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from store import pinyin_order

Entry = dict[str, Any]

# field -> (the list's wording, descending by default)
FIELDS: dict[str, tuple[str, bool]] = {
    "date": ("date", True),
    "title": ("title", False),
    "publication": ("publication", False),
    "facts": ("number of facts", True),
}
NO_PUBLICATION = "(no publication)"


@dataclass
class ArticleOrder:
    field: str = "date"
    descending: bool = True

    def next_field(self) -> None:
        names = list(FIELDS)
        self.field = names[(names.index(self.field) + 1) % len(names)]
        self.descending = FIELDS[self.field][1]

    def reverse(self) -> None:
        self.descending = not self.descending

    def describe(self) -> str:
        if self.field == "date":
            return "newest first" if self.descending else "oldest first"
        if self.field == "facts":
            return "most facts first" if self.descending else "fewest facts first"
        return f"by {FIELDS[self.field][0]}, {'Z→A' if self.descending else 'A→Z'}"

    def arrange(self, catalog: list[Entry]) -> list[tuple[str | None, Entry]]:
        """(group header or None, entry) in display order; a header starts
        each publication's group when ordered by publication."""
        if self.field == "publication":
            # Publication as asked; newest first within each.
            by_date = sorted(catalog, key=_date, reverse=True)
            ordered = sorted(by_date, key=lambda e: _collated(_publication(e)), reverse=self.descending)
            out: list[tuple[str | None, Entry]] = []
            last = None
            for entry in ordered:
                name = _publication(entry)
                out.append((name if name != last else None, entry))
                last = name
            return out
        return [(None, e) for e in self.sort(catalog)]

    @property
    def grouped(self) -> bool:
        """Whether the list has a header row before each group."""
        return self.field == "publication"

    def sort(self, catalog: list[Entry]) -> list[Entry]:
        """The entries in display order, without group headers."""
        if self.grouped:
            return [e for _, e in self.arrange(catalog)]
        key = {"date": _date, "title": lambda e: _collated(_title(e)), "facts": _facts}[self.field]
        return sorted(catalog, key=key, reverse=self.descending)


def _date(entry: Entry) -> str:
    return entry.get("date") or ""  # undated articles last when newest first


def _title(entry: Entry) -> str:
    return " ".join((entry.get("title") or "").split())


@lru_cache(maxsize=500_000)
def _collated(text: str) -> tuple[str, str]:
    # Cached: a list re-sorted (s, S, a reload) needs each title's key again.
    return pinyin_order(text)


def _publication(entry: Entry) -> str:
    return entry.get("publication") or NO_PUBLICATION


def _facts(entry: Entry) -> int:
    return int(entry.get("n_facts") or 0)
