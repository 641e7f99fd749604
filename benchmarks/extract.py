"""Throughput of store.facts.article_facts (title and body, repeats merged: what ingest
runs per article) on the bulk corpus (prints figures; not a test).

Usage: python benchmarks/extract.py [corpus_dir]
"""

from __future__ import annotations

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


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "bulk"
    arts = []
    for p in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                try:
                    arts.append(json.loads(line))
                except ValueError:
                    continue
    if not arts:
        print(f"no articles under {corpus}")
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


if __name__ == "__main__":
    main()
