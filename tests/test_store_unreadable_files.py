"""A store file its owner cannot read (chmod 000) that the store writes
again comes back readable by its owner: the rewrite kept the mode, so a
search index rebuilt over an unreadable manifest could not be opened and
``factdesk search`` (and ingest) ended in an internal error, exit 70."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from store.fileio import atomic_writer
from tests.helpers_cli import child_env, factdesk, factdesk_command, stderr_lines


@pytest.mark.parametrize("before, after", [(0o000, 0o400), (0o200, 0o600), (0o444, 0o444), (0o640, 0o640)])
def test_a_file_written_again_keeps_its_mode_and_is_readable_by_its_owner(tmp_path, before, after):
    path = tmp_path / "f.json"
    path.write_bytes(b"old")
    path.chmod(before)
    with atomic_writer(path) as handle:
        handle.write(b"new")
    assert path.stat().st_mode & 0o777 == after


def _as_owner_without_overrides() -> list[str] | None:
    """How to run the command so that file modes bind (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    caps = "-dac_override,-dac_read_search,-fowner"
    probe = subprocess.run([setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "true"], capture_output=True)
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"] if probe.returncode == 0 else None


@pytest.mark.parametrize("command", [("search", "重庆"), ("ingest", "new.txt")])
def test_an_unreadable_index_manifest_is_built_again_in_one_line_not_an_internal_error(tmp_path, command):
    prefix = _as_owner_without_overrides()
    if prefix is None:
        pytest.skip("running as root with no way to make file modes bind")
    db = tmp_path / "s.json"
    assert factdesk(db, "seed").returncode == 0
    assert factdesk(db, "search", "经济").returncode == 0  # the index is built
    (tmp_path / "new.txt").write_text("标题\n全市产量增长5%。\n", encoding="utf-8")
    manifest = tmp_path / "s.json.d" / "index" / "manifest.json"
    manifest.chmod(0)
    args = [command[0], str(tmp_path / command[1]) if command[0] == "ingest" else command[1]]
    proc = subprocess.run(prefix + factdesk_command() + ["--db", str(db), *args], capture_output=True,
                          env=child_env(), cwd=tmp_path, timeout=120, stdin=subprocess.DEVNULL)
    err = stderr_lines(proc)
    assert proc.returncode == 0, err
    assert "internal error" not in " ".join(err), err
    if command[0] == "search":  # a reader searches without it and says so; it never writes the index
        assert len(err) == 1 and "index file manifest.json" in err[0] and "check --fix" in err[0], err
        manifest.chmod(0o644)
        return
    assert len(err) == 1 and "it was built again" in err[0], err
    check = factdesk(db, "check")
    assert check.returncode == 0, check.stdout.decode()
