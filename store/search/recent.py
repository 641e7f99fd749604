"""The index's recent documents: what small commits add without a segment.

Building a segment (numpy arrays, some thirty files, each written and
synced) cost a commit of one article more than the rest of its work.  So a
commit that only adds a few new articles to an index that was current keeps
them, whole, in one small JSON file the manifest names (``recent``, summed
like every file the manifest names): the manifest is still the commit
point.  A reader builds a private segment of them when it first searches
(store.search.index); the commit whose recent documents would pass
RECENT_DOCS or RECENT_CHARS, and any commit that replaces or removes an
indexed article, takes the segment path, which folds them in.

Nothing here imports numpy: a segment's ids are a plain byte blob, and an
added id that is not even a substring of any segment's ids is new to the
index (a substring, new or not, sends the commit down the segment path).
"""

from __future__ import annotations

import json
import mmap
import uuid
from collections.abc import Iterable
from pathlib import Path

from store.fileio import atomic_write, file_digest
from store.search.format import FORMAT, part_path

RECENT_DOCS = 32            # a reader builds a segment of them per process: keep that to milliseconds
RECENT_CHARS = 64_000       # their characters (titles, bodies), for the same reason
# A manifest with recent documents says so by its format (the segments'
# layout is FORMAT's): an older factdesk finds it stale instead of searching
# without them.  (A change of the layout moves FORMAT past this number.)
FORMAT_RECENT = FORMAT + 1
READABLE_FORMATS = (FORMAT, FORMAT_RECENT)


class RecentUnreadable(Exception):
    """The recent documents' file is missing or differs from its checksum."""


def read_recent(directory: Path, manifest: dict) -> list[dict]:
    """The recent documents the manifest names (none: an empty list)."""
    name = manifest.get("recent")
    if not name:
        return []
    try:
        raw = (directory / name).read_bytes()
    except OSError as err:
        raise RecentUnreadable(f"index file {name} is unreadable ({err})") from None
    docs = json.loads(raw)
    if not isinstance(docs, list) or not all(isinstance(d, dict) and "id" in d for d in docs):
        raise RecentUnreadable(f"index file {name} has the wrong shape")
    return docs


def _chars(docs: Iterable[dict]) -> int:
    return sum(len(d.get("title") or "") + len(d.get("body") or "") for d in docs)


def _in_segments(directory: Path, manifest: dict, ids: set[str]) -> bool:
    """Whether any of ``ids`` may be in a segment (it is a substring of a
    segment's ids, live or tombstoned)."""
    needles = [i.encode("utf-8", "surrogatepass") for i in ids]
    for meta in manifest["segments"]:
        with open(part_path(directory, meta["name"], "ids"), "rb") as handle:
            if not handle.seek(0, 2):
                continue
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as blob:
                if any(blob.find(n) >= 0 for n in needles):
                    return True
    return False


def with_recent(directory: Path, manifest: dict, added: list[dict], removed: Iterable[str],
                token: str, watermark: int) -> dict | None:
    """The manifest that adds ``added`` (and drops ``removed``) as recent
    documents, its file written (durable, not yet named by the committed
    manifest); None when the commit must build a segment instead."""
    gone = set(removed) | {str(d["id"]) for d in added}
    if manifest.get("format") not in READABLE_FORMATS or _in_segments(directory, manifest, gone):
        return None
    sums = manifest.get("sums") or {}
    name = manifest.get("recent")
    if name and list(file_digest(directory / name)) != list(sums.get(name) or []):
        return None  # damaged: the segment path opens the index and finds it so
    try:
        kept = read_recent(directory, manifest)
    except (RecentUnreadable, ValueError):
        return None
    by_id = {str(d["id"]): d for d in kept if str(d["id"]) not in gone}
    by_id.update((str(d["id"]), d) for d in added)
    docs = list(by_id.values())
    if len(docs) > RECENT_DOCS or _chars(docs) > RECENT_CHARS:
        return None
    fresh = {**manifest, "format": FORMAT_RECENT, "token": token, "watermark": watermark, "recent": None}
    if docs:
        fresh["recent"] = f"recent.{uuid.uuid4().hex[:12]}.json"
        atomic_write(directory / fresh["recent"], json.dumps(docs, ensure_ascii=False).encode())
    return fresh
