"""Keeping the search index in step with the store.

The index lives in ``<store>.d/index``.  It records the token of the
committed state it was written for and its watermark: the number the store
would give its next article then (articles are numbered in commit order, a
replaced one gets a new number).  So the articles an index lacks are those
numbered from its watermark on, and the documents it holds that are no
longer right are those whose id the store now numbers from the watermark on,
or does not hold at all.

Readers never wait, never take the write lock and never write the index
(issue 12: a search during an ingest waited for the lock and rebuilt the
whole index, minutes at 100,000 articles).  What a reader searches:

- the index, when it is current;
- when commits landed since it was written, a view of it
  (store.search.index.SearchIndex.overlay) that hides what changed and adds
  the articles it lacks in a private segment.  That segment costs about a
  millisecond or two an article, so past LAG_CATCH_UP articles only those
  read within SCAN_SECONDS are added;
- when there is no usable index (missing, damaged, of an older format, of
  another store), a private index of every article when the store holds at
  most SCAN_ARTICLES, else of those read within SCAN_SECONDS.

Whatever a search leaves out is said in one line on stderr (the app shows it
as a toast) with what brings the index up to date: the writer holding the
lock, or ``factdesk check --fix`` / the next ingest.  A search whose answer
is partial still answers (the CLI exits 0 when it found something; with
nothing found in part of the store it cannot say "no match" and exits 1).
A damaged index is said, and its files are left as they are for ``check``.

Writers bring the index up to date: each commit adds a small delta segment
(under the write lock it already holds); an ingest ends by building a
missing, damaged or foreign index, or updating one left behind, under the
lock (waited for, and the wait said); so does ``check --fix``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypedDict

from store.db.locking import make_sidecar, write_lock
from store.errors import StoreError, os_reason
from store.records import Article, Fact, Section
from store.search import recent
from store.wording import counted

if TYPE_CHECKING:
    from store.db.index_spool import SpoolReader
    from store.search.index import SearchIndex
    from store.search.pinyin import VocabRuns
    from store.search.prepared import PreparedDoc
    from store.search.segment import Segment

# Without a usable index, a reader searches a private index of every article
# when the store holds at most this many (built in memory: about 0.4 ms an
# article, so under a second; 20,000 took 9 s).
SCAN_ARTICLES = 2_000
# An index further behind the store than this many articles, or a store past
# SCAN_ARTICLES without one: a reader adds only the articles it reads within
# SCAN_SECONDS (issue 12: any search within about a second), and says how
# many it left out.
LAG_CATCH_UP = 150
SCAN_SECONDS = 0.6
SCAN_CHUNK = 64  # the first chunk of a scan's private segments, and the smallest worth building


# A writer that committed articles but could not write the search index (a
# full disk) leaves this file in the store's folder, one line: why.  A reader
# never builds the index, and one whose index is behind reads the articles it
# lacks one by one (complete, but each search again): without the file it
# said nothing, and a user never learnt the last ingest had stopped short.
# The writer that next brings the index up to date removes it.
BEHIND = "index-behind"


def note_behind(store_dir: Path, reason: str) -> None:
    """Leave the cause for readers (best effort: the failed index's files
    were swept first, so a line fits even on the disk that filled)."""
    from store.fileio import atomic_write

    try:
        atomic_write(store_dir / BEHIND, f"{reason}\n".encode())
    except OSError:
        pass


def clear_behind(store_dir: Path) -> None:
    try:
        (store_dir / BEHIND).unlink(missing_ok=True)
    except OSError:
        pass


def behind_cause(store_dir: Path) -> str | None:
    """Why the last writer could not update the index, when it left the file."""
    try:
        text = (store_dir / BEHIND).read_bytes()[:400].decode("utf-8", "replace")
    except OSError:
        return None
    cause = " ".join(text.split()) or "the last ingest could not write it"
    return cause.replace("the disk is full", "the disk was full", 1).replace("quota is used up", "quota was used up", 1)


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
        """What a search reads, without the write lock and without writing
        anything: the index when it is current; when commits landed since it
        was written, a view of it with what they changed; when none is
        usable, a private index of the articles.  What a view or a private
        index leaves out is said in one line on stderr, each time."""
        import time

        started = time.monotonic()
        token = self._store.token
        if self.index is not None and self._token == token and (self._view is None or self._view == self._stamp()):
            if self._partial:
                self._say(self._partial)
            return self.index
        stamp = self._stamp()
        base = self._open()
        for pause in (0.02, 0.05, 0.1):
            # An index that reads as damaged while a writer is at work on it
            # (its update replaced the manifest, swept a file, while this
            # reader read them) is looked at again before it is said to be
            # damaged: measured once in 35 searches during an ingest.
            if base is not None or not self._torn(stamp):
                break
            time.sleep(pause)
            stamp = self._stamp()
            base = self._open()
        if base is None and self._store.refresh_if_changed():  # an index ahead of this reader's state
            stamp = self._stamp()
            base = self._open()
        token = self._store.token
        note: str | None = None
        partial = False
        if base is None:
            view, note, partial = self._without_index(started)
        elif base.token == token:
            view, stamp = base, None
        else:
            new, hidden = self._lacks(base)
            if len(new) <= LAG_CATCH_UP:
                view, read = base.overlay(list(self._docs(new)), hidden), len(new)
            else:
                built, read = self._within_budget(self._docs(new), started)
                view = base.overlay([], hidden, built)
            cause = behind_cause(self._store.dir) if new or hidden else None
            if read < len(new):
                note, partial = self._lag_note(len(new) - read, len(new)), True
            elif (len(new) > LAG_CATCH_UP or cause) and self._writer() is None:  # complete, but read again each search
                why = f"the last ingest could not update it: {cause}" if cause else "an ingest could not update it"
                fix = "free some space and run 'factdesk check --fix'" if cause and "full" in cause else \
                    "'factdesk check --fix' (or the next ingest) brings it up to date"
                note = (f"{self._store.path}: the search index is {counted(len(new), 'article')} behind the store "
                        f"({why}): searching them one by one; {fix}")
        self.index, self._token, self._view = view, token, stamp
        self._partial = note if partial else None
        if note:
            self._say(note)
        return view

    _view: tuple | None = None  # the manifest's stat when a view or private index was made (None: the index itself)
    _partial: str | None = None  # the line said at each search of a view that leaves articles out

    def _stamp(self) -> tuple:
        """The index manifest's stat: a view made before another process
        wrote the index (its commit's update, ``check --fix``) is made again."""
        try:
            st = (self.directory / "manifest.json").stat()
        except OSError:
            return ()
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _torn(self, stamp: tuple) -> bool:
        """Whether the index just found unreadable may be one a writer was
        changing as it was read: its manifest changed since ``stamp``, or a
        writer holds the lock."""
        why = getattr(self, "_unusable", "")
        if not why or "format changed" in why or not (self.directory / "manifest.json").exists():
            return False
        return self._stamp() != stamp or self._writer() is not None

    def _say(self, line: str) -> None:
        import sys

        sys.stderr.write(f"factdesk: {line}\n")
        sys.stderr.flush()

    def _within_budget(self, docs: Iterator[IndexDoc], started: float) -> tuple[list[Segment], int]:
        """Private segments of what ``docs`` gives, built a chunk at a time
        until SCAN_SECONDS after ``started``, and how many documents they
        hold.  Building costs several times the reading (about 0.4–1 ms an
        article, and a fixed part a segment), so chunks are timed whole:
        each at most twice the last and as large as the time left takes at
        the last one's cost."""
        import time
        from itertools import islice

        from store.search.index import private_segment

        segments: list[Segment] = []
        done, size = 0, SCAN_CHUNK
        deadline = started + SCAN_SECONDS
        while size >= SCAN_CHUNK and time.monotonic() < deadline:
            began = time.monotonic()
            chunk = list(islice(docs, size))
            if not chunk:
                break
            segments.append(private_segment(chunk))
            done += len(chunk)
            now = time.monotonic()
            per_doc = (now - began) / len(chunk)
            size = min(2 * len(chunk), int((deadline - now) / per_doc)) if per_doc > 0 else 2 * len(chunk)
        close = getattr(docs, "close", None)
        if close is not None:
            close()
        return segments, done

    def _writer(self) -> str | None:
        """'pid N' of the process holding the write lock, read from the lock's
        holder file (never by taking the lock); None when no live process
        holds it."""
        import os

        try:
            pid = int(Path(str(self._store.path) + ".lock.holder").read_text().split()[0])
            os.kill(pid, 0)
        except (OSError, ValueError, IndexError):
            return None
        return f"pid {pid}"

    def _lag_note(self, left: int, lacking: int) -> str:
        """The line for a search that left ``left`` of the ``lacking``
        articles committed since the index was written out."""
        were = "was" if left == 1 else "were"
        them = "it" if left == 1 else "them"
        of = f" of the {lacking:,}" if left < lacking else ""
        writer = self._writer()
        if writer is not None:
            why = (f"another factdesk process ({writer}) holds the write lock and is bringing the index up to date; "
                   f"search again in a moment to include {them}")
        elif cause := behind_cause(self._store.dir):
            why = (f"the last ingest could not update the index: {cause}; free some space and run "
                   f"'factdesk check --fix'")
        else:
            why = ("the index was left behind, by an ingest that could not update it; "
                   "'factdesk check --fix' (or the next ingest) brings it up to date")
        return (f"{self._store.path}: {counted(left, 'article')}{of} committed since the search index was last "
                f"updated {were} not searched ({why})")

    def _without_index(self, started: float) -> tuple[SearchIndex, str | None, bool]:
        """No usable index: a private one of every article (a store of at
        most SCAN_ARTICLES) or of those read within SCAN_SECONDS, the line
        that says so, and whether articles were left out."""
        import os

        from store.search.index import SearchIndex

        total = len(self._store.article_numbers())
        if total == 0:
            return SearchIndex.private([]), None, False
        damaged = self._damage()
        if self.directory.exists() and not self.directory.is_dir():
            what = f"the search index's folder {self.directory} is not a folder (left as it is)"
        elif damaged:
            what = f"the search index is damaged ({damaged}), its files left as they are"
        elif not (self.directory / "manifest.json").exists():
            cause = behind_cause(self._store.dir)
            what = f"the search index is missing (the last ingest could not build it: {cause})" if cause else \
                "the search index is missing"
        elif "format changed" in (unusable := getattr(self, "_unusable", "")):
            age = unusable.rpartition(": ")[2] if ": " in unusable else "another format"
            what = f"the search index is of {age}" + (" (a newer factdesk wrote it)" if "newer" in age else "")
        else:
            what = "the search index was built for another state of the store"
        writer = self._writer()
        if writer is not None:
            fix = f"another factdesk process ({writer}) is writing the store and builds it at its commit"
        elif not os.access(self._store.dir, os.W_OK):
            fix = "the store cannot be written by this user: someone who can should run 'factdesk check --fix'"
        else:
            fix = "'factdesk check --fix' (or the next ingest) builds it"
        # Pinyin is read from the index's vocabulary: without it cq finds
        # nothing, and 'no match (try pinyin …)' would read as a wrong answer.
        every = (f"{self._store.path}: {what}: searching every article without it (until it is built, pinyin "
                 f"such as cq matches nothing); {fix}")
        if total <= SCAN_ARTICLES:
            return SearchIndex.private(self._docs(None)), every, False
        built, read = self._within_budget(self._docs(None), started)
        left = total - read
        if left <= 0:
            return SearchIndex.private([], built), every, False
        return (SearchIndex.private([], built),
                f"{self._store.path}: {what}: searched {counted(read, 'article')} of {total:,} without it, "
                f"{left:,} {'was' if left == 1 else 'were'} not searched (reading every one would take minutes); "
                f"{fix}", True)

    def unsearched(self) -> bool:
        """Whether the view the last search read left articles out."""
        return self._partial is not None

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

        self._unusable = ""
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

        self.index = self._token = self._view = self._partial = None
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
        clear_behind(self._store.dir)

    def bring_up_to_date(self) -> SearchIndex:
        """For a writer (an ingest after its commits, a copy): under the
        write lock (waited for, and said when it is long), the index brought
        to the store's state: built when missing, damaged or foreign (a
        damaged one said in one line), updated when behind."""
        make_sidecar(self._store.dir)
        with write_lock(self._store.path):
            self._store.refresh_if_changed()
            token = self._store.token
            index = self._open()
            if index is None:
                damaged = self._damage()
                index = self._rebuild_locked()
                if damaged:  # derived data, built again: said, never in silence
                    self._say(f"{self._store.path}: the search index was damaged ({damaged}); it was built again")
            elif index.token != token:
                new, hidden = self._lacks(index)
                try:
                    index.update(list(self._docs(new)), sorted(hidden), token, self._store.next_article_number())
                except OSError as err:
                    index.close()
                    raise self._unbuilt(err, "update") from None
                except BaseException:
                    from store.search.index import SearchIndex

                    index.close()
                    SearchIndex.sweep(self.directory)
                    raise
            self.index, self._token, self._view, self._partial = index, token, None, None
            clear_behind(self._store.dir)
            return index

    def _unbuilt(self, err: OSError, doing: str) -> IndexUnbuilt:
        """What a failed index write (a full disk) leaves: its files swept, so
        they do not fill the disk, and the cause noted for readers."""
        from store.search.index import SearchIndex

        SearchIndex.sweep(self.directory)
        reason = os_reason(err, self.directory.parent)
        note_behind(self._store.dir, reason)
        return IndexUnbuilt(f"{self._store.path}: cannot {doing} the search index ({reason}); "
                            f"the articles are saved and unaffected", reason)

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
            raise self._unbuilt(err, "build") from None
        except BaseException:
            SearchIndex.sweep(self.directory)
            raise
        self.index, self._token, self._view, self._partial = index, self._store.token, None, None
        clear_behind(self._store.dir)
        return index
