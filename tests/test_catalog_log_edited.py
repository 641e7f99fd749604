"""A catalog log edited to valid JSON that names sound files — ``[]``, some
of its entries, another store's segments — is damage, not an empty store:
every reader refuses it in one line, ``check`` reports it (exit 1) and keeps
it, and ``check --fix`` lists every article again from the shard files.

The main file's ``_meta`` record counts the articles its catalog lists
(``n_articles``: the count and the generation that wrote it, by every
commit); a store written before the count is held to the weaker rule that a
store naming shard files lists some article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from store import DamagedCatalogError, open_store
from store.db.schema import read_main
from tests.helpers_cli import factdesk, stderr_lines

PAGE = "# 第二页\n\n全市新增企业1200余家，同比增长5.7%。\n\n本报记者 张三\n"


def _two_segments(seeded, tmp_path: Path) -> Path:
    page = tmp_path / "second.txt"
    page.write_text(PAGE, encoding="utf-8")
    seeded.ingest([page])
    return seeded.path


def _edit(db: Path, log=None, *, drop_count: bool = False, keep_first: bool = False) -> None:
    main = json.loads(db.read_bytes())
    main["log"] = main["log"][:1] if keep_first else log
    if drop_count:
        main["_meta"]["1"].pop("n_articles", None)
    db.write_text(json.dumps(main), encoding="utf-8")


def test_every_commit_counts_the_articles_its_catalog_lists(seeded, tmp_path):
    db = _two_segments(seeded, tmp_path)
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    assert meta["n_articles"] == [5, meta["generation"]]


def test_a_count_an_older_factdesk_carried_over_its_commit_is_not_held(seeded, tmp_path):
    """A factdesk from before the count copies the _meta record as it is
    and commits a new generation: the count it carried is of the one before."""
    db = _two_segments(seeded, tmp_path)
    main = json.loads(db.read_bytes())
    meta = main["_meta"]["1"]
    meta["n_articles"] = [meta["n_articles"][0] - 1, meta["generation"] - 1]
    db.write_text(json.dumps(main), encoding="utf-8")
    assert len(open_store(db, seed=False).catalog()) == 5


@pytest.mark.parametrize("edit", ["empty", "first entry only", "empty, written before the count"])
def test_a_log_edited_to_valid_json_is_refused_by_every_reader(seeded, tmp_path, edit):
    db = _two_segments(seeded, tmp_path)
    _edit(db, [], keep_first=edit == "first entry only", drop_count="before" in edit)
    with pytest.raises(DamagedCatalogError, match="catalog log was changed or replaced"):
        read_main(db)
    with pytest.raises(DamagedCatalogError, match="catalog log was changed or replaced"):
        # as search opens it: an emptied log at once, a shortened one when a catalog row is first read
        open_store(db, seed=False, defer_catalog=True).catalog()


def test_another_stores_log_and_segments_are_refused(seeded, tmp_path):
    db = _two_segments(seeded, tmp_path)
    other = open_store(tmp_path / "other" / "factdesk.json", seed=False)
    page = tmp_path / "third.txt"
    page.write_text(PAGE.replace("第二页", "第三页"), encoding="utf-8")
    other.ingest([page])
    main, theirs = json.loads(db.read_bytes()), json.loads(other.path.read_bytes())
    for entry in theirs["log"]:
        shutil.copy(other.dir / "catalog" / entry[0], seeded.dir / "catalog" / entry[0])
    main["log"] = theirs["log"]
    db.write_text(json.dumps(main), encoding="utf-8")
    with pytest.raises(DamagedCatalogError):
        read_main(db)


def test_check_reports_the_emptied_log_and_fix_lists_every_article_again(seeded, tmp_path):
    db = _two_segments(seeded, tmp_path)
    _edit(db, [])
    checked = factdesk(db, "check")
    assert checked.returncode == 1 and b"Traceback" not in checked.stderr
    assert any("catalog log was changed or replaced" in line for line in
               stderr_lines(checked) + checked.stdout.decode().splitlines())
    fixed = factdesk(db, "check", "--fix")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert list(db.parent.glob("factdesk.json.damaged-*")), "the edited main file is kept"
    listed = factdesk(db, "articles")
    assert listed.returncode == 0 and len(listed.stdout.decode().splitlines()) == 5
