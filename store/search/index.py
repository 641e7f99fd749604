"""The on-disk full-text and fact index: open, rebuild, incremental update, search.

Layout of the index directory (all of it belongs to this module):
    manifest.json           the commit point: format, token, segments, vocabulary file
    <seg>.<part>[.npy]      immutable segment files (store.search.format)
    <seg>.dead.<gen>.npy    tombstones of a segment (deleted/replaced docs)
    vocab.<gen>.json        pinyin vocabulary
    vocab.<gen>.pending.json  texts of the articles whose words it does not count yet
    verified.json           stat of each file when its checksum last matched
A rebuild or update writes new files first and replaces manifest.json last, so
a crash leaves the previous index (with its previous token) intact; open()
compares the format, the token, and the size and checksum (store.fileio.digest)
the manifest records for every file it names (store.search.integrity: a file
whose stat is that of its last verification is not hashed again), and raises
IndexStale when anything disagrees: a damaged index is rebuilt, never
searched.  Files the
manifest does not name (a failed build's, scratch runs) are swept under the
write lock (`sweep`).

A search goes: query.parse (or a Query given) -> pinyin.expand of each term
-> evaluate (per segment: terms.match, Segment.fact_mask) -> results (rank,
pages of result dicts with highlight.snippets).

numpy, jieba and pypinyin are not imported by importing this module: numpy on
open/rebuild/search, jieba/pypinyin only on rebuild/update.
"""

from __future__ import annotations

import errno
import gc
import json
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.errors import StoreError
from store.fileio import SCRATCH_SUFFIXES, remove_stale_temp_files
from store.search.format import FORMAT, SegmentMeta
from store.search.highlight import hit_spans
from store.search.integrity import (
    MANIFEST,
    IndexDamaged,
    commit_manifest,
    kept_files,
    verify,
)
from store.search.query import Query, QueryError, as_query
from store.search.recent import READABLE_FORMATS, read_recent, with_recent
from store.search.vocab_files import (
    pending_file,
    pending_texts,
    pending_words,
    vocab_bytes_file,
    vocab_file,
)

if TYPE_CHECKING:
    from store.search.article_fields import ArticleFields
    from store.search.pinyin import PinyinLookup
    from store.search.prepared import PreparedDoc
    from store.search.segment import Segment

__all__ = ["FORMAT", "IndexStale", "QueryError", "SearchIndex", "hit_spans"]

MERGE_SEGMENTS = 6          # more segments than this: a commit folds the small ones together
# Counting words for the pinyin vocabulary loads jieba's dictionary (seconds):
# a commit keeps its articles' titles, subjects and leads aside instead, and
# they are counted once this many articles have gathered (or at a rebuild).
VOCAB_FOLD_DOCS = 1_000
MAX_SEGMENTS = 12           # more than this: every segment but the largest is folded
COMMIT_MERGE_DOCS = 5_000   # segments a commit folds (bigger ones wait: merges cost their size)
DETAIL = 200               # results that carry snippets / text-matched facts


class IndexStale(Exception):
    """The index is missing, unreadable, half-written or built for another token."""


class TooManyOpenFiles(StoreError):
    """The index cannot be opened within this process's limit on open files:
    nothing is wrong with it, and it is not built again."""

    def __init__(self, directory: Path, err: OSError) -> None:
        limit = ""
        try:
            import resource

            limit = f" ({resource.getrlimit(resource.RLIMIT_NOFILE)[0]})"
        except (ImportError, OSError, ValueError):
            pass
        super().__init__(f"{directory}: cannot open the search index: {(err.strerror or str(err)).lower()} "
                         f"(this process's limit{limit} is too low for it; nothing is wrong with the index); "
                         f"raise it, e.g. 'ulimit -n 4096', and search again")


def _new_name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


class SearchIndex:
    def __init__(self, directory: Path, manifest: dict, segments: list[Segment], vocab_of: SearchIndex | None = None,
                 recent: list[dict] | None = None):
        self.directory = directory
        self._manifest = manifest
        self._segments = segments  # the manifest's, in its order
        self._recent = recent or []  # its recent documents (store.search.recent), searched as a private segment
        self._recent_segment: Segment | None = None
        self._vocab_fh = None
        self._vocab_of = vocab_of  # a view borrows the pinyin vocabulary of the index it shows
        self._lookup: PinyinLookup | None = None
        vocab = manifest.get("vocab")
        if vocab and vocab_of is None:
            # keep a handle: the file may be replaced by another writer later
            try:
                self._vocab_fh = open(directory / vocab, "rb")  # noqa: SIM115 (closed by close())
            except OSError:
                self._vocab_fh = None

    # ------------------------------------------------------------------ lifecycle
    spells_pinyin = True  # False for a private index: it has no vocabulary, so cq finds nothing

    @property
    def token(self) -> str:
        return self._manifest["token"]

    @property
    def watermark(self) -> int:
        """The number the store's next article would get when this index was
        written: articles numbered from it on are not in it."""
        return int(self._manifest.get("watermark") or 0)

    @property
    def n_docs(self) -> int:
        return sum(int(s.live.sum()) if s.live is not None else s.n for s in self._segments) + len(self._recent)

    def _searched(self) -> list[Segment]:
        """The segments a search reads: the manifest's and one of the recent
        documents (built on first use)."""
        if not self._recent:
            return self._segments
        if self._recent_segment is None:
            self._recent_segment = private_segment(_dedupe(self._recent))
        return [*self._segments, self._recent_segment]

    @classmethod
    def open(cls, directory: Path, token: str | None = None, *, verify_all: bool = False) -> SearchIndex:
        """The index in `directory` (of any token unless `token` is given);
        IndexStale when it is missing, damaged or of another format."""
        directory = Path(directory)
        try:
            try:
                manifest = json.loads((directory / MANIFEST).read_bytes())
            except ValueError:  # not JSON, not UTF-8: truncated, overwritten
                raise IndexStale(f"index file {MANIFEST} is damaged (it is not the text factdesk wrote)") from None
            if not isinstance(manifest, dict):
                raise IndexStale(f"index file {MANIFEST} is damaged (it is not the record factdesk wrote)")
            if manifest.get("format") not in READABLE_FORMATS:
                found = manifest.get("format")
                newer = type(found) is int and found > max(READABLE_FORMATS)
                raise IndexStale(f"index format changed: {'a newer' if newer else 'an older'} format")
            if token is not None and manifest.get("token") != token:
                raise IndexStale("index token differs from the store's")
            verify(directory, manifest, hash_all=verify_all)
            return cls(directory, manifest, cls._load_segments(directory, manifest),
                       recent=read_recent(directory, manifest))
        except IndexStale:
            raise
        except IndexDamaged as exc:
            raise IndexStale(str(exc)) from None
        except OSError as exc:
            if exc.errno in (errno.EMFILE, errno.ENFILE):  # the process's limit, not the index: no rebuild
                raise TooManyOpenFiles(directory, exc) from None
            raise IndexStale(unreadable_why(exc)) from exc
        except Exception as exc:  # missing, truncated, corrupt: all mean "rebuild"
            raise IndexStale(unreadable_why(exc)) from exc

    @staticmethod
    def _load_segments(directory: Path, manifest: dict) -> list[Segment]:
        from store.search.segment import Segment

        return [Segment(directory, meta) for meta in manifest["segments"]]

    @staticmethod
    def sweep(directory: Path) -> None:
        """Remove the files the committed manifest does not name: those of a
        build that failed or was killed, scratch runs, temporary files.  Call
        under the write lock; never raises (a sweep is a courtesy)."""
        try:
            if not directory.is_dir():
                return
            remove_stale_temp_files(directory, SCRATCH_SUFFIXES)
            if not (directory / MANIFEST).exists():
                keep: set[str] | frozenset[str] = frozenset()  # never committed: all is a failed build's
            else:
                try:
                    keep = kept_files(json.loads((directory / MANIFEST).read_bytes()))
                except (OSError, ValueError, TypeError, KeyError, AttributeError):
                    return  # a damaged manifest: kept for `check` to report; the next build replaces it
            for p in directory.iterdir():
                if p.name not in keep and p.is_file():
                    p.unlink()
        except OSError:
            pass

    @classmethod
    def rebuild(cls, directory: Path, docs: Iterable[dict], token: str, watermark: int = 0,
                counted_vocab: Callable[[], bytes | None] | None = None) -> SearchIndex:
        """A new index of `docs` (streamed: read once, never held).  Its pinyin
        vocabulary is counted here, unless `counted_vocab` gives the bytes of
        its file, counted elsewhere from the same documents (None: it could not)."""
        import threading

        from store.search.build import build_segment
        from store.search.pinyin import VocabTexts

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        texts = VocabTexts()
        vocab_box: list[Any] = []
        if counted_vocab is not None:
            seg = build_segment(directory, _new_name("s"), texts.collect(docs))
            raw = counted_vocab()
            name = vocab_file(directory, texts, None) if raw is None else vocab_bytes_file(directory, raw)
            _commit(directory, _manifest(token, [seg], name, watermark))
            return cls.open(directory, token)

        def vocab() -> None:
            try:
                vocab_box.append(vocab_file(directory, texts, None))
            except BaseException as exc:  # noqa: BLE001 (re-raised below, in the caller's thread)
                vocab_box.append(exc)

        # the vocabulary (pure Python) is counted while the postings merge (numpy)
        worker = threading.Thread(target=vocab, name="factdesk-vocab", daemon=True)
        try:
            seg = build_segment(directory, _new_name("s"), texts.collect(docs), worker.start)  # streams: one pass
        finally:  # a failed build (a full disk) waits for the vocabulary too: the caller's sweep must come after its file
            if worker.ident is not None:
                worker.join()
        if worker.ident is None:
            worker.start()
            worker.join()
        if isinstance(vocab_box[0], BaseException):
            raise vocab_box[0]
        _commit(directory, _manifest(token, [seg], vocab_box[0], watermark))
        return cls.open(directory, token)

    @classmethod
    def rebuild_prepared(cls, directory: Path, prepared: Iterable[PreparedDoc], token: str, watermark: int,
                         counted_vocab: Callable[[], bytes | None], docs: Callable[[], Iterable[dict]]) -> SearchIndex:
        """rebuild() of prepared documents (store.search.prepared); the vocabulary as counted elsewhere, or from docs().
        ``counted_vocab`` is asked once every document has been read, in a
        thread, while the postings merge (numpy, which lets it run)."""
        import threading

        from store.search.build import build_prepared_segment
        from store.search.pinyin import VocabTexts

        Path(directory).mkdir(parents=True, exist_ok=True)
        counted: list[Any] = []

        def count() -> None:
            try:
                counted.append(counted_vocab())
            except BaseException as exc:  # noqa: BLE001 (re-raised below, in the caller's thread)
                counted.append(exc)

        worker = threading.Thread(target=count, name="factdesk-vocab", daemon=True)
        try:
            seg = build_prepared_segment(directory, _new_name("s"), prepared, worker.start)
        finally:  # as in rebuild: a failed build waits for the thread before the caller sweeps
            if worker.ident is not None:
                worker.join()
        if worker.ident is None:
            worker.start()
            worker.join()
        if isinstance(counted[0], BaseException):
            raise counted[0]
        raw = counted[0]
        if raw is None:
            texts = VocabTexts()
            for d in docs():
                texts.add_article(d, d.get("facts") or [])
            name = vocab_file(directory, texts, None)
        else:
            name = vocab_bytes_file(directory, raw)
        _commit(directory, _manifest(token, [seg], name, watermark))
        return cls.open(directory, token)

    @staticmethod
    def add_recent(directory: Path, added: list[dict], removed: list[str], base_token: str, token: str,
                   watermark: int = 0) -> bool:
        """Commit `added` (and drop `removed`) as recent documents of the index
        in `directory` when it is at `base_token` and they fit (see
        store.search.recent): no segment is built, nothing imports numpy.
        False when the caller must open the index and `update` it."""
        directory = Path(directory)
        try:
            manifest = json.loads((directory / MANIFEST).read_bytes())
            if manifest.get("token") != base_token:
                return False
            fresh = with_recent(directory, manifest, _dedupe(added), removed, token, watermark)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return False  # a damaged index: the caller's open finds it so
        if fresh is None:
            return False
        _commit(directory, fresh, manifest)
        return True

    def update(self, added: list[dict], removed: list[str], token: str, watermark: int = 0) -> None:
        """Add/replace `added` and drop `removed` (ids); an id in both is
        replaced.  The recent documents are folded into the new segment."""
        from store.search.build import build_segment

        gone = set(removed) | {str(d["id"]) for d in added}
        added = _dedupe([*(d for d in self._recent if str(d["id"]) not in gone), *added])
        metas = [dict(m) for m in self._manifest["segments"]]
        for meta, seg in zip(metas, self._segments):
            if gone:
                dead = _tombstones(self.directory, seg, gone)
                if dead:
                    meta["dead"] = dead
        if added:
            metas.append(build_segment(self.directory, _new_name("s"), added))
        vocab, pending = self._manifest.get("vocab"), self._manifest.get("vocab_pending")
        if added:
            texts = pending_texts(self.directory, pending)
            for _ in texts.collect(added):
                pass
            if len(texts.weak) >= VOCAB_FOLD_DOCS:
                vocab, pending = vocab_file(self.directory, texts, vocab), None
            else:
                from store.search.spell import new_words

                new_words(added, texts.new_words)  # found by pinyin now, not at the next count
                pending = pending_file(self.directory, texts)
        manifest = _manifest(token, metas, vocab, watermark, pending)
        _commit(self.directory, manifest, self._manifest)
        fresh = self._successor(manifest)
        if len(fresh._segments) > MERGE_SEGMENTS:
            fresh = fresh._merge_deltas(token, watermark)
        self._adopt(fresh)

    def _successor(self, manifest: dict) -> SearchIndex:
        """The index `manifest` (just committed by this process) describes:
        the segments it kept as they are are not read again."""
        from store.search.segment import Segment

        kept = {(seg.name, meta.get("dead")): seg for seg, meta in zip(self._segments, self._manifest["segments"])}
        segments = [kept.get((meta["name"], meta.get("dead"))) or Segment(self.directory, meta)
                    for meta in manifest["segments"]]
        return SearchIndex(self.directory, manifest, segments)

    def _adopt(self, other: SearchIndex) -> None:
        if self._vocab_fh:
            self._vocab_fh.close()
        self.__dict__.update(other.__dict__)
        other._vocab_fh = None

    def _merge_deltas(self, token: str, watermark: int) -> SearchIndex:
        """Fold the small segments (COMMIT_MERGE_DOCS docs at most) into one,
        dropping tombstoned docs: the cost of a commit stays that of its own
        articles.  Only when big segments pile up (more than MAX_SEGMENTS) is
        every segment but the largest folded in."""
        from store.search.build import build_segment

        sizes = [seg.n for seg in self._segments]
        big = max(range(len(sizes)), key=sizes.__getitem__)
        small = [i for i, n in enumerate(sizes) if i != big and n <= COMMIT_MERGE_DOCS]
        if len(small) >= 2 and len(sizes) - len(small) + 1 <= MAX_SEGMENTS:
            fold = small
        elif len(sizes) > MAX_SEGMENTS:
            fold = [i for i in range(len(sizes)) if i != big]
        else:
            return self  # nothing small to fold: big segments wait until they pile up
        docs = [doc for i in fold for doc in _segment_docs(self._segments[i])]
        metas = [m for i, m in enumerate(self._manifest["segments"]) if i not in fold]
        metas.append(build_segment(self.directory, _new_name("s"), docs))
        _commit(self.directory, _manifest(token, metas, self._manifest.get("vocab"), watermark,
                                          self._manifest.get("vocab_pending")), self._manifest)
        return SearchIndex.open(self.directory, token)

    # ------------------------------------------------------------------ views
    def ids(self) -> Iterator[str]:
        """The ids of the documents this index holds (live ones)."""
        for seg in self._segments:
            ids = seg.id_array()
            yield from (ids if seg.live is None else ids[seg.live]).tolist()
        yield from (str(d["id"]) for d in _dedupe(self._recent))

    def overlay(self, added: list[dict], hidden: Collection[str], built: Collection[Segment] = ()) -> SearchIndex:
        """A read-only view for a reader whose store is ahead of this index:
        this index without the documents `hidden` (ids removed or replaced
        since), plus `added` in a private segment (and the private segments
        `built` of other documents: private_segment).  Nothing is written to
        the index directory, so no lock is needed; pinyin words come from
        this index's vocabulary."""
        gone = set(hidden)
        segments = [seg.hiding(gone) for seg in self._searched()] if gone else list(self._searched())
        if added:
            segments.append(private_segment(_dedupe(added)))
        segments.extend(built)
        return SearchIndex(self.directory, self._manifest, segments, vocab_of=self)

    @classmethod
    def private(cls, docs: Iterable[dict], built: Collection[Segment] = ()) -> SearchIndex:
        """An index of `docs` (and of the private segments `built`, of other
        documents) held by this process alone (no pinyin vocabulary): what a
        reader searches when there is no usable index."""
        manifest = _manifest("", [], None, 0)
        docs = _dedupe(docs)
        index = cls(Path(), manifest, ([private_segment(docs)] if docs or not built else []) + list(built))
        index.spells_pinyin = False
        return index

    def close(self) -> None:
        if self._vocab_fh:
            self._vocab_fh.close()
            self._vocab_fh = None

    # ------------------------------------------------------------------ search
    def pinyin_words(self, latin: str) -> list[str]:
        """Chinese words of the archive spelled by `latin` (full pinyin or initials)."""
        return self._pinyin_lookup().words(latin)

    def _pinyin_lookup(self) -> PinyinLookup:
        if self._lookup is None and self._vocab_of is not None:
            self._lookup = self._vocab_of._pinyin_lookup()
        if self._lookup is None:
            from store.search.pinyin import PinyinLookup

            raw = b"{}"
            if self._vocab_fh is not None:
                try:
                    self._vocab_fh.seek(0)
                    raw = self._vocab_fh.read()
                except OSError:
                    pass
            # words the vocabulary has not counted yet: those of the articles
            # a commit kept aside (spelled then), and of the recent documents
            new = pending_words(self.directory, self._manifest.get("vocab_pending"))
            if self._recent:
                from store.search.spell import new_words

                new_words(_dedupe(self._recent), new)
            self._lookup = PinyinLookup(raw=raw, new=new)
        return self._lookup

    def search(self, query: str | Query, *, limit: int = 50, kind: str | None = None,
               detail: int | None = DETAIL, fields: ArticleFields | None = None) -> dict:
        """Ranked articles matching `query`, as text (see store.search.query for
        the language) or already parsed.

        {"total", "facts_total", "results": [{"article_id","title","score","hits",
        "snippets","fact_ids"}], "query": the parsed Query}; limit 0 = all
        results, as a LazyResults sequence (dicts built on access;
        article_ids() gives the ranking).  Snippets, and for queries without
        filters the facts whose subject/clause hold a term, are the costly part
        of a result, so only the first `detail` results carry them (None = all);
        fact_ids matching filters are always complete.  `fields` (from the
        store's catalog) answers pub: and source:."""
        from store.search.evaluate import evaluate
        from store.search.pinyin import expand
        from store.search.results import ranked_results

        q = as_query(query, kind)
        if q.empty:
            return {"total": 0, "facts_total": 0, "results": [], "query": q}
        gc_was_on = gc.isenabled()
        gc.disable()  # building thousands of result dicts otherwise triggers full collections
        try:
            groups = [[alt for t in g for alt in expand(t, self.pinyin_words)] for g in q.groups]
            segments = self._searched()
            found = evaluate(segments, q, groups, fields)
            literals = [t for alts in groups for t, _ in alts]
            return ranked_results(segments, q, found, literals, limit, detail)
        finally:
            if gc_was_on:
                gc.enable()


# ---------------------------------------------------------------------- helpers
def _manifest(token: str, segments: list[SegmentMeta], vocab: str | None, watermark: int,
              pending: str | None = None) -> dict:
    return {"format": FORMAT, "token": token, "segments": segments, "vocab": vocab, "watermark": watermark,
            "vocab_pending": pending}


def _dedupe(docs: Iterable[dict]) -> list[dict]:
    """Last document wins for a repeated id."""
    by_id: dict[str, dict] = {}
    for d in docs:
        by_id.pop(str(d["id"]), None)
        by_id[str(d["id"])] = d
    return list(by_id.values())


def private_segment(docs: list[dict]) -> Segment:
    """A segment of `docs` built in a scratch directory and mapped; its files
    are removed at once (the mappings keep the data while it is in use)."""
    from store.search.build import build_segment
    from store.search.postings import scratch_segments
    from store.search.scratch_dir import scratch_dir
    from store.search.segment import Segment

    with scratch_dir() as scratch:
        with scratch_segments():
            meta = build_segment(scratch, "delta", docs)
        return Segment(scratch, meta)


def _tombstones(directory: Path, seg: Segment, gone: set[str]) -> str | None:
    """Write a new tombstones file for `seg` marking the docs whose ids are in
    `gone` as well; its name, or None when the segment holds none of them."""
    import numpy as np

    from store.search.postings import write_npy

    if len(gone) <= 64 and not any(seg.ids.find(x.encode("utf-8", "surrogatepass")) >= 0 for x in gone):
        return None  # none of them is even a substring of the segment's ids: no need to decode them
    hit = [i for i, x in enumerate(seg.all_ids()) if x in gone]
    if not hit:
        return None
    dead = np.array(~seg.live if seg.live is not None else np.zeros(seg.n, dtype=bool), dtype=bool)
    dead[hit] = True
    name = f"{seg.name}.dead.{uuid.uuid4().hex[:8]}.npy"
    write_npy(directory / name, dead)
    return name


def _commit(directory: Path, manifest: dict, previous: dict | None = None) -> None:
    """Make `manifest` the index (every file it names is already durable) and
    remove the files it no longer names."""
    commit_manifest(directory, manifest, previous)
    keep = kept_files(manifest)
    for p in directory.iterdir():
        if p.name not in keep and p.is_file():
            try:
                p.unlink()
            except OSError:
                pass


def _segment_docs(seg: Segment) -> list[dict]:
    """Live documents of a segment as IndexDocs (for merging segments); their
    facts carry what the index keeps of them (values as floats, the unit and
    texts normalised, the year as the period), which builds the same columns."""
    import math

    kinds, units = list(seg.kinds), list(seg.units)
    out = []
    for d in seg.live_docs().tolist():
        title, body = seg.title_body(d)
        di = int(seg.date[d])
        date = f"{di // 10000:04d}-{di // 100 % 100:02d}-{di % 100:02d}" if di else None
        facts = []
        for f in seg.fact_range(d):
            subject, clause = seg.fact_texts(f)
            value, high, year = float(seg.fval[f]), float(seg.fhigh[f]), int(seg.fyear[f])
            kind, unit = int(seg.fkind[f]), int(seg.funit[f])
            facts.append({"id": seg.fact_id(f), "kind": kinds[kind] if kind < len(kinds) else None,
                          "value": None if math.isnan(value) else value, "value_high": None if math.isnan(high) else high,
                          "unit": units[unit] if unit >= 0 else None, "subject": subject, "clause": clause,
                          "period": str(year) if year else None})
        out.append({"id": seg.doc_id(d), "title": title, "body": body, "date": date, "sections": [], "facts": facts})
    return out


def unreadable_why(exc: BaseException) -> str:
    """What is wrong with the index, in words (never a Python class name):
    which file, and whether it cannot be read or holds what factdesk did not
    write.  Said when the index is built again."""
    name = Path(exc.filename).name if isinstance(exc, OSError) and exc.filename else None
    if isinstance(exc, FileNotFoundError):
        return f"index file {name} is missing" if name else "an index file is missing"
    if isinstance(exc, IsADirectoryError):
        return f"index file {name} is a folder" if name else "an index file is a folder"
    if isinstance(exc, OSError):
        why = (exc.strerror or str(exc)).lower()
        return f"index file {name} cannot be read ({why})" if name else f"an index file cannot be read ({why})"
    return "an index file is damaged (it does not hold what factdesk wrote)"
