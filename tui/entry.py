"""The `factdesk` command's entry point.

Ctrl-C must be one line and exit 130 from the first instant, also while the
interpreter is still importing the CLI (on a busy machine that takes a
noticeable moment): the handler is installed before anything else is
imported, and handed back to Python's default once the CLI, which catches
KeyboardInterrupt itself, is loaded. Once the command has finished, Ctrl-C
is ignored: the interpreter resets its handlers to the system default while
shutting down, and a late interrupt would otherwise kill the process with
SIGINT instead of the exit status the finished work earned.
"""

import signal
import sys

EXIT_INTERRUPTED = 130


def _interrupted_while_starting(signum: int, frame: object) -> None:
    sys.stderr.write("factdesk: interrupted\n")
    raise SystemExit(EXIT_INTERRUPTED)


signal.signal(signal.SIGINT, _interrupted_while_starting)


def _interrupt_again(unraisable: "sys.UnraisableHookArgs") -> None:
    """A Ctrl-C landing in code Python cannot raise from (an import lock's
    clean-up callback, a finaliser) was printed as "Exception ignored …
    KeyboardInterrupt" with its traceback, and then lost: the command went on.
    It is raised again in the main thread, which says it in one line: from
    another thread, a moment later, since raised inside this hook it would be
    ignored again."""
    if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
        import _thread
        import threading

        def raise_in_main() -> None:
            if not sys.is_finalizing():      # (an interpreter shutting down has no main thread to raise in)
                _thread.interrupt_main()

        again = threading.Timer(0.05, raise_in_main)
        again.daemon = True
        again.start()
        return
    sys.__unraisablehook__(unraisable)


sys.unraisablehook = _interrupt_again


def _numpy_first_under_a_memory_limit() -> None:
    """Under a limit on the address space (``ulimit -v``, a container's
    cap), numpy is loaded before anything else: the OpenBLAS it loads
    reserves a 32 MB buffer and, when it cannot, prints "OpenBLAS error:
    Memory allocation still failed after 10 retries, giving up." and ends
    the process with exit status 1 — no line of factdesk's, in the middle
    of an ingest that had loaded the extractor's word lists first.  Loaded
    first it finds the room; what runs short later runs short in Python,
    which says it in one line.  Without a limit nothing changes."""
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    except (ImportError, OSError, ValueError):
        return
    if limit == resource.RLIM_INFINITY:
        return
    try:
        import numpy  # noqa: F401
    except BaseException:  # (MemoryError, ImportError: said where the store imports it, as before)
        return


def run() -> int:
    _numpy_first_under_a_memory_limit()
    from tui.pattern_imports import install

    install()
    from tui.cli import main

    signal.signal(signal.SIGINT, signal.default_int_handler)
    status = main()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return status
