"""Searches during an ingest: how long a reader waits while a writer adds articles.

    python benchmarks/search_during_ingest.py --store /tmp/bench/store_100000/factdesk.json
    python benchmarks/search_during_ingest.py --store S --n 3000 --interval 0.5 --keep /tmp/sdi

A copy of the store is made (the store given is never written).  First a few
``factdesk search`` runs on the idle copy give the baseline; then ``factdesk
ingest`` adds --n new articles (bulk corpus texts with their paragraphs
shuffled and a marked title, so that every one is new) while a loop runs
``factdesk search`` one query after another, each a fresh process as a shell
user's would be, until the ingest has ended; a few more follow it.  Each
search's wall time is measured from process start to exit, and whatever it
printed on stderr (a wait for the write lock is said there) is counted.
Prints the searches' wall times before, during and after the ingest (p50, p95,
max, how many took more than a second), the time each search during it spent
off the CPU (its wall time less its own CPU time: a wait for a lock or the
disk, or other processes on a busy machine), and the ingest's own time.  It is not a
test: the figures depend on the machine and its load, printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import factdesk, load_corpus, pct  # noqa: E402  (the ingest benchmark's corpus and command)

QUERIES = ["经济", "增长", "新能源汽车", "cq", "重庆", "同比增长", "kind:money 亿元", "进出口", "人工智能", "粮食"]


def copy_store(store: Path, into: Path) -> Path:
    """The store file and its folder beside it, copied into `into`."""
    dest = into / store.name
    shutil.copy2(store, dest)
    side = store.with_name(store.name + ".d")
    if side.is_dir():
        shutil.copytree(side, into / side.name)
    return dest


def new_articles(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    base = [r for r in load_corpus() if r.get("body")]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(rng.choice(base))
            paras = (record["body"] or "").split("\n")
            rng.shuffle(paras)
            record["body"] = "\n".join(paras)
            record["title"] = f"live{seed}-{i}·{record.get('title') or ''}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


OFF_CPU: list[float] = []     # each search's wall time less its CPU time: waits (a lock, the disk) and a busy machine
CPU: list[float] = []         # each search's own CPU time (user + system): what it did, whatever the machine's load


def one_search(db: Path, query: str) -> tuple[float, str]:
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(factdesk() + ["--db", str(db), "search", query, "--limit", "20"],
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)   # (the writer, still running, is not counted in it)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    CPU.append(cpu)
    OFF_CPU.append(wall - cpu)
    note = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    if done.returncode != 0:
        note = f"exit {done.returncode}: {note}"
    return wall, note


def summary(name: str, times: list[float]) -> str:
    if not times:
        return f"{name:<14} (none)"
    over = sum(t > 1.0 for t in times)
    return (f"{name:<14} n={len(times):<4} p50 {pct(times, 50):.2f} s  p95 {pct(times, 95):.2f} s  "
            f"max {max(times):.2f} s  over 1 s: {over}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True, help="a built store file (copied, never written)")
    ap.add_argument("--n", type=int, default=3000, help="articles the ingest adds (default 3000)")
    ap.add_argument("--interval", type=float, default=0.2, help="pause between searches, seconds (default 0.2)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="work here and keep the copy and the archive")
    args = ap.parse_args()
    if not args.store.is_file():
        sys.exit(f"search_during_ingest: no store file at {args.store}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="factdesk-sdi-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        db = copy_store(args.store, work)
        archive = work / "new.jsonl"
        new_articles(archive, args.n, args.seed)
        load = os.getloadavg()[0]
        before = [one_search(db, q)[0] for q in QUERIES[:5]]
        during: list[float] = []
        notes: dict[str, int] = {}
        started = time.perf_counter()
        writer = subprocess.Popen(factdesk() + ["--db", str(db), "ingest", str(archive)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        i = 0
        off_cpu: list[float] = []
        on_cpu: list[float] = []
        log = []
        while writer.poll() is None:
            wall, note = one_search(db, QUERIES[i % len(QUERIES)])
            i += 1
            if writer.poll() is None:
                during.append(wall)
                off_cpu.append(OFF_CPU[-1])
                on_cpu.append(CPU[-1])
            log.append(f"{time.perf_counter() - started:7.2f} s  wall {wall:5.2f}  cpu {CPU[-1]:5.2f}  "
                       f"{QUERIES[(i - 1) % len(QUERIES)]}  {note[:120]}")
            if note:
                notes[note[:100]] = notes.get(note[:100], 0) + 1
            time.sleep(args.interval)
        ingest_wall = time.perf_counter() - started
        writer_err = (writer.stderr.read() if writer.stderr else "").strip()
        after = [one_search(db, q)[0] for q in QUERIES[:5]]
        print(f"store {args.store} copied; ingest of {args.n:,} articles through `factdesk ingest`: "
              f"{ingest_wall:.1f} s (exit {writer.returncode}); load at start {load:.1f}, "
              f"at end {os.getloadavg()[0]:.1f}")
        print(summary("before", before))
        print(summary("during ingest", during))
        print(summary("after", after))
        print(summary("  own CPU", on_cpu) + "   (during: the search's own CPU time, user + system)")
        print(summary("  off CPU", off_cpu) + "   (during: wall less the search's own CPU time)")
        if args.keep:
            (work / "searches.txt").write_text("\n".join(log) + "\n", encoding="utf-8")
        for note, count in sorted(notes.items(), key=lambda kv: -kv[1]):
            print(f"  stderr ×{count}: {note}")
        if writer_err:
            print(f"  ingest's stderr: {writer_err.splitlines()[-1][:200]}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
