"""A query of -exclusions only (``-广告``) finds every article without the
term, unranked: said on standard error, or it reads as a broken search;
when every article has the term, the hint says so and how to search instead
(not "try pinyin", which is no help).  Standard output and the exit status
are those of any search; --json stays quiet."""

from __future__ import annotations

from tests.helpers_cli import factdesk, stderr_lines


def test_exclusions_only_say_they_list_every_other_article(seeded, store_path) -> None:
    every = factdesk(store_path, "articles")
    assert every.returncode == 0
    total = len(every.stdout.decode().splitlines())
    with_term = factdesk(store_path, "search", "产量", "--limit", "0")
    having = sum(1 for line in with_term.stdout.decode().splitlines() if not line.startswith(" "))
    assert 0 < having < total
    proc = factdesk(store_path, "search", "-产量")
    assert proc.returncode == 0 and proc.stdout.strip()
    assert stderr_lines(proc) == [f"{total - having} article{'s' if total - having != 1 else ''} without 产量 "
                                  "(a query of -exclusions only lists every other article)"]


def test_exclusions_that_every_article_has_say_so_and_what_to_do(seeded, store_path) -> None:
    proc = factdesk(store_path, "search", "--", "-重庆", "-产量")
    assert (proc.returncode, proc.stdout) == (0, b"")
    lines = stderr_lines(proc)
    assert len(lines) == 1 and "Traceback" not in lines[0]
    assert lines[0].startswith("no match: every article has any of 重庆、产量: a query of -exclusions only")
    assert "kind:money -重庆 -产量" in lines[0] and "pinyin" not in lines[0]


def test_json_output_of_exclusions_only_stays_quiet(seeded, store_path) -> None:
    proc = factdesk(store_path, "search", "--json", "--", "-产量")
    assert proc.returncode == 0 and proc.stdout.strip() and proc.stderr == b""


def test_a_query_with_a_term_to_look_for_gets_no_such_note(seeded, store_path) -> None:
    proc = factdesk(store_path, "search", "重庆 -产量")
    assert proc.returncode == 0 and proc.stdout.strip() and proc.stderr == b""
