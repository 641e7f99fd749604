"""Series and conflicts as text: the CLI's lines, CSV, and the TSV the app
copies (each row with its citation)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from store import SERIES_COLUMNS, Conflict, ConflictValue, SeriesRow, UnitTotal, table_field
from tui.citation import cell, format_value, period_words, with_qualifier

# Where each figure was read, added to the rows the app copies and exports.
SOURCE_COLUMNS = ("url", "sentence")


def row_value(row: SeriesRow | dict[str, Any]) -> str:
    """The value as a reader says it: 95.3万辆, 超2.7万亿元, 2万多个, 58.2%,
    60%以上, 2.3 pp; a change is signed (同比下降1.5% → -1.5%, 增长22.2倍 →
    +22.2倍, 下降超过2% → -超过2%: never 超过-2%, which says "above -2")."""
    shown = format_value(_as_stepped(row), rounded=False)  # never ≈: series and conflicts are told apart by value
    if not shown:
        return ""
    unit = "" if row.get("kind") in ("percent", "points") else row.get("unit") or ""
    value = row.get("value")
    if row.get("measure") == "change" and isinstance(value, (int, float)) and value > 0:
        # A rise is signed as a fall is: 增长5.7% beside a level's 95.3万辆 read
        # as a level (产业集群增加值 5.7%); +5.7% says it is the change.
        shown = f"+{shown}"
    return with_qualifier(shown, unit, row)


def _as_stepped(row: SeriesRow | dict[str, Any]) -> SeriesRow | dict[str, Any]:
    """The row with its value written to the decimals its step says, as the
    surface the facts pane reads them from: 同比上涨1.0% is 1.0%, never 1%
    (it states a tenth's precision)."""
    value, step = row.get("value"), row.get("step")
    if row.get("surface") or not step or isinstance(value, bool) or not isinstance(value, (int, float)):
        return row
    try:
        places = Decimal(step)
        if not places.is_finite() or places <= 0 or places >= 1:
            return row
        written = Decimal(repr(value) if isinstance(value, float) else value).quantize(places.normalize())
    except ArithmeticError:  # (InvalidOperation: a step that is no number)
        return row
    return {**row, "surface": format(written, "f")}


def source_of(row: SeriesRow | dict[str, Any]) -> str:
    """《title》，publication，date(，URL) — where the figure was read."""
    parts = [f"《{row.get('title') or ''}》"]
    parts += [p for p in (row.get("publication"), row.get("date"), row.get("url")) if p]
    return "，".join(parts)


def _sources(store: Any, refs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article id, fact id) → (the sentence stating the fact, the article's
    URL), each article read once.  A store that cannot be read raises: a
    copy never goes out without its sources."""
    from tui.citation import cited_sentence

    found: dict[tuple[str, str], tuple[str, str]] = {}
    for aid in dict.fromkeys(a for a, _ in refs):
        article = store.article(aid)
        facts = {f.get("id"): f for f in store.facts(aid)} if article else {}
        url = (article or {}).get("url") or ""
        for a, fid in refs:
            if a == aid:
                fact = facts.get(fid)
                found[(a, fid)] = (cited_sentence(fact, article) if fact is not None else "", url)
    return found


def with_sentences(store: Any, rows: Sequence[SeriesRow]) -> list[dict[str, Any]]:
    """The rows with the sentence stating each figure and its article's URL,
    as the facts pane's copy cites them."""
    found = _sources(store, [(r["article_id"], r["fact_id"]) for r in rows])
    return [{**r, "sentence": found[(r["article_id"], r["fact_id"])][0],
             "url": found[(r["article_id"], r["fact_id"])][1]} for r in rows]


def conflicts_with_sentences(store: Any, groups: Sequence[Conflict]) -> list[Conflict]:
    """The groups with each figure's sentence and URL (as :func:`with_sentences`)."""
    found = _sources(store, [(v["article_id"], v["fact_id"]) for g in groups for v in g["values"]])
    return [{**g, "values": [{**v, "sentence": found[(v["article_id"], v["fact_id"])][0],  # type: ignore[typeddict-item]
                              "url": found[(v["article_id"], v["fact_id"])][1]} for v in g["values"]]}
            for g in groups]


def indicator_name(row: SeriesRow | Conflict | dict[str, Any]) -> str:
    """重庆·地区生产总值: the entity kept visibly apart from the indicator."""
    entity = row.get("entity")
    return f"{entity}·{row['indicator']}" if entity else row["indicator"]


def citation(row: SeriesRow | dict[str, Any]) -> str:
    """One figure as a self-contained citation line: what (period): value —
    the sentence stating it (title, publication, date, URL), as the facts
    pane's copy cites a fact (the sentence when the row carries one:
    :func:`with_sentences`)."""
    name = f"{row.get('entity') or ''}{row['indicator']}"
    period = f"（{period_words(row['period'])}）" if row.get("period") else ""
    sentence = row.get("sentence")
    said = f" — {sentence}" if sentence else ""
    return f"{name}{period}：{row_value(row)}{said}（{source_of(row)}）"


def series_line(row: SeriesRow) -> str:
    cells = [indicator_name(row), period_words(row.get("period")) or "—", row_value(row),
             source_of(row), row["fact_id"]]
    return "  ".join(cells)


def _columns(rows: Sequence[SeriesRow | dict[str, Any]]) -> tuple[str, ...]:
    """Every field of the series row, then its source's when the rows carry it."""
    return SERIES_COLUMNS + SOURCE_COLUMNS if any("sentence" in r for r in rows) else SERIES_COLUMNS


def series_csv(rows: Sequence[SeriesRow | dict[str, Any]], columns: Sequence[str] = ()) -> str:
    columns = columns or _columns(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(cell(table_field(row, c)) for c in columns)
    return out.getvalue()


def series_tsv(rows: Sequence[SeriesRow | dict[str, Any]]) -> str:
    """Every field of each row (and its source's) and its citation, with a header row."""
    columns = _columns(rows)
    lines = ["\t".join((*columns, "citation"))]
    lines += ["\t".join(cell(table_field(r, c)) for c in columns) + "\t" + cell(citation(r)) for r in rows]
    return "\n".join(lines) + "\n"


def conflict_sides(group: Conflict) -> list[tuple[str, list[ConflictValue]]]:
    """The group's distinct figures (as a reader says them), each with the
    sources that give it, in the order they were first given."""
    sides: dict[str, list[ConflictValue]] = {}
    for value in group["values"]:
        shown = row_value({**value, "kind": group["kind"], "unit": group["unit"], "measure": group.get("measure")})
        sides.setdefault(shown, []).append(value)
    return list(sides.items())


UNNAMED = "(no place or company named)"
TITLE_CHARS = 16


def conflict_name(group: Conflict) -> str:
    """What the figures measure: 重庆·地区生产总值, or a name with no place
    or company (营业收入) said to be one: its figures may well be about
    different companies, which only their articles tell."""
    return indicator_name(group) if group.get("entity") else f"{group['indicator']} {UNNAMED}"


def short_title(title: str) -> str:
    return f"《{title[:TITLE_CHARS]}{'…' if len(title) > TITLE_CHARS else ''}》"


def conflict_text(group: Conflict) -> str:
    """One line, each figure with the articles that give it:
    3.22万亿元（《重庆经济稳中向好》重庆日报 2025-01-20） ≠ 3.19万亿元（《西部城市…》经济观察 2025-02-02；…）."""
    def source(v: ConflictValue) -> str:
        return " ".join(p for p in (short_title(v.get("title") or ""), v.get("publication"), v.get("date")) if p)

    return " ≠ ".join(f"{shown}（{'；'.join(source(v) for v in vs)}）" for shown, vs in conflict_sides(group))


# A heading says when its figures are changes, as their signs do (+6.3%, -1.5%).
_CHANGE = {"change": "，change"}


# A conflict's figures as rows: a series row's fields, the measure among
# them, so that a spreadsheet groups them by indicator, entity, period,
# unit and measure.
CONFLICT_COLUMNS = SERIES_COLUMNS


def conflicts_csv(groups: Sequence[Conflict]) -> str:
    """One row per figure of each conflict, the groups in their order."""
    rows = [{**{k: g.get(k) for k in ("indicator", "entity", "period", "unit", "kind", "measure")}, **v}
            for g in groups for v in g["values"]]
    return series_csv(rows, CONFLICT_COLUMNS)


def conflict_lines(group: Conflict) -> list[str]:
    """A heading (indicator, entity, period) and one line per source."""
    head = f"{conflict_name(group)}（{period_words(group['period']) or '—'}，{group.get('unit') or group['kind']}{_CHANGE.get(group.get('measure') or '', '')}）"
    return [head] + [_conflict_source(shown, v) for shown, vs in conflict_sides(group) for v in vs]


def _conflict_source(shown: str, value: ConflictValue | dict[str, Any]) -> str:
    """One source of a conflict: the figure — the sentence stating it（《title》，…）
    when the value carries it (the app's copy), else the figure and 《title》，…"""
    sentence = value.get("sentence")
    if sentence:
        return f"    {shown} — {sentence}（{source_of(value)}）  {value['fact_id']}"
    return f"    {shown}  {source_of(value)}  {value['fact_id']}"


_SCALES = ((10 ** 12, "万亿"), (10 ** 8, "亿"), (10 ** 4, "万"))


def amount(value: float) -> str:
    """A total for reading: 21,664.38万亿, 275.6万, 12.5 (≈ when rounded)."""
    for size, name in _SCALES:
        if abs(value) >= size:
            shown = f"{value / size:,.2f}".rstrip("0").rstrip(".")
            exact = Decimal(shown.replace(",", "")) * size == Decimal(str(value))
            return f"{'' if exact else '≈'}{shown}{name}"
    shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    return shown if Decimal(shown.replace(",", "")) == Decimal(str(value)) else f"≈{shown}"


# Kinds whose figures add up; a sum of growth rates, ranks or years means nothing.
SUMMABLE_KINDS = {"money", "count", "quantity"}
# Quantities that add up to nothing either: temperatures (the bulk store's
# search <0 totalled "25 quantity ℃: Σ -535"), ages, scales and grades (级,
# 分), voltages; 度 is a kilowatt-hour or a degree, and is left unsummed too.
UNSUMMED_UNITS = frozenset({"℃", "°C", "摄氏度", "℉", "°F", "华氏度", "度", "岁", "周岁", "级", "分", "千伏"})
# Percent and points values read with their sign of kind, as in the facts pane.
_VALUE_SUFFIX = {"percent": "%", "points": " pp"}


def totals_line(totals: Sequence[UnitTotal]) -> str:
    """n facts · Σ sum · min … max, per kind and unit, on one line (no Σ
    for kinds that do not add up: percents, points, ranks …, nor for prices per a unit)."""
    parts = []
    for t in _one_per_measure(totals):
        kind = t["kind"]
        suffix = _VALUE_SUFFIX.get(kind, "")
        unit = "" if suffix else t.get("unit") or ""
        head = f"{t['count']:,} {kind}{f' {unit}' if unit else ''}:"
        # a rate per a unit (元/吨, 美元/桶) adds up to nothing either: two prices are no price
        summed = kind in SUMMABLE_KINDS and "/" not in unit and unit not in UNSUMMED_UNITS
        total = f" Σ {amount(t['sum'])} ·" if summed else ""
        note = f" ·{_repeats(t)}" if t.get("repeats") else ""  # last: a narrow pane cuts it, not the figures
        parts.append(f"{head}{total} min {amount(t['min'])}{suffix} · max {amount(t['max'])}{suffix}{note}")
    return " | ".join(parts)


def _repeats(total: UnitTotal) -> str:
    """What a total left out: headline figures their article's body states
    again (a title's 35亿 and its body's 35亿元 are one investment)."""
    n = total.get("repeats") or 0
    return f" +{n:,} headline repeat{'s' if n > 1 else ''} not counted" if n else ""


def _one_per_measure(totals: Sequence[UnitTotal]) -> list[UnitTotal]:
    """The totals with one group per kind for percents and points: their
    values are already in one measure (成 and ‰ in percent, 基点 in points),
    and two groups both labelled "points" could not be told apart."""
    out: list[UnitTotal] = []
    merged: dict[str, UnitTotal] = {}
    for t in totals:
        kind = t["kind"]
        if kind not in _VALUE_SUFFIX:
            out.append(t)
        elif kind not in merged:
            merged[kind] = dict(t)  # type: ignore[assignment]
            out.append(merged[kind])
        else:
            m = merged[kind]
            m["count"] += t["count"]
            if t.get("repeats"):
                m["repeats"] = m.get("repeats", 0) + t["repeats"]
            m["sum"] += t["sum"]
            m["min"], m["max"] = min(m["min"], t["min"]), max(m["max"], t["max"])
    return out
