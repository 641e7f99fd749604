"""``factdesk check``: verify shards, catalog, facts and search index, and
find what a killed writer left behind (store.db.leftovers)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Protocol

from store.db.catalog import CatalogView
from store.db.indexing import IndexKeeper
from store.db.leftovers import leftover_problems
from store.db.schema import MainData, meta_of
from store.db.shards import ShardCache, ShardData
from store.db.source_keys import key_of
from store.errors import Problem, RepairNote, StoreError, os_error
from store.wording import counted


class CheckedStore(Protocol):
    path: Path
    dir: Path

    def committed_data(self) -> MainData: ...

    def refresh_if_changed(self) -> bool: ...

    def prepare_series(self) -> None: ...


def article_problems(shard: ShardData, aid: str, doc_key: str, n_facts: int, path: Path | None = None) -> list[str]:
    """Problems of one article in its shard (the file ``path``): missing, or
    facts that do not match the catalog or point outside their text."""
    article = shard.get("articles", {}).get(doc_key)
    if article is None or article.get("id") != aid:
        return [Problem(f"article {aid} is in the catalog but not in its shard", "article", path)]
    problems: list[str] = []
    holder = shard.get("facts", {}).get(doc_key)
    facts = holder["facts"] if holder else []
    if len(facts) != n_facts:
        problems.append(Problem(f"article {aid}: catalog says {counted(n_facts, 'fact')}, shard has {len(facts)}",
                                "article", path))
    for fact in facts:
        if fact.get("article_id") != aid:
            return problems + [Problem(f"fact {fact.get('id')} belongs to {fact.get('article_id')}, "
                                       f"stored under {aid}", "fact", path)]
        text = article["title"] if fact.get("where") == "title" else article["body"]
        if text[fact["start"]:fact["end"]] != fact["surface"]:
            return problems + [Problem(f"fact {fact.get('id')}: offsets do not match its text", "fact", path)]
    return problems


def check_store(store: CheckedStore, catalog: CatalogView, shards: ShardCache, index: IndexKeeper,
                fix: bool = False) -> list[str]:
    """The problems found (and, with ``fix``, a stale index rebuilt and
    what a killed writer left behind removed)."""
    problems: list[str] = leftover_problems(store, fix)
    data = store.committed_data()
    missing = set()
    shard_files = {int(key): store.dir / "shards" / name for key, name in meta_of(data)["shards"].items()}
    for key, name in meta_of(data)["shards"].items():
        if not (store.dir / "shards" / name).exists():
            problems.append(Problem(f"shard {key} file {name} is missing", "shard", store.dir / "shards" / name,
                                    fixable=True))
            missing.add(int(key))
    n_facts = catalog.n_facts()
    for shard_no, members in sorted(catalog.by_shard(catalog.by_id).items()):
        if shard_no in missing:
            continue  # said once, above
        try:
            shard = shards.peek(shard_no)
        except StoreError as err:  # damaged, or unreadable (a folder where the file should be): --fix rebuilds it
            problems.append(Problem(str(err), "shard", shard_files.get(shard_no), fixable=True))
            continue
        for aid, doc_key in members:
            problems += article_problems(shard, aid, doc_key, n_facts[aid], shard_files.get(shard_no))
    for doc in data["catalog"].values():
        lost = [aid for aid in doc.get("also", ()) if aid not in catalog.by_id]
        if lost:
            problems.append(Problem(f"source {key_of(doc)} lists {counted(len(lost), 'article')} of other files "
                                    f"that are not stored", "source", store.path))
    catalogued = {key_of(doc) for doc in data["catalog"].values()}
    for source in data["sources"].values():
        if key_of(source) not in catalogued:
            problems.append(Problem(f"source {key_of(source)} has no catalog entry", "source", store.path))
    index_ok, why = index.is_current()
    if not index_ok and not catalog.by_id and not (index.directory / "manifest.json").exists():
        # A store nothing was ever saved to (a first ingest whose every input
        # was refused made it) has nothing to index: a search finds nothing
        # without it, and the first ingest writes it.  Calling it a problem
        # sent users to --fix for nothing.
        index_ok = True
    if not index_ok:
        problems.append(Problem(index_problem(index, why), "index", index.directory, fixable=True))
        if fix:
            index.rebuild()
    return problems + series_problems(store, fix)


def index_problem(index: IndexKeeper, why: str) -> str:
    """What is wrong with the search index, said plainly: missing, behind
    the store (saved articles it does not hold yet: not damage), or
    unreadable; each with what to run.  The index is built from the store,
    so no case loses an article."""
    fix = "'factdesk check --fix'"
    if not (index.directory / "manifest.json").exists():
        return f"search index is missing (not damage: {fix} builds it from the stored articles)"
    if why.startswith("index format changed"):
        age = why.rpartition(": ")[2] if ": " in why else "another format"
        return f"search index is of {age} (not damage: {fix} builds it again from the stored articles)"
    damage = _index_damage(index)
    if damage:
        return f"search index is damaged or unreadable ({damage}); {fix} builds it again from the stored articles"
    lag = index.lag()
    if lag:
        return (f"search index is behind the store by {counted(lag, 'article')} (not damage: they are saved, and "
                f"searches read them until the index holds them; {fix} brings it up to date)")
    if lag == 0:
        return f"search index is a commit behind the store, one that changed no article (not damage: {fix} updates it)"
    if "token differs" in why:  # a main file listed again, a store copied over another
        return (f"search index is out of date: it was built for another state of the store (not damage: "
                f"{fix} builds it again from the stored articles)")
    return f"search index is damaged or unreadable ({why}); {fix} builds it again from the stored articles"


def _index_damage(index: IndexKeeper) -> str | None:
    """Why the index's files cannot be read (every file hashed), whatever
    store state they were written for; None when they can."""
    from store.search.index import IndexStale, SearchIndex

    try:
        SearchIndex.open(index.directory, verify_all=True).close()
    except IndexStale as err:
        return str(err)
    return None


def series_problems(store: CheckedStore, fix: bool) -> list[str]:
    """A series table SQLite finds damaged (a stale or missing one is
    simply built again when next read).  With ``fix`` the damaged file is
    kept aside and the table built again."""
    path = store.dir / "series" / "series.sqlite"
    if path.parent.exists() and not path.parent.is_dir():
        return _series_folder_problems(store, path.parent, fix)
    if (what := _series_state(store, path)) is not None:
        return _series_unbuilt(store, path, what, fix)
    why = "it is a folder, not a file" if path.is_dir() else _sqlite_damage(path)  # SQLite: "disk I/O error"
    if why is None:
        return []
    rolled_back: list[str] = []
    if "readonly" in why and any(path.with_name(path.name + end).exists() for end in ("-journal", "-wal")):
        # a writer killed mid-write left its rollback journal: SQLite undoes the write when the file is next
        # opened for writing, which a read-only check may not do; nothing is damaged
        rolled_back = [Problem(f"{path}: a killed writer left behind an unfinished write of the series table; "
                               "'factdesk check --fix' rolls it back", "leftovers", path, fixable=True)]
        if not fix:
            return rolled_back
        _roll_back(path)
        rolled_back.append(RepairNote("the series table's unfinished write was rolled back"))
        why = _sqlite_damage(path)
        if why is None:  # the write rolled back leaves the table of the state before it: behind the store
            what = _series_state(store, path)
            return rolled_back + ([] if what is None else _series_unbuilt(store, path, what, fix))
    problems = [*rolled_back, Problem(f"{path}: series table is damaged ({why})", "series", path, fixable=True)]
    if fix:
        aside = _rebuild_series_aside(store, path, "cannot keep the damaged series table aside")
        problems.append(RepairNote(f"series table built again; the damaged one was kept as {aside}"))
    return problems


def _series_unbuilt(store: CheckedStore, path: Path, what: str, fix: bool) -> list[str]:
    """A sound table a writer has yet to build or bring up to date (readers
    never do: they read around it, each time), said, and with ``fix`` done."""
    if what == "behind the store":
        reads = "read it with the facts of the articles committed since"
        does = "brings it up to date"
    else:
        reads, does = "read every article's facts", "builds it"
    problems: list[str] = [Problem(f"{path}: series table is {what} (not damage: series and conflicts {reads} "
                                   f"until 'factdesk check --fix' or the next ingest {does})", "series", path,
                                   fixable=True)]
    if fix:
        store.prepare_series()
    return problems


def _series_state(store: CheckedStore, path: Path) -> str | None:
    """What keeps a sound table from being read (missing, built for another
    state of the store, of another version); None when it is current or
    damaged (said below)."""
    from store.series.table import SeriesTable

    if not path.exists():
        return "missing"
    if not path.is_file() or _sqlite_damage(path) is not None:
        return None
    table = SeriesTable.open(path)
    if table is None:
        return "of another version"
    try:
        return "behind the store" if table.token != getattr(store, "token", table.token) else None
    finally:
        table.close()


def _series_folder_problems(store: CheckedStore, folder: Path, fix: bool) -> list[str]:
    """The series table's folder replaced by a file: no series or conflicts
    can be read (each said 'check --fix moves it aside'), while check said
    OK.  With ``fix`` the file is kept aside and the table built."""
    problems: list[str] = [Problem(f"{folder}: the series table's folder is a file, not a folder",
                                   "series", folder, fixable=True)]
    if fix:
        aside = _rebuild_series_aside(store, folder, "cannot keep the file aside")
        problems.append(RepairNote(f"series table built again; the file in the way of its folder was kept as {aside}"))
    return problems


def _rebuild_series_aside(store: CheckedStore, path: Path, cannot: str) -> Path:
    """Keep what stands at `path` beside it (never deleted: a damaged file is evidence) and build the table again."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}")
    try:
        os.replace(path, aside)
    except OSError as err:
        raise os_error(err, path, cannot) from None
    store.prepare_series()
    return aside


def _roll_back(path: Path) -> None:
    """Open the table for writing once, so that SQLite rolls back the write a killed writer left."""
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        pass                                    # the damage check that follows says what is wrong


def _sqlite_damage(path: Path) -> str | None:
    """What SQLite's quick check finds wrong with the file (None: sound)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
        finally:
            connection.close()
    except sqlite3.Error as err:
        return str(err)
    return None if found == ["ok"] else "; ".join(found)
