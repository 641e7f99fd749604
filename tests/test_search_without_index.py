"""A search that cannot build its index (its folder taken by a file or a
folder of the wrong kind, a full disk, a read-only store) reads every
article instead: the line saying so also says that pinyin, which needs the
index's vocabulary, matches nothing until the index is built again."""

from __future__ import annotations

import json

from tests.helpers_cli import factdesk, stderr_lines


def _store_whose_index_cannot_be_written(tmp_path, title: str):
    """A store of one article whose index folder holds a folder where its manifest file belongs."""
    db = tmp_path / "s.json"
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": title, "body": "全市生产总值3.2万亿元。"},
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    assert factdesk(db, "ingest", str(tmp_path / "a.jsonl")).returncode == 0
    index = tmp_path / "s.json.d" / "index"
    for child in index.iterdir():
        child.unlink()
    (index / "manifest.json").mkdir()
    return db


def test_without_its_index_search_says_pinyin_matches_nothing_and_still_finds_chinese(tmp_path):
    db = _store_whose_index_cannot_be_written(tmp_path, "重庆经济")
    found = factdesk(db, "search", "重庆")
    assert found.returncode == 0 and "重庆经济" in found.stdout.decode()
    [line] = stderr_lines(found)
    assert "searching every article without it" in line and "pinyin such as cq matches nothing" in line


def test_a_search_finding_nothing_without_its_index_does_not_suggest_the_pinyin_it_just_turned_off(tmp_path):
    """The no-match hint said "try pinyin such as changshou" right under the
    line saying pinyin matches nothing: advice that cannot work."""
    db = _store_whose_index_cannot_be_written(tmp_path, "长寿经济")
    found = factdesk(db, "search", "changshou")
    assert found.returncode == 0 and found.stdout == b""
    notice, hint = stderr_lines(found)
    assert "pinyin such as cq matches nothing" in notice
    assert hint.startswith("no match") and "changshou" not in hint and "kind:money" in hint
    assert "pinyin is off" in hint
