"""The store being written is no input: a folder walk leaves out its files
without a word (its main file, its ``.d`` folder, its lock and what is kept
aside beside it).  With the default store kept among the news
(``~/news/factdesk.json``), ``factdesk ingest ~/news`` said four or more
"skipped" lines of the store's own files and exited 1 every time, so a cron
job could not tell a good ingest from a failed one.  Another store found
among the news is still said (and exit 1)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_cli import factdesk, stderr_lines

PAGE = "# 第{n}页\n\n全市增加值增长{n}.5%，新增企业1200余家。\n"


def test_ingesting_the_folder_that_holds_the_store_says_nothing_of_the_stores_files(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    db = news / "factdesk.json"
    (news / "one.txt").write_text(PAGE.format(n=1), encoding="utf-8")
    assert factdesk(db, "ingest", str(news)).returncode == 0
    (db.parent / (db.name + ".damaged-20260101T000000")).write_bytes(b"kept aside")
    (news / "two.txt").write_text(PAGE.format(n=2), encoding="utf-8")
    again = factdesk(db, "ingest", str(news))
    assert again.returncode == 0, again.stderr.decode()
    assert stderr_lines(again) == [], stderr_lines(again)
    assert "ingested   1 file: 1 article" in again.stdout.decode()


def test_a_store_created_inside_the_folder_being_ingested_is_left_out_too(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text(PAGE.format(n=1), encoding="utf-8")
    db = news / "store" / "factdesk.json"
    run = factdesk(db, "ingest", str(news))
    assert run.returncode == 0 and stderr_lines(run) == [], stderr_lines(run)
