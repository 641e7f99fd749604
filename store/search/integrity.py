"""Telling a damaged index from a sound one, cheaply on every open.

The manifest records the size and checksum of every file it names.  Hashing
all of them on every open costs as much as reading the whole index, so
`verified.json` beside the manifest remembers, for each file, its stat
(size, mtime, inode, ctime) when its checksum last matched: a file whose
stat is unchanged is not hashed again; any other is (a rewrite changes the
mtime or, when that is set back, the ctime, which no one can set back).
`check` hashes every file whatever the record says.  The record is a cache:
written atomically, ignored when unreadable, and never needed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from store.fileio import atomic_write, digest, file_digest, write_cache

MANIFEST = "manifest.json"
VERIFIED = "verified.json"

Stamp = list  # [size, mtime_ns, inode, ctime_ns, *recorded (size, checksum)]


class IndexDamaged(Exception):
    """A file the manifest names is missing or differs from its checksum."""


def named_files(manifest: dict) -> set[str]:
    """Every file of the index `manifest` names, itself included."""
    keep = {MANIFEST}
    for meta in manifest["segments"]:
        keep.update(f"{meta['name']}.{part}" for part in meta["files"])
        if meta.get("dead"):
            keep.add(meta["dead"])
    for extra in (manifest.get("vocab"), manifest.get("vocab_pending"), manifest.get("recent")):
        if extra:
            keep.add(extra)
    return keep


def kept_files(manifest: dict) -> set[str]:
    """The files a sweep keeps: the index's and the verification record."""
    return named_files(manifest) | {VERIFIED}


def _stat(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]


def _read_record(directory: Path) -> dict[str, Stamp]:
    try:
        record = json.loads((directory / VERIFIED).read_bytes())
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _write_record(directory: Path, record: dict[str, Stamp]) -> None:
    try:
        write_cache(directory / VERIFIED, json.dumps(record, sort_keys=True).encode())
    except OSError:
        pass  # a read-only index is verified in full each time


SELF_SUM = "manifest_sum"


def manifest_sum(manifest: dict) -> str:
    """The checksum of the manifest's own record (every field but this one):
    a flipped byte inside a string of it (a kind's name, a unit, a segment's
    name) still reads as JSON, and searches would read it wrong."""
    fields = {k: v for k, v in manifest.items() if k != SELF_SUM}
    fields = json.loads(json.dumps(fields))  # as read back: tuples are lists, keys strings
    return digest(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode())


def verify(directory: Path, manifest: dict, *, hash_all: bool = False) -> None:
    """Every file the manifest names has the size and checksum it records
    (hashed unless its stat matches the record of its last verification, or
    always with `hash_all`): a file overwritten, truncated, swapped or
    missing is found before any search reads it."""
    sums = manifest.get("sums")
    if not isinstance(sums, dict):
        raise IndexDamaged("index has no checksums (built by an older version)")
    # (a manifest written before it had its own checksum is read as it is:
    # its next commit adds one)
    if SELF_SUM in manifest and manifest[SELF_SUM] != manifest_sum(manifest):
        raise IndexDamaged(f"index file {MANIFEST} is damaged (its checksum differs)")
    known = {} if hash_all else _read_record(directory)
    record: dict[str, Stamp] = {}
    hashed = False
    for name in sorted(named_files(manifest) - {MANIFEST}):
        recorded = sums.get(name)
        if recorded is None:
            raise IndexDamaged(f"index file {name} has no checksum")
        try:
            stamp = _stat(directory / name) + list(recorded)
            if known.get(name) != stamp:
                hashed = True
                if list(file_digest(directory / name)) != list(recorded):
                    raise IndexDamaged(f"index file {name} is damaged (its checksum differs)")
        except FileNotFoundError:
            raise IndexDamaged(f"index file {name} is missing") from None
        record[name] = stamp
    if hashed:
        _write_record(directory, record)


def with_sums(directory: Path, manifest: dict, previous: dict | None) -> dict[str, Stamp]:
    """Put the size and checksum of every file `manifest` names into it; the
    files the previous manifest already summed (immutable once written) are
    not read again.  Returns the verification record of the new manifest:
    the files hashed now, and the previous record's entries still named."""
    known = (previous or {}).get("sums") or {}
    earlier = _read_record(directory) if previous else {}
    sums: dict[str, list] = {}
    record: dict[str, Stamp] = {}
    for name in sorted(named_files(manifest) - {MANIFEST}):
        if known.get(name):
            sums[name] = known[name]
            if name in earlier:
                record[name] = earlier[name]
        else:
            stat = _stat(directory / name)
            sums[name] = list(file_digest(directory / name))
            record[name] = stat + sums[name]
    manifest["sums"] = sums
    return record


def commit_manifest(directory: Path, manifest: dict, previous: dict | None) -> None:
    """Sum `manifest`, make it the index, and record what was verified."""
    record = with_sums(directory, manifest, previous)
    manifest[SELF_SUM] = manifest_sum(manifest)
    atomic_write(directory / MANIFEST, json.dumps(manifest, ensure_ascii=False).encode())
    _write_record(directory, record)
