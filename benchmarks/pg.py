"""PostgreSQL store benchmark, beside the TinyDB store on the same archive.

    python benchmarks/pg.py                # 10,000 articles
    python benchmarks/pg.py --n 2000       # another size
    python benchmarks/pg.py --queries 40   # queries per class

Starts a throwaway local server (as the tests do: tests/pg_server.py), builds
a JSON Lines archive from /work/shared/corpus/bulk (repeated with shuffled
paragraphs beyond its size, as benchmarks/ingest.py does), ingests it with
``factdesk ingest`` into each backend, then measures opening the store (open
+ catalog), the first page of a search (limit 50, with snippets and facts)
for one- to four-character terms, mixed queries, pinyin and fact filters, and
the disk used.  It prints a table; it is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]

from ingest import du, factdesk, load_corpus, make_archive, mb
from search import make_queries

EXTRA_QUERIES = {
    "pinyin": ["jingji", "zg", "fazhan", "gaozhiliang", "cq", "xjp"],
    "filter": ["kind:money >1亿", "year:2024 kind:percent", "增长 >=5%", "unit:辆", "经济 -会议 kind:money"],
}


def timed_ingest(db: str, archive: Path, env: dict[str, str]) -> float:
    # An empty store, unseeded (check exits 1 on a store without an index: not a failure here).
    subprocess.run(factdesk() + ["--db", db, "check"], capture_output=True, env=env, check=False)
    started = time.perf_counter()
    done = subprocess.run(factdesk() + ["--db", db, "ingest", str(archive)], capture_output=True, text=True, env=env,
                          check=False)
    if done.returncode:
        raise SystemExit(f"ingest into {db} failed: {done.stderr}")
    return time.perf_counter() - started


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def measure_reads(db: str, queries: dict[str, list[str]]) -> dict[str, float]:
    from store import open_store

    started = time.perf_counter()
    store = open_store(db, seed=False)
    store.catalog()
    out = {"open": time.perf_counter() - started}
    for query in queries["1-char"][:3]:   # warm-up: index files, vocabulary, server caches
        store.search(query)
    for cls, qs in queries.items():
        times = []
        for query in qs:
            t0 = time.perf_counter()
            store.search(query, limit=50)
            times.append(time.perf_counter() - t0)
        out[f"{cls} p50"], out[f"{cls} p95"] = statistics.median(times), pct(times, 95)
    return out


def pg_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])


def run(n: int, per_class: int) -> None:
    from tests.pg_server import PgServer, _free_port, missing_reason, server_bin_dir

    reason = missing_reason()
    if reason:
        raise SystemExit(f"cannot run: {reason}")
    base = load_corpus()
    queries = {**make_queries(base, per_class), **EXTRA_QUERIES}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("FACTDESK_DB", None)
    with tempfile.TemporaryDirectory(prefix="fdbench") as work_dir:
        work = Path(work_dir)
        archive = work / "archive.jsonl"
        make_archive(archive, n, base)
        server = PgServer(server_bin_dir(), Path(tempfile.mkdtemp(prefix="fdpg", dir="/tmp")), _free_port(),
                          as_postgres=os.geteuid() == 0)
        server.start()
        try:
            url = server.create_database("bench")
            file_db = str(work / "store" / "factdesk.json")
            rows = {}
            for name, db in (("TinyDB", file_db), ("PostgreSQL", url)):
                ingest_s = timed_ingest(db, archive, env)
                rows[name] = {"ingest": ingest_s, "rate": n / ingest_s, **measure_reads(db, queries)}
            rows["TinyDB"]["disk"] = du(Path(file_db)) + du(Path(file_db + ".d"))
            rows["PostgreSQL"]["disk"] = pg_size(url)
        finally:
            server.stop()
    print_table(n, rows, queries)


def print_table(n: int, rows: dict[str, dict[str, float]], queries: dict[str, list[str]]) -> None:
    names = list(rows)

    def line(label: str, cell) -> None:
        print(f"| {label} | " + " | ".join(cell(rows[name]) for name in names) + " |")

    print(f"\n{n:,} articles ({sum(len(q) for q in queries.values())} queries, first page of 50)\n")
    print("| | " + " | ".join(names) + " |")
    print("| --- |" + " --- |" * len(names))
    line("ingest", lambda r: f"{r['ingest']:.1f} s ({r['rate']:.0f} articles/s)")
    line("open + catalog", lambda r: f"{r['open'] * 1000:.0f} ms")
    for cls in queries:
        line(f"search {cls}, p50 / p95", lambda r, c=cls: f"{r[c + ' p50'] * 1000:.1f} / {r[c + ' p95'] * 1000:.1f} ms")
    line("disk", lambda r: mb(r["disk"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=20, help="queries per class of random terms")
    args = parser.parse_args()
    run(args.n, args.queries)


if __name__ == "__main__":
    main()
