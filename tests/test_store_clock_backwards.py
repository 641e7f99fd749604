"""A clock that goes backwards between two commits (an NTP step, a VM
restored from a snapshot, a laptop whose battery died: fault54).  Nothing
in the store is ordered by the wall clock — commits by their generation,
articles by their own dates — and a reader tells a commit it has not read
from the main file's identity (size, inode and time), never from a time
being later: a second commit whose files carry times before the first's
is seen by an open reader, listed in the order of the commits, found by
a search, and checks OK."""

from __future__ import annotations

import json
import os
import time

from store import open_store
from tui.cli import main


def _feed(path, titles_dates) -> None:
    path.write_text("".join(json.dumps({"title": t, "body": f"{t}增长{i}.5%。", "date": d}, ensure_ascii=False) + "\n"
                            for i, (t, d) in enumerate(titles_dates)), encoding="utf-8")


def _back_in_time(folder, seconds: float) -> None:
    """Every file of the store as written by a clock ``seconds`` behind."""
    when = time.time() - seconds
    for root, _dirs, files in os.walk(folder):
        for name in files:
            os.utime(os.path.join(root, name), (when, when))


def test_a_commit_made_with_the_clock_set_back_is_seen_and_listed_in_commit_order(tmp_path, capsys):
    db = tmp_path / "s.json"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _feed(first, [("旧闻", "2024-01-02"), ("中闻", "2024-06-01")])
    _feed(second, [("新闻", "2025-03-04"), ("更早", "2023-05-06")])
    assert main(["--db", str(db), "ingest", str(first)]) == 0
    reader = open_store(db, create=False)
    assert sorted(a["title"] for a in reader.articles()) == ["中闻", "旧闻"]
    assert main(["--db", str(db), "ingest", str(second)]) == 0
    _back_in_time(tmp_path, 86400)  # the second commit's files dated a day before the first's
    assert reader.changed_on_disk()
    reader.reload()
    assert sorted(a["title"] for a in reader.articles()) == ["中闻", "新闻", "旧闻", "更早"]
    capsys.readouterr()
    assert main(["--db", str(db), "articles", "--json"]) == 0
    listed = [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()]
    assert listed == ["旧闻", "中闻", "新闻", "更早"]  # the catalog's order: the commits', not the files' times
    assert main(["--db", str(db), "search", "增长", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert main(["--db", str(db), "check"]) == 0
