"""Ingest benchmark: time, size on disk, open time, read time, first paint,
search, adding one article and memory.

    python benchmarks/ingest.py                    # 1,000 and 10,000 articles
    python benchmarks/ingest.py --n 100000         # one or more sizes
    python benchmarks/ingest.py --keep /tmp/bench  # keep the archives, stores and figures
    python benchmarks/ingest.py --no-paint         # without the first paint (needs tmux)
    python benchmarks/ingest.py --store S/factdesk.json --code /old/tree .  # latencies only, on a built store

With --store, only the three latencies a user waits for are measured on a
store built before (adding one article through ``factdesk ingest``, the
first paint, ``factdesk search``), for each --code tree in turn, alternating
them run by run so that each is measured under the same load; each figure is
given as wall and CPU seconds (the CPU less sensitive to other users of the
machine).  Adding articles changes the store: measure a copy.

Archives are JSON Lines built from /work/shared/corpus/bulk/*.jsonl
({"title","body","source","date"}, 15,613 articles); past that the corpus is
repeated with varied text (paragraphs shuffled, title prefixed with the
round) so that every article is new.  Each figure is measured in a fresh
process: the ingest through the real ``factdesk`` command (into an empty
store; the time includes the search index build that ingest ends with),
then opening the store, then reading articles, then the app's first paint
(benchmarks/startup.py on the store), searches in one process and through
``factdesk search``, then adding one article.  Each part's figures are
printed to stderr as soon as they are measured (a long run can be followed
and cut short), and with --keep written to <keep>/figures_<n>.json; at the
end it prints a table.  It is not a test.
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

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/bulk")

# The ingest is followed through its whole process tree (the writer, the
# extraction workers, the series builder): benchmarks/process_tree.py.
PROCESS_TREE = Path(__file__).resolve().parent / "process_tree.py"

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

# Searches the store in one fresh interpreter: opening the index, then each
# query's first page (50 results with snippets and facts, as the CLI asks);
# prints JSON with the queries' times.
SEARCH = """
import json, sys, time
from store import open_store
queries = json.loads(sys.argv[2])
st = open_store(sys.argv[1], seed=False)
t = time.perf_counter(); st.search_index(); opened = time.perf_counter() - t
times = []
for q in queries:
    t = time.perf_counter(); st.search(q, limit=50); times.append(time.perf_counter() - t)
print(json.dumps({"index_open": opened, "times": times}))
"""


def search_queries(titles: list[str], n: int = 40, seed: int = 3) -> list[str]:
    """Queries a reader types: substrings of stored titles of 1, 2 and 4
    characters, two terms, and pinyin, a phrase and a field query."""
    rng = random.Random(seed)
    titles = [t for t in titles if len(t) >= 6]
    def sub(k: int) -> str:
        while True:  # a substring the query language reads as a plain term
            title = rng.choice(titles)
            start = rng.randrange(len(title) - k + 1)
            text = title[start:start + k]
            if text.isalnum():
                return text
    queries = [sub(k) for k in (1, 2, 4) for _ in range(n // 4)]
    queries += [f"{sub(2)} {sub(2)}" for _ in range(n // 4)]
    return queries + ["cq", "changshou", "新能源汽车", '"同比增长"', "kind:money 亿元"]


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure_search(db: Path, env: dict, titles: list[str]) -> dict:
    """First-page search times in one process, and `factdesk search` wall
    times (a fresh process each: what a shell user waits for)."""
    queries = search_queries(titles)
    out = subprocess.run([sys.executable, "-c", SEARCH, str(db), json.dumps(queries, ensure_ascii=False)],
                         check=True, capture_output=True, text=True, env=env, cwd=REPO)
    figures = json.loads(out.stdout)
    cli = []
    for q in queries[::3]:
        started = time.perf_counter()
        subprocess.run(factdesk() + ["--db", str(db), "search", q], check=True, capture_output=True, env=env)
        cli.append(time.perf_counter() - started)
    return {"index_open": figures["index_open"], "search_p50": pct(figures["times"], 50),
            "search_p95": pct(figures["times"], 95), "search_max": max(figures["times"]),
            "cli_p50": pct(cli, 50), "cli_p95": pct(cli, 95), "n_queries": len(queries), "n_cli": len(cli)}


def measure_first_paint(db: Path, articles: int, runs: int = 3) -> float | None:
    """Launch to the article list drawn, through benchmarks/startup.py
    (tmux); None when it cannot run here."""
    marker = f"Articles ({articles:,})"
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "startup.py"), "--store", str(db),
                          "--marker", marker, "--runs", str(runs), "--command", factdesk()[0]],
                         capture_output=True, text=True, cwd=REPO, check=False)
    for line in out.stdout.splitlines():
        if marker in line:
            return float(line.split()[-1])
    print(f"first paint not measured: {out.stderr.strip()[-1500:]}", file=sys.stderr)
    return None


def timed_command(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def code_env(code: Path) -> dict:
    return {"PYTHONPATH": str(code), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
            "HOME": os.environ.get("HOME", "/tmp")}


def latencies(db: Path, codes: list[Path], runs: int, paint: bool) -> None:
    """Add one, first paint and CLI search on an existing store, for each
    code tree, alternating the trees run by run; prints a table."""
    titles = [r["title"] for r in load_corpus() if r.get("title")]
    queries = search_queries(titles)[::3]
    samples: dict[Path, dict[str, list[float]]] = {code: {} for code in codes}
    def add(code: Path, name: str, value: float | None) -> None:
        if value is not None:
            samples[code].setdefault(name, []).append(value)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the first paint inherits this environment
    for run in range(runs):
        for code in codes:
            env = code_env(code)
            one = db.parent / f"one_{os.getpid()}_{run}_{codes.index(code)}.txt"
            one.write_text(f"# 新增一篇{os.getpid()}-{run}-{codes.index(code)}\n\n全市新增企业{run + 100}家，"
                           "同比增长5.7%。\n", encoding="utf-8")
            wall, cpu = timed_command(factdesk() + ["--db", str(db), "ingest", str(one)], env)
            one.unlink()
            add(code, "add one", wall)
            add(code, "add one CPU", cpu)
            for q in queries[run % 3::3]:
                wall, cpu = timed_command(factdesk() + ["--db", str(db), "search", q], env)
                add(code, "CLI search", wall)
                add(code, "CLI search CPU", cpu)
            if paint:
                articles = sum(1 for _ in subprocess.run(factdesk() + ["--db", str(db), "articles", "--json"],
                                                         check=True, capture_output=True, env=env).stdout.splitlines())
                os.environ["PYTHONPATH"] = str(code)  # the tmux server the first paint starts inherits it
                add(code, "first paint", measure_first_paint(db, articles, runs=1))
        print(f"[{time.strftime('%H:%M:%S')}] run {run + 1} of {runs} done, load {os.getloadavg()[0]:.1f}",
              file=sys.stderr, flush=True)
    print(f"| code | {' | '.join(['add one min / median', 'add one CPU median', 'first paint min / median', 'CLI search p50 / p95', 'CLI search CPU p50'])} |")
    print("|---|---|---|---|---|---|")
    for code, got in samples.items():
        def mm(name: str) -> str:
            values = got.get(name) or [float("nan")]
            return f"{min(values):.3f} / {statistics.median(values):.3f}"
        print(f"| {code} | {mm('add one')} | {statistics.median(got['add one CPU']):.3f} | {mm('first paint')} | "
              f"{pct(got['CLI search'], 50):.3f} / {pct(got['CLI search'], 95):.3f} | "
              f"{pct(got['CLI search CPU'], 50):.3f} |")
    print(f"(seconds; {runs} runs each, the trees alternated; load average now {os.getloadavg()[0]:.1f})")


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


def bench(n: int, base: list[dict], work: Path, paint: bool = True) -> dict:
    archive = work / f"archive_{n}.jsonl"
    if not (archive.exists() and archive.stat().st_size):
        make_archive(archive, n, base)
    db = work / f"store_{n}" / "factdesk.json"
    shutil.rmtree(db.parent, ignore_errors=True)  # the ingest is measured into an empty store
    env = {"PYTHONPATH": str(REPO), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    figures: dict = {"n": n, "archive": archive.stat().st_size, "text": text_chars_bytes(archive)}
    part = Part(figures, work / f"figures_{n}.json")
    # The ingest creates the store, as a user's first ingest does (only the app seeds a store it creates).
    out = subprocess.run([sys.executable, str(PROCESS_TREE), *factdesk(), "--db", str(db), "ingest", str(archive)],
                         check=True, capture_output=True, text=True, env=env)
    tree = json.loads(out.stdout)
    if tree["rc"] != 0:
        raise SystemExit(f"ingest of {n} failed: {out.stderr}")
    side = db.with_name(db.name + ".d")
    part("ingest", ingest_s=tree["wall"], cpu_s=tree["cpu"], peak_rss=tree["peak_rss_total"],
         peak_rss_writer=tree["peak_rss_writer"], load_ingest=tree["load"], extraction_s=tree["extraction_wall"],
         cpu_workers=tree["cpu_workers"], cpu_writer_extracting=tree["cpu_writer_extracting"],
         cpu_writer_commit=tree["cpu_writer_commit"], cpu_series_aside=tree["cpu_later_helpers"],
         main=du(db), catalog=du(side / "catalog"), shards=du(side / "shards"), index=du(side / "index"),
         series=du(side / "series"), processes=tree["processes"])
    read = subprocess.run([sys.executable, "-c", READ, str(db)], check=True, capture_output=True, text=True,
                          env=env, cwd=REPO)
    part("read", **json.loads(read.stdout))
    if paint:
        part("first paint", first_paint=measure_first_paint(db, figures["articles"]), load_paint=os.getloadavg()[0])
    titles = [r["title"] for r in base if r.get("title")]
    part("search", **measure_search(db, env, titles), load_search=os.getloadavg()[0])
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
    part("add one", add_one=add_one, process_start=process_start, parts=parts, load_add=os.getloadavg()[0])
    return figures


class Part:
    """Collects a run's figures; each part is printed to stderr (and saved)
    as soon as it is measured."""

    def __init__(self, figures: dict, save: Path) -> None:
        self.figures, self.save, self.started = figures, save, time.perf_counter()

    def __call__(self, name: str, **measured: object) -> None:
        self.figures.update(measured)
        shown = {k: round(v, 4) if isinstance(v, float) else v for k, v in measured.items()}
        print(f"[{time.strftime('%H:%M:%S')} +{time.perf_counter() - self.started:.0f} s] n={self.figures['n']:,} "
              f"{name}: {json.dumps(shown, ensure_ascii=False)}", file=sys.stderr, flush=True)
        self.save.write_text(json.dumps(self.figures, indent=1))


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
    lines += ["", ("| articles | first paint | index open | search p50 | search p95 | search max | CLI search p50 "
                  "| CLI search p95 |"), "|" + "---|" * 8]
    for r in rows:
        paint = f"{r['first_paint']:.2f} s" if r.get("first_paint") else "—"
        lines.append(f"| {r['n']:,} | {paint} | {r['index_open'] * 1000:,.0f} ms | {r['search_p50'] * 1000:.1f} ms "
                     f"| {r['search_p95'] * 1000:.1f} ms | {r['search_max'] * 1000:.0f} ms | {r['cli_p50']:.2f} s "
                     f"| {r['cli_p95']:.2f} s |")
    for r in rows:
        p = r["parts"]
        lines.append(f"\n{r['n']:,}: add one through factdesk ingest {r['add_one']:.2f} s; process start "
                     f"(factdesk --version) {r['process_start']:.2f} s; in-process: imports {p['import']:.2f} s, "
                     f"open {p['open']:.2f} s, ingest {p['ingest']:.2f} s of which catalog {p['catalog']:.3f} s, "
                     f"shards {p['shards']:.3f} s, index+series {p['index']:.3f} s")
    lines += [stages(r) for r in rows]
    return "\n".join(lines)


def idle_wall(r: dict, cores: int = 2) -> float:
    """The wall an ingest with these CPU figures would take on ``cores`` idle
    cores: while the workers run, their CPU and the writer's shared out (the
    writer alone is one core at most); then the commit, the writer's and its
    helpers' CPU shared out likewise.  On a shared machine the wall measured
    says more of the load than of the code."""
    extracting = max(r["cpu_writer_extracting"], (r["cpu_workers"] + r["cpu_writer_extracting"]) / cores)
    committing = max(r["cpu_writer_commit"], (r["cpu_writer_commit"] + r["cpu_series_aside"]) / cores)
    return extracting + committing


def stages(r: dict) -> str:
    """Where an ingest's CPU went, per 1,000 articles, and how well it used the cores."""
    k = r["n"] / 1000
    idle = idle_wall(r)
    return (f"\n{r['n']:,}: ingest CPU per 1,000 articles: extraction workers {r['cpu_workers'] / k:.2f} s, "
            f"writer while they ran (parse, store) {r['cpu_writer_extracting'] / k:.2f} s, writer's commit (shards, "
            f"catalog, search index) {r['cpu_writer_commit'] / k:.2f} s, series table and vocabulary built aside "
            f"{r['cpu_series_aside'] / k:.2f} s; total {r['cpu_s'] / k:.2f} s, {r['cpu_s'] / r['ingest_s']:.2f} cores "
            f"busy on average; the workers stopped at {r['extraction_s']:.0f} s of {r['ingest_s']:.0f} s; peak RSS "
            f"of all its processes {mb(r['peak_rss'])}, of the writer {mb(r['peak_rss_writer'])}; load average "
            f"{r['load_ingest'][0]:.1f} before, {r['load_ingest'][1]:.1f} after; on two idle cores about "
            f"{idle:.0f} s, {r['n'] / idle:,.0f} art/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="work directory to keep (default: a temporary one); "
                        "an archive already in it is used again")
    parser.add_argument("--no-paint", action="store_true", help="leave out the first paint (it needs tmux)")
    parser.add_argument("--store", type=Path, help="only the latencies, on this store built before (it is written to)")
    parser.add_argument("--code", type=Path, nargs="+", default=[REPO],
                        help="with --store: the source trees to compare (default: this one)")
    parser.add_argument("--runs", type=int, default=5, help="with --store: runs per tree")
    args = parser.parse_args()
    if args.store:
        latencies(args.store.resolve(), [code.resolve() for code in args.code], args.runs, not args.no_paint)
        return
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
            rows.append(bench(n, base, work, paint=not args.no_paint))
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
          " building the search index.  The ingest creates the store, as a user's first ingest does (without the seed page).  First paint: launch of"
          " factdesk on the store to its article list drawn (benchmarks/startup.py, median of 3).  Search:"
          " first page (50 results with facts) of 45 queries (title substrings of 1, 2"
          " and 4 characters, two-term, pinyin, phrase and field queries) in one process after opening the"
          " index; CLI search = `factdesk search` wall time of every third query (process start included).")


if __name__ == "__main__":
    main()
