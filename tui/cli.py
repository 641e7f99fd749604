"""The ``factdesk`` command: the app with no subcommand, the store's API
for scripts otherwise (``--json`` gives JSON Lines).

Every error a user can cause is one line on stderr and a non-zero exit:
1 for store and input problems, 2 for bad usage or a malformed query.
Heavy modules (Textual, the extractor, the search index) are imported only
by the subcommands that need them.  This module dispatches and turns errors
into their line and exit status; the arguments are in ``cli_parser``, the
handlers in ``cli_commands`` and what they print in ``cli_output``.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tui.cli_commands import (
    NotFound,
    cmd_app,
    cmd_articles,
    cmd_check,
    cmd_config,
    cmd_conflicts,
    cmd_copy,
    cmd_extract,
    cmd_facts,
    cmd_ingest,
    cmd_search,
    cmd_seed,
    cmd_series,
    cmd_show,
)
from tui.cli_extras import cmd_completion, query_terms_kept
from tui.cli_output import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, error_line
from tui.cli_parser import UsageError, build_parser

# numpy serves the search index's arrays, never linear algebra: OpenBLAS's thread pool and per-thread buffers
# bought only address space (under ulimit -v its import failed with a page of advice); set before numpy is
# imported (lazily, by the subcommands that search) and inherited by the ingest's workers
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "NotFound", "UsageError", "build_parser", "main"]


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app, "app": cmd_app, "seed": cmd_seed, "ingest": cmd_ingest, "articles": cmd_articles,
    "show": cmd_show, "facts": cmd_facts, "extract": cmd_extract, "search": cmd_search, "check": cmd_check,
    "copy": cmd_copy, "series": cmd_series, "conflicts": cmd_conflicts, "config": cmd_config,
    "completion": lambda args: cmd_completion(build_parser(), args.shell),
}


def _settle_settings(args: argparse.Namespace) -> None:
    """Read the settings file; its store is the default after --db and $FACTDESK_DB."""
    from tui.config import load

    args.settings = load()
    if getattr(args, "theme", None) is not None:
        from tui.config import unknown_theme

        if wrong := unknown_theme(args.theme):
            raise UsageError(f"--theme: {wrong}")
    args.store_origin = "--db" if args.db is not None else "$FACTDESK_DB" if os.environ.get("FACTDESK_DB") else ""
    if not args.store_origin:
        args.store_origin = "settings" if args.settings.store else "default"
        if args.settings.store:
            # A team's server named in the settings is a URL, never a path
            # (Path folds its "//": "a PostgreSQL URL that lost a '/'").
            from store import is_postgres_url

            setting = args.settings.store
            args.db = setting.strip() if is_postgres_url(setting) else str(Path(setting).expanduser())
    # A blank name read as the current folder (".: is a directory") or as a
    # file named " " ("no store at  —"): say which setting is blank.
    given = {"--db": args.db, "$FACTDESK_DB": os.environ.get("FACTDESK_DB"), "settings": args.settings.store}
    if args.store_origin in given and not (given[args.store_origin] or "").strip():
        where = f"store in {args.settings.path}" if args.store_origin == "settings" else args.store_origin
        raise UsageError(f"{where} is empty: give a store file (such as ~/news/factdesk.json) or a postgresql:// URL")


# Passed (-W) to the processes multiprocessing starts: after a kill -9 of an
# ingest its resource tracker outlives it and removes the semaphores of the
# extraction pool, as it should, but also warns about them ("There appear to
# be 5 leaked semaphore objects") on the user's terminal after the shell
# prompt is back.
_QUIET_TRACKER = "ignore:resource_tracker:UserWarning"


class _ClosedOutput:
    """Standard output closed by the caller (``factdesk articles >&-``):
    Python leaves sys.stdout None, and the first print was an internal error
    ('NoneType' object has no attribute 'write'); writing is now the output
    error it is."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _usable_output() -> None:
    """Standard output that cannot be written, or cannot encode Chinese (an
    ASCII or Latin-1 locale, PYTHONIOENCODING=ascii): an internal error on the
    first title.  Characters it cannot encode are written as \\uXXXX escapes
    (JSON stays valid and exact) and one line says so."""
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()  # type: ignore[assignment]
        return
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "中文".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        try:
            sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            return
        error_line(f"standard output's encoding ({encoding}) cannot write Chinese: such characters are "
                   "written as \\uXXXX escapes (use a UTF-8 locale, or PYTHONIOENCODING=utf-8)")


# Files a search keeps open: each file of each index segment is mapped (some
# 30 a segment, up to 12 segments), besides the shards and the terminal's.
OPEN_FILES = 4096


def _enough_open_files() -> None:
    """Raise this process's soft limit on open files towards OPEN_FILES
    (never past the hard limit): a soft limit of 256 (macOS's default) or
    less fails a search of a store whose index has many segments."""
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = OPEN_FILES if hard == resource.RLIM_INFINITY else min(OPEN_FILES, hard)
        if soft != resource.RLIM_INFINITY and soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    except (OSError, ValueError):
        pass  # the search says so if it runs out


# The commands that change a store (check does with --fix).
_WRITERS = frozenset({"ingest", "seed", "copy", "check"})


def main(argv: Sequence[str] | None = None) -> int:
    if _QUIET_TRACKER not in sys.warnoptions:
        sys.warnoptions.append(_QUIET_TRACKER)
    _usable_output()
    _enough_open_files()
    try:
        from store import (
            StoreError,  # loads the store package: the slow part of start-up
        )
        from tui.config import ConfigError
    except KeyboardInterrupt:  # Ctrl-C while starting: still one line, no traceback
        sys.stderr.write("factdesk: interrupted\n")
        return EXIT_INTERRUPTED

    args: argparse.Namespace | None = None
    try:
        parser = build_parser()
        args = parser.parse_args(query_terms_kept(parser, sys.argv[1:] if argv is None else list(argv)))
        _settle_settings(args)
        if args.command not in (None, "app"):  # the app ends on SIGTERM as on q (tui.app)
            with _stopped_by_sigterm():
                status = COMMANDS[args.command](args)
            return _signal_exit() if status == EXIT_INTERRUPTED and _terminated else status
        return COMMANDS[args.command](args)
    except SystemExit as done:  # --help: argparse drops the error of its own write (the help lost, exit 0)
        if done.code in (0, None) and not _output_written():
            return EXIT_ERROR
        raise
    except ConfigError as err:
        error_line(str(err))
        return EXIT_ERROR
    except UsageError as err:
        error_line(str(err))
        return EXIT_USAGE
    except (StoreError, NotFound) as err:
        error_line(str(err.args[0]) if isinstance(err, NotFound) and err.args else str(err))
        return EXIT_ERROR
    except KeyboardInterrupt as err:
        # An interrupt after a commit says what was saved; any other left
        # the store as it was.
        try:
            # (a command that only reads says nothing of a store it never changes)
            writes = args is not None and getattr(args, "command", None) in _WRITERS
            error_line(str(err) or ("interrupted; the store is unchanged by the unfinished step" if writes
                                    else "interrupted"))
        except OSError:  # the terminal that closed (SIGHUP) took standard error with it
            pass
        return _signal_exit() if _terminated else EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into head and the like: not an error worth a word.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except OSError as err:  # a file the store did not expect to fail: its path and the cause
        cause = (err.strerror or str(err)).lower()
        if err.filename is not None:
            error_line(f"{err.filename}: {cause}")
        elif err.errno in _FULL or err.errno == errno.EBADF:  # stdout to a full disk (factdesk articles > file)
            _close_output()                                   # or closed: the store names its own files
            error_line(f"cannot write the output ({cause})")
        else:
            error_line(cause)
        return EXIT_ERROR
    except (MemoryError, ImportError) as err:
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        if isinstance(err, MemoryError) or _OUT_OF_MEMORY_RE.search(str(err)):
            # (under ulimit -v a library's shared object fails to map: numpy's import error is a page of advice)
            what = f" loading {err.name}" if isinstance(err, ImportError) and err.name else ""
            error_line(f"out of memory{what} (a memory limit such as ulimit -v, or the machine's)")
            return EXIT_ERROR
        error_line(f"cannot load {err.name or 'a module'}: the installation is incomplete; reinstall factdesk "
                   "(set FACTDESK_DEBUG=1 for details)")
        return EXIT_ERROR
    except Exception as err:  # a bug: still one line, the traceback on request
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        error_line(f"internal error: {type(err).__name__}: {err} (set FACTDESK_DEBUG=1 for details)")
        return 70


_OUT_OF_MEMORY_RE = re.compile(r"failed to map segment|cannot allocate memory|memory allocation", re.IGNORECASE)


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}

EXIT_TERMINATED = 143  # 128 + SIGTERM, as the shell reports a process the signal ended
_terminated: list[int] = []


def _signal_exit() -> int:
    """128 + the signal that stopped the command (143 SIGTERM, 129 SIGHUP)."""
    return 128 + _terminated[0] if _terminated else EXIT_TERMINATED


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """A plain ``kill`` (``timeout``, a service manager, a container being
    stopped) ended a command where it stood, without a word; it now stops
    the command as Ctrl-C does: one line saying what was saved (an ingest
    names the files saved before it), exit 143.  SIGHUP (the terminal
    closed, an ssh session dropped) does the same, exit 129: it had ended
    the command where it stood, as kill -9 does, leaving a writer's
    unfinished files to the next check.  The handlers before them are put
    back after the command (main may run inside another program)."""
    import signal

    def terminated(signum: int, frame: object) -> None:
        if not _terminated:
            _terminated.append(signum)
            raise KeyboardInterrupt

    _terminated.clear()
    signals = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {}
    try:
        for signum in signals:
            if signum == signal.SIGHUP and signal.getsignal(signum) == signal.SIG_IGN:
                continue  # nohup: the user asked for the command to outlive the terminal
            previous[signum] = signal.signal(signum, terminated)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _output_written() -> bool:
    """Whether standard output takes what was written to it; if not, said
    in one line (as for a command's output to a full disk)."""
    try:
        sys.stdout.flush()
    except OSError as err:
        _close_output()
        error_line(f"cannot write the output ({(err.strerror or str(err)).lower()})")
        return False
    return True


def _close_output() -> None:
    """Standard output failed: what is left in its buffer is dropped, so the
    interpreter does not report the same failure again at exit."""
    try:
        sys.stdout = open(os.devnull, "w")
    except OSError:
        pass


if __name__ == "__main__":
    raise SystemExit(main())
