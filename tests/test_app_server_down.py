"""A PostgreSQL server that stops under the app is one toast saying what
helps — start the server, then reload — never "run factdesk check", which
would fail the same way and send the user to repair a store that is whole."""

from __future__ import annotations

from store import ServerError
from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp

DOWN = "postgresql://u@host:5432/db: no server is listening (connection refused)"


class StoppedServer(FakeStore):
    stopped = False

    def article(self, article_id):
        if self.stopped:
            raise ServerError(DOWN)
        return super().article(article_id)

    def search(self, *args, **kwargs):
        if self.stopped:
            raise ServerError(DOWN)
        return super().search(*args, **kwargs)


async def test_a_stopped_server_says_to_start_it_and_reload_not_to_check() -> None:
    store = StoppedServer()
    app = FactdeskApp(store)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        store.stopped = True
        await type_query(pilot, "产量")
        await pilot.press("escape")
        await pilot.press("j")
        await settle(pilot)
        said = [note.message for note in app._notifications]
        assert said and all(DOWN in m for m in said), said
        assert all("start the server" in m and "press r to reload" in m for m in said), said
        assert not any("factdesk check" in m for m in said), said
