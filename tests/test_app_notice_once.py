"""A store's notice reaches the app twice — as the line the store writes to
stderr (shown by the app as a toast) and as a notice it keeps for the app —
and was shown twice: on a read-only store without its series table the
same three lines about it stood one above the other (walk28)."""

from __future__ import annotations

import sys

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.notes import show_notices

NOTICE = ("/srv/news/factdesk.json: the series table is missing, damaged or out of date and the store "
          "cannot be written (read-only file system): reading every article for it")


async def test_a_notice_said_on_stderr_and_kept_for_the_app_is_one_toast() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = len(app._notifications)
        sys.stderr.write(f"factdesk: {NOTICE}\n")  # as the store writes it (captured by the app)
        sys.stderr.flush()
        await settle(pilot)
        show_notices(app.main_screen, [NOTICE])
        await settle(pilot)
        shown = [note.message for note in app._notifications]
        assert shown.count(NOTICE) == 1, shown
        assert len(shown) == before + 1
