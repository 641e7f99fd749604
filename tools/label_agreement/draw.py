"""Draw a blind labelling sheet of gold facts (agree35: how far do two labellers agree?).

Draws non-date facts from the tuning sets (main ... sealed20, sealed33, sealed34; public and bulk
files), seed random.Random(3501), spread over the sets, and writes two files apart:

  SHEET  (blind):  set, origin, article date, sentence (bulk: resolved from the corpus, with the
                   text before it in its field for context), the figure's surface/offset, value,
                   unit, kind -- never its subject, period, change, base or qualifier;
  KEY    (sealed): the same ids with the gold record's subject/period/change/base/qualifier and
                   where the fact lives, opened only when comparing (compare.py).

The sheet is written from an allow-list of keys, so the gold labels cannot leak into it.
Usage: python tools/label_agreement/draw.py OUTDIR [N]
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
TUNING = (["main", "heldback", "fresh", "unseen", "blind", "sealed"]
          + [f"sealed{i}" for i in range(2, 21)] + ["sealed33", "sealed34"])
FILES = {"main": ("public.jsonl", "bulk.jsonl")}
DATE_KINDS = ("date", "year", "date-range", "date_range")
SHEET_KEYS = ("id", "set", "origin", "date", "before", "sentence", "surface", "start", "value", "value_high",
              "unit", "kind")
KEY_FIELDS = ("subject", "period", "change", "base", "qualifier", "change_word")


def files(name: str) -> tuple[str, str]:
    return FILES.get(name, (f"{name}_public.jsonl", f"{name}_bulk.jsonl"))


def corpus_field(ref: dict, cache: dict) -> str | None:
    path = CORPUS / ref["file"]
    if ref["file"] not in cache:
        if not path.exists():
            return None
        cache[ref["file"]] = path.read_text(encoding="utf-8").split("\n")
    lines = cache[ref["file"]]
    if ref["line"] >= len(lines):
        return None
    return json.loads(lines[ref["line"]]).get(ref["field"]) or ""


def pool(name: str, cache: dict) -> list[dict]:
    out = []
    for origin, fname in zip(("public", "bulk"), files(name)):
        path = GOLD / fname
        if not path.exists():
            continue
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            rec = json.loads(line)
            for fi, fact in enumerate(rec.get("facts", [])):
                if fact.get("kind") in DATE_KINDS:
                    continue
                out.append({"set": name, "origin": origin, "file": fname, "rec_line": ln, "fact_index": fi,
                            "rec": rec, "fact": fact})
    return out


def main(argv: list[str]) -> int:
    outdir = Path(argv[1])
    n = int(argv[2]) if len(argv) > 2 else 300
    rng = random.Random(3501)
    cache: dict = {}
    per_set = {name: pool(name, cache) for name in TUNING}
    for name in TUNING:
        rng.shuffle(per_set[name])
    # round robin over the sets in a shuffled order each round: any prefix of the sheet is spread over sets
    drawn: list[dict] = []
    while len(drawn) < n and any(per_set.values()):
        order = [s for s in TUNING if per_set[s]]
        rng.shuffle(order)
        for name in order:
            if len(drawn) >= n:
                break
            while per_set[name]:
                item = per_set[name].pop()
                rec = item["rec"]
                if "sentence" in rec:
                    sentence, before = rec["sentence"], ""
                else:
                    text = corpus_field(rec, cache)
                    sentence = None if text is None else text[rec["start"]:rec["end"]]
                    if sentence is None or hashlib.sha1(sentence.encode()).hexdigest() != rec["sha1"]:
                        continue                    # unresolvable reference: draw another from the set
                    before = text[max(0, rec["start"] - 300):rec["start"]]
                item["sentence"], item["before"] = sentence, before
                drawn.append(item)
                break
    sheet, key = [], []
    for i, item in enumerate(drawn):
        fact, rec = item["fact"], item["rec"]
        row = {"id": i, "set": item["set"], "origin": item["origin"], "date": rec.get("date"),
               "before": item["before"], "sentence": item["sentence"], "surface": fact["surface"],
               "start": fact["start"], "value": fact.get("value"), "value_high": fact.get("value_high"),
               "unit": fact.get("unit"), "kind": fact.get("kind")}
        sheet.append({k: row[k] for k in SHEET_KEYS})
        key.append({"id": i, "set": item["set"], "origin": item["origin"], "file": item["file"],
                    "rec_line": item["rec_line"], "fact_index": item["fact_index"],
                    **{k: fact.get(k) for k in KEY_FIELDS}})
    outdir.mkdir(parents=True, exist_ok=True)
    with open(outdir / "sheet.jsonl", "w", encoding="utf-8") as fh:
        for row in sheet:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(outdir / "key.jsonl", "w", encoding="utf-8") as fh:
        for row in key:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(outdir / "sheet.txt", "w", encoding="utf-8") as fh:
        for row in sheet:
            s, a = row["sentence"], row["start"]
            marked = s[:a] + "【" + row["surface"] + "】" + s[a + len(row["surface"]):]
            ctx = f"  …{row['before'][-160:]}\n" if row["before"] else ""
            vh = f"–{row['value_high']}" if row["value_high"] is not None else ""
            fh.write(f"#{row['id']} [{row['set']} {row['origin']} {row['date']}] {row['kind']} "
                     f"{row['value']}{vh} {row['unit']}\n{ctx}  {marked}\n\n")
    print(f"drew {len(sheet)} facts from {len({r['set'] for r in sheet})} sets -> {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
