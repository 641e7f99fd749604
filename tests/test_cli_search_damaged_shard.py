"""A search over a store with one damaged shard file answers with what it
can read: the index finds every article, the facts the damaged file holds
are left out, one line on stderr names the file and the fix, exit 1.  One
damaged file among many used to take the whole answer with it (nothing on
standard output), and a search whose results missed it said nothing at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from store.db.shards import read_shard_file
from tests.helpers_cli import factdesk, stderr_lines

REPORTS = [f"# 第{n}号快报\n\n全市第{n}批项目完成投资{n + 10}亿元，新增企业{n * 7}家。\n" for n in range(1, 9)]


@pytest.fixture
def damaged(tmp_path) -> tuple[Path, str, list[str]]:
    """A store of eight reports with its index, the shard file of one of them
    overwritten in place (same size: only its checksum tells), that report's
    id and the ids of the reports in other shard files."""
    pages = []
    for n, text in enumerate(REPORTS, 1):
        page = tmp_path / f"r{n}.txt"
        page.write_text(text, encoding="utf-8")
        pages.append(str(page))
    db = tmp_path / "s" / "factdesk.json"
    assert factdesk(db, "ingest", *pages).returncode == 0
    assert factdesk(db, "search", "投资").returncode == 0  # the index is current
    ids = [json.loads(line)["id"] for line in factdesk(db, "articles", "--json").stdout.decode().splitlines()]
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    shards = [db.with_name(db.name + ".d") / "shards" / name for name in meta["shards"].values()]
    holding = {path: [aid for aid in ids if aid in str(read_shard_file(path))] for path in shards}
    path, lost = next((p, held) for p, held in holding.items() if 0 < len(held) < len(ids))
    path.write_bytes(bytes(b ^ 0x5A for b in path.read_bytes()))
    return path, lost[0], [aid for aid in ids if aid not in lost]


@pytest.mark.parametrize("form", ["text", "--json", "--csv"])
def test_a_search_answers_from_the_readable_shards_and_names_the_damaged_one(damaged, form):
    shard, lost, readable = damaged
    db = shard.parents[2] / "factdesk.json"
    before = shard.read_bytes()
    proc = factdesk(db, "search", "kind:money", *([] if form == "text" else [form]))
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1 and "Traceback" not in err, err
    [line] = stderr_lines(proc)
    assert shard.name in line and "check --fix" in line and "left out" in line, line
    out = proc.stdout.decode("utf-8")
    if form == "--csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {row["article_id"] for row in rows} == set(readable)
        assert all(row["kind"] == "money" and row["sentence"] for row in rows)
    else:  # the index still finds every report; only the damaged file's facts are missing
        found = ([json.loads(row) for row in out.splitlines()] if form == "--json" else
                 [{"article_id": row.split()[0]} for row in out.splitlines() if not row.startswith(" ")])
        assert {hit["article_id"] for hit in found} == set(readable) | {lost}
    assert shard.read_bytes() == before  # kept as it is, for check --fix

