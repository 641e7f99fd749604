"""Ingest benchmark: time, size on disk, open time, read time and memory.

    python benchmarks/ingest.py                    # 1,000 and 10,000 articles
    python benchmarks/ingest.py --n 100000         # one or more sizes
    python benchmarks/ingest.py --keep /tmp/bench  # keep the archives and stores

Archives are JSON Lines built from /work/shared/corpus/bulk/*.jsonl
({"title","body","source","date"}, 15,613 articles); past that the corpus is
repeated with varied text (paragraphs shuffled, title prefixed with the
round) so that every article is new.  Each figure is measured in a fresh
process: the ingest through the real ``factdesk`` command (into an empty
store; the time includes the search index build that ingest ends with),
then opening the store, then reading articles.  It prints a table; it is
not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/bulk")

# Runs the command given as arguments; prints its exit code, wall time and
# peak RSS (RUSAGE_CHILDREN of this otherwise idle process = the child's).
MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc, time.perf_counter() - t, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""

# Adds one small article to the store in this process, timing the parts of
# the commit: the catalog segment and main file, the shard files, the index
# and series updates; prints JSON.
ADD_ONE = """
import json, sys, time
t0 = time.perf_counter()
import store.db.catalog_log as log
import store.db.store as db_store
import store.db.transaction as tx
from store import open_store
t1 = time.perf_counter()
spent = {"catalog": 0.0, "shards": 0.0, "index": 0.0}
def timed(part, fn):
    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            spent[part] += time.perf_counter() - t
    return wrapper
log.append = timed("catalog", log.append)
tx.Transaction.flush = timed("shards", tx.Transaction.flush)
db_store.Store.index_changed = timed("index", db_store.Store.index_changed)
st = open_store(sys.argv[1], seed=False)
t2 = time.perf_counter()
st.ingest([sys.argv[2]])
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "ingest": t3 - t2, **spent}))
"""

# Opens the store and reads articles in a fresh interpreter; prints JSON.
READ = """
import json, random, sys, time
t0 = time.perf_counter()
from store import open_store
from store.db.shards import shard_of
t1 = time.perf_counter()
st = open_store(sys.argv[1], seed=False)
catalog = st.catalog()
t2 = time.perf_counter()
rng = random.Random(1)
picks, shards = [], set()
for doc in rng.sample(catalog, min(len(catalog), 400)):
    shard = shard_of(doc["id"])
    if shard not in shards:
        shards.add(shard)
        picks.append(doc["id"])
    if len(picks) == 20:
        break
cold, warm = [], []
for aid in picks:  # each from a shard not read yet
    t = time.perf_counter(); st.article(aid); st.facts(aid); cold.append(time.perf_counter() - t)
for aid in picks:  # the same again, shard files cached
    t = time.perf_counter(); st.article(aid); st.facts(aid); warm.append(time.perf_counter() - t)
cold.sort(); warm.sort()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "articles": len(catalog),
                  "cold": cold[len(cold) // 2], "warm": warm[len(warm) // 2]}))
"""


def load_corpus() -> list[dict]:
    records = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                records.append({k: r.get(k) for k in ("title", "body", "source", "date")})
    return records


def make_archive(path: Path, n: int, base: list[dict], seed: int = 1) -> int:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(base[i % len(base)])
            rnd = i // len(base)
            if rnd:
                paras = (record["body"] or "").split("\n")
                rng.shuffle(paras)
                record["body"] = "\n".join(paras)
                record["title"] = f"{rnd}·{record['title'] or ''}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def factdesk() -> list[str]:
    exe = Path(sys.executable).with_name("factdesk")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]


def du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def bench(n: int, base: list[dict], work: Path) -> dict:
    archive = work / f"archive_{n}.jsonl"
    size = make_archive(archive, n, base)
    db = work / f"store_{n}" / "factdesk.json"
    env = {"PYTHONPATH": str(REPO), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    # An empty store first (check creates one without the seed page).
    subprocess.run(factdesk() + ["--db", str(db), "check"], capture_output=True, env=env, check=False)  # exit 1: no store
    out = subprocess.run([sys.executable, "-c", MEASURE, *factdesk(), "--db", str(db), "ingest", str(archive)],
                         check=True, capture_output=True, text=True, env=env)
    rc, seconds, peak_kib, cpu = out.stdout.split()
    if rc != "0":
        raise SystemExit(f"ingest of {n} failed: {out.stderr}")
    read = subprocess.run([sys.executable, "-c", READ, str(db)], check=True, capture_output=True, text=True,
                          env=env, cwd=REPO)
    figures = json.loads(read.stdout)
    side = db.with_name(db.name + ".d")
    one = work / f"one_{n}.txt"
    one.write_text(f"# 新增一篇{n}\n\n全市新增企业{n}家，同比增长5.7%。\n", encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(factdesk() + ["--db", str(db), "ingest", str(one)], check=True, capture_output=True, env=env)
    add_one = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(factdesk() + ["--version"], check=True, capture_output=True, env=env)
    process_start = time.perf_counter() - started
    one.write_text(f"# 又增一篇{n}\n\n全市新增工厂{n}家。\n", encoding="utf-8")
    parts = json.loads(subprocess.run([sys.executable, "-c", ADD_ONE, str(db), str(one)], check=True,
                                      capture_output=True, text=True, env=env, cwd=REPO).stdout)
    return {
        "n": n, "archive": size, "text": text_chars_bytes(archive), "ingest_s": float(seconds),
        "cpu_s": float(cpu), "peak_rss": int(peak_kib) * 1024, "main": du(db), "catalog": du(side / "catalog"),
        "shards": du(side / "shards"), "index": du(side / "index"), "series": du(side / "series"), **figures,
        "add_one": add_one, "process_start": process_start, "parts": parts,
    }


def text_chars_bytes(archive: Path) -> int:
    """UTF-8 bytes of the titles and bodies the archive holds: what the store keeps."""
    total = 0
    for line in archive.open(encoding="utf-8"):
        record = json.loads(line)
        total += len(((record.get("title") or "") + (record.get("body") or "")).encode())
    return total


def table(rows: list[dict]) -> str:
    head = ["articles", "text", "ingest", "art/s", "CPU s", "peak RSS", "main+catalog", "shards", "index",
            "series", "store/text", "open+catalog", "read cold", "read warm", "add one"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        store = r["main"] + r["catalog"] + r["shards"] + r["index"] + r["series"]
        lines.append("| " + " | ".join([
            f"{r['n']:,}", mb(r["text"]), f"{r['ingest_s']:.1f} s", f"{r['n'] / r['ingest_s']:,.0f}",
            f"{r['cpu_s']:.0f}", mb(r["peak_rss"]), mb(r["main"] + r["catalog"]), mb(r["shards"]), mb(r["index"]),
            mb(r["series"]), f"{store / r['text']:.2f}×", f"{r['open'] * 1000:,.0f} ms", f"{r['cold'] * 1000:.1f} ms",
            f"{r['warm'] * 1000:.2f} ms", f"{r['add_one']:.2f} s",
        ]) + " |")
    for r in rows:
        p = r["parts"]
        lines.append(f"\n{r['n']:,}: add one through factdesk ingest {r['add_one']:.2f} s; process start "
                     f"(factdesk --version) {r['process_start']:.2f} s; in-process: imports {p['import']:.2f} s, "
                     f"open {p['open']:.2f} s, ingest {p['ingest']:.2f} s of which catalog {p['catalog']:.3f} s, "
                     f"shards {p['shards']:.3f} s, index+series {p['index']:.3f} s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="work directory to keep (default: a temporary one)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is not present")
    base = load_corpus()
    work = args.keep or Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in args.n:
            started = time.perf_counter()
            load = os.getloadavg()[0]
            rows.append(bench(n, base, work))
            rows[-1]["load"] = (load, os.getloadavg()[0])
            print(f"{n:,} articles done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(rows))
    print("load average (1 min) before / after each run: "
          + ", ".join(f"{r['n']:,}: {r['load'][0]:.1f} / {r['load'][1]:.1f}" for r in rows))
    print("\nread = store.article(id) + store.facts(id), median of 20 articles from distinct shards;"
          " cold = shard file not yet read by the process, warm = read again.  Ingest time includes"
          " building the search index.  The store was empty before the ingest.")


if __name__ == "__main__":
    main()
