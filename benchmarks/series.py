"""Series and conflicts benchmark on a store ingested from the bulk corpus.

    python benchmarks/series.py --n 20000            # build /tmp/factdesk-series-20000/, then measure
    python benchmarks/series.py --store PATH         # measure an existing store
    python benchmarks/series.py --n 20000 --queries 50

Articles come from /work/shared/corpus/bulk/*.jsonl (SogouCS-style records
included), repeated with shuffled paragraphs beyond its size, written as one
JSON Lines archive and ingested with the real pipeline, so the series table
is the one a user's store gets.  Measured in-process, after the store is
open: series(QUERY) and conflicts(QUERY) for the most frequent indicators
(p50/p95/max), conflicts() over the whole store, totals of a filter search
and of a word search, the update of one article and the table's full
rebuild; query times are CPU times (the machine is shared).  It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search import load_corpus


def build(n: int, target: Path) -> None:
    """An archive of ``n`` bulk articles (repeated with shuffled paragraphs) ingested into ``target``."""
    import random

    from store import open_store

    base = load_corpus()
    rng = random.Random(1)
    archive = target.parent / "archive.jsonl"
    with archive.open("w", encoding="utf-8") as out:
        for i in range(n):
            a = base[i % len(base)]
            rnd, body, title = i // len(base), a["body"], a["title"]
            if rnd:
                paras = body.split("\n")
                rng.shuffle(paras)
                body, title = "\n".join(paras), f"{rnd}·{title}"
            out.write(json.dumps({"title": title, "body": body, "date": a["date"], "source": f"bulk-{i % 7}"},
                                 ensure_ascii=False) + "\n")
    store = open_store(target, seed=False)
    started = time.perf_counter()
    report = store.ingest([archive])
    print(f"ingest: {report.added:,} articles, {report.facts:,} facts in {time.perf_counter() - started:.1f} s "
          f"(search index and series table included)")


def _timed(fn, *args) -> tuple[float, object]:
    """(CPU ms, result): CPU time, as the machine is shared (wall time says
    more about the load than about the query)."""
    started = time.process_time()
    result = fn(*args)
    return (time.process_time() - started) * 1000, result


def _summary(name: str, times: list[float]) -> None:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"{name:<34} n={len(times):<4} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   "
          f"max {times[-1]:7.1f} ms (CPU)")


def _disk(path: Path) -> None:
    """The table's size by table and index (SQLite's dbstat, when built in)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        parts = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    except sqlite3.Error:
        return
    finally:
        conn.close()
    print("  by part: " + ", ".join(f"{name} {size / 1e6:.1f}" for name, size in parts if size >= 100_000) + " MB")


def _add_one(store) -> None:
    """The series side of a commit of one article: its rows replaced and
    its groups re-examined (the article is the last one of the catalog)."""
    import sqlite3

    from store.series.table import SeriesTable

    keeper = store._series
    article_id = next(reversed(store._catalog.by_id))
    writer = SeriesTable(sqlite3.connect(str(keeper.path)))
    try:
        times = []
        for _ in range(5):
            times.append(_timed(writer.update, keeper._docs({article_id}), [], store.token)[0])
    finally:
        writer.close()
    _summary("update of one article", times)


def measure(path: Path, n_queries: int) -> None:
    from store import open_store
    from store.series import queries

    ms, store = _timed(open_store, path)
    print(f"open store: {ms:.0f} ms; {store.counts()['articles']:,} articles, {store.counts()['facts']:,} facts")
    ms, _ = _timed(store.series, "新能源汽车产量")
    print(f"first series (opens the table): {ms:.1f} ms")
    table = store._series.current()
    rows = table.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    names = [r[0] + r[1] for r in table.conn.execute(
        "SELECT n.entity, n.name FROM facts f JOIN indicators i ON i.iid = f.iid JOIN names n ON n.nid = i.nid "
        "GROUP BY i.nid ORDER BY count(*) DESC LIMIT ?", (n_queries,))]
    size = sum(p.stat().st_size for p in store._series.directory.glob("*.sqlite")) / 1e6
    print(f"series table: {rows:,} facts, {len(names)} queries from the most frequent indicators, {size:.1f} MB")
    _disk(store._series.path)
    series_ms, conflict_ms, figures = [], [], []
    for name in names:
        ms, found = _timed(store.series, name)
        series_ms.append(ms)
        figures.append(len(found))
        conflict_ms.append(_timed(store.conflicts, name)[0])
    _summary("series(indicator)", series_ms)
    _summary("conflicts(indicator)", conflict_ms)
    print(f"figures per series: median {statistics.median(figures):.0f}, max {max(figures):,}")
    for query in ("unit:辆 year:2024", "kind:money year:2024 >100亿"):
        ms, found = _timed(store.series, query)
        print(f"series({query!r}): {ms:.1f} ms, {len(found):,} figures")
    ms, found = _timed(store.conflicts)
    print(f"conflicts() over the store: {ms:.1f} ms, {len(found):,} groups")
    ms, found = _timed(store.totals, "kind:money unit:元 year:2024")
    print(f"totals('kind:money unit:元 year:2024'): {ms:.1f} ms, {found[:1]}")
    ids = [hit["fact_id"] for hit in store.series("kind:money year:2024")][:20000]
    ms, found = _timed(queries.totals, table, ids)
    print(f"totals of {len(ids):,} fact ids (what a word search hands over): {ms:.1f} ms, {found[:1]}")
    _add_one(store)
    store._series._close()
    (store._series.directory / "series.sqlite").unlink()
    started = time.perf_counter()
    ms, _ = _timed(store._series.current)
    print(f"series table rebuilt from the shards: {ms / 1000:.1f} CPU-s, {time.perf_counter() - started:.1f} s wall")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--queries", type=int, default=50)
    args = parser.parse_args()
    path = args.store or Path(f"/tmp/factdesk-series-{args.n}/factdesk.json")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build(args.n, path)
    measure(path, args.queries)


if __name__ == "__main__":
    main()
