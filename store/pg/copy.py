"""Copying a store to another backend (a laptop's TinyDB file to the team's
PostgreSQL server, and back): every source with its articles and their
facts as stored, one transaction per source, nothing re-extracted.

Both stores write through the same transaction interface the ingest
pipeline uses (``writing()`` → ``stored_sha256`` / ``put_source``), so a
source already in the target with the same text is left alone and copying
twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from store.records import Article, Fact

ProgressFn = Callable[[str, int, "int | None"], None]


@dataclass
class CopyReport:
    copied_sources: list[str] = field(default_factory=list)
    unchanged_sources: list[str] = field(default_factory=list)
    articles: int = 0
    facts: int = 0


def _with_facts(source: Any, articles: Iterator[Article], file: str, total: int,
                progress: ProgressFn | None) -> Iterator[tuple[Article, list[Fact]]]:
    for n, article in enumerate(articles):
        if progress is not None:
            progress(file, n + 1, total)
        yield article, source.facts(article["id"])


def copy_store(source: Any, target: Any, progress: ProgressFn | None = None) -> CopyReport:
    """Copy every source of ``source`` into ``target`` (both open stores)."""
    from store.db.transaction import SourceHeader

    report = CopyReport()
    records = {record["file"]: record for record in source.sources()}
    by_file = groupby(source.articles(), key=lambda article: (article.get("source") or {}).get("file", ""))
    for file, articles in by_file:
        record = records.get(file)
        if record is None:  # an article whose source record is missing: `check` reports it
            continue
        header = SourceHeader(record["file"], record["sha256"], list(record.get("furniture") or []),
                              record.get("publication"), record.get("date"))
        with target.writing() as tx:
            if tx.stored_sha256(file) == record["sha256"]:
                report.unchanged_sources.append(file)
                continue
            written = tx.put_source(header, _with_facts(source, articles, file, record.get("articles"), progress))
        report.copied_sources.append(file)
        report.articles += written.added
        report.facts += written.facts
    if report.copied_sources:
        target.prepare_search()
    return report
