"""Run a command and follow its whole process tree (Linux /proc): CPU and
peak memory of every process, the peak of their sum, and when the
extraction workers stopped.  Prints one JSON object.  It is a benchmark
helper, not a test.

    python benchmarks/process_tree.py factdesk --db S ingest A.jsonl

An ingest runs as a writer (the command itself), extraction workers (the
first helpers, started together) and later helpers (the series table's
builder, started by the commit).  The writer's CPU is split at the moment
the workers last used CPU: before it, parsing and storing; after it, the
commit (shards, catalog, search index).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
INTERVAL = 0.2
WORKER_WINDOW = 5.0  # helpers started this soon after the first are its fellow workers


def descendants(root: int) -> dict[int, tuple[float, int]]:
    """pid → (CPU seconds, resident bytes) of every process below ``root``."""
    children: dict[int, list[tuple[int, list[str]]]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append((int(name), fields))
    found: dict[int, tuple[float, int]] = {}
    stack = [root]
    while stack:
        for pid, fields in children.get(stack.pop(), []):
            found[pid] = ((int(fields[11]) + int(fields[12])) / TICK, int(fields[21]) * PAGE)
            stack.append(pid)
    return found


def follow(command: list[str]) -> dict:
    started = time.perf_counter()
    load = os.getloadavg()[0]
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    seen: dict[int, dict] = {}
    timeline: list[tuple[float, dict[int, float]]] = []
    peak_total = 0
    while child.poll() is None:
        now = time.perf_counter() - started
        tree = descendants(os.getpid())
        for pid, (cpu, rss) in tree.items():
            proc = seen.setdefault(pid, {"start": now, "cpu": 0.0, "peak_rss": 0})
            proc.update(end=now, cpu=cpu, peak_rss=max(proc["peak_rss"], rss))
        peak_total = max(peak_total, sum(rss for _, rss in tree.values()))
        timeline.append((now, {pid: cpu for pid, (cpu, _) in tree.items()}))
        time.sleep(INTERVAL)
    wall = time.perf_counter() - started
    return summary(child.pid, child.returncode, wall, load, seen, timeline, peak_total)


def summary(writer: int, rc: int, wall: float, load: float, seen: dict[int, dict],
            timeline: list[tuple[float, dict[int, float]]], peak_total: int) -> dict:
    helpers = sorted((p for p in seen if p != writer and seen[p]["cpu"] > 0.05), key=lambda p: seen[p]["start"])
    first = seen[helpers[0]]["start"] if helpers else 0.0
    workers = [p for p in helpers if seen[p]["start"] - first <= WORKER_WINDOW]
    later = [p for p in helpers if p not in workers]
    extraction_end, writer_at_end, last = 0.0, 0.0, {}
    for now, cpus in timeline:  # the last sample in which a worker gained CPU
        if any(cpus.get(p, 0.0) > last.get(p, 0.0) + 0.01 for p in workers):
            extraction_end, writer_at_end = now, cpus.get(writer, 0.0)
        last = {p: max(last.get(p, 0.0), c) for p, c in cpus.items()}
    writer_cpu = seen.get(writer, {}).get("cpu", 0.0)
    return {
        "rc": rc, "wall": wall, "load": (load, os.getloadavg()[0]), "peak_rss_total": peak_total,
        "peak_rss_writer": seen.get(writer, {}).get("peak_rss", 0),
        "cpu": sum(p["cpu"] for p in seen.values()),
        "extraction_wall": extraction_end,
        "cpu_workers": sum(seen[p]["cpu"] for p in workers),
        "cpu_writer_extracting": writer_at_end, "cpu_writer_commit": writer_cpu - writer_at_end,
        "cpu_later_helpers": sum(seen[p]["cpu"] for p in later),
        "processes": [{"role": "writer" if p == writer else "worker" if p in workers else "helper",
                       **{k: round(v, 2) for k, v in seen[p].items()}} for p in [writer, *helpers] if p in seen],
    }


if __name__ == "__main__":
    print(json.dumps(follow(sys.argv[1:])))
