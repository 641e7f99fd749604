"""One article, several files: the same article (same title and body once
width, case and whitespace are folded) ingested from several files is one
article that lists its sources; removing or changing a file never loses the
article another file still holds."""

from __future__ import annotations

import json
from pathlib import Path

from store import open_store
from store.db.schema import read_main
from store.db.storage import dumps
from store.ingest.content_key import content_key

PAGE = "# 新能源汽车产量大增\n\n全市新能源汽车产量达到95.3万辆，同比增长22.2%。\n\n本报记者 张三\n"
OTHER = "# 港口吞吐量创新高\n\n全年港口货物吞吐量2.1亿吨，增长3.5%。\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def empty_store(tmp_path: Path, name: str = "store"):
    return open_store(tmp_path / name / "factdesk.json", seed=False)


def by_title(store, title: str):
    return [entry for entry in store.catalog() if entry["title"] == title]


def test_the_content_key_folds_width_case_and_whitespace_but_not_wording():
    assert content_key("ＧＤＰ增长5%", "全市  GDP\n\n增长５%。") == content_key("gdp增长5%", "全市 gdp 增长5%。")
    assert content_key("GDP增长5%", "增长5%。") != content_key("GDP增长6%", "增长5%。")
    assert content_key("标题", "正文") != content_key("标题正文", "")


def test_one_file_copied_under_two_names_is_one_article_with_both_sources(tmp_path):
    store = empty_store(tmp_path)
    a = write(tmp_path / "in" / "a.txt", PAGE)
    b = write(tmp_path / "in" / "b.txt", PAGE)
    report = store.ingest_paths([a, b])
    assert (report.added, report.merged) == (1, 1)
    [entry] = by_title(store, "新能源汽车产量大增")
    article = store.article(entry["id"])
    assert [ref["file"] for ref in article["sources"]] == ["a.txt", "b.txt"]
    assert article["source"] == article["sources"][0]
    assert store.counts()["articles"] == 1
    assert {f["article_id"] for f in store.facts()} == {entry["id"]}
    assert len(store.facts(entry["id"])) == entry["n_facts"] > 0


def test_the_article_keeps_the_first_files_id_and_any_order_gives_the_same_articles(tmp_path):
    files = [write(tmp_path / "in" / name, text) for name, text in
             (("a.txt", PAGE), ("b.txt", PAGE + "\n# 港口吞吐量创新高\n\n全年港口货物吞吐量2.1亿吨，增长3.5%。\n"))]

    def articles(store):
        return {(e["title"], tuple(sorted(r["file"] for r in store.article(e["id"])["sources"])))
                for e in store.catalog()}

    forward, backward = empty_store(tmp_path, "f"), empty_store(tmp_path, "b")
    forward.ingest_paths(files)
    for path in reversed(files):
        backward.ingest_paths([path])
    assert articles(forward) == articles(backward)
    assert len(forward.catalog()) == 2
    alone = empty_store(tmp_path, "alone")
    alone.ingest_paths(files[:1])
    assert by_title(forward, "新能源汽车产量大增")[0]["id"] == alone.catalog()[0]["id"]


def test_re_ingesting_either_file_changes_nothing(tmp_path):
    store = empty_store(tmp_path)
    a, b = write(tmp_path / "a.txt", PAGE), write(tmp_path / "b.txt", PAGE)
    store.ingest_paths([a, b])
    before = store.path.read_bytes()
    report = store.ingest_paths([b, a])
    assert report.unchanged_sources == ["b.txt", "a.txt"]
    assert store.path.read_bytes() == before


def test_changing_the_first_file_keeps_the_article_the_second_file_holds(tmp_path):
    store = empty_store(tmp_path)
    a, b = write(tmp_path / "a.txt", PAGE), write(tmp_path / "b.txt", PAGE)
    store.ingest_paths([a, b])
    [entry] = store.catalog()
    write(a, OTHER)
    store.ingest_paths([a])
    kept = by_title(store, "新能源汽车产量大增")
    assert [e["id"] for e in kept] == [entry["id"]]
    assert [ref["file"] for ref in store.article(entry["id"])["sources"]] == ["b.txt"]
    assert len(store.facts(entry["id"])) == entry["n_facts"]
    assert len(store.catalog()) == 2
    write(a, PAGE)  # and back: one article again, listing both files
    store.ingest_paths([a])
    [entry_again] = by_title(store, "新能源汽车产量大增")
    assert entry_again["id"] == entry["id"]
    assert sorted(r["file"] for r in store.article(entry["id"])["sources"]) == ["a.txt", "b.txt"]
    assert store.check() == []


def test_changing_the_second_file_drops_only_it_from_the_sources(tmp_path):
    store = empty_store(tmp_path)
    a, b = write(tmp_path / "a.txt", PAGE), write(tmp_path / "b.txt", PAGE)
    store.ingest_paths([a, b])
    write(b, OTHER)
    store.ingest_paths([b])
    [entry] = by_title(store, "新能源汽车产量大增")
    assert [ref["file"] for ref in store.article(entry["id"])["sources"]] == ["a.txt"]
    assert sorted(e["title"] for e in store.catalog()) == ["新能源汽车产量大增", "港口吞吐量创新高"]


def test_the_same_record_twice_in_one_archive_is_one_article(tmp_path):
    store = empty_store(tmp_path)
    records = [{"title": "GDP增长5%", "body": "全市GDP增长5%。"},
               {"title": "ＧＤＰ增长５%", "body": "全市  ＧＤＰ增长５%。"},
               {"title": "GDP增长6%", "body": "全市GDP增长6%。"}]
    feed = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    store.ingest_paths([feed])
    assert sorted(e["title"] for e in store.catalog()) == ["GDP增长5%", "GDP增长6%"]


def test_a_records_url_and_other_fields_are_kept_with_the_article_and_its_source(tmp_path):
    store = empty_store(tmp_path)
    record = {"title": "GDP增长5%", "body": "全市GDP增长5%。", "url": "https://example.com/a",
              "date": "2024-01-18", "author": "张\x1b]0;x\x07三", "rank": 3, "tags": ["a"], "empty": None}
    feed = write(tmp_path / "feed.jsonl", json.dumps(record, ensure_ascii=False))
    store.ingest_paths([feed])
    article = store.article(store.catalog()[0]["id"])
    assert article["url"] == "https://example.com/a"
    assert article["meta"] == {"date": "2024-01-18", "author": "张三", "rank": 3}
    assert article["sources"][0] == {"file": "feed.jsonl", "sha256": article["source"]["sha256"],
                                     "url": "https://example.com/a", "date": "2024-01-18"}


def test_a_store_written_before_content_keys_finds_its_duplicates(tmp_path):
    store = empty_store(tmp_path)
    store.ingest_paths([write(tmp_path / "a.txt", PAGE)])
    data = read_main(store.path)  # as schema 3 kept it: the tables in the main file, no content keys
    data.pop("log")
    data["_meta"]["1"]["schema"] = 3
    data["catalog"] = {key: {name: value for name, value in doc.items() if name not in ("keys", "also")}
                       for key, doc in data["catalog"].items()}
    store.path.write_bytes(dumps(data))
    old = open_store(store.path)
    old.ingest_paths([write(tmp_path / "b.txt", PAGE)])
    [entry] = old.catalog()
    assert [ref["file"] for ref in old.article(entry["id"])["sources"]] == ["a.txt", "b.txt"]


def test_check_reports_a_source_listing_an_article_that_is_not_stored(tmp_path):
    store = empty_store(tmp_path)
    store.ingest_paths([write(tmp_path / "a.txt", PAGE), write(tmp_path / "b.txt", PAGE)])
    assert store.check() == []
    with store.writing() as tx:  # as a damaged catalog would have it
        for key, doc in list(tx.data["catalog"].items()):
            if doc.get("also"):
                tx.data["catalog"][key] = {**doc, "also": ["0000000000000000"]}
        tx.changed = True
    [problem] = [p for p in open_store(store.path).check() if "search index" not in p]
    assert "lists 1 article of other files that are not stored" in problem


def test_the_command_says_a_copied_file_added_its_name_to_an_article_already_stored(tmp_path):
    from tests.helpers_cli import factdesk

    db = tmp_path / "store" / "factdesk.json"
    write(tmp_path / "in" / "a.txt", PAGE)
    copy = write(tmp_path / "in" / "copy.txt", PAGE)
    assert factdesk(db, "ingest", str(tmp_path / "in" / "a.txt")).returncode == 0
    text = factdesk(db, "ingest", str(copy))
    assert text.returncode == 0, text.stderr
    assert "0 articles" in text.stdout.decode() and "1 already stored from another file" in text.stdout.decode()
    write(tmp_path / "in" / "copy2.txt", PAGE)
    as_json = factdesk(db, "ingest", "--json", str(tmp_path / "in" / "copy2.txt"))
    assert json.loads(as_json.stdout.decode().splitlines()[-1])["merged"] == 1
