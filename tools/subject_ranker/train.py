"""Train and judge the subject ranker on the dataset written by dataset.py.

A conditional logit over each fact's candidates (softmax of a linear score of sparse features),
trained with numpy on the candidates that match the gold subject well (the same phrase as the
scorer compares it, or one holding the other and two thirds its length at least: the scorer's
containment alone would teach the model to answer fragments such as 价格 for 交通价格指数).

    PYTHONPATH=. python tools/subject_ranker/train.py DATASET.jsonl loso [--blind]
    PYTHONPATH=. python tools/subject_ranker/train.py DATASET.jsonl sealed22 [TEST.jsonl] [--blind]
    PYTHONPATH=. python tools/subject_ranker/train.py DATASET.jsonl fit OUT.json [--no22]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def good(c: dict, gold: str) -> bool:
    """The candidate names the gold subject well enough to learn from."""
    if c["exact"]:
        return True
    a, b = c["text"], gold
    return bool(c["ok"] and a and b and min(len(a), len(b)) * 3 >= max(len(a), len(b)) * 2)


# the features that say what the rules chose: on the sets the rules were tuned on they are right far
# more often than on fresh text, so a model that reads them learns to trust the rules too much
EXT_FEATS = ("ext=", "in_ext=", "has_ext=", "noext&", "src=ext", "src&dist=ext")


_KIND_CONJ = ("src=", "c1=", "t1=", "gap=", "dist=", "ext=", "last_run=")


def with_kind(kind: str | None, feats: list[str]) -> list[str]:
    """The figure's kind joined with the features whose meaning depends on it (a percent's
    subject sits before 增长, a count's after it)."""
    return [f"{kind}&{f}" for f in feats if f.startswith(_KIND_CONJ)]


def load(path: str, blind_to_rules: bool = False) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    for r in rows:
        for c in r["cands"]:
            c["good"] = good(c, r["gold"])
            c["is_ext"] = "ext=1" in c["feats"]
            if blind_to_rules:
                c["feats"] = [f for f in c["feats"] if not f.startswith(EXT_FEATS)]
            c["feats"] = c["feats"] + with_kind(r["kind"], c["feats"])
    return rows


class Model:
    def __init__(self, l2: float = 1.0, iters: int = 120, lr: float = 0.1, min_count: int = 2) -> None:
        self.l2, self.iters, self.lr, self.min_count = l2, iters, lr, min_count
        self.index: dict[str, int] = {}
        self.w = np.zeros(0)

    def _matrix(self, rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(feature ids, the candidate each belongs to, the fact each candidate belongs to, n candidates)."""
        fid, cid, grp = [], [], []
        k = 0
        for g, r in enumerate(rows):
            for c in r["cands"]:
                for f in c["feats"]:
                    i = self.index.get(f)
                    if i is not None:
                        fid.append(i)
                        cid.append(k)
                grp.append(g)
                k += 1
        return np.array(fid, dtype=np.int64), np.array(cid, dtype=np.int64), np.array(grp, dtype=np.int64), np.array(k)

    def fit(self, rows: list[dict]) -> "Model":
        rows = [r for r in rows if any(c["good"] for c in r["cands"])]
        counts: dict[str, int] = defaultdict(int)
        for r in rows:
            for c in r["cands"]:
                for f in set(c["feats"]):
                    counts[f] += 1
        self.index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= self.min_count))}
        fid, cid, grp, k = self._matrix(rows)
        k = int(k)
        y = np.array([c["good"] for r in rows for c in r["cands"]], dtype=float)
        ng = len(rows)
        starts = np.flatnonzero(np.r_[True, grp[1:] != grp[:-1]])     # each fact's first candidate
        w = np.zeros(len(self.index))
        m, v = np.zeros_like(w), np.zeros_like(w)
        for t in range(1, self.iters + 1):
            s = np.bincount(cid, weights=w[fid], minlength=k)
            smax = np.maximum.reduceat(s, starts)
            e = np.exp(s - smax[grp])
            z = np.bincount(grp, weights=e, minlength=ng)
            p = e / z[grp]
            ep = e * y
            zp = np.bincount(grp, weights=ep, minlength=ng)
            q = ep / zp[grp]
            d = (p - q) / ng
            grad = np.bincount(fid, weights=d[cid], minlength=len(w)) + self.l2 * w / ng
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad * grad
            w -= self.lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        self.w = w
        return self

    def scores(self, r: dict) -> list[float]:
        return [float(sum(self.w[self.index[f]] for f in c["feats"] if f in self.index)) for c in r["cands"]]


def pick(model: Model, r: dict, margin: float) -> dict:
    """The model's candidate when it beats the rules' own by `margin`, else the rules'."""
    sc = model.scores(r)
    best = max(range(len(sc)), key=lambda i: sc[i])
    ext = [i for i, c in enumerate(r["cands"]) if c["is_ext"]]
    if not ext:
        return r["cands"][best] if sc[best] > margin else {"ok": r["ext_ok"], "exact": r["ext_exact"], "text": r["ext"]}
    e = ext[0]
    return r["cands"][best] if sc[best] - sc[e] > margin else r["cands"][e]


MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def judge(model: Model, rows: list[dict]) -> dict[float, tuple[int, int, int]]:
    """margin -> (subject~ right, exact right, changed) over `rows`."""
    out = {}
    for mg in MARGINS:
        ok = ex = ch = 0
        for r in rows:
            c = pick(model, r, mg)
            ok += bool(c["ok"])
            ex += bool(c["exact"])
            ch += c.get("text", r["ext"]) != r["ext"]
        out[mg] = (ok, ex, ch)
    return out


def main(argv: list[str]) -> int:
    blind = "--blind" in argv
    argv = [a for a in argv if not a.startswith("--")] + [a for a in argv if a.startswith("--")]
    rows = load(argv[0], blind)
    mode = argv[1]
    test_rows = load(argv[2], blind) if mode == "sealed22" and len(argv) > 2 and not argv[2].startswith("--") else rows
    by_set: dict[str, list[dict]] = defaultdict(list)
    for r in test_rows:
        by_set[r["set"]].append(r)
    if mode in ("loso", "sealed22"):
        tests = [s for s in by_set if s != "sealed22"] if mode == "loso" else ["sealed22"]
        tot: dict[float, list[int]] = defaultdict(lambda: [0, 0, 0])
        base_ok = base_ex = n = 0
        print(f"{'set':10} {'n':>4} {'rules~':>6} {'rules=':>6} " + " ".join(f"m{mg}~/=/ch".rjust(16) for mg in MARGINS))
        for s in tests:
            train = [r for r in rows if r["set"] != s and r["set"] != "sealed22"]
            model = Model().fit(train)
            res = judge(model, by_set[s])
            rs = by_set[s]
            bo, be = sum(r["ext_ok"] for r in rs), sum(r["ext_exact"] for r in rs)
            base_ok += bo
            base_ex += be
            n += len(rs)
            cells = []
            for mg in MARGINS:
                ok, ex, ch = res[mg]
                tot[mg][0] += ok
                tot[mg][1] += ex
                tot[mg][2] += ch
                cells.append(f"{100 * ok / len(rs):5.1f}/{100 * ex / len(rs):5.1f}/{ch:3d}".rjust(16))
            print(f"{s:10} {len(rs):4} {100 * bo / len(rs):6.1f} {100 * be / len(rs):6.1f} " + " ".join(cells), flush=True)
        print(f"{'ALL':10} {n:4} {100 * base_ok / n:6.1f} {100 * base_ex / n:6.1f} " + " ".join(
            f"{100 * tot[mg][0] / n:5.1f}/{100 * tot[mg][1] / n:5.1f}/{tot[mg][2]:3d}".rjust(16) for mg in MARGINS))
    elif mode == "fit":
        train = [r for r in rows if r["set"] != "sealed22"] if "--no22" in argv else rows
        model = Model().fit(train)
        weights = {f: round(float(model.w[i]), 4) for f, i in model.index.items() if abs(model.w[i]) >= 1e-3}
        Path(argv[2]).write_text(json.dumps(weights, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
        top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:40]
        for f, wv in top:
            print(f"{wv:+.3f} {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
