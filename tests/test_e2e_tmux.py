"""End to end: the installed `factdesk` command in tmux — search, copy with c,
read the copy back from tmux, and check wide characters keep the grid."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

TMUX = shutil.which("tmux")
FACTDESK = shutil.which("factdesk") or (
    str(Path(sys.executable).with_name("factdesk")) if Path(sys.executable).with_name("factdesk").exists() else None
)
pytestmark = pytest.mark.skipif(not (TMUX and FACTDESK), reason="needs tmux and the installed factdesk command")

WIDTH, HEIGHT = 120, 40


class Tmux:
    def __init__(self) -> None:
        self.socket = f"factdesk-test-{uuid.uuid4().hex[:8]}"

    def run(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                              timeout=10, check=False)
        return done.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "fd")

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError("timed out; screen was:\n" + screen)


def start(tmux: Tmux, tmp_path: Path, width: int, height: int, **env_extra: str) -> None:
    """Run factdesk on a fresh store in a tmux session of width×height."""
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY", "COLUMNS", "LINES")}
    env.update(env_extra)
    db = tmp_path / "s.json"
    # After the app: its exit status, so a crash is on the screen to see.
    cmd = f"cd {tmp_path} && {FACTDESK} --db {db}; echo factdesk-exit=$?; sleep 2"
    # A first session fixes the server's options before the app starts, so the
    # app sees width×height from its first frame.
    base = ["tmux", "-L", tmux.socket, "-f", "/dev/null"]
    subprocess.run([*base, "new-session", "-d", "-s", "setup", "-x", str(width), "-y", str(height)],
                   env=env, check=True, timeout=10)
    tmux.run("set", "-g", "set-clipboard", "on")
    tmux.run("set", "-g", "default-size", f"{width}x{height}")
    subprocess.run([*base, "new-session", "-d", "-s", "fd", "-x", str(width), "-y", str(height), cmd],
                   env=env, check=True, timeout=10)


FIRST_SEARCH_WAIT = 90.0


def test_search_copy_and_read_the_copy_back_from_tmux(tmp_path: Path) -> None:
    tmux = Tmux()
    try:
        start(tmux, tmp_path, WIDTH, HEIGHT)
        screen = tmux.wait_for(
            lambda s: "Facts (" in s and "Loading" not in s and cell_len(s.splitlines()[0]) == WIDTH,
            timeout=30,
        )

        # Wide characters keep the grid: every framed row is exactly WIDTH cells
        # and the borders between panes sit in the same column on every row.
        rows = [line for line in screen.splitlines() if line.startswith(("│", "╭", "╰"))]
        assert rows
        for line in rows:
            assert cell_len(line) == WIDTH, line
        seams = {cell_len(line[: line.index("││")]) for line in rows if "││" in line}
        assert len(seams) == 1, seams

        tmux.run("send-keys", "-t", "fd", "/")
        tmux.wait_for(lambda s: "esc" in s.splitlines()[-1], timeout=10)  # search focused
        tmux.run("send-keys", "-t", "fd", "-l", "产量")
        # The first search on a fresh store waits for its index to be built (the app says "searching…"): on a new
        # CI machine with both cores busy that has taken over 30 s, so the wait is generous; a hang still fails.
        tmux.wait_for(lambda s: "Matches (" in s, timeout=FIRST_SEARCH_WAIT)
        tmux.run("send-keys", "-t", "fd", "Enter")
        time.sleep(0.5)
        tmux.run("send-keys", "-t", "fd", "Tab")  # reader → facts table
        time.sleep(0.3)
        tmux.run("send-keys", "-t", "fd", "c")

        deadline = time.monotonic() + 10
        copied = ""
        while time.monotonic() < deadline and "》" not in copied:
            copied = tmux.run("show-buffer")
            time.sleep(0.1)
        assert "《" in copied and "》" in copied and "：" in copied, copied

        tmux.run("send-keys", "-t", "fd", "q")
        tmux.wait_for(lambda s: "Facts (" not in s, timeout=10)
    finally:
        tmux.run("kill-server")


def test_no_color_at_80x24_draws_searches_and_quits_cleanly(tmp_path: Path) -> None:
    tmux = Tmux()
    try:
        start(tmux, tmp_path, 80, 24, NO_COLOR="1")
        tmux.wait_for(lambda s: "Facts (" in s and "Loading" not in s, timeout=30)
        tmux.run("send-keys", "-t", "fd", "j")
        tmux.run("send-keys", "-t", "fd", "/")
        tmux.wait_for(lambda s: "esc" in s.splitlines()[-1], timeout=10)  # search focused
        tmux.run("send-keys", "-t", "fd", "-l", "产量")
        # The first search on a fresh store waits for its index to be built (the app says "searching…"): on a new
        # CI machine with both cores busy that has taken over 30 s, so the wait is generous; a hang still fails.
        tmux.wait_for(lambda s: "Matches (" in s, timeout=FIRST_SEARCH_WAIT)
        tmux.run("send-keys", "-t", "fd", "Escape")
        # A key right after escape would read as alt+key: wait for the list to come back.
        tmux.wait_for(lambda s: "Matches (" not in s, timeout=10)
        tmux.run("send-keys", "-t", "fd", "?")
        tmux.wait_for(lambda s: "factdesk — keys" in s, timeout=10)
        tmux.run("send-keys", "-t", "fd", "Escape")
        tmux.wait_for(lambda s: "factdesk — keys" not in s, timeout=10)
        tmux.run("send-keys", "-t", "fd", "q")
        screen = tmux.wait_for(lambda s: "factdesk-exit=" in s, timeout=10)
        assert "factdesk-exit=0" in screen and "Traceback" not in screen, screen
    finally:
        tmux.run("kill-server")


def test_a_store_whose_shards_are_all_damaged_shows_a_message_and_keeps_running(tmp_path: Path) -> None:
    """Issue 14's app fault, through the real command: every shard file
    holds garbage; the app says so and what to do, and still quits cleanly."""
    import json

    db = tmp_path / "s.json"
    subprocess.run([FACTDESK, "--db", str(db), "seed"], check=True, capture_output=True, timeout=120)
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    shards = [db.with_name(db.name + ".d") / "shards" / name for name in meta["shards"].values()]
    assert shards
    for shard in shards:
        shard.write_bytes(b"\x00garbage{" * 64)
    tmux = Tmux()
    try:
        start(tmux, tmp_path, WIDTH, HEIGHT)
        screen = tmux.wait_for(lambda s: "factdesk check" in s or "factdesk-exit=" in s, timeout=30)
        assert "factdesk-exit=" not in screen and "Traceback" not in screen, screen
        tmux.run("send-keys", "-t", "fd", "j")
        tmux.run("send-keys", "-t", "fd", "j")
        time.sleep(0.5)
        tmux.run("send-keys", "-t", "fd", "q")
        screen = tmux.wait_for(lambda s: "factdesk-exit=" in s, timeout=15)
        assert "factdesk-exit=0" in screen and "Traceback" not in screen, screen
    finally:
        tmux.run("kill-server")
    assert all(shard.read_bytes() == b"\x00garbage{" * 64 for shard in shards)  # damaged files are kept


@pytest.mark.parametrize("signal_name,status", [("TERM", 143), ("HUP", 129)])
def test_a_plain_kill_ends_the_app_as_q_does_and_gives_the_terminal_back(tmp_path: Path, signal_name: str,
                                                                          status: int) -> None:
    """`kill PID` (SIGTERM) or a closed terminal (SIGHUP) used to kill the app
    where it stood: the terminal stayed in its alternate screen and raw mode."""
    import signal

    tmux = Tmux()
    try:
        start(tmux, tmp_path, 80, 24)
        tmux.wait_for(lambda s: "Facts (" in s and "Loading" not in s, timeout=30)
        shell = int(tmux.run("display", "-p", "-t", "fd", "#{pane_pid}").strip())
        app = int(Path(f"/proc/{shell}/task/{shell}/children").read_text().split()[0])
        os.kill(app, getattr(signal, f"SIG{signal_name}"))
        screen = tmux.wait_for(lambda s: "factdesk-exit=" in s, timeout=15)
        assert f"factdesk-exit={status}" in screen and "Traceback" not in screen
        assert tmux.run("display", "-p", "-t", "fd", "#{alternate_on}").strip() == "0"  # the terminal is back
    finally:
        tmux.run("kill-server")
