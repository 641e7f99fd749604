"""Search results of equal rank come in one order, whatever the order of the
documents in the search index: by tier, score and date, then by article id.
Before, ties came in index order, so rebuilding the index (``check --fix``
after a damaged or missing index, a copy to another store) reordered them —
a script paging through ``--limit``/``--json`` output, or a reader comparing
two runs, saw articles move."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers_cli import factdesk

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures (skips without PostgreSQL)

FILLER = ("城市", "交通", "教育", "医疗", "文化", "生态", "服务", "产业", "市场", "项目")


def _ids(db: Path, query: str, *extra: str) -> list[str]:
    proc = factdesk(db, "search", query, "--json", *extra)
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line)["article_id"] for line in proc.stdout.decode().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """Ten articles of one date, each naming 学校 once in its body (equal
    score), and two that name it twice (a higher score), in one file."""
    folder = tmp_path_factory.mktemp("ties")
    lines = []
    for i, word in enumerate(FILLER):
        twice = "学校" * (2 if i in (3, 7) else 1)
        body = f"{word}{word}部门今天介绍，本区{twice}建设{word}进展顺利。"
        lines.append(json.dumps({"title": f"{word}简讯", "body": body, "date": "2024-05-06",
                                 "source": "测试日报"}, ensure_ascii=False))
    (folder / "ties.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "store" / "factdesk.json"
    assert factdesk(db, "ingest", str(folder / "ties.jsonl")).returncode == 0
    return db


def test_ties_of_score_and_date_come_in_article_id_order(store):
    proc = factdesk(store, "search", "学校", "--json")
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == 10
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]
    for score in set(scores):
        tied = [r["article_id"] for r in rows if r["score"] == score]
        assert tied == sorted(tied), (score, tied)


def test_a_limited_page_is_the_head_of_the_full_order(store):
    full = _ids(store, "学校")
    for n in (1, 3, 5):
        assert _ids(store, "学校", "--limit", str(n)) == full[:n]


def test_a_rebuilt_index_gives_ties_in_the_same_order(store, tmp_path):
    before = {q: _ids(store, q) for q in ("学校", "部门", "date:2024-05")}
    copy = tmp_path / "store"
    shutil.copytree(store.parent, copy)
    db = copy / store.name
    shutil.rmtree(copy / f"{store.name}.d" / "index")
    assert factdesk(db, "check", "--fix").returncode == 0
    assert {q: _ids(db, q) for q in before} == before


def test_postgresql_ranks_ties_as_the_file_store_does(store, pg_url):
    source = store.parent.parent / "ties.jsonl"
    assert factdesk(None, "--db", pg_url, "ingest", str(source)).returncode == 0
    for query in ("学校", "部门", "date:2024-05"):
        proc = factdesk(None, "--db", pg_url, "search", query, "--json")
        ids = [json.loads(line)["article_id"] for line in proc.stdout.decode().splitlines() if line.strip()]
        assert ids == _ids(store, query), query


def test_an_ids_number_sorts_as_the_id_does():
    from store.search.id_keys import id_number

    ids = ["0d60bc0efeb7836c", "0d59e048d2f1fd6a", "ffffffffffffffff", "0000000000000000", "7e6bd4f4132087ef"]
    assert sorted(ids, key=id_number) == sorted(ids)
    others = ["doc-2", "doc-10", "文章1"]  # not made by factdesk: deterministic, by their first 8 bytes
    assert sorted(others, key=id_number) == sorted(others, key=lambda i: i.encode()[:8])
