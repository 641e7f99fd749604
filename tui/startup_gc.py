"""Python's cyclic garbage collector while the app starts.

Starting the app makes objects that live as long as it does: Textual's and
the app's modules, classes and styles, the widgets, and a catalog row for
every article.  The collector runs whenever enough new objects have been
made, and each full pass walks every object still alive, so while the app
started it walked them all several times (with a large store, every catalog
row each time) and found next to nothing to free: a noticeable part of the
time to the first screen.

``pause`` is called by the command before it imports Textual; ``resume``
once the first screen is drawn: one pass frees the garbage of starting, what
is left is frozen (kept out of later passes; reference counting still frees
any of it that is let go) and collection starts again.  Only a pause this module made is resumed, so an
app run by tests or by another program keeps its collector as it was.
"""

from __future__ import annotations

import gc

_paused: list[bool] = []  # [True] while a pause made here is in force


def pause() -> None:
    if gc.isenabled():
        gc.disable()
        _paused[:] = [True]


def resume() -> None:
    if _paused:
        _paused.clear()
        gc.collect()  # the garbage of starting (some 20,000 objects), which freezing would keep for good
        gc.freeze()
        gc.enable()


def paused() -> bool:
    return bool(_paused)
