"""Where ingested text comes from: files, folders and stdin.

Each input is read whole (a partly unreadable file is rejected whole),
decoded once and its format sniffed once, giving a :class:`Source` the
pipeline hands to the format's parser.  Every problem is one InputError line.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from store.errors import InputError
from store.ingest.sogou import looks_like_sogou
from store.ingest.stdin_spool import spool_lines, spool_stdin
from store.ingest.textio import decode, decode_lines, no_text, sanitize

TEXT_SUFFIXES = (".txt", ".md", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# A JSON document: one record, or an array of them (an export, a scraper's
# dump), read as the JSON Lines of its records.  A .json file of JSON Lines
# is read as such.
JSON_SUFFIXES = (".json",)
ACCEPTED = TEXT_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES
# Why a folder's other files are left out (the command groups the files skipped for it).
NOT_ACCEPTED = "not a .txt, .md, .json or .jsonl file"
# JSON Lines files from this size on are read a line at a time.
STREAM_BYTES = 32 * 1024 * 1024
STDIN = "-"

Format = Literal["page", "jsonl", "sogou"]


@dataclass
class Source:
    """One input, decoded, with its format known."""

    path: Path
    name: str      # the file name as stored and shown
    format: Format
    text: str
    sha256: str    # of the bytes as read
    key: str | None = None  # its identity when the name is not enough (see source_key)
    # A large UTF-8 JSON Lines file is not held as text: each call reads its
    # lines again from the file (``text`` is then empty).
    lines: Callable[[], Iterator[bytes]] | None = None
    # JSON Lines of mixed encodings, each line read alone: the lines read
    # as GB18030, and those no encoding reads (left out, said by number).
    other_encoding: list[int] = field(default_factory=list)
    unreadable_lines: list[int] = field(default_factory=list)


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class Expansion:
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def expand(paths: list[str | Path], own: Path | None = None) -> Expansion:
    """Files named directly are taken whatever their suffix; directories are
    walked for .txt/.md/.json/.jsonl files and every other file is reported,
    except the files of ``own``, the store being written (kept among the
    news, as the default ``~/news/factdesk.json`` is: its main file, its
    ``.d`` folder, its lock and what is kept aside beside it), which are
    left out without a word — they are no input, and saying them made
    every ingest of that folder end with exit 1."""
    result = Expansion()
    mine = _own_files(own)
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            result.files.append(path)
            continue
        try:
            exists = path.exists()
        except OSError as err:  # a name the system refuses (too long) or cannot look up: this one is left out
            result.skipped.append(Skipped(path, (err.strerror or str(err)).lower()))
            continue
        if not exists:
            result.skipped.append(Skipped(path, "no such file or directory"))
        elif path.is_dir():
            found = len(result.files) + len(result.skipped)
            for child in _files_under(path, result):
                if any(part.startswith(".") for part in child.relative_to(path).parts) or mine(child):
                    continue
                if child.suffix.lower() in ACCEPTED and not child.exists():  # a link to nothing
                    result.skipped.append(Skipped(child, f"a link to a missing file ({os.readlink(child)})"))
                elif child.suffix.lower() in ACCEPTED and not child.is_file():  # reading a FIFO would wait for ever
                    result.skipped.append(Skipped(child, "not a regular file"))
                elif child.suffix.lower() in JSON_SUFFIXES and (why := _store_part(child, path)):
                    result.skipped.append(Skipped(child, why))
                elif child.suffix.lower() in ACCEPTED:
                    result.files.append(child)
                else:
                    result.skipped.append(Skipped(child, NOT_ACCEPTED))
            if len(result.files) + len(result.skipped) == found:
                # An empty folder (a mistyped path, a drop folder not filled yet)
                # is said, not a silent success that ingested nothing.
                result.skipped.append(Skipped(path, "the folder holds no .txt, .md, .json or .jsonl file"))
        elif path.is_file():
            result.files.append(path)
        else:
            result.skipped.append(Skipped(path, "not a regular file"))
    return result


def _own_files(own: Path | None) -> Callable[[Path], bool]:
    """Whether a file a folder walk finds belongs to the store ``own``."""
    if own is None or not isinstance(own, Path):
        return lambda child: False
    try:
        main = os.path.realpath(own)
    except (OSError, ValueError):
        return lambda child: False
    side = main + ".d" + os.sep
    folder, name = os.path.split(main)

    def mine(child: Path) -> bool:
        try:
            real = os.path.realpath(child)
        except (OSError, ValueError):
            return False
        if real == main or real.startswith(side):
            return True
        here, base = os.path.split(real)
        return here == folder and base.startswith(name + ".") and Path(base).suffix.lower() not in ACCEPTED

    return mine


def _store_part(child: Path, folder: Path) -> str:
    """Why a .json file a folder walk finds is no news: a factdesk store (the
    README keeps one beside the news, ``~/news/factdesk.json``) or a file of
    its folder (``factdesk.json.d/``); else "".  Both were "not a .txt, .md
    or .jsonl file" before .json files were read."""
    if any(part.lower().endswith(".json.d") for part in child.relative_to(folder).parts[:-1]):
        return NOT_ACCEPTED  # (said with the store folder's other files)
    try:
        with child.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return ""  # read later, which says why not
    return "a factdesk store, not news" if head.startswith(b'{"_meta":') else ""


def _files_under(folder: Path, result: Expansion) -> list[Path]:
    """The files under ``folder`` (symbolic links to folders not followed),
    sorted; a folder that cannot be read is reported, never silently left out."""
    def unreadable(err: OSError) -> None:
        why = (err.strerror or str(err)).lower()
        result.skipped.append(Skipped(Path(err.filename or folder), f"cannot read the folder ({why})"))

    files = []
    for here, _, names in os.walk(folder, onerror=unreadable):
        # (a dangling link and a pipe, socket or device are kept, to be said: they were left out without a word)
        files += [p for p in (Path(here) / name for name in names) if not p.is_dir()]
    return sorted(files)


def read_source(path: Path, data: bytes | None = None) -> Source:
    """Read (``-``: stdin), decode and sniff one input; ``data`` stands in
    for the file's bytes when given."""
    is_stdin = str(path) == STDIN
    name = "stdin.txt" if is_stdin else display_name(path)
    if data is None and not is_stdin and path.suffix.lower() in JSONL_SUFFIXES:
        streamed = _streamed_jsonl(path, name)
        if streamed is not None:
            return streamed
    if data is None and is_stdin:
        spooled = spool_stdin()
        if spooled.size >= STREAM_BYTES and spooled.plain_utf8 and spooled.looks_like_jsonl():
            return Source(path, name, "jsonl", "", spooled.sha256, stdin_key(spooled.sha256),
                          lines=partial(spool_lines, spooled))
        data = spooled.whole()
    if data is None:
        data = read_bytes(path)
    if not data.strip():
        raise InputError(no_text(str(path), data, is_stdin))
    # validates the encoding of the whole file; its errors name the path, as every other skip does
    try:
        text = decode(data, name if is_stdin else str(path))
    except InputError:
        by_line = decode_lines(data) if is_stdin or path.suffix.lower() in JSONL_SUFFIXES + JSON_SUFFIXES else None
        if by_line is None or not (by_line[1] or by_line[2]):
            raise
        text, other, unreadable = by_line
        sha256 = hashlib.sha256(data).hexdigest()
        key = stdin_key(sha256) if is_stdin else source_key(path)
        return Source(path, name, "jsonl", text, sha256, key, other_encoding=other, unreadable_lines=unreadable)
    sha256 = hashlib.sha256(data).hexdigest()
    key = stdin_key(sha256) if is_stdin else source_key(path)
    records = json_document(path, text, is_stdin)
    if records is not None:
        return Source(path, name, "jsonl", records, sha256, key)
    return Source(path, name, sniff(path, text), text, sha256, key)


def json_document(path: Path, text: str, is_stdin: bool = False) -> str | None:
    """A JSON document's records as JSON Lines, one a line: a .json file (or
    any input that starts with ``[`` or ``{`` and parses whole) holding one
    record or an array of them.  A pretty-printed record or an array was
    read as a page of text titled "{" or "[" (walk35).  None when the text
    is not one JSON document (JSON Lines, a page); an InputError for a
    .json file that is neither JSON nor JSON Lines, naming where it breaks."""
    import json

    if not is_stdin and path.suffix.lower() in JSONL_SUFFIXES:
        return None  # JSON Lines by name: each line a record, each bad line said
    head = text.lstrip("\ufeff \t\r\n")[:1]
    is_json = not is_stdin and path.suffix.lower() in JSON_SUFFIXES
    if head not in ("[", "{"):
        if is_json:
            raise InputError(f"{path}: not JSON (a .json file holds a record, an array of records or JSON Lines)")
        return None
    try:
        document = json.loads(text.lstrip("\ufeff"))
    except ValueError as err:
        if sniff(path, text) == "jsonl" or not is_json:
            return None  # JSON Lines (read line by line, each bad line said), or a page that starts with a bracket
        where = f" at line {err.lineno} column {err.colno}" if isinstance(err, json.JSONDecodeError) else ""
        reason = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
        raise InputError(f"{path}: not valid JSON{where} ({reason[:1].lower() + reason[1:]})") from None
    except RecursionError:  # Python's reader, past some thousand levels: said as orjson's depth limit is for a line
        if not is_json:
            return None  # read as JSON Lines, whose line says the same
        raise InputError(f"{path}: not valid JSON (nested too deep: arrays or objects inside one another beyond what "
                         f"a record can hold); the file was not ingested") from None
    items = document if isinstance(document, list) else [document]
    if not items:
        raise InputError(f"{path}: an empty JSON array, no records")
    # Each record on a line of its own: the JSON Lines reader then says a
    # record that is not an object by its number ("line N" is the Nth record).
    return "\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n"


def _streamed_jsonl(path: Path, name: str) -> Source | None:
    """A JSON Lines file too large to hold as text, read line by line: one
    pass here for its checksum and to validate it as UTF-8 (as decode
    would), later ones for its records.  None for a small file, or one that
    is not plain UTF-8 text (decode then reads it whole, as any other)."""
    try:
        if path.stat().st_size < STREAM_BYTES:
            return None
        digest = hashlib.sha256()
        check = codecs.getincrementaldecoder("utf-8-sig")()
        text_seen = False
        with path.open("rb") as handle:
            chunk = handle.read(8192)
            if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in chunk:
                return None
            while chunk:
                digest.update(chunk)
                check.decode(chunk)
                text_seen = text_seen or bool(chunk.strip())
                chunk = handle.read(1 << 20)
        check.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return None  # read whole, which says what is wrong in one line
    if not text_seen:
        return None
    sha256 = digest.hexdigest()
    return Source(path, name, "jsonl", "", sha256, source_key(path), lines=partial(_file_lines, path, sha256))


def _file_lines(path: Path, sha256: str | None = None) -> Iterator[bytes]:
    """The lines of a UTF-8 file, its byte-order mark left out.  With
    ``sha256`` (the checksum the first pass took, which the store keeps as
    the source's), the bytes read are checked against it at the end: a file
    rewritten or appended to between the passes (a sync job copying it
    over itself, a crawler appending) gave the articles of the bytes read
    last under the checksum of the first — a half-copied file stored as the
    whole one, and every later ingest of the whole file "unchanged"."""
    digest = hashlib.sha256() if sha256 is not None else None
    try:
        with path.open("rb") as handle:
            first = True
            for line in handle:
                if digest is not None:
                    digest.update(line)
                yield line[3:] if first and line.startswith(codecs.BOM_UTF8) else line
                first = False
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if digest is not None and digest.hexdigest() != sha256:
        raise InputError(f"{path}: not ingested: it changed while it was being read (written to by another "
                         f"program); ingest it again once it has stopped changing")


def stdin_key(sha256: str) -> str:
    """Standard input's identity: its content.  Every stream is named
    stdin.txt, and a second, different stream must add its articles, never
    replace the first one's as a changed file would."""
    return f"stdin:{sha256}"


def source_key(path: Path) -> str | None:
    """A source's identity: its full path, so that ``2024/news.jsonl`` and
    ``2025/news.jsonl`` are two sources and the same file ingested again from
    anywhere is one.  A shipped seed page is known by its name alone (the
    package may move between installs)."""
    from store.paths import SEED_SOURCES

    real = Path(os.path.realpath(path))
    if real.parent == Path(os.path.realpath(SEED_SOURCES)):
        return None
    # Bytes that are not UTF-8 are kept apart as \xNN escapes: "replace"
    # made them all U+FFFD, so `\xff.txt` and `\xfe.txt` in one folder were
    # one source and each ingest of either replaced the other's articles
    # (fault53).  A UTF-8 path's key is as before.
    return os.fsdecode(real).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def sniff(path: Path, text: str) -> Format:
    """JSON Lines by suffix or by a first line that is a JSON object; else
    SogouCS by its tags; else a page of text."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        return "jsonl"
    head = text.lstrip()
    if head[:1] == "{" and head.split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    return "sogou" if looks_like_sogou(text) else "page"


def read_text(path: str | Path) -> str:
    """A text file (``-``: stdin) decoded and made terminal-safe, for
    extracting facts without ingesting."""
    if str(path) == STDIN:
        return sanitize(decode(sys.stdin.buffer.read(), "-"))
    return sanitize(decode(read_bytes(Path(path)), str(path)))


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or an InputError saying in one line why not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None


def display_name(path: Path) -> str:
    """The file name as stored and shown.  A name is untrusted text too:
    undecodable bytes (which would break UTF-8 output) are replaced and
    escape sequences removed."""
    return sanitize(os.fsencode(path.name).decode("utf-8", "replace")) or "unnamed"
