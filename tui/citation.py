"""Fact → text: readable values, self-contained citations and TSV tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rich.cells import cell_len

Fact = dict[str, Any]
Article = dict[str, Any]

TSV_COLUMNS = ("kind", "surface", "value", "value_high", "unit", "subject", "period",
               "qualifier", "change", "section", "clause")
TSV_HEADER = ("kind", "figure", "value", "value_high", "unit", "subject", "period",
              "qualifier", "change", "section", "clause")


def _num(x: float) -> str:
    """Up to 4 significant decimals, no trailing zeros."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4g}" if abs(x) >= 1e-4 else f"{x:.3g}"


def format_number(value: Any, *, exact: bool = False) -> str:
    """95.3万 style for big numbers; exact=True gives every digit (953,000)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if exact:
        if float(value).is_integer() and abs(value) < 1e18:
            return f"{int(value):,}"
        return f"{value:,.10g}"
    a = abs(value)
    for size, name in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if a >= size:
            return f"{_num(round(value / size, 4))}{name}"
    return _num(round(value, 4))


def format_value(fact: Fact, *, exact: bool = False) -> str:
    """The normalised value, readable; a range shows low–high."""
    low = format_number(fact.get("value"), exact=exact)
    high = fact.get("value_high")
    if high is not None and high != fact.get("value"):
        return f"{low}–{format_number(high, exact=exact)}"
    return low


def short_title(title: str, max_cells: int = 40) -> str:
    """Shorten a headline: cut at a space when that keeps enough of it, else by cells."""
    title = title.strip()
    if cell_len(title) <= max_cells:
        return title
    head = title.split(" ")[0]
    if 8 <= cell_len(head) <= max_cells:
        return head + "…"
    out, used = "", 0
    for ch in title:
        if used + cell_len(ch) > max_cells - 1:
            break
        out, used = out + ch, used + cell_len(ch)
    return out.rstrip() + "…"


def _period(period: str | None) -> str:
    if not period:
        return ""
    return f"{period}年" if re.fullmatch(r"\d{4}", period) else period


def citation(fact: Fact, article: Article | None) -> str:
    """A self-contained citation: what, figure — clause (title, publication, date)."""
    what = (fact.get("subject") or "").strip()
    period = _period(fact.get("period"))
    label = f"{what}（{period}）" if what and period else (what or period)
    head = f"{label}：{fact['surface']}" if label else fact["surface"]
    clause = (fact.get("clause") or "").strip()
    text = f"{head} — {clause}" if clause and clause != fact["surface"] else head
    if article:
        source = [f"《{short_title(article.get('title') or '')}》"]
        if article.get("publication"):
            source.append(article["publication"])
        if article.get("date"):
            source.append(article["date"])
        text += "（" + "，".join(source) + "）"
    return text


def _cell(value: Any) -> str:
    # Tabs and newlines would break the spreadsheet grid.
    return "" if value is None else re.sub(r"[\t\r\n]+", " ", str(value))


def facts_tsv(facts: Sequence[Fact]) -> str:
    """All facts as TSV with a header row (pastes into a spreadsheet)."""
    rows = ["\t".join(TSV_HEADER)]
    rows += ["\t".join(_cell(f.get(c)) for c in TSV_COLUMNS) for f in facts]
    return "\n".join(rows) + "\n"
