"""A record dated after tomorrow (a feed's clock set wrong, a year typed
2099) is kept as dated — it is a calendar date — but said in one line
naming where, since its relative periods (今年, 上年同期) are read against
that date: a figure of 今年 in an article dated 2099 is stored for 2099.
No problem (exit 0); a date of today or tomorrow (a paper of another time
zone) is not said."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from store.ingest.record_notes import RecordNotes
from tests.helpers_cli import factdesk, stderr_lines


def test_dates_after_tomorrow_are_noted_and_today_or_tomorrow_are_not() -> None:
    today = datetime.date(2026, 12, 7)
    notes = RecordNotes()
    for where, date in enumerate(["2026-12-07", "2026-12-08", "2026-12-09", "2099-12-31", None], start=1):
        notes.date_seen(where, date, today)
    assert notes.future == [(3, "2026-12-09"), (4, "2099-12-31")]
    line = notes.future_line("feed.jsonl")
    assert line is not None and line.startswith("2 records dated after today (feed.jsonl:3 2026-12-09, "
                                                 "feed.jsonl:4 2099-12-31)")
    assert "今年" in line and "\n" not in line


def test_an_ingest_of_a_future_dated_record_keeps_it_and_says_so_once(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"title": "未来", "body": "今年全市增加值增长5.7%。", "date": "2099-12-31"},
            {"title": "今天", "body": "全市增加值增长5.8%。", "date": datetime.date.today().isoformat()}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "factdesk.json"
    run = factdesk(db, "ingest", str(feed))
    assert run.returncode == 0, run.stderr.decode()
    [line] = stderr_lines(run)
    assert "1 record dated after today" in line and "2099-12-31" in line and "Traceback" not in line
    assert "ingested   1 file: 2 articles" in run.stdout.decode()
