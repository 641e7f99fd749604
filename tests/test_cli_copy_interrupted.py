"""Ctrl+C (or SIGTERM) in ``factdesk copy`` says what the target holds, as a
full disk or a damaged source file does: it said "interrupted; the store is
unchanged by the unfinished step", which left the user guessing whether
the copy had begun and what to do next (copying again copies the rest).
Each source is its own commit, so the sources copied before it stay."""

from __future__ import annotations

from tests.helpers_cli import write_jsonl
from tests.test_cli import run


def _store_of_three_sources(capsys, tmp_path) -> str:
    db = str(tmp_path / "s.json")
    paths = [tmp_path / f"{name}.jsonl" for name in ("a", "b", "c")]
    for n, path in enumerate(paths):
        write_jsonl(path, 3, prefix=f"文{n}号", seed=n)
    assert run(capsys, "--db", db, "ingest", *map(str, paths))[0] == 0
    return db


def _interrupt_at_source(monkeypatch, number: int) -> None:
    """Ctrl+C as the ``number``-th source (from 1) starts being written."""
    from store.db.transaction import Transaction

    real, seen = Transaction.put_source, []

    def put_source(self, header, articles):
        seen.append(header)
        if len(seen) == number:
            raise KeyboardInterrupt
        return real(self, header, articles)

    monkeypatch.setattr(Transaction, "put_source", put_source)


def test_ctrl_c_in_a_copy_says_what_the_target_holds_and_copying_again_copies_the_rest(capsys, tmp_path,
                                                                                       monkeypatch):
    db = _store_of_three_sources(capsys, tmp_path)
    target = tmp_path / "copy" / "t.json"
    _interrupt_at_source(monkeypatch, 3)
    code, out, err = run(capsys, "--db", db, "copy", "--to", str(target))
    assert code == 130 and out == ""
    assert err == (f"factdesk: interrupted; the copy stopped: {target} holds the 2 sources copied before it; "
                   "'factdesk copy' again copies the rest and 'factdesk check --fix' finishes its search index\n")
    monkeypatch.undo()
    code, out, _ = run(capsys, "--db", db, "copy", "--to", str(target))
    assert code == 0 and "copied     1 source: 3 articles" in out
    assert len(run(capsys, "--db", str(target), "articles")[1].splitlines()) == 9


def test_ctrl_c_at_the_first_source_says_nothing_was_copied(capsys, tmp_path, monkeypatch):
    db = _store_of_three_sources(capsys, tmp_path)
    target = tmp_path / "t.json"
    _interrupt_at_source(monkeypatch, 1)
    code, out, err = run(capsys, "--db", db, "copy", "--to", str(target))
    assert code == 130 and out == ""
    assert err.startswith(f"factdesk: interrupted; the copy stopped: nothing was copied to {target}; ")


def test_ctrl_c_just_after_a_source_was_committed_counts_it_copied(capsys, tmp_path, monkeypatch):
    import store.db.transaction as transaction

    db = _store_of_three_sources(capsys, tmp_path)
    target = tmp_path / "t.json"
    real, seen = transaction.atomic_write, []

    def atomic_write(path, data):
        real(path, data)
        if str(path) == str(target):
            seen.append(path)
            if len(seen) == 3:  # the first commit creates the empty store: this is the second source's
                raise KeyboardInterrupt

    monkeypatch.setattr(transaction, "atomic_write", atomic_write)
    code, _, err = run(capsys, "--db", db, "copy", "--to", str(target))
    assert code == 130 and f"{target} holds the 2 sources copied before it" in err
    monkeypatch.undo()
    assert len(run(capsys, "--db", str(target), "articles")[1].splitlines()) == 6
