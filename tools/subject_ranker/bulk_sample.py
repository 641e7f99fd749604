"""What the ranker would change on the bulk corpus: a sample of articles from a bulkdiff.py dump,
each non-date body fact's candidates scored by a weights file, the changed subjects printed
with their sentence for reading by hand.

    PYTHONPATH=. python tools/subject_ranker/bulk_sample.py DUMP.jsonl WEIGHTS.json MARGIN [N_ARTICLES] [SEED]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.subject_ranker.candidates import candidates  # noqa: E402
from tools.subject_ranker.train import with_kind  # noqa: E402

CORPUS = Path("/work/shared/corpus/bulk")
_CUT = re.compile("[。！？!?\n]")


def main(argv: list[str]) -> int:
    dump, weights, margin = argv[0], json.loads(Path(argv[1]).read_text(encoding="utf-8")), float(argv[2])
    n_art = int(argv[3]) if len(argv) > 3 else 400
    rng = random.Random(int(argv[4]) if len(argv) > 4 else 23)
    lines = open(dump, encoding="utf-8").read().split("\n")
    picked = rng.sample([x for x in lines if x.strip()], n_art)
    files: dict[str, list[str]] = {}
    n = changed = 0
    for line in picked:
        rec = json.loads(line)
        stem, k = rec["id"].rsplit(":", 1)
        if stem not in files:
            files[stem] = (CORPUS / f"{stem}.jsonl").read_text(encoding="utf-8").split("\n")
        body = str(json.loads(files[stem][int(k)]).get("body") or "")
        facts = sorted((f for f in rec.get("facts", []) if f.get("where") == "body"), key=lambda f: f["start"])
        for i, f in enumerate(facts):
            if f["kind"] in ("date", "year"):
                continue
            s = max([m.end() for m in _CUT.finditer(body, 0, f["start"])] or [0])
            e = _CUT.search(body, f["end"])
            e = e.end() if e else len(body)
            prev = next((x.get("subject") for x in reversed(facts[:i]) if x.get("subject") and x["end"] <= f["start"]
                         and x["start"] >= s and x["kind"] not in ("date", "year")), None)
            cands = candidates(body[s:e], f["start"] - s, f["end"] - s, f.get("subject"), prev)
            sc = [sum(weights.get(x, 0.0) for x in c.feats + with_kind(f["kind"], c.feats)) for c in cands]
            best = max(range(len(sc)), key=lambda j: sc[j])
            ext = [j for j, c in enumerate(cands) if "ext=1" in c.feats]
            base = sc[ext[0]] if ext else 0.0
            n += 1
            if cands[best].text != (f.get("subject") or "") and sc[best] - base > margin:
                changed += 1
                left = body[max(s, f["start"] - 40):f["end"]]
                print(f"{rec['id']}@{f['start']} {f['surface']!r} rules={f.get('subject')!r} model={cands[best].text!r} | {left}")
    print(f"# {changed} of {n} non-date body facts change subject ({n_art} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
