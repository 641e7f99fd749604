"""A store removed while the app shows it: reloading or reading says which
file is gone in plain words (``PATH: no such file or directory``), never
Python's ``[Errno 2] …``, and the app keeps running."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.notes import one_line

store_mod = pytest.importorskip("store")


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def test_an_os_error_reads_as_its_path_and_cause():
    assert one_line(FileNotFoundError(2, "No such file or directory", "/x/s.json")) == \
        "/x/s.json: no such file or directory"
    assert one_line(PermissionError(13, "Permission denied")) == "permission denied"
    assert one_line(ValueError("as it is")) == "as it is"


async def test_reloading_a_store_that_was_removed_names_the_file_in_plain_words(tmp_path: Path) -> None:
    db = tmp_path / "store" / "s.json"
    store = store_mod.open_store(db)
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shutil.rmtree(db.parent)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        messages = [note.message for note in app._notifications]
        assert messages and not any("Errno" in m for m in messages), messages
        assert any(f"{db}: no such file or directory" in m for m in messages), messages
