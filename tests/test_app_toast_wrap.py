"""A toast wraps its message between characters, never inside a figure or
a path's number (walk22: the export toast read …签约项目1 / 59个-… at 80×24:
Textual folds a run of Chinese at any cell)."""

from __future__ import annotations

import re

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from textual.geometry import Region
from tui.app import FactdeskApp

MESSAGE = ("Exported 61 facts to /tmp/fd/factdesk-2025中国产业转移发展对接活动-重庆-举行-签约项目159个-金额超千亿.csv; "
           "归属于上市公司股东的净利润4,759.72元，同比减少64.10%，营业收入12,345.67万元")
SPLIT = re.compile(r"[0-9][.,%-]?$")


@pytest.mark.parametrize("size", [(80, 24), (97, 30), (200, 50)])
async def test_a_toast_never_splits_a_figure(size: tuple[int, int]) -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.toasts.say("export", MESSAGE, title="Export", timeout=30)
        await settle(pilot)
        from textual.widgets._toast import Toast

        toast = app.screen.query_one(Toast)
        lines = [strip.text.rstrip() for strip in toast.render_lines(Region(0, 0, toast.outer_size.width, toast.outer_size.height))]
        text = "".join(line.strip(" ▌") for line in lines)
        for figure in ("159个", "4,759.72元", "64.10%", "12,345.67万元"):
            assert figure in text, (figure, lines)  # all of it shown: the height fits the wrapped lines
            assert any(figure in line for line in lines), (figure, lines)  # on one line, with its unit
        for a, b in zip(lines, lines[1:]):
            assert not (SPLIT.search(a.rstrip(" ▌")) and re.match(r"[ ▌]*[0-9.,%]", b)), (a, b)
        assert app.toasts.showing("export") == MESSAGE  # the message itself is unchanged
