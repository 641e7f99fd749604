"""What the ranker's candidates and features would cost on the ingest path: CPU seconds of
store.facts.extract on bulk article bodies, then of candidates() for each non-date fact.

    PYTHONPATH=. python tools/subject_ranker/cost.py [N_ARTICLES]
"""

from __future__ import annotations

import glob
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from store.facts import extract  # noqa: E402

from tools.subject_ranker.candidates import candidates  # noqa: E402

_CUT = re.compile("[。！？!?\n]")


def main(argv: list[str]) -> int:
    n_art = int(argv[0]) if argv else 1500
    texts: list[str] = []
    for p in sorted(glob.glob("/work/shared/corpus/bulk/*.jsonl")):
        texts += [str(json.loads(line).get("body") or "") for line in open(p, encoding="utf-8") if line.strip()]
        if len(texts) >= n_art:
            break
    texts = texts[:n_art]
    for x in texts[:100]:                      # warm: the dictionary, the patterns
        for f in extract(x):
            candidates(x[max(0, f["start"] - 20):f["end"]], min(20, f["start"]), min(20, f["start"]) + f["end"] - f["start"], None, None)
    t = time.process_time()
    got = [extract(x) for x in texts]
    t_extract = time.process_time() - t
    t, n = time.process_time(), 0
    for x, facts in zip(texts, got, strict=True):
        for f in facts:
            if f["kind"] in ("date", "year"):
                continue
            s = max([m.end() for m in _CUT.finditer(x, 0, f["start"])] or [0])
            candidates(x[s:f["end"]], f["start"] - s, f["end"] - s, f.get("subject"), None)
            n += 1
    t_cands = time.process_time() - t
    print(f"{len(texts)} articles, {n} non-date facts: extract {t_extract:.2f} s CPU, candidates {t_cands:.2f} s CPU "
          f"({1000 * t_extract / max(n, 1):.2f} and {1000 * t_cands / max(n, 1):.2f} ms a fact)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
