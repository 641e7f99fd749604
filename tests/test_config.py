"""The settings file: where it is, what it sets (store, theme, export
folder, keys), `factdesk config`, bad files as one line, the theme saved
when changed; and every built-in theme readable."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.cli import main
from tui.config import Settings, dumps, load
from tui.widgets.search_bar import SearchBar


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("FACTDESK_CONFIG", str(path))
    monkeypatch.delenv("FACTDESK_DB", raising=False)
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    return path


def test_without_a_file_the_defaults_hold_and_config_says_where_the_file_goes(config, capsys) -> None:
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert f"file           {config}  (no file yet: the defaults)" in out
    assert "theme          textual-dark  (default)" in out
    assert "main.copy_fact         = c" in out
    assert not config.exists()


def test_the_settings_store_is_used_when_no_db_is_given(config, tmp_path, capsys) -> None:
    store = tmp_path / "elsewhere" / "s.json"
    config.parent.mkdir()
    config.write_text(f'store = "{store}"\nexport_folder = "{tmp_path}"\n[keys]\n"main.copy_fact" = "ctrl+y"\n',
                      encoding="utf-8")
    assert main(["seed"]) == 0 and store.exists()
    capsys.readouterr()
    assert main(["articles"]) == 0 and len(capsys.readouterr().out.splitlines()) == 4
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert f"store          {store}  (settings)" in out and f"export_folder  {tmp_path}" in out
    assert "main.copy_fact         = ctrl+y  (set)" in out


@pytest.mark.parametrize("text,problem", [
    ("theme = \n", "cannot read the settings"),
    ("colour = 'red'\n", "unknown setting 'colour'"),
    ("theme = 3\n", "theme must be text"),
    ("[keys]\n'main.nothing' = 'z'\n", "no key binding 'main.nothing'"),
    # A key given to two things at once: the one met first was silently lost (q copied, and quit no more).
    ("[keys]\n'main.copy_fact' = 'q'\n", "key 'q' is bound to both 'app.quit' and 'main.copy_fact'"),
    ("[keys]\n'facts.sort' = 'f'\n", "key 'f' is bound to both 'facts.sort' and 'facts.filter'"),
    ("[keys]\n'list.sort' = 'o,s'\n", "key 'o' is bound to both 'main.open_url' and 'list.sort'"),
    # A key written as its character is the key Textual names: '?' took help's question_mark unseen.
    ("[keys]\n'main.copy_fact' = '?'\n", "key 'question_mark' is bound to both 'app.help' and 'main.copy_fact'"),
    # A key Textual binds itself, taken by a setting: the palette, moving between panes or ctrl+q's quit was lost.
    ("[keys]\n'main.reload' = 'ctrl+p'\n",
     "key 'ctrl+p' is the command palette's and cannot be rebound; give 'main.reload' another key"),
    ("[keys]\n'series.copy' = 'ctrl+p'\n", "key 'ctrl+p' is the command palette's"),
    ("[keys]\n'main.clear' = 'escape,tab'\n", "key 'tab' is the one that moves between panes"),
    ("[keys]\n'main.copy_fact' = 'ctrl+q'\n", "key 'ctrl+q' is the one that quits (also from a field)"),
    ("[keys]\n'search.clear' = 'enter'\n", "key 'enter' is the search bar's: it opens the best match"),
    # No key at all: the binding kept its default without a word.
    ("[keys]\n'main.copy_fact' = ''\n", "'main.copy_fact' = '': no key given"),
    ("[keys]\n'main.copy_fact' = ' , '\n", "no key given"),
    # A name no key press gives: the binding silently did nothing.
    ("[keys]\n'main.copy_fact' = 'ctrl+nonsense'\n", "'ctrl+nonsense' is not a key name (key names: c, G, ctrl+y"),
    ("[keys]\n'list.pagedown' = 'PageDown'\n", "'PageDown' is not a key name"),
    ("[keys]\n'main.copy_fact' = 'c,ctrl+'\n", "'ctrl+' is not a key name"),
])
def test_a_bad_settings_file_is_one_line_naming_it(config, capsys, text, problem) -> None:
    config.parent.mkdir()
    config.write_text(text, encoding="utf-8")
    assert main(["config"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"factdesk: {config}: ") and problem in err and len(err.splitlines()) == 1


def test_the_written_file_reads_back_the_same(tmp_path) -> None:
    settings = Settings(tmp_path / "c.toml", store='/x/"quoted"\\store.json', theme="nord", export_folder="~/导出",
                        keys={"main.copy_fact": "ctrl+y"})
    assert tomllib.loads(dumps(settings)) == {"store": settings.store, "theme": "nord", "export_folder": "~/导出",
                                              "keys": {"main.copy_fact": "ctrl+y"}}


async def test_the_app_takes_theme_keys_and_export_folder_and_saves_a_new_theme(config, tmp_path) -> None:
    config.parent.mkdir()
    config.write_text(f'theme = "nord"\nexport_folder = "{tmp_path}"\n[keys]\n"main.copy_fact" = "ctrl+y"\n',
                      encoding="utf-8")
    app = FactdeskApp(FakeStore(), settings=load())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        app.query_one("FactsTable").focus()
        await pilot.press("ctrl+y")
        assert "（《" in app.clipboard  # the rebound key copies the citation
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one("#export-path").value.startswith(str(tmp_path / "factdesk-"))
        await pilot.press("escape")
        app.theme = "gruvbox"
        await settle(pilot)
    saved = load()
    assert saved.theme == "gruvbox" and saved.keys == {"main.copy_fact": "ctrl+y"}
    assert saved.export_folder == str(tmp_path)


USER_FILE = """# my settings, written by hand
export_folder = "/tmp"   # exports go here
theme = 'nord'           # dark at night

[keys]
# ctrl+y as in my editor
"main.copy_fact" = "c,ctrl+y"
"""


@pytest.mark.parametrize(("before", "after"), [
    (USER_FILE, USER_FILE.replace("theme = 'nord'", 'theme = "gruvbox"')),
    # No theme yet: one line added after the last setting, before the table.
    (USER_FILE.replace("theme = 'nord'           # dark at night\n", ""),
     USER_FILE.replace("theme = 'nord'           # dark at night", 'theme = "gruvbox"')),
])
async def test_a_theme_chosen_in_the_app_changes_one_line_and_keeps_the_users_comments(
        config, before, after) -> None:
    """Saving the theme wrote the whole file anew, and the user's comments,
    order and spacing were gone."""
    config.parent.mkdir()
    config.write_text(before, encoding="utf-8")
    app = FactdeskApp(FakeStore(), settings=load())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "gruvbox"
        await settle(pilot)
    assert config.read_text(encoding="utf-8") == after
    assert [p.name for p in config.parent.iterdir()] == ["config.toml"]


def _contrast(fg, bg) -> float:
    def luminance(color) -> float:
        r, g, b = (c / 255 for c in color.get_truecolor())
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


async def test_every_built_in_theme_keeps_titles_dates_and_counts_readable() -> None:
    from tui.widgets.article_list import ArticleList
    from tui.widgets.reader import Reader

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for name in sorted(app.available_themes):
            app.theme = name
            await pilot.pause()
            for widget, part in ((app.query_one(Reader), "reader--title"), (app.query_one(Reader), "reader--meta"),
                                 (app.query_one(ArticleList), "article-list--meta"),
                                 (app.query_one(ArticleList), "article-list--header")):
                style = widget.rich_style + widget.get_component_rich_style(part)
                assert style.color is not None and style.bgcolor is not None, (name, part)
                if style.color.is_default or style.bgcolor.is_default:
                    continue  # the ansi themes: the terminal's own colours
                assert _contrast(style.color, style.bgcolor) >= 3.0, (name, part, style)


async def test_a_theme_that_cannot_be_saved_says_which_file_and_why_and_leaves_no_part_file(
        config, monkeypatch) -> None:
    import errno

    config.parent.mkdir()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("tui.config.os.replace", disk_full)
    app = FactdeskApp(FakeStore(), settings=load())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "gruvbox"
        await settle(pilot)
        assert app.toasts.showing("settings") == f"Theme not saved: cannot write {config} (no space left on device)"
    assert list(config.parent.iterdir()) == []  # no half-written .config.toml.part left behind


async def test_every_built_in_theme_draws_the_panes_edges_visibly() -> None:
    # A pane's border is what separates the list, the reader and the facts;
    # in the light themes the unfocused ones were white on light grey
    # (contrast 1.04-1.26: the panes ran into each other).
    from tui.widgets.article_list import ArticleList
    from tui.widgets.facts_table import FactsTable
    from tui.widgets.reader import Reader

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one(SearchBar).focus()  # every pane unfocused
        for name in sorted(app.available_themes):
            app.theme = name
            await pilot.pause()
            background = app.screen.styles.background
            if background.ansi is not None:
                continue  # the ansi themes: the terminal's own colours
            for pane in (ArticleList, Reader, FactsTable):
                edge = background + app.query_one(pane).styles.border_top[1]
                assert _contrast(edge.rich_color, background.rich_color) >= 1.5, (name, pane.__name__, edge)
            blurred = app.query_one(Reader).styles.border_top[1]
            app.query_one(Reader).focus()
            await pilot.pause()
            assert app.query_one(Reader).styles.border_top[1] != blurred, name  # focus still shows
            app.query_one(SearchBar).focus()


@pytest.mark.parametrize("keys", ["ctrl+y", "f5", "space", "shift+right", "insert", "exclamation_mark", "+", "空",
                                  "ctrl+shift+x", "c,ctrl+y", "left_square_bracket"])
def test_key_names_textual_reports_are_accepted(config, capsys, keys) -> None:
    config.parent.mkdir()
    config.write_text(f"[keys]\n'main.copy_fact' = '{keys}'\n", encoding="utf-8")
    assert main(["config"]) == 0, capsys.readouterr().err
    assert f"main.copy_fact         = {keys}  (set)" in capsys.readouterr().out


def test_keys_swapped_or_shared_across_places_are_no_clash(config, capsys) -> None:
    config.parent.mkdir()
    config.write_text("[keys]\n'main.copy_fact' = 'y'\n'main.copy_figure' = 'c'\n'series.copy' = 'y'\n",
                      encoding="utf-8")
    assert main(["config"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("text", ["[keys]\n'export.csv' = 'enter'\n", "[keys]\n'main.copy_fact' = 'ctrl+c'\n"])
def test_a_key_textual_binds_only_elsewhere_is_free_to_bind(config, text) -> None:
    """enter is the search bar's in the search bar only; ctrl+c only says how to quit."""
    config.parent.mkdir()
    config.write_text(text, encoding="utf-8")
    assert main(["config"]) == 0
