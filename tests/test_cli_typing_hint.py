"""``factdesk extract`` (and ``ingest -``) with the terminal as standard
input say that they wait for text and how to end it — without a word they
looked hung; from a pipe or a file they say nothing."""

from __future__ import annotations

import os
import subprocess

from tests.helpers_cli import child_env, factdesk, factdesk_command

HINT = "reading the text from the terminal"


def test_from_the_terminal_the_command_says_it_waits_for_text():
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen([*factdesk_command(), "extract"], stdin=slave, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=child_env())
        os.write(master, "全市增长5%\n".encode() + b"\x04")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(master)
        os.close(slave)
    assert proc.returncode == 0, err
    assert HINT in err.decode() and "Ctrl-D" in err.decode()
    assert "5%" in out.decode()


def test_from_a_pipe_nothing_is_said():
    proc = factdesk(None, "extract", stdin="全市增长5%\n".encode())
    assert proc.returncode == 0 and HINT not in proc.stderr.decode()
