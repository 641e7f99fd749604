"""Each extraction pass's share of the extractor's time, and how often it changes a fact
(prints a table; not a test).

Every pass the extractor calls by name (the figure and shape readers of store.facts.extractor,
and in every module of store.facts the ``settle_*``, ``needs_*``, ``repair_*``, ``tidy_*`` and
``assign_*`` functions, ``find_periods`` and ``late_cues``) is wrapped where its callers look it
up: each call is timed, and the facts it is handed (a list of fact records, or the figures a
Builder holds) are compared before and after it.  A pass that changes a fact in few of its calls
for a large share of the time is a candidate for a cheaper test of what it needs; one that
never changes one on the bulk corpus may still be needed elsewhere (a sealed sample's class).

Times are the thread's CPU time in each call (on a loaded machine a wall clock charges a pass
with the time the process waited for a core), less the wrapper's own cost measured on an
empty pass (the clock is a system call: about a microsecond); a pass's time includes the
passes it calls.  Read the shares rather than the microseconds.  A few articles
are extracted before timing: a one-time load (the word segmenter's dictionaries) would fall on
whichever pass needs it first.  Claims (``*_spans``) return spans, not facts: their change column is 0.

    python benchmarks/extract_passes.py [--every 4] [--top 60] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"

WARM = 20            # articles extracted before timing
_PASS_NAME_RE = re.compile(r"^(?:settle_|needs_|repair_|tidy_|assign_|find_periods$|late_cues$)")


class Passes:
    """The wrapped passes: calls, calls that changed a fact, and nanoseconds, by pass."""

    def __init__(self) -> None:
        self.stats: dict[str, list[int]] = {}
        self.instrument_ns = 0               # time spent comparing facts, left out of every caller's time
        self._wrapped: dict[str, Any] = {}

    def wrap_package(self) -> None:
        import store.facts as facts

        for info in pkgutil.iter_modules(facts.__path__):
            module = importlib.import_module(f"store.facts.{info.name}")
            self._wrap_module(module, every_function=info.name == "extractor")

    def _wrap_module(self, module: Any, every_function: bool) -> None:
        for name, value in list(vars(module).items()):
            if not (inspect.isfunction(value) and value.__module__.startswith("store.facts")):
                continue
            if getattr(value, "_timed_pass", False) or not (every_function or _PASS_NAME_RE.match(name)):
                continue
            if name == "extract":
                continue                           # the entry itself (its callers hold it already)
            key = f"{value.__module__.rsplit('.', 1)[-1]}.{name}"
            if key not in self._wrapped:
                self._wrapped[key] = self._timed(key, value)
            setattr(module, name, self._wrapped[key])

    def _timed(self, key: str, fn: Any) -> Any:
        clock = time.thread_time_ns

        def timed(*args: Any, **kwargs: Any) -> Any:
            c0 = clock()
            before = _snapshot(args)
            c1 = clock()
            inner = self.instrument_ns
            t0 = clock()
            result = fn(*args, **kwargs)
            t1 = clock()
            inner = self.instrument_ns - inner
            c2 = clock()
            changed = before is not None and (_snapshot(args) != before or _returns_other(result, before))
            c3 = clock()
            row = self.stats.setdefault(key, [0, 0, 0])
            row[0] += 1
            row[1] += changed
            row[2] += t1 - t0 - inner
            self.instrument_ns += (c1 - c0) + (c3 - c2)
            return result

        timed._timed_pass = True  # type: ignore[attr-defined]
        return timed

    def calibrate(self) -> int:
        """The wrapper's own cost a call, measured on a pass that does nothing."""
        empty = self._timed("empty", lambda *a: None)
        for _ in range(100_000):
            empty(None)
        calls, _, ns = self.stats.pop("empty")
        self.instrument_ns = 0
        return ns // calls


def _snapshot(args: tuple[Any, ...]) -> str | None:
    from store.facts.builder import Builder

    for arg in args:
        if isinstance(arg, Builder):
            return repr(arg.facts)
        if isinstance(arg, list) and arg and isinstance(arg[0], dict) and "kind" in arg[0]:
            return repr(arg)
    return None


def _returns_other(result: Any, before: str) -> bool:
    """A pass that returns the facts list anew (fixing_quotes, two_countries_named …) changed it if it differs."""
    return isinstance(result, list) and bool(result) and isinstance(result[0], dict) and repr(result) != before


def articles(every: int) -> list[dict[str, Any]]:
    out = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for n, line in enumerate(path.open(encoding="utf-8")):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            date = record.get("date")
            out.append({"id": f"{path.stem}:{n}", "title": str(record.get("title") or ""),
                        "body": str(record.get("body") or ""), "date": date if isinstance(date, str) else None})
    return out[::every]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=4, help="every Nth bulk article (4)")
    parser.add_argument("--top", type=int, default=60, help="rows printed (60)")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()

    from store.facts import article_facts

    sample = articles(args.every)
    for article in sample[-WARM:]:
        article_facts(article)                     # the one-time loads (the word dictionaries …), before any timing
    passes = Passes()
    call_ns = passes.calibrate()
    passes.wrap_package()
    started = time.thread_time_ns()
    n_facts = sum(len(article_facts(a)) for a in sample)
    total = time.thread_time_ns() - started - passes.instrument_ns
    for row in passes.stats.values():
        row[2] = max(0, row[2] - call_ns * row[0])
    print(f"{len(sample):,} articles, {n_facts:,} facts, {total / len(sample) / 1e3:,.0f} µs an article "
          f"(CPU, wrappers' cost left out); a pass's time includes the passes it calls")
    print(f"{'pass':56s} {'calls':>7s} {'changed':>8s} {'share':>7s}")
    for key, (calls, changed, ns) in sorted(passes.stats.items(), key=lambda kv: -kv[1][2])[:args.top]:
        print(f"{key:56s} {calls:7d} {100 * changed / calls:7.1f}% {100 * ns / total:6.2f}%")
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": len(sample), "facts": n_facts, "total_ns": total,
                                               "passes": passes.stats}, ensure_ascii=False))


if __name__ == "__main__":
    main()
