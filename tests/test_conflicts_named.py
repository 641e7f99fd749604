"""A conflict says what its figures measure.  A name with no place or
company (营业收入, 净利润) is said to be one, and every figure is shown with
the article that gives it: two companies' revenue read the same name, and
the same paper on the same day gives no way to tell the sources apart."""

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

COMPANIES = [
    ("晶丰明源实控人方拟套现5.5亿", "2025年，公司实现营业收入15.7亿元。"),
    ("航天环宇实控人等拟套现2.2亿", "2025年，公司实现营业收入4.58亿元。"),
]
CITIES = [
    ("重庆经济稳中向好", "2024年，重庆地区生产总值3.22万亿元。"),
    ("西部城市经济盘点", "2024年重庆地区生产总值3.19万亿元。"),
]


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def _store(tmp_path: Path, records) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"title": t, "body": b, "date": "2026-06-12", "source": "中国经济网"},
                                         ensure_ascii=False) for t, b in records), encoding="utf-8")
    db = tmp_path / "s.json"
    open_store(db, seed=False).ingest([path])
    return db


def test_the_command_line_says_a_name_has_no_place_or_company(capsys, tmp_path):
    db = _store(tmp_path, COMPANIES + CITIES)
    code, out, _ = run(capsys, "--db", str(db), "conflicts")
    assert code == 0
    heads = [line for line in out.splitlines() if not line.startswith(" ")]
    assert "营业收入 (no place or company named)（2025年，元）" in heads
    assert "重庆·地区生产总值（2024年，元）" in heads  # a named place needs no word


async def test_the_conflicts_view_names_each_figures_article_and_says_what_is_unnamed(tmp_path):
    app = FactdeskApp(open_store(_store(tmp_path, COMPANIES + CITIES), seed=False))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        table = screen.query_one(DataTable)
        rows = {str(table.get_row_at(n)[0]): str(table.get_row_at(n)[2]) for n in range(table.row_count)}
        assert set(rows) == {"营业收入 (no place or company named)", "重庆·地区生产总值"}
        revenue = rows["营业收入 (no place or company named)"]
        assert "《晶丰明源实控人方拟套现5.5亿》" in revenue and "《航天环宇实控人等拟套现2.2亿》" in revenue
        assert "《重庆经济稳中向好》" in rows["重庆·地区生产总值"]


def _head(screen: ConflictsScreen) -> str:
    from textual.widgets import Static

    return str(screen.query_one("#conflicts-head", Static).render())


@pytest.mark.parametrize(("records", "explained"), [(COMPANIES + CITIES, True), (CITIES, False)])
async def test_the_conflicts_view_says_what_the_unnamed_mark_means_when_it_shows_one(tmp_path, records, explained):
    app = FactdeskApp(open_store(_store(tmp_path, records), seed=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        head = _head(app.screen)
        assert "with sources that disagree" in head
        said = "(no place or company named): its figures may concern several places or companies" in head
        assert said is explained, head
