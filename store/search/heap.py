"""Giving freed memory back to the system between the chunks of an index build.

The postings of each chunk are sorted in a worker thread (store.search.build):
glibc serves that thread from an arena of its own and keeps what the sort
freed there (and the holes it leaves in the main heap) as the process's
memory, so the next chunk's arrays came on top of it: an ingest's writer
peaked 60–90 MB above what it used (10,000 bulk articles: 333–384 MB, with
the trim 292–299 MB; 20,000 tiny records 269 → 212 MB), for about 5 ms of
CPU a chunk.  ``trim`` asks glibc to release it (malloc_trim); elsewhere
(another C library, no ctypes) it does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

_trim: Callable[[int], int] | None | bool = False  # False: not looked up yet; None: not available


def trim() -> None:
    """Release the C heap's free memory to the system, where glibc allows."""
    global _trim
    if _trim is False:
        _trim = _malloc_trim()
    if _trim is not None:
        _trim(0)


def _malloc_trim() -> Callable[[int], int] | None:
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        trim = libc.malloc_trim  # glibc only (musl has none)
    except (ImportError, OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
