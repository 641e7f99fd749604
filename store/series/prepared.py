"""An article's rows of the series table, worked out where its facts are.

What the series table keeps of a fact (store.series.columns) depends on the
fact and on its article's headline and date alone, not on the other
articles.  A large first ingest's extraction workers, which have just found
an article's facts, therefore work out its rows too (:func:`article_series`,
the same function the table's build runs) and hand them over packed
(:func:`pack_series`: marshal of plain values); the commit's series build
then inserts them as they are instead of reading every article's facts back
from the shard files and working them out again (store.db.side_build).

The facts a worker holds are the ones the store keeps only through their
JSON: rows are packed only when that JSON gives the same facts back (no
figure beyond 64 bits, no value that is not a finite number), else None, and
the build works that article out from its stored record as before.
"""

from __future__ import annotations

import marshal
import math
from collections.abc import Mapping, Sequence

from store.records import Fact
from store.series.columns import SeriesColumns, doc_year, series_columns
from store.series.indicators import Indicator, title_entity

SeriesRow = tuple[str, int, SeriesColumns]  # (fact id, the fact's place among its article's facts, its columns)


class SeriesRows(list):
    """An article's series rows as a worker worked them out (in place of
    its facts in what a series build reads: store.series.table)."""

    __slots__ = ()


def article_series(article: Mapping, facts: Sequence[Fact]) -> list[SeriesRow]:
    """The article's facts that the series table keeps, with their columns;
    a fact id given twice keeps its last fact (listed where its first was)."""
    year = doc_year(article.get("date"))
    place = title_entity(article.get("title"), article.get("publication"))
    found: dict[str, tuple[int, SeriesColumns]] = {}
    for fno, fact in enumerate(facts):
        columns = series_columns(fact, year, place)
        if columns is not None:
            found[fact["id"]] = (fno, columns)
    return [(fact_id, fno, columns) for fact_id, (fno, columns) in found.items()]


def pack_series(article: Mapping, facts: Sequence[Fact], packed_facts: bytes,
                runs: tuple[list[str], list[str]] | None = ([], [])) -> bytes | None:
    """The article's series rows packed, with the Han runs the index's
    pinyin vocabulary counts of it (``runs``: store.search.pinyin.article_runs,
    which the series build counts as it reads the rows); None when its
    facts' JSON (``packed_facts``, store.db.storage.dumps) would not give
    these facts back or the rows cannot be worked out (the build reads the
    stored record instead, and meets the same error where it always did)."""
    if packed_facts[:1] != b"[" or runs is None:  # written by the standard codec: a figure beyond 64 bits
        return None
    try:
        for fact in facts:
            for field in ("value", "value_high"):
                value = fact.get(field)
                if type(value) is float and not math.isfinite(value):  # its JSON is null
                    return None
        rows = article_series(article, facts)
        return marshal.dumps(([(fid, fno, tuple(c.indicator) if c.indicator is not None else None, *c[1:])
                               for fid, fno, c in rows], list(runs[0]), list(runs[1])), 4)
    except Exception:  # noqa: BLE001  (never costs the article: its rows are worked out again at the commit)
        return None


def unpack_series(raw: bytes) -> tuple[SeriesRows, tuple[list[str], list[str]]]:
    """(the rows, the vocabulary's runs) of what pack_series packed."""
    packed, strong, lead = marshal.loads(raw)
    rows = SeriesRows()
    for fid, fno, indicator, *rest in packed:
        rows.append((fid, fno, SeriesColumns(Indicator(*indicator) if indicator is not None else None, *rest)))
    return rows, (strong, lead)
