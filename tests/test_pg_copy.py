"""Copying a store to the other backend and back changes nothing a user can
see: the same articles (every source of an article several files hold, in
the same order), the same facts and the same search results, and the target
knows which files hold each article as an ingest there would.  Against a real
throwaway server, never a mock."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers_cli import child_env, factdesk_command, write_jsonl

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures

PAGE = "# 新能源汽车产量大增\n\n全市新能源汽车产量达到95.3万辆，同比增长22.2%。\n"
OTHER = "# 港口吞吐量创新高\n\n全年港口货物吞吐量2.1亿吨，增长3.5%。\n"
THIRD = "# 社会消费品零售总额\n\n全市社会消费品零售总额4,210亿元，下降1.2个百分点。\n"
QUERIES = ("新能源", "港", "gangkou", "kind:percent", "增长 -港口", "source:b.txt", "source:news", "文章1号")


def run(db: str, *args: str, cwd: Path) -> str:
    done = subprocess.run(factdesk_command() + ["--db", db, *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env=child_env(), check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def read(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """A read command's output, from ``factdesk`` run in this process with the
    children's environment: the reads only look at what the ingests and copies
    (real commands, in their own processes) left, so they share the test's
    process instead of starting one each (a test here started some sixty)."""
    from tui.cli import main

    for name in [name for name in os.environ if name.startswith("FACTDESK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "200")

    def read(db: str, *args: str) -> str:
        capsys.readouterr()
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    return read


def json_lines(read: Callable[..., str], db: str, *args: str) -> list:
    return [json.loads(line) for line in read(db, *args, "--json").splitlines()]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fill(db: str, tmp_path: Path) -> None:
    """Articles several files hold, stored in an order other than the page
    order (z.txt first), and an owner that changed so its shared articles
    moved to the next file holding them; two same-named, identical feeds in
    two folders (every article of the second held by the first)."""
    inputs = tmp_path / "in"
    z = _write(inputs / "z.txt", PAGE + "\n" + OTHER)
    a = _write(inputs / "a.txt", PAGE + "\n" + THIRD)
    b = _write(inputs / "b.txt", OTHER + "\n" + THIRD)
    feeds = [inputs / "2024" / "news.jsonl", inputs / "2025" / "news.jsonl"]
    feeds[0].parent.mkdir(parents=True)
    write_jsonl(feeds[0], 5, seed=3)
    feeds[1].parent.mkdir(parents=True)
    shutil.copy(feeds[0], feeds[1])
    for path in (z, a, b, *feeds):
        run(db, "ingest", str(path), cwd=tmp_path)
    _write(z, OTHER + "\n" + "# 新文章\n\n全市工业增加值增长6.1%。\n")   # PAGE moves on to a.txt
    run(db, "ingest", str(z), cwd=tmp_path)


def seen(read: Callable[..., str], db: str) -> dict[str, object]:
    """What a user sees of a store: every article record, the articles
    several files hold (and one that moved to another file) shown, every
    fact, each query's results."""
    articles = json_lines(read, db, "articles")
    moved = [a for a in articles if len(a["sources"]) > 1 or a["title"] == "新能源汽车产量大增"]
    return {
        "articles": articles,
        "shown": [json.loads(read(db, "show", a["id"], "--json")) for a in moved],
        "facts": json_lines(read, db, "facts"),
        "search": {q: json_lines(read, db, "search", q, "--limit", "0") for q in QUERIES},
    }


def hit_sets(shown: dict) -> dict[str, dict[str, list[str]]]:
    """Each query's results: the articles found, each with its facts found."""
    return {query: {hit["article_id"]: sorted(f["id"] for f in hit["facts"] or []) for hit in hits}
            for query, hits in shown["search"].items()}


def by_article(shown: dict) -> dict[str, list[dict]]:
    """Each query's results whole (score, snippets, facts), in article id
    order: results of equal score and date are ranked by their position in
    the search index, which a copy, like a rebuild of the index, lays out
    anew."""
    return {query: sorted(hits, key=lambda hit: hit["article_id"]) for query, hits in shown["search"].items()}


def source_counts(db: str) -> list[tuple[str, str, int]]:
    from store import open_store

    return [(s["file"], s.get("key") or s["file"], s["articles"]) for s in open_store(db, seed=False).sources()]


@pytest.mark.parametrize("origin", ["tinydb", "postgresql"])
def test_a_copy_there_and_back_shows_the_same_articles_sources_facts_and_search_results(
        tmp_path: Path, pg_server, origin: str, read: Callable[..., str]) -> None:
    from tests.pg_server import fresh_database

    def store_of(backend: str, name: str) -> str:
        return fresh_database(pg_server) if backend == "postgresql" else str(tmp_path / name / "s.json")

    other = "postgresql" if origin == "tinydb" else "tinydb"
    first, there, back = store_of(origin, "first"), store_of(other, "there"), store_of(origin, "back")
    fill(first, tmp_path)
    before = seen(read, first)
    sources = {a["title"]: [ref["file"] for ref in a["sources"]] for a in before["articles"]}
    assert sources["新能源汽车产量大增"] == ["a.txt"]
    assert sources["港口吞吐量创新高"] == ["b.txt", "z.txt"]
    assert sources["社会消费品零售总额"] == ["a.txt", "b.txt"]
    assert sources["文章0号"] == ["news.jsonl", "news.jsonl"]
    assert len(before["shown"]) == 8
    run(first, "copy", "--to", there, cwd=tmp_path)
    run(there, "copy", "--to", back, cwd=tmp_path)
    on_the_other = seen(read, there)
    for part in ("articles", "shown", "facts"):
        assert on_the_other[part] == before[part], part
    assert hit_sets(on_the_other) == hit_sets(before)   # ranking ties and snippets are each backend's own
    back_again = seen(read, back)
    for part in ("articles", "shown", "facts"):
        assert back_again[part] == before[part], part
    assert by_article(back_again) == by_article(before)
    assert source_counts(there) == source_counts(back) == source_counts(first)


def test_the_file_that_owned_a_copied_article_can_go_and_the_next_file_keeps_it(
        tmp_path: Path, pg_url: str) -> None:
    """The target knows every file that holds a copied article: changing the
    owner there hands the article on, as in the store copied from."""
    from store import open_store

    tiny = str(tmp_path / "tiny" / "s.json")
    fill(tiny, tmp_path)
    run(tiny, "copy", "--to", pg_url, cwd=tmp_path)
    lone = _write(tmp_path / "in" / "b.txt", "# 只此一篇\n\n全市新增工厂120家。\n")
    for db in (tiny, pg_url):
        run(db, "ingest", str(lone), cwd=tmp_path)
    stores = [open_store(db, seed=False) for db in (tiny, pg_url)]
    [harbour_tiny, harbour_pg] = [[a for a in s.articles() if a["title"] == "港口吞吐量创新高"] for s in stores]
    assert [ref["file"] for ref in harbour_pg[0]["sources"]] == ["z.txt"]
    assert harbour_pg == harbour_tiny
    assert stores[1].catalog() == stores[0].catalog()
    assert stores[1].check() == []
