"""Search as you type, as the app runs it: every prefix of a few queries,
each answered by ``tui.search_state.search`` (the first 500 matches, ids
only, snippets for the first 50, the exact total) on an existing store.

The index is opened first (the app opens it right after start-up), then
each query is typed one character at a time, the way the search bar sends
them.  It prints the time per keystroke; it is not a test.

    python benchmarks/search_typing.py STORE [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

# Chinese terms of different frequency, pinyin, and fact filters.
QUERIES = ("新能源汽车", "地区生产总值", "国务院常务会议", "changshou", "kind:money >1亿", "增长 -下降")


def keystrokes(query: str) -> list[str]:
    """What the search bar sends while the query is typed: each prefix,
    spaces not sent on their own."""
    return [query[:n] for n in range(1, len(query) + 1) if not query[:n].endswith(" ")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=3, help="type every query this many times")
    args = parser.parse_args()

    from store import open_store
    from tui.search_state import search

    store = open_store(str(args.store), seed=False, create=False)
    started = time.perf_counter()
    store.prepare_search()
    print(f"index opened in {time.perf_counter() - started:.2f} s; load average {os.getloadavg()[0]:.1f}")
    samples: list[tuple[float, str, int]] = []
    for _ in range(args.rounds):
        for query in QUERIES:
            for text in keystrokes(query):
                try:
                    t0 = time.perf_counter()
                    _, results = search(store, text)
                    samples.append((time.perf_counter() - t0, text, results["total"]))
                except ValueError:  # a half-typed filter such as "kind:" is an error until finished
                    continue
    times = sorted(s[0] for s in samples)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"{len(samples)} keystrokes: min {times[0] * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms,"
          f" p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f}")
    for seconds, text, total in sorted(samples, reverse=True)[:5]:
        print(f"  slowest: {text!r} {seconds * 1000:.0f} ms ({total:,} matches)")


if __name__ == "__main__":
    main()
