"""On-disk full-text + fact index: open, rebuild, incremental update, search.

Layout of the index directory (all of it belongs to this module):
    manifest.json           the commit point: token, segments, vocabulary file
    <seg>.<part>[.npy]      immutable segment files (see search_build): raw
                            posting arrays, .npy columns, UTF-8 text blobs
    <seg>.dead.<gen>.npy    tombstones of a segment (deleted/replaced docs)
    vocab.<gen>.json        pinyin vocabulary
A rebuild or update writes new files first and replaces manifest.json last, so
a crash leaves the previous index (with its previous token) intact; open()
compares the token and the file sizes recorded in the manifest and raises
IndexStale when anything disagrees.

numpy, jieba and pypinyin are not imported by importing this module: numpy on
open/rebuild, jieba/pypinyin only on rebuild/update.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.search.query import Query, QueryError, Term, parse
from store.search.normalize import find_all, normalize, offset_map, to_original

if TYPE_CHECKING:
    from store.search.segment import Segment

__all__ = ["SearchIndex", "IndexStale", "QueryError", "hit_spans", "FORMAT"]

FORMAT = 2
MANIFEST = "manifest.json"
LAZY_BATCH = 256          # results of a full list materialised per batch, on access
MERGE_SEGMENTS = 6          # more delta segments than this: merge the deltas
SNIPPET_BEFORE, SNIPPET_AFTER, SNIPPETS_MAX = 24, 48, 2
DETAIL = 200               # results that carry snippets / text-matched facts


class IndexStale(Exception):
    """The index is missing, unreadable, half-written or built for another token."""


def _new_name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


class SearchIndex:
    def __init__(self, directory: Path, manifest: dict, segments: list[Segment]):
        self.directory = directory
        self._manifest = manifest
        self._segments = segments
        self._vocab_fh = None
        self._lookup = None
        vocab = manifest.get("vocab")
        if vocab:
            # keep a handle: the file may be replaced by another writer later
            try:
                self._vocab_fh = open(directory / vocab, "rb")
            except OSError:
                self._vocab_fh = None

    # ------------------------------------------------------------------ open/build
    @property
    def token(self) -> str:
        return self._manifest["token"]

    @property
    def n_docs(self) -> int:
        return sum(int(s.live.sum()) if s.live is not None else s.n for s in self._segments)

    @classmethod
    def open(cls, directory: Path, token: str | None = None) -> SearchIndex:
        directory = Path(directory)
        try:
            manifest = json.loads((directory / MANIFEST).read_bytes())
            if manifest.get("format") != FORMAT:
                raise IndexStale("index format changed")
            if token is not None and manifest.get("token") != token:
                raise IndexStale("index token differs from the store's")
            return cls(directory, manifest, cls._load_segments(directory, manifest))
        except IndexStale:
            raise
        except Exception as exc:  # missing, truncated, corrupt: all mean "rebuild"
            raise IndexStale(f"index unreadable: {type(exc).__name__}: {exc}") from exc

    @staticmethod
    def _load_segments(directory: Path, manifest: dict) -> list[Segment]:
        from store.search.segment import Segment

        segs = []
        for meta in manifest["segments"]:
            for part, size in meta["files"].items():
                if (directory / f"{meta['name']}.{part}").stat().st_size != size:
                    raise IndexStale(f"index file {meta['name']}.{part} has the wrong size")
            segs.append(Segment(directory, meta))
        return segs

    @classmethod
    def rebuild(cls, directory: Path, docs: Iterable[dict], token: str) -> SearchIndex:
        """A new index of `docs` (streamed: read once, never held)."""
        import threading

        from store.search.build import build_segment

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        texts = _VocabTexts()
        vocab_box: list[Any] = []

        def vocab() -> None:
            try:
                vocab_box.append(_vocab_file(directory, texts, None))
            except BaseException as exc:  # re-raised below, in the caller's thread
                vocab_box.append(exc)

        # the vocabulary (pure Python) is counted while the postings merge (numpy)
        worker = threading.Thread(target=vocab, name="factdesk-vocab", daemon=True)
        seg = build_segment(directory, _new_name("s"), texts.collect(docs), worker.start)  # streams: one pass
        if worker.ident is None:
            worker.start()
        worker.join()
        if isinstance(vocab_box[0], BaseException):
            raise vocab_box[0]
        vocab = vocab_box[0]
        manifest = {"format": FORMAT, "token": token, "segments": [seg], "vocab": vocab}
        _commit(directory, manifest)
        return cls.open(directory, token)

    def update(self, added: list[dict], removed: list[str], token: str) -> None:
        """Add/replace `added` and drop `removed` (ids); an id in both is replaced."""
        import numpy as np

        from store.search.build import build_segment, write_file

        added = _dedupe(added)
        gone = set(removed) | {str(d["id"]) for d in added}
        metas = [dict(m) for m in self._manifest["segments"]]
        for meta, seg in zip(metas, self._segments):
            if not gone:
                break
            ids = seg.all_ids()
            hit = [i for i, x in enumerate(ids) if x in gone]
            if not hit:
                continue
            dead = ~seg.live if seg.live is not None else np.zeros(seg.n, dtype=bool)
            dead = np.array(dead, dtype=bool)
            dead[hit] = True
            name = f"{seg.name}.dead.{uuid.uuid4().hex[:8]}.npy"
            write_file(self.directory / name, dead)
            meta["dead"] = name
        if added:
            metas.append(build_segment(self.directory, _new_name("s"), added))
        vocab = self._manifest.get("vocab")
        if added:
            texts = _VocabTexts()
            for _ in texts.collect(added):
                pass
            vocab = _vocab_file(self.directory, texts, vocab)
        manifest = {"format": FORMAT, "token": token, "segments": metas, "vocab": vocab}
        _commit(self.directory, manifest)
        fresh = SearchIndex.open(self.directory, token)
        if len(fresh._segments) > MERGE_SEGMENTS:
            fresh = fresh._merge_deltas(token)
        self._adopt(fresh)

    def _adopt(self, other: SearchIndex) -> None:
        if self._vocab_fh:
            self._vocab_fh.close()
        self.__dict__.update(other.__dict__)
        other._vocab_fh = None

    def _merge_deltas(self, token: str) -> SearchIndex:
        """Fold every segment but the largest into one (drops tombstoned docs)."""
        from store.search.build import build_segment

        big = max(range(len(self._segments)), key=lambda i: self._segments[i].n)
        docs = [doc for i, seg in enumerate(self._segments) if i != big for doc in _segment_docs(seg)]
        metas = [self._manifest["segments"][big], build_segment(self.directory, _new_name("s"), docs)]
        manifest = {"format": FORMAT, "token": token, "segments": metas, "vocab": self._manifest.get("vocab")}
        _commit(self.directory, manifest)
        return SearchIndex.open(self.directory, token)

    # ------------------------------------------------------------------ pinyin
    def pinyin_words(self, latin: str) -> list[str]:
        """Chinese words of the archive spelled by `latin` (full pinyin or initials)."""
        if self._lookup is None:
            from store.search.pinyin import PinyinLookup

            vocab: dict[str, list] = {}
            if self._vocab_fh is not None:
                try:
                    self._vocab_fh.seek(0)
                    vocab = json.loads(self._vocab_fh.read())
                except (OSError, ValueError):
                    vocab = {}
            self._lookup = PinyinLookup(vocab)
        return self._lookup.words(latin)

    def _alternatives(self, term: Term) -> list[tuple[str, bool]]:
        """(normalised text, literal?) ways a term can match."""
        alts = [(term.text, True)]
        if term.latin:
            alts += [(normalize(w), False) for w in self.pinyin_words(term.text) if normalize(w) != term.text]
        return alts

    # ------------------------------------------------------------------ search
    def search(self, query: str, *, limit: int = 50, kind: str | None = None, detail: int | None = DETAIL) -> dict:
        """Ranked articles matching `query` (see store.search.query for the language).

        {"total", "facts_total", "results": [{"article_id","title","score","hits",
        "snippets","fact_ids"}]}; limit 0 = all results, as a LazyResults
        sequence (dicts built on access; article_ids() gives the ranking).  Snippets, and for
        queries without filters the facts whose subject/clause hold a term, cost
        ~10 us per result, so only the first `detail` results carry them (None =
        all); fact_ids matching filters are always complete."""
        gc_was_on = gc.isenabled()
        gc.disable()  # building thousands of result dicts otherwise triggers full collections
        try:
            return self._search(query, limit, kind, detail)
        finally:
            if gc_was_on:
                gc.enable()

    def _search(self, query: str, limit: int, kind: str | None, detail: int | None) -> dict:
        import numpy as np

        if not isinstance(query, str):
            raise QueryError("the query must be text")
        q = parse(query, kind)
        if q.empty:
            return {"total": 0, "facts_total": 0, "results": []}
        groups = [[alt for t in g for alt in self._alternatives(t)] for g in q.groups]
        per_seg = []
        facts_total = 0
        for si, seg in enumerate(self._segments):
            r = _search_segment(seg, q, groups)
            if r is None:
                continue
            docs, score, tier, hits, fmask, fcount = r
            if fmask is not None:
                facts_total += int(fcount.sum())
            per_seg.append((si, docs, score, tier, hits, fmask))
        total = sum(len(p[1]) for p in per_seg)
        if not total:
            return {"total": 0, "facts_total": facts_total, "results": []}
        if len(per_seg) == 1:
            si, docs, score, tier, hits, _ = per_seg[0]
            seg_ix = np.full(len(docs), si, dtype=np.int8)
            rank = self._segments[si].date_key[docs]
        else:
            seg_ix = np.concatenate([np.full(len(p[1]), p[0], dtype=np.int8) for p in per_seg])
            docs = np.concatenate([p[1] for p in per_seg])
            score = np.concatenate([p[2] for p in per_seg])
            tier = None if per_seg[0][3] is None else np.concatenate([p[3] for p in per_seg])
            hits = np.concatenate([p[4] for p in per_seg])
            rank = np.concatenate([self._segments[p[0]].date_key[p[1]] for p in per_seg])
        top = _rank(rank, score, tier, total if limit <= 0 else min(limit, total))
        literals = [t for alts in groups for t, _ in alts]
        page = _Page(self._segments, seg_ix[top], docs[top], score[top], hits[top],
                     {p[0]: p[5] for p in per_seg}, literals, len(top) if detail is None else min(len(top), max(detail, 0)))
        first = page.rows(0, page.n_detail if limit <= 0 else len(top))
        if not q.filters:
            facts_total = sum(len(r["fact_ids"]) for r in first[:page.n_detail])  # counted over the detailed results
        results: list[dict] | LazyResults = first if limit > 0 else LazyResults(page, first)
        return {"total": total, "facts_total": facts_total, "results": results}

    def close(self) -> None:
        if self._vocab_fh:
            self._vocab_fh.close()
            self._vocab_fh = None


POS_BITS, DATE_BITS, SCORE_BITS = 22, 18, 20


def _rank(rank: Any, score: Any, tier: Any, n: int) -> Any:
    """Positions of the n best matches, best first: by tier (literal before
    pinyin), score, date (newest first), then position (document order).
    `rank` comes in holding the date keys and is overwritten: all four go into
    one unique int64 (tier 3 bits | score 20 | date 18 | position 22), so that a
    plain sort or partition (no argsort, no tie handling) ranks."""
    import numpy as np

    total = len(rank)
    if total >= 1 << POS_BITS:  # more matches than positions: a stable argsort on the same order
        key = (np.minimum(score, (1 << SCORE_BITS) - 1) << DATE_BITS) | rank
        if tier is not None:
            key |= np.minimum(tier, 7) << (SCORE_BITS + DATE_BITS)
        order = np.argsort(-key, kind="stable")
        return order[:n]
    rank <<= POS_BITS
    rank |= np.minimum(score, (1 << SCORE_BITS) - 1) << (POS_BITS + DATE_BITS)
    if tier is not None:
        rank |= np.minimum(tier, 7) << (POS_BITS + DATE_BITS + SCORE_BITS)
    rank |= (1 << POS_BITS) - 1 - np.arange(total, dtype=np.int64)
    if n < total:
        rank = np.partition(rank, total - n)[total - n:]
    rank.sort()
    return ((1 << POS_BITS) - 1) - (rank[::-1] & ((1 << POS_BITS) - 1))


class _Page:
    """The ranked matches of one search, materialised into result dicts on demand."""

    def __init__(self, segments: list[Segment], seg_ix: Any, docs: Any, score: Any, hits: Any,
                 fmasks: dict[int, Any], literals: list[str], n_detail: int):
        self.segments, self.seg_ix, self.docs, self.score, self.hits = segments, seg_ix, docs, score, hits
        self.fmasks, self.literals, self.n_detail = fmasks, literals, n_detail
        self.n = len(docs)

    def rows(self, k0: int, k1: int) -> list[dict]:
        """Result dicts of ranks k0..k1 (snippets and text-matched facts below n_detail)."""
        import numpy as np

        k1 = min(k1, self.n)
        if k1 <= k0:
            return []
        sel_seg, sel_doc = self.seg_ix[k0:k1], self.docs[k0:k1].astype(np.int64)
        info: list[tuple | None] = [None] * (k1 - k0)
        spans: list[tuple | None] = [None] * (k1 - k0)
        n_text_total = max(0, min(self.n_detail, k1) - k0)
        for si in np.unique(sel_seg).tolist():
            seg = self.segments[si]
            where = np.flatnonzero(sel_seg == si)
            n_text = int((where < n_text_total).sum())
            for w, row in zip(where.tolist(), seg.page(sel_doc[where], self.fmasks.get(si), self.literals, n_text)):
                info[w] = row
            detailed = where[:n_text]
            if len(detailed):
                no = seg.noff[sel_doc[detailed]]
                for w, nb, ne in zip(detailed.tolist(), (no[:, 1] + 1).tolist(), no[:, 2].tolist()):
                    spans[w] = (nb, ne)
        out = []
        for k, (si, d, sc, hi, row) in enumerate(zip(sel_seg.tolist(), sel_doc.tolist(), self.score[k0:k1].tolist(),
                                                      self.hits[k0:k1].tolist(), info)):
            art_id, title, fidx, fids = row
            out.append({
                "article_id": art_id,
                "title": title,
                "score": sc,
                "hits": hi,
                "snippets": _snippets(self.segments[si], d, self.literals, fidx, spans[k]) if k0 + k < self.n_detail else [],
                "fact_ids": fids,
            })
        return out

    def article_ids(self) -> list[str]:
        import numpy as np

        segs = np.unique(self.seg_ix).tolist()
        if len(segs) == 1:
            return self.segments[segs[0]].id_array()[self.docs].tolist()
        out = np.empty(self.n, dtype=object)
        for si in segs:
            where = self.seg_ix == si
            out[where] = self.segments[si].id_array()[self.docs[where]]
        return out.tolist()


class LazyResults(Sequence):
    """A full result list (limit=0) whose dicts are built when first accessed, a
    batch at a time, and then kept (so callers may update them in place).
    `article_ids()` and `scores()` give the whole ranking without building dicts."""

    def __init__(self, page: _Page, first: list[dict]):
        self._page = page
        self._head = len(first)
        self._items: list[dict | None] = list(first) + [None] * (page.n - len(first))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._items)))]
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("result index out of range")
        item = self._items[i]
        if item is None:
            k0 = self._head + (i - self._head) // LAZY_BATCH * LAZY_BATCH
            batch = self._page.rows(k0, k0 + LAZY_BATCH)
            self._items[k0:k0 + len(batch)] = batch
            item = self._items[i]
        return item

    def __iter__(self) -> Iterator[dict]:
        items = self._items
        i0 = next((i for i in range(self._head, len(items)) if items[i] is None), None)
        if i0 is not None and all(x is None for x in items[i0:]):  # build the rest at once: one page() call
            items[i0:] = self._page.rows(i0, len(items))
        for i in range(len(items)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<{len(self)} search results>"

    def article_ids(self) -> list[str]:
        return self._page.article_ids()

    def scores(self) -> list[int]:
        return self._page.score.tolist()


# ---------------------------------------------------------------------- helpers
def _dedupe(docs: Iterable[dict]) -> list[dict]:
    """Last document wins for a repeated id."""
    by_id: dict[str, dict] = {}
    for d in docs:
        by_id.pop(str(d["id"]), None)
        by_id[str(d["id"])] = d
    return list(by_id.values())


def _commit(directory: Path, manifest: dict) -> None:
    from store.search.build import write_file
    from store.db.storage import fsync_dir

    fsync_dir(directory)
    write_file(directory / MANIFEST, json.dumps(manifest, ensure_ascii=False).encode())
    fsync_dir(directory)
    keep = {MANIFEST}
    for meta in manifest["segments"]:
        keep.update(f"{meta['name']}.{part}" for part in meta["files"])
        if meta.get("dead"):
            keep.add(meta["dead"])
    if manifest.get("vocab"):
        keep.add(manifest["vocab"])
    for p in directory.iterdir():
        if p.name not in keep and p.is_file():
            try:
                p.unlink()
            except OSError:
                pass


class _VocabTexts:
    """Texts for the pinyin vocabulary, gathered while the documents stream by:
    titles, headings and fact subjects (strong), each body's lead (weak)."""

    def __init__(self) -> None:
        self.strong: list[str] = []
        self.weak: list[str] = []

    def collect(self, docs: Iterable[dict]) -> Iterator[dict]:
        from store.search.pinyin import LEAD_CHARS

        for d in docs:
            self.strong.append(d.get("title") or "")
            for s in d.get("sections") or []:
                if s.get("heading"):
                    self.strong.append(s["heading"])
            for f in d.get("facts") or []:
                if f.get("subject"):
                    self.strong.append(f["subject"])
            self.weak.append((d.get("body") or "").lstrip().split("\n", 1)[0][:LEAD_CHARS])
            yield d


def _vocab_file(directory: Path, texts: _VocabTexts, previous: str | None) -> str | None:
    """Count the words of `texts`, merge into the previous vocabulary, write a new file."""
    from store.search.pinyin import build_vocab, count_words
    from store.search.build import write_file

    known = None
    if previous:
        try:
            known = json.loads((directory / previous).read_bytes())
        except (OSError, ValueError):
            known = None
    vocab = build_vocab(count_words(texts.strong, texts.weak), known)
    name = f"vocab.{uuid.uuid4().hex[:8]}.json"
    write_file(directory / name, json.dumps(vocab, ensure_ascii=False).encode())
    return name


def _segment_docs(seg: Segment) -> list[dict]:
    """Live documents of a segment as IndexDocs (for merging segments)."""
    import orjson

    out = []
    for d in seg.live_docs().tolist():
        title, body = seg.title_body(d)
        di = int(seg.date[d])
        date = f"{di // 10000:04d}-{di // 100 % 100:02d}-{di % 100:02d}" if di else None
        facts = [orjson.loads(seg.fact_json(f)) for f in seg.fact_range(d)]
        out.append({"id": seg.doc_id(d), "title": title, "body": body, "date": date, "sections": [], "facts": facts})
    return out


def _search_segment(seg: Segment, q: Query, groups: list[list[tuple[str, bool]]]):
    """Matching docs of one segment: (docs, score, tier, hits, fact mask, fact counts)."""
    import numpy as np

    from store.search.segment import in_sorted

    cur: np.ndarray | None = None
    fmask = fcount = None
    if q.filters:
        fmask = seg.fact_mask(q.filters)
        counts = np.bincount(np.asarray(seg.fdoc)[fmask], minlength=seg.n)
        cur = np.flatnonzero(counts).astype(np.uint32)
        if not len(cur):
            return None
    score = tier = hits = None
    order = sorted(range(len(groups)), key=lambda g: min(seg.estimate(t) for t, _ in groups[g]))
    for g in order:
        parts = []
        for text, literal in groups[g]:
            th = seg.match(text, cur)
            if len(th.docs):
                parts.append((th.docs, th.score, th.hits, literal))
        if not parts:
            return None
        if len(parts) == 1:
            gdocs, gsc, ghits, lit = parts[0]
            glit = np.full(len(gdocs), int(lit), dtype=np.int64)
        else:
            # union over dense per-doc arrays: each part's docs are unique, so
            # fancy-index updates are safe (np.unique + ufunc.at cost ~10x more)
            present = np.zeros(seg.n, dtype=bool)
            gsc = np.zeros(seg.n, dtype=np.int64)
            ghits = np.zeros(seg.n, dtype=np.int64)
            glit = np.zeros(seg.n, dtype=np.int64)
            for pdocs, psc, phits, plit in parts:
                present[pdocs] = True
                gsc[pdocs] = np.maximum(gsc[pdocs], psc)  # score: the best alternative's
                ghits[pdocs] += phits
                if plit:
                    glit[pdocs] = 1  # the tier (literal or not) ranks first
            gdocs = np.flatnonzero(present).astype(np.uint32)
            gsc, ghits, glit = gsc[gdocs], ghits[gdocs], glit[gdocs]
        if cur is not None and score is not None:
            keep = in_sorted(cur, gdocs, seg.n)
            score, tier, hits = score[keep], tier[keep], hits[keep]
        cur = gdocs
        score = gsc if score is None else score + gsc
        tier = glit if tier is None else tier + glit
        hits = ghits if hits is None else hits + ghits
    for term in q.exclude:
        if cur is None:
            cur = seg.live_docs()
        out = seg.match(term.text, cur).docs
        if len(out):
            keep = ~in_sorted(cur, out, seg.n)
            cur = cur[keep]
            if score is not None:
                score, tier, hits = score[keep], tier[keep], hits[keep]
    if cur is None:
        return None
    if seg.live is not None:
        keep = seg.live[cur]
        cur = cur[keep]
        if score is not None:
            score, tier, hits = score[keep], tier[keep], hits[keep]
    if score is None:
        score = np.zeros(len(cur), dtype=np.int64)
        tier = np.zeros(len(cur), dtype=np.int64)
        hits = np.zeros(len(cur), dtype=np.int64)
    if fmask is not None:
        fcount = counts[cur].astype(np.int64)
        score = score + fcount
        if not q.groups:
            hits = fcount
    if not len(cur):
        return None
    i64 = np.int64
    if all(lit for g in groups for _, lit in g):
        tier = None  # every match has every group literally: the tier is the same for all
    else:
        tier = tier.astype(i64, copy=False)
    return cur, score.astype(i64, copy=False), tier, hits.astype(i64, copy=False), fmask, fcount


def _snippets(seg: Segment, d: int, literals: list[str], fids: list[int],
              norm_span: tuple[int, int] | None = None) -> list[str]:
    """Up to SNIPPETS_MAX windows of the body around its first hits.  The byte
    span of the normalised body may be passed in (gathered for a whole page at
    once: per-row access to memory-mapped arrays is slow)."""
    nb, ne = norm_span if norm_span is not None else seg.norm_body_span(d)
    needles = [t for t in literals if t]
    if needles and ne > nb and seg.same[d]:
        out = _snippets_aligned(seg, d, nb, ne, needles)
    else:
        out = _snippets_decoded(seg, d, nb, ne, needles)
    if not out and fids:
        import orjson

        for f in fids[:SNIPPETS_MAX]:
            clause = orjson.loads(seg.fact_json(f)).get("clause") or ""
            if clause:
                out.append(_clean(clause, False, False))
    if not out:
        lead, more = seg.body_window(d, 0, SNIPPET_BEFORE + SNIPPET_AFTER)
        if lead:
            out.append(_clean(lead, False, more))
    return out


def _snippets_aligned(seg: Segment, d: int, nb: int, ne: int, needles: list[str]) -> list[str]:
    """Snippets of a body whose chars map one to one onto its normalisation:
    hits are found in the normalised bytes and only the prefixes up to them are
    decoded (the best-scoring bodies are the longest; decoding them whole cost
    most of a first page)."""
    from store.search.segment import decode_prefix

    norm = seg.norm
    pats = [(t.encode("utf-8", "surrogatepass"), len(t)) for t in needles]
    out: list[str] = []
    p, pc = nb, 0  # search from byte p of the normalised body, which is its char pc
    while len(out) < SNIPPETS_MAX:
        best = None
        for pat, n in pats:
            x = norm.find(pat, p, ne)
            if x >= 0 and (best is None or (x, n) < best):
                best = (x, n)
        if best is None:
            break
        x, n = best
        c = pc + len(norm[p:x].decode("utf-8", "surrogatepass"))
        lo, hi = max(0, c - SNIPPET_BEFORE), c + n + SNIPPET_AFTER
        window, more = seg.body_window(d, lo, hi)
        out.append(_clean(window, lo > 0, more))
        if not more:
            break
        p = x + len(decode_prefix(norm, x, ne, hi - c)[: hi - c].encode("utf-8", "surrogatepass"))
        pc = hi
    return out


def _snippets_decoded(seg: Segment, d: int, nb: int, ne: int, needles: list[str]) -> list[str]:
    body = seg.title_body(d)[1]
    out: list[str] = []
    if needles and body:
        nbody = seg.norm[nb:ne].decode("utf-8", "surrogatepass")
        aligned = len(nbody) == len(body)
        starts: list[int] | None = None
        pos = 0  # normalised offset: find only the occurrences that become snippets
        while len(out) < SNIPPETS_MAX:
            best: tuple[int, int] | None = None
            for t in needles:
                i = nbody.find(t, pos)
                if i >= 0 and (best is None or (i, i + len(t)) < best):
                    best = (i, i + len(t))
            if best is None:
                break
            if not aligned:
                # a char normalises to >= 1 chars, so original offsets are <= normalised
                # ones: mapping the prefix up to the snippet's end is enough
                k = min(len(body), best[1] + SNIPPET_AFTER + 1)
                if starts is None or len(starts) < k:
                    starts = offset_map(body[:k], normalize(body[:k])) or list(range(k))
            a, b = to_original(starts, best)
            lo = max(0, a - SNIPPET_BEFORE)
            hi = min(len(body), b + SNIPPET_AFTER)
            out.append(_clean(body[lo:hi], lo > 0, hi < len(body)))
            pos = hi if starts is None else (starts[hi] if hi < len(starts) else len(nbody))
            if hi >= len(body):
                break
    return out


def _clean(text: str, pre: bool, post: bool) -> str:
    text = " ".join(text.split())
    return ("…" if pre else "") + text + ("…" if post else "")


def hit_spans(text: str, query: str, index: SearchIndex | None = None) -> list[tuple[int, int]]:
    """Spans (start, end) in `text` of every hit of the query's terms, in order,
    non-overlapping; Latin words also hit the Chinese words they spell in pinyin
    when `index` is given.  A malformed query yields no spans."""
    try:
        q = parse(query)
    except QueryError:
        return []
    needles: set[str] = set()
    for term in q.positive_terms():
        needles.add(term.text)
        if index is not None and term.latin:
            needles.update(normalize(w) for w in index.pinyin_words(term.text))
    if not needles or not text:
        return []
    normed = normalize(text)
    starts = offset_map(text, normed)
    raw = sorted(s for n in needles for s in find_all(normed, n))
    merged: list[tuple[int, int]] = []
    for a, b in raw:
        if merged and a < merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    return [to_original(starts, s) for s in merged]
