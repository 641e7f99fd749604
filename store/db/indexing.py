"""Keeping the search index in step with the store.

The index lives in ``<store>.d/index`` and carries the token of the
committed state it was built from; a commit updates it in place when it was
current, and otherwise it is rebuilt when next needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypedDict

from store.db.transaction import make_sidecar, write_lock
from store.errors import StoreError
from store.records import Article, Fact, Section

if TYPE_CHECKING:
    from store.search.index import SearchIndex


class IndexDoc(TypedDict):
    """What the search index is built from: one article and its facts."""

    id: str
    title: str
    body: str
    date: str | None
    sections: list[Section]
    facts: list[Fact]


def index_doc(article: Article, facts: list[Fact]) -> IndexDoc:
    return {"id": article["id"], "title": article["title"], "body": article["body"],
            "date": article.get("date"), "sections": article.get("sections", []), "facts": facts}


class IndexedStore(Protocol):
    """What index upkeep needs of the store."""

    path: Path
    dir: Path

    @property
    def token(self) -> str: ...
    def refresh_if_changed(self) -> bool: ...


class IndexKeeper:
    """Opens, rebuilds and updates one store's search index."""

    def __init__(self, store: IndexedStore, docs: Callable[[Iterable[str] | None], Iterator[IndexDoc]]) -> None:
        self._store = store
        self._docs = docs
        self.index: SearchIndex | None = None  # open and current, or None

    @property
    def directory(self) -> Path:
        return self._store.dir / "index"

    def current(self) -> SearchIndex:
        """The search index, opened (or rebuilt when missing or stale)."""
        if self.index is not None and self.index.token == self._store.token:
            return self.index
        from store.search.index import IndexStale, SearchIndex

        try:
            self.index = SearchIndex.open(self.directory, token=self._store.token)
        except IndexStale:
            self.index = self.rebuild()
        return self.index

    def rebuild(self) -> SearchIndex:
        """Rebuild from the articles, under the write lock so that no commit
        can slip in between reading them and writing the index."""
        from store.search.index import SearchIndex

        make_sidecar(self._store.dir)
        with write_lock(self._store.path):
            self._store.refresh_if_changed()
            SearchIndex.sweep(self.directory)
            try:
                self.index = SearchIndex.rebuild(self.directory, self._docs(None), self._store.token)
            except OSError as err:  # a full disk: the articles are safe, only the index is missing
                SearchIndex.sweep(self.directory)  # what the failed build wrote must not fill the disk
                raise StoreError(f"{self._store.path}: cannot build the search index ({err.strerror or err}); "
                                 f"the articles are unaffected") from None
            except BaseException:
                SearchIndex.sweep(self.directory)
                raise
        return self.index

    def is_current(self) -> tuple[bool, str]:
        """Whether the index on disk matches the store, and if not why."""
        from store.search.index import IndexStale, SearchIndex

        try:
            SearchIndex.open(self.directory, token=self._store.token)
        except IndexStale as err:
            return False, str(err)
        return True, ""

    def committed(self, old_token: str | None, added: set[str], removed: set[str]) -> None:
        """Bring the index from ``old_token`` to the store's new state; if it
        was not current it is left stale (rebuilt when next needed)."""
        from store.search.index import IndexStale, SearchIndex

        if old_token is None:
            return
        try:
            index = SearchIndex.open(self.directory, token=old_token)
        except IndexStale:
            self.index = None
            return
        index.update(list(self._docs(added)), sorted(removed - added), self._store.token)
        self.index = index
