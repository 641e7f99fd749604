"""`factdesk search` exit status, decided against grep's convention: exit 1
already means "the store cannot be read" for every factdesk command, so a
search without matches exits 0 with nothing on standard output (a hint on
standard error), and a script tests the output.  The --help and the README
say so."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import run


def test_no_match_is_exit_0_with_nothing_on_stdout_and_one_hint_on_stderr(capsys, seeded, store_path) -> None:
    code, out, err = run(capsys, "--db", str(store_path), "search", "不存在的词语甲乙")
    assert (code, out) == (0, "") and len(err.splitlines()) == 1 and "no match" in err
    code, out, err = run(capsys, "--db", str(store_path), "search", "不存在的词语甲乙", "--json")
    assert (code, out) == (0, "")


def test_no_store_is_exit_1_and_a_malformed_query_exit_2(capsys, seeded, store_path, tmp_path) -> None:
    assert run(capsys, "--db", str(tmp_path / "none.json"), "search", "重庆")[0] == 1
    assert run(capsys, "--db", str(store_path), "search", "percent>3pp")[0] == 2


def test_the_help_and_the_readme_state_the_exit_status(capsys) -> None:
    import pytest

    with pytest.raises(SystemExit):
        run(capsys, "search", "--help")
    shown = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 when the search ran, with or without matches" in shown
    assert '1 never means "no match" as it does for grep' in shown
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8").split())
    assert "A search that finds nothing is not an error" in readme
