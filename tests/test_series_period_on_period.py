"""A rate against the period before (环比) is its own indicator: 3月份CPI
同比上涨0.1%，环比下降1.0% gave one indicator two figures for 2024-03, so
the conflicts view set +0.1% against −1% as one measurement two sources gave
differently, and the series drew both as March (walk28, on the bulk corpus's
CPI releases)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_cli import factdesk

RECORDS = [
    {"title": "一季度居民消费价格同比持平", "date": "2024-04-11", "source": "测试日报",
     "body": "3月份，全国居民消费价格指数同比上涨0.1%，环比下降1.0%。"},
    {"title": "3月份物价平稳", "date": "2024-04-12", "source": "测试晚报",
     "body": "3月份，全国居民消费价格指数同比上涨0.1%，其中食品价格下降2.7%。"},
]


def _store(tmp_path: Path) -> Path:
    page = tmp_path / "cpi.jsonl"
    page.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    db = tmp_path / "s" / "factdesk.json"
    assert factdesk(db, "ingest", str(page)).returncode == 0
    return db


def test_a_month_on_month_rate_is_no_conflict_with_the_year_on_year_one(tmp_path):
    db = _store(tmp_path)
    proc = factdesk(db, "conflicts", "居民消费价格", "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == ""  # both papers agree: +0.1% year on year
    rows = [json.loads(line) for line in factdesk(db, "series", "居民消费价格", "--json").stdout.decode().splitlines()]
    by_name: dict[str, list[float]] = {}
    for row in rows:
        by_name.setdefault(row["indicator"], []).append(row["value"])
    assert by_name == {"居民消费价格指数(CPI)": [0.1, 0.1], "居民消费价格指数(CPI)环比": [-1.0]}, rows


def test_a_change_in_points_against_last_month_keeps_its_indicator(tmp_path):
    """涨幅比上月扩大0.1个百分点 moves the year-on-year rate: no 环比 there."""
    page = tmp_path / "p.txt"
    page.write_text("# 物价\n\n2024年3月，全国居民消费价格指数同比上涨0.8%，涨幅比上月扩大0.1个百分点。\n", encoding="utf-8")
    db = tmp_path / "s" / "factdesk.json"
    assert factdesk(db, "ingest", str(page)).returncode == 0
    rows = [json.loads(line) for line in factdesk(db, "series", "居民消费价格", "--json").stdout.decode().splitlines()]
    assert rows and all(not row["indicator"].endswith("环比") for row in rows), rows
