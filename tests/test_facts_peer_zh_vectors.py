"""Peer vectors, second harvest (tests/peer/zh_peer_vectors.jsonl): figures, dates, durations and
amounts in capitals from test files of public projects the earlier suites did not read — JioNLP's time
parser and extractor, Duckling's Chinese durations and dates, nzh's amounts in capitals, chinese2digits,
WeTextProcessing's and NeMo's text-normalisation cases (tests/peer/README.md says which and how).

Scored field by field on the fact that carries the expected value (found = a fact overlapping the
expected span whose value matches; for a calendar row the value is our period text — 2021-06-14,
2007Q3, 2017-08/2017-11); unit, kind and qualifier are scored on that fact where the row states them.
Negatives: numerals the peer says are no figure (or no date) must not be read as one.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from store.facts import extract
from tests.peer_helpers import close, load_rows, negatives_read

PEER = Path(__file__).resolve().parent / "peer"
VECTORS = PEER / "zh_peer_vectors.jsonl"
NEGATIVES = PEER / "zh_peer_negatives.jsonl"
SKIPPED = PEER / "zh_peer_skipped.jsonl"

CALENDAR_KINDS = {"date", "year", "duration"}   # a period may be carried by a duration (前三季度 → 2021Q1-Q3)
_TRAD = str.maketrans("個鐘時點萬億", "个钟时点万亿")

# Floors: just below what the extractor reached when they were set (2026-12-07: value 87.8 %, unit 98.6,
# kind 99.2, qualifier 94.1 of 311 rows; before the classes this harvest found were fixed, value 79.4 %).
# What is still missed is listed by `python -c "from tests.test_facts_peer_zh_vectors import score; print(score()[2])"`:
# spaced Chinese numerals (五 天), 鐘 as an hour (十二個鐘), halves inside a unit (五分半鐘), minutes and
# seconds (五分三十秒), 角 alone (壹角), ASCII glued to digits (2.55万nonono), run-on percent strings.
FLOORS = {"value": 0.87, "unit": 0.98, "kind": 0.99, "qualifier": 0.94}
SOURCE_FLOORS = {"dongrixinyu/JioNLP": 0.91, "facebook/duckling": 0.82, "cnwhy/nzh": 0.78,
                 "Wall-ee/chinese2digits": 0.56, "wenet-e2e/WeTextProcessing": 0.87,
                 "NVIDIA/NeMo-text-processing": 0.90}


def _unit(u: str | None) -> str | None:
    return None if u is None else u.translate(_TRAD).removeprefix("个")


def _value_matches(row: dict, f: dict) -> bool:
    if row["kind"] == "date":
        return f["kind"] in CALENDAR_KINDS and f["period"] == row["value"]
    return close(f["value"], row["value"]) and (row["value_high"] is None or close(f["value_high"], row["value_high"]))


def carrier(row: dict) -> dict | None:
    """The fact that reads the row's figure: overlapping its span, with its value."""
    s, e = row["start"], row["start"] + len(row["surface"])
    kw = row.get("base") or {}
    for f in extract(row["sentence"], **kw):
        if f["start"] < e and f["end"] > s and _value_matches(row, f):
            return f
    return None


def field_misses(row: dict) -> list[str]:
    f = carrier(row)
    if f is None:
        return ["value"]
    bad = []
    if row["unit"] is not None and _unit(f["unit"]) != _unit(row["unit"]):
        bad.append("unit")
    if row["kind"] is not None and not (f["kind"] in CALENDAR_KINDS if row["kind"] == "date" else f["kind"] == row["kind"]):
        bad.append("kind")
    if row["qualifier"] is not None and f["qualifier"] != row["qualifier"]:
        bad.append("qualifier")
    return bad


def score() -> tuple[dict[str, float], dict[str, float], list[tuple[str, str, list[str]]]]:
    rows = load_rows(VECTORS)
    tried, passed, src_n, src_ok, misses = Counter(), Counter(), Counter(), Counter(), []
    for r in rows:
        bad = field_misses(r)
        src = r["source"].split(":")[0]
        src_n[src] += 1
        src_ok[src] += not bad
        fields = ["value"] + [k for k in ("unit", "kind", "qualifier") if r[k] is not None]
        for k in fields:
            if k == "value" or "value" not in bad:
                tried[k] += 1
                passed[k] += k not in bad
        if bad:
            misses.append((r["sentence"], r["surface"], bad))
    return ({k: passed[k] / tried[k] for k in tried}, {k: src_ok[k] / src_n[k] for k in src_n}, misses)


def test_vectors_are_well_formed_and_attributed() -> None:
    readme = (PEER / "README.md").read_text(encoding="utf-8")
    rows = load_rows(VECTORS)
    assert len(rows) >= 300 and len({r["source"].split(":")[0] for r in rows}) >= 4
    for r in rows + load_rows(NEGATIVES) + load_rows(SKIPPED):
        assert r["source"].split(":")[0] in readme and r["license"] in readme and len(r["commit"]) == 40, r
        assert r["peer_expected"], r
    for r in rows:
        assert r["sentence"][r["start"]:r["start"] + len(r["surface"])] == r["surface"], r
        assert r["kind"] in (None, "date", "duration", "money", "percent", "quantity"), r


def test_fields_reach_their_floors() -> None:
    fields, _, misses = score()
    low = {k: round(v, 3) for k, v in fields.items() if v < FLOORS[k]}
    assert not low, f"below floor: {low}; misses {misses}"


def test_every_source_reaches_its_floor() -> None:
    _, sources, misses = score()
    low = {k: round(v, 3) for k, v in sources.items() if v < SOURCE_FLOORS[k]}
    assert not low, f"below floor: {low}; misses {misses}"


def test_offsets_hold_on_the_peer_sentences() -> None:
    for r in load_rows(VECTORS) + load_rows(NEGATIVES):
        for f in extract(r["sentence"], **(r.get("base") or {})):
            assert r["sentence"][f["start"]:f["end"]] == f["surface"]


def test_peer_negatives_are_not_read_as_figures() -> None:
    assert negatives_read(load_rows(NEGATIVES)) == []
