"""Export facts to CSV, JSON or Markdown files."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from store import FACT_COLUMNS, Fact
from tui.citation import cell, figure, format_change, format_value

FORMATS = {"csv": "CSV", "json": "JSON", "md": "Markdown"}
# The Markdown table is for reading: the fields a reader needs, values formatted.
MARKDOWN_HEAD = ("kind", "figure", "value", "unit", "subject", "period", "change", "qualifier", "clause")


def _records(facts: Sequence[Fact]) -> list[dict[str, Any]]:
    """Every field of each fact, in the one field order."""
    return [{c: f.get(c) for c in FACT_COLUMNS} for f in facts]


def to_csv(facts: Sequence[Fact]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FACT_COLUMNS)
    for record in _records(facts):
        writer.writerow(cell(v) for v in record.values())
    return out.getvalue()


def to_json(facts: Sequence[Fact]) -> str:
    return json.dumps(_records(facts), ensure_ascii=False, indent=2) + "\n"


def _md(value: Any) -> str:
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def to_markdown(facts: Sequence[Fact], title: str = "") -> str:
    lines = [f"# {_md(title)}", ""] if title else []
    lines.append("| " + " | ".join(MARKDOWN_HEAD) + " |")
    lines.append("|" + "---|" * len(MARKDOWN_HEAD))
    for f in facts:
        row = (f.get("kind"), figure(f), format_value(f, exact=True), f.get("unit"), f.get("subject"),
               f.get("period") or f.get("period_text"), format_change(f), f.get("qualifier"), f.get("clause"))
        lines.append("| " + " | ".join(_md(v) for v in row) + " |")
    return "\n".join(lines) + "\n"


def slug(name: str, limit: int = 40) -> str:
    """A file-name-safe stem (keeps CJK, drops path and shell characters)."""
    stem = re.sub(r"[\s/\\:*?\"<>|\[\]()（）]+", "-", name).strip("-.")
    return stem[:limit] or "facts"


def export_facts(
    facts: Sequence[Fact], fmt: str, directory: Path, stem: str, title: str = ""
) -> Path:
    """Write the facts to directory/stem.ext (never overwriting) and return the path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    text = {"csv": to_csv, "json": to_json}.get(fmt, lambda fs: to_markdown(fs, title))(facts)
    base = f"factdesk-{slug(stem)}"
    path = directory / f"{base}.{fmt}"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"{base}-{n}.{fmt}"
    path.write_text(text, encoding="utf-8")
    return path
