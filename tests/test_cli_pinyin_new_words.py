"""Pinyin finds the words of an article ingested a moment ago: the
vocabulary is counted once a thousand articles gather, so a commit spells
its own new articles' words (store.search.spell) meanwhile."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_cli import factdesk


def _write(path: Path, title: str, body: str) -> Path:
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return path


def test_a_name_in_a_file_ingested_today_is_found_by_its_pinyin(tmp_path):
    db = tmp_path / "fd.json"
    first = _write(tmp_path / "a.txt", "重庆工业经济平稳增长", "全市规模以上工业增加值同比增长5.2%。")
    assert factdesk(db, "ingest", str(first)).returncode == 0
    later = _write(tmp_path / "b.txt", "鄂尔多斯煤炭产量创新高",
                   "鄂尔多斯市前三季度原煤产量达到6.1亿吨，同比增长3.4%。")
    assert factdesk(db, "ingest", str(later)).returncode == 0
    for spelled in ("eerduosi", "meitan", "eeds"):
        out = factdesk(db, "search", spelled, "--json")
        assert out.returncode == 0, out.stderr
        assert "鄂尔多斯煤炭产量创新高" in out.stdout.decode(), (spelled, out.stderr.decode())
    # the first file's words were counted: still found
    assert "重庆工业经济平稳增长" in factdesk(db, "search", "chongqing", "--json").stdout.decode()


def test_a_polyphone_in_a_new_name_reads_as_its_word_does(tmp_path):
    db = tmp_path / "fd.json"
    assert factdesk(db, "ingest", str(_write(tmp_path / "a.txt", "全市经济运行", "工业增长5%。"))).returncode == 0
    later = _write(tmp_path / "b.txt", "兴业银行行长访问长寿", "兴业银行营业收入增长8%。")
    assert factdesk(db, "ingest", str(later)).returncode == 0
    found = factdesk(db, "search", "xingyeyinhang", "--json").stdout.decode()
    assert "兴业银行行长访问长寿" in found
