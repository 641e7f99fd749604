"""归属于上市公司股东的净利润 names no company: two companies' profits told
so are not one company's figures given differently by two papers."""

from __future__ import annotations

import json

from tests.helpers_cli import factdesk


def test_profit_owed_to_the_listed_companys_shareholders_names_no_company(tmp_path):
    db = tmp_path / "fd.json"
    for name, company, value in (("a.txt", "甲科技", "3560万元"), ("b.txt", "乙航天", "4759.72元")):
        (tmp_path / name).write_text(f"{company}发布2025年年报\n2025年，公司实现营业收入1.2亿元；"
                                     f"归属于上市公司股东的净利润{value}。\n", encoding="utf-8")
        assert factdesk(db, "ingest", str(tmp_path / name)).returncode == 0
    out = factdesk(db, "conflicts", "净利润", "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert rows, out.stderr.decode()
    assert all(r.get("entity") != "归属于上市公司" for r in rows), rows
    text = factdesk(db, "conflicts", "净利润").stdout.decode()
    assert "归属于上市公司·" not in text and "(no place or company named)" in text, text


def test_anniversaries_are_occasions_not_measurements(tmp_path):
    db = tmp_path / "fd.json"
    for name, who, years in (("a.txt", "中德", "50"), ("b.txt", "中乌", "60")):
        (tmp_path / name).write_text(f"习近平就{who}建交互致贺电\n2022年是两国建交{years}周年。\n", encoding="utf-8")
        assert factdesk(db, "ingest", str(tmp_path / name)).returncode == 0
    out = factdesk(db, "conflicts", "--json")
    assert out.returncode == 0 and b"\\u5468\\u5e74" not in out.stdout and "周年" not in out.stdout.decode(), out.stdout
