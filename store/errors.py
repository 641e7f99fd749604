"""Errors a user can cause.  Each carries a one-line message that the CLI
prints as it is; none of them should ever surface as a traceback."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Something is wrong with the store or with what was asked of it."""


class InputError(StoreError):
    """An input file cannot be read or holds no recognisable article."""


class CorruptStoreError(StoreError):
    """The store file exists but cannot be used; it is left untouched."""


class DamagedCatalogError(CorruptStoreError):
    """The main file or a catalog segment it names is damaged or missing:
    ``check --fix`` lists the articles again from the shard files."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock for too long."""


class StoreReadOnlyError(StoreError):
    """The store's folder cannot be written (a read-only file system or
    mount, no permission): reading works, writing and repairs do not."""


class RepairNote(str):
    """A line of ``check --fix`` saying what it repaired (or could not
    keep), as opposed to a problem found: the CLI labels the two apart."""


PROBLEM_KINDS = ("leftovers", "catalog", "shard", "article", "fact", "source", "index", "series", "other")
"""What a problem of ``check`` is about (``factdesk check --json``, README)."""


class Problem(str):
    """A problem ``check`` found: its line, and what a script needs of it —
    ``kind`` (PROBLEM_KINDS), ``path`` (the file or folder it is in; None
    for a row of a database), ``fixable`` (whether ``check --fix`` repairs
    it: rebuilds, removes or keeps aside what is wrong)."""

    kind: str
    path: str | None
    fixable: bool

    def __new__(cls, what: str, kind: str, path: object = None, fixable: bool = False) -> Problem:
        assert kind in PROBLEM_KINDS, kind
        problem = super().__new__(cls, what)
        problem.kind, problem.path, problem.fixable = kind, None if path is None else str(path), fixable
        return problem


class InterruptedAfterSave(KeyboardInterrupt):
    """Ctrl+C landed after the commit: the change is saved, only the search
    index update was cut short."""


def os_error(err: OSError, path: object, doing: str) -> StoreError:
    """An OS error as one line for the user: the path, what was being done
    and the cause (read-only file system, file name too long …)."""
    where = err.filename if err.filename is not None else path
    if isinstance(where, bytes):
        where = where.decode("utf-8", "replace")
    return StoreError(f"{where}: {doing} ({(err.strerror or str(err)).lower()})")


def disk_full(err: BaseException) -> str | None:
    """``the disk is full`` (or the quota is used up) when that is why an
    OS or SQLite error happened, else None."""
    import errno

    if isinstance(err, OSError):
        if err.errno == errno.ENOSPC:
            return "the disk is full"
        if err.errno == errno.EDQUOT:
            return "the disk quota is used up"
        return None
    if getattr(err, "sqlite_errorcode", None) == 13:  # SQLITE_FULL
        return "the disk is full"
    return None


def write_error(err: OSError, path: Path, reached: bool | None) -> StoreError:
    """A store write the OS refused, as one line: what it means for the
    store depends on whether the commit ``reached`` the disk."""
    why = os_reason(err, path.parent)
    if reached is False:  # a full disk, a read-only or vanished directory
        return WriteFailed(f"{path}: cannot write the store ({why})", "it was left as it was")
    if reached:  # e.g. a full disk while updating the index
        return StoreError(f"{path}: saved, but {derived_part(err)} could not be updated ({why}); "
                          f"run 'factdesk check --fix'")
    return StoreError(f"{path}: writing failed ({why}); run 'factdesk check'")


def derived_part(err: OSError) -> str:
    """What a commit's follow-up was writing when ``err`` stopped it: the
    series table when the failed file is in its folder (the message blamed
    the search index for a series folder it could not read), else the index."""
    from pathlib import PurePath

    return "the series table" if err.filename and "series" in PurePath(str(err.filename)).parts[:-1] \
        else "the search index"


def os_reason(err: OSError, where: object) -> str:
    """An OS error's cause for a message; a full disk says so, with the room
    left on the disk holding ``where``: ``the disk is full: no space left
    on device, 12 KB free on /mnt``."""
    why = err.strerror or str(err)
    full = disk_full(err)
    return f"{full}: {why.lower()}, {free_space(where)}" if full else why


def free_space(path: object) -> str:
    """How much room is left on the disk holding ``path`` (its nearest
    existing folder), for a full-disk message: ``12 KB free in /mnt``."""
    import os
    import shutil
    from pathlib import Path

    where = Path(str(path))
    while not where.is_dir() and where != where.parent:
        where = where.parent
    try:
        free = shutil.disk_usage(where).free
    except OSError:
        return f"on the disk of {where}"
    size = f"{free / 2**20:.1f} MB" if free >= 2**20 else f"{free // 1024} KB"
    mount = where
    while not os.path.ismount(mount) and mount != mount.parent:
        mount = mount.parent
    return f"{size} free on {mount}"


class WriteFailed(StoreError):
    """A write the OS refused (a full disk, a read-only folder); ``short``
    is the message without what it means for the store, for a caller that
    says that itself (a multi-file ingest)."""

    def __init__(self, short: str, meaning: str) -> None:
        super().__init__(f"{short}; {meaning}")
        self.short = short


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl+C stopped a multi-file ingest after some files were saved: the
    message says which file it stopped at and what was saved before it;
    ``report`` and ``not_ingested`` as for IngestStopped."""

    def __init__(self, message: str, report: object, not_ingested: list[str]) -> None:
        super().__init__(message)
        self.report = report
        self.not_ingested = not_ingested


class IngestStopped(StoreError):
    """A store error (a full disk, the lock held too long, a damaged store)
    stopped a multi-file ingest: the message says which file it stopped at,
    whether that file was saved, what was saved before it and what was not
    ingested; ``report`` is the ingest report of what was saved."""

    def __init__(self, message: str, report: object, not_ingested: list[str]) -> None:
        super().__init__(message)
        self.report = report
        self.not_ingested = not_ingested
