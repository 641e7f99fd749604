"""`factdesk ingest` of a file holding the same record more than once (the
same content key: store.ingest.content_key) stores it once and says so in
one line on stderr — how many repeats were left out and where, as
file:line of the first few — with the exit status unchanged (0) and the
count in `--json`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_cli import factdesk, stderr_lines

RECORD = {"title": "全市经济运行情况", "body": "全市地区生产总值同比增长5.7%。"}


def _archive(path: Path, copies: int) -> Path:
    lines = [RECORD, {"title": "另一篇", "body": "全区新增企业300家。"}] + [RECORD] * copies
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    return path


def test_repeats_are_said_in_one_line_with_where_and_the_status_stays_zero(tmp_path):
    archive = _archive(tmp_path / "feed.jsonl", 2)
    result = factdesk(tmp_path / "s" / "f.json", "ingest", str(archive))
    assert result.returncode == 0
    [line] = stderr_lines(result)
    assert line.startswith("factdesk: 2 repeated records left out")
    assert f"({archive}:3, {archive}:4)" in line
    assert "2 articles" in result.stdout.decode()


def test_the_first_few_are_named_and_the_rest_counted(tmp_path):
    archive = _archive(tmp_path / "feed.jsonl", 5)
    [line] = stderr_lines(factdesk(tmp_path / "s" / "f.json", "ingest", str(archive)))
    assert line.startswith("factdesk: 5 repeated records") and f"{archive}:5 …)" in line and ":6" not in line


def test_json_carries_the_count(tmp_path):
    archive = _archive(tmp_path / "feed.jsonl", 1)
    result = factdesk(tmp_path / "s" / "f.json", "ingest", "--json", str(archive))
    record = json.loads(result.stdout.decode())
    assert result.returncode == 0 and record["repeated"] == 1 and record["added"] == 2 and record["skipped"] == []
    again = json.loads(factdesk(tmp_path / "s" / "f.json", "ingest", "--json", str(archive)).stdout.decode())
    assert again["unchanged"] == [str(archive.name)] and again["repeated"] == 0


def test_a_file_without_repeats_says_nothing(tmp_path):
    archive = _archive(tmp_path / "feed.jsonl", 0)
    result = factdesk(tmp_path / "s" / "f.json", "ingest", str(archive))
    assert result.returncode == 0 and stderr_lines(result) == []

