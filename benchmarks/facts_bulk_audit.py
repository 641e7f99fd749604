"""Audit every fact of the bulk corpus for the faults issue 10 names (prints counts and examples).

    python benchmarks/facts_bulk_audit.py            # ../shared/corpus/bulk/*.jsonl
    python benchmarks/facts_bulk_audit.py DIR -n 5   # another folder, 5 examples per violation

Facts come from store.facts.article_facts on records built from each line
(id, date, title, body).  Violations counted:
  sign lost            a figure written after -/−/负/負 (not a range dash, not 正负) with value ≥ 0,
                       or money right after 亏损/净亏 with value ≥ 0
  points as percent    a 百分点/基点/BP surface of kind percent
  junk label           a fact inside a trap pattern (八项规定, N大X, water classes, 歼-20, URL escapes …)
  dropped denominator  `/X` in the surface or right after it, but no `/` in the unit (a fraction 1/9, a share
                       in percent, has its bar between digits and no unit over it)
It is not a test: the figures are for the closing note of issue 10.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

TRAPS = re.compile(
    r"八项规定|(?<![第\d])[一二三四五六七八九十两]大(?=[\u4e00-\u9fff])(?!类)|劣[一二三四五ⅠⅡⅢⅣⅤ]类|[一二三四五ⅠⅡⅢⅣⅤ]类水"
    r"|(?:歼|运油|运|直|轰)-\d+"
    r"|%[0-9A-F]{2}|一元复始|二元结构|三次产业|\d+岁以下|不怕一万"
)
MINUS = "-−负負"
LOSS_BEFORE = re.compile(r"(?<![减扭盈])(亏损|净亏|亏)[了额达为约超近逾]*$")
POINT_WORDS = re.compile(r"百分点|百分點|基点|基點|BP|bp")
FRACTION_BAR = re.compile(r"[\d０-９][/／][\d０-９]")     # 全国1/9的经济总量: a fraction (percent), not a unit
DENOMINATOR = re.compile(r"^[/／][\u4e00-\u9fffA-Za-z]")


@dataclass
class Violations:
    """Counts and a few examples per violation class."""

    keep: int
    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, example: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1
        ex = self.examples.setdefault(name, [])
        if len(ex) < self.keep:
            ex.append(example)


def articles(folder: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(glob.glob(str(folder / "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                date = rec.get("date")
                yield {"id": f"{Path(path).stem}:{n}", "title": str(rec.get("title") or ""),
                       "body": str(rec.get("body") or ""), "date": date if isinstance(date, str) else None}


def _context(text: str, f: dict[str, Any]) -> str:
    return f"{text[max(0, f['start'] - 12):f['start']]}[{text[f['start']:f['end']]}]{text[f['end']:f['end'] + 8]}"


def _num(v: Any) -> float | None:
    try:
        return None if v is None or isinstance(v, bool) else float(v)
    except (TypeError, ValueError):
        return None


def sign_lost(text: str, f: dict[str, Any]) -> bool:
    value = _num(f.get("value"))
    if value is None or value < 0 or f.get("kind") in ("date", "year"):
        return False
    s = f["start"]
    lead = f["surface"][:1] if f["surface"][:1] in MINUS else (text[s - 1] if s and text[s - 1] in MINUS else "")
    if lead:
        k = s - (0 if f["surface"][:1] in MINUS else 1)
        before = text[k - 1] if k else ""
        if not (before.isalnum() and before not in "为至到是") and before not in "%％正" :
            return True
    return f.get("kind") == "money" and value > 0 and bool(LOSS_BEFORE.search(text[max(0, s - 6):s]))


def audit_fact(text: str, f: dict[str, Any], traps: list[tuple[int, int]], v: Violations) -> None:
    ctx = _context(text, f)
    if sign_lost(text, f):
        v.add("sign lost", f"{ctx} value={f.get('value')}")
    if POINT_WORDS.search(f.get("surface", "")) and f.get("kind") == "percent":
        v.add("points as percent", f"{ctx} value={f.get('value')} unit={f.get('unit')}")
    if any(a < f["end"] and f["start"] < b for a, b in traps):
        v.add("junk label", f"{ctx} {f.get('kind')} {f.get('value')}")
    slash = "/" in f.get("surface", "").replace("／", "/") or DENOMINATOR.match(text[f["end"]:f["end"] + 2])
    share = f.get("kind") == "percent" and FRACTION_BAR.search(f.get("surface", ""))     # 1/9: a share, no unit over
    if slash and not share and "/" not in (f.get("unit") or "").replace("／", "/") and f.get("kind") not in ("date", "ratio"):
        v.add("dropped denominator", f"{ctx} unit={f.get('unit')}")


def run(folder: Path, article_facts: Callable[[dict[str, Any]], list[dict[str, Any]]], keep: int) -> None:
    v = Violations(keep)
    n_articles = n_facts = non_date = no_subject = raised = 0
    spans = no_subject_spans = 0         # durations: time spans have no subject by the gold conventions
    pairs = no_subject_pairs = 0         # 两国: the story's two parties, no subject unless named (gold conventions)
    seconds = 0.0
    for art in articles(folder):
        n_articles += 1
        t = time.perf_counter()
        try:
            facts = article_facts(art)
        except Exception as exc:  # noqa: BLE001 - a raising extractor is itself a finding
            raised += 1
            v.add("extractor raised", f"{art['id']}: {type(exc).__name__}: {exc}")
            continue
        finally:
            seconds += time.perf_counter() - t
        traps = {w: [m.span() for m in TRAPS.finditer(art[w])] for w in ("title", "body")}
        for f in facts:
            where = f.get("where", "body")
            n_facts += 1
            if f.get("kind") not in ("date", "year"):
                non_date += 1
                no_subject += not f.get("subject")
                if f.get("kind") == "duration":
                    spans += 1
                    no_subject_spans += not f.get("subject")
                elif f.get("kind") == "count" and f.get("unit") == "国" and f.get("surface") in ("两国", "兩國"):
                    pairs += 1
                    no_subject_pairs += not f.get("subject")
            audit_fact(art[where], f, traps[where], v)
    if not n_articles:
        print(f"no articles under {folder}")
        return
    print(f"{n_articles} articles, {n_facts} facts, {n_articles / seconds:.0f} articles/s (extraction only)")
    print(f"non-date facts without subject: {no_subject}/{non_date} = {100 * no_subject / max(non_date, 1):.1f}%")
    rest, rest_n = no_subject - no_subject_spans, non_date - spans
    print(f"  of them durations: {no_subject_spans}/{spans}; other kinds: {rest}/{rest_n} = "
          f"{100 * rest / max(rest_n, 1):.1f}%")
    if pairs:
        left, left_n = rest - no_subject_pairs, rest_n - pairs
        print(f"  of the other kinds, counts of two countries (两国): {no_subject_pairs}/{pairs}; the rest: "
              f"{left}/{left_n} = {100 * left / max(left_n, 1):.1f}%")
    if raised:
        print(f"extractor raised on {raised} articles")
    for name in ("sign lost", "points as percent", "junk label", "dropped denominator", "extractor raised"):
        print(f"\n{name}: {v.counts.get(name, 0)}")
        for ex in v.examples.get(name, []):
            print("   ", ex.replace("\n", " "))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("-n", type=int, default=5, help="examples per violation")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from store.facts import article_facts

    run(Path(args.folder), article_facts, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
