"""unit:亿元 finds the figures in 亿元: units are stored without their 万/亿
(3亿元 is 300,000,000 元, as >1亿元 reads), and unit:亿元 — what a reader
types after seeing 超千亿元 — silently found nothing.  千瓦 stays a unit of
its own."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_cli import factdesk


def test_a_unit_filter_reads_past_the_magnitude(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("鹦鹉螺公司年报\n鹦鹉螺公司营收达到3亿元，利润5000万元，装机容量120千瓦，售出2万辆。\n", encoding="utf-8")
    db = tmp_path / "fd.json"
    assert factdesk(db, "ingest", str(src)).returncode == 0

    def found(query: str) -> list[str]:
        done = factdesk(db, "facts", "--json") if not query else factdesk(db, "search", query, "--json")
        assert done.returncode == 0, done.stderr.decode()
        return [f["surface"] for line in done.stdout.decode().splitlines()
                for f in json.loads(line)["facts"]]

    assert found("unit:亿元") == found("unit:元") == found("unit:万元") == ["3亿元", "5000万元"]
    assert found("unit:万辆") == ["2万辆"] and found("unit:千瓦") == ["120千瓦"]
    series = factdesk(db, "series", "unit:亿元", "--csv")
    assert series.returncode == 0 and len(series.stdout.decode().splitlines()) == 3
