"""Copying a store to another backend (a laptop's TinyDB file to the team's
PostgreSQL server, and back): every source with its articles and their
facts as stored, one transaction per source, nothing re-extracted.

Both stores write through the same transaction interface the ingest
pipeline uses (``writing()`` → ``stored_sha256`` / ``put_source``), so a
source already in the target with the same text is left alone and copying
twice changes nothing.  An article several files hold is copied once, with
its record (every source listed) as stored, under the file that owns it;
the other files' claim on it is not copied, so the target counts it for its
owner only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby, islice
from typing import Any

from store.db.source_keys import key_of
from store.records import Article, CatalogEntry, Fact, SourceRecord

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


def _by_source(records: list[SourceRecord], catalog: list[CatalogEntry],
               articles: Iterator[Article]) -> Iterator[tuple[SourceRecord, Iterator[Article]]]:
    """Each source record with the articles it owns, as a stream.  Records,
    catalog and articles come in page order (file name, then key, then
    position); the catalog says which file owns each article (the first of
    its sources, unless that file was changed since), and same-named
    sources are told apart by their article counts (the last takes what is
    left)."""
    by_name: dict[str, list[SourceRecord]] = {}
    for record in sorted(records, key=lambda r: (r["file"], key_of(r))):
        by_name.setdefault(record["file"], []).append(record)
    owned = zip((entry["source"] for entry in catalog), articles)
    for file, group in groupby(owned, key=lambda pair: pair[0]):
        named = by_name.get(file, [])  # none: an article whose source record is missing (`check` says so)
        stream = (article for _, article in group)  # shared by the file's sources, each taking its count
        for n, record in enumerate(named):
            part = stream if n == len(named) - 1 else islice(stream, record["articles"])
            yield record, part
            for _ in part:  # what the caller left unread (an unchanged source)
                pass


def copy_store(source: Any, target: Any, progress: ProgressFn | None = None) -> CopyReport:
    """Copy every source of ``source`` into ``target`` (both open stores);
    each keeps its key, so same-named files stay two sources."""
    from store.records import SourceHeader

    report = CopyReport()
    for record, articles in _by_source(source.sources(), source.catalog(), source.articles()):
        file, key = record["file"], record.get("key")
        header = SourceHeader(file, record["sha256"], list(record.get("furniture") or []),
                              record.get("publication"), record.get("date"), key=key)
        with target.writing() as tx:
            if tx.stored_sha256(file, key) == record["sha256"]:
                report.unchanged_sources.append(file)
                continue
            written = tx.put_source(header, _with_facts(source, articles, file, record["articles"], progress))
        report.copied_sources.append(file)
        report.articles += written.added
        report.facts += written.facts
    if report.copied_sources:
        target.prepare_search()
    return report
