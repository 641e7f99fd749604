"""Compare a second labeller's subjects and periods with the gold (agree35), then the extractor with both.

Reads OUTDIR/key.jsonl (written by draw.py; the gold side, opened only here) and a labels file of
tab-separated `id  subject  period` lines (`-` for none), compares with the scorer's own functions
(benchmarks/facts_gold.py: `_subject` + equality for subject, `_lenient` for subject~, `_period` for
period) and prints agreement rates with Wilson 95 % intervals; `--extractor` also runs store.facts.extract
on each drawn fact's sentence (bulk ones inside their article, as the scorer does), pairs it with the gold
fact by the scorer's `match`, and scores it against the gold and against the second labeller.
Writes the disagreements to OUTDIR/disagreements.jsonl for adjudication.

Usage: python tools/label_agreement/compare.py OUTDIR LABELS.tsv [--extractor]
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import facts_gold as fg  # noqa: E402


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if not n:
        return (0.0, 0.0)
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (mid - half, mid + half)


def cell(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{100 * k / n:5.1f} % ({k}/{n}; 95 % CI {100 * lo:.1f}–{100 * hi:.1f})"


def read_labels(path: Path) -> dict[int, tuple[str | None, str | None]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        i, subj, per = line.split("\t")
        out[int(i)] = (None if subj == "-" else subj, None if per == "-" else per)
    return out


def agree(a: object, b: object) -> dict[str, bool]:
    """The scorer's three comparisons of one (subject, period) pair against another."""
    (sa, pa), (sb, pb) = a, b
    plain_a, plain_b = fg._subject(fg._text(sa)), fg._subject(fg._text(sb))
    return {"subject": plain_a == plain_b, "subject~": fg._lenient(plain_a, plain_b),
            "period": fg._period(pa) == fg._period(pb)}


def gold_sentence(k: dict, cache: dict) -> tuple[fg.GoldSentence, dict]:
    rec = json.loads((fg.GOLD / k["file"]).read_text(encoding="utf-8").splitlines()[k["rec_line"]])
    if "sentence" in rec:
        gs = fg.GoldSentence("public", rec.get("source", ""), rec["sentence"], rec.get("date"), rec["facts"])
    else:
        text = fg._corpus_field(rec, cache)
        gs = fg.GoldSentence("bulk", f"{rec['file']}:{rec['line']}", text[rec["start"]:rec["end"]],
                             rec.get("date"), rec["facts"])
        gs.got = [{"_ref": (rec, text)}]
    return gs, rec["facts"][k["fact_index"]]


def main(argv: list[str]) -> int:
    outdir, labels_path = Path(argv[1]), Path(argv[2])
    with_extractor = "--extractor" in argv
    key = [json.loads(x) for x in (outdir / "key.jsonl").read_text(encoding="utf-8").splitlines()]
    sheet = {r["id"]: r for r in map(json.loads, (outdir / "sheet.jsonl").read_text(encoding="utf-8").splitlines())}
    mine = read_labels(labels_path)
    key = [k for k in key if k["id"] in mine]
    names = ("subject~", "subject", "period")
    t = {n: 0 for n in names}
    disagreements = []
    for k in key:
        a = agree((k["subject"], k["period"]), mine[k["id"]])
        for n in names:
            t[n] += a[n]
        if not (a["subject~"] and a["period"]) or not a["subject"]:
            s = sheet[k["id"]]
            disagreements.append({"id": k["id"], "set": k["set"], "origin": k["origin"], "date": s["date"],
                                  "surface": s["surface"], "sentence": s["sentence"],
                                  "gold": [k["subject"], k["period"]], "mine": list(mine[k["id"]]),
                                  "subject": a["subject"], "subject~": a["subject~"], "period": a["period"]})
    n = len(key)
    print(f"labeller vs gold on {n} facts")
    for name in names:
        print(f"  {name:9} {cell(t[name], n)}")
    with open(outdir / "disagreements.jsonl", "w", encoding="utf-8") as fh:
        for d in disagreements:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if not with_extractor:
        return 0
    from store.facts import extract
    cache: dict = {}
    vs = {"gold": {m: 0 for m in names}, "mine": {m: 0 for m in names}}
    found = 0
    rows = []
    for k in key:
        gs, g = gold_sentence(k, cache)
        fg.run_extractor([gs], extract, [])
        pair = dict((id(gg), f) for gg, f in fg.match(gs))
        f = pair.get(id(g))
        ok = fg._is_found(g, f)
        found += ok
        got = (f.get("subject"), f.get("period")) if ok else (None, None)
        a_gold = agree((g["subject"], g["period"]), got) if ok else dict.fromkeys(names, False)
        a_mine = agree(mine[k["id"]], got) if ok else dict.fromkeys(names, False)
        for m in names:
            vs["gold"][m] += a_gold[m]
            vs["mine"][m] += a_mine[m]
        rows.append({"id": k["id"], "found": ok, "got": list(got), "vs_gold": a_gold, "vs_mine": a_mine})
    print(f"extractor (this tree) on the same {n} facts: found {cell(found, n)}")
    for who in ("gold", "mine"):
        for m in names:
            print(f"  vs {who:4} {m:9} of all {cell(vs[who][m], n)}; of found {100 * vs[who][m] / max(found, 1):.1f} %")
    with open(outdir / "extractor.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
