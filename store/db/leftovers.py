"""Files a killed writer left behind, for ``factdesk check``.

A writer killed before its commit point leaves temporary files, the
unfinished bodies of the shards it was gathering (``*.body``), shard files
and catalog segments of the generation it never committed, scratch runs or
segments of an index build, and the temporary file of a series build.
None of them is read; the next writer removes them, but until then they can
take gigabytes.  They are the dead writer's for certain only while no
writer holds the lock: they are looked for under the lock, taken without
waiting (a writer at work is left alone, and its files are not reported).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from store.db.catalog_log import CATALOG_DIR, segment_generation
from store.db.locking import write_lock
from store.db.schema import MainData, meta_of
from store.errors import Problem, RepairNote, StoreLockedError, StoreReadOnlyError, os_error
from store.fileio import SCRATCH_SUFFIXES, TEMP_SUFFIX
from store.wording import counted

SHOWN = 3  # file names a problem line names before "…"


class WrittenStore(Protocol):
    path: Path
    dir: Path

    def committed_data(self) -> MainData: ...

    def refresh_if_changed(self) -> bool: ...


def leftover_problems(store: WrittenStore, fix: bool) -> list[str]:
    """One problem naming what a killed writer left behind (and, with
    ``fix``, a note that it was removed); nothing while a writer is at work
    or when the lock cannot be taken at all (a read-only store)."""
    if not store.dir.is_dir():
        return []
    try:
        with write_lock(store.path, timeout=0):
            store.refresh_if_changed()  # the generation committed now, not when check began
            found = dead_writer_files(store.path, store.dir, meta_of(store.committed_data())["generation"])
            if not found:
                return []
            problems: list[str] = [Problem(describe(found, store.dir), "leftovers", store.dir, fixable=True)]
            if fix:
                for path in found:
                    try:
                        path.unlink(missing_ok=True)
                    except OSError as err:
                        raise os_error(err, path, "cannot remove a file a killed writer left behind") from None
                problems.append(RepairNote(f"removed the {counted(len(found), 'file')} a killed writer left behind"))
            return problems
    except (StoreLockedError, StoreReadOnlyError):
        return []  # a writer at work, or none can write here: nothing to tell apart or to remove


def dead_writer_files(store_path: Path, side: Path, generation: int) -> list[Path]:
    """The files no committed state names, of the kinds writers leave."""
    found = [p for p in _files(store_path.parent)
             if p.name.startswith("." + store_path.name[:64]) and p.name.endswith(TEMP_SUFFIX)]
    for path in _files(side / "shards"):
        if path.name.endswith((TEMP_SUFFIX, ".body")) or _generation_after(path.name, generation):
            found.append(path)
    for path in _files(side / CATALOG_DIR):
        written = segment_generation(path.name)
        if path.name.endswith(TEMP_SUFFIX) or (written is not None and written > generation):
            found.append(path)
    found += _index_leftovers(side / "index")
    found += [p for p in _files(side / "series") if ".tmp" in p.name and not _running(p.name)]
    return sorted(found)


def describe(found: list[Path], side: Path) -> str:
    size = sum(_size(p) for p in found)
    names = [str(p.relative_to(side)) if p.is_relative_to(side) else p.name for p in found[:SHOWN]]
    more = ", …" if len(found) > SHOWN else ""
    return (f"{counted(len(found), 'file')} a killed writer left behind ({_size_text(size)}): "
            f"{', '.join(names)}{more}; 'factdesk check --fix' removes them")


def _size_text(size: int) -> str:
    """What the files take, never "0.0 MB" for the kilobytes a full disk misses."""
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{max(1, round(size / 1000)) if size else 0} KB"


def _files(directory: Path) -> list[Path]:
    try:
        return [p for p in directory.iterdir() if p.is_file()]
    except OSError:  # no such folder yet
        return []


def _generation_after(name: str, generation: int) -> bool:
    """A shard file (``NNN.gG.json…``) of a generation never committed."""
    try:
        return int(name.split(".g", 1)[1].split(".", 1)[0]) > generation
    except (IndexError, ValueError):
        return False


def _index_leftovers(directory: Path) -> list[Path]:
    """Scratch runs and temporary files, and files of a build the index's
    manifest does not name (none when the manifest is unreadable: that is
    the index's own problem, which check reports and --fix rebuilds)."""
    from store.search.integrity import MANIFEST, kept_files

    files = _files(directory)
    try:
        keep = kept_files(json.loads((directory / MANIFEST).read_bytes()))
    except FileNotFoundError:
        keep = set()  # never committed: everything there is a failed build's
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return [p for p in files if p.name.endswith(SCRATCH_SUFFIXES)]
    return [p for p in files if p.name not in keep]


def _running(name: str) -> bool:
    """Whether the series build that names its temporary file
    ``series.sqlite.PID.tmp…`` is still running."""
    pid = name.split(".sqlite.", 1)[-1].split(".", 1)[0]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
