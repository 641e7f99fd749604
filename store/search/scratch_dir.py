"""Scratch folders for the private segments readers and writers build in
the temporary directory (the delta of articles an index lags behind).

A segment's folder is removed as soon as its files are mapped; only a
process killed in between (``kill -9``, a power cut) leaves it, and it
would stay there for good, taking the temporary directory's space (2 MB
for a few hundred articles).  The folder names its process
(``factdesk-delta-PID-…``), so the next one made removes those of processes
that are gone; folders of the earlier unnamed form go once a day old."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "factdesk-delta-"
_UNNAMED = re.compile(r"factdesk-delta-[a-z0-9_]{8}")  # tempfile.mkdtemp's names, as earlier versions made them
UNNAMED_AFTER = 86_400.0  # seconds: an unnamed folder this old belongs to no running search
_swept: set[str] = set()  # temporary directories swept by this process


@contextmanager
def scratch_dir() -> Iterator[Path]:
    """A new scratch folder, removed when the block ends."""
    import shutil
    import tempfile

    root = tempfile.gettempdir()
    if root not in _swept:
        _swept.add(root)
        sweep_dead(Path(root))
    path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def sweep_dead(root: Path) -> list[Path]:
    """Remove the scratch folders in ``root`` of processes that are gone."""
    import shutil

    removed = []
    try:
        found = [p for p in root.iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return removed
    for path in found:
        owner = path.name[len(PREFIX):].split("-", 1)[0]
        if owner.isdigit():
            dead = not _alive(int(owner))
        elif not _UNNAMED.fullmatch(path.name):
            continue  # not a name factdesk gives
        else:
            try:
                dead = time.time() - path.stat().st_mtime > UNNAMED_AFTER
            except OSError:
                continue
        if dead and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True
