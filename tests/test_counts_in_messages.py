"""Every count a person reads agrees with its number: "1 article", never
"1 articles" nor "1 article(s)" — in the app's status line and in the
command's reports."""

from __future__ import annotations

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tests.test_cli import run
from tui.app import FactdeskApp


def test_counted_says_one_in_the_singular_and_every_other_number_in_the_plural() -> None:
    from store import counted

    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(2, "fact") == "2 facts"
    assert counted(12345, "figure") == "12,345 figures"
    assert counted(3, "match") == "3 matches"
    assert counted(2, "source file") == "2 source files"


async def test_the_status_line_of_a_store_of_one_article_with_one_fact_says_so_in_the_singular() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        status = app.query_one("#status")
        status.update_status("/tmp/one.json", 1, 1, [])
        await settle(pilot)
        line = "".join(segment.text for segment in status.render_line(0))
        assert "1 article · 1 fact" in line and "1 articles" not in line and "1 facts" not in line
        status.update_status("/tmp/two.json", 2, 1234, [])
        await settle(pilot)
        assert "2 articles · 1,234 facts" in "".join(segment.text for segment in status.render_line(0))


def test_the_commands_report_one_file_article_and_fact_in_the_singular(capsys, tmp_path) -> None:
    page = tmp_path / "one.txt"
    page.write_text("长寿湖步道开放\n\n全市新增步道12公里。\n", encoding="utf-8")
    db = str(tmp_path / "store" / "factdesk.json")
    code, out, _ = run(capsys, "--db", db, "ingest", str(page))
    assert code == 0 and out.startswith("ingested   1 file: 1 article, 1 fact"), out
    code, out, _ = run(capsys, "--db", db, "articles")
    assert code == 0 and "   1 fact   长寿湖步道开放" in out, out
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "1 source, 1 article, 1 fact; OK" in out, out
    for line in out.splitlines():
        assert "(s)" not in line


def test_check_fix_says_the_one_damaged_shard_file_kept_in_the_singular(capsys, tmp_path) -> None:
    page = tmp_path / "one.txt"
    page.write_text("长寿湖步道开放\n\n全市新增步道12公里。\n", encoding="utf-8")
    db = tmp_path / "store" / "factdesk.json"
    assert run(capsys, "--db", str(db), "ingest", str(page))[0] == 0
    [shard] = [p for p in (db.parent / "factdesk.json.d" / "shards").iterdir() if ".json" in p.name]
    shard.write_bytes(b"\0" * shard.stat().st_size)
    code, out, _ = run(capsys, "--db", str(db), "check", "--fix")
    assert code == 0 and "the damaged shard file was kept in" in out, out
    assert "rebuilt 1 article of one.txt" in out and "(s)" not in out, out
