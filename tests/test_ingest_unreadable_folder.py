"""A folder given to ingest whose subfolder cannot be read: that subfolder
is named as skipped (exit 1), never silently left out, and the rest of the
tree is ingested as before (symbolic links to folders are not followed)."""

from __future__ import annotations

import os

from store.ingest.sources import expand


def test_an_unreadable_subfolder_is_named_and_the_rest_is_listed(tmp_path, monkeypatch):
    (tmp_path / "in" / "ok").mkdir(parents=True)
    (tmp_path / "in" / "locked").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "in" / "ok" / "b.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    real_scandir = os.scandir

    def scandir(path=".", *args):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    result = expand([tmp_path / "in"])
    assert [p.relative_to(tmp_path / "in").as_posix() for p in result.files] == ["a.txt", "ok/b.jsonl"]
    assert [(s.path.name, s.reason) for s in result.skipped] == [("locked", "cannot read the folder (permission denied)")]
