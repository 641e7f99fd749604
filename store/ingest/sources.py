"""Input files → parsed sources, with one clear error per unusable file."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from store.errors import InputError
from store.ingest.parse import ParsedSource, count_jsonl_articles, iter_jsonl, iter_sogou, looks_like_sogou, parse_page
from store.ingest.textio import decode, sanitize

TEXT_SUFFIXES = (".txt", ".md", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ACCEPTED = TEXT_SUFFIXES + JSONL_SUFFIXES


@dataclass
class SourceInput:
    """One input file, read and checked, ready to be parsed into articles."""

    path: Path
    name: str
    kind: str  # "page" or "jsonl"
    data: bytes
    sha256: str = ""

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.data).hexdigest()


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class Expansion:
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def expand(paths: list[str | Path]) -> Expansion:
    """Files named directly are taken whatever their suffix; directories are
    walked for .txt/.md/.jsonl files and every other file is reported."""
    result = Expansion()
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            result.files.append(path)
        elif not path.exists():
            result.skipped.append(Skipped(path, "no such file or directory"))
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in ACCEPTED:
                    result.files.append(child)
                else:
                    result.skipped.append(Skipped(child, f"not a .txt, .md or .jsonl file"))
        elif path.is_file():
            result.files.append(path)
        else:
            result.skipped.append(Skipped(path, "not a regular file"))
    return result


def read_input(path: Path, data: bytes | None = None) -> SourceInput:
    """Read one file whole (so a partly unreadable file is rejected whole)."""
    name = "stdin.txt" if str(path) == "-" else display_name(path)
    if data is None:
        data = read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    kind = "jsonl" if path.suffix.lower() in JSONL_SUFFIXES or _looks_like_jsonl(data) else "page"
    return SourceInput(path, name, kind, data)


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


def _looks_like_jsonl(data: bytes) -> bool:
    head = data.lstrip()[:1]
    return head == b"{" and data.lstrip().split(b"\n", 1)[0].rstrip().endswith(b"}")


def parse_input(source: SourceInput) -> tuple[ParsedSource, Iterator[dict[str, Any]]]:
    """Parse a source; the articles come as an iterator so that a large
    JSON Lines file is never held as a list of records."""
    text = decode(source.data, source.name)  # validates the encoding of the whole file
    if source.kind == "jsonl":
        # A first pass validates every line, so a bad line rejects the file
        # before anything is written, and gives the total for progress bars.
        total = count_jsonl_articles(text, source.name)
        return _streamed(source, total, iter_jsonl(text, source.name, source.sha256), "JSON objects with a title or body")
    if looks_like_sogou(text):
        text = text.replace("\r\n", "\n")
        total = sum(1 for _ in iter_sogou(text, source.name, source.sha256))
        return _streamed(source, total, iter_sogou(text, source.name, source.sha256), "<doc> records")
    parsed = parse_page(text, source.name)
    parsed.sha256 = source.sha256  # of the bytes, like the other kinds
    if not any(a["body"] for a in parsed.articles):
        raise InputError(f"{source.path}: no article found (expected a title line and some text)")
    return parsed, iter(parsed.articles)


def _streamed(
    source: SourceInput, total: int, articles: Iterator[dict[str, Any]], expected: str
) -> tuple[ParsedSource, Iterator[dict[str, Any]]]:
    if not total:
        raise InputError(f"{source.path}: no article found (expected {expected})")
    head = ParsedSource(source.name, source.sha256, [])
    head.total = total
    return head, articles
