"""Errors a user can cause.  Each carries a one-line message that the CLI
prints as it is; none of them should ever surface as a traceback."""

from __future__ import annotations


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
