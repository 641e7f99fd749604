"""A conflict of changes is signed as a series is: two papers giving 重庆's
GDP growth as 增长6.1% and 增长5.7% were listed as 6.1% and 5.7%, which
read as levels (a share, a rate) beside the level's conflicts, while a fall
of the same indicator showed -1.5%.  A rise is +6.1%, the heading says the
figures are changes, and --json says which measure a conflict is of."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable

from store import open_store
from tests.app_helpers import settle
from tests.test_cli import run
from tui.app import FactdeskApp
from tui.screens.series import ConflictsScreen

GROWTH = [
    ("重庆经济稳中向好", "2024年，重庆地区生产总值同比增长6.1%。"),
    ("西部城市经济盘点", "2024年，重庆地区生产总值同比增长5.7%。"),
]


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"title": t, "body": b, "date": "2025-01-20", "source": "重庆日报"},
                                         ensure_ascii=False) for t, b in GROWTH), encoding="utf-8")
    db = tmp_path / "s.json"
    open_store(db, seed=False).ingest([path])
    return db


def test_the_command_line_signs_the_rises_of_a_conflict_of_changes(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(_store(tmp_path)), "conflicts")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "重庆·地区生产总值（2024年，%，change）"
    assert sorted(line.split()[0] for line in lines[1:]) == ["+5.7%", "+6.1%"]


def test_json_says_the_conflict_is_of_changes(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(_store(tmp_path)), "conflicts", "--json")
    (group,) = [json.loads(line) for line in out.splitlines()]
    assert group["measure"] == "change" and sorted(v["value"] for v in group["values"]) == [5.7, 6.1]


async def test_the_conflicts_view_signs_the_rises(tmp_path):
    app = FactdeskApp(open_store(_store(tmp_path), seed=False))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        table = app.screen.query_one(DataTable)
        text = str(table.get_row_at(0)[2])
        assert sorted(side.split("（")[0] for side in text.split(" ≠ ")) == ["+5.7%", "+6.1%"]


def test_conflicts_as_csv_give_one_row_per_figure_with_its_measure(capsys, tmp_path):
    """conflicts had lines and JSON Lines only, while series and facts had CSV."""
    import csv
    import io

    from tui.series_output import CONFLICT_COLUMNS

    db = str(_store(tmp_path))
    code, out, err = run(capsys, "--db", db, "conflicts", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and err == "" and tuple(next(csv.reader(io.StringIO(out)))) == CONFLICT_COLUMNS
    assert sorted((r["indicator"], r["entity"], r["period"], r["value"], r["measure"]) for r in rows) == [
        ("地区生产总值", "重庆", "2024", "5.7", "change"), ("地区生产总值", "重庆", "2024", "6.1", "change")]
    code, out, err = run(capsys, "--db", db, "conflicts", "不存在的指标", "--csv")
    assert (code, out.strip(), err) == (0, ",".join(CONFLICT_COLUMNS), "")
