"""Search results of the PostgreSQL store in the shape the TinyDB index
returns: snippets around the first hits, the facts a hit points at."""

from __future__ import annotations

from store.records import SearchHit
from store.search.highlight import SNIPPET_AFTER, SNIPPET_BEFORE, SNIPPETS_MAX, distinct_clauses
from store.search.normalize import normalize, offset_map, to_original


def _clean(text: str, pre: bool, post: bool) -> str:
    text = " ".join(text.split())
    return ("…" if pre else "") + text + ("…" if post else "")


def _first_hit(normed: str, needles: list[str], pos: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for needle in needles:
        i = normed.find(needle, pos)
        if i >= 0 and (best is None or (i, i + len(needle)) < best):
            best = (i, i + len(needle))
    return best


def snippets(body: str, literals: list[str], clauses: list[str]) -> list[str]:
    """Up to SNIPPETS_MAX windows of the body around its first hits; else
    the clauses of the facts that matched; else the body's lead."""
    out: list[str] = []
    needles = [t for t in literals if t]
    if needles and body:
        normed = normalize(body)
        starts = offset_map(body, normed)
        pos = 0
        while len(out) < SNIPPETS_MAX:
            best = _first_hit(normed, needles, pos)
            if best is None:
                break
            a, b = to_original(starts, best)
            lo, hi = max(0, a - SNIPPET_BEFORE), min(len(body), b + SNIPPET_AFTER)
            out.append(_clean(body[lo:hi], lo > 0, hi < len(body)))
            if hi >= len(body):
                break
            pos = hi if starts is None else starts[hi]
    if not out:
        out = distinct_clauses(clauses)
    if not out and body:
        lead = body[:SNIPPET_BEFORE + SNIPPET_AFTER]
        out.append(_clean(lead, False, len(body) > len(lead)))
    return out


def result_rows(rows: list[tuple], literals: list[str], detail: int, text_facts: dict[str, list[str]],
                bodies: dict[str, str], clauses: dict[str, list[str]]) -> list[SearchHit]:
    """Result dicts of ranked rows (id, title, score, hits, _, _, fact_ids, _);
    the first ``detail`` carry snippets and, without filters, the facts whose
    subject or clause holds a term."""
    out = []
    for k, (aid, title, score, hits, _total, _ftotal, fact_ids, _tier) in enumerate(rows):
        detailed = k < detail
        ids = list(fact_ids) if fact_ids is not None else (text_facts.get(aid, []) if detailed else [])
        out.append({
            "article_id": aid,
            "title": title,
            "score": int(score),
            "hits": int(hits),
            "snippets": snippets(bodies.get(aid, ""), literals, clauses.get(aid, [])) if detailed else [],
            "fact_ids": ids,
        })
    return out
