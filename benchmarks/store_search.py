"""Search an existing store, in-process: first page p50/p95 per query class.

    python benchmarks/store_search.py STORE            # 60 queries per class, 3 runs
    python benchmarks/store_search.py STORE --queries 100 --repeat 5

``benchmarks/search.py`` builds its own index from synthetic documents; this
one times the index a real ``factdesk ingest`` built (the 1,000,000-article
run, say), opened read-only the way the app opens it.  Queries are drawn like
search.py's (1- to 4-character substrings of the bulk corpus, and mixed
forms: AND, a longer phrase, NOT, OR), so the two tables compare.  It prints
figures; it is not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search import load_corpus, make_queries, pct


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path, help="the store's main file (factdesk.json)")
    ap.add_argument("--queries", type=int, default=60, help="queries per class")
    ap.add_argument("--repeat", type=int, default=3, help="runs (median of their percentiles)")
    args = ap.parse_args()

    from store import open_store

    t = time.perf_counter()
    db = open_store(args.store, seed=False, create=False, defer_catalog=True)
    index = db.search_index()
    opened = time.perf_counter() - t
    print(f"store {args.store}: open + index load {opened * 1000:.0f} ms; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    queries = make_queries(load_corpus(), args.queries)
    print(f"\np50 / p95 ms, median over {args.repeat} runs of {args.queries} queries per class\n")
    print("| class | matches (mean) | first page (50 + total) | first page, CPU |")
    print("|---|---|---|---|")
    for cls, qs in queries.items():
        walls: list[tuple[float, float]] = []
        cpus: list[tuple[float, float]] = []
        totals: list[int] = []
        for _ in range(args.repeat):
            w, c = [], []
            for q in qs:
                c0, t0 = time.thread_time(), time.perf_counter()
                r = index.search(q, limit=50)
                w.append(time.perf_counter() - t0)
                c.append(time.thread_time() - c0)
                totals.append(r["total"])
            walls.append((pct(w, 50), pct(w, 95)))
            cpus.append((pct(c, 50), pct(c, 95)))
        cell = lambda xs: " / ".join(f"{statistics.median(x[k] for x in xs):.1f}" for k in (0, 1))
        print(f"| {cls} | {statistics.mean(totals):.0f} | {cell(walls)} | {cell(cpus)} |")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
