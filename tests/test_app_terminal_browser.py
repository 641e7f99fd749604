"""`o` with a browser that runs in the terminal (lynx, w3m when there is no
display): it gets the terminal while it runs — started beside the app, it
drew over the panes and fought the app for the keys.  Where the app cannot
hand the terminal over, the URL is copied instead and said so."""

from __future__ import annotations

import webbrowser
from contextlib import contextmanager

import pytest

from tests.app_helpers import settle
from tui.app import FactdeskApp

from tests.test_app_exports import URLS, make_store


def Console(log: list[str]) -> webbrowser.GenericBrowser:
    """Stands for lynx: Python registers console browsers as GenericBrowser (foreground)."""
    browser = webbrowser.GenericBrowser("lynx")
    browser.open = lambda url, *a, **k: log.append(f"open {url}") or True  # type: ignore[method-assign]
    return browser


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_a_terminal_browser_runs_with_the_app_suspended(tmp_path, monkeypatch) -> None:
    log: list[str] = []
    monkeypatch.setattr(webbrowser, "get", lambda *a: Console(log))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: log.append("beside the app") or True)
    app = FactdeskApp(make_store(tmp_path, URLS["safe"]))

    @contextmanager
    def suspended():
        log.append("suspend")
        yield
        log.append("resume")

    monkeypatch.setattr(app, "suspend", suspended)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
    assert log == ["suspend", f"open {URLS['safe']}", "resume"]


async def test_where_the_terminal_cannot_be_handed_over_the_url_is_copied(tmp_path, monkeypatch) -> None:
    log: list[str] = []
    monkeypatch.setattr(webbrowser, "get", lambda *a: Console(log))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: log.append("beside the app") or True)
    app = FactdeskApp(make_store(tmp_path, URLS["safe"]))
    async with app.run_test(size=(120, 40)) as pilot:  # the headless driver cannot suspend
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        toasts = [n.message for n in app._notifications]
        assert app.clipboard == URLS["safe"]
    assert log == []  # never run beside the app
    assert any(t.startswith("Not opened: lynx runs in the terminal") for t in toasts), toasts
