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
        assert line.startswith("factdesk: the app needs a terminal (standard input and output are not terminals)")
        assert "factdesk articles" in line
    assert not db.exists()  # nothing was created for an app that never ran
