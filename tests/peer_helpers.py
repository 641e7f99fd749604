"""What the two peer-vector suites (test_facts_peer_suites, test_facts_external) share: reading a
JSONL file, comparing values, and the negatives check — a numeral listed as `absent` (or the whole
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
