"""A store whose main file or catalog is damaged or gone: every command
says so in one line, nothing writes over it, and ``check --fix`` lists the
articles again from the shard files, keeping the damaged files aside."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from store import DamagedCatalogError, open_store
from tests.helpers_cli import factdesk, stderr_lines

SHARED = "长江大桥通车\n\n大桥全长1.2公里，总投资35亿元，比原计划提前3个月建成。\n"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A store of three files in two folders: one article is in two files
    (stored once, listed by both), one file name is used twice."""
    root = tmp_path_factory.mktemp("pristine")
    (root / "a").mkdir()
    (root / "b").mkdir()
    (root / "a" / "news.txt").write_text("今年全市生产总值增长5.2%\n\n全市生产总值增长5.2%，工业增加值增长6.1%。\n\n" + SHARED,
                                         encoding="utf-8")
    (root / "b" / "news.txt").write_text("粮食产量创新高\n\n全年粮食产量达到1250万吨，比上年增加3.5%。\n", encoding="utf-8")
    (root / "b" / "copy.txt").write_text(SHARED, encoding="utf-8")
    db = root / "s.json"
    for name in ("a/news.txt", "b/news.txt", "b/copy.txt"):
        proc = factdesk(db, "ingest", str(root / name))
        assert proc.returncode == 0, proc.stderr
    return db


def copy_of(db: Path, tmp_path: Path) -> Path:
    shutil.copy2(db, tmp_path / db.name)
    shutil.copytree(db.with_name(db.name + ".d"), tmp_path / (db.name + ".d"))
    return tmp_path / db.name


def seen(db: Path) -> dict[str, object]:
    """What a reader gets from the store: the list, each article with its
    sources, every fact, a search."""
    store = open_store(db, seed=False, create=False)
    articles = {entry["id"]: entry for entry in store.catalog()}
    return {
        "list": list(articles.items()),
        "sources": {aid: store.article(aid)["sources"] for aid in articles},
        "facts": store.facts(),
        "search": [(hit["article_id"], hit["fact_ids"]) for hit in store.search("增长", limit=0)["results"]],
    }


def flip_a_byte(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))


def segments(db: Path) -> list[Path]:
    return sorted((db.with_name(db.name + ".d") / "catalog").glob("c*"))


DAMAGES = {
    "main file garbled": lambda db: flip_a_byte(db),
    "main file truncated to nothing": lambda db: db.write_bytes(b""),
    "a catalog segment garbled": lambda db: flip_a_byte(segments(db)[-1]),
    "a catalog segment missing": lambda db: segments(db)[-1].unlink(),
    "main file deleted": lambda db: db.unlink(),
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_check_fix_lists_the_articles_again_from_the_shards(pristine, tmp_path, damage):
    before = seen(pristine)
    db = copy_of(pristine, tmp_path)
    DAMAGES[damage](db)

    for args in (("articles",), ("search", "增长"), ("check",)):
        proc = factdesk(db, *args)
        assert proc.returncode == 1 and len(stderr_lines(proc)) == 1, (args, proc.stderr)
        assert "check --fix" in proc.stderr.decode() and b"Traceback" not in proc.stderr

    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert b"repaired" in fixed.stdout and b"OK" in fixed.stdout.splitlines()[-1]
    assert seen(db) == before
    assert factdesk(db, "check").returncode == 0


def test_the_damaged_files_are_kept_aside(pristine, tmp_path):
    db = copy_of(pristine, tmp_path)
    flip_a_byte(db)
    damaged_main = db.read_bytes()
    damaged_segments = {p.name: p.read_bytes() for p in segments(db)}
    assert factdesk(db, "check", "--fix").returncode == 0
    [main_aside] = tmp_path.glob("s.json.damaged-*")
    assert main_aside.read_bytes() == damaged_main
    [segments_aside] = (tmp_path / "s.json.d").glob("catalog.damaged-*")
    assert {p.name: p.read_bytes() for p in segments_aside.iterdir()} == damaged_segments


def test_a_store_repaired_from_its_shards_takes_new_files_and_knows_the_old_ones(pristine, tmp_path):
    db = copy_of(pristine, tmp_path)
    flip_a_byte(db)
    assert factdesk(db, "check", "--fix").returncode == 0
    root = pristine.parent
    again = factdesk(db, "ingest", str(root / "a" / "news.txt"), "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout.splitlines()[-1])
    assert (report["added"], report["unchanged"]) == (0, ["news.txt"])  # the same file: known, nothing new
    new = tmp_path / "new.txt"
    new.write_text("新能源汽车产量\n\n新能源汽车产量增长30.5%。\n", encoding="utf-8")
    assert factdesk(db, "ingest", str(new)).returncode == 0
    assert len(seen(db)["list"]) == len(seen(pristine)["list"]) + 1


def test_a_missing_main_file_is_never_taken_for_a_new_store(pristine, tmp_path):
    db = copy_of(pristine, tmp_path)
    db.unlink()
    shard_dir = tmp_path / "s.json.d" / "shards"
    files = {p.name: p.read_bytes() for p in shard_dir.iterdir()}
    new = tmp_path / "new.txt"
    new.write_text("标题\n\n产量增长3%。\n", encoding="utf-8")
    proc = factdesk(db, "ingest", str(new))
    assert proc.returncode == 1 and "shard file" in proc.stderr.decode()
    with pytest.raises(DamagedCatalogError):
        open_store(db)
    assert {p.name: p.read_bytes() for p in shard_dir.iterdir()} == files
    assert not db.exists()


def test_a_shard_that_cannot_be_read_either_is_named_and_kept(pristine, tmp_path):
    db = copy_of(pristine, tmp_path)
    flip_a_byte(db)
    shard = min((tmp_path / "s.json.d" / "shards").iterdir())
    shard.write_bytes(b"not a shard")
    fixed = factdesk(db, "check", "--fix")
    out = fixed.stdout.decode()
    assert f"shard {shard.name[:3]}: no file of it can be read" in out
    assert shard.name in out


def test_without_fix_nothing_is_written(pristine, tmp_path):
    db = copy_of(pristine, tmp_path)
    flip_a_byte(db)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.name != "s.json.lock")
    assert factdesk(db, "check").returncode == 1
    assert factdesk(db, "articles").returncode == 1
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.name != "s.json.lock")
    assert after == before


def test_an_unreadable_shard_is_kept_out_of_the_next_ingests_way_and_left_as_a_problem(pristine, tmp_path):
    """The main file and a shard both damaged: the shard's articles cannot be
    listed again, so its files are copied into shards.damaged-… (the new
    main file does not name them: the next ingest would remove them as a
    killed writer's leftovers) and check --fix exits 1 saying so."""
    db = copy_of(pristine, tmp_path)
    flip_a_byte(db)
    shard = min((tmp_path / "s.json.d" / "shards").iterdir())
    shard.write_bytes(b"not a shard")
    fixed = factdesk(db, "check", "--fix", "--json")
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    record = json.loads(fixed.stdout)
    [left] = [p for p in record["remaining"] if p["kind"] == "shard"]
    assert f"shard {shard.name[:3]}: no file of it can be read" in left["what"] and not left["fixable"]
    [aside] = (tmp_path / "s.json.d").glob("shards.damaged-*")
    assert (aside / shard.name).read_bytes() == b"not a shard"

    new = tmp_path / "new.txt"
    new.write_text("新闻\n\n产量增长3%。\n", encoding="utf-8")
    assert factdesk(db, "ingest", str(new)).returncode == 0
    assert (aside / shard.name).read_bytes() == b"not a shard"


def test_a_main_file_replaced_by_a_folder_is_said_to_be_the_store_s_not_a_place_for_a_new_one(pristine, tmp_path):
    """`--db s.json` where s.json became a folder beside s.json.d: the line
    says the main file is gone (never 'pass s.json/factdesk.json', a new empty
    store), and once the folder is moved away check --fix lists the articles."""
    db = copy_of(pristine, tmp_path)
    db.unlink()
    db.mkdir()
    proc = factdesk(db, "articles")
    [line] = stderr_lines(proc)
    assert proc.returncode == 1 and "where the store's main file should be" in line and "check --fix" in line
    assert "factdesk.json" not in line
    db.rmdir()
    assert factdesk(db, "check", "--fix").returncode == 0
    assert seen(db) == seen(pristine)
