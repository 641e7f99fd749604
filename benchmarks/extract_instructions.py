"""Instructions executed per article by store.facts.article_facts, counted by valgrind's
callgrind: a measure of extraction cost that the machine's load does not move (prints
figures; not a test).

On a machine shared by several people CPU seconds drift by 10-20 % from one minute to
the next (caches, frequency), which hides the few per cent a change to the extraction
machinery saves.  The count of instructions does not drift: compare two trees by it,
then confirm a gain in CPU seconds (benchmarks/extract.py) when the machine is quiet.

Each tree runs twice under callgrind on the same articles (every Nth of the bulk corpus,
the first few as warm-up): once extracting `--n` articles, once none; the difference is
the extraction's, divided by `--n`.  The C functions are grouped (the regular-expression
engine, the interpreter, dicts, strings, memory) to show where the instructions go: time
in C under a Python line, which a sampling profile (benchmarks/extract_profile.py) can
only give to that line.  Hash randomisation is fixed so that two runs of one tree agree.

Needs valgrind (callgrind_annotate); each tree takes a few minutes (callgrind runs the
interpreter about 50 times slower).

Usage: python benchmarks/extract_instructions.py TREE [TREE ...] [--every 50] [--n 150]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
WARM = 10        # articles extracted before the count matters (the dictionary, caches, lazy imports)

# run inside callgrind: load every Nth article, extract WARM of them, then `n` more
_WORKER = r"""
import glob, json, sys
tree, corpus, every, n, warm = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
sys.path.insert(0, tree)
from store.facts import article_facts
arts, k = [], 0
for p in sorted(glob.glob(corpus + "/*.jsonl")):
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            k += 1
            if k % every:
                continue
            try:
                r = json.loads(line)
            except ValueError:
                continue
            arts.append({"id": f"a{k}", "title": r.get("title") or "", "body": r.get("body") or "",
                         "date": r.get("date")})
for a in arts[:warm + n]:
    article_facts(a)
"""

# C source file (as callgrind_annotate names it) → group
_GROUPS = (
    ("regex engine", re.compile(r"_sre")),
    ("interpreter", re.compile(r"ceval\.c|frame\.c|call\.c|genobject\.c")),
    ("dicts and hashing", re.compile(r"dictobject\.c|pyhash\.c|setobject\.c")),
    ("strings", re.compile(r"unicodeobject|fastsearch|stringlib|split\.h|find_max_char")),
    ("memory", re.compile(r"obmalloc|malloc\.c|mem(?:move|set|cpy)|gcmodule")),
)


def _count(tree: Path, every: int, n: int, out: Path) -> dict[str, int]:
    """Instructions by C function (file:function) of one callgrind run."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": ""}
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", _WORKER,
                    str(tree), str(CORPUS), str(every), str(n), str(WARM)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = subprocess.run(["callgrind_annotate", "--threshold=100", str(out)],
                          check=True, capture_output=True, text=True).stdout
    counts: dict[str, int] = {}
    body = text.split("file:function", 1)[-1]
    for line in body.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+(\S+?)(?:\s\[|$)", line)
        if m:
            counts[m.group(2)] = counts.get(m.group(2), 0) + int(m.group(1).replace(",", ""))
    return counts


def _group(name: str) -> str:
    return next((g for g, rx in _GROUPS if rx.search(name)), "other")


def measure(tree: Path, every: int, n: int, work: Path) -> tuple[float, dict[str, float]]:
    """(instructions per article, the same by group)."""
    with ThreadPoolExecutor(2) as ex:        # the two runs side by side (one core each)
        full, empty = ex.map(lambda k: _count(tree, every, k, work / f"{tree.name}.{k}.out"), (n, 0))
    diff = {k: full.get(k, 0) - empty.get(k, 0) for k in set(full) | set(empty)}
    groups: dict[str, float] = {}
    for k, v in diff.items():
        groups[_group(k)] = groups.get(_group(k), 0) + v / n
    return sum(diff.values()) / n, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", type=Path, help="repository trees whose store.facts is measured")
    parser.add_argument("--every", type=int, default=50, help="every Nth article of the bulk corpus")
    parser.add_argument("--n", type=int, default=150, help="articles counted (after the warm-up)")
    args = parser.parse_args()
    if not shutil.which("valgrind") or not shutil.which("callgrind_annotate"):
        sys.exit("needs valgrind and callgrind_annotate")
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(t, *measure(t.resolve(), args.every, args.n, Path(tmp))) for t in args.trees]
    names = [g for g, _ in _GROUPS] + ["other"]
    print(f"instructions per article (millions), {args.n} articles, every {args.every}th of the bulk corpus")
    print(f"{'tree':<28}{'all':>8}" + "".join(f"{g[:12]:>14}" for g in names))
    for tree, total, groups in rows:
        print(f"{str(tree)[-28:]:<28}{total / 1e6:8.2f}" + "".join(f"{groups.get(g, 0) / 1e6:14.2f}" for g in names))


if __name__ == "__main__":
    main()
