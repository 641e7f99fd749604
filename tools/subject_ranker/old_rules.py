"""The subjects an older extractor gave a set's sentences (the rules before they were tuned on it).

    PYTHONPATH=OLD_TREE python tools/subject_ranker/old_rules.py GOLD_DIR SET OUT.jsonl

Run with an old tree (git archive of the commit before the set landed) first on the path: it
imports that tree's store.facts.extract and nothing else of this tree's, so it reads the gold files
itself (the same rules as benchmarks/facts_gold.py: public sentences, bulk references by sha1).
Writes, per gold sentence in file order, the facts' start, end, value and subject.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

CORPUS = Path("/work/shared/corpus/bulk")


def main(argv: list[str]) -> int:
    from store.facts import extract

    gold, name, out = Path(argv[0]), argv[1], argv[2]
    cache: dict[str, list[str]] = {}
    with open(out, "w", encoding="utf-8") as fh:
        for part in ("public", "bulk"):
            path = gold / f"{name}_{part}.jsonl"
            if not path.exists():
                continue
            for line in open(path, encoding="utf-8"):
                if not line.strip():
                    continue
                rec = json.loads(line)
                if "sentence" in rec:
                    text, s, e = rec["sentence"], 0, len(rec["sentence"])
                else:
                    if rec["file"] not in cache:
                        cache[rec["file"]] = (CORPUS / rec["file"]).read_text(encoding="utf-8").split("\n")
                    text = json.loads(cache[rec["file"]][rec["line"]]).get(rec["field"]) or ""
                    s, e = rec["start"], rec["end"]
                    if hashlib.sha1(text[s:e].encode("utf-8")).hexdigest() != rec["sha1"]:
                        continue
                try:
                    facts = [f for f in extract(text, date=rec.get("date")) if f["start"] < e and f["end"] > s]
                except Exception:  # noqa: BLE001 - an old extractor's failure: no facts
                    facts = []
                fh.write(json.dumps([{"start": f["start"] - s, "end": f["end"] - s, "value": str(f.get("value")),
                                      "subject": f.get("subject")} for f in facts], ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
