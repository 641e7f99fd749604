"""The app's first launch creates and seeds its store before the first
screen is drawn: seconds (twenty on a busy machine) of a terminal that
showed nothing at all. It now says what it is doing in one line on standard
error; later launches, and a folder the store cannot be created in (whose
error is the one line), say nothing of it."""

from __future__ import annotations

import pytest

from tui import cli_commands
from tui.cli import main


@pytest.fixture
def app_in_a_terminal(monkeypatch):
    """cmd_app as in a terminal, with the app itself not run."""
    from tui.app import FactdeskApp

    monkeypatch.setattr(cli_commands, "_terminal", lambda stream: True)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(FactdeskApp, "run", lambda self, *a, **k: None)
    monkeypatch.setattr(cli_commands, "end_if_input_outlives_the_app", lambda code, grace=1.0: None)


def test_the_first_launch_says_it_creates_and_seeds_the_store_and_later_ones_do_not(tmp_path, capsys,
                                                                                     app_in_a_terminal):
    path = tmp_path / "news" / "factdesk.json"
    assert main(["--db", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [
        f"factdesk: first launch: creating the store {path} and seeding it from the bundled page (some seconds)…"]
    assert path.exists()
    assert main(["--db", str(path)]) == 0
    assert capsys.readouterr() == ("", "")


def test_a_store_that_cannot_be_created_is_its_error_alone(tmp_path, capsys, app_in_a_terminal):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["--db", str(blocker / "s.json")]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "first launch" not in err, err


def test_a_folder_that_cannot_be_made_is_its_error_alone(tmp_path, capsys, app_in_a_terminal, monkeypatch):
    """As root every folder passes os.access: HOME=/proc/nohome said "first
    launch: creating the store …" and then that it could not."""
    from pathlib import Path

    real_mkdir = Path.mkdir

    def refused(self, *args, **kwargs):
        if str(self).startswith(str(tmp_path / "ro")):
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refused)
    assert main(["--db", str(tmp_path / "ro" / "sub" / "s.json")]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "first launch" not in err, err
