"""Export facts to CSV, JSON or Markdown files."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui.citation import TSV_COLUMNS, TSV_HEADER, format_value

FORMATS = {"csv": "CSV", "json": "JSON", "md": "Markdown"}


def to_csv(facts: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("article_id", *TSV_HEADER))
    for f in facts:
        writer.writerow((f.get("article_id", ""), *("" if f.get(c) is None else f.get(c) for c in TSV_COLUMNS)))
    return out.getvalue()


def to_json(facts: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(facts), ensure_ascii=False, indent=2) + "\n"


def _md(value: Any) -> str:
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def to_markdown(facts: Sequence[dict[str, Any]], title: str = "") -> str:
    head = ("kind", "figure", "value", "unit", "subject", "period", "qualifier", "clause")
    lines = [f"# {_md(title)}", ""] if title else []
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for f in facts:
        row = (f.get("kind"), f.get("surface"), format_value(f, exact=True), f.get("unit"),
               f.get("subject"), f.get("period"), f.get("qualifier"), f.get("clause"))
        lines.append("| " + " | ".join(_md(v) for v in row) + " |")
    return "\n".join(lines) + "\n"


def slug(name: str, limit: int = 40) -> str:
    """A file-name-safe stem (keeps CJK, drops path and shell characters)."""
    stem = re.sub(r"[\s/\\:*?\"<>|\[\]()（）]+", "-", name).strip("-.")
    return stem[:limit] or "facts"


def export_facts(
    facts: Sequence[dict[str, Any]], fmt: str, directory: Path, stem: str, title: str = ""
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
