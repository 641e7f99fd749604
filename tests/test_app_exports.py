"""Exports and citations name their source: the export dialog takes a folder
and file name, CSV/TSV/JSON/Markdown rows carry the article's title,
publication, date, URL and the sentence; `c` cites the full title and URL;
`o` opens the article's page, http and https only."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.app_helpers import palette_has_matches, settle, wait_until
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable

store_mod = pytest.importorskip("store")

TITLE = "全市工业投资增长 新建项目超百个"
SENTENCE = "今年全市工业投资完成320亿元"
URLS = {"safe": "https://news.example.com/2025/11/24/a.html", "hostile": "javascript:alert(1)"}


def make_store(folder, url: str):
    record = {"title": TITLE, "body": f"本报讯。{SENTENCE}，同比增长8.5%。新建项目超百个。", "date": "2025-11-24",
              "source": "山城日报", "url": url}
    (folder / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    store = store_mod.open_store(folder / "s.json", seed=False)
    assert store.ingest([folder / "news.jsonl"]).added == 1
    return store


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def assert_sourced(row: dict) -> None:
    assert row["article_title"] == TITLE and row["publication"] == "山城日报"
    assert row["date"] == "2025-11-24" and row["url"] == URLS["safe"]
    assert row["surface"] in row["sentence"]  # the sentence stating it, to its full stop


@pytest.mark.parametrize("key,fmt", [("c", "csv"), ("t", "tsv"), ("j", "json"), ("m", "md")])
async def test_an_export_goes_to_the_path_typed_and_names_the_source(tmp_path, monkeypatch, key, fmt) -> None:
    monkeypatch.chdir(tmp_path)
    store = make_store(tmp_path, URLS["safe"])
    (tmp_path / "out").mkdir()
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        field = app.screen.query_one("#export-path")
        assert field.value.startswith(str(tmp_path / "factdesk-"))  # the default: here, named after the article
        field.value = str(tmp_path / "out" / "工业投资")
        await pilot.press(key)
        await settle(pilot)
        written = tmp_path / "out" / f"工业投资.{fmt}"
        assert written.exists(), list((tmp_path / "out").iterdir())
        text = written.read_text(encoding="utf-8")
        if fmt == "json":
            rows = json.loads(text)
        elif fmt in ("csv", "tsv"):
            rows = list(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        else:
            for part in (TITLE, "山城日报", "2025-11-24", URLS["safe"], SENTENCE):
                assert part in text
            return
        assert len(rows) == len(store.facts())
        for row in rows:
            assert_sourced(row)
        assert any(row["sentence"].startswith(SENTENCE) for row in rows)


async def test_an_export_never_overwrites_a_file(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = make_store(tmp_path, URLS["safe"])
    (tmp_path / "mine.csv").write_text("keep me", encoding="utf-8")
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "mine")
        await pilot.press("c")
        await settle(pilot)
    assert (tmp_path / "mine.csv").read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "mine-2.csv").exists()


async def test_an_export_to_a_folder_that_does_not_exist_says_so_in_one_line_and_leaves_nothing(tmp_path) -> None:
    store = make_store(tmp_path, URLS["safe"])
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "no-such-folder" / "facts")
        await pilot.press("c")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    [failed] = [m for m in messages if "Export failed" in m]
    assert str(tmp_path / "no-such-folder" / "facts.csv") in failed and "no such folder" in failed
    assert ".part" not in failed and "factdesk check" not in failed  # the store is fine: no repair hint
    assert not (tmp_path / "no-such-folder").exists() and not list(tmp_path.rglob("*.part"))


async def test_c_cites_the_full_title_publication_date_and_url(tmp_path) -> None:
    app = FactdeskApp(make_store(tmp_path, URLS["safe"]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("c")
        assert app.clipboard.endswith(f"（《{TITLE}》，山城日报，2025-11-24，{URLS['safe']}）")


@pytest.mark.parametrize("which", ["safe", "hostile"])
async def test_o_opens_only_http_and_https_urls(tmp_path, monkeypatch, which) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = FactdeskApp(make_store(tmp_path, URLS[which]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        toasts = [n.message for n in app._notifications]
    if which == "safe":
        assert opened == [URLS["safe"]]
    else:
        assert opened == [] and any(t.startswith("Not opened") and URLS["hostile"] in t for t in toasts), toasts


@pytest.mark.parametrize("key,fmt", [("j", "json"), ("m", "md")])
async def test_an_export_of_a_search_with_fact_filters_carries_its_totals(tmp_path, monkeypatch, key, fmt) -> None:
    from tests.app_helpers import type_query

    monkeypatch.chdir(tmp_path)
    store = make_store(tmp_path, URLS["safe"])
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "kind:money")
        await settle(pilot)
        await pilot.press("tab")  # out of the search box, the search kept
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "money")
        await pilot.press(key)
        await settle(pilot)
    text = (tmp_path / f"money.{fmt}").read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert [(t["kind"], t["unit"], t["count"], t["sum"]) for t in data["totals"]] == [("money", "元", 1, 32000000000)]
        assert [f["surface"] for f in data["facts"]] == ["320亿元"]
    else:
        assert "## Totals" in text and "| money | 元 | 1 | 32000000000 |" in text


async def test_tab_in_the_export_dialog_goes_to_the_path_and_back(tmp_path) -> None:
    from textual.widgets import Input

    app = FactdeskApp(make_store(tmp_path, URLS["safe"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input)
        await pilot.press("tab")
        assert path.has_focus
        await pilot.press("ctrl+u", *str(tmp_path / "tabbed"))  # typed letters are the path, not format keys
        assert path.value == str(tmp_path / "tabbed")
        await pilot.press("tab", "j")  # back to the formats: JSON
        await settle(pilot)
    assert json.loads((tmp_path / "tabbed.json").read_text(encoding="utf-8"))


async def test_the_palettes_screenshot_is_saved_in_the_export_folder_and_says_where(tmp_path, monkeypatch) -> None:
    # Textual's default is ~/Downloads: where that folder does not exist (a
    # server, a fresh account) the palette's Screenshot only said "Failed to
    # save screenshot", with no reason and no path.
    from tui.config import Settings

    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no Downloads folder
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    (tmp_path / "out").mkdir()
    store = make_store(tmp_path, URLS["safe"])
    settings = Settings(tmp_path / "config.toml", export_folder=str(tmp_path / "out"))
    app = FactdeskApp(store, settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Screenshot")
        await wait_until(pilot, lambda: palette_has_matches(app))
        await pilot.press("enter")
        await wait_until(pilot, lambda: list((tmp_path / "out").glob("*.svg")))
        shots = list((tmp_path / "out").glob("*.svg"))
        assert len(shots) == 1 and "<svg" in shots[0].read_text(encoding="utf-8")
        assert str(shots[0]) in (app.toasts.showing("screenshot") or "")


async def test_a_screenshot_that_cannot_be_written_says_why(tmp_path) -> None:
    from tui.config import Settings

    store = make_store(tmp_path, URLS["safe"])
    settings = Settings(tmp_path / "config.toml", export_folder=str(tmp_path / "missing"))
    app = FactdeskApp(store, settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.run_action("screenshot")
        await settle(pilot)
        shown = app.toasts.showing("screenshot") or ""
        assert shown.startswith(f"Screenshot not saved: cannot write {tmp_path / 'missing'}"), shown
        assert "no such folder" in shown
    assert not (tmp_path / "missing").exists()


async def test_an_export_to_a_read_only_folder_names_the_file_and_the_cause_without_a_store_hint(
        tmp_path, monkeypatch) -> None:
    """On a read-only mount both the write and the clean-up of the temporary
    file fail with EROFS: still one line about the file, never `factdesk check`."""
    import errno
    from pathlib import Path

    store = make_store(tmp_path, URLS["safe"])
    real_write, real_unlink = Path.write_text, Path.unlink
    folder = tmp_path / "mounted-read-only"
    folder.mkdir()

    def refuse(method):
        def refused(self, *args, **kwargs):
            if self.parent == folder:
                raise OSError(errno.EROFS, "Read-only file system", str(self))
            return method(self, *args, **kwargs)
        return refused

    monkeypatch.setattr(Path, "write_text", refuse(real_write))
    monkeypatch.setattr(Path, "unlink", refuse(real_unlink))
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(folder / "facts")
        await pilot.press("c")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    [failed] = [m for m in messages if "Export failed" in m]
    assert str(folder / "facts.csv") in failed and "read-only file system" in failed
    assert ".part" not in failed and "factdesk check" not in failed


async def test_a_path_typed_in_one_burst_after_tab_is_the_path_never_format_keys(tmp_path) -> None:
    """tab and the path behind it arrive in one terminal read (typed fast, or
    pasted): the letters are the path — the c of 'docs' must not choose CSV
    and write the export to the proposed path."""
    from textual import events
    from textual.widgets import Input

    app = FactdeskApp(make_store(tmp_path, URLS["safe"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        path = dialog.query_one("#export-path", Input)
        typed = str(tmp_path / "docs")
        app.post_message(events.Key("tab", None))
        app.post_message(events.Key("ctrl+u", None))
        for char in typed:
            app.post_message(events.Key({"/": "slash", "_": "underscore", "-": "minus"}.get(char, char), char))
        await pilot.pause(0.3)
        assert app.screen is dialog and path.value == typed
        await pilot.press("enter")
        await settle(pilot)
    assert (tmp_path / "docs.csv").exists()


async def test_the_export_dialog_of_a_search_that_found_one_article_reads_as_english(tmp_path, monkeypatch) -> None:
    """It said "Export the matching facts of all 1 article found by “…”"."""
    from textual.widgets import Label

    from tests.app_helpers import type_query

    monkeypatch.chdir(tmp_path)
    app = FactdeskApp(make_store(tmp_path, URLS["safe"]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "工业投资")
        app.query_one(FactsTable).focus()
        await pilot.press("e")
        await settle(pilot)
        said = str(app.screen.query(Label).first().render())
        assert said == "Export the matching facts of the one article found by “工业投资” to:", said


async def test_an_export_of_a_search_of_article_fields_alone_takes_every_fact_the_pane_shows(tmp_path, monkeypatch) -> None:
    """date:2025-11 shows each article's facts in the pane and the dialog
    offered "the matching facts of all 418 articles", but wrote 0 facts: the
    query matched no fact by itself.  Every fact of the articles it finds is
    exported, as with -exclusions alone."""
    from tests.app_helpers import type_query

    monkeypatch.chdir(tmp_path)
    store = make_store(tmp_path, URLS["safe"])
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "date:2025-11")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        shown = [f["surface"] for f in app.query_one(FactsTable).shown]
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "month")
        await pilot.press("c")
        await settle(pilot)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "month.csv").read_text(encoding="utf-8"))))
    assert shown and [r["surface"] for r in rows] == shown
    for row in rows:
        assert_sourced(row)


async def test_an_export_to_a_name_too_long_says_so_briefly_without_a_store_hint(tmp_path) -> None:
    """A paragraph pasted as the file name (a name the system refuses as too
    long) failed before the write, where a store error would: the toast
    printed the whole pasted path, over the screen, and sent the user to
    `factdesk check` for a store that is fine."""
    store = make_store(tmp_path, URLS["safe"])
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / ("重庆产量增长" * 1700))
        await pilot.press("c")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    [failed] = [m for m in messages if "Export failed" in m]
    assert "file name too long" in failed and "factdesk check" not in failed
    assert str(tmp_path) in failed and failed.rstrip(")").count("…") == 1 and len(failed) < 300
    assert not list(tmp_path.rglob("*.part"))
