"""A search that shows the first page of what it found says so.

`factdesk search '利率 >10bp' --csv` on the bulk store wrote the 38 facts
of the first 20 articles where 77 matched (--limit's default), and nothing
on stderr told the script — or the reader of the lines — that the rest was
left out.  Now one line on stderr says how many were shown of how many and
that --limit 0 gives all; stdout is unchanged, and exit 0.
"""

from __future__ import annotations

import json

import pytest

from tests.test_cli import run


@pytest.fixture
def db(tmp_path, capsys) -> str:
    records = [{"title": f"第{n}家银行下调利率", "body": f"第{n}家银行贷款利率下调{10 + n}个基点。", "date": "2025-05-20",
                "source": "报"} for n in range(1, 6)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "--db", db, "ingest", str(feed))[0] == 0
    return db


@pytest.mark.parametrize("form", [(), ("--csv",), ("--json",)])
def test_a_first_page_says_how_many_it_left_out(capsys, db, form):
    code, out, err = run(capsys, "--db", db, "search", "利率", "--limit", "2", *form)
    assert code == 0 and out
    assert err == "2 of 5 articles shown (--limit 2); --limit 0 for all\n"


def test_all_of_them_say_nothing_more(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "利率", "--limit", "0", "--csv")
    assert code == 0 and out.count("个基点") >= 5 and err == ""
    assert run(capsys, "--db", db, "search", "利率", "--limit", "5")[2] == ""
