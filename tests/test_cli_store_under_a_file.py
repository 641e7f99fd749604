"""A store path that runs through a file ($XDG_DATA_HOME set to a file, a
--db under one): one line naming the file in the way, not 'cannot read
store (Not a directory)', which read as a damaged store — and for seed and
ingest, which create the store, not as a read at all."""

from __future__ import annotations

from tests.helpers_cli import child_env, factdesk, stderr_lines


def test_the_data_folder_being_a_file_is_said(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("")
    env = child_env(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(blocker),
                    XDG_CONFIG_HOME=str(tmp_path / "config"))
    for args in (("seed",), ("articles",), ("search", "产量")):
        proc = factdesk(None, *args, env=env)
        [line] = stderr_lines(proc)
        assert proc.returncode == 1, (args, line)
        assert f"{blocker} is a file, not a folder" in line, (args, line)
        assert "Not a directory" not in line and "Traceback" not in line
    assert blocker.read_text() == ""


def test_a_db_under_a_file_is_said(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    proc = factdesk(tmp_path / "notes.txt" / "s.json", "ingest", str(tmp_path / "notes.txt"))
    [line] = stderr_lines(proc)
    assert proc.returncode == 1 and "notes.txt is a file, not a folder" in line, line
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_the_config_folder_being_a_file_is_said(tmp_path):
    """$XDG_CONFIG_HOME set to a file said 'cannot read the settings (not a
    directory)', naming no file in the way (walk28)."""
    blocker = tmp_path / "config"
    blocker.write_text("")
    env = child_env(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(blocker))
    for args in (("config",), ("articles",)):
        proc = factdesk(None, *args, env=env)
        [line] = stderr_lines(proc)
        assert proc.returncode == 1, (args, line)
        assert f"{blocker} is a file, not a folder" in line and "XDG_CONFIG_HOME" in line, (args, line)
    assert blocker.read_text() == ""
