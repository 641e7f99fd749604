"""Toasts by topic: a new message on a topic replaces the last one on it, so
pressing `s` five times leaves one toast, not five stacked over the rows
being read, and a store error repeated by every keystroke shows once.  The
same message on another topic replaces it too: a store's notice reaches the
app twice, as the line it writes to stderr and as a notice it keeps.

Messages are plain text (``markup=False``): a path or a query containing
``[`` is never taken as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.notifications import Notification, SeverityLevel

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode

TROUBLE = "trouble"  # the topic of store errors
CHECK_HINT = " — run `factdesk check` (`factdesk check --fix` repairs what can be repaired)"


class Toasts:
    """The app's toasts, at most one per topic."""

    def __init__(self, app: App) -> None:
        self.app = app
        self._by_topic: dict[str, Notification] = {}

    def say(self, topic: str, message: str, *, title: str = "", severity: SeverityLevel = "information",
            timeout: float | None = None) -> None:
        self.drop(topic)
        for other, shown in list(self._by_topic.items()):  # said twice (see on_print): one toast
            if shown.message == message and shown in self.app._notifications:
                self.drop(other)
        note = Notification(message, title, severity, self.app.NOTIFICATION_TIMEOUT if timeout is None else timeout,
                            markup=False)
        self._by_topic[topic] = note
        # Shown at once, not through a posted message: a toast posted and
        # not yet shown could not be withdrawn by the next one on its topic
        # (progress toasts would pile up).  Textual has no public call for it.
        self.app._notifications.add(note)
        self.app._refresh_notifications()

    def drop(self, topic: str) -> None:
        """Take the topic's toast down (it was answered, e.g. by a reload)."""
        note = self._by_topic.pop(topic, None)
        if note is not None:
            # Textual has no public call to withdraw one notification.
            self.app._unnotify(note)

    def showing(self, topic: str) -> str | None:
        """The message on screen for a topic, if any."""
        note = self._by_topic.get(topic)
        return note.message if note is not None and note in self.app._notifications else None


def say(node: DOMNode, topic: str, message: str, *, title: str = "", severity: SeverityLevel = "information",
        timeout: float | None = None) -> None:
    """Show a toast on a topic from any widget of the app."""
    toasts = getattr(node.app, "toasts", None)
    if isinstance(toasts, Toasts):
        toasts.say(topic, message, title=title, severity=severity, timeout=timeout)
    else:  # a widget run in a bare test app
        node.notify(message, title=title, severity=severity, timeout=timeout, markup=False)


def store_notices(store: object) -> list[str]:
    """What the store found and did on its own since last asked (a damaged
    series table kept aside and built again); call from the worker that read it."""
    take = getattr(store, "take_notices", None)
    return list(take()) if callable(take) else []


def show_notices(node: DOMNode, notices: list[str]) -> None:
    """Each notice as a warning that stays until dismissed (on the UI thread)."""
    for n, notice in enumerate(notices):
        say(node, f"store-notice-{n}", one_line(notice), severity="warning", timeout=30)


SERVER_HINT = " — start the server (or fix the URL), then press {key} to reload; nothing is lost"


def with_check_hint(text: str, error: BaseException | None = None, reload_key: str = "r") -> str:
    """``text`` and what to run about it, unless it names the command already.
    A PostgreSQL server that cannot be reached needs no repair: `check`
    would fail the same way, so the hint says what does help.  Nor does a
    store this user cannot write, or a write the OS refused (a full disk,
    another user's files): the store was left as it was, and `check --fix`
    could not write either — the message's cause says what to do."""
    from store import ServerError
    from store import StoreReadOnlyError, WriteFailed

    if isinstance(error, ServerError):
        return text + SERVER_HINT.format(key=reload_key)
    if isinstance(error, (StoreReadOnlyError, WriteFailed)):
        return text
    return text if "factdesk check" in text else text + CHECK_HINT


def one_line(error: BaseException | str) -> str:
    """An error as one line of plain text (escape sequences from a path removed)."""
    from store import sanitize

    if isinstance(error, OSError) and error.strerror:  # "PATH: no such file or directory", not "[Errno 2] …"
        cause = error.strerror.lower()
        error = f"{error.filename}: {cause}" if error.filename is not None else cause
    return " ".join(sanitize(str(error)).split())


def _whole_figure_toast() -> type:
    """Textual's Toast drawing its message wrapped by tui.wrap: Textual
    folds a run of Chinese at any cell, so a toast split a figure or a path
    mid-way (`…签约项目1` / `59个-金额超千亿.md`, `4,7` / `59.72元`).  The
    message itself is left as it is (the clipboard, tests and `showing`
    read it)."""
    from textual.content import Content
    from textual.widgets._toast import Toast

    from tui.wrap import wrap_lines

    class WholeFigureToast(Toast):
        _wrap_width = 0  # the width Textual measures the height at

        def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
            if width != self._wrap_width:
                self._wrap_width = width
                self._layout_cache.clear()
            return super().get_content_height(container, viewport, width)

        def render(self) -> Content:
            note = self._notification
            width = self._wrap_width or self.content_region.width
            if width <= 0 or note.markup:
                return super().render()
            message = "\n".join(wrap_lines(note.message, width))
            if note.title:
                return Content.assemble((note.title, self.get_visual_style("toast--title")), "\n", message)
            return Content(message)

    return WholeFigureToast


def install_whole_figure_toasts() -> None:
    """Make the toasts Textual mounts wrap as tui.wrap does (once per process)."""
    from textual.widgets import _toast

    if not getattr(_toast.Toast, "_factdesk_wraps", False):
        toast = _whole_figure_toast()
        toast._factdesk_wraps = True
        _toast.Toast = toast
