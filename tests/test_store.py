"""The store: seeding, idempotent ingest, replacement, atomic commits and
clear errors that never touch the user's data."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from store import CorruptStoreError, open_store
from store.db.schema import SCHEMA_VERSION, read_main
from store.paths import sidecar_dir
from tests.conftest import SEED_FILE

PAGE = "# 测试标题\n\n全市新增企业1200余家，同比增长5.7%。\n\n本报记者 张三\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_new_store_is_seeded_with_the_four_seed_articles(seeded):
    assert seeded.counts()["articles"] == 4
    assert seeded.catalog()[0]["title"].startswith("2025中国产业转移发展对接活动")
    assert seeded.path.exists()


def test_catalog_lists_articles_in_page_order_with_fact_counts(seeded):
    catalog = seeded.catalog()
    assert [doc["order"] for doc in catalog] == [0, 1, 2, 3]
    assert all(doc["n_facts"] > 0 for doc in catalog)
    assert sum(doc["n_facts"] for doc in catalog) == seeded.counts()["facts"]


def test_reseeding_changes_nothing_not_even_the_file(seeded):
    before = seeded.path.read_bytes()
    report = seeded.reseed()
    assert report.unchanged_sources == [SEED_FILE.name] and report.added == 0
    assert seeded.path.read_bytes() == before


def test_ingesting_the_same_text_twice_changes_nothing(seeded, tmp_path):
    page = write(tmp_path / "page.txt", PAGE)
    seeded.ingest_paths([page])
    before = seeded.path.read_bytes()
    report = seeded.ingest_paths([page])
    assert report.unchanged_sources == ["page.txt"]
    assert seeded.path.read_bytes() == before
    assert seeded.counts()["articles"] == 5


def test_a_changed_text_replaces_its_old_articles(seeded, tmp_path):
    page = write(tmp_path / "page.txt", PAGE)
    seeded.ingest_paths([page])
    old_id = next(d["id"] for d in seeded.catalog() if d["title"] == "测试标题")
    write(page, PAGE.replace("1200余家", "1300余家"))
    report = seeded.ingest_paths([page])
    assert report.added == 1 and report.ingested_sources == ["page.txt"]
    assert seeded.counts()["articles"] == 5
    article = seeded.article(old_id)  # ids are stable across re-ingest
    assert "1300余家" in article["body"]
    assert any(f["surface"].startswith("1300") for f in seeded.facts(old_id))


def test_articles_and_facts_are_readable_after_reopening(seeded):
    again = open_store(seeded.path)
    first = again.catalog()[0]["id"]
    assert again.article(first) == seeded.article(first)
    assert again.facts(first) == seeded.facts(first)


def test_every_fact_points_at_its_text(seeded):
    for doc in seeded.catalog():
        article = seeded.article(doc["id"])
        for fact in seeded.facts(doc["id"]):
            text = article["title"] if fact["where"] == "title" else article["body"]
            assert text[fact["start"]:fact["end"]] == fact["surface"]
            assert fact["article_id"] == doc["id"]


def test_facts_can_be_filtered_by_kind(seeded):
    money = seeded.facts(kind="money")
    assert money and all(f["kind"] == "money" for f in money)


def test_commits_leave_no_temporary_files_and_only_live_shards(seeded, tmp_path):
    seeded.ingest_paths([write(tmp_path / "a.txt", PAGE)])
    seeded.ingest_paths([write(tmp_path / "a.txt", PAGE + "又一段。\n")])
    seeded.ingest_paths([write(tmp_path / "a.txt", PAGE + "再一段。\n")])
    files = {p.name for p in seeded.path.parent.rglob("*") if p.is_file()}
    assert not [f for f in files if f.endswith(".factdesk-tmp")]
    shards = {p.name for p in (sidecar_dir(seeded.path) / "shards").iterdir()}
    live = set(read_main(seeded.path)["_meta"]["1"]["shards"].values())
    assert live <= shards and len(shards - live) <= len(live)  # at most one older generation kept


def test_stale_temporary_files_from_a_crash_are_cleaned_up(seeded, tmp_path):
    stale = seeded.path.parent / ".factdesk.json.abc.factdesk-tmp"
    stale.write_bytes(b"half written")
    seeded.ingest_paths([write(tmp_path / "b.txt", PAGE)])
    assert not stale.exists()


def test_the_store_records_its_schema_version(seeded):
    assert read_main(seeded.path)["_meta"]["1"]["schema"] == SCHEMA_VERSION


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty"),
        (b'{"_meta": {"1": {"schema": 1', "not valid JSON"),
        (b"[1, 2, 3]", "not a factdesk store"),
        (b'{"sources": {}}', "no _meta"),
        (json.dumps({"_meta": {"1": {"schema": 99, "generation": 0, "shards": {}}}, "sources": {}, "catalog": {}}).encode(), "newer factdesk"),
        (json.dumps({"_meta": {"1": {"schema": 1, "generation": 0, "shards": {}}}, "sources": [], "catalog": {}}).encode(), "sources"),
    ],
)
def test_a_corrupt_store_is_reported_and_left_byte_for_byte_untouched(store_path, content, problem):
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(content)
    with pytest.raises(CorruptStoreError) as err:
        open_store(store_path)
    assert problem in str(err.value) and str(store_path) in str(err.value)
    assert "\n" not in str(err.value)
    assert store_path.read_bytes() == content


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("gb18030", b"")],
)
def test_text_in_common_encodings_is_read_correctly(seeded, tmp_path, encoding, prefix):
    path = tmp_path / "enc.txt"
    path.write_bytes(prefix + PAGE.replace("\n", "\r\n").encode(encoding))
    report = seeded.ingest_paths([path])
    assert report.ingested_sources == ["enc.txt"], report.skipped
    article = next(seeded.article(d["id"]) for d in seeded.catalog() if d["source"] == "enc.txt")
    assert article["title"] == "测试标题"
    assert article["body"] == "全市新增企业1200余家，同比增长5.7%。"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n \n", "no text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("mixed.txt", "# 标题\n\n正文。".encode() + b"\xff\xfe\xfa" + "更多。".encode() * 3, "invalid UTF-8"),
        ("bad.jsonl", b'{"title": "a", "body": "b"}\n{not json\n', "line 2 is not valid JSON"),
        ("list.jsonl", b'[1, 2]\n', "not a JSON object"),
        ("none.jsonl", b'{"foo": 1}\n', "no article"),
    ],
)
def test_unusable_inputs_are_rejected_whole_and_change_nothing(seeded, tmp_path, name, data, reason):
    before = seeded.path.read_bytes()
    path = tmp_path / name
    path.write_bytes(data)
    report = seeded.ingest_paths([path])
    assert report.failed and not report.ingested_sources
    [(_, message)] = report.skipped
    assert reason in message and "\n" not in message
    assert seeded.path.read_bytes() == before


def test_a_directory_is_ingested_file_by_file_reporting_skips(seeded, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "one.txt", PAGE)
    write(folder / "two.md", PAGE.replace("测试标题", "第二篇"))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "empty.txt").write_bytes(b"")
    report = seeded.ingest_paths([folder])
    assert sorted(report.ingested_sources) == ["one.txt", "two.md"]
    assert sorted(Path(p).name for p, _ in report.skipped) == ["empty.txt", "photo.jpg"]


def test_missing_paths_are_reported(seeded, tmp_path):
    report = seeded.ingest_paths([tmp_path / "nope.txt"])
    assert report.skipped == [(str(tmp_path / "nope.txt"), "no such file or directory")]


def test_another_process_commit_is_noticed_and_reloaded(seeded, tmp_path):
    other = open_store(seeded.path)
    assert not seeded.changed_on_disk()
    other.ingest_paths([write(tmp_path / "c.txt", PAGE)])
    assert seeded.changed_on_disk()
    seeded.reload()
    assert seeded.counts()["articles"] == 5


def test_a_writer_applies_its_change_on_top_of_another_writers(seeded, tmp_path):
    stale_view = open_store(seeded.path)
    seeded.ingest_paths([write(tmp_path / "d.txt", PAGE)])
    stale_view.ingest_paths([write(tmp_path / "e.txt", PAGE.replace("测试标题", "另一篇"))])
    final = open_store(seeded.path)
    assert {"d.txt", "e.txt"} <= {d["source"] for d in final.catalog()}


def test_check_finds_a_healthy_store_healthy(seeded):
    seeded.search_index()
    assert seeded.check() == []


def test_check_reports_a_missing_shard(seeded):
    shard = next(iter(read_main(seeded.path)["_meta"]["1"]["shards"].values()))
    (sidecar_dir(seeded.path) / "shards" / shard).unlink()
    fresh = open_store(seeded.path)
    assert any("missing" in p for p in fresh.check())


def test_large_ingests_flush_shards_in_batches(seeded, tmp_path, monkeypatch):
    import store.db.transaction as db

    monkeypatch.setattr(db, "FLUSH_CHARS", 200)
    lines = [json.dumps({"title": f"标题{i}", "body": f"第{i}篇，增长{i}%。" * 20}, ensure_ascii=False) for i in range(60)]
    report = seeded.ingest_paths([write(tmp_path / "big.jsonl", "\n".join(lines))])
    assert report.added == 60
    again = open_store(seeded.path)
    assert again.counts()["articles"] == 64
    assert all(again.article(d["id"]) for d in again.catalog())


def test_rewriting_the_store_keeps_its_file_mode(seeded, tmp_path):
    seeded.path.chmod(0o640)
    seeded.ingest_paths([write(tmp_path / "m.txt", PAGE)])
    assert seeded.path.stat().st_mode & 0o777 == 0o640


def test_a_schema_1_store_is_migrated_forward_on_open(tmp_path):
    old = {
        "_meta": {"1": {"app": "factdesk", "schema": 1, "store_id": "x", "generation": 3, "shards": {}, "next_doc": 3}},
        "sources": {"1": {"file": "a.txt", "sha256": "0", "article_ids": ["b", "a"]}},
        "catalog": {
            "1": {"id": "a", "title": "甲", "date": None, "publication": None, "source": "a.txt", "order": 1,
                  "n_facts": 2, "n_chars": 5, "shard": 7},
            "2": {"id": "b", "title": "乙", "date": "2024-01-02", "publication": "某报", "source": "a.txt", "order": 0,
                  "n_facts": 1, "n_chars": 4, "shard": 9},
        },
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    store = open_store(path)
    assert store.meta["schema"] == SCHEMA_VERSION
    assert [(d["id"], d["title"], d["order"]) for d in store.catalog()] == [("b", "乙", 0), ("a", "甲", 1)]
    assert store.counts() == {"sources": 1, "articles": 2, "facts": 3}


def test_shard_files_are_compressed_and_plain_ones_of_earlier_versions_are_read(seeded, tmp_path):
    from store.db.shards import is_earlier_layout, read_shard_file, shard_sum
    from store.db.storage import dumps

    seeded.search_index()
    shard_dir = sidecar_dir(seeded.path) / "shards"
    main = json.loads(seeded.path.read_bytes())
    meta = main["_meta"]["1"]
    key, name = next(iter(meta["shards"].items()))
    packed = (shard_dir / name).read_bytes()
    data = read_shard_file(shard_dir / name)
    assert packed[:1] != dumps(data)[:1]  # not plain JSON
    assert len(packed) < len(dumps(data)) / 2
    # As an earlier version wrote it: plain JSON under a .json name.
    plain = dumps(data)
    (shard_dir / name).unlink()
    old_name = name.removesuffix(".zst")
    (shard_dir / old_name).write_bytes(plain)
    meta["shards"][key], meta["shard_sums"][key] = old_name, shard_sum(plain)
    seeded.path.write_bytes(dumps(main))
    old = open_store(seeded.path)
    assert [old.article(e["id"])["title"] for e in old.catalog()] == [e["title"] for e in seeded.catalog()]
    assert old.check() == []
    old.ingest_paths([write(tmp_path / "c.txt", PAGE)])  # the next write compresses what it rewrites
    names = read_main(seeded.path)["_meta"]["1"]["shards"].values()
    assert all(name.endswith(".json.zst") or name == old_name for name in names)
    assert [n for n in names if is_earlier_layout(shard_dir / n)] == [old_name]
    assert open_store(seeded.path).check() == []


def test_a_commit_appends_only_what_it_changed_to_the_catalog_log(seeded, tmp_path):
    from store.db.catalog_log import read_segment

    catalog_dir = sidecar_dir(seeded.path) / "catalog"
    seeded.ingest_paths([write(tmp_path / "a.txt", PAGE)])
    log = json.loads(seeded.path.read_bytes())["log"]
    assert "catalog" not in json.loads(seeded.path.read_bytes())  # the main file holds meta and the log only
    [empty, seed, last] = log  # the store as created, the seed page, this commit
    segment = read_segment(catalog_dir / last[0], last)
    assert [doc["file"] for doc in segment["catalog"].values()] == ["a.txt"]
    assert [record["file"] for record in segment["sources"].values()] == ["a.txt"]
    assert [len(read_segment(catalog_dir / e[0], e)["catalog"]) for e in (empty, seed)] == [0, 1]
    write(tmp_path / "a.txt", PAGE.replace("1200", "1300"))
    seeded.ingest_paths([tmp_path / "a.txt"])
    last = json.loads(seeded.path.read_bytes())["log"][-1]
    segment = read_segment(catalog_dir / last[0], last)
    assert [doc["file"] for doc in segment["catalog"].values()] == ["a.txt"]  # the new version in place of the old
    assert open_store(seeded.path).catalog() == seeded.catalog()


def test_the_catalog_log_is_compacted_past_its_bound_by_the_writer(seeded, tmp_path, monkeypatch):
    import store.db.catalog_log as catalog_log

    monkeypatch.setattr(catalog_log, "COMPACT_SEGMENTS", 3)
    lengths = []
    for i in range(5):
        seeded.ingest_paths([write(tmp_path / f"p{i}.txt", PAGE.replace("1200", str(1200 + i)))])
        lengths.append(len(json.loads(seeded.path.read_bytes())["log"]))
    assert lengths == [3, 1, 2, 3, 1]  # appended until 3 segments, then one new base
    reopened = open_store(seeded.path)
    assert reopened.catalog() == seeded.catalog() and reopened.counts()["articles"] == 9
    live = {entry[0] for entry in json.loads(seeded.path.read_bytes())["log"]}
    stale = {p.name for p in (sidecar_dir(seeded.path) / "catalog").iterdir()} - live
    assert len(stale) <= catalog_log.COMPACT_SEGMENTS  # only the previous log's segments are kept


def test_writers_hash_only_the_shard_files_changed_since_a_writer_last_verified_them(seeded, tmp_path, monkeypatch):
    import store.db.shards as shards

    seeded.ingest_paths([write(tmp_path / "a.txt", PAGE)])
    hashed: list[str] = []
    real = shards.file_digest
    monkeypatch.setattr(shards, "file_digest", lambda path: hashed.append(path.name) or real(path))
    monkeypatch.setattr(shards, "_VERIFIED", set())  # as a new process
    seeded.ingest_paths([write(tmp_path / "b.txt", PAGE.replace("测试标题", "另一标题"))])
    assert len(hashed) == 1  # the one shard a.txt's commit wrote; none of the seed's
    hashed.clear()
    monkeypatch.setattr(shards, "_VERIFIED", set())
    seeded.ingest_paths([write(tmp_path / "b2.txt", PAGE.replace("测试标题", "又一标题"))])
    assert len(hashed) <= 1
    live = read_main(seeded.path)["_meta"]["1"]["shards"]
    name = next(iter(live.values()))
    path = sidecar_dir(seeded.path) / "shards" / name
    data = path.read_bytes()
    path.write_bytes(bytes([data[0] ^ 1]) + data[1:])  # same size, other content
    monkeypatch.setattr(shards, "_VERIFIED", set())
    hashed.clear()
    with pytest.raises(CorruptStoreError, match=name):
        seeded.ingest_paths([write(tmp_path / "c.txt", PAGE.replace("测试标题", "第三标题"))])
    assert name in hashed


def test_a_damaged_catalog_segment_is_reported_naming_it_and_left_as_it_is(seeded, tmp_path):
    seeded.ingest_paths([write(tmp_path / "a.txt", PAGE)])
    name = json.loads(seeded.path.read_bytes())["log"][-1][0]
    segment = sidecar_dir(seeded.path) / "catalog" / name
    damaged = segment.read_bytes()[:-3] + b"xyz"
    segment.write_bytes(damaged)
    with pytest.raises(CorruptStoreError, match=name):
        open_store(seeded.path)
    assert segment.read_bytes() == damaged
    segment.unlink()
    with pytest.raises(CorruptStoreError, match="catalog segment .* missing"):
        open_store(seeded.path)
