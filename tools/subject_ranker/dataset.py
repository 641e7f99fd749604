"""The subject ranker's dataset: every gold fact the extractor finds, with the candidate phrases its
clause offers and whether each matches the gold subject (subject~ and exact, as the scorer compares).

    PYTHONPATH=. python tools/subject_ranker/dataset.py OUT.jsonl [SET ...]

Prints candidate coverage per set (how often some candidate matches) next to the rules' subject~.
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


def rows_of(set_name: str, extract) -> list[dict]:
    notes: list[str] = []
    gold = G.load_gold(notes, set_name)
    G.run_extractor(gold, extract, notes)
    out = []
    for si, gs in enumerate(gold):
        if gs.origin == "negatives":
            continue
        got = sorted(gs.got, key=lambda f: f["start"])
        for g, f in G.match(gs):
            if g["kind"] in G.DATE_KINDS or not G._is_found(g, f):
                continue
            prevs = [x for x in got if x["end"] <= f["start"] and x.get("subject") and x.get("kind") not in G.DATE_KINDS]
            prev = prevs[-1]["subject"] if prevs else None
            fs, fe = max(0, f["start"]), min(len(gs.sentence), f["end"])
            want = G._subject(G._text(g["subject"]))
            cands = candidates(gs.sentence, fs, fe, f.get("subject"), prev)
            out.append({
                "set": set_name, "sid": si, "sentence": gs.sentence, "fs": fs, "fe": fe, "kind": f.get("kind"),
                "gold": G._text(g["subject"]), "ext": G._text(f.get("subject")),
                "ext_ok": G._lenient(want, G._subject(G._text(f.get("subject")))),
                "ext_exact": want == G._subject(G._text(f.get("subject"))),
                "cands": [{"text": c.text, "src": c.source, "feats": c.feats,
                           "ok": G._lenient(want, G._subject(c.text)), "exact": want == G._subject(c.text)}
                          for c in cands],
            })
    return out


def main(argv: list[str]) -> int:
    from store.facts import extract

    out_path = Path(argv[0])
    sets = argv[1:] or list(G.GOLD_SETS)
    with open(out_path, "w", encoding="utf-8") as fh:
        print(f"{'set':10} {'facts':>5} {'rules~':>7} {'cover~':>7} {'cover=':>7} {'cands':>6}")
        for name in sets:
            rows = rows_of(name, extract)
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n = len(rows) or 1
            print(f"{name:10} {len(rows):5} {100 * sum(r['ext_ok'] for r in rows) / n:7.1f} "
                  f"{100 * sum(any(c['ok'] for c in r['cands']) for r in rows) / n:7.1f} "
                  f"{100 * sum(any(c['exact'] for c in r['cands']) for r in rows) / n:7.1f} "
                  f"{sum(len(r['cands']) for r in rows) / n:6.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
