"""A settings file saved by Windows Notepad (or any editor that writes a UTF-8
byte-order mark) was refused with "Invalid statement (at line 1, column 1)",
a line no user can act on: the mark is not part of the settings (walk38)."""

from __future__ import annotations

import tomllib

from tui.cli import main
from tui.config import load, save_theme


def test_a_settings_file_beginning_with_a_byte_order_mark_is_read(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf" + 'theme = "textual-light"\nexport_folder = "~/out"\n'.encode())
    settings = load(path)
    assert settings.theme == "textual-light"
    monkeypatch.setenv("FACTDESK_CONFIG", str(path))
    assert main(["config"]) == 0
    assert "textual-light" in capsys.readouterr().out


def test_the_theme_saved_into_such_a_file_keeps_the_other_settings(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf" + 'export_folder = "~/out"\n'.encode())
    save_theme(path, "nord")
    saved = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    assert saved == {"export_folder": "~/out", "theme": "nord"}
