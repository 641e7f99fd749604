"""Earlier moves named after 继 (issue 10, sealed6's period misses): `这是美联储继今年六月和七月之后再次加息75
个基点` gave the new hike June–July, the months of the hikes before it.  Months (or any period) between 继
and 之后 are the earlier events', so they date no figure after them; and since the figure's own day is then
often unnamed in its clause, it gets no period rather than an older one (2008年以来 before it)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year", "rank")}


@pytest.mark.parametrize(("text", "date"), [
    ("这是美联储继今年六月和七月之后再次加息75个基点。", "2022-09-22"),
    ("欧洲央行继7月之后再次加息75个基点。", "2022-09-09"),
    ("利率水平升至2008年以来新高，这是继今年3月之后再次下调25个基点。", "2024-06-10"),
])
def test_months_of_earlier_moves_date_no_figure_after_them(text: str, date: str) -> None:
    assert set(periods(text, date).values()) == {None}


def test_a_figure_inside_the_earlier_move_keeps_its_period() -> None:
    assert periods("继去年第四季度萎缩0.3%之后，德国经济企稳。", "2024-04-30")["0.3%"] == "2023Q4"
