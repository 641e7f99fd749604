"""The SogouCS news dump format: ``<doc><url/><contenttitle/><content/></doc>``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from store.ingest.articles import file_date
from store.ingest.jsonl import parse_json_record
from store.ingest.record_notes import RecordNotes
from store.records import Article

_SOGOU_DOC = re.compile(r"<doc>(.*?)</doc>", re.DOTALL)
_SOGOU_FIELD = re.compile(r"<(url|contenttitle|content)>(.*?)</\1>", re.DOTALL)


def looks_like_sogou(text: str) -> bool:
    """The SogouCS news dump format: <doc><url/><contenttitle/><content/></doc>."""
    head = text[:4000]
    return "<doc>" in head and "<contenttitle>" in head


def count_docs(text: str) -> int:
    """The number of records, an upper bound of the articles (a record
    without text yields none): for progress, without parsing them."""
    return text.count("<doc>")


def iter_sogou(text: str, file: str, sha: str, notes: RecordNotes | None = None) -> Iterator[Article]:
    """The articles of the records, each read like a JSON Lines record
    (``notes`` hears of those with no text, by record number)."""
    ordinal = 0
    for number, match in enumerate(_SOGOU_DOC.finditer(text), 1):
        fields = {k: v.strip() for k, v in _SOGOU_FIELD.findall(match.group(1))}
        url = fields.get("url", "")
        date = file_date(url.replace("/", "_")) if url else None
        record = {"title": fields.get("contenttitle", ""), "body": fields.get("content", ""), "date": date}
        article = parse_json_record(record, file, ordinal, sha, notes, number)
        if article is not None:
            article["url"] = url or None
            yield article
            ordinal += 1
