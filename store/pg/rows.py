"""Article and fact records → the rows of the PostgreSQL tables.

The derived columns use the search index's own helpers (the normaliser, the
fact year and value rules of store.search.build), so a query means the same
thing on both backends.
"""

from __future__ import annotations

import json
import math
import operator
from typing import Any

import orjson

from store.pg.series_rows import SERIES_CELLS, ArticleContext, series_cells
from store.records import Article, Fact
from store.search.fact_dates import date_int, fact_year
from store.search.format import numeric
from store.search.normalize import normalize

ARTICLE_COLUMNS = ("id", "source_file", "source_key", "ord", "title", "date", "publication", "n_facts", "n_chars",
                   "date_key", "norm_title", "norm_body", "norm_subjects", "grams", "record", "content_key")
FACT_COLUMNS = ("article_id", "ord", "id", "kind", "value", "value_high", "unit", "year", "subject", "period",
                "norm_text", "record", *SERIES_CELLS)
SUBJECT_SEPARATOR = "\x01"   # between subjects (NUL is not allowed in PostgreSQL text)


def grams(*texts: str) -> list[str]:
    """Every distinct 1- and 2-character substring of each text (never one
    spanning two texts): the index for terms too short for trigrams."""
    out: set[str] = set()
    for text in texts:
        out.update(text)
        out.update(map(operator.add, text, text[1:]))
    return sorted(out)


def array_literal(items: list[str]) -> str:
    """A text[] in PostgreSQL's input syntax, every element quoted: COPY
    parses it on the server (adapting a Python list per element is slower
    than the rest of a row)."""
    joined = "".join(items)
    if '"' in joined or "\\" in joined:  # rare: escape each element
        items = [item.replace("\\", "\\\\").replace('"', '\\"') for item in items]
    return '{"' + '","'.join(items) + '"}' if items else "{}"


def number(value: Any) -> float | None:
    """A fact value as the filters compare it, by the TinyDB index's own
    rule (None for non-numbers)."""
    value = numeric(value)
    return None if math.isnan(value) else value


def _text(value: Any) -> str | None:
    """A value for a text column (which cannot hold NUL; the record keeps
    the exact value)."""
    return None if value is None else str(value).replace("\x00", "")


def json_text(record: Any) -> str:
    try:
        return orjson.dumps(record).decode()
    except TypeError:  # an int beyond 64 bits (a 30-digit figure): the standard codec holds it
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def article_row(article: Article, facts: list[Fact], source_file: str, source_key: str, order: int,
                content_key: str) -> tuple:
    title, body = article.get("title") or "", article.get("body") or ""
    norm_title, norm_body = normalize(title), normalize(body)
    subjects = SUBJECT_SEPARATOR.join(s for s in (normalize(f.get("subject") or "") for f in facts) if s)
    return (article["id"], source_file, source_key, order, title, article.get("date"), article.get("publication"),
            len(facts), len(body), date_int(article.get("date")), norm_title, norm_body, subjects,
            array_literal(grams(norm_title, norm_body)), json_text(article), content_key)


def fact_rows(article: Article, facts: list[Fact]) -> list[tuple]:
    doc_year = date_int(article.get("date")) // 10000
    context = ArticleContext(article.get("title"), article.get("date"), article.get("publication"))
    rows = []
    for n, fact in enumerate(facts):
        unit = normalize(fact.get("unit") or "") or None
        text = normalize(fact.get("subject") or "") + SUBJECT_SEPARATOR + normalize(fact.get("clause") or "")
        rows.append((article["id"], n, str(fact.get("id", "")), fact.get("kind"), number(fact.get("value")),
                     number(fact.get("value_high")), unit, fact_year(fact, doc_year), _text(fact.get("subject")),
                     _text(fact.get("period")), text, json_text(fact), *series_cells(fact, context)))
    return rows
