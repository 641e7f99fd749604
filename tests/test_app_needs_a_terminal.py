"""The app with no terminal (output redirected to a file, input from a
pipe, a cron job): one usage line saying so and what to use instead, exit 2
— never the app drawing escape codes into a file and waiting for keys."""

from __future__ import annotations

from tests.helpers_cli import factdesk, stderr_lines


def test_the_app_without_a_terminal_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "s.json"
    for args in ((), ("app",)):
        proc = factdesk(db, *args, timeout=60)
        assert proc.returncode == 2 and proc.stdout == b""
        [line] = stderr_lines(proc)
        assert line.startswith("factdesk: the app needs a terminal (standard input, output and error are not terminals)")
        assert "factdesk articles" in line
    assert not db.exists()  # nothing was created for an app that never ran


def test_the_app_with_its_error_output_redirected_says_so_instead_of_drawing_into_the_file(tmp_path):
    """Textual draws on standard error: `factdesk 2>log` in a terminal would
    draw the whole app into the log while the screen stays blank."""
    import os
    import pty
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    db = tmp_path / "s.json"
    log = tmp_path / "log"
    leader, follower = pty.openpty()
    try:
        with log.open("wb") as err:
            proc = subprocess.run(factdesk_command() + ["--db", str(db)], stdin=follower, stdout=follower,
                                  stderr=err, env=child_env(TERM="xterm-256color"), timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    text = log.read_text(encoding="utf-8")
    assert proc.returncode == 2, text
    assert text.startswith("factdesk: the app needs a terminal (standard error is not a terminal)"), text
    assert "\x1b[" not in text and not db.exists()


def test_a_dumb_terminal_is_told_the_app_cannot_draw_there(tmp_path):
    """TERM=dumb (Emacs' M-x shell, some IDE consoles) is a terminal that
    cannot move the cursor: the app would fill it with escape codes and wait
    for keys; it says so in one line, exit 2, as curses programs do."""
    import os
    import pty
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    db = tmp_path / "s.json"
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(factdesk_command() + ["--db", str(db)], stdin=follower, stdout=follower,
                              stderr=follower, env=child_env(TERM="dumb"), timeout=60)
        os.set_blocking(leader, False)
        try:
            drawn = os.read(leader, 65536)
        except BlockingIOError:
            drawn = b""
    finally:
        os.close(follower)
        os.close(leader)
    text = drawn.decode("utf-8", "replace")
    assert proc.returncode == 2, text
    assert text.startswith("factdesk: the app needs a terminal that can move the cursor (TERM=dumb cannot)"), text
    assert len(text.splitlines()) == 1 and "\x1b[" not in text and not db.exists()
