"""What the peer-vector suites (test_facts_peer_suites, test_facts_external, the harvests' scoring) and the specs of their classes
(test_facts_peer50, test_facts_peer51) share: reading a JSONL file, comparing values, a spec's one fact, and the negatives check — a numeral listed as `absent` (or the whole
sentence when none is named) must give no fact, of `absent_kind` when the row names one."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
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


def score_vectors(rows: list[dict], field_misses: Callable[[dict], list[str]], key: Callable[[dict], str]
                  ) -> tuple[dict[str, float], dict[str, float], list[tuple[str, str, list[str]]]]:
    """A harvest's field rates (value, then unit/kind/qualifier where the row names one and the value is right),
    each file's share of rows read whole (files named by `key`), and the misses."""
    tried, passed, n, ok, misses = Counter(), Counter(), Counter(), Counter(), []
    for r in rows:
        bad = field_misses(r)
        n[key(r)] += 1
        ok[key(r)] += not bad
        for k in ["value"] + [k for k in ("unit", "kind", "qualifier") if r[k] is not None]:
            if k == "value" or "value" not in bad:
                tried[k] += 1
                passed[k] += k not in bad
        if bad:
            misses.append((r["sentence"][:40], r["surface"], bad))
    return {k: passed[k] / tried[k] for k in tried}, {k: ok[k] / n[k] for k in n}, misses


def offsets_broken(rows: list[dict]) -> list[tuple[str, str]]:
    """(sentence, surface) of every fact whose offsets do not give back its surface."""
    return [(r["sentence"], f["surface"]) for r in rows for f in extract(r["sentence"], **(r.get("base") or {}))
            if r["sentence"][f["start"]:f["end"]] != f["surface"]]


def below_floors(rates: dict[str, float], floors: dict[str, float], default: float | None = None) -> dict[str, float]:
    """The rates under their floor (a field or file with no floor of its own takes `default`, else must have one)."""
    return {k: round(v, 3) for k, v in rates.items() if v < (floors[k] if default is None else floors.get(k, default))}


VECTOR_KINDS = (None, "date", "duration", "money", "percent", "points", "quantity", "count")


def harvest_problems(peer: Path, vectors: list[dict], negatives: list[dict], skipped: list[dict]) -> list[dict]:
    """The rows of a harvest that do not say where they come from — project, file, licence and commit named in
    tests/peer/README.md, the peer's own expected output kept — skipped rows without a reason, and vectors whose
    labelled surface is not at its offset or whose kind is none of ours."""
    readme = (peer / "README.md").read_text(encoding="utf-8")

    def attributed(r: dict) -> bool:
        project, path = r["source"].split(":")
        return (project in readme and path.rsplit("/", 1)[-1] in readme and r["license"] in readme
                and len(r["commit"]) == 40 and r["commit"][:8] in readme and bool(r["peer_expected"]))

    return ([r for r in vectors + negatives + skipped if not attributed(r)]
            + [r for r in skipped if not r.get("reason")]
            + [r for r in vectors if r["sentence"][r["start"]:r["start"] + len(r["surface"])] != r["surface"]
               or r["kind"] not in VECTOR_KINDS])


class HarvestSpecs:
    """The five checks every peer harvest's vectors meet (third harvest on): well formed and attributed, each field
    and each peer file at its floor, offsets holding, negatives not read.  A harvest's module subclasses it as a
    ``Test…`` class naming its files, floors and how a row's file is named; the three harvests each carried the same
    five test functions before."""

    vectors: Path
    negatives: Path
    skipped: Path
    floors: dict[str, float]
    file_floors: dict[str, float]
    field_default: float | None = None          # a field without a floor of its own takes this (None: each has one)
    known_negatives_read: set[tuple[str, str]] = set()
    min_rows: int
    min_sources: int

    @staticmethod
    def field_misses(row: dict) -> list[str]:
        raise NotImplementedError

    @staticmethod
    def file_of(row: dict) -> str:
        """The floor a row counts towards (its project and file)."""
        return row["source"]

    @staticmethod
    def source_of(row: dict) -> str:
        """What the harvest must hold several of (projects, or files)."""
        return row["source"]

    def score(self) -> tuple[dict[str, float], dict[str, float], list[tuple[str, str, list[str]]]]:
        return score_vectors(load_rows(self.vectors), self.field_misses, self.file_of)

    def test_vectors_are_well_formed_and_attributed(self) -> None:
        rows = load_rows(self.vectors)
        assert len(rows) >= self.min_rows and len({self.source_of(r) for r in rows}) >= self.min_sources
        assert not harvest_problems(self.vectors.parent, rows, load_rows(self.negatives), load_rows(self.skipped))

    def test_fields_reach_their_floors(self) -> None:
        fields, _, misses = self.score()
        low = below_floors(fields, self.floors, self.field_default)
        assert not low, f"below floor: {low}; misses {misses}"

    def test_every_file_reaches_its_floor(self) -> None:
        _, files, misses = self.score()
        assert set(files) == set(self.file_floors)
        low = below_floors(files, self.file_floors)
        assert not low, f"below floor: {low}; misses {misses}"

    def test_offsets_hold_on_the_peer_sentences(self) -> None:
        assert not offsets_broken(load_rows(self.vectors) + load_rows(self.negatives))

    def test_peer_negatives_are_not_read_as_figures(self) -> None:
        assert set(negatives_read(load_rows(self.negatives))) <= self.known_negatives_read
