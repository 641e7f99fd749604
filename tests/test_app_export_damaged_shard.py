"""Exporting a search whose results reach a damaged shard file writes the
facts it can read and says which file's facts are left out — the whole
export failed with the shard's line, though the other articles' facts
were there (walk28; the command line's search --csv does the same)."""

from __future__ import annotations

import csv
import json

import pytest

from store.db.shards import read_shard_file
from tests.app_helpers import settle, wait_until
from tui.app import FactdeskApp

store_mod = pytest.importorskip("store")


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_an_export_over_a_damaged_shard_writes_the_rest_and_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [{"title": f"第{n}号快报", "body": f"全市第{n}批项目完成投资{n + 10}亿元。", "date": "2025-11-24",
                "source": "山城日报"} for n in range(1, 9)]
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                         encoding="utf-8")
    db = tmp_path / "s" / "s.json"
    store = store_mod.open_store(db, seed=False)
    assert store.ingest([tmp_path / "news.jsonl"]).added == 8
    ids = [a["id"] for a in store.catalog()]
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    shards = [db.with_name(db.name + ".d") / "shards" / name for name in meta["shards"].values()]
    held = {path: [aid for aid in ids if aid in str(read_shard_file(path))] for path in shards}
    shard, lost = next((p, h) for p, h in held.items() if 0 < len(h) < len(ids))
    store.search("投资")  # the index is built before the damage
    store = store_mod.open_store(db, seed=False)
    shard.write_bytes(bytes(b ^ 0x5A for b in shard.read_bytes()))
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kind:money")
        await settle(pilot)
        await pilot.press("tab")  # out of the search box, the search kept
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "out")
        await pilot.press("c")
        written = tmp_path / "out.csv"
        await wait_until(pilot, written.exists)
        await settle(pilot)
        rows = list(csv.DictReader(written.open(encoding="utf-8")))
        assert {row["article_id"] for row in rows} == set(ids) - set(lost)
        said = [n.message for n in app._notifications]
        assert any("Exported" in m and shard.name in m and "damaged" in m for m in said), said
    assert shard.exists()  # kept as it is, for check --fix
