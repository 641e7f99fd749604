"""`--json` and `--csv` keep one schema, the one the README's table
documents: every record of a command has the same fields, null (or [], {},
false) when it has nothing to say.  `articles --json` left `url`, `meta` and
`title_derived` out of the records without them — a page's articles had
neither, a JSON Lines record with a title no `title_derived` — so one stream
held several schemas."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.test_cli import run

README = Path(__file__).resolve().parents[1] / "README.md"

RECORDS = [  # two papers giving a figure differently (a conflict), one record with no title, one with a url
    {"title": "甲市经济运行情况", "body": "2024年，甲市地区生产总值3.22万亿元，同比增长5.8%。", "date": "2025-01-20",
     "source": "甲报", "url": "https://example.org/a"},
    {"title": "甲市去年经济数据发布", "body": "2024年，甲市地区生产总值3.19万亿元，同比增长5.6%。", "date": "2025-01-21",
     "source": "乙报"},
    {"title": "", "body": "今年以来，甲市新能源汽车产量达到12万辆，同比增长30%。", "date": "2025-02-01", "source": "丙报"},
]


def documented() -> dict[str, list[str]]:
    """The README's table: each output's field names, in order."""
    text = README.read_text(encoding="utf-8")
    table = text.split("### What `--json` and `--csv` hold", 1)[1].split("\n\n")[2]
    fields: dict[str, list[str]] = {}
    for row in table.splitlines()[2:]:
        output, names = row.strip("| ").split(" | ", 1)
        names = re.sub(r"\([^)]*\)", "", names)  # a note in brackets names values, not fields
        fields[output] = re.findall(r"`([a-z_]+)`", names.split(":")[0] if "values" in names else names)
    return fields


def field_list(fields: dict[str, list[str]], starts: str) -> list[str]:
    return next(names for output, names in fields.items() if output.startswith(starts))


@pytest.fixture
def db(capsys, seeded, store_path, tmp_path) -> str:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(store_path), "ingest", str(feed))
    assert code == 0, err
    return str(store_path)


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_every_article_record_has_the_documented_fields(capsys, db):
    names = field_list(documented(), "`articles --json`")
    code, out, _ = run(capsys, "--db", db, "articles", "--json")
    records = lines(out)
    assert code == 0 and len(records) == 7  # the seed's four, the feed's three
    assert all(list(r) == names for r in records), {tuple(r) for r in records}
    assert {r["url"] for r in records} == {None, "https://example.org/a"}
    assert {r["title_derived"] for r in records} == {False, True}
    code, out, _ = run(capsys, "--db", db, "show", records[0]["id"], "--json")
    assert list(lines(out)[0]) == names


def test_every_fact_record_has_the_documented_fields(capsys, db):
    names = field_list(documented(), "`facts --json`")
    code, out, _ = run(capsys, "--db", db, "facts", "--json")
    assert code == 0 and all(list(r) == names for r in lines(out))
    code, out, _ = run(capsys, "--db", db, "facts", "--csv")
    assert next(csv.reader(io.StringIO(out))) == names
    code, out, _ = run(capsys, "--db", db, "search", "地区生产总值", "--json")
    hits = lines(out)
    assert [list(h) for h in hits] == [field_list(documented(), "`search --json`")] * len(hits) and hits
    assert all(list(f) == names for h in hits for f in h["facts"])
    code, out, _ = run(capsys, "--db", db, "search", "地区生产总值", "--csv")
    assert next(csv.reader(io.StringIO(out))) == names + field_list(documented(), "`search --csv`")


def test_series_and_conflicts_have_the_documented_fields(capsys, db):
    fields = documented()
    rows = field_list(fields, "`series --json`")
    code, out, _ = run(capsys, "--db", db, "series", "地区生产总值", "--json")
    assert code == 0 and lines(out) and all(list(r) == rows for r in lines(out))
    for command in ("series", "conflicts"):
        code, out, _ = run(capsys, "--db", db, command, "地区生产总值", "--csv")
        assert next(csv.reader(io.StringIO(out))) == rows
    code, out, _ = run(capsys, "--db", db, "conflicts", "地区生产总值", "--json")
    conflicts = lines(out)
    table = next(row for row in README.read_text(encoding="utf-8").splitlines() if row.startswith("| `conflicts --json`"))
    group, values = table.split(" | ", 1)[1].split("`values`", 1)
    assert conflicts and all(list(c) == [*re.findall(r"`([a-z_]+)`", group), "values"] for c in conflicts)
    assert all(list(v) == re.findall(r"`([a-z_]+)`", values) for c in conflicts for v in c["values"])


def test_check_and_ingest_records_have_the_documented_fields(capsys, db, tmp_path):
    code, out, _ = run(capsys, "--db", db, "check", "--json")
    assert list(lines(out)[0]) == field_list(documented(), "`check --json`")
    one = tmp_path / "one.txt"
    one.write_text("乙市消息\n乙市今年粮食产量达到50万吨。\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "ingest", str(one), "--json")
    assert list(lines(out)[0]) == field_list(documented(), "`ingest --json`")
