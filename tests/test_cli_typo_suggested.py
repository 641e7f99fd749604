"""A mistyped command or option gets the one it was near: `factdesk serch`
listed fourteen commands and `--limt` was only "unrecognized"."""

from __future__ import annotations

import pytest

from tests.test_cli import run


@pytest.mark.parametrize(("args", "ending"), [
    (("serch", "重庆"), "; did you mean 'search'?"),
    (("conflict",), "; did you mean 'conflicts'?"),
    (("search", "--limt", "3", "重庆"), "unrecognized arguments: --limt; did you mean --limit?"),
    (("facts", "--jsn"), "unrecognized arguments: --jsn; did you mean --json?"),
])
def test_a_near_miss_is_named_in_the_one_line(capsys, tmp_path, args, ending):
    code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), *args)
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and err.rstrip("\n").endswith(ending)


def test_nothing_near_is_no_suggestion(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "xyz")
    assert code == 2 and "did you mean" not in err
