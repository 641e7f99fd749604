"""A theme name the app does not have is never ignored in silence: on the
command line (--theme) it is one line listing the themes and exit 2; in
the settings file the app starts with the default theme and says so in a
warning, and `factdesk config` marks it.  A known --theme is this run's
theme, before the settings' one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.cli import main
from tui.config import load


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("FACTDESK_CONFIG", str(path))
    monkeypatch.delenv("FACTDESK_DB", raising=False)
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    return path


@pytest.mark.parametrize("argv", [["--theme", "nope"], ["app", "--theme", "nope"], ["--theme", "nope", "articles"]])
def test_an_unknown_theme_flag_is_one_line_listing_the_themes_and_exit_2(config, capsys, argv) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert "unknown theme 'nope'" in captured.err and "textual-light" in captured.err and "nord" in captured.err


def test_a_misspelt_theme_is_answered_with_the_close_names(config, capsys) -> None:
    assert main(["--theme", "solarised"]) == 2
    assert "did you mean solarized-dark or solarized-light?" in capsys.readouterr().err


def test_config_marks_an_unknown_theme_in_the_settings_and_lists_the_themes(config, capsys) -> None:
    config.parent.mkdir()
    config.write_text('theme = "bogus"\n', encoding="utf-8")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "theme          bogus  (unknown: the app uses textual-dark)" in out
    assert "themes: " in out and "textual-light" in out


async def test_the_app_warns_of_an_unknown_theme_in_the_settings_and_starts_with_the_default(config) -> None:
    config.parent.mkdir()
    config.write_text('theme = "bogus"\n', encoding="utf-8")
    app = FactdeskApp(FakeStore(), settings=load())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        (note,) = [n for n in app._notifications if "bogus" in n.message]
        assert note.severity == "warning" and str(config) in note.message and "textual-light" in note.message


async def test_a_known_theme_flag_is_this_run_s_theme_before_the_settings_one(config) -> None:
    config.parent.mkdir()
    config.write_text('theme = "nord"\n', encoding="utf-8")
    app = FactdeskApp(FakeStore(), settings=load(), theme="textual-light")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"
        assert not [n for n in app._notifications if n.severity == "warning"]
