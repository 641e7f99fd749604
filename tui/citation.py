"""Fact → text: readable and exact values, self-contained citations, TSV."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from typing import Any

from rich.cells import cell_len

from store import FACT_COLUMNS, Fact, spreadsheet_cell, table_field, written_value

Article = dict[str, Any]

# Units that mean basis points: shown as "41 bp" (a hundredth of a point).
BASIS_POINT_UNITS = {"基点", "个基点", "bp", "个bp"}
# A figure ending in a numeral or magnitude has its unit elsewhere (分别为3.7、2.6个百分点).
_BARE_FIGURE = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿萬億.]$")
_FRACTION_WORDS = re.compile(r"[百千万]分之")
_MAX_DECIMALS = 6  # more, in the readable form, is a repeating fraction (1/3): shown to 4 significant digits
SENTENCE_END = "。！？!?；;\n"  # a 分号 part stands as a sentence of its own


def _num(x: float) -> str:
    """Up to 4 significant decimals, no trailing zeros."""
    if abs(x) >= 1e4:  # 21,664万亿, never 2.166e+04万亿 nor 150000000万亿
        return f"{round(x):,}"
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4g}" if abs(x) >= 1e-4 else f"{x:.3g}"


def _exact_decimal(value: Any, text: str | None = None) -> str:
    """Every digit, grouped by thousands: from the exact text when the record has it."""
    if not text and isinstance(value, float) and value.is_integer():
        value = int(value)  # 1e11 from an older store: no ".0"
    digits = text if text else (str(value) if isinstance(value, int) else format(Decimal(repr(value)), "f"))
    sign = "-" if digits.startswith("-") else ""
    whole, dot, frac = digits.lstrip("+-").partition(".")
    if not whole.isdigit():
        return digits
    # Grouped by hand: int() refuses strings of more than 4,300 digits.
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
    return f"{sign}{','.join(groups)}{dot}{frac}"


def format_number(value: Any, *, exact: bool = False, text: str | None = None, rounded: bool = True) -> str:
    """95.3万 style for big numbers (≈ when digits were dropped); exact=True
    gives every digit (953,000), from ``text`` (the record's value_text) when given.
    ``rounded=False``: never ≈ — the narrowest exact form (124,671亿, 12.03万亿
    when that is the value), for a series or a conflict, whose figures are
    copied and told apart by their values."""
    if value is None:
        return text or ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if not rounded and not exact:
        shown = format_number(value, text=text)
        return _exact_scaled(value, text) if shown.startswith("≈") else shown
    if exact or abs(value) < 10**4:  # small numbers are shown with every digit: nothing to shorten
        digits = _exact_decimal(value, text)
        if not exact and len(digits.partition(".")[2]) > _MAX_DECIMALS:
            # 三分之一 is 0.3333333333333333: sixteen digits no column can hold
            short = _num(value)
            if "e" not in short:
                return "≈" + short
        return digits
    try:
        for size, name in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"), (1, "")):
            if abs(value) >= size or size == 1:
                shown = _num(round(value / size, 4))
                if _same(shown, size, value):
                    return f"{shown}{name}"
                # Rounded, it is no shorter than every digit (12988列 read ≈1.299万, 12,988 is
                # narrower): the exact value, as a copy or the text gives it.
                exact_digits = _exact_decimal(value, text)
                short = f"≈{shown}{name}"
                return exact_digits if cell_len(exact_digits) <= cell_len(short) else short
    except OverflowError:  # beyond a float: only the exact form can show it
        pass
    return _exact_decimal(value, text)


_SCALES = ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"))


def _exact_scaled(value: int | float, text: str | None) -> str:
    """The value exactly, in the scale that writes it in the fewest cells:
    12,467,100,000,000 is 124,671亿 (the ≈12.47万亿 of a narrow column said
    another figure), 43000 4.3万; every digit when no scale is shorter."""
    best = _exact_decimal(value, text)
    try:
        number = Decimal(text) if text else Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    except (InvalidOperation, ValueError):
        return best
    for size, name in _SCALES:
        if abs(number) < size:
            continue
        scaled = (number / size).normalize()
        if scaled.as_tuple().exponent < -_MAX_DECIMALS:  # type: ignore[operator]  (not exact at this scale)
            continue
        shown = _exact_decimal(None, format(scaled, "f")) + name
        if cell_len(shown) < cell_len(best):
            best = shown
    return best


def _same(shown: str, size: int, value: int | float) -> bool:
    """Whether the short form still says the value exactly."""
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    return Decimal(shown.replace(",", "")) * size == exact


def _basis_points(value: Any, text: str | None) -> str:
    try:
        points = Decimal(text) if text else Decimal(repr(value))
    except (InvalidOperation, ValueError):
        return str(value)
    return format((points * 100).normalize(), "f")


def format_value(fact: Fact | dict[str, Any], *, exact: bool = False, rounded: bool = True) -> str:
    """The normalised value, readable: a range as low–high, percent with %,
    percentage points as "2.3 pp" (or "41 bp" when written in basis points)."""
    kind, unit = fact.get("kind"), fact.get("unit") or ""
    value, high = fact.get("value"), fact.get("value_high")
    # as the text writes it: 增长5.0% is 5.0%, never 5% (it states a tenth's precision; store.written)
    text, high_text = written_value(fact), written_value(fact, "value_high")
    if kind == "points" and unit.lower() in BASIS_POINT_UNITS and value is not None:
        shown = _basis_points(value, fact.get("value_text"))
        if high is not None and high != value:
            shown += "–" + _basis_points(high, None)
        return f"{shown} bp"
    if kind == "year" and isinstance(value, int):
        return str(value) if high in (None, value) else f"{value}–{high}"  # 2027, never 2,027
    low = format_number(value, exact=exact, text=text, rounded=rounded)
    if high is not None and high != value:
        low = f"{low}–{format_number(high, exact=exact, text=high_text, rounded=rounded)}"
    if kind == "rank" and low:
        return rank_value(fact, low)
    if kind == "points" and low:
        return f"{low} pp"
    if kind == "percent" and low:
        return f"{low}%"
    return low




_RANK_WORD = re.compile(r"^([\u4e00-\u9fff]{0,4}?)(第|前|首)")


def rank_value(fact: Fact | dict[str, Any], number: str) -> str:
    """A rank reads as a rank, never as a bare number (全国第三 is not "3"):
    第3, with the scope the figure names (全国第3, 世界第1) and a top-N as
    written (前两位 → 前2); the unit, when there is one, follows (第1批)."""
    found = _RANK_WORD.match(str(fact.get("surface") or ""))
    scope, word = (found.group(1), found.group(2)) if found else ("", "第")
    if fact.get("qualifier") == "前":
        word = "前"
    return f"{scope}{'第' if word == '首' else word}{number}"


# Where a qualifier goes when its figure's text does not say: after the
# unit (30%以上, 30天左右) or after the number (2万多个, 70余项); any other
# before the number (超1000亿元, 约4.5%).
_AFTER_UNIT = frozenset({"以上", "以下", "以内", "左右", "上下", "（含）以上", "(含)以上"})
_AFTER_NUMBER = frozenset({"多", "余", "几", "来", "许"})
_NUMERAL = re.compile(r"[0-9０-９〇零一二两兩三四五六七八九十百千万亿萬億]")
_SIGNS = "-+↑↓"


def with_qualifier(shown: str, unit: str, fact: Fact | dict[str, Any]) -> str:
    """The value, its unit and its qualifier where the figure writes it:
    超1000亿元, 2万多个, 60%以上, a sign or an arrow first (-超过2%, ↓约8.6%).
    Always before the number, 多2万个 reads "2万 more" and 以上60% nothing."""
    qualifier = fact.get("qualifier") or ""
    if not qualifier or (fact.get("kind") == "rank" and qualifier in shown):  # 前3: the rank says it
        return shown + unit
    sign = len(shown) - len(shown.lstrip(_SIGNS))
    head, rest = shown[:sign], shown[sign:]
    surface = str(fact.get("surface") or "")
    at, numeral = surface.find(qualifier), _NUMERAL.search(surface)
    if at >= 0 and numeral is not None:
        after_unit = at > numeral.start() and surface.endswith(qualifier)
        after_number = at > numeral.start() and not after_unit
    else:
        after_unit, after_number = qualifier in _AFTER_UNIT, qualifier in _AFTER_NUMBER
    if after_unit:
        return f"{head}{rest}{unit}{qualifier}"
    if after_number:
        return f"{head}{rest}{qualifier}{unit}"
    return f"{head}{qualifier}{rest}{unit}"


def format_change(fact: Fact | dict[str, Any]) -> str:
    """↑ 增长 / ↓ 下降: the direction and the verb as written."""
    arrow = {"up": "↑", "down": "↓"}.get(fact.get("change") or "", "")
    word = fact.get("change_word") or ""
    return f"{arrow} {word}".strip()


def figure(fact: Fact | dict[str, Any]) -> str:
    """The figure as written, with its unit when the text states the unit
    elsewhere (each item of 分别为3.7、2.6个百分点 gets 个百分点), the
    denominator it writes before the number (每盎司4200美元 → 4200美元/盎司)
    and a bound written apart from it (突破每盎司4200美元 → 突破…): a copy of
    4200美元 alone says a price per ounce is 4200 dollars, and exactly."""
    surface, unit, per = fact["surface"], fact.get("unit"), fact.get("per")
    shown = surface
    if unit and unit not in surface and _BARE_FIGURE.search(surface) and not _FRACTION_WORDS.search(surface):
        shown = surface + unit
    elif unit and unit not in surface and (written := _unit_begun(surface, unit)):
        shown = surface + unit[written:]  # 分别提高约8个和11个百分点: the first item writes only 个
    elif unit and per and unit.endswith("/" + per) and per not in surface and surface.endswith(unit[:-len(per) - 1]):
        shown = f"{surface}/{per}"
    qualifier = fact.get("qualifier")
    if qualifier and qualifier not in surface and _NUMERAL.match(surface.lstrip(_SIGNS)):
        shown = with_qualifier(shown, "", fact)
    return shown


def _unit_begun(surface: str, unit: str) -> int:
    """How many characters of ``unit`` the figure writes right after its
    number (1 for 8个 of 个百分点), 0 when it writes none of them."""
    for written in range(len(unit) - 1, 0, -1):
        if surface.endswith(unit[:written]) and _BARE_FIGURE.search(surface[:-written]):
            return written
    return 0


# What states a figure's sign in its text: a minus, 负, 零下, or the loss,
# deficit or outflow word itself.
_SIGN_WRITTEN = re.compile(r"[-−－负負]|零下|亏|虧|赤字|逆差|流出")


def signed_figure(fact: Fact | dict[str, Any], shown: str | None = None) -> str:
    """The figure (``shown``, else :func:`figure`) with the minus its value
    has and its words do not write: a loss (净亏损0.97亿元) is a negative
    figure of the profit it names, and 0.97亿元 under 净利润, pasted into a
    report, reads as a profit.  The sign goes first, as a series writes it
    (-超2亿元)."""
    shown = figure(fact) if shown is None else shown
    value = fact.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value >= 0:
        return shown
    if _SIGN_WRITTEN.search(shown) or _SIGN_WRITTEN.search(fact.get("subject") or ""):
        return shown  # 未弥补亏损：27.18亿元 — the subject names the loss: a minus would negate it twice
    return "-" + shown


def figure_with_change(fact: Fact | dict[str, Any], shown: str | None = None) -> str:
    """The figure (``shown``, else :func:`figure`) with the change as written
    (下降7.2%) and the sign of a loss (:func:`signed_figure`): in a list
    (分别下降8.6%、7.2%) the verb is far from the figure, and a fall's value
    is unsigned — 7.2% alone, pasted into a report, would read as a rise."""
    shown = signed_figure(fact, shown)
    word = fact.get("change_word") or ""
    if fact.get("change") in ("up", "down") and word and word not in shown:
        shown = word + shown
    return shown


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


def _period(fact: Fact | dict[str, Any]) -> str:
    return period_words(fact.get("period")) or fact.get("period_text") or ""


_CN_QUARTER = {"1": "一", "2": "二", "3": "三", "4": "四"}
_DAY = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_QUARTER = re.compile(r"(\d{4})Q([1-4])")


def _day(y: str, m: str, d: str) -> str:
    return f"{y}年{int(m)}月{int(d)}日"


def fact_period_words(fact: dict) -> str:
    """A fact's period in words (period_words), else the period as the text wrote it, one line."""
    return period_words(fact.get("period")) or " ".join(str(fact.get("period_text") or "").split())


def period_words(period: str | None) -> str:
    """A period as a report writes it, for a citation pasted into one:
    2024年, 2024年上半年, 2024年三季度, 2024年前三季度, 2024年7月,
    2024年1-7月, 2024年5月31日, 2021-2025年 — never the record's code
    (2024Q1-Q3, 2024-01/2024-07), which reads as no Chinese date.  A code
    of no known form is given as it is."""
    p = (period or "").strip()
    if not p:
        return ""
    if re.fullmatch(r"\d{4}", p):
        return f"{p}年"
    if m := re.fullmatch(r"(\d{4})/(\d{4})", p):
        return f"{m[1]}-{m[2]}年"
    if m := re.fullmatch(r"(\d{4})H([12])", p):
        return f"{m[1]}年{'上' if m[2] == '1' else '下'}半年"
    if m := _QUARTER.fullmatch(p):
        return f"{m[1]}年{_CN_QUARTER[m[2]]}季度"
    if m := re.fullmatch(r"(\d{4})Q([1-4])-Q([1-4])", p):
        first, last = m[2], m[3]
        span = f"前{'两' if last == '2' else _CN_QUARTER[last]}季度" if first == "1" else f"{_CN_QUARTER[first]}至{_CN_QUARTER[last]}季度"
        return f"{m[1]}年{span}"
    if m := _DAY.fullmatch(p):
        return _day(*m.groups())
    if m := _MONTH.fullmatch(p):
        return f"{m[1]}年{int(m[2])}月"
    if "/" in p:
        a, _, b = p.partition("/")
        if (ma := _MONTH.fullmatch(a)) and (mb := _MONTH.fullmatch(b)):
            if ma[1] == mb[1]:
                return f"{ma[1]}年{int(ma[2])}-{int(mb[2])}月"
            return f"{ma[1]}年{int(ma[2])}月至{mb[1]}年{int(mb[2])}月"
        if (da := _DAY.fullmatch(a)) and (db := _DAY.fullmatch(b)):
            if da[1] == db[1] and da[2] == db[2]:
                return f"{da[1]}年{int(da[2])}月{int(da[3])}-{int(db[3])}日"
            if da[1] == db[1]:
                return f"{_day(*da.groups())}至{int(db[2])}月{int(db[3])}日"
            return f"{_day(*da.groups())}至{_day(*db.groups())}"
        if (qa := _QUARTER.fullmatch(a)) and (qb := _QUARTER.fullmatch(b)):
            return f"{qa[1]}年{_CN_QUARTER[qa[2]]}季度至{qb[1]}年{_CN_QUARTER[qb[2]]}季度"
    return p


_LONGEST_SENTENCE = 1000  # characters quoted around a figure when its "sentence" runs on for longer (news: a few hundred)
_SENTENCE_STOP = re.compile(f"[{re.escape(SENTENCE_END)}]")


@lru_cache(maxsize=8)
def _sentence_stops(text: str) -> list[int]:
    """Where ``text``'s sentences end, found once per text: looking for each
    stop from each fact scanned the whole text for the stops it lacks (！, ;
    …), which froze the facts pane of an article of many thousand facts."""
    return [m.start() for m in _SENTENCE_STOP.finditer(text)]


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding [start, end), without its full stop."""
    stops = _sentence_stops(text)
    before = bisect_left(stops, start)  # stops left of the figure
    after = bisect_left(stops, end)  # the first stop at or after its end
    left = stops[before - 1] + 1 if before else 0
    right = stops[after] if after < len(stops) else len(text)
    if right - left > _LONGEST_SENTENCE:
        # A text with no full stops (a table, a dump) is one "sentence":
        # quoted whole it buries the figure, and each fact repeating it
        # costs the whole text.  The figure with what is around it instead.
        reach = max(0, (_LONGEST_SENTENCE - (end - start)) // 2)
        lo, hi = max(left, start - reach), min(right, end + reach)
        return ("…" if lo > left else "") + text[lo:hi].strip() + ("…" if hi < right else "")
    return text[left:right].strip()


def _in_heading(article: Article, start: int) -> bool:
    return any(s.get("start", -1) <= start < s.get("start", -1) + len(s.get("heading", ""))
               for s in article.get("sections") or [])


def cited_sentence(fact: Fact | dict[str, Any], article: Article | None) -> str:
    """The body sentence stating the fact (a title or heading mention is a
    last resort); the fact's clause when the article is not at hand."""
    if not article:
        return (fact.get("clause") or "").strip()
    places = [(fact.get("where"), fact.get("start"), fact.get("end"))]
    places += [(m.get("where"), m.get("start"), m.get("end")) for m in fact.get("mentions") or ()]
    places = [(w, s, e) for w, s, e in places if w in ("title", "body") and isinstance(s, int) and isinstance(e, int)]
    if not places:
        return (fact.get("clause") or "").strip()
    best = min(places, key=lambda p: (p[0] != "body", p[0] == "body" and _in_heading(article, p[1])))
    where, start, end = best
    return sentence_of(article.get(where) or "", start, end) or (fact.get("clause") or "").strip()


def citation(fact: Fact | dict[str, Any], article: Article | None) -> str:
    """A self-contained citation: what (period): figure — sentence (title, publication, date)."""
    what = (fact.get("subject") or "").strip()
    period = _period(fact)
    label = f"{what}（{period}）" if what and period else (what or period)
    shown = figure_with_change(fact)
    head = f"{label}：{shown}" if label and label != shown else shown  # a year is its own period: 2025年, once
    sentence = cited_sentence(fact, article)
    text = f"{head} — {sentence}" if sentence and sentence != fact["surface"] else head
    if article:
        source = [f"《{' '.join((article.get('title') or '').split())}》"]  # the full title: it is how one finds the article
        if article.get("publication"):
            source.append(article["publication"])
        if article.get("date"):
            source.append(article["date"])
        if article.get("url"):
            source.append(article["url"])
        text += "（" + "，".join(source) + "）"
    return text


def cell(value: Any) -> str:
    """A field as one table cell: lists as JSON, no tabs or newlines (they
    would break the spreadsheet grid), never a formula (news text is
    untrusted)."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return spreadsheet_cell(re.sub(r"[\t\r\n]+", " ", str(value)))


# Where a fact comes from, added to exported and copied tables.
SOURCE_COLUMNS = ("article_title", "publication", "date", "url", "sentence")


def with_source(facts: Sequence[Fact], article: Article | None) -> list[dict[str, Any]]:
    """The facts with their article's title, publication, date and URL and
    the sentence stating each: rows that stand on their own in a spreadsheet."""
    article = article or {}
    source = {"article_title": article.get("title"), "publication": article.get("publication"),
              "date": article.get("date"), "url": article.get("url")}
    return [{**f, **source, "sentence": cited_sentence(f, article or None)} for f in facts]


def columns_of(facts: Sequence[Fact | dict[str, Any]]) -> tuple[str, ...]:
    """Every field of the record, then the source's when the rows carry it."""
    return FACT_COLUMNS + SOURCE_COLUMNS if any("sentence" in f for f in facts) else FACT_COLUMNS


def facts_tsv(facts: Sequence[Fact | dict[str, Any]]) -> str:
    """All facts as TSV, every field of the record, with a header row."""
    columns = columns_of(facts)
    rows = ["\t".join(columns)]
    rows += ["\t".join(cell(table_field(f, c)) for c in columns) for f in facts]
    return "\n".join(rows) + "\n"
