"""A settings file that cannot be read as text is one line naming it and
saying why in plain words — not Python's "[Errno 21] …" or codec message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "conf" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv("FACTDESK_CONFIG", str(path))
    monkeypatch.delenv("FACTDESK_DB", raising=False)
    return path


def test_a_folder_in_place_of_the_settings_file(config, capsys) -> None:
    config.mkdir()
    assert main(["config"]) == 1
    err = capsys.readouterr().err
    assert err == f"factdesk: {config}: cannot read the settings (is a directory)\n"


def test_a_settings_file_that_is_not_utf8(config, capsys) -> None:
    config.write_bytes("theme = '重庆晨报'\n".encode("gb18030"))
    assert main(["config"]) == 1
    err = capsys.readouterr().err
    assert err == f"factdesk: {config}: cannot read the settings: not UTF-8 text\n"
