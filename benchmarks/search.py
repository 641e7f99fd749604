"""Search benchmark: index vs a plain substring scan over the same texts.

    python benchmarks/search.py                 # 10k and 100k archives (each in its own process)
    python benchmarks/search.py --n 10000       # one size
    python benchmarks/search.py --queries 100   # queries per class
    python benchmarks/search.py --quick         # 10k only, 30 queries per class, 2 runs
    python benchmarks/search.py --repeat 5      # query runs; each run's p50/p95, median over runs
    python benchmarks/search.py --cli STORE     # `factdesk search` on a built store, process start to exit

Articles come from /work/shared/corpus/bulk/*.jsonl, repeated with varied
text when they run out (paragraphs shuffled, title prefixed with the round).
The index is built directly with SearchIndex.rebuild on synthetic IndexDocs
(a few fake facts each), so this does not depend on the store.  The build runs
in a child process fed by a generator, so its peak RSS is the build's own (not
the benchmark's copy of the documents).  It prints a table; it is not a test.
It also checks that the index returns exactly the scan's matching set and total
for every query and reports mismatches.

Goal metrics (issue): "first page" = search(limit=50): 50 ranked results as
dicts with snippets and the exact total; "full list" = search(limit=0,
detail=0) plus the article ids of every match in rank order
(results.article_ids(), no dicts built); "full dicts" additionally builds
every result dict (what --limit 0 --json pays, lazily).

``--cli STORE`` measures what a user of the command waits for instead: each
query through the installed ``factdesk --db STORE search`` (first page of
20 with facts), process start to exit, several runs: median and p95 of the
wall time and of the process's CPU time, with the load average before and
after (a wall time means little without it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CORPUS = Path("/work/shared/corpus/bulk")


def load_corpus() -> list[dict]:
    arts = []
    for p in sorted(CORPUS.glob("*.jsonl")):
        for line in p.open(encoding="utf-8"):
            line = line.strip()
            if line:
                a = json.loads(line)
                arts.append({"title": a.get("title") or "", "body": a.get("body") or "", "date": a.get("date")})
    return arts


def make_docs(n: int, base: list[dict], seed: int = 1) -> list[dict]:
    return list(iter_docs(n, base, seed))


def iter_docs(n: int, base: list[dict], seed: int = 1):
    rng = random.Random(seed)
    kinds = ["money", "count", "percent", "year"]
    units = ["元", "辆", "%", "家"]
    for i in range(n):
        a = base[i % len(base)]
        rnd = i // len(base)
        body, title = a["body"], a["title"]
        if rnd:
            paras = body.split("\n")
            rng.shuffle(paras)
            body = "\n".join(paras)
            title = f"{rnd}·{title}"
        facts = []
        for j in range(rng.randint(0, 4)):
            k = rng.choice(kinds)
            facts.append({"id": f"d{i}:body:{j}", "kind": k, "value": rng.choice([5e4, 3e8, 12.5, 2024, 1e9]),
                          "value_high": None, "unit": rng.choice(units), "subject": body[j * 7:j * 7 + 4],
                          "clause": body[j * 7:j * 7 + 20], "period": None})
        yield {"id": f"d{i}", "title": title, "body": body, "date": a["date"], "sections": [], "facts": facts}


def make_queries(docs: list[dict], per_class: int, seed: int = 2) -> dict[str, list[str]]:
    rng = random.Random(seed)

    def sub(k: int) -> str:
        while True:
            b = rng.choice(docs)["body"]
            if len(b) > k + 10:
                i = rng.randrange(len(b) - k)
                s = b[i:i + k]
                if all("\u4e00" <= c <= "\u9fff" for c in s):
                    return s

    qs = {f"{k}-char": [sub(k) for _ in range(per_class)] for k in (1, 2, 3, 4)}
    mixed = []
    for i in range(per_class):
        r = i % 4
        if r == 0:
            mixed.append(f"{sub(2)} {sub(3)}")
        elif r == 1:
            mixed.append(sub(rng.choice([5, 6, 8])))
        elif r == 2:
            mixed.append(f"{sub(2)} -{sub(1)}")
        else:
            mixed.append(f"{sub(2)} | {sub(2)}")
    qs["mixed"] = mixed
    return qs


def scan(normed: list[tuple[str, str]], query: str) -> list[int]:
    """The baseline: a plain substring scan (same query semantics for the mixed forms)."""
    from store.search.query import parse

    q = parse(query)
    if len(q.groups) == 1 and len(q.groups[0]) == 1 and not q.exclude:  # the common case, kept lean
        t = q.groups[0][0].text
        return [i for i, (a, b) in enumerate(normed) if t in a or t in b]
    out = []
    for i, (t, b) in enumerate(normed):
        if all(any(term.text in t or term.text in b for term in g) for g in q.groups) and \
                not any(term.text in t or term.text in b for term in q.exclude):
            out.append(i)
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def build_child(n: int, directory: str) -> None:
    """(child process) build the index from streamed docs; print timing and peak RSS."""
    from store.search.index import SearchIndex

    base = load_corpus()
    t = time.perf_counter()
    for _ in iter_docs(n, base):  # what making the documents costs (inside the timed build below)
        pass
    gen = time.perf_counter() - t
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    SearchIndex.rebuild(Path(directory), iter_docs(n, base), "bench")
    print(json.dumps({"build": time.perf_counter() - t - gen, "gen": gen, "rss0": rss0,
                      "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def timed_classes(idx, queries, normed, id_of, repeat):
    """{class: {metric: [(p50, p95) per run]}} and mismatches per class."""
    stats = {c: {m: [] for m in ("scan", "page", "full", "dicts", "page_cpu", "full_cpu")} for c in queries}
    bad = {c: 0 for c in queries}
    sizes = {c: [] for c in queries}
    for run_no in range(repeat):
        for cls, qs in queries.items():
            t_scan, t_page, t_full, t_dicts, c_page, c_full = [], [], [], [], [], []
            for q in qs:
                t = time.perf_counter()
                expect = scan(normed, q)
                t_scan.append(time.perf_counter() - t)
                c, t = time.thread_time(), time.perf_counter()
                page = idx.search(q, limit=50)
                t_page.append(time.perf_counter() - t)
                c_page.append(time.thread_time() - c)
                c, t = time.thread_time(), time.perf_counter()
                r = idx.search(q, limit=0, detail=0)
                res = r["results"]
                got_ids = res.article_ids() if hasattr(res, "article_ids") else [x["article_id"] for x in res]
                t_full.append(time.perf_counter() - t)
                c_full.append(time.thread_time() - c)
                t = time.perf_counter()
                every = idx.search(q, limit=0, detail=0)["results"]
                dict_ids = [x["article_id"] for x in every]
                t_dicts.append(time.perf_counter() - t)
                if run_no == 0:
                    got = sorted(id_of[x] for x in got_ids)
                    sizes[cls].append(len(expect))
                    if got != expect or r["total"] != len(expect) or page["total"] != len(expect) \
                            or dict_ids != got_ids or [x["article_id"] for x in page["results"]] != got_ids[:50]:
                        bad[cls] += 1
            for m, xs in (("scan", t_scan), ("page", t_page), ("full", t_full), ("dicts", t_dicts),
                          ("page_cpu", c_page), ("full_cpu", c_full)):
                stats[cls][m].append((pct(xs, 50), pct(xs, 95)))
    return stats, bad, sizes


def part_sizes(directory: Path, chars: int) -> str:
    """The index's size by part (summed over its segments), largest first."""
    parts: dict[str, int] = {}
    for p in directory.iterdir():
        part = p.name.split(".", 1)[1] if p.name.startswith("s") and "." in p.name else p.name.split(".")[0]
        parts[part] = parts.get(part, 0) + p.stat().st_size
    total = sum(parts.values())
    rows = ", ".join(f"{k} {v / 1e6:.1f}" for k, v in sorted(parts.items(), key=lambda kv: -kv[1]) if v >= 50_000)
    return f"index by part (MB): {rows}; total {total / 1e6:.0f} MB = {total / chars:.2f} bytes per char of text"


def run(n: int, per_class: int, repeat: int) -> None:
    from store.search.index import SearchIndex
    from store.search.normalize import normalize

    base = load_corpus()
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    try:
        out = subprocess.run([sys.executable, __file__, "--build-child", str(n), str(tmp / "index")],
                             check=True, capture_output=True, text=True).stdout
        b = json.loads(out.strip().splitlines()[-1])
        size = sum(p.stat().st_size for p in (tmp / "index").iterdir())
        loads = []
        for _ in range(5):
            t = time.perf_counter()
            idx = SearchIndex.open(tmp / "index", "bench")
            loads.append(time.perf_counter() - t)
        load = statistics.median(loads)
        docs = make_docs(n, base)
        chars = sum(len(d["title"]) + len(d["body"]) for d in docs)
        normed = [(normalize(d["title"]), normalize(d["body"])) for d in docs]
        queries = make_queries(docs, per_class)
        id_of = {d["id"]: i for i, d in enumerate(docs)}
        del docs
        print(f"\n## {n:,} articles, {chars / 1e6:.1f} M chars")
        print(f"build {b['build']:.1f} s (+{b['gen']:.1f} s making the documents), index {size / 1e6:.0f} MB, "
              f"load {load * 1000:.1f} ms (median of 5), build peak RSS {b['rss']:.0f} MB "
              f"(of which {b['rss0']:.0f} MB before the build: interpreter + source corpus)")
        print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(part_sizes(tmp / "index", chars))
        stats, bad, sizes = timed_classes(idx, queries, normed, id_of, repeat)
        print(f"\np50 / p95 ms, median over {repeat} runs of {per_class} queries per class "
              f"(goals at 100k: first page p95 <= 10, full list p95 <= 40, mismatches 0)\n")
        print("| class | matches (mean) | scan | first page (50 + total) | full list (ids, ranked) | full list as dicts "
              "| first page, CPU | full list, CPU | mismatches |")
        print("|---|---|---|---|---|---|---|---|---|")
        for cls in queries:
            cell = lambda m: " / ".join(f"{statistics.median(x[k] for x in stats[cls][m]):.1f}" for k in (0, 1))  # noqa: E731
            print(f"| {cls} | {statistics.mean(sizes[cls]):.0f} | {cell('scan')} | {cell('page')} | {cell('full')} | "
                  f"{cell('dicts')} | {cell('page_cpu')} | {cell('full_cpu')} | {bad[cls]} |")
        print("(CPU = the searching thread's CPU time: the same searches without the waits for a busy machine's cores)")
        print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for q in ("kind:money >1亿", "changshou", "chongqing", "cq"):
            ts = []
            for _ in range(20):
                t = time.perf_counter()
                r = idx.search(q, limit=50)
                ts.append(time.perf_counter() - t)
            print(f"  {q!r}: total {r['total']}, first page p50/p95 {pct(ts, 50):.1f} / {pct(ts, 95):.1f} ms")
        print(f"benchmark process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CLI_QUERIES = ("新能源汽车", "重庆", "cq", "kind:money >1亿")


def cli_wall(store: Path, queries: list[str], runs: int) -> None:
    """Each query through the real command, `runs` times after one warm-up
    run (the page cache, not this process, is what a first run warms)."""
    command = shutil.which("factdesk", path=str(Path(sys.executable).parent)) or shutil.which("factdesk")
    if command is None:
        sys.exit("factdesk command not found (pip install -e . into this Python's environment)")
    if not store.is_file():
        sys.exit(f"no store at {store}")
    print(f"## `factdesk search` on {store} ({runs} runs per query after one warm-up)")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| query | wall p50 | wall p95 | CPU p50 | CPU p95 | results |")
    print("|---|---|---|---|---|---|")
    for query in queries:
        walls, cpus, lines = [], [], 0
        for run_no in range(runs + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            proc = subprocess.run([command, "--db", str(store), "search", query], capture_output=True, text=True)
            wall = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode:
                sys.exit(f"factdesk search {query!r} failed: {proc.stderr.strip()}")
            if run_no:
                walls.append(wall)
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            lines = sum(1 for line in proc.stdout.splitlines() if line and not line.startswith(" "))
        print(f"| {query} | {pct(walls, 50):.0f} ms | {pct(walls, 95):.0f} ms | {pct(cpus, 50):.0f} ms | "
              f"{pct(cpus, 95):.0f} ms | {lines} |")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, action="append", help="archive size (repeatable); default 10000 and 100000")
    ap.add_argument("--queries", type=int, default=60, help="queries per class")
    ap.add_argument("--repeat", type=int, default=3, help="query runs (median of their percentiles)")
    ap.add_argument("--quick", action="store_true", help="10k only, 30 queries per class, 2 runs")
    ap.add_argument("--cli", type=Path, metavar="STORE", help="time `factdesk --db STORE search` instead")
    ap.add_argument("--cli-query", action="append", metavar="Q", help=f"query for --cli (default: {CLI_QUERIES})")
    ap.add_argument("--runs", type=int, default=7, help="runs per query for --cli")
    ap.add_argument("--build-child", nargs=2, metavar=("N", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cli:
        cli_wall(args.cli, args.cli_query or list(CLI_QUERIES), args.runs)
        return
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    if args.build_child:
        build_child(int(args.build_child[0]), args.build_child[1])
        return
    if args.quick:
        args.n, args.queries, args.repeat = args.n or [10_000], 30, 2
    sizes = args.n or [10_000, 100_000]
    if len(sizes) == 1:
        run(sizes[0], args.queries, args.repeat)
        return
    for n in sizes:  # one process per size, so peak memory is per size
        subprocess.run([sys.executable, __file__, "--n", str(n), "--queries", str(args.queries),
                        "--repeat", str(args.repeat)], check=True)


if __name__ == "__main__":
    main()
