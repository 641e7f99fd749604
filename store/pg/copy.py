"""Copying a store to another backend (a laptop's TinyDB file to the team's
PostgreSQL server, and back): every source with its articles and their
facts as stored, one transaction per source, nothing re-extracted.

Both stores write through the same transaction interface the ingest
pipeline uses (``writing()`` → ``stored_sha256`` / ``put_source``), so a
source already in the target with the same text is left alone and copying
twice changes nothing.  Sources are copied in the order they were stored,
their articles read many at a time (store.pg.copy_read).

An article several files hold is copied under the file that owns it,
listing that file alone; each other file, when its turn comes, is handed
the article again and adds itself to its sources as an ingest does (the
target's own rules: store.db.shared_sources, store.pg.shared).  So the
article lists the same files in the same order, and the target knows which
files hold it (the file store's ``also`` column, PostgreSQL's
``article_also``): counts match, and removing the owner later hands the
article on instead of deleting it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from store.db.source_keys import find_source
from store.errors import InterruptedAfterSave
from store.pg.copy_read import (
    ArticleWithFacts,
    SourcePlan,
    articles_with_facts,
    source_plans,
)
from store.records import Article, SourceHeader, SourceRecord, SourceRef

ProgressFn = Callable[[str, int, "int | None"], None]


@dataclass
class CopyReport:
    copied_sources: list[str] = field(default_factory=list)
    unchanged_sources: list[str] = field(default_factory=list)
    articles: int = 0
    facts: int = 0


@dataclass
class SharedArticles:
    """The articles the copied files share: which other files hold each (in
    the order they are copied), the entry of each in the article's sources,
    and the owner's title and body for when those files are copied."""

    holders: dict[str, list[SourcePlan]]
    refs: dict[tuple[str, str], SourceRef] = field(default_factory=dict)   # (file key, article id) → its entry
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, plans: list[SourcePlan]) -> SharedArticles:
        holders: dict[str, list[SourcePlan]] = {}
        for plan in plans:
            for aid in plan.also:
                holders.setdefault(aid, []).append(plan)
        return cls(holders)

    def as_owned(self, article: Article) -> Article:
        """The owner's record, without the sources its other files will add
        again when they are copied (remembered for them)."""
        holders = self.holders.get(article["id"])
        if not holders:
            return article
        kept, refs = split_sources(article, holders)
        for key, ref in refs.items():
            self.refs[key, article["id"]] = ref
        self.texts[article["id"]] = (article["title"], article["body"])
        return {**article, "sources": kept, "source": kept[0]} if len(kept) < len(article["sources"]) else article


def split_sources(article: Article, holders: list[SourcePlan]) -> tuple[list[SourceRef], dict[str, SourceRef]]:
    """The article's sources without each holder's entry (the first not yet
    taken that names its file and digest), and those entries by file key;
    a holder the list does not name gets a plain entry."""
    sources = list(article.get("sources") or [article["source"]])
    taken: set[int] = set()
    refs: dict[str, SourceRef] = {}
    for plan in holders:
        file, sha256 = plan.record["file"], plan.record["sha256"]
        found = next((i for i, ref in enumerate(sources)
                      if i and i not in taken and ref["file"] == file and ref["sha256"] == sha256), None)
        if found is None:
            refs[plan.key] = {"file": file, "sha256": sha256}
            continue
        taken.add(found)
        refs[plan.key] = sources[found]
    return [ref for i, ref in enumerate(sources) if i not in taken], refs


def _owned(plan: SourcePlan, stream: Iterator[tuple[str, ArticleWithFacts | None]], shared: SharedArticles,
           progress: ProgressFn | None) -> Iterator[ArticleWithFacts]:
    for n, (_, found) in enumerate(stream):
        if progress is not None:
            progress(plan.record["file"], n + 1, len(plan.owned))
        if found is not None:  # None: lost with a damaged shard (`check` says so)
            yield shared.as_owned(found[0]), found[1]


def _also(source: Any, plan: SourcePlan, shared: SharedArticles) -> Iterator[ArticleWithFacts]:
    """The articles other files own that this one holds, for the target to
    add this file to their sources: from the owner's copy (title and body
    are what make them the same article), else read from the source (an
    owner already in the target, not copied now)."""
    unseen = []
    for aid in plan.also:
        if aid not in shared.texts:
            unseen.append(aid)
            continue
        ref = shared.refs[plan.key, aid]
        title, body = shared.texts[aid]
        yield {"id": aid, "title": title, "body": body, "source": ref, "sources": [ref]}, []  # type: ignore[typeddict-item]
    for _, found in articles_with_facts(source, unseen):
        if found is not None:
            article, facts = found
            ref = split_sources(article, [plan])[1][plan.key]
            yield {**article, "source": ref, "sources": [ref]}, facts


def _header(record: SourceRecord) -> SourceHeader:
    return SourceHeader(record["file"], record["sha256"], list(record.get("furniture") or []),
                        record.get("publication"), record.get("date"), key=record.get("key"))


def _copied(report: CopyReport, record: SourceRecord, written: Any) -> None:
    if written is not None:
        report.copied_sources.append(record["file"])
        report.articles += written.added
        report.facts += written.facts


def copy_store(source: Any, target: Any, progress: ProgressFn | None = None,
               report: CopyReport | None = None) -> CopyReport:
    """Copy every source of ``source`` into ``target`` (both open stores);
    each keeps its key, so same-named files stay two sources.  ``report``
    (filled as the sources are committed) tells a caller what an error
    left copied."""
    report = report if report is not None else CopyReport()
    there = target.sources()
    plans = source_plans(source)
    todo = [plan for plan in plans
            if (stored := find_source(there, plan.record["file"], plan.record.get("key"))) is None
            or stored["sha256"] != plan.record["sha256"]]
    copying = {plan.key for plan in todo}
    shared = SharedArticles.of(todo)
    stream = articles_with_facts(source, [aid for plan in todo for aid in plan.owned])
    for plan in plans:
        record = plan.record
        if plan.key not in copying:
            report.unchanged_sources.append(record["file"])
            continue
        owned = islice(stream, len(plan.owned))
        written = None
        try:
            with target.writing() as tx:
                if tx.stored_sha256(record["file"], record.get("key")) == record["sha256"]:  # copied meanwhile
                    report.unchanged_sources.append(record["file"])
                else:
                    articles = chain(_owned(plan, owned, shared, progress), _also(source, plan, shared))
                    written = tx.put_source(_header(record), articles)
        except InterruptedAfterSave:  # Ctrl+C after this source's commit: it is in the target, and counted
            _copied(report, record, written)
            raise
        for _ in owned:  # what was left unread
            pass
        _copied(report, record, written)
    if report.copied_sources:
        target.index_after_writes()
    return report
