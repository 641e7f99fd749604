"""The dataset again, with each set's rules as they were before anyone tuned on that set.

    PYTHONPATH=. python tools/subject_ranker/with_old_rules.py DATASET.jsonl OLD_DIR OUT.jsonl

OLD_DIR holds SET.jsonl files written by old_rules.py.  A row of a set with such a file gets the
old extractor's subject (and the previous figure's) as "the rules' choice", its candidates
recomputed from them; rows of other sets are dropped.  A model that reads the rules' choice learns
how far to trust it from rules that had not seen the text, as on fresh text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import facts_gold as G  # noqa: E402

from tools.subject_ranker.candidates import candidates  # noqa: E402


def main(argv: list[str]) -> int:
    old_dir = Path(argv[1])
    old: dict[str, list[list[dict]]] = {}
    n = kept = 0
    with open(argv[2], "w", encoding="utf-8") as out:
        for line in open(argv[0], encoding="utf-8"):
            r = json.loads(line)
            s = r["set"]
            if s not in old:
                p = old_dir / f"{s}.jsonl"
                old[s] = [json.loads(x) for x in open(p, encoding="utf-8")] if p.exists() else []
            if not old[s]:
                continue
            n += 1
            got = sorted(old[s][r["sid"]], key=lambda f: f["start"])
            over = [f for f in got if f["start"] < r["fe"] and f["end"] > r["fs"]]
            if not over:
                continue
            f = max(over, key=lambda f: min(r["fe"], f["end"]) - max(r["fs"], f["start"]))
            prevs = [x for x in got if x["end"] <= f["start"] and x.get("subject")]
            prev = prevs[-1]["subject"] if prevs else None
            want = G._subject(r["gold"])
            ext = G._text(f.get("subject"))
            cands = candidates(r["sentence"], r["fs"], r["fe"], ext, prev)
            r.update(ext=ext, ext_ok=G._lenient(want, G._subject(ext)), ext_exact=want == G._subject(ext),
                     cands=[{"text": c.text, "src": c.source, "feats": c.feats, "ok": G._lenient(want, G._subject(c.text)),
                             "exact": want == G._subject(c.text)} for c in cands])
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            kept += 1
    print(f"{kept} of {n} rows of sets with old rules kept")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
