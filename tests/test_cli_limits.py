"""Limits a user meets through the ``factdesk`` command: an article too long
to be news is left out and named with the limit (which ``--max-chars``
raises), the rest of its file is ingested, and nothing else changes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from store import open_store
from store.ingest.articles import MAX_ARTICLE_CHARS, MAX_CHARS_ENV
from tui.cli import main
from tui.cli_extras import MAX_CHARS

SHORT = "全市新增企业1200余家，同比增长5.7%。"


@pytest.fixture(autouse=True)
def no_limit_from_the_environment():
    """``ingest --max-chars`` sets the variable for the pipeline: undone after each test (monkeypatch's
    delenv of an absent variable records no undo, and the 2,000 left behind failed the later tests
    of the same worker that ingest the bulk corpus)."""
    before = os.environ.pop(MAX_CHARS_ENV, None)
    yield
    os.environ.pop(MAX_CHARS_ENV, None)
    if before is not None:
        os.environ[MAX_CHARS_ENV] = before


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_records(path: Path, bodies: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"title": t, "body": b}, ensure_ascii=False) + "\n"
                            for t, b in bodies.items()), encoding="utf-8")
    return path


def long_body(chars: int) -> str:
    sentence = "本市经济运行总体平稳，产业结构持续优化，" * 10 + "\n"
    return (sentence * (chars // len(sentence) + 1))[:chars]


def titles(db: Path) -> set[str]:
    return {doc["title"] for doc in open_store(db, seed=False).catalog()}


def test_an_article_over_the_limit_is_left_out_and_named_with_the_limit_and_the_rest_of_its_file_is_ingested(
        capsys, seeded, store_path, tmp_path):
    source = write_records(tmp_path / "feed.jsonl", {"短文": SHORT, "长文": long_body(2_500), "又一短文": SHORT + "。"})
    code, out, err = run(capsys, "--db", str(store_path), "ingest", "--max-chars", "2000", str(source))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for fragment in ("feed.jsonl", "article 2", "长文", "at most 2,000", "--max-chars"):
        assert fragment in lines[0], lines[0]
    assert re.search(r"has 2,[0-9]{3} characters", lines[0]), lines[0]
    assert "2 articles" in out
    assert {"短文", "又一短文"} <= titles(store_path) and "长文" not in titles(store_path)


def test_raising_the_limit_takes_the_long_article(capsys, seeded, store_path, tmp_path):
    source = write_records(tmp_path / "feed.jsonl", {"长文": long_body(2_500)})
    code, out, err = run(capsys, "--db", str(store_path), "ingest", "--max-chars", "3000", str(source))
    assert (code, err) == (0, "")
    assert "长文" in titles(store_path)


def test_a_file_of_only_articles_over_the_limit_is_one_line_and_changes_nothing(capsys, seeded, store_path, tmp_path):
    source = write_records(tmp_path / "dump.jsonl", {"甲": long_body(1_500), "乙": long_body(1_600)})
    before = titles(store_path)
    code, out, err = run(capsys, "--db", str(store_path), "ingest", "--max-chars", "1000", str(source))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "2 articles left out" in err and "at most 1,000" in err, err
    assert titles(store_path) == before
    assert not any(s["file"] == "dump.jsonl" for s in open_store(store_path, seed=False).sources())


def test_the_default_limit_leaves_out_a_body_of_over_a_million_characters(capsys, seeded, store_path,
                                                                                   tmp_path):
    assert MAX_CHARS == MAX_ARTICLE_CHARS  # --help states the store's default
    page = tmp_path / "dump.txt"
    page.write_text("超长文本\n" + long_body(MAX_ARTICLE_CHARS + 50_000), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(store_path), "ingest", str(page))
    assert code == 1 and "dump.txt" in err and f"at most {MAX_ARTICLE_CHARS:,}" in err, err
    assert "超长文本" not in titles(store_path)


@pytest.mark.parametrize("value", ["0", "-5", "many", "1.5"])
def test_a_limit_that_is_not_a_positive_number_is_a_usage_error(capsys, seeded, store_path, tmp_path, value):
    source = write_records(tmp_path / "feed.jsonl", {"短文": SHORT})
    code, out, err = run(capsys, "--db", str(store_path), "ingest", f"--max-chars={value}", str(source))
    assert code == 2 and "--max-chars" in err and len(err.strip().splitlines()) == 1, err


def test_extract_refuses_a_text_over_the_limit_in_one_line(capsys, tmp_path):
    text = tmp_path / "long.txt"
    text.write_text(long_body(5_000), encoding="utf-8")
    code, out, err = run(capsys, "extract", "--max-chars", "4000", str(text))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "5,000 characters" in err and "4,000" in err, err
    code, out, err = run(capsys, "extract", "--max-chars", "6000", str(text))
    assert code == 0, err


def test_check_fix_rebuilds_a_catalog_found_damaged_only_while_checking(capsys, seeded, store_path, monkeypatch):
    """The catalog's columns are read when first needed, so damage may show
    up in the middle of ``check`` rather than at open: ``--fix`` must still
    list the articles again instead of asking for ``check --fix``."""
    from store import DamagedCatalogError
    from store.db.store import Store

    real = Store.check
    damaged = f"{store_path}.d/catalog/c1.json.zst: catalog segment is damaged (column ids)"

    def damaged_once(self, fix=False):
        monkeypatch.setattr(Store, "check", real)
        raise DamagedCatalogError(f"{damaged}; run 'factdesk check --fix'")

    monkeypatch.setattr(Store, "check", damaged_once)
    code, out, err = run(capsys, "--db", str(store_path), "check", "--fix")
    assert code == 0 and err == "", err
    assert f"problem    {damaged}" in out and out.rstrip().endswith("OK"), out
    assert "4 articles" in out.splitlines()[-1]


class EndlessInput:
    """`yes 今年产量增长5% | factdesk extract`: a stream with no end.  Reading
    it whole would never return (and grew to gigabytes before the limit was
    ever looked at)."""

    def __init__(self) -> None:
        self.taken = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            raise AssertionError("read an endless stream to its end")
        chunk = ("今年产量增长5%\n".encode() * (size // 17 + 1))[:size]
        self.taken += len(chunk)
        return chunk


def test_extract_stops_reading_an_endless_input_past_the_limit(capsys, monkeypatch):
    import sys
    from types import SimpleNamespace

    endless = EndlessInput()
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=endless))
    code, out, err = run(capsys, "extract", "--max-chars", "1000", "-")
    assert code == 1 and out == ""
    assert err.strip() == "factdesk: stdin: over the 1,000-character limit (raise it with --max-chars N)"
    assert endless.taken <= 4 * 1000 + 8  # at most 4 bytes a character: no more is needed to know


def test_extract_of_a_pipe_stops_reading_past_the_limit(capsys, tmp_path):
    # factdesk extract <(some command): a named pipe, not a regular file.
    import os
    import threading

    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    written = [0]

    def feed() -> None:
        line = "今年产量增长5%\n".encode() * 1000
        try:
            with open(fifo, "wb") as pipe:
                while written[0] < 10_000_000:  # bounded, should the reader never stop
                    pipe.write(line)
                    written[0] += len(line)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    code, out, err = run(capsys, "extract", "--max-chars", "1000", str(fifo))
    writer.join(10)
    assert code == 1 and out == ""
    assert err.strip() == f"factdesk: {fifo}: over the 1,000-character limit (raise it with --max-chars N)"
    assert written[0] < 1_000_000  # the reader stopped; the writer met a closed pipe


def test_the_limit_given_to_one_ingest_is_gone_after_it(capsys, tmp_path):
    """--max-chars travels to the pipeline through the environment for that command only."""
    source = write_records(tmp_path / "feed.jsonl", {"短讯": SHORT})
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "ingest", "--max-chars", "2000", str(source))
    assert code == 0, err
    assert MAX_CHARS_ENV not in os.environ
