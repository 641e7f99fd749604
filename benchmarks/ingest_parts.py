"""Where the writer's CPU goes in an ingest: the real ingest (extraction
workers in their pool) run in this process, with the CPU of its main parts
(time.thread_time of the thread that runs them) and of each of its threads
(the postings sort, the pinyin vocabulary, the pool's feeder threads), per
1,000 articles.  The workers' and the series child's CPU are not here:
benchmarks/process_tree.py gives every process's.  It is not a test.

    python benchmarks/ingest_parts.py ARCHIVE.jsonl [--db DIR/factdesk.json]

Give the load average with any figure: on a shared machine CPU time grows
with the load too (caches), less than wall time does.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

# (module, attribute path, label, whether it is a generator)
PARTS = [
    ("store.ingest.pipeline", "_store_source", "stream: parse, hand over, store (main thread)", False),
    ("store.db.transaction", "Transaction.flush", "shard flushes (while streaming and in the commit)", False),
    ("store.db.transaction", "Transaction.commit", "commit (main thread)", False),
    ("store.search.build", "_build_segment", "  index segment build", False),
    ("store.db.store", "Store._prepared_docs", "    prepared documents read back", True),
    ("store.search.build", "_Texts.add", "    texts and frames", False),
    ("store.search.build", "chunk_text", "    postings chunk text", False),
    ("store.search.postings", "Runs.merge", "    postings merge", False),
    ("store.search.build", "chunk_postings", "postings sort (its thread)", False),
    ("store.search.pinyin", "vocab_bytes", "pinyin vocabulary (its thread)", False),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--db", type=Path, help="store to create (default: a temporary one, removed)")
    args = parser.parse_args()
    spent: dict[str, float] = {}
    for module, path, label, gen in PARTS:
        _wrap(module, path, label, gen, spent)
    threads = _ThreadCPU()
    from store import open_store
    from store.ingest.pipeline import ingest_paths

    work = None if args.db else Path(tempfile.mkdtemp(prefix="factdesk-parts-"))
    db = args.db or work / "factdesk.json"  # type: ignore[operator]
    shutil.rmtree(db.parent, ignore_errors=True)
    db.parent.mkdir(parents=True)
    try:
        store = open_store(str(db), seed=False)
        load = os.getloadavg()[0]
        cpu = time.process_time()
        report = ingest_paths(store, [args.archive])
        cpu = time.process_time() - cpu
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    k = max(report.added, 1) / 1000
    print(f"{report.added:,} articles; writer CPU {cpu:.2f} s, {cpu / k:.3f} s per 1,000; "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    for _, _, label, _ in PARTS:
        if label in spent:
            print(f"  {label:52s} {spent[label] / k:.3f} s per 1,000")
    print("  threads (CPU of the whole ingest, the main one included):")
    for name, seconds in threads.stop():
        print(f"    {name:50s} {seconds / k:.3f} s per 1,000")


def _wrap(module: str, path: str, label: str, gen: bool, spent: dict[str, float]) -> None:
    import importlib

    owner = importlib.import_module(module)
    *outer, attr = path.split(".")
    for name in outer:
        owner = getattr(owner, name)
    fn = getattr(owner, attr)

    def add(seconds: float) -> None:
        spent[label] = spent.get(label, 0.0) + seconds

    if gen:
        @functools.wraps(fn)
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            it = fn(*a, **k)
            while True:
                started = time.thread_time()
                try:
                    item = next(it)
                except StopIteration:
                    add(time.thread_time() - started)
                    return
                add(time.thread_time() - started)
                yield item
    else:
        @functools.wraps(fn)
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            started = time.thread_time()
            try:
                return fn(*a, **k)
            finally:
                add(time.thread_time() - started)
    setattr(owner, attr, wrapper)


class _ThreadCPU:
    """Each thread's CPU, sampled from /proc (threads end before the ingest
    does), named by the Python thread that runs on it when there is one."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._tick = os.sysconf("SC_CLK_TCK")
        self._thread = threading.Thread(target=self._run, daemon=True, name="cpu-sampler")
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def _sample(self) -> None:
        names = {t.native_id: t.name for t in threading.enumerate()}
        for tid in os.listdir("/proc/self/task"):
            try:
                with open(f"/proc/self/task/{tid}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            cpu = (int(fields[11]) + int(fields[12])) / self._tick
            name = names.get(int(tid)) or self.seen.get(int(tid), ("?", 0.0))[0]
            self.seen[int(tid)] = (name, cpu)

    def stop(self) -> list[tuple[str, float]]:
        self._sample()
        self._stop.set()
        busy = [(f"{name} ({tid})", cpu) for tid, (name, cpu) in self.seen.items() if cpu >= 0.05]
        return sorted(busy, key=lambda x: -x[1])


if __name__ == "__main__":
    main()
