"""JSON Lines → articles: one ``{"title", "body", "date"?, "source"?}``
object per line (``content`` or ``text`` for the body also work)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import Any

import orjson

from store.errors import InputError
from store.ingest.articles import RawArticle, article_record, assemble, dateline
from store.ingest.blocks import blocks_of
from store.ingest.record_notes import RecordNotes, record_date
from store.ingest.textio import has_html, sanitize, strip_html
from store.records import Article, JsonObject, MetaValue


def parse_json_record(record: JsonObject, file: str, ordinal: int, sha: str,
                      notes: RecordNotes | None = None, where: int = 0) -> Article | None:
    """One JSON Lines record ``{"title", "body", "date"?, "source"?, "url"?}`` → article;
    None for a record with no text.  ``notes`` hears of that and of a date
    that is no calendar date, at ``where`` (the record's line or number)."""
    title, body, wrong = record_text(record)
    if wrong is not None:
        if notes is not None:
            notes.wrong_type_at(where, wrong)
        return None
    body = sanitize(body)
    title = " ".join(sanitize(title).split())
    if has_html(body):
        body = strip_html(body)
    raw = RawArticle(title)
    for block in blocks_of(body.replace("\n", "\n\n")):
        if block.kind == "byline" and raw.byline is None:
            raw.byline = block.text
        elif block.kind == "caption":
            raw.captions.append(block.text)
        elif block.kind in ("heading", "title"):
            raw.paragraphs.append(("heading", block.text))
        else:
            raw.paragraphs.append(("text", block.text))
    text, _ = assemble(raw)
    if not text and not title:
        if notes is not None:
            notes.no_text_at(where)
        return None
    derived = not title
    if derived:
        raw.title = _derive_title(text)
    date, usable = record_date(record.get("date"))
    if not usable and notes is not None:
        notes.bad_date_at(where, record.get("date"))
    elif notes is not None:
        notes.date_seen(where, date)
    outlet = record.get("publication") or _outlet(record.get("source"))
    date = date or dateline(text, None)
    article = article_record(raw, file, ordinal, sha, outlet if isinstance(outlet, str) else None, date)
    if derived:
        article["title_derived"] = True
    url = record.get("url") or record.get("link")
    if isinstance(url, str) and url.strip():
        # Kept as text (cleaned like the body); the app opens only http(s).
        article["url"] = " ".join(sanitize(url).split())
    meta = record_meta(record)
    if meta:
        article["meta"] = meta
    if notes is not None:
        notes.article_at(where)
    return article


def record_text(record: JsonObject) -> tuple[str, str, str | None]:
    """A record's title and body, and what is wrong with them when either is
    no text (``"body is a JSON object"``; then both are empty).  A body
    given as a list of paragraphs (as some scrapers write it) is read as
    those paragraphs; a record with a title and a body that is no text was
    left out as having "no title or text", its title right there."""
    field_name = next((k for k in ("body", "content", "text") if record.get(k)), "body")
    body = record.get(field_name) or ""
    title = record.get("title") or ""
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        body = "\n".join(body)
    for name, value in (("title", title), (field_name, body)):
        if not isinstance(value, str):
            return "", "", f"{name} is {_json_type(value)}"
    return title, body, None


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "a JSON object"


def first_wrong_type(data: JsonlData, file: str) -> str | None:
    """Where a file with no usable record first holds a title or text that
    is no text (``"line 1's title is a list"``), or None."""
    for lineno, record in _jsonl_records(data, file):
        wrong = record_text(record)[2]
        if wrong is not None:
            name, _, what = wrong.partition(" is ")
            return f"line {lineno}'s {name} is {what}"
    return None


# Fields read into the article itself; the rest of a record is its metadata.
_READ_FIELDS = frozenset({"title", "body", "content", "text", "url", "link"})
_META_FIELDS = 32       # at most this many fields are kept …
_META_CHARS = 2_000     # … each name and text cut to this length


def record_meta(record: JsonObject) -> dict[str, MetaValue]:
    """A record's other scalar fields (source, date, author, id …), names
    and text sanitised like article text, so that nothing a feed says of an
    article is lost; nested objects and lists are left out."""
    meta: dict[str, MetaValue] = {}
    for name, value in record.items():
        if name in _READ_FIELDS or value is None or isinstance(value, (dict, list)):
            continue
        clean_name = " ".join(sanitize(str(name)).split())[:_META_CHARS]
        if not clean_name:
            continue
        if isinstance(value, str):
            value = sanitize(value).strip()[:_META_CHARS]
            if not value:
                continue
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**63:
            value = str(value)  # the store's JSON codec keeps 64-bit integers exact
        meta[clean_name] = value
        if len(meta) == _META_FIELDS:
            break
    return meta


# A page copied without its title often names it in the text: 原标题：… (the
# title the article had where it was first published), run straight into the
# text that follows it, or into the source line put after it.
_ORIGINAL_TITLE_RE = re.compile(r"原标题\s*[：:]\s*")
_ORIGINAL_TITLE_END_RE = re.compile(
    r"[。\n]|(?:截图|图片|视频)?来源\s*[：:]|[（(]?(?:本报|新京报|中新网|新华社)?记者|新京报讯|本报讯|编辑\s*[：:]")
_ORIGINAL_TITLE_WITHIN = 300  # characters from the start of the text


def _derive_title(body: str) -> str:
    """A title for a record that has none: the 原标题 its text names near
    its start (without the label: the list showed 原标题：杨利伟再出山 for
    杨利伟再出山！新职务新使命), else its first sentence; at most 40 characters."""
    named = _ORIGINAL_TITLE_RE.search(body, 0, _ORIGINAL_TITLE_WITHIN)
    if named is not None:
        rest = body[named.end():]
        end = _ORIGINAL_TITLE_END_RE.search(rest)
        first = rest[:end.start() if end else len(rest)].strip()
        if first:
            return _clipped(first)
    return _clipped(re.split(r"[。！？!?\n]", body, maxsplit=1)[0])


def _clipped(title: str, most: int = 40) -> str:
    return title if len(title) <= most else title[:most - 1] + "…"


def _outlet(source: Any) -> str | None:
    if not isinstance(source, str) or not source.strip():
        return None
    outlet = source.split("|")[0].strip()
    # A note in brackets after the name ends it, with whatever follows the
    # note: "央视网/新闻联播 (CCTV), body left as in source (HTML tags kept)"
    # is 央视网/新闻联播 (only a trailing note was cut, and every citation
    # read "央视网/新闻联播 (CCTV), body left as in source"); the whole text
    # stays in the article's meta.
    named = re.match(r"(.+?)\s+[(（]", outlet)
    if named is not None:
        outlet = named.group(1)
    outlet = re.sub(r"\s*\([^)]*\)\s*$", "", outlet).strip()
    return outlet or None


JsonlData = bytes | str | Iterable[bytes]  # the file's text or bytes, or its lines


def _jsonl_records(data: JsonlData, file: str) -> Iterator[tuple[int, JsonObject]]:
    """The JSON objects of a JSON Lines text, or of its lines as read from
    the file, one line at a time (a 50 MB file is never copied into a list
    of lines); a bad line rejects the file."""
    lines = _split_lines(data) if isinstance(data, (bytes, str)) else data
    for lineno, line in enumerate(lines, 1):
        if _blank(line):
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            # What is wrong and where: a 50 MB archive cannot be fixed from
            # 'not valid JSON' alone (a trailing comma, a string cut inside
            # an emoji's surrogate pair by the scraper, nesting too deep).
            raise InputError(f"{PurePath(file).name}: line {lineno} is not valid JSON ({err.msg} at column "
                             f"{err.colno}); the file was not ingested") from None
        if not isinstance(record, dict):
            raise InputError(f"{PurePath(file).name}: line {lineno} is not a JSON object; the file was not ingested")
        yield lineno, record


def _split_lines(data: bytes | str) -> Iterator[bytes | str]:
    newline = "\n" if isinstance(data, str) else b"\n"
    start = 0
    while start <= len(data):
        end = data.find(newline, start)  # type: ignore[arg-type]
        if end < 0:
            end = len(data)
        yield data[start:end]
        start = end + 1


def _blank(line: bytes | str) -> bool:
    """A line of whitespace only (bytes: Unicode spaces as well, as text
    would be stripped of them; a record starts with a brace)."""
    stripped = line.strip()
    if isinstance(stripped, str) or not stripped:
        return not stripped
    return stripped[:1] != b"{" and not stripped.decode("utf-8", "replace").strip()


def count_jsonl_articles(data: JsonlData, file: str) -> int:
    """Validate every line and count the records that hold some text: the
    cheap first pass before anything is written."""
    return sum(1 for _, record in _jsonl_records(data, file) if _has_text(record))


def _has_text(record: JsonObject) -> bool:
    title, body, wrong = record_text(record)
    return wrong is None and bool(title.strip() or body.strip())


def iter_jsonl(data: JsonlData, file: str, sha: str | None = None,
               notes: RecordNotes | None = None) -> Iterator[Article]:
    """Articles of a JSON Lines file (see _jsonl_records for errors); ``sha``
    is needed when ``data`` is the file's lines; ``notes`` hears of the
    records left out and the dates not read, by line."""
    if sha is None:
        if not isinstance(data, (bytes, str)):
            raise TypeError("iter_jsonl needs the file's sha256 with its lines")
        sha = hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()
    ordinal = 0
    for lineno, record in _jsonl_records(data, file):
        article = parse_json_record(record, file, ordinal, sha, notes, lineno)
        if article is not None:
            yield article
            ordinal += 1
