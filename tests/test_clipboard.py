"""Clipboard routes: OSC 52 always, tmux and the desktop when present."""

from __future__ import annotations

import sys

from rich.cells import cell_len

from tui.clipboard import NOTIFY_MAX, extra_commands, run_commands, shorten


def which_all(name: str) -> str:
    return f"/usr/bin/{name}"


def test_inside_tmux_the_text_also_goes_to_a_tmux_buffer() -> None:
    assert extra_commands({"TMUX": "/tmp/t,1,0"}, which_all) == [["tmux", "load-buffer", "-w", "-"]]


def test_over_ssh_without_a_display_only_osc52_is_used() -> None:
    assert extra_commands({"SSH_CONNECTION": "x"}, which_all) == []


def test_a_local_x_display_uses_xclip_or_xsel() -> None:
    assert extra_commands({"DISPLAY": ":0"}, which_all) == [["xclip", "-selection", "clipboard", "-in"]]
    only_xsel = lambda n: "/usr/bin/xsel" if n == "xsel" else None  # noqa: E731
    assert extra_commands({"DISPLAY": ":0"}, only_xsel) == [["xsel", "--clipboard", "--input"]]
    assert extra_commands({"DISPLAY": ":0"}, lambda n: None) == []


def test_wayland_uses_wl_copy() -> None:
    assert extra_commands({"WAYLAND_DISPLAY": "wayland-0"}, which_all) == [["wl-copy"]]


def test_failing_or_missing_tools_fail_quietly() -> None:
    ok = run_commands("文本", [["/nonexistent/tool"], [sys.executable, "-c", "import sys; sys.exit(3)"],
                             [sys.executable, "-c", "import sys; sys.stdin.read()"]])
    assert ok == [sys.executable]


def test_notifications_are_shortened_to_one_line() -> None:
    assert shorten("a\nb") == "a b"
    assert cell_len(shorten("长" * 200)) <= NOTIFY_MAX and shorten("长" * 200).endswith("…")  # cells, not characters
    assert shorten("长" * 10) == "长" * 10


async def test_copy_emits_osc52_and_notifies_escaped_text(monkeypatch) -> None:
    from textual.app import App

    from tui.clipboard import copy_text

    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    app = App()
    async with app.run_test() as pilot:
        copy_text(app, "[red]文本[/red]", "fact")
        await pilot.pause()
        assert app.clipboard == "[red]文本[/red]"
        # Shown literally: the toast is plain text, never markup.
        assert any("[red]文本[/red]" in n.message and not n.markup for n in app._notifications)


async def test_a_copy_says_where_it_went(monkeypatch, tmp_path) -> None:
    """OSC 52 alone (no tmux, no display: the Linux console, a terminal over
    ssh) may land nowhere — a terminal without it drops it without a word —
    and the toast said "Copied" all the same.  The text is then kept in a
    file the toast names; inside tmux the toast names tmux's buffer."""
    from textual.app import App

    from tui.clipboard import copy_text

    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = App()
    async with app.run_test() as pilot:
        copy_text(app, "净利润：-0.97亿元", "figure")
        await pilot.pause()
        kept = tmp_path / "state" / "factdesk" / "copied.txt"
        assert kept.read_text(encoding="utf-8") == "净利润：-0.97亿元"
        titles = [n.title for n in app._notifications]
        assert any("OSC 52" in title and "copied.txt" in title for title in titles), titles


async def test_a_copy_that_cannot_be_kept_says_so(monkeypatch, tmp_path) -> None:
    from textual.app import App

    from tui.clipboard import copy_text

    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "state").write_text("a file where the folder would go")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = App()
    async with app.run_test() as pilot:
        copy_text(app, "文本", "fact")
        await pilot.pause()
        assert any("OSC 52 only" in n.title for n in app._notifications)


def test_inside_tmux_the_toast_names_its_buffer() -> None:
    from tui.clipboard import where_copied

    assert "tmux" in where_copied([["tmux", "load-buffer", "-w", "-"]], None)
    assert where_copied([["wl-copy"]], None) == "Copied to the clipboard"
