"""What the ``factdesk`` command prints: lines and JSON Lines on stdout,
one-line errors on stderr, the ingest report, fact rows and the progress bar.
Text from files and the store is made terminal-safe before it is shown."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from typing import Any
from store import counted

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def out(line: str) -> None:
    sys.stdout.write(line + "\n")


def jsonl(record: Any) -> None:
    import json

    import orjson

    try:
        line = orjson.dumps(record).decode()
    except TypeError:        # an int beyond 64 bits (a 30-digit figure): the standard codec holds it
        line = json.dumps(record, ensure_ascii=False)
    sys.stdout.write(line + "\n")


WORD_SHOWN = 160  # characters of one word (a path, an id, a kind) an error line names


def error_line(message: str) -> None:
    sys.stderr.write(f"factdesk: {cut_long_words(one_line(byte_names(message)))}\n")


_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes that are not UTF-8 (Python's surrogate escapes)
_PATH_PARTS = re.compile(r"([\s/:])")


def byte_names(text: str) -> str:
    """File names that are not UTF-8 written as ``ls -b`` writes them
    (``\\xbb\\xb5…``, which bash's ``$'…'`` reads back), with their reading
    as GB18030 — how a Chinese Windows names files, as archives unpacked
    here keep them — when their bytes read so: the surrogate escapes the
    stream printed instead (``\\udcbb``) named no byte anyone can type."""
    if not _UNDECODED.search(text):
        return text
    return "".join(_written(part) if _UNDECODED.search(part) else part for part in _PATH_PARTS.split(text))


def _written(part: str) -> str:
    raw = part.encode("utf-8", "surrogateescape")
    escaped = "".join(chr(b) if b < 0x80 else f"\\x{b:02x}" for b in raw)  # every byte, as they are not UTF-8
    try:
        return f"{escaped} (GB18030: {raw.decode('gb18030')})"
    except UnicodeDecodeError:
        return escaped


def cut_long_words(text: str, longest: int = WORD_SHOWN) -> str:
    """The text with each word longer than ``longest`` characters cut in its
    middle: a store path, an article id or a kind pasted from a paragraph
    (100,000 characters) was echoed whole, a line that filled the screen and
    hid the reason after it.  A word's start and end stay: a path's folder
    and its name, an id's prefix."""
    half = longest // 2
    return " ".join(f"{word[:half]}…{word[-half:]}" if len(word) > longest else word
                    for word in text.split(" "))


def utf8(text: str) -> str:
    """Text with undecodable file-name bytes (surrogate escapes) replaced."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def one_line(text: str) -> str:
    from store import sanitize

    return " ".join(sanitize(str(text)).split())


def shown(text: Any) -> str:
    """A path or file name as printed: undecodable bytes replaced, escape
    sequences and control characters removed (a file name can retitle a
    terminal)."""
    from store import sanitize

    return sanitize(utf8(byte_names(str(text))))


def progress_bar() -> tuple[Any, Callable[[str, int, int | None], None]]:
    """A rich progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return None, lambda *a: None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        # markup=False: a file name such as "[link=…]x[/link].txt" is text, not a hyperlink.
        TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )
    tasks: dict[str, Any] = {}
    saving: list[tuple[Any, str]] = []  # the file being saved: (task, label)

    def update(name: str, done: int, total: int | None) -> None:
        label = one_line(name)[:40]
        if name not in tasks:
            for task, shown in saving:  # each file is its own commit: the next file starts after it
                progress.update(task, description=f"{shown} · saved")
            saving.clear()
            tasks[name] = progress.add_task(label, total=total)
        # Every article read: the file's commit (its shards, the search index, the
        # series table) follows and takes a while on a large file — a full bar
        # at 0:00:00 with nothing said looked hung.
        description = label
        if total is not None and done >= total:
            description = f"{label} · saving (search index, series)…"
            saving[:] = [(tasks[name], label)]
        progress.update(tasks[name], completed=done, total=total, description=description)

    return progress, update


def print_report(report: Any, as_json: bool, *, error: str | None = None,
                 not_ingested: list[str] | None = None) -> int:
    """The ingest report; ``error``: why the ingest stopped before
    ``not_ingested`` (in the JSON record, and on stderr from the caller)."""
    for _, notice in getattr(report, "notices", ()):   # said in either form; no problem: the status stays
        error_line(utf8(notice))
    if as_json:
        record = {
            "added": report.added, "merged": report.merged, "removed": report.removed, "facts": report.facts,
            "ingested": report.ingested_sources, "unchanged": report.unchanged_sources,
            # A path with undecodable bytes cannot go into JSON as it is.
            "skipped": [{"path": utf8(p), "reason": utf8(r)} for p, r in report.skipped],
            "repeated": getattr(report, "repeated", 0),   # records left out as repeats of an earlier one
            # why it stopped and what it left out: null and [] when it did not (one schema either way)
            "error": None if error is None else utf8(error),
            "not_ingested": [utf8(p) for p in not_ingested or []],
        }
        jsonl(record)
    else:
        for line in skipped_lines(report.skipped, getattr(report, "partial", ())):
            error_line(line)
        for name in report.unchanged_sources:
            out(f"unchanged  {shown(name)}")
        if report.ingested_sources:
            out(f"ingested   {counted(len(report.ingested_sources), 'file')}: {counted(report.added, 'article')}, {counted(report.facts, 'fact')}"
                 + (f", {report.merged} already stored from another file (sources added)" if report.merged else "")
                 + (f", replaced {report.removed}" if report.removed else ""))
    return EXIT_ERROR if report.skipped else EXIT_OK


# An article's fields in `articles --json` and `show --json`, each on every
# record: url, meta and title_derived were left out of the records that had
# none (a page's articles, a record with a title), so a JSON Lines reader met
# two schemas in one stream.  A field the store adds later still follows.
ARTICLE_FIELDS: tuple[str, ...] = (
    "id", "title", "sections", "byline", "reporters", "captions", "body", "source", "sources", "publication",
    "date", "order", "url", "meta", "title_derived",
)
_ARTICLE_DEFAULTS: dict[str, Any] = {"sections": [], "reporters": [], "captions": [], "sources": [], "meta": {},
                                     "title_derived": False}


def article_record(article: Any) -> dict[str, Any]:
    """The article as `--json` prints it: every field of ARTICLE_FIELDS (null, [], {} or false when it has none)."""
    record = {k: article.get(k, _ARTICLE_DEFAULTS.get(k)) for k in ARTICLE_FIELDS}
    record.update((k, v) for k, v in article.items() if k not in record)
    return record


def print_facts(facts: Iterable[Any], as_json: bool, as_csv: bool) -> int:
    """Print facts as they come (a stream is never held whole); the number printed."""
    from store import FACT_COLUMNS, fact_record

    shown = 0
    if as_json:
        for shown, fact in enumerate(facts, 1):
            jsonl(fact_record(fact))  # every field, null when absent
        return shown
    if as_csv:
        from tui.export import write_csv

        return write_csv(facts, sys.stdout, FACT_COLUMNS)  # the store's facts carry no source columns
    from tui.citation import fact_period_words, format_change, format_value

    for shown, fact in enumerate(facts, 1):
        # Exact values, percent apart from points (58.2% / 2.3 pp), the full unit,
        # the period in words (2024年前三季度, as a citation says it; --csv and
        # --json keep the code), the subject last (it has no bound).
        period = fact_period_words(fact)
        cells = [fact.get("kind") or "", fact["surface"], format_value(fact, exact=True), fact.get("unit") or "",
                 format_change(fact), period, fact.get("subject") or ""]
        out(" ".join(pad(cell, width) for cell, width in zip(cells, (9, 16, 22, 10, 8, 14, 0))).rstrip())
    return shown


def pad(text: str, width: int) -> str:
    """Pad to a width in terminal cells: a Chinese character takes two."""
    from rich.cells import cell_len

    return text + " " * max(0, width - cell_len(text))


# A folder's files of other kinds (store.NOT_ACCEPTED their reason) are said in one line from this many on (a
# folder of PDFs, or a store's own folder, would be a screen of lines).
NOT_TEXT_GROUPED = 4
NOT_TEXT_NAMED = 3


def _by_name(path: str) -> str:
    """How to ingest a text a folder walk leaves out: SogouCS dumps are .dat
    files (news_tensite_xml.dat), read when named on their own."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if name.lower().endswith(".dat") or "." not in name:
        return " (a file named on its own is read whatever its name, as a SogouCS .dat dump)"
    return ""


def skipped_lines(skipped: list[Any], partial: Iterable[str] = ()) -> list[str]:
    """One line per file left out; a folder's files of other kinds together.
    A file in ``partial`` was saved: its line says what of it was left out,
    without "skipped" before its name."""
    from store import NOT_ACCEPTED as NOT_TEXT  # (here: the ingest modules are not every command's to load)

    saved = set(partial)
    other = [str(path) for path, reason in skipped if reason == NOT_TEXT]
    grouped = len(other) >= NOT_TEXT_GROUPED
    lines = [f"{'' if str(path) in saved else 'skipped '}{skip_reason(str(path), reason)}"
             f"{_by_name(str(path)) if reason == NOT_TEXT else ''}"
             for path, reason in skipped if not (grouped and reason == NOT_TEXT)]
    if grouped:
        names = ", ".join(other[:NOT_TEXT_NAMED])
        lines.append(f"skipped {counted(len(other), 'file')} of the folders given that are not .txt, .md, .json or .jsonl files "
                     f"({names}, …); a file named on its own is read whatever its name")
    return lines


def skip_reason(path: str, reason: str) -> str:
    """``PATH: why``, naming the file once whether the reason starts with
    its path, its bare name (as a parser's does) or neither."""
    if reason.startswith(path):
        return reason
    name = "stdin.txt" if path == "-" else path.replace("\\", "/").rsplit("/", 1)[-1]  # stdin is read as stdin.txt
    if reason.startswith(f"{name}: "):
        reason = reason[len(name) + 2:]
    return f"{path}: {reason}"
