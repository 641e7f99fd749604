"""Launch-to-first-paint of the real `factdesk` command in a real terminal.

Starts the installed command in a detached tmux session and polls the pane
until the article list shows the first title, for the seed store and (with
--archive N) a store of N articles built from ../shared/corpus/bulk.  Prints
the figures next to `python -c "import textual.app"` measured in the same
run.  It prints figures; it is not a test.

    python benchmarks/startup.py [--archive 100000] [--runs 5]
    python benchmarks/startup.py --store big.json --marker "Articles (100,004)"   # a store built before
    python benchmarks/startup.py --command /tmp/old/factdesk                     # another checkout's command
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BULK = REPO.parent / "shared" / "corpus" / "bulk"
FACTDESK = shutil.which("factdesk") or str(Path(sys.executable).with_name("factdesk"))


def time_import(runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import textual.app"], check=True)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def first_paint(db: Path, marker: str, socket: str, command: str = FACTDESK) -> float:
    """Seconds from starting the command to the marker text on screen."""
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
    t0 = time.perf_counter()
    subprocess.run(
        ["tmux", "-L", socket, "new-session", "-d", "-x", "120", "-y", "40", f"{command} --db {db}"],
        check=True,
    )
    try:
        while time.perf_counter() - t0 < 30:
            screen = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if marker in screen:
                return time.perf_counter() - t0
            time.sleep(0.005)
        raise RuntimeError(f"{marker!r} never appeared:\n{screen}")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)


def build_archive(n: int, directory: Path) -> Path:
    """A JSON Lines archive of n articles: the bulk corpus, repeated with
    varied titles when it runs out."""
    records = []
    for path in sorted(BULK.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            records.append(json.loads(line))
    rng = random.Random(7)
    out = directory / f"archive_{n}.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = dict(records[i % len(records)])
            if i >= len(records):
                paragraphs = (record.get("body") or "").split("\n")
                rng.shuffle(paragraphs)
                record["body"] = "\n".join(paragraphs)
                record["title"] = f"{record.get('title') or '无题'}（{i // len(records)}）"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=int, default=0, help="also measure a store of this many articles")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--store", type=Path, help="also measure this existing store (with --marker)")
    parser.add_argument("--marker", help="text that shows the --store's list is drawn, e.g. 'Articles (100,004)'")
    parser.add_argument("--command", default=FACTDESK, help="the factdesk command to start (default: this venv's)")
    args = parser.parse_args()
    if args.store and not args.marker:
        sys.exit("--store needs --marker")
    if not shutil.which("tmux"):
        sys.exit("tmux is needed")
    work = Path(tempfile.mkdtemp(prefix="factdesk-startup-"))
    rows = [("python -c 'import textual.app'", time_import(args.runs))]

    seed_db = work / "seed.json"
    subprocess.run([args.command, "--db", str(seed_db), "seed"], check=True, capture_output=True)
    samples = [first_paint(seed_db, "五年平安成绩单", f"fdbench{os.getpid()}", args.command)
               for _ in range(args.runs)]
    rows.append(("factdesk, seed store (4 articles)", statistics.median(samples)))
    if args.store:
        samples = [first_paint(args.store, args.marker, f"fdbench{os.getpid()}", args.command)
                   for _ in range(args.runs)]
        rows.append((f"factdesk, {args.store.name} ({args.marker})", statistics.median(samples)))

    if args.archive:
        if not BULK.is_dir():
            sys.exit("../shared/corpus/bulk is needed for --archive")
        archive = build_archive(args.archive, work)
        db = work / "big.json"
        t0 = time.perf_counter()
        subprocess.run([FACTDESK, "--db", str(db), "ingest", str(archive)], check=True, capture_output=True)
        ingest = time.perf_counter() - t0
        samples = [first_paint(db, "2025中国产业转移", f"fdbench{os.getpid()}") for _ in range(args.runs)]
        rows.append((f"factdesk, {args.archive:,} articles (ingest took {ingest:.0f} s)", statistics.median(samples)))

    width = max(len(name) for name, _ in rows)
    print(f"{'launch → first paint (median of %d)' % args.runs:<{width}}  seconds"
          f"   (load average {os.getloadavg()[0]:.1f})")
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds:7.3f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
