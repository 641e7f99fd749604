"""A large first ingest has its extraction workers prepare each article's
search-index document (store.search.prepared); the writer spools them
(store.db.index_spool) and its commit assembles the index from them in the
store's own order.  The index is the one the writer would have built by
reading every article back: the same files, the same results."""

from __future__ import annotations

import hashlib
import json

import pytest

from store import open_store
from store.db import side_build
from store.db import store as db_store
from store.db.index_spool import IndexSpool
from store.ingest import extraction
from store.search import prepared as prepared_module

FIGURES = ["全市新增企业{n}家，同比增长5.7%。", "重庆新能源汽车产量2024年达到{n}万辆。", "地区生产总值{n}亿元，增长6.1%。"]
QUERIES = ["经济快报", "企业", "增长", "cq", "kind:money", "新能源汽车", "亿元"]


def archive(path, n: int, figure: int = 100):
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"title": f"第{i}期经济快报", "body": FIGURES[i % 3].format(n=figure + i),
                         "date": f"2024-05-{1 + i % 28:02d}"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def unpacked(monkeypatch) -> list[int]:
    """How many index documents the commits took from the workers' spool."""
    taken = []
    unpack = prepared_module.unpack
    monkeypatch.setattr(prepared_module, "unpack", lambda *a, **k: taken.append(1) or unpack(*a, **k))
    monkeypatch.setattr(extraction, "POOL_MIN_ARTICLES", 0)
    monkeypatch.setattr(db_store, "SIDE_BUILD_MIN_ARTICLES", 5)
    return taken


def ingested(tmp_path, name: str, jobs: int, monkeypatch, files, seed: bool = True):
    """A store of ``files``, ingested one after another, the index built only after the last."""
    monkeypatch.setenv("FACTDESK_JOBS", str(jobs))
    store = open_store(tmp_path / name / "s.json", seed=seed, index_later=True)  # the seed's index: by the ingest
    for i, file in enumerate(files):
        store.ingest([file], build_index=i == len(files) - 1)
    return store


def index_files(store) -> dict[str, str]:
    """The index's segment files by part (segment names are random), with their digests."""
    directory = store.dir / "index"
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["segments"]) == 1
    return {path.name.split(".", 1)[1]: hashlib.sha1(path.read_bytes()).hexdigest()
            for path in directory.iterdir() if path.name.startswith(manifest["segments"][0]["name"] + ".")}


def results(store) -> dict[str, list]:
    return {q: [(h["article_id"], h["score"], h["hits"], h["snippets"], h["fact_ids"])
                for h in store.search(q, limit=0)["results"]] for q in QUERIES}


def test_the_index_of_prepared_documents_is_the_one_built_from_the_stored_articles(tmp_path, monkeypatch, unpacked):
    files = [archive(tmp_path / "a.jsonl", 40)]
    pooled = ingested(tmp_path, "pooled", 2, monkeypatch, files)
    assert len(unpacked) == 40  # every archive article came from the spool; the seed page's were read back
    inline = ingested(tmp_path, "inline", 1, monkeypatch, files)
    assert len(unpacked) == 40  # one process: nothing prepared aside
    assert index_files(pooled) == index_files(inline)
    assert results(pooled) == results(inline)
    assert results(pooled)["企业"]
    assert pooled.check() == []


def test_a_renamed_article_is_indexed_under_its_new_id(tmp_path, monkeypatch, unpacked):
    """An article whose id another file's article holds is renamed by the
    store after its worker prepared it: its index document is made again
    from what was stored."""
    files = [archive(tmp_path / "one" / "a.jsonl", 3), archive(tmp_path / "two" / "a.jsonl", 40, figure=500)]
    pooled = ingested(tmp_path, "pooled", 2, monkeypatch, files, seed=False)
    assert len(unpacked) == 40 - 3  # the first three titles were the other file's
    inline = ingested(tmp_path, "inline", 1, monkeypatch, files, seed=False)
    assert index_files(pooled) == index_files(inline)
    assert results(pooled) == results(inline)
    ids = {doc["id"] for doc in pooled.catalog()}
    assert {h["article_id"] for h in pooled.search("经济快报", limit=0)["results"]} == ids


def vocabulary(store) -> dict:
    directory = store.dir / "index"
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    return json.loads((directory / manifest["vocab"]).read_text(encoding="utf-8"))


def test_the_series_process_counts_the_vocabulary_of_the_workers_runs(tmp_path, monkeypatch, unpacked):
    """The workers hand each article's vocabulary runs over with its series
    rows (store.series.prepared): the series table's process counts them
    in the store's order while it builds the table (the seed page's from
    its stored records), and the writer only builds the index.  The
    vocabulary is the one counted from the stored articles."""
    jobs = []
    aside = side_build.series_built_aside

    def recording(path, job=side_build.build_series, **rows):
        jobs.append(job)
        return aside(path, job=job, **rows)

    monkeypatch.setattr(db_store, "series_built_aside", recording)
    files = [archive(tmp_path / "a.jsonl", 40)]
    pooled = ingested(tmp_path, "pooled", 2, monkeypatch, files)
    inline = ingested(tmp_path, "inline", 1, monkeypatch, files)
    assert jobs == [side_build.build_series_from_rows, side_build.build_series]
    assert "经济" in vocabulary(pooled)
    assert json.dumps(vocabulary(pooled), ensure_ascii=False) == json.dumps(vocabulary(inline), ensure_ascii=False)
    assert [h["article_id"] for h in pooled.search("jingji", limit=0)["results"]] \
        == [h["article_id"] for h in inline.search("jingji", limit=0)["results"]] != []
    assert pooled.series("企业") == inline.series("企业") != []
    assert pooled.check() == []


def test_the_spool_gives_each_key_its_document_and_none_to_the_others(tmp_path):
    """Articles without a prepared document (their extraction failed, they
    were renamed) leave gaps: the commit prepares those from their records."""
    spool = IndexSpool(tmp_path)
    spool.add(5, None)
    spool.add(6, b"six")
    spool.add(7, None)
    spool.add(9, b"nine")
    reader = spool.reader()
    assert [reader.get(k) for k in range(4, 11)] == [None, None, b"six", None, None, b"nine", None]
    assert len(spool) == 2
    spool.close()


def test_keys_must_come_in_order(tmp_path):
    spool = IndexSpool(tmp_path)
    spool.add(3, b"x")
    with pytest.raises(ValueError):
        spool.add(2, b"y")
    spool.close()


def shard_files(store) -> dict[str, str]:
    return {path.name: hashlib.sha1(path.read_bytes()).hexdigest() for path in (store.dir / "shards").iterdir()}


def test_facts_the_workers_encoded_are_stored_as_the_writer_would_have_encoded_them(tmp_path, monkeypatch, unpacked):
    """The workers send a large first ingest's facts as the JSON the shard
    files hold, and the writer copies it into its blocks: the shard files
    are byte for byte those of facts it encoded itself, a figure beyond 64
    bits (which the store's JSON codec writes another way) included."""
    path = archive(tmp_path / "a.jsonl", 40)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"title": "第99期经济快报", "body": "全市新增企业123456789012345678901234567890家。"},
                             ensure_ascii=False) + "\n")
    pooled = ingested(tmp_path, "pooled", 2, monkeypatch, [path])
    inline = ingested(tmp_path, "inline", 1, monkeypatch, [path])
    assert shard_files(pooled) == shard_files(inline)
    for doc in pooled.catalog():
        assert pooled.facts(doc["id"]) == inline.facts(doc["id"])
    assert pooled.counts() == inline.counts()
    assert pooled.check() == []


def test_encoded_facts_read_as_the_list_they_stand_for():
    import pickle

    facts = [{"id": "a:body:0", "value": 12, "unit": "家"}, {"id": "a:body:1", "value": 5.7, "unit": "%"}]
    extracted = pickle.loads(pickle.dumps(extraction.ExtractedFacts(facts, "k", b"doc")))
    assert type(extracted.packed) is bytes
    assert len(extracted) == 2 and list(extracted) == facts and extracted.facts() == facts and extracted == facts
    assert (extracted.content_key, extracted.prepared) == ("k", b"doc")


def test_without_the_workers_rows_the_writer_counts_the_vocabulary(tmp_path, monkeypatch, unpacked):
    """A series folder that cannot hold the rows' spool (a file in its
    place) leaves the vocabulary to the writer, from the runs the prepared
    documents carry, and the table to a process reading the shard files:
    the vocabulary is the same."""
    from store.db import index_spool

    jobs = []
    aside = side_build.series_built_aside

    def recording(path, job=side_build.build_series, **rows):
        jobs.append(job)
        return aside(path, job=job, **rows)

    monkeypatch.setattr(db_store, "series_built_aside", recording)
    files = [archive(tmp_path / "a.jsonl", 40)]
    with monkeypatch.context() as patched:
        patched.setattr(index_spool.SeriesSpool, "_open", lambda self: open(self._directory, "w+b"))  # a folder
        pooled = ingested(tmp_path, "pooled", 2, monkeypatch, files)
    inline = ingested(tmp_path, "inline", 1, monkeypatch, files)
    assert jobs == [side_build.build_series_only, side_build.build_series]
    assert json.dumps(vocabulary(pooled), ensure_ascii=False) == json.dumps(vocabulary(inline), ensure_ascii=False)
    assert pooled.series("企业") == inline.series("企业") != []
