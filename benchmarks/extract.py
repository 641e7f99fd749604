"""Throughput of store.facts.article_facts (title and body, repeats merged: what ingest
runs per article) on the bulk corpus (prints figures; not a test).

One process gives articles per CPU second, the rate that compares across runs on a
shared machine; `--jobs N` also runs the articles through N worker processes, as
`factdesk ingest` does, and gives the wall-clock rate on this machine's cores.

Usage: python benchmarks/extract.py [corpus_dir] [--jobs N]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

t0 = time.perf_counter()
from store.facts import article_facts

import_s = time.perf_counter() - t0


def _load(corpus: Path) -> list[dict]:
    arts = []
    for p in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                try:
                    arts.append(json.loads(line))
                except ValueError:
                    continue
    return arts


def _count_facts(batch: list[dict]) -> tuple[int, float]:
    cpu = time.process_time()
    n = sum(len(article_facts(a)) for a in batch)
    return n, time.process_time() - cpu


def _pooled(arts: list[dict], jobs: int) -> None:
    import multiprocessing

    batches = [arts[i:i + 200] for i in range(0, len(arts), 200)]
    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ctx.Pool(jobs) as pool:
        pool.map(_count_facts, batches[:jobs])  # warm the workers' caches first
        t = time.perf_counter()
        results = pool.map(_count_facts, batches, chunksize=1)
        dt = time.perf_counter() - t
    cpu = sum(c for _, c in results)
    print(f"{jobs} processes: {len(arts) / dt:.0f} articles/s wall "
          f"({len(arts) / cpu:.0f} per worker CPU second; load average {os.getloadavg()[0]:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "corpus" / "bulk")
    parser.add_argument("--jobs", type=int, default=0,
                        help="also measure N worker processes (wall clock)")
    args = parser.parse_args()
    arts = _load(args.corpus)
    if not arts:
        print(f"no articles under {args.corpus}")
        return
    chars = sum(len(a.get("title") or "") + len(a.get("body") or "") for a in arts)
    t, cpu = time.perf_counter(), time.process_time()
    n_facts = 0
    for a in arts:
        n_facts += len(article_facts(a))
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"import store.facts: {import_s * 1000:.0f} ms")
    print(f"{len(arts)} articles, {chars / 1e6:.1f} M chars, {n_facts} facts in {dt:.2f} s ({dcpu:.2f} s CPU)")
    print(f"{len(arts) / dt:.0f} articles/s, {chars / dt / 1e6:.2f} M chars/s")
    # on a shared machine the CPU-time rate is the one that compares across runs
    print(f"{len(arts) / dcpu:.0f} articles per CPU second (load average {os.getloadavg()[0]:.1f})")
    if args.jobs:
        _pooled(arts, args.jobs)


if __name__ == "__main__":
    main()
