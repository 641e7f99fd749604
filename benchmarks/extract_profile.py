"""Where store.facts.article_facts spends its CPU on the bulk corpus: a sampling profile
(prints shares of the samples; not a test).

A timer that runs on this process's own CPU time (ITIMER_PROF) interrupts the extraction
every half millisecond and records the Python call stack.  The shares therefore hold on a
machine shared with other work, where wall times lie, and no function is slowed the way
cProfile slows small, often-called ones.  Time spent in C (a regex scan, a dict lookup) is
counted in the Python function that called it.

Prints each function's inclusive share (its time and that of everything it calls), then,
for each function named with --under, the share of each function it calls directly
("<self>": its own lines).  With --prepare the articles go through the ingest workers' job
(store.ingest.extraction.extract_batch: facts and the search-index document), not
article_facts alone.

Usage: python benchmarks/extract_profile.py [corpus_dir] [--every N] [--top K]
                                            [--under extractor.extract context.enrich ...] [--prepare]
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INTERVAL = 0.0005      # seconds of this process's CPU between samples (the kernel may space them wider)
Stack = tuple[str, ...]


def _name(frame: FrameType) -> str:
    """module.function of a frame (the module as its file's name)."""
    code = frame.f_code
    return f"{Path(code.co_filename).stem}.{code.co_name}"


def _load(corpus: Path, every: int) -> list[dict]:
    from extract import _load as load_corpus     # benchmarks/extract.py, beside this script
    arts = load_corpus(corpus)[::every]
    for i, a in enumerate(arts):     # as the ingest hands them to its workers
        a.setdefault("id", f"a{i}")
        a["title"], a["body"] = a.get("title") or "", a.get("body") or ""
    return arts


def sample(arts: list[dict], prepare: bool) -> tuple[list[Stack], float]:
    """The call stacks (outermost first) seen while the articles are extracted, and the CPU seconds."""
    from store.ingest.extraction import extract_batch

    extract_batch(arts[:50], prepare)          # first use: the dictionary, caches, lazy imports
    stacks: list[Stack] = []

    def take(_sig: int, frame: FrameType | None) -> None:
        names = []
        while frame is not None:
            names.append(_name(frame))
            frame = frame.f_back
        stacks.append(tuple(reversed(names)))

    old = signal.signal(signal.SIGPROF, take)
    cpu = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        for k in range(0, len(arts), 64):      # the workers' batch size
            extract_batch(arts[k:k + 64], prepare)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    return stacks, time.process_time() - cpu


def inclusive(stacks: list[Stack]) -> Counter[str]:
    """Samples with each function anywhere on the stack (once per sample)."""
    out: Counter[str] = Counter()
    for st in stacks:
        out.update(set(st))
    return out


def callees(stacks: list[Stack], name: str) -> Counter[str]:
    """Of the samples under `name` (its innermost call), the function it was calling."""
    out: Counter[str] = Counter()
    for st in stacks:
        if name in st:
            i = len(st) - 1 - st[::-1].index(name)
            out[st[i + 1] if i + 1 < len(st) else "<self>"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "bulk")
    parser.add_argument("--every", type=int, default=2, help="every Nth article of the corpus")
    parser.add_argument("--top", type=int, default=40, help="functions to print")
    parser.add_argument("--under", nargs="*", default=["context.enrich"], help="functions to break down")
    parser.add_argument("--prepare", action="store_true", help="the workers' whole job, index document included")
    args = parser.parse_args()
    arts = _load(args.corpus, args.every)
    if not arts:
        print(f"no articles under {args.corpus}")
        return
    stacks, cpu = sample(arts, args.prepare)
    n = len(stacks) or 1
    print(f"{len(arts)} articles in {cpu:.1f} s CPU ({cpu / len(arts) * 1000:.2f} ms an article), {len(stacks)} samples")
    print("inclusive share:")
    own = Path(__file__).stem
    shares = [(name, k) for name, k in inclusive(stacks).most_common() if not name.startswith(own + ".")]
    for name, k in shares[:args.top]:
        print(f"  {k / n:6.1%}  {name}")
    for name in args.under:
        print(f"{name} calls:")
        for callee, k in callees(stacks, name).most_common(args.top):
            print(f"  {k / n:6.1%}  {callee}")


if __name__ == "__main__":
    main()
