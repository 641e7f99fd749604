"""Search benchmark: index vs a plain substring scan over the same texts.

    python benchmarks/search.py                 # 10k and 100k archives (each in its own process)
    python benchmarks/search.py --n 10000       # one size
    python benchmarks/search.py --queries 100   # queries per class

Articles come from /work/shared/corpus/bulk/*.jsonl, repeated with varied
text when they run out (paragraphs shuffled, title prefixed with the round).
The index is built directly with SearchIndex.rebuild on synthetic IndexDocs
(a few fake facts each), so this does not depend on the store.  It prints a
table; it is not a test.  It also checks that the index returns exactly the
scan's matching set for every query and reports mismatches.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CORPUS = Path("/work/shared/corpus/bulk")


def load_corpus() -> list[dict]:
    arts = []
    for p in sorted(CORPUS.glob("*.jsonl")):
        for line in p.open(encoding="utf-8"):
            line = line.strip()
            if line:
                a = json.loads(line)
                arts.append({"title": a.get("title") or "", "body": a.get("body") or "", "date": a.get("date")})
    return arts


def make_docs(n: int, base: list[dict], seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    kinds = ["money", "count", "percent", "year"]
    units = ["元", "辆", "%", "家"]
    docs = []
    for i in range(n):
        a = base[i % len(base)]
        rnd = i // len(base)
        body, title = a["body"], a["title"]
        if rnd:
            paras = body.split("\n")
            rng.shuffle(paras)
            body = "\n".join(paras)
            title = f"{rnd}·{title}"
        facts = []
        for j in range(rng.randint(0, 4)):
            k = rng.choice(kinds)
            facts.append({"id": f"d{i}:body:{j}", "kind": k, "value": rng.choice([5e4, 3e8, 12.5, 2024, 1e9]),
                          "value_high": None, "unit": rng.choice(units), "subject": body[j * 7:j * 7 + 4],
                          "clause": body[j * 7:j * 7 + 20], "period": None})
        docs.append({"id": f"d{i}", "title": title, "body": body, "date": a["date"], "sections": [], "facts": facts})
    return docs


def make_queries(docs: list[dict], per_class: int, seed: int = 2) -> dict[str, list[str]]:
    rng = random.Random(seed)

    def sub(k: int) -> str:
        while True:
            b = rng.choice(docs)["body"]
            if len(b) > k + 10:
                i = rng.randrange(len(b) - k)
                s = b[i:i + k]
                if all("\u4e00" <= c <= "\u9fff" for c in s):
                    return s

    qs = {f"{k}-char": [sub(k) for _ in range(per_class)] for k in (1, 2, 3, 4)}
    mixed = []
    for i in range(per_class):
        r = i % 4
        if r == 0:
            mixed.append(f"{sub(2)} {sub(3)}")
        elif r == 1:
            mixed.append(sub(rng.choice([5, 6, 8])))
        elif r == 2:
            mixed.append(f"{sub(2)} -{sub(1)}")
        else:
            mixed.append(f"{sub(2)} | {sub(2)}")
    qs["mixed"] = mixed
    return qs


def scan(normed: list[tuple[str, str]], query: str) -> list[int]:
    """The baseline: a plain substring scan (same query semantics for the mixed forms)."""
    from store.query import parse

    q = parse(query)
    if len(q.groups) == 1 and len(q.groups[0]) == 1 and not q.exclude:  # the common case, kept lean
        t = q.groups[0][0].text
        return [i for i, (a, b) in enumerate(normed) if t in a or t in b]
    out = []
    for i, (t, b) in enumerate(normed):
        if all(any(term.text in t or term.text in b for term in g) for g in q.groups) and \
                not any(term.text in t or term.text in b for term in q.exclude):
            out.append(i)
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def run(n: int, per_class: int) -> None:
    from store.search_index import SearchIndex
    from store.search_norm import normalize

    base = load_corpus()
    docs = make_docs(n, base)
    chars = sum(len(d["title"]) + len(d["body"]) for d in docs)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    try:
        t = time.perf_counter()
        SearchIndex.rebuild(tmp / "index", docs, "bench")
        build = time.perf_counter() - t
        rss_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = sum(p.stat().st_size for p in (tmp / "index").iterdir())
        t = time.perf_counter()
        idx = SearchIndex.open(tmp / "index", "bench")
        load = time.perf_counter() - t
        normed = [(normalize(d["title"]), normalize(d["body"])) for d in docs]
        queries = make_queries(docs, per_class)
        id_of = {d["id"]: i for i, d in enumerate(docs)}
        print(f"\n## {n:,} articles, {chars / 1e6:.1f} M chars")
        print(f"build {build:.1f} s, index {size / 1e6:.0f} MB, load {load * 1000:.1f} ms, "
              f"peak RSS {rss0:.0f} MB before build -> {rss_build:.0f} MB after build")
        print(f"| queries ({per_class} each) | matches (mean) | scan p50/p95 ms | first page p50/p95 ms | full list p50/p95 ms | full list, every result with snippets p50/p95 ms | mismatches |")
        print("|---|---|---|---|---|---|---|")
        for cls, qs in queries.items():
            t_scan, t_page, t_full, t_snip, sizes, bad = [], [], [], [], [], 0
            for q in qs:
                t = time.perf_counter()
                expect = scan(normed, q)
                t_scan.append(time.perf_counter() - t)
                t = time.perf_counter()
                idx.search(q, limit=50)
                t_page.append(time.perf_counter() - t)
                t = time.perf_counter()
                r = idx.search(q, limit=0, detail=0)
                t_full.append(time.perf_counter() - t)
                t = time.perf_counter()
                idx.search(q, limit=0, detail=None)
                t_snip.append(time.perf_counter() - t)
                got = sorted(id_of[x["article_id"]] for x in r["results"])
                sizes.append(len(expect))
                if got != expect or r["total"] != len(expect):
                    bad += 1
            print(f"| {cls} | {statistics.mean(sizes):.0f} | {pct(t_scan, 50):.1f} / {pct(t_scan, 95):.1f} | "
                  f"{pct(t_page, 50):.1f} / {pct(t_page, 95):.1f} | {pct(t_full, 50):.1f} / {pct(t_full, 95):.1f} | "
                  f"{pct(t_snip, 50):.1f} / {pct(t_snip, 95):.1f} | {bad} |")
        for q in ("kind:money >1亿", "changshou", "chongqing", "cq"):
            ts = []
            for _ in range(20):
                t = time.perf_counter()
                r = idx.search(q, limit=50)
                ts.append(time.perf_counter() - t)
            print(f"  {q!r}: total {r['total']}, first page p50/p95 {pct(ts, 50):.1f} / {pct(ts, 95):.1f} ms")
        print(f"peak RSS at end {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, action="append", help="archive size (repeatable); default 10000 and 100000")
    ap.add_argument("--queries", type=int, default=100, help="queries per class")
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    sizes = args.n or [10_000, 100_000]
    if len(sizes) == 1:
        run(sizes[0], args.queries)
        return
    for n in sizes:  # one process per size, so peak memory is per size
        subprocess.run([sys.executable, __file__, "--n", str(n), "--queries", str(args.queries)], check=True)


if __name__ == "__main__":
    main()
