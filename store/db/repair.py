"""``check --fix`` for shard files: rebuild what can be rebuilt, say what
was lost.

A shard file that is missing, damaged or ill-formed is rebuilt from
nothing: each source with articles in it is read again from its file when
that file is still where it was ingested from with the same content (its
articles are stored again, facts extracted again); the articles of a source
whose file is gone or changed are dropped from the catalog, and the note
says how many and of which file.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from store.db.schema import MainData, meta_of
from store.db.shards import FIX_HINT, read_shard_file, shard_key
from store.db.source_keys import key_of
from store.db.transaction import write_transaction
from store.errors import Problem, RepairNote, StoreError, os_reason
from store.fileio import copy_aside
from store.paths import SEED_SOURCES
from store.wording import counted

if TYPE_CHECKING:
    from store.db.transaction import CommitTarget
    from store.ingest.pipeline import ParsedInput
    from store.records import SourceRecord


def damaged_shards(data: MainData, shard_dir: Path) -> dict[int, str]:
    """Shard number → what is wrong with its file, for every named file
    that is missing or fails verification."""
    meta = meta_of(data)
    sums = meta.get("shard_sums", {})
    found: dict[int, str] = {}
    for key, name in meta["shards"].items():
        try:
            read_shard_file(shard_dir / name, sums.get(key))
        except FileNotFoundError:
            found[int(key)] = Problem(f"{shard_dir / name}: shard file is missing", "shard", shard_dir / name,
                                      fixable=True)
        except StoreError as err:
            found[int(key)] = Problem(str(err).replace(f"; {FIX_HINT}", ""), "shard", shard_dir / name, fixable=True)
    return found


def repair_shards(target: CommitTarget) -> list[str]:
    """Rebuild the damaged shard files; notes of what was found, rebuilt and
    lost (empty when every shard file is sound)."""
    damaged = damaged_shards(target.committed_data(), target.dir / "shards")
    if not damaged:
        return []
    notes = list(damaged.values())
    with write_transaction(target, repair=True) as tx:
        damaged = damaged_shards(tx.data, target.dir / "shards")  # as it is under the lock
        notes += keep_damaged(tx.data, target.dir, damaged)
        tx.fresh_shards = set(damaged)
        tx.changed = True
        for doc in list(tx.data["catalog"].values()):
            lost = [aid for aid, shard in zip(doc["ids"], doc["shards"]) if shard in damaged]
            if not lost:
                continue
            source = next((s for s in tx.data["sources"].values() if key_of(s) == key_of(doc)), None)
            parsed = _reread(source) if source is not None else None
            if parsed is not None:
                from store.ingest.pipeline import _with_facts

                written = tx.put_source(parsed.header, _with_facts(parsed, [], None))
                notes.append(RepairNote(f"rebuilt {counted(written.added, 'article')} of {doc['file']} from {parsed.source.path}"))
            else:
                tx.drop_articles(key_of(doc), set(lost))
                notes.append(Problem(f"lost {counted(len(lost), 'article')} of {doc['file']}: its file is gone or "
                                     f"has changed since it was ingested; ingest it again to restore them",
                                     "source", key_of(doc) if os.path.isabs(key_of(doc)) else None))
    return notes


def keep_damaged(data: MainData, side_dir: Path, damaged: dict[int, str]) -> list[RepairNote]:
    """Copy the damaged shard files that are there out of the shard folder
    (whose unnamed files the commit removes) into ``shards.damaged-STAMP``:
    what could not be read is kept, as the main file and catalog are."""
    names = [meta_of(data)["shards"].get(shard_key(n)) or "" for n in sorted(damaged)]
    present = [side_dir / "shards" / name for name in names if name and (side_dir / "shards" / name).is_file()]
    if not present:
        return []
    aside = side_dir / f"shards.damaged-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}"
    try:
        copy_aside(present, aside)
    except OSError as err:
        raise StoreError(f"{aside}: cannot keep the damaged shard files aside ({os_reason(err, side_dir)}); nothing "
                         f"was repaired, the store was left as it was") from None
    kept = "the damaged shard file was" if len(present) == 1 else f"the {len(present)} damaged shard files were"
    return [RepairNote(f"{kept} kept in {aside}")]


def _reread(source: SourceRecord) -> ParsedInput | None:
    """The source parsed again from its file, if the file is still there
    with the content that was ingested."""
    from store.errors import InputError
    from store.ingest.pipeline import parse_source
    from store.ingest.sources import read_source

    key = key_of(source)
    path = Path(key) if os.path.isabs(key) else SEED_SOURCES / source["file"]
    try:
        parsed = parse_source(read_source(path))
    except (InputError, OSError):
        return None
    if parsed.header.sha256 != source["sha256"]:
        return None
    return parsed
