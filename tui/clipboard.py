"""Copying that works over SSH, inside tmux and on a local desktop.

App.copy_to_clipboard only emits OSC 52 and cannot tell whether the terminal
honoured it (tmux drops it unless configured, Apple Terminal ignores it). So we
always emit OSC 52 and, where we can, also hand the text to tmux and to the
local system clipboard. The extra routes run in a worker thread and fail quietly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

from textual.app import App

# Cells of copied text the toast repeats: one line, so the toast covers
# as few rows of the table as it can.
NOTIFY_MAX = 44


def extra_commands(
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> list[list[str]]:
    """Commands that take the text on stdin, besides OSC 52."""
    env = os.environ if env is None else env
    cmds: list[list[str]] = []
    if env.get("TMUX") and which("tmux"):
        # -w also forwards to the outer terminal's clipboard when tmux can.
        cmds.append(["tmux", "load-buffer", "-w", "-"])
    if env.get("WAYLAND_DISPLAY") and which("wl-copy"):
        cmds.append(["wl-copy"])
    elif env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        if which("xclip"):
            cmds.append(["xclip", "-selection", "clipboard", "-in"])
        elif which("xsel"):
            cmds.append(["xsel", "--clipboard", "--input"])
    return cmds


def run_commands(text: str, cmds: list[list[str]], timeout: float = 3.0) -> list[str]:
    """Feed text to each command; return the names of those that succeeded."""
    ok: list[str] = []
    for cmd in cmds:
        try:
            done = subprocess.run(
                cmd, input=text.encode("utf-8"), capture_output=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            ok.append(cmd[0])
    return ok


def shorten(text: str, limit: int = NOTIFY_MAX) -> str:
    """One line, at most `limit` cells, for a notification."""
    from tui.wrap import ellipsize

    return ellipsize(" ".join(text.split()), limit)


def copy_file() -> Path:
    """Where a copy is also kept when OSC 52 is its only route."""
    from platformdirs import user_state_path

    return user_state_path("factdesk", appauthor=False) / "copied.txt"


def keep_in_file(text: str, path: Path) -> bool:
    """Write the copied text to ``path`` (replacing the last copy); False when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return False
    return True


def where_copied(cmds: list[list[str]], kept: Path | None) -> str:
    """The toast's title: where the text went.  OSC 52 alone may land
    nowhere (a terminal that lacks it drops it without a word), so then the
    file the text was kept in is named, or that there is none."""
    if any(cmd[0] == "tmux" for cmd in cmds):
        return "Copied to tmux's buffer and the terminal"
    if cmds:
        return "Copied to the clipboard"
    if kept is not None:
        return f"Sent as OSC 52; kept in {home_short(kept)}"
    return "Sent as OSC 52 only (no tmux, no display; the copy file could not be written)"


def home_short(path: Path) -> str:
    home = str(Path.home())
    shown = str(path)
    return "~" + shown[len(home):] if home != "/" and (shown + "/").startswith(home + "/") else shown


def copy_text(app: App, text: str, what: str = "") -> None:
    """Copy by every route available and tell the user what was copied and where."""
    from store import sanitize

    # Text is cleaned at ingest; cleaning again here means even a store
    # edited by hand cannot smuggle an escape sequence into a paste.
    text = sanitize(text)
    app.copy_to_clipboard(text)
    cmds = extra_commands()
    kept = None
    if cmds:
        app.run_worker(
            lambda: run_commands(text, cmds), thread=True, group="clipboard", exit_on_error=False
        )
    else:  # the terminal may ignore OSC 52 (the Linux console, GNOME Terminal): the text is kept where it can be found
        path = copy_file()
        kept = path if keep_in_file(text, path) else None
    from tui.notes import say

    # A table is named by what it holds (its header row says nothing); a
    # fact or a figure is quoted, so the toast shows what was taken.
    tabular = "\t" in text or text.count("\n") > 1
    message = what if what and tabular else f"{what}: {shorten(text)}" if what else shorten(text)
    say(app, "copy", message, title=where_copied(cmds, kept), timeout=4 if cmds else 8)
