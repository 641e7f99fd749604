"""``check --fix`` for the catalog: the main file or a catalog segment it
names is damaged or missing.

The shard files hold every article whole (its source file, sha256 and
position in that file, its other sources) with its facts, so the catalog
can be listed again from them: one catalog document per source file, in
source order, and one source record per file.  What only the lost catalog
knew is taken from whatever of it can still be read (a damaged segment does
not spoil the others) and is otherwise left empty: a source's full path
(the record is then keyed by its file name, which a later ingest of that
file still finds), its page furniture and the time it was ingested.

Nothing is deleted: the damaged main file is renamed aside, and the catalog
segments are moved into a folder beside them, so the damage stays there to
be looked at.  The new main file holds its tables inline (as stores before
the catalog log did) and gets a new generation, so the search index and the
series table are rebuilt from it.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.db.catalog_log import CATALOG_DIR, read_segment, segment_generation
from store.db.schema import SCHEMA_VERSION, CatalogDoc, MainData, catalog_rows
from store.db.shards import ShardData, read_shard_file, shard_key, shard_sum
from store.db.storage import dumps, loads
from store.errors import DamagedCatalogError, Problem, StoreError, WriteFailed, os_reason
from store.fileio import atomic_write, copy_aside
from store.records import SourceRecord
from store.wording import counted

SourceId = tuple[str, str]  # (file name, sha256): a file as its articles name it


@dataclass
class _Group:
    """The articles of one source file as found in the shards."""

    rows: list[_Row] = field(default_factory=list)
    also: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    """What the catalog keeps of one article (its body is not held)."""

    order: int
    doc: int
    shard: int
    id: str
    title: str
    date: str | None
    publication: str | None
    n_facts: int
    n_chars: int
    key: str


def rebuild_catalog(path: Path, directory: Path) -> list[str]:
    """List the store's articles again from its shard files and write a new
    main file; notes of what was found, kept aside and left out.  Call under
    the write lock."""
    old = _readable_main(path)
    meta_old = _old_meta(old)
    hints, segment_notes = _source_hints(old, directory / CATALOG_DIR)
    chosen: dict[int, str] = {}
    unreadable: dict[int, list[str]] = {}
    groups: dict[SourceId, _Group] = {}
    next_doc, n_articles = 1, 0
    for number, name, data in _readable_shards(directory / "shards", meta_old, chosen, unreadable):
        for doc_key, article in data.get("articles", {}).items():
            holder = data.get("facts", {}).get(doc_key)
            sources = article.get("sources") or [article.get("source") or {}]
            first = _source_id(article.get("source") or sources[0])
            groups.setdefault(first, _Group()).rows.append(_row(number, doc_key, article, holder))
            for ref in sources[1:]:
                groups.setdefault(_source_id(ref), _Group()).also.append((int(article.get("order") or 0), article["id"]))
            next_doc = max(next_doc, int(doc_key) + 1)
            n_articles += 1
    sources, catalog = _tables(groups, hints)
    generation = _newest_generation(directory) + 1
    meta = {
        "app": "factdesk", "schema": SCHEMA_VERSION,
        "store_id": meta_old.get("store_id") or uuid.uuid4().hex, "generation": generation,
        "shards": {shard_key(n): name for n, name in chosen.items()},
        "shard_sums": {shard_key(n): shard_sum((directory / "shards" / name).read_bytes()) for n, name in chosen.items()},
        "next_doc": next_doc,
        "n_articles": [catalog_rows(catalog), generation],
        "created": meta_old.get("created") or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    main: MainData = {"_meta": {"1": meta}, "sources": sources, "catalog": catalog}  # type: ignore[typeddict-item]
    raw = dumps(main)
    shard_notes = _keep_unreadable_shards(directory, unreadable)
    undo: list[Callable[[], None]] = []
    try:
        kept = _keep_aside(path, directory, undo)
        atomic_write(path, raw)
    except OSError as err:
        if not _written(path, raw):  # (else the new main file is in place: the repair is done)
            for step in reversed(undo):
                step()
            raise WriteFailed(f"{path}: cannot write the store ({os_reason(err, path.parent)})",
                              "it was left as it was; 'factdesk check --fix' repairs it once it can be written") \
                from None
    listed = f"listed {counted(n_articles, 'article')} of {counted(len(sources), 'source file')} again from {counted(len(chosen), 'shard file')}"
    notes = [*segment_notes, *shard_notes, *kept, listed]
    if any(not hints.get(key) for key in groups):
        notes.append("sources the readable catalog did not name are keyed by their file name; "
                     "their page furniture and ingest time were lost")
    return notes


def _row(shard: int, doc_key: str, article: dict[str, Any], holder: dict[str, Any] | None) -> _Row:
    from store.ingest.content_key import content_key

    title, body = article.get("title") or "", article.get("body") or ""
    return _Row(order=int(article.get("order") or 0), doc=int(doc_key), shard=shard, id=article["id"], title=title,
                date=article.get("date"), publication=article.get("publication"),
                n_facts=len(holder["facts"]) if holder else 0, n_chars=len(body), key=content_key(title, body))


def _readable_main(path: Path) -> dict[str, Any] | None:
    """The main file's JSON when it still parses as an object, else None."""
    try:
        data = loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _old_meta(old: dict[str, Any] | None) -> dict[str, Any]:
    try:
        meta = old["_meta"]["1"] if old else {}
    except (KeyError, TypeError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _source_hints(old: dict[str, Any] | None, catalog_dir: Path) -> tuple[dict[SourceId, dict], list[str]]:
    """Source records the lost catalog still gives: those inline in an old
    main file and those of every readable segment, later ones winning."""
    records: dict[str, Any] = dict(old.get("sources", {})) if old and isinstance(old.get("sources"), dict) else {}
    notes: list[str] = []
    log = old.get("log") if old else None
    entries = log if isinstance(log, list) else [[p.name] for p in _segments(catalog_dir)]
    for entry in entries:
        try:
            name = entry[0]
            segment = read_segment(catalog_dir / name, entry) if len(entry) == 3 else _loose_segment(catalog_dir / name)
        except FileNotFoundError:
            notes.append(f"{catalog_dir / entry[0]}: catalog segment is missing")
            continue
        except (StoreError, TypeError, IndexError, ValueError) as err:
            notes.append(str(err).split("; ")[0])
            continue
        for key, record in segment["sources"].items():
            if record is None:
                records.pop(key, None)
            else:
                records[key] = record
    hints = {(r.get("file"), r.get("sha256")): r for r in records.values() if isinstance(r, dict)}
    return hints, notes


def _segments(catalog_dir: Path) -> list[Path]:
    found = [p for p in catalog_dir.glob("c*.json*") if segment_generation(p.name) is not None]
    return sorted(found, key=lambda p: segment_generation(p.name) or 0)


def _loose_segment(path: Path) -> dict[str, Any]:
    """A segment read without a log entry to verify it against (the main
    file naming it is lost): it must at least parse."""
    from store.db.catalog_segment import is_columnar, read_columnar
    from store.db.storage import unpack

    raw = path.read_bytes()
    segment = read_columnar(raw, path) if is_columnar(raw) else unpack(raw)
    if not isinstance(segment, dict) or not isinstance(segment.get("sources"), dict):
        raise ValueError(f"{path}: catalog segment has the wrong shape")
    return segment


def _readable_shards(shard_dir: Path, meta: dict[str, Any], chosen: dict[int, str], unreadable: dict[int, list[str]]
                     ) -> Iterator[tuple[int, str, ShardData]]:
    """Each shard's contents, read once, from the file the old main file
    names when it is still readable and sound, else from the newest file of
    that number that reads; ``chosen`` gets each shard's file, ``unreadable``
    the files of each shard none of whose files can be read."""
    named = meta.get("shards") if isinstance(meta.get("shards"), dict) else {}
    candidates: dict[int, list[tuple[int, str]]] = {}
    for entry in _shard_paths(shard_dir):
        try:
            number, generation = int(entry.name[:3]), int(entry.name.split(".g", 1)[1].split(".", 1)[0])
        except (ValueError, IndexError):
            continue
        candidates.setdefault(number, []).append((generation, entry.name))
    for number, files in sorted(candidates.items()):
        preferred = named.get(shard_key(number))
        order = sorted(files, reverse=True)
        order.sort(key=lambda item: item[1] != preferred)
        for _, name in order:
            try:
                data = read_shard_file(shard_dir / name)
            except (StoreError, OSError):
                continue
            chosen[number] = name
            yield number, name, data
            break
        else:
            unreadable[number] = sorted(name for _, name in files)


def _source_id(ref: dict[str, Any]) -> SourceId:
    return (str(ref.get("file") or ""), str(ref.get("sha256") or ""))


def _tables(groups: dict[SourceId, _Group], hints: dict[SourceId, dict]) -> tuple[dict, dict]:
    sources: dict[str, SourceRecord] = {}
    catalog: dict[str, CatalogDoc] = {}
    used_keys: set[str] = set()
    for n, ((file, sha), group) in enumerate(sorted(groups.items()), 1):
        hint = hints.get((file, sha), {})
        key = hint.get("key") or file
        if key in used_keys:  # two files of one name in different folders, their paths lost
            key = f"{file} ({sha[:12]})"
        used_keys.add(key)
        rows = sorted(group.rows, key=lambda row: (row.order, row.doc))
        doc: CatalogDoc = {
            "file": file, "key": key,
            "ids": [row.id for row in rows],
            "titles": [row.title for row in rows],
            "dates": [row.date for row in rows],
            "publications": [row.publication for row in rows],
            "n_facts": [row.n_facts for row in rows],
            "n_chars": [row.n_chars for row in rows],
            "docs": [row.doc for row in rows],
            "shards": [row.shard for row in rows],
            "keys": [row.key for row in rows],
            "also": [aid for _, aid in sorted(group.also)],
        }
        catalog[str(n)] = doc
        publications = {row.publication for row in rows}
        sources[str(n)] = {
            "file": file, "key": key, "sha256": sha,
            "furniture": list(hint.get("furniture") or []),
            "publication": hint.get("publication", publications.pop() if len(publications) == 1 else None),
            "date": hint.get("date"),
            "articles": len(doc["ids"]) + len(doc["also"]),
            "ingested": hint.get("ingested") or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
    return sources, catalog


def _newest_generation(directory: Path) -> int:
    newest = 0
    for entry in _shard_paths(directory / "shards"):
        try:
            newest = max(newest, int(entry.name.split(".g", 1)[1].split(".", 1)[0]))
        except (ValueError, IndexError):
            pass
    for entry in _segments(directory / CATALOG_DIR):
        newest = max(newest, segment_generation(entry.name) or 0)
    return newest


def _keep_unreadable_shards(directory: Path, unreadable: dict[int, list[str]]) -> list[str]:
    """Copy the files of the shards that cannot be read out of the shard
    folder, whose files the new main file does not name (the next ingest or
    ``check --fix`` removes those as leftovers), into ``shards.damaged-STAMP``
    — they may hold the only copy of their articles; one problem per shard
    (not fixable: its articles are no longer listed), left for the caller
    to report as remaining."""
    if not unreadable:
        return []
    aside = directory / f"shards.damaged-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}"
    try:
        copy_aside([directory / "shards" / name for names in unreadable.values() for name in names], aside)
    except OSError as err:
        raise StoreError(f"{aside}: cannot keep the unreadable shard files aside ({os_reason(err, directory)}); "
                         f"nothing was repaired, the store was left as it was") from None
    return [Problem(f"shard {shard_key(number)}: no file of it can be read; its articles are not listed "
                    f"(files kept in {aside}: {', '.join(names)})", "shard", aside)
            for number, names in sorted(unreadable.items())]


def _keep_aside(path: Path, directory: Path, undo: list[Callable[[], None]]) -> list[str]:
    """Move the old catalog segments out of the store's way and copy the old
    main file aside, keeping both; notes of where they went.  ``undo`` gets
    the steps that put back what was done, for a repair that cannot finish
    (a full disk: a copy of 0 bytes passed for the kept main file, and the
    sound segments were out of the store's reach)."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    notes: list[str] = []
    catalog_dir = directory / CATALOG_DIR
    if catalog_dir.is_dir() and any(catalog_dir.iterdir()):
        segments_aside = directory / f"{CATALOG_DIR}.damaged-{stamp}"
        os.replace(catalog_dir, segments_aside)
        undo.append(lambda: _put_back(segments_aside, catalog_dir))
        notes.append(f"the old catalog segments were kept in {segments_aside}")
    catalog_dir.mkdir(exist_ok=True)
    if path.exists():
        main_aside = path.with_name(f"{path.name}.damaged-{stamp}")
        undo.append(lambda: main_aside.unlink(missing_ok=True))
        shutil.copy2(path, main_aside)
        notes.append(f"the old main file was kept as {main_aside}")
    return notes


def _put_back(aside: Path, catalog_dir: Path) -> None:
    try:
        catalog_dir.rmdir()  # the empty folder made in its place
        os.replace(aside, catalog_dir)
    except OSError:
        pass  # the segments stay where the message of the next check --fix finds them


def _written(path: Path, raw: bytes) -> bool:
    """Whether the main file on disk is the one the repair wrote (a failure
    after the rename, in its folder's fsync)."""
    try:
        return path.read_bytes() == raw
    except OSError:
        return False


def repair_catalog(path: str | Path | None = None) -> list[str]:
    """``check --fix`` for a store whose main file or catalog cannot be read
    (or whose main file is gone while its shard files are still there):
    list its articles again from the shard files, under the write lock;
    notes of what was done (empty when there was nothing to repair)."""
    from store.db.locking import write_lock
    from store.db.schema import read_main
    from store.db.store import resolve_store_path
    from store.paths import default_store_path, sidecar_dir

    store_path = resolve_store_path(Path(path).expanduser() if path is not None else default_store_path())
    directory = sidecar_dir(store_path)
    if not shard_files(directory):  # nothing to list articles from: the damage is all there is to say
        read_main(store_path)
        return []
    with write_lock(store_path):
        try:
            read_main(store_path)
            return []
        except (DamagedCatalogError, FileNotFoundError):
            return rebuild_catalog(store_path, directory)


def shard_files(directory: Path) -> list[Path]:
    """The shard files in a store's side folder (none when it has none)."""
    shard_dir = directory / "shards"
    return _shard_paths(shard_dir) if shard_dir.is_dir() else []


def _shard_paths(shard_dir: Path) -> list[Path]:
    """Shard files proper (a writer's unfinished ``.body`` files are not)."""
    return sorted(p for p in shard_dir.glob("*.g*.json*") if not p.name.endswith(".body"))


def refuse_orphaned_shards(store_path: Path) -> None:
    """A missing main file beside a side folder that still holds shard files
    is a damaged store, not a new one (a new store's first commit would
    delete those files): DamagedCatalogError."""
    from store.paths import sidecar_dir

    if found := shard_files(sidecar_dir(store_path)):
        raise DamagedCatalogError(
            f"{store_path}: the store file is missing but {sidecar_dir(store_path)} still holds "
            f"{counted(len(found), 'shard file')}; run 'factdesk check --fix' to list their articles again (or move that folder "
            f"away to start a new store)")


def with_fix_hint(err: DamagedCatalogError, store_path: Path) -> DamagedCatalogError:
    """The error, telling how to repair it when the shard files are there
    to list the articles from."""
    from store.paths import sidecar_dir

    if "check --fix" in str(err) or not shard_files(sidecar_dir(store_path)):
        return err
    return DamagedCatalogError(f"{err}; run 'factdesk check --fix' to list its articles again from its shard files")
