"""A large JSON Lines file is read a line at a time instead of held whole
as text: it gives the same articles, facts, checksum and errors as the same
file read whole, and a file that is not plain UTF-8 is still read whole."""

from __future__ import annotations

import codecs
import json

import pytest

from store import open_store
from store.errors import InputError
from store.ingest import sources
from store.ingest.pipeline import parse_source

RECORDS = [
    {"title": "全市新增企业", "body": "全市新增企业120家，同比增长5.7%。\n二季度增长6.1%。", "date": "2024-05-01"},
    {"title": "", "body": "地区生产总值3.2万亿元，增长6.1个百分点。"},
    {"title": "汽车产量", "content": "重庆新能源汽车产量2024年达到95.3万辆。", "url": "https://example.com/a"},
]


def jsonl_bytes(records, *, bom: bool = False, crlf: bool = False, blank: str = "") -> bytes:
    newline = "\r\n" if crlf else "\n"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    text = newline.join(lines[:1] + [blank] + lines[1:]) + newline
    return (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")


def stored(tmp_path, name: str, data: bytes, monkeypatch, stream: bool):
    monkeypatch.setattr(sources, "STREAM_BYTES", 1 if stream else 1 << 40)
    path = tmp_path / name / "feed.jsonl"
    path.parent.mkdir()
    path.write_bytes(data)
    store = open_store(tmp_path / name / "s.json", seed=False)
    report = store.ingest([path])
    return store, report, path


def contents(store):
    return [(store.article(d["id"]), store.facts(d["id"])) for d in store.catalog()]


@pytest.mark.parametrize("shape", [{}, {"bom": True}, {"crlf": True}, {"blank": "\u3000 "}])
def test_streamed_file_stores_what_the_whole_file_stores(tmp_path, monkeypatch, shape):
    data = jsonl_bytes(RECORDS, **shape)
    streamed, report, _ = stored(tmp_path, "streamed", data, monkeypatch, stream=True)
    whole, _, _ = stored(tmp_path, "whole", data, monkeypatch, stream=False)
    assert report.added == 3
    assert contents(streamed) == contents(whole)
    assert [s["sha256"] for s in streamed.sources()] == [s["sha256"] for s in whole.sources()]


def test_streamed_source_holds_no_text(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "STREAM_BYTES", 1)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(jsonl_bytes(RECORDS))
    source = sources.read_source(path)
    assert source.text == "" and source.lines is not None
    assert [a["title"] for a in parse_source(source).articles][::2] == ["全市新增企业", "汽车产量"]


def test_a_bad_line_rejects_a_streamed_file_as_a_whole_one(tmp_path, monkeypatch):
    bad = jsonl_bytes(RECORDS) + b"{not json\n"
    messages = []
    for stream in (True, False):
        monkeypatch.setattr(sources, "STREAM_BYTES", 1 if stream else 1 << 40)
        path = tmp_path / "bad.jsonl"
        path.write_bytes(bad)
        with pytest.raises(InputError) as err:
            parse_source(sources.read_source(path))
        messages.append(str(err.value))
    assert messages[0] == messages[1] and "line 5 is not valid JSON" in messages[0]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_a_file_in_another_encoding_is_read_whole(tmp_path, monkeypatch, encoding):
    text = jsonl_bytes(RECORDS).decode("utf-8")
    streamed, report, _ = stored(tmp_path, "other", text.encode(encoding), monkeypatch, stream=True)
    whole, _, _ = stored(tmp_path, "utf8", jsonl_bytes(RECORDS), monkeypatch, stream=False)
    assert report.added == 3
    assert [a["body"] for a, _ in contents(streamed)] == [a["body"] for a, _ in contents(whole)]
