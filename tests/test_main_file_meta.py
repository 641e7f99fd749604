"""The main file's ``_meta`` record is read whole: a field that is valid
JSON but not what a writer writes (a bit flipped in a digit, a hand edit, a
sync tool's merge) makes the store a damaged one, said in one line by every
command, never an ``internal error`` — and never a state a writer or
``check --fix`` acts on.

The worst of them is a generation below the files the record itself names:
a flipped bit turns ``"generation": 3`` into ``1``.  Files of a later
generation than the committed one are a killed writer's, which ``check
--fix`` and the next ingest delete — so the store's own shard files and
catalog segments were deleted as leftovers, and every article in them was
lost.  Now the record is damaged, and ``check --fix`` lists the articles
again from the shard files, as for any damaged main file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers_cli import factdesk, stderr_lines, store_files

Meta = dict


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A store of two commits (shard files and catalog segments of two
    generations, the later ones named by the main file), built once."""
    db = tmp_path_factory.mktemp("pristine") / "factdesk.json"
    assert factdesk(db, "seed").returncode == 0
    page = db.parent / "later.txt"
    page.write_text("# 新区快报\n\n今年新区新增企业120家，同比增长8.5%。\n", encoding="utf-8")
    assert factdesk(db, "ingest", str(page)).returncode == 0
    return db


@pytest.fixture
def db(pristine, tmp_path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(pristine.parent, target)
    return target / pristine.name


def _named_generation(meta: Meta) -> int:
    return max(int(name.split(".g", 1)[1].split(".", 1)[0]) for name in meta["shards"].values())


def _first(meta: Meta) -> str:
    return sorted(meta["shards"])[0]


DAMAGE: dict[str, Callable[[Meta], None]] = {
    # one bit flipped in a digit ('3' 0x33 → '1' 0x31): below the files the record names
    "generation-below-its-files": lambda m: m.__setitem__("generation", _named_generation(m) - 1),
    "generation-negative": lambda m: m.__setitem__("generation", -5),
    "generation-true": lambda m: m.__setitem__("generation", True),
    "next-doc-text": lambda m: m.__setitem__("next_doc", "a"),
    "next-doc-null": lambda m: m.__setitem__("next_doc", None),
    "next-doc-zero": lambda m: m.__setitem__("next_doc", 0),
    "shard-name-a-number": lambda m: m["shards"].__setitem__(_first(m), 5),
    "shard-name-outside-its-folder": lambda m: m["shards"].__setitem__(_first(m), "../../../etc/passwd"),
    "shard-name-a-path": lambda m: m["shards"].__setitem__(_first(m), "/etc/passwd"),
    "shard-key-not-a-number": lambda m: m["shards"].__setitem__("x", m["shards"].pop(_first(m))),
    "shard-sums-text": lambda m: m.__setitem__("shard_sums", "x"),
    "shard-sum-wrong-shape": lambda m: m["shard_sums"].__setitem__(_first(m), ["a", None]),
}


def _damage(db: Path, change: Callable[[Meta], None]) -> None:
    data = json.loads(db.read_bytes())
    change(data["_meta"]["1"])
    db.write_text(json.dumps(data), encoding="utf-8")


def _ids(db: Path) -> list[str]:
    proc = factdesk(db, "articles", "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    return sorted(json.loads(line)["id"] for line in proc.stdout.decode().splitlines())


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_meta_record_a_writer_never_writes_is_a_damaged_store_and_check_fix_loses_no_article(db, damage):
    before = _ids(db)
    assert len(before) > 4  # the seed's and the later page's
    _damage(db, DAMAGE[damage])
    files = store_files(db)
    for command in (["articles"], ["facts", "--json"], ["search", "新增企业"], ["check"],
                    ["ingest", str(db.parent / "later.txt")]):
        proc = factdesk(db, *command)
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == 1, (command, proc.stdout, err)
        assert "internal error" not in err and "Traceback" not in err, err
        [line] = stderr_lines(proc)
        assert "damaged store (bad _meta record)" in line and "check --fix" in line, line
    assert store_files(db) == files  # nothing written, nothing swept away
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0, (fixed.stdout.decode(), fixed.stderr.decode())
    assert "listed" in fixed.stdout.decode()
    assert _ids(db) == before
    assert factdesk(db, "check").stdout.decode().rstrip().endswith("OK")
    found = factdesk(db, "search", "新增企业", "--json")
    assert found.returncode == 0 and found.stdout.strip()
