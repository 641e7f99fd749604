"""Keeping the search index in step with the store.

The index lives in ``<store>.d/index``.  It records the token of the
committed state it was written for and its watermark: the number the store
would give its next article then (articles are numbered in commit order, a
replaced one gets a new number).  So the articles an index lacks are those
numbered from its watermark on, and the documents it holds that are no
longer right are those whose id the store now numbers from the watermark on,
or does not hold at all.

Readers never wait and never write the index: a reader whose store is ahead
of the index searches a view of it (store.search.index.SearchIndex.overlay)
that hides what changed and adds the articles it lacks in a private segment.
That segment costs the reader about a millisecond or two an article, so it
is built for LAG_CATCH_UP articles at most: a reader that lands between a
large commit and the writer's index update (thousands of articles, a
segment of seconds) searches the index as it was, hiding what the commit
changed, and says on stderr how many articles it did not search yet.
Writers bring the index up to date: each commit adds a small delta segment
(under the write lock it already holds); a missing, damaged or foreign index
is rebuilt by ``check --fix``, by an ingest after its commits, or by a reader
that finds the write lock free (it does not wait for it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypedDict

from store.db.locking import make_sidecar, write_lock
from store.errors import StoreError, StoreLockedError, StoreReadOnlyError, os_reason
from store.records import Article, Fact, Section
from store.search import recent
from store.wording import counted

if TYPE_CHECKING:
    from store.db.index_spool import SpoolReader
    from store.search.index import SearchIndex
    from store.search.pinyin import VocabRuns
    from store.search.prepared import PreparedDoc

# Without an index, a reader that cannot build one searches a private index
# of every article, built in memory: fine for a few thousand articles.
SCAN_ARTICLES = 20_000
# An index further behind the store than this many articles is brought up to
# date by the reader that finds the write lock free, instead of each search
# reading them again (about 1–2 ms an article, every search of every process);
# a reader that finds the lock held (a writer between its commit and its index
# update) does not read them at all: it would take seconds (issue 12: a search
# during an ingest never waits more than a second).
LAG_CATCH_UP = 150


# What _catch_up_if_free answers when another process holds the write lock.
HELD = "held"


class IndexUnbuilt(StoreError):
    """The index could not be written (a full disk); the articles are safe.
    ``reason``: why, as the OS said it with the room left, for an ingest
    that says what it saved before it."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


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
    def article_numbers(self) -> Mapping[str, int]:
        """Each article id's number (numbers grow with each commit)."""
        ...
    def next_article_number(self) -> int: ...


def reachable(index_token: str, store_token: str) -> bool:
    """Whether a store at `store_token` is the index's state or a later one
    of the same store (tokens are ``store id:generation``)."""
    if index_token == store_token:
        return True
    index_id, _, index_gen = index_token.rpartition(":")
    store_id, _, store_gen = store_token.rpartition(":")
    return index_id == store_id and index_gen.isdigit() and store_gen.isdigit() and int(index_gen) < int(store_gen)


class IndexKeeper:
    """Opens, rebuilds and updates one store's search index."""

    def __init__(self, store: IndexedStore, docs: Callable[[Iterable[str] | None], Iterator[IndexDoc]],
                 prepared_docs: Callable[..., Iterator[PreparedDoc]] | None = None) -> None:
        self._store = store
        self._docs = docs
        self._prepared_docs = prepared_docs  # every document, in docs(None)'s order, prepared (store.search.prepared)
        self.index: SearchIndex | None = None  # what searches read, for the store state `_token`
        self._token: str | None = None

    @property
    def directory(self) -> Path:
        return self._store.dir / "index"

    # ------------------------------------------------------------ reading

    def current(self) -> SearchIndex:
        """What a search reads, without waiting for the write lock: the index
        when it is current; when commits landed since it was written, a view
        of it with what they changed; when none is usable, one built now if
        the lock is free, else a private one of every article."""
        from store.search.index import SearchIndex

        token = self._store.token
        if self.index is not None and self._token == token:
            return self.index
        base = self._open()
        if base is None and self._store.refresh_if_changed():  # an index ahead of this reader's state
            base = self._open()
        if base is None:
            damaged = self._damage()
            base = self._rebuild_if_free()  # moves the store to the latest commit
            if base is HELD:
                base = None
                articles = len(self._store.article_numbers())
                if articles > LAG_CATCH_UP:
                    # Indexing every article here would take seconds (minutes
                    # at 100,000); the writer holding the lock builds the
                    # index at its commit, or the next reader to find the
                    # lock free does.
                    raise StoreLockedError(
                        f"{self._store.path}: the search index is being written by another factdesk process "
                        f"({counted(articles, 'article')}, no usable index yet); search again in a moment")
            if base is not None and damaged:  # derived data, built again: said, never in silence
                import sys

                sys.stderr.write(f"factdesk: {self._store.path}: the search index was damaged ({damaged}); "
                                 f"it was built again\n")
                sys.stderr.flush()
        token = self._store.token
        if base is None:
            view = SearchIndex.private(self._docs(None))
        elif base.token == token:
            view = base
        else:
            new, hidden = self._lacks(base)
            caught_up: SearchIndex | str | None = None
            if len(new) + len(hidden) > LAG_CATCH_UP:
                caught_up = self._catch_up_if_free(len(new) + len(hidden))
            if caught_up is HELD:
                # A writer holds the lock: it is updating the index for
                # the commit this reader sees (or will at its own commit).
                # The articles it has not indexed yet are not searched, and
                # that is said; the view is not kept, so the next search
                # looks again.
                self._say_unsearched(len(new))
                self.index, self._token = base.overlay([], hidden), None
                return self.index
            if isinstance(caught_up, SearchIndex):
                base.close()
                view, token = caught_up, self._store.token
            else:
                view = base.overlay(list(self._docs(new)), hidden)
        self.index, self._token = view, token
        return view

    def _say_unsearched(self, count: int) -> None:
        """One line for each search that left articles out because the
        writer is still indexing them (the app shows the latest as its one
        toast on the topic)."""
        import sys

        sys.stderr.write(f"factdesk: {self._store.path}: {counted(count, 'article')} committed since the search "
                         f"index was last updated {'was' if count == 1 else 'were'} not searched (another factdesk "
                         f"process holds the write lock and is bringing the index up to date); search again in a "
                         f"moment to include {'it' if count == 1 else 'them'}\n")
        sys.stderr.flush()

    def _catch_up_if_free(self, lag: int) -> SearchIndex | str | None:
        """An index many articles behind the store (an ingest that could not
        update it: a full disk, a kill -9 between its commit and the index)
        would make every search read those articles again: with the write
        lock free, bring it up to date now, saying so in one line.  HELD
        when another process holds the lock; None when the store cannot be
        written or the update fails (said in one line: the search reads the
        articles instead)."""
        import sys

        from store.search.index import SearchIndex

        make_sidecar(self._store.dir)
        try:
            with write_lock(self._store.path, timeout=0):
                self._store.refresh_if_changed()
                index = self._open()
                if index is None:
                    return None
                if index.token != self._store.token:
                    new, hidden = self._lacks(index)
                    try:
                        index.update(list(self._docs(new)), sorted(hidden), self._store.token,
                                     self._store.next_article_number())
                    except BaseException:
                        index.close()
                        SearchIndex.sweep(self.directory)  # what the failed update wrote must not fill the disk
                        raise
        except StoreLockedError:
            return HELD
        except StoreReadOnlyError:
            return None
        except OSError as err:
            sys.stderr.write(f"factdesk: {self._store.path}: the search index is {counted(lag, 'article')} behind the store "
                             f"and cannot be brought up to date ({os_reason(err, self.directory.parent)}); "
                             f"searching them one by one; 'factdesk check --fix' updates it\n")
            sys.stderr.flush()
            return None
        sys.stderr.write(f"factdesk: {self._store.path}: the search index was {counted(lag, 'article')} behind the store "
                         f"(an ingest could not update it); brought up to date\n")
        sys.stderr.flush()
        return index

    def _damage(self) -> str | None:
        """Why the index on disk could not be read, when one was written
        (not missing, not of an older format)."""
        why = getattr(self, "_unusable", "")
        if not why or not (self.directory / "manifest.json").exists() or "format changed" in why:
            return None
        return why

    def written_for(self, token: str) -> bool:
        """Whether the index on disk says it was written for ``token`` (not
        verified: opening it does that)."""
        import json

        try:
            manifest = json.loads((self.directory / "manifest.json").read_bytes())
            return manifest.get("token") == token and manifest.get("format") in recent.READABLE_FORMATS
        except (OSError, ValueError, AttributeError):
            return False

    def _open(self, verify_all: bool = False) -> SearchIndex | None:
        """The index on disk, if the store's state can be reached from it."""
        from store.search.index import IndexStale, SearchIndex

        try:
            index = SearchIndex.open(self.directory, verify_all=verify_all)
        except IndexStale as err:
            self._unusable = str(err)
            return None
        if not reachable(index.token, self._store.token) or index.watermark > self._store.next_article_number():
            index.close()
            return None
        return index

    def _lacks(self, index: SearchIndex) -> tuple[list[str], set[str]]:
        """(ids of the articles `index` lacks, ids it holds that are gone or
        replaced since it was written)."""
        numbers = self._store.article_numbers()
        mark = index.watermark
        new = [aid for aid, number in numbers.items() if number >= mark]
        hidden = {aid for aid in index.ids() if numbers.get(aid, mark) >= mark}
        return new, hidden

    def is_current(self) -> tuple[bool, str]:
        """Whether the index on disk matches the store (every file hashed),
        and if not why."""
        from store.search.index import IndexStale, SearchIndex

        try:
            SearchIndex.open(self.directory, token=self._store.token, verify_all=True).close()
        except IndexStale as err:
            return False, str(err)
        return True, ""

    def lag(self) -> int | None:
        """How many articles the index on disk is behind the store (added,
        changed or removed since it was written; 0 when a commit since
        changed none), or None when it is missing, damaged or unusable."""
        index = self._open(verify_all=True)
        if index is None:
            return None
        try:
            new, hidden = self._lacks(index)
            return len(set(new) | hidden)
        finally:
            index.close()

    # ------------------------------------------------------------ writing

    def committed(self, old_token: str | None, added: set[str], removed: set[str]) -> None:
        """After a commit, under its write lock: bring a usable index to the
        store's new state.  When the index was current before the commit
        only its `added` and `removed` articles are read: a few new ones are
        kept as the index's recent documents, more (or replaced ones) make a
        delta segment; otherwise what it lacks is worked out from its
        watermark.  An unusable index is left for a rebuild."""
        from store.search.index import SearchIndex

        self.index = self._token = None
        token = self._store.token
        docs: list[IndexDoc] | None = None
        if old_token is not None and len(added) <= recent.RECENT_DOCS:
            docs = list(self._docs(sorted(added)))
            if SearchIndex.add_recent(self.directory, docs, sorted(removed), old_token, token,
                                      self._store.next_article_number()):
                return
        base = self._open()
        if base is None:
            return
        if base.token != token:
            if base.token == old_token:
                docs = list(self._docs(sorted(added))) if docs is None else docs
                hidden = removed | added
            else:
                new, hidden = self._lacks(base)
                docs = list(self._docs(new))
            base.update(docs, sorted(hidden), token, self._store.next_article_number())
        self.index, self._token = base, token

    def rebuild(self) -> SearchIndex:
        """Rebuild from the articles, under the write lock so that no commit
        can slip in between reading them and writing the index."""
        make_sidecar(self._store.dir)
        with write_lock(self._store.path):
            return self._rebuild_locked()

    def rebuild_held(self, counted_vocab: Callable[[], bytes | None] | None = None,
                     prepared: SpoolReader | None = None, texts: VocabRuns | None = None) -> SearchIndex:
        """Rebuild from the articles; the caller holds the write lock (a
        commit building the index of a large first ingest, whose pinyin
        vocabulary ``counted_vocab`` may give: see SearchIndex.rebuild, and
        whose extraction workers may have ``prepared`` its documents; the
        build counts their vocabulary runs in ``texts``)."""
        return self._rebuild_locked(counted_vocab, prepared, texts)

    def _rebuild_if_free(self) -> SearchIndex | str | None:
        """Rebuild when the write lock can be had at once (another process may
        have built the index meanwhile: then that one); HELD when it is held;
        None when the store cannot be written (a small store is searched
        without an index, said on stderr)."""
        make_sidecar(self._store.dir)
        try:
            with write_lock(self._store.path, timeout=0):
                self._store.refresh_if_changed()
                return self._open() or self._rebuild_locked()
        except StoreLockedError:
            return HELD
        except StoreReadOnlyError as err:
            return self._without_index(str(err))
        except IndexUnbuilt as err:  # a full disk: a reader still answers, as on a read-only store
            return self._without_index(str(err), full=True, reason=err.reason)

    def _without_index(self, cause: str, full: bool = False, reason: str = "") -> None:
        """No usable index and a store this process cannot write (or a disk
        too full to build one on): a small store is searched article by
        article (said once on stderr), a large one would take minutes and
        gigabytes, so that is one line instead."""
        import sys

        if full:  # the index could not be written: a full disk, or its folder is no folder
            what = cause.removesuffix("; the articles are saved and unaffected")
            fix = ("free some space and run 'factdesk check --fix'" if "disk is full" in what
                   else "'factdesk check --fix' builds it again")
        else:
            what = (f"{self._store.path}: the search index is missing or damaged and the store cannot be written "
                    f"({cause.rsplit('(', 1)[-1].rstrip(')')})")
            fix = "someone who can write to the store should run 'factdesk check --fix'"
        if self._store.next_article_number() > SCAN_ARTICLES:
            if full:
                raise IndexUnbuilt(f"{what}; {fix}", reason)
            raise StoreReadOnlyError(f"{what}; {fix}")
        # Pinyin is read from the index's vocabulary: without it cq finds
        # nothing, and 'no match (try pinyin …)' would read as a wrong answer.
        sys.stderr.write(f"factdesk: {what}: searching every article without it; {fix} "
                         f"(until then pinyin such as cq matches nothing)\n")
        sys.stderr.flush()

    def _rebuild_locked(self, counted_vocab: Callable[[], bytes | None] | None = None,
                        prepared: SpoolReader | None = None, texts: VocabRuns | None = None) -> SearchIndex:
        from store.search.index import SearchIndex

        self._store.refresh_if_changed()
        SearchIndex.sweep(self.directory)
        try:
            if prepared is not None and counted_vocab is not None and self._prepared_docs is not None:
                docs = self._prepared_docs(prepared) if texts is None else self._prepared_docs(prepared, texts)
                index = SearchIndex.rebuild_prepared(self.directory, docs, self._store.token,
                                                     self._store.next_article_number(), counted_vocab,
                                                     lambda: self._docs(None))
            else:
                index = SearchIndex.rebuild(self.directory, self._docs(None), self._store.token,
                                            self._store.next_article_number(), counted_vocab)
        except OSError as err:  # a full disk: the articles are safe, only the index is missing
            SearchIndex.sweep(self.directory)  # what the failed build wrote must not fill the disk
            reason = os_reason(err, self.directory.parent)
            raise IndexUnbuilt(f"{self._store.path}: cannot build the search index ({reason}); "
                               f"the articles are saved and unaffected", reason) from None
        except BaseException:
            SearchIndex.sweep(self.directory)
            raise
        self.index, self._token = index, self._store.token
        return index
