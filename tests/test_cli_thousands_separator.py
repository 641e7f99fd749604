"""A number searched with thousands separators finds it written without
them and the reverse: the app shows 4759.72 as 4,759.72, and a user who
types back what they see must find it."""

from __future__ import annotations

from tests.helpers_cli import factdesk


def test_a_number_matches_with_or_without_its_thousands_separators(tmp_path):
    db = tmp_path / "fd.json"
    page = tmp_path / "a.txt"
    page.write_text("航天公司发布年报\n归属于上市公司股东的净利润4759.72元，发行数量为1,540万股。\n", encoding="utf-8")
    assert factdesk(db, "ingest", str(page)).returncode == 0
    for query in ("4,759.72", "4759.72", "1540万股", "1,540万股"):
        out = factdesk(db, "search", query, "--json")
        assert out.returncode == 0 and "航天公司发布年报" in out.stdout.decode(), (query, out.stderr.decode())
    left = factdesk(db, "search", "年报", "-4,759.72", "--json")
    assert left.returncode == 0 and left.stdout == b"", left.stdout
    # a year is never read as 2,024
    from store.search.script import script_forms
    assert script_forms("2024年") == ("2024年",) and script_forms("2024") == ("2024",)
