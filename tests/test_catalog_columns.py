"""The columnar catalog segment: a store reads its catalog a column at a
time, answers exactly as one whose catalog is parsed whole, and a store
written before the layout is read as it is and rewritten once."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import open_store
from store.db import catalog_log
from store.db.catalog_segment import ColumnDoc, encode_column, is_columnar
from store.db.schema import SCHEMA_VERSION, read_main
from store.db.shared_sources import RowLookup
from store.db.storage import dumps, pack
from store.paths import sidecar_dir

PAGES = {
    "a.txt": "# 新能源汽车产量大增\n\n全市新能源汽车产量达到95.3万辆，同比增长22.2%。\n\n"
             "# 港口吞吐量创新高\n\n全年港口货物吞吐量2.1亿吨，增长3.5%。\n",
    "b.txt": "# 粮食产量稳定\n\n全年粮食产量1.2亿吨，同比增长1.5%。\n",
}


def _store(tmp_path: Path):
    store = open_store(tmp_path / "s" / "factdesk.json", seed=False)
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store.ingest_paths([tmp_path / name for name in PAGES])
    return store


def _whole(data) -> dict:
    """The catalog with every column read into plain lists."""
    return {key: {name: (list(value) if isinstance(value, list) else value) for name, value in doc.items()}
            for key, doc in data["catalog"].items()}


def test_a_store_opened_column_by_column_answers_as_one_read_whole(tmp_path):
    store = _store(tmp_path)
    data = read_main(store.path)
    assert all(isinstance(doc, ColumnDoc) for doc in data["catalog"].values())
    whole = _whole(data)
    reopened = open_store(store.path)
    assert reopened.catalog() == store.catalog()
    assert reopened.counts() == {"sources": 2, "articles": 3, "facts": sum(sum(d["n_facts"]) for d in whole.values())}
    for doc in whole.values():
        for aid in doc["ids"]:
            assert reopened.article(aid)["id"] == aid


def test_looking_up_an_id_or_content_key_reads_no_title(tmp_path):
    store = _store(tmp_path)
    whole = _whole(read_main(store.path))
    data = read_main(store.path)
    docs = list(data["catalog"].values())
    for column in ("ids", "keys"):
        lookup = RowLookup(data["catalog"], column)
        for doc in whole.values():
            for aid, value in zip(doc["ids"], doc[column]):
                assert lookup.get(value) == aid
        assert lookup.get("0123456789abcdef") is None
    assert not any(doc._decoded for doc in docs)  # no column was made a list


def test_past_a_few_questions_lookups_go_through_sorted_arrays_with_the_same_answers(tmp_path):
    store = _store(tmp_path)
    data = read_main(store.path)
    whole = _whole(data)
    lookup = RowLookup(data["catalog"], "keys")
    lookup._asked = RowLookup.SCANS  # as after a few questions
    for doc in whole.values():
        for aid, key in zip(doc["ids"], doc["keys"]):
            assert lookup.get(key) == aid
    assert lookup.get("ffffffffffffffff") is None
    assert lookup.get("not a key") is None


def test_adding_one_article_reads_no_title_or_date_of_the_stored_ones(tmp_path):
    store = _store(tmp_path)
    reopened = open_store(store.path)
    stored = list(reopened.committed_data()["catalog"].values())
    (tmp_path / "c.txt").write_text("# 出口增长\n\n出口总额增长8.1%。\n", encoding="utf-8")
    reopened.ingest_paths([tmp_path / "c.txt"], build_index=False)
    for doc in stored:
        assert "titles" not in doc._decoded and "dates" not in doc._decoded
    assert reopened.counts()["articles"] == 4


@pytest.mark.parametrize("values, encoding", [
    (["0123456789abcdef", "fedcba9876543210"], "hex16"),
    (["0123456789abcdef", ""], "json"),            # a content key lost with a damaged shard
    (["0123456789ABCDEF"], "json"),                # not the lowercase digits ids are written in
    ([1, 2, 3], "json"),
])
def test_a_column_is_written_as_hex_only_when_every_value_is_sixteen_hex_digits(values, encoding):
    assert encode_column(values)[1] == encoding


def test_a_store_of_the_previous_layout_is_read_as_it_is_and_rewritten_once(tmp_path):
    store = _store(tmp_path)
    before = store.catalog()
    data = read_main(store.path)
    whole = _whole(data)
    directory = sidecar_dir(store.path) / catalog_log.CATALOG_DIR
    raw = pack({"sources": dict(data["sources"]), "catalog": whole})  # schema 4: one JSON document
    name = catalog_log.segment_name(data["_meta"]["1"]["generation"] + 10)
    (directory / name).write_bytes(raw)
    data["_meta"]["1"]["schema"] = 4
    data["_meta"]["1"]["generation"] += 10  # the generation that wrote the segment (a main never names a later one)
    store.path.write_bytes(dumps({"_meta": data["_meta"], "log": [[name, *catalog_log.shard_sum(raw)]]}))
    old = open_store(store.path)
    assert old.catalog() == before
    assert all(isinstance(doc, dict) for doc in old.committed_data()["catalog"].values())
    (tmp_path / "c.txt").write_text("# 出口增长\n\n出口总额增长8.1%。\n", encoding="utf-8")
    old.ingest_paths([tmp_path / "c.txt"], build_index=False)
    main = read_main(store.path)
    assert main["_meta"]["1"]["schema"] == SCHEMA_VERSION
    assert len(main["log"]) == 1 and is_columnar((directory / main["log"][0][0]).read_bytes())
    assert open_store(store.path).catalog()[:3] == before
    reopened = open_store(store.path)
    reopened.prepare_series()  # (the ingest above built no index nor table: a writer's job, as check --fix does)
    assert reopened.check() == []
