"""What the peer-vector suites (test_facts_peer_suites, test_facts_external) and the specs of their classes
(test_facts_peer50, test_facts_peer51) share: reading a JSONL file, comparing values, a spec's one fact, and the negatives check — a numeral listed as `absent` (or the whole
sentence when none is named) must give no fact, of `absent_kind` when the row names one."""

from __future__ import annotations

import json
import math
from pathlib import Path

from store.facts import extract


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def negatives_read(rows: list[dict]) -> list[tuple[str, str]]:
    """(sentence, surface) of every fact read where a negative row says none may be."""
    bad = []
    for r in rows:
        absent, kind = r.get("absent"), r.get("absent_kind", "any")
        spans = []
        if absent:
            i = r["sentence"].find(absent)
            spans = [(i, i + len(absent))]
        for f in extract(r["sentence"]):
            if kind != "any" and f["kind"] != kind:
                continue
            if not spans or any(f["start"] < e and f["end"] > s for s, e in spans):
                bad.append((r["sentence"], f["surface"]))
    return bad


def facts_of(text: str, **kw: object) -> list[tuple]:
    """The facts of `text` as (kind, surface, value, value_high, unit, period): what a failing spec prints."""
    return [(f["kind"], f["surface"], f["value"], f["value_high"], f["unit"], f["period"]) for f in extract(text, **kw)]


def one_fact(text: str, surface: str, **kw: object) -> dict:
    """The one fact of `text` whose surface is `surface` (the specs of the peer harvests' classes)."""
    hits = [f for f in extract(text, **kw) if f["surface"] == surface]
    assert len(hits) == 1, (text, facts_of(text, **kw))
    return hits[0]
