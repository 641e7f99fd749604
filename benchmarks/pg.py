"""PostgreSQL store benchmark, beside the TinyDB store on the same archive.

    python benchmarks/pg.py                # 10,000 articles
    python benchmarks/pg.py --n 2000       # another size
    python benchmarks/pg.py --queries 40   # queries per class
    python benchmarks/pg.py --n 100000 --backends tinydb --keep /tmp/b   # one backend at a time,
    python benchmarks/pg.py --n 100000 --backends postgresql --keep /tmp/b   # then both in one table

Starts a throwaway local server (as the tests do: tests/pg_server.py), builds
a JSON Lines archive from /work/shared/corpus/bulk (repeated with shuffled
paragraphs beyond its size, as benchmarks/ingest.py does), ingests it with
``factdesk ingest`` into each backend, then measures opening the store (open
+ catalog), launch to first paint of the real app in tmux, the first page of
a search (limit 50, with snippets and facts, and again with ids and the total
only) for one- to four-character terms,
mixed queries, pinyin and fact filters, and the disk used.  With ``--keep`` the
archive and each backend's figures stay in that folder, so the slow backends
can be measured in separate runs and printed together; ``--from-store``
measures a TinyDB store built earlier and fills the server by copying it
(no second extraction of the same archive).  It prints a table;
it is not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
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
from startup import first_paint

BACKENDS = {"tinydb": "TinyDB", "postgresql": "PostgreSQL"}
# The table's columns: figures files (figures_<name>_<n>.json) and headings.
COLUMNS = {**BACKENDS, "postgresql_copied": "PostgreSQL, filled by copy"}

# Series, conflicts and totals (SQL over the facts table on PostgreSQL, the
# series table on TinyDB), each timed once after the searches.
SERIES_READS = (
    ("series 新能源汽车产量", lambda st: st.series("新能源汽车产量")),
    ("series 地区生产总值", lambda st: st.series("地区生产总值")),
    ("series kind:percent year:2024", lambda st: st.series("kind:percent year:2024")),
    ("conflicts, whole store", lambda st: st.conflicts()),
    ("conflicts 地区生产总值", lambda st: st.conflicts("地区生产总值")),
    ("totals kind:money >1亿", lambda st: st.totals("kind:money >1亿")),
    ("totals 增长 kind:percent", lambda st: st.totals("增长 kind:percent")),
)

EXTRA_QUERIES = {
    "pinyin": ["jingji", "zg", "fazhan", "gaozhiliang", "cq", "xjp"],
    "filter": ["kind:money >1亿", "year:2024 kind:percent", "增长 >=5%", "unit:辆", "经济 -会议 kind:money"],
}


def load_now() -> float:
    return os.getloadavg()[0]


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
    catalog = store.catalog()
    out = {"open": time.perf_counter() - started, "articles": len(catalog), "load reads": load_now()}
    for query in queries["1-char"][:3]:   # warm-up: index files, vocabulary, server caches
        store.search(query)
    for cls, qs in queries.items():
        for variant, options in (("", {}), (" ids", {"facts": False, "detail": 0})):
            times = []
            for query in qs:
                t0 = time.perf_counter()
                store.search(query, limit=50, **options)
                times.append(time.perf_counter() - t0)
            out[f"{cls}{variant} p50"], out[f"{cls}{variant} p95"] = statistics.median(times), pct(times, 95)
    for label, read in SERIES_READS:
        t0 = time.perf_counter()
        read(store)
        out[label] = time.perf_counter() - t0
    out["load reads"] = max(out["load reads"], load_now())
    return out


def pg_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])


def paint(db: str, articles: int) -> float:
    """Median of three launches to the status bar's article count."""
    marker = f"{articles:,} articles"
    return statistics.median(first_paint(shlex.quote(db), marker, f"fdpgbench{os.getpid()}") for _ in range(3))


def timed_copy(tiny: Path, url: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(factdesk() + ["--db", str(tiny), "copy", "--to", url], capture_output=True, text=True,
                          env=env, check=False)
    if done.returncode:
        raise SystemExit(f"copy to {url} failed: {done.stderr}")
    return time.perf_counter() - started


def measure(backend: str, n: int, archive: Path, work: Path, queries: dict[str, list[str]],
            from_store: Path | None = None) -> dict[str, float]:
    """Ingest into an empty store of the backend (or, with ``from_store``,
    read that TinyDB store and copy it to the server), then the reads."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("FACTDESK_DB", None)
    if backend == "tinydb" and from_store is not None:
        reads = measure_reads(str(from_store), queries)
        return {**reads, "paint": paint(str(from_store), int(reads["articles"])),
                "disk": du(from_store) + du(Path(f"{from_store}.d"))}
    if backend == "tinydb":
        db = str(work / f"store_{n}" / "factdesk.json")
        ingest_s = timed_ingest(db, archive, env)
        reads = measure_reads(db, queries)
        return {"ingest": ingest_s, "rate": n / ingest_s, **reads, "paint": paint(db, int(reads["articles"])),
                "disk": du(Path(db)) + du(Path(db + ".d"))}
    from tests.pg_server import PgServer, _free_port, server_bin_dir

    server = PgServer(server_bin_dir(), Path(tempfile.mkdtemp(prefix="fdpg", dir="/tmp")), _free_port(),
                      as_postgres=os.geteuid() == 0)
    server.start()
    try:
        url = server.create_database("bench")
        if from_store is not None:
            load = load_now()
            copied = {"copy": timed_copy(from_store, url, env), "load copy": max(load, load_now())}
        else:
            load = load_now()
            ingest_s = timed_ingest(url, archive, env)
            copied = {"ingest": ingest_s, "rate": n / ingest_s, "load ingest": max(load, load_now())}
        reads = measure_reads(url, queries)
        return {**copied, **reads, "paint": paint(url, int(reads["articles"])), "disk": pg_size(url)}
    finally:
        server.stop()


def run(n: int, per_class: int, backends: list[str], keep: Path | None, from_store: Path | None = None) -> None:
    from tests.pg_server import missing_reason

    reason = missing_reason()
    if reason and "postgresql" in backends:
        raise SystemExit(f"cannot run: {reason}")
    base = load_corpus()
    queries = {**make_queries(base, per_class), **EXTRA_QUERIES}
    with tempfile.TemporaryDirectory(prefix="fdbench") as temp_dir:
        work = keep or Path(temp_dir)
        work.mkdir(parents=True, exist_ok=True)
        archive = work / f"archive_{n}.jsonl"
        if not archive.exists() and from_store is None:
            make_archive(archive, n, base)
        rows = {}
        for backend in backends:
            column = "postgresql_copied" if backend == "postgresql" and from_store is not None else backend
            rows[COLUMNS[column]] = measure(backend, n, archive, work, queries, from_store)
            saved = work / f"figures_{column}_{n}.json"
            saved.write_text(json.dumps(rows[COLUMNS[column]]))
            shutil.rmtree(work / f"store_{n}", ignore_errors=True)
        for column, name in COLUMNS.items():  # figures of earlier runs kept in the folder
            saved = work / f"figures_{column}_{n}.json"
            if name not in rows and saved.exists():
                rows[name] = json.loads(saved.read_text())
    print_table(n, {name: rows[name] for name in COLUMNS.values() if name in rows}, queries)


def print_table(n: int, rows: dict[str, dict[str, float]], queries: dict[str, list[str]]) -> None:
    names = list(rows)

    def line(label: str, cell) -> None:
        print(f"| {label} | " + " | ".join(cell(rows[name]) for name in names) + " |")

    print(f"\n{n:,} articles ({sum(len(q) for q in queries.values())} queries, first page of 50)\n")
    print("| | " + " | ".join(names) + " |")
    print("| --- |" + " --- |" * len(names))
    line("ingest", lambda r: f"{r['ingest']:.1f} s ({r['rate']:.0f} articles/s)" if "ingest" in r else "—")
    if any("copy" in r for r in rows.values()):
        line("copy from the TinyDB store", lambda r: f"{r['copy']:.1f} s ({n / r['copy']:.0f} articles/s)"
             if "copy" in r else "—")
    line("open + catalog", lambda r: f"{r['open'] * 1000:.0f} ms")
    line("launch → first paint (tmux)", lambda r: f"{r['paint']:.2f} s")
    for cls in queries:
        line(f"search {cls}, p50 / p95", lambda r, c=cls: f"{r[c + ' p50'] * 1000:.1f} / {r[c + ' p95'] * 1000:.1f} ms")
    for cls in queries:
        line(f"search {cls}, ids and total only, p50 / p95",
             lambda r, c=cls: f"{r[c + ' ids p50'] * 1000:.1f} / {r[c + ' ids p95'] * 1000:.1f} ms"
             if c + " ids p50" in r else "—")
    for label, _ in SERIES_READS:
        line(label, lambda r, k=label: f"{r[k] * 1000:.0f} ms" if k in r else "—")
    line("disk", lambda r: mb(r["disk"]))
    line("load average (1 min): ingest or copy / reads", lambda r: " / ".join(
        f"{r[k]:.1f}" if k in r else "—" for k in ("load ingest" if "load ingest" in r else "load copy", "load reads")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=20, help="queries per class of random terms")
    parser.add_argument("--backends", default="tinydb,postgresql", help="comma-separated: tinydb, postgresql")
    parser.add_argument("--keep", type=Path, help="folder keeping the archive and each backend's figures")
    parser.add_argument("--from-store", type=Path, help="a TinyDB store of the archive, built earlier: measured as "
                        "it is, and copied to the server (factdesk copy) instead of ingesting there")
    args = parser.parse_args()
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(backends) - set(BACKENDS)
    if unknown:
        parser.error(f"unknown backend(s): {', '.join(sorted(unknown))}")
    run(args.n, args.queries, backends, args.keep, args.from_store)


if __name__ == "__main__":
    main()
