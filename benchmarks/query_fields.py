"""What the article fields (date:, pub:, source:) cost a search: each query
alone and with a field added, on a store built by benchmarks/ingest.py.

    python benchmarks/ingest.py --n 10000 --keep /tmp/bench
    python benchmarks/query_fields.py /tmp/bench/store_10000/factdesk.json

The fields are chosen from the store's catalog: its most common month and
year, its most common publication (a field that keeps most articles: the
worst case) and a rare one, and its largest source file.  Each search asks
for the first 50 ranked results and the exact total, as the CLI does
(facts not resolved); the figure is the median of --runs runs after one
warm-up run.  It prints a table and the machine's load; it is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store import open_store

BASES = ("经济", "重", "发展 改革", "新能源汽车", "cq", "kind:money >1亿", "year:2024 kind:percent")


def _median_ms(store, query: str, runs: int) -> tuple[float, int]:
    total = store.search(query, limit=50, facts=False)["total"]  # warm-up (and the count)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        store.search(query, limit=50, facts=False)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), total


def _fields(store) -> list[str]:
    catalog = store.catalog()
    months = Counter(e["date"][:7] for e in catalog if e["date"])
    pubs = Counter(e["publication"] for e in catalog if e["publication"])
    sources = Counter(e["source"] for e in catalog)
    common_pub, rare_pub = pubs.most_common()[0][0], pubs.most_common()[-1][0]
    month = months.most_common(1)[0][0]
    return [f"date:{month}", f"date:{month[:4]}", f'pub:"{common_pub}"', f'pub:"{rare_pub}"',
            f'source:"{sources.most_common(1)[0][0]}"']


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    store = open_store(args.store, seed=False, create=False)
    store.prepare_search()
    fields = _fields(store)
    started = time.perf_counter()
    store.search(fields[2], limit=50, facts=False)
    print(f"first pub: search (reads the catalog's publications and sources): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"{len(store.catalog()):,} articles, median of {args.runs} runs, ms (matches)\n")
    print("| query | alone | " + " | ".join(f"+ {f}" for f in fields) + " |")
    print("|---" * (len(fields) + 2) + "|")
    for base in BASES:
        alone, n = _median_ms(store, base, args.runs)
        cells = [f"{alone:.1f} ({n:,})"]
        for field in fields:
            ms, m = _median_ms(store, f"{base} {field}", args.runs)
            cells.append(f"{ms:.1f} ({m:,})")
        print(f"| `{base}` | " + " | ".join(cells) + " |")
    only = [f"{_median_ms(store, field, args.runs)[0]:.1f}" for field in fields]
    print("| (field alone) | | " + " | ".join(only) + " |")
    print(f"\nload average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
