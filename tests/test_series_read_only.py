"""A store this process cannot write, whose series table is missing, out
of date or damaged: `series` and `conflicts` answer from the articles
(as search does without its index), say why in one line, and the damaged
table stays where it is."""

from __future__ import annotations

import shutil

import pytest

from store.series import keeper
from tests.test_cli import run


@pytest.fixture
def read_only(seeded, store_path, monkeypatch):
    seeded.series("新能源汽车产量")
    folder = store_path.with_name(store_path.name + ".d") / "series"
    shutil.rmtree(folder)
    folder.write_text("")  # a file where the folder should be: nothing can be written there
    monkeypatch.setattr(keeper, "_writable", lambda path: False, raising=False)
    return store_path


@pytest.mark.parametrize("command", [["series", "新能源汽车产量"], ["conflicts"]])
def test_series_and_conflicts_on_a_read_only_store_answer_from_the_articles(capsys, read_only, command):
    code, out, err = run(capsys, "--db", str(read_only), *command)
    assert code == 0 and "Traceback" not in err
    assert command[0] == "conflicts" or "95.3万辆" in out
    line, *hint = err.splitlines()  # and the seed's "no conflicts" hint
    assert "the series table is" in line and "nothing is written" in line and "check --fix" in line
    assert hint == ([] if command[0] == "series" else [hint[0]]) and all(h.startswith("no conflicts") for h in hint)


def test_a_damaged_table_on_a_read_only_store_is_left_where_it_is(capsys, seeded, store_path, monkeypatch):
    seeded.series("新能源汽车产量")
    table = store_path.with_name(store_path.name + ".d") / "series" / "series.sqlite"
    table.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(keeper, "_writable", lambda path: False, raising=False)
    monkeypatch.setattr(keeper.SeriesTable, "build", _refused_on_disk(keeper.SeriesTable.build))
    code, out, err = run(capsys, "--db", str(store_path), "series", "新能源汽车产量")
    assert code == 0 and "95.3万辆" in out and len(err.splitlines()) == 1
    assert table.read_bytes() == b"not a database" * 100
    assert not list(table.parent.glob("*.damaged-*"))


def _refused_on_disk(build):
    def refused(path, docs, token, *args, **kwargs):
        if path is not None:
            raise OSError(30, "Read-only file system", str(path))
        return build(path, docs, token, *args, **kwargs)
    return refused
