"""On-disk full-text + fact index: open, rebuild, incremental update, search.

Layout of the index directory (all of it belongs to this module):
    manifest.json           the commit point: token, segments, vocabulary file
    <seg>.<part>[.npy]      immutable segment files (see search_build)
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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.query import Query, QueryError, Term, parse
from store.search_norm import find_all, normalize, offset_map, to_original

if TYPE_CHECKING:
    from store.search_segment import Segment

__all__ = ["SearchIndex", "IndexStale", "QueryError", "hit_spans", "FORMAT"]

FORMAT = 1
MANIFEST = "manifest.json"
W_TITLE, W_SUBJ, W_BODY = 10, 3, 1
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
        from store.search_segment import Segment

        segs = []
        for meta in manifest["segments"]:
            for part, size in meta["files"].items():
                if (directory / f"{meta['name']}.{part}").stat().st_size != size:
                    raise IndexStale(f"index file {meta['name']}.{part} has the wrong size")
            segs.append(Segment(directory, meta))
        return segs

    @classmethod
    def rebuild(cls, directory: Path, docs: Iterable[dict], token: str) -> SearchIndex:
        from store.search_build import build_segment

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        docs = _dedupe(docs)
        seg = build_segment(directory, _new_name("s"), docs)
        vocab = _vocab_file(directory, docs, None)
        manifest = {"format": FORMAT, "token": token, "segments": [seg], "vocab": vocab}
        _commit(directory, manifest)
        return cls.open(directory, token)

    def update(self, added: list[dict], removed: list[str], token: str) -> None:
        """Add/replace `added` and drop `removed` (ids); an id in both is replaced."""
        import numpy as np

        from store.search_build import build_segment, write_file

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
        vocab = _vocab_file(self.directory, added, self._manifest.get("vocab")) if added else self._manifest.get("vocab")
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
        from store.search_build import build_segment

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
            from store.pinyin import PinyinLookup

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
        """Ranked articles matching `query` (see store.query for the language).

        {"total", "facts_total", "results": [{"article_id","title","score","hits",
        "snippets","fact_ids"}]}; limit 0 = all results.  Snippets, and for
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
        seg_ix = np.concatenate([np.full(len(p[1]), p[0], dtype=np.int64) for p in per_seg])
        docs = np.concatenate([p[1].astype(np.int64) for p in per_seg])
        score = np.concatenate([p[2] for p in per_seg])
        tier = np.concatenate([p[3] for p in per_seg])
        hits = np.concatenate([p[4] for p in per_seg])
        dates = np.concatenate([self._segments[p[0]].date[p[1]].astype(np.int64) for p in per_seg])
        # one sortable int64: tier (4 bits) | score (32 bits) | date yyyymmdd (27 bits)
        rank = (np.minimum(tier, 15) << 59) | (np.minimum(score, (1 << 32) - 1) << 27) | np.clip(dates, 0, (1 << 27) - 1)
        n = total if limit <= 0 else min(limit, total)
        if n < total:
            top = np.argpartition(-rank, n - 1)[:n]
            top = top[np.argsort(-rank[top], kind="stable")]
        else:
            top = np.argsort(-rank, kind="stable")
        fmasks = {p[0]: p[5] for p in per_seg}
        literals = [t for alts in groups for t, _ in alts]
        sel_seg, sel_doc = seg_ix[top], docs[top]
        n_detail = len(top) if detail is None else min(len(top), max(detail, 0))
        info: dict[tuple[int, int], tuple] = {}
        for si in np.unique(sel_seg).tolist():
            seg = self._segments[si]
            in_seg = sel_seg == si
            rows = seg.page(sel_doc[in_seg], fmasks[si], literals, in_seg[:n_detail].sum())
            for d, row in zip(sel_doc[in_seg].tolist(), rows):
                info[(si, d)] = row
        results = []
        text_facts_total = 0
        for k, (si, d, sc, hi) in enumerate(zip(sel_seg.tolist(), sel_doc.tolist(), score[top].tolist(), hits[top].tolist())):
            art_id, title, fidx, fids = info[(si, d)]
            text_facts_total += len(fids)
            results.append({
                "article_id": art_id,
                "title": title,
                "score": sc,
                "hits": hi,
                "snippets": _snippets(self._segments[si], d, literals, fidx) if k < n_detail else [],
                "fact_ids": fids,
            })
        if not q.filters:
            facts_total = text_facts_total  # text-only: counted over the detailed results
        return {"total": total, "facts_total": facts_total, "results": results}

    def close(self) -> None:
        if self._vocab_fh:
            self._vocab_fh.close()
            self._vocab_fh = None


# ---------------------------------------------------------------------- helpers
def _dedupe(docs: Iterable[dict]) -> list[dict]:
    """Last document wins for a repeated id."""
    by_id: dict[str, dict] = {}
    for d in docs:
        by_id.pop(str(d["id"]), None)
        by_id[str(d["id"])] = d
    return list(by_id.values())


def _commit(directory: Path, manifest: dict) -> None:
    from store.search_build import fsync_dir, write_file

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


def _vocab_file(directory: Path, docs: list[dict], previous: str | None) -> str | None:
    """Count the words of `docs`, merge into the previous vocabulary, write a new file."""
    from store.pinyin import build_vocab, count_words
    from store.search_build import write_file

    known = None
    if previous:
        try:
            known = json.loads((directory / previous).read_bytes())
        except (OSError, ValueError):
            known = None
    strong: list[str] = []
    weak: list[str] = []
    for d in docs:
        strong.append(d.get("title") or "")
        body = d.get("body") or ""
        for s in d.get("sections") or []:
            if s.get("heading"):
                strong.append(s["heading"])
        for f in d.get("facts") or []:
            if f.get("subject"):
                strong.append(f["subject"])
        weak.append(body.lstrip().split("\n", 1)[0])
    vocab = build_vocab(count_words(strong, weak), known)
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

    from store.search_segment import in_sorted

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
                sc = W_TITLE * th.title + W_SUBJ * th.subj + W_BODY * th.body
                parts.append((th.docs, sc, th.title + th.body, literal))
        if not parts:
            return None
        if len(parts) == 1:
            gdocs, gsc, ghits, lit = parts[0]
            glit = np.full(len(gdocs), int(lit), dtype=np.int64)
        else:
            alld = np.concatenate([p[0] for p in parts])
            gdocs, inv = np.unique(alld, return_inverse=True)
            gsc = np.zeros(len(gdocs), dtype=np.int64)
            ghits = np.zeros(len(gdocs), dtype=np.int64)
            glit = np.zeros(len(gdocs), dtype=np.int64)
            # the tier (literal or not) ranks first; score is the best alternative's
            np.maximum.at(gsc, inv, np.concatenate([p[1] for p in parts]))
            np.add.at(ghits, inv, np.concatenate([p[2] for p in parts]))
            np.maximum.at(glit, inv, np.concatenate([np.full(len(p[0]), int(p[3])) for p in parts]))
        if cur is not None and score is not None:
            keep = in_sorted(cur, gdocs)
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
            keep = ~in_sorted(cur, out)
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
    return cur, score.astype(np.int64), tier.astype(np.int64), hits.astype(np.int64), fmask, fcount


def _snippets(seg: Segment, d: int, literals: list[str], fids: list[int]) -> list[str]:
    body = seg.title_body(d)[1]
    spans: list[tuple[int, int]] = []
    if literals:
        nbody = seg.norm_body(d)
        starts = None if len(nbody) == len(body) else offset_map(body, nbody)
        for t in literals:
            spans += [to_original(starts, s) for s in find_all(nbody, t)]
    spans.sort()
    out: list[str] = []
    last_end = -1
    for a, b in spans:
        if a < last_end:
            continue
        lo = max(0, a - SNIPPET_BEFORE)
        hi = min(len(body), b + SNIPPET_AFTER)
        out.append(_clean(body[lo:hi], lo > 0, hi < len(body)))
        last_end = hi
        if len(out) >= SNIPPETS_MAX:
            break
    if not out and fids:
        import orjson

        for f in fids[:SNIPPETS_MAX]:
            clause = orjson.loads(seg.fact_json(f)).get("clause") or ""
            if clause:
                out.append(_clean(clause, False, False))
    if not out and body:
        out.append(_clean(body[: SNIPPET_BEFORE + SNIPPET_AFTER], False, len(body) > SNIPPET_BEFORE + SNIPPET_AFTER))
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
