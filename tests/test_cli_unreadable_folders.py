"""An ingest whose files are committed but whose follow-up (the search index,
the series table) meets a folder the system refuses says that the files are
saved and what was left behind, naming the right part: the index folder made
unreadable gave a bare "…/manifest.json: permission denied" that read as a
failed ingest, and an unreadable series folder was blamed on the index."""

from __future__ import annotations

import errno
import subprocess

import pytest

from store.errors import derived_part
from tests.helpers_cli import article_count, child_env, factdesk, factdesk_command, stderr_lines
from tests.test_store_unreadable_files import _as_owner_without_overrides


@pytest.mark.parametrize("filename, part", [
    ("s.json.d/series/series.sqlite", "the series table"),
    ("/data/s.json.d/series", "the search index"),  # the folder itself: not inside it
    ("s.json.d/index/manifest.json", "the search index"),
    (None, "the search index"),
])
def test_the_part_a_failed_follow_up_was_writing_is_named_from_the_file(filename, part):
    assert derived_part(PermissionError(errno.EACCES, "Permission denied", filename)) == part


@pytest.mark.parametrize("folder, said", [
    ("index", "the 1 file ingested is saved, but the search index could not be brought up to date"),
    ("series", "saved, but the series table could not be updated"),
])
def test_an_unreadable_derived_folder_says_the_file_is_saved_and_names_it(tmp_path, folder, said):
    prefix = _as_owner_without_overrides()
    if prefix is None:
        pytest.skip("running as root with no way to make file modes bind")
    db = tmp_path / "s.json"
    assert factdesk(db, "seed").returncode == 0
    assert factdesk(db, "series", "产量").returncode == 0  # the index and the series table are built
    before = article_count(db)
    page = tmp_path / "new.txt"
    page.write_text("标题\n全市产量增长5%。\n", encoding="utf-8")
    (tmp_path / "s.json.d" / folder).chmod(0)
    try:
        proc = subprocess.run(prefix + factdesk_command() + ["--db", str(db), "ingest", str(page)],
                              capture_output=True, env=child_env(), cwd=tmp_path, timeout=120,
                              stdin=subprocess.DEVNULL)
    finally:
        (tmp_path / "s.json.d" / folder).chmod(0o755)
    err = stderr_lines(proc)
    assert proc.returncode == 1 and len(err) == 1 and said in err[0] and "check --fix" in err[0], err
    assert article_count(db) == before + 1  # saved, as said
    factdesk(db, "check", "--fix")
    assert factdesk(db, "check").returncode == 0
