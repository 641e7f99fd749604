"""Export facts to CSV, JSON or Markdown files."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from store import Fact, UnitTotal, fact_record, table_field
from tui.citation import (
    cell,
    columns_of,
    facts_tsv,
    figure,
    format_change,
    format_value,
    period_words,
)

FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON", "md": "Markdown"}
# The Markdown table is for reading: the fields a reader needs, values formatted.
MARKDOWN_HEAD = ("kind", "figure", "value", "unit", "subject", "period", "change", "qualifier", "clause")
MARKDOWN_SOURCE = ("sentence", "article_title", "publication", "date", "url")  # in place of the clause


def _records(facts: Sequence[Fact], columns: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Every field of each fact, in the one field order (then its source's, when it has them)."""
    columns = columns or columns_of(facts)
    return [fact_record(f, columns) for f in facts]


def to_csv(facts: Sequence[Fact], columns: Sequence[str] = ()) -> str:
    """``columns``: the header when it must not depend on the rows (an empty
    answer still names the columns a script reads)."""
    out = io.StringIO()
    write_csv(facts, out, columns or columns_of(facts))
    return out.getvalue()


def write_csv(facts: Iterable[Fact], out: IO[str], columns: Sequence[str]) -> int:
    """Facts as CSV rows written as they come (a stream is never held whole); the number written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for n, fact in enumerate(facts, 1):
        writer.writerow(cell(table_field(fact, c)) for c in columns)
    return n


def to_json(facts: Sequence[Fact], totals: Sequence[UnitTotal] = ()) -> str:
    """A list of fact records; with totals, an object holding both."""
    data: Any = _records(facts)
    if totals:
        data = {"totals": list(totals), "facts": data}
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def _md(value: Any) -> str:
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def _md_totals(totals: Sequence[UnitTotal]) -> list[str]:
    lines = ["", "## Totals", "", "| kind | unit | facts | sum | min | max |", "|---|---|---|---|---|---|"]
    from tui.series_output import _repeats

    for t in totals:
        count = f"{t.get('count')} ({_repeats(t).strip()})" if t.get("repeats") else t.get("count")
        lines.append("| " + " | ".join(_md(v) for v in (t.get("kind"), t.get("unit"), count,
                                                        t.get("sum"), t.get("min"), t.get("max"))) + " |")
    return lines


def to_markdown(facts: Sequence[Fact], title: str = "", totals: Sequence[UnitTotal] = ()) -> str:
    sourced = "sentence" in columns_of(facts)
    head = MARKDOWN_HEAD[:-1] + (MARKDOWN_SOURCE if sourced else ("clause",))
    lines = [f"# {_md(title)}", ""] if title else []
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for f in facts:
        row = [f.get("kind"), figure(f), format_value(f, exact=True), f.get("unit"), f.get("subject"),
               period_words(f.get("period")) or f.get("period_text"), format_change(f), f.get("qualifier")]
        row += [f.get(c) for c in MARKDOWN_SOURCE] if sourced else [f.get("clause")]
        lines.append("| " + " | ".join(_md(v) for v in row) + " |")
    if totals:
        lines += _md_totals(totals)
    return "\n".join(lines) + "\n"


def slug(name: str, limit: int = 40) -> str:
    """A file-name-safe stem (keeps CJK, drops path and shell characters)."""
    stem = re.sub(r"[\s/\\:*?\"<>|\[\]()（）]+", "-", name).strip("-.")
    return stem[:limit] or "facts"


def export_facts(
    facts: Sequence[Fact], fmt: str, directory: Path, stem: str, title: str = ""
) -> Path:
    """Write the facts to directory/factdesk-stem.ext (never overwriting) and return the path."""
    return export_to(facts, fmt, directory / f"factdesk-{slug(stem)}", title)


def export_to(facts: Sequence[Fact], fmt: str, target: Path, title: str = "",
              totals: Sequence[UnitTotal] = ()) -> Path:
    """Write the facts to ``target`` (the format's extension added when it
    has none; a folder gets a name of its own), never over an existing file:
    -2, -3 … are added.  Written to a temporary file first, then renamed.
    Totals go into JSON and Markdown; CSV and TSV stay one table of facts."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if _is_folder(target):
        target = target / f"factdesk-{slug(title or 'facts')}"
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    if fmt == "json":
        text = to_json(facts, totals)
    elif fmt == "md":
        text = to_markdown(facts, title, totals)
    else:
        text = to_csv(facts) if fmt == "csv" else facts_tsv(facts)
    return write_new(text, target, bom=fmt == "csv")


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name the system refuses (too long): the write says why, as the file's trouble
        return False


class ExportError(Exception):
    """An export that could not be written: one line naming the file and
    the cause (the store is not involved)."""


def write_new(text: str, target: Path, *, bom: bool = False) -> Path:
    """Write ``text`` to ``target`` or, when that exists, to target-2,
    target-3 …: never over a file.  Written to a temporary file first, then
    renamed; a failed write (no such folder, a full disk, a name too long)
    leaves nothing behind.  Returns the path written.  ``bom`` begins the
    file with a UTF-8 byte-order mark: a spreadsheet app on Windows reads a
    CSV file without one in the system's code page, and its Chinese as
    mojibake (the CLI's ``--csv`` on standard output has none)."""
    path = temporary = None
    try:
        path, n = target, 1
        while path.exists():  # (which raises for a name the system refuses: too long)
            n += 1
            path = target.with_name(f"{target.stem}-{n}{target.suffix}")
        temporary = path.with_name(f".{path.name}.part")
        temporary.write_text(text, encoding="utf-8-sig" if bom else "utf-8")
        os.replace(temporary, path)
    except OSError as err:
        try:
            if temporary is not None:
                temporary.unlink(missing_ok=True)
        except OSError:  # a read-only folder: nothing was written there either
            pass
        raise ExportError(f"cannot write {_shortened(path or target)} ({_cause(err, path or target)})") from None
    return path


def _cause(err: OSError, path: Path) -> str:
    try:
        missing = not path.parent.is_dir()
    except OSError:  # a folder name the system refuses is no missing folder
        missing = False
    return "no such folder" if missing else (err.strerror or str(err)).lower()


PATH_SHOWN = 160  # characters of a path a message names; a pasted paragraph filled the screen


def _shortened(path: Path) -> str:
    """The path, its middle cut out when it is longer than PATH_SHOWN (the
    folder it starts in and the name's end stay)."""
    shown = str(path)
    if len(shown) <= PATH_SHOWN:
        return shown
    half = PATH_SHOWN // 2
    return f"{shown[:half]}…{shown[-half:]}"
