"""The search query language (pure: no I/O).

    长寿 新能源汽车        every term must match (AND), as an exact substring
    "新能源 汽车"          a quoted phrase matches as written (no pinyin, no filters)
    -广告                  excludes articles containing the term
    重庆 | 成都            either (| binds tighter than AND: a | b c = (a or b) and c)
    kind:money unit:辆 year:2024 year:2020..2024
    date:2025-11 date:2024..2025-06 pub:重庆晨报 source:新闻联播   (the article's: see article_filters)
    >1亿 >=50% <100 =3 1万..10万 money>10亿 >1亿元 (trailing unit = unit filter)
    >三成 >=百分之五 <5‰ >三千万元 >零点五个百分点   figures written as the news writes them
    <0 money<-1亿              negative values: losses, -5.3%, 负增长 (下降8.6% is 8.6, change down)
    >0.3pp <=-0.5pp 1pp..3pp points>0.3 >10bp   percentage points (kind points)

A trailing % means kind percent, and pp (or 个百分点, 百分点) kind points: a
percent filter never matches points and a points filter never matches
percents.  bp (or 基点) is a hundredth of a point: >10bp is the same as
>0.1pp.  All fact filters of a query apply to the same fact; article fields
(date:, pub:, source:) to the article.  A field's value may be quoted
(pub:"China Daily").  Filters and fields are neither excluded with '-' nor
alternatives of '|'.  A malformed filter or an unknown field raises QueryError
(a ValueError with a one-line message).

Repeated terms (same normalised text, same polarity, same reading as phrase
or word) and repeated filters count once; a query with more than MAX_TERMS
distinct terms and filters is a QueryError, so any query costs a bounded
number of index lookups; so is a query of more than MAX_QUERY_CHARS
characters (store.search.limits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.facts.kinds import KINDS
from store.search.article_filters import (
    FIELDS,
    ArticleFieldError,
    ArticleFilter,
    article_filter,
)
from store.search.limits import MAX_QUERY_CHARS
from store.search.normalize import normalize

# Generous for a person typing, small enough that the lookups stay cheap.
MAX_TERMS = 64


class QueryError(ValueError):
    """A malformed query or filter; str(err) is one line for the user."""


@dataclass(frozen=True)
class Term:
    text: str            # normalised, what is searched
    raw: str             # as the user typed it
    phrase: bool = False  # quoted: matched as written, never read as pinyin

    @property
    def latin(self) -> bool:
        """A bare word of Latin letters: may also be read as pinyin."""
        return not self.phrase and len(self.text) >= 2 and self.text.isascii() and self.text.isalpha()


@dataclass(frozen=True)
class FactFilter:
    """One constraint on a fact; all of a query's filters must hold for the same fact.

    Values compare on the fact's interval [value, value_high or value]:
    >x: high > x, >=x: high >= x, <x: low < x, <=x: low <= x, =x: low <= x <= high,
    a..b: the interval overlaps [a, b].
    """
    kinds: frozenset[str] | None = None
    unit: str | None = None
    year_lo: int | None = None
    year_hi: int | None = None
    lo: float | None = None       # interval the fact must reach into
    lo_strict: bool = False
    hi: float | None = None
    hi_strict: bool = False


@dataclass
class Query:
    groups: list[list[Term]] = field(default_factory=list)  # AND of ORs
    exclude: list[Term] = field(default_factory=list)
    filters: list[FactFilter] = field(default_factory=list)
    articles: list[ArticleFilter] = field(default_factory=list)  # all hold for the article

    @property
    def empty(self) -> bool:
        return not (self.groups or self.exclude or self.filters or self.articles)

    def positive_terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]


_MULT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "k": 1000, "w": 10_000}
# (an exponent, 1e5, is read: it was taken for the unit "e5" and matched nothing)
_NUM_RE = re.compile(r"([+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?)([十百千万亿kw]*)(.*)$", re.DOTALL)
_CMP_RE = re.compile(r"^([a-z]*)(>=|<=|>|<|=)(.*)$", re.DOTALL)
_YEAR_RE = re.compile(r"^(\d{4})(?:\.\.(\d{4}))?$")
_MAGNITUDE_PREFIX = re.compile(r"^(?:[十百千]?[万亿])+(?=.)")  # 万 亿 万亿 千万 百万 … before a unit
_FIELD_PREFIX_RE = re.compile(r"^-?[A-Za-z]{2,12}:$")  # a field name before a quoted value
_FIELD_RE = re.compile(r"^[a-z]{2,12}$")  # how a field name looks (a mistyped one is an error)
_FIELD_LIST = ", ".join(f"{name}:" for name in ("kind", "unit", "year", *FIELDS))


# A number in Chinese numerals (三千万, 零点五, 十五), as the text writes them.
_CN_NUM_RE = re.compile(r"([零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+"
                        r"(?:点[零〇○一二三四五六七八九]+[万亿萬億]*)?)(.*)$", re.DOTALL)
# 三成 (30%), 三成五 (35%), 3成: tenths, said as a percent
_TENTHS_RE = re.compile(r"^(.+?)成([零〇○一二三四五六七八九\d]?)$", re.DOTALL)


def _written_out(text: str, token: str) -> tuple[float, str] | None:
    """A figure as Chinese news writes it, read as the facts are: 百分之五
    (5%), 千分之五 (5‰), 三成 (30%), 三千万元, 零点五个百分点; None for
    anything else.  A filter of >三成 once matched nothing, silently."""
    sign = -1.0 if text[:1] in ("-", "负") else 1.0
    body = text[1:] if sign < 0 else text
    for lead, mark in (("百分之", "%"), ("千分之", "‰")):
        if body.startswith(lead):
            value, rest = _number(body[len(lead):], token)
            if rest:
                raise QueryError(f"'{token}': cannot read '{text}' as a number")
            return sign * value, mark
    if (m := _TENTHS_RE.match(body)) is not None:
        tens, _ = _number(m.group(1), token)
        ones = _number(m.group(2), token)[0] if m.group(2) else 0.0
        return sign * (tens * 10 + ones), "%"
    if (m := _CN_NUM_RE.match(body)) is not None:
        from store.facts.numbers import parse_number

        parsed = parse_number(m.group(1))
        if parsed is None or parsed.value_high is not None:
            raise QueryError(f"'{token}': cannot read '{m.group(1)}' as a number")
        return sign * float(parsed.value), m.group(2).strip()
    return None


def _number(text: str, token: str) -> tuple[float, str]:
    """'1.5亿元' -> (150000000.0, '元'); '50%' -> (50.0, '%'); '三成' -> (30.0, '%')."""
    if (written := _written_out(text, token)) is not None:
        return written
    m = _NUM_RE.match(text)
    if not m:
        raise QueryError(f"'{token}': expected a number such as 1亿, 50%, 3.5万")
    digits, mults, rest = m.groups()
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        raise QueryError(f"'{token}': '{digits}' is not a number") from None
    for ch in mults:
        value *= _MULT[ch]
    rest = rest.strip()
    if rest and (rest[0].isdigit() or rest[0] in ".,"):
        raise QueryError(f"'{token}': cannot read '{text}' as a number")
    return value, rest


# a number's suffix that names a kind rather than a unit: (kind, what one of
# the fact's value units is in the suffix's: basis points are 1/100 point)
_KIND_SUFFIXES: dict[str, tuple[str, int]] = {
    "%": ("percent", 1), "‰": ("percent", 10), "pp": ("points", 1), "个百分点": ("points", 1), "百分点": ("points", 1),
    "bp": ("points", 100), "基点": ("points", 100), "个基点": ("points", 100),
}


def _unit_constraint(rest: str, token: str) -> tuple[frozenset[str] | None, str | None, int]:
    """(kinds, unit, divisor to the fact's value) a number's suffix stands for."""
    if not rest:
        return None, None, 1
    if rest in _KIND_SUFFIXES:
        kind, factor = _KIND_SUFFIXES[rest]
        return frozenset({kind}), None, factor
    if any(ch in rest for ch in "<>=:"):
        raise QueryError(f"'{token}': unexpected '{rest}' after the number")
    if any(ch in rest for ch in "%‰"):  # no unit holds one: a mistyped kind, which as a unit matched nothing, silently
        raise QueryError(f"'{token}': '{rest}' is no unit (a percent is 50%, points 0.3pp, basis points 10bp)")
    return None, rest, 1


# Kind names a reader takes from how values are shown (2.3 pp, 41 bp) and
# from the value filters (>0.3pp, >10bp): the facts' kind is ``points``.
KIND_ALIASES: dict[str, str] = {"pp": "points", "bp": "points"}


def _kind_set(name: str, token: str) -> frozenset[str]:
    kinds = [KIND_ALIASES.get(k.lower(), k) for k in name.split(",") if k]
    bad = [k for k in kinds if k not in KINDS]
    if not kinds or bad:
        raise QueryError(f"'{token}': unknown kind '{(bad or [name])[0]}' (kinds: {', '.join(KINDS)}; pp and bp are points)")
    return frozenset(kinds)


def kind_filter(kind: str) -> FactFilter:
    """The --kind parameter: same as kind:K."""
    return FactFilter(kinds=_kind_set(normalize(kind).strip(), f"kind:{kind}"))


def _merge_kinds(a: frozenset[str] | None, b: frozenset[str] | None, token: str) -> frozenset[str] | None:
    if a is None or b is None:
        return a or b
    if not a & b:
        raise QueryError(f"'{token}': a fact is never both {'/'.join(sorted(a))} and {'/'.join(sorted(b))}")
    return a & b


def _comparison(prefix: str, op: str, rhs: str, token: str) -> FactFilter:
    kinds = _kind_set(prefix, token) if prefix else None
    if not rhs:
        raise QueryError(f"'{token}': expected a number after '{op}', e.g. {op}1亿")
    value, rest = _number(rhs, token)
    ukinds, unit, divisor = _unit_constraint(rest, token)
    if not rest and prefix.lower() == "bp":  # bp>20 is 20 basis points, as >20bp (points>0.3 is in points)
        divisor = _KIND_SUFFIXES["bp"][1]
    kinds = _merge_kinds(kinds, ukinds, token)
    value /= divisor
    if op == ">":
        return FactFilter(kinds=kinds, unit=unit, lo=value, lo_strict=True)
    if op == ">=":
        return FactFilter(kinds=kinds, unit=unit, lo=value)
    if op == "<":
        return FactFilter(kinds=kinds, unit=unit, hi=value, hi_strict=True)
    if op == "<=":
        return FactFilter(kinds=kinds, unit=unit, hi=value)
    return FactFilter(kinds=kinds, unit=unit, lo=value, hi=value)


def _range(left: str, right: str, token: str) -> FactFilter:
    bounds: list[float | None] = []
    kinds: frozenset[str] | None = None
    units: set[str] = set()
    for side in (left, right):
        if not side:
            bounds.append(None)
            continue
        value, rest = _number(side, token)
        k, u, divisor = _unit_constraint(rest, token)
        kinds = _merge_kinds(kinds, k, token)
        units.update([u] if u is not None else [])
        bounds.append(value / divisor)
    if len(units) > 1:
        raise QueryError(f"'{token}': two different units")
    lo, hi = bounds
    if lo is not None and hi is not None and lo > hi:
        raise QueryError(f"'{token}': the range is empty ({left} > {right})")
    return FactFilter(kinds=kinds, unit=next(iter(units), None), lo=lo, hi=hi)


def _looks_numeric(s: str) -> bool:
    return bool(s) and (s[0].isdigit() or (s[0] in "+-." and len(s) > 1 and s[1].isdigit())
                        or _CN_NUM_RE.match(s.lstrip("-负")) is not None or s.startswith(("百分之", "千分之")))


def _signed_figure(tok: str) -> bool:
    """'-5', '-5%..5%', '-三成..三成': a figure's minus sign, not an exclusion. A Chinese numeral
    after '-' is one only in a range: -六月 and -三成 exclude the words."""
    return tok[1].isdigit() or ".." in tok and _looks_numeric(tok)


def unit_forms(unit: str) -> tuple[str, ...]:
    """A unit filter's unit as the facts may store it, in either script
    (unit:吨 finds a Hong Kong paper's 噸, unit:噸 the mainland's 吨), normalised."""
    from store.search.script import has_han, script_forms

    forms = script_forms(unit) if has_han(unit) else (unit,)
    return tuple(dict.fromkeys(normalize(form) for form in forms))


def _simplified_filter(tok: str) -> str:
    """A fact filter typed in traditional script read as in simplified: its
    magnitudes (>1億, 1萬..5萬) and kind words (>3個百分點, >10個基點);
    they read as a unit named 億 or 個百分點, which no fact has, and the
    filter found nothing, silently.  Its unit is matched in either script."""
    from store.search.script import has_han, simplified_chars

    name, sep, _ = tok.partition(":")
    if not has_han(tok) or (sep and name in FIELDS):
        return tok
    if (sep and name == "unit") or _CMP_RE.match(tok) or ".." in tok:
        return simplified_chars(tok)
    return tok


def _filter(tok: str) -> FactFilter | ArticleFilter | None:
    """tok is normalised; None when it is plain text."""
    tok = _simplified_filter(tok)
    name, sep, arg = tok.partition(":")
    if sep and name in ("kind", "unit", "year", *FIELDS):
        if not arg:
            raise QueryError(f"'{tok}': {name}: needs a value")
        if name in FIELDS:
            try:
                return article_filter(name, arg, tok)
            except ArticleFieldError as err:
                raise QueryError(str(err)) from None
        if name == "kind":
            return FactFilter(kinds=_kind_set(arg, tok))
        if name == "unit":
            # Units are stored without their 万/亿 (3亿元 is 300000000 元, as >1亿元
            # reads): unit:亿元 is unit:元, never a filter that silently finds
            # nothing; 千瓦 and 千米 stay units of their own.
            return FactFilter(unit=_MAGNITUDE_PREFIX.sub("", arg) or arg)
        m = _YEAR_RE.match(arg)
        if not m:
            raise QueryError(f"'{tok}': year must be four digits, e.g. year:2024 or year:2020..2024")
        lo = int(m.group(1))
        hi = int(m.group(2) or lo)
        if lo > hi:
            raise QueryError(f"'{tok}': the year range is empty")
        return FactFilter(year_lo=lo, year_hi=hi)
    if sep and _FIELD_RE.match(name) and not arg.startswith("//"):  # (a URL is text)
        # A mistyped field is an error, never searched as text that
        # silently matches nothing.
        raise QueryError(f"'{tok}': unknown field '{name}:' (fields: {_FIELD_LIST})")
    tok = tok.replace("≥", ">=").replace("≤", "<=")
    m = _CMP_RE.match(tok)
    if m:
        prefix, op, rhs = m.groups()
        if not prefix:  # '>x' always means a comparison
            return _comparison("", op, rhs, tok)
        if prefix in KINDS or _looks_numeric(rhs):  # 'money>10亿', 'foo>5' (unknown kind)
            return _comparison(prefix, op, rhs, tok)
        return None  # e.g. 'a>b' is text
    if ".." in tok:
        left, _, right = tok.partition("..")
        if (_looks_numeric(left) or not left) and (_looks_numeric(right) or not right) and (left or right):
            return _range(left, right, tok)
    return None


def _tokens(query: str) -> list[tuple[str, bool]]:
    """Split on whitespace; "quoted phrases" stay whole. Returns (token, quoted);
    a leading '-' before a quote is kept as the token prefix '-'."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        neg = ""
        if ch == "-" and i + 1 < n and query[i + 1] in "\"“”":
            neg, i = "-", i + 1
            ch = query[i]
        if ch in "\"“”":
            j = i + 1
            while j < n and query[j] not in "\"“”":
                j += 1
            out.append((neg + query[i + 1:j], True))  # an unclosed quote runs to the end
            i = j + 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] not in "\"“”":
            j += 1
        word = query[i:j]
        if j < n and query[j] in "\"“”" and _FIELD_PREFIX_RE.match(word):  # pub:"China Daily"
            k = j + 1
            while k < n and query[k] not in "\"“”":
                k += 1
            out.append((word + query[j + 1:k], False))
            i = k + 1
            continue
        # 'a|b' is the same as 'a | b'
        parts = re.split(r"([|｜])", word)
        for p in parts:
            if p:
                out.append(("|" if p in "|｜" else p, False))
        i = j
    return out


def as_query(query: str | Query, kind: str | None = None) -> Query:
    """`query` parsed (or as given, when already parsed), with the --kind
    parameter as one more filter."""
    if isinstance(query, Query):
        if kind:
            query = Query(query.groups, query.exclude, [kind_filter(kind), *query.filters], query.articles)
        return _merged(query)
    if not isinstance(query, str):
        raise QueryError("the query must be text")
    return parse(query, kind)


def parse(query: str, kind: str | None = None) -> Query:
    """Parse a query string. Raises QueryError for malformed filters."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query has {len(query):,} characters; at most {MAX_QUERY_CHARS:,} are allowed")
    q = Query()
    if kind:
        q.filters.append(kind_filter(kind))
    items: list[object] = []  # Term, ('-', Term), FactFilter, ArticleFilter or '|'
    basis_points = bool(kind) and normalize(kind).strip() == "bp"  # kind:bp (or --kind bp) asked for
    for tok, quoted in _tokens(query):
        if not quoted and tok == "|":
            items.append("|")
            continue
        neg = False
        body = tok
        if tok.startswith("-") and (quoted or (len(tok) > 1 and not _signed_figure(tok))):
            neg, body = True, tok[1:]
        if quoted:
            text = normalize(body)
            if text:
                items.append(("-", Term(text, body, True)) if neg else Term(text, body, True))
            continue
        norm = normalize(body)
        filt = _filter(norm)
        if norm.startswith("kind:") and "bp" in norm[5:].split(","):
            basis_points = True
        if filt is not None:
            if neg:
                dated = isinstance(filt, ArticleFilter) and filt.dates
                hint = " (a date range leaves the rest out: date:..2024-12-31)" if dated else ""
                raise QueryError(f"'{tok}': filters cannot be excluded with '-'{hint}")
            items.append(filt)
            continue
        items.append(("-", Term(norm, body)) if neg else Term(norm, body))
    # fold 'a | b' into groups
    i = 0
    pending: list[Term] | None = None
    while i < len(items):
        it = items[i]
        if it == "|":
            raise QueryError("'|' needs a term on both sides, e.g. 重庆 | 成都")
        if isinstance(it, (FactFilter, ArticleFilter)):
            if i + 1 < len(items) and items[i + 1] == "|":
                raise QueryError("filters cannot be combined with '|'")
            (q.filters if isinstance(it, FactFilter) else q.articles).append(it)
            i += 1
            continue
        if isinstance(it, tuple):
            if i + 1 < len(items) and items[i + 1] == "|":
                raise QueryError("an excluded term cannot be combined with '|'")
            q.exclude.append(it[1])
            i += 1
            continue
        assert isinstance(it, Term)
        pending = [it]
        i += 1
        while i < len(items) and items[i] == "|":
            if i + 1 >= len(items) or not isinstance(items[i + 1], Term):
                raise QueryError("'|' needs a term on both sides, e.g. 重庆 | 成都")
            pending.append(items[i + 1])  # type: ignore[arg-type]
            i += 2
        q.groups.append(pending)
    if basis_points:
        _bare_numbers_beside_basis_points(q)
    return _merged(q)


def _bare_numbers_beside_basis_points(q: Query) -> None:
    """kind:bp >20 read 20 percentage points (2,000 bp), as a bare number
    compares a points fact's value: the user, who asked for basis points,
    meant 20 bp.  One line says how to write it instead of that answer."""
    for f in q.filters:
        if f.kinds is None and f.unit is None and (f.lo is not None or f.hi is not None):
            number = f.lo if f.lo is not None else f.hi
            shown = format(number, "g")
            raise QueryError(f"kind:bp with a bare number ({shown}): a points value compares in percentage "
                             f"points, so {shown} would mean {shown} pp; give its unit: {shown}bp or {shown}pp")


def _term_key(term: Term) -> tuple[str, bool]:
    return term.text, term.phrase


def _unique(terms: list[Term]) -> list[Term]:
    """Terms in order, each key once (its first spelling)."""
    by_key: dict[tuple[str, bool], Term] = {}
    for t in terms:
        by_key.setdefault(_term_key(t), t)
    return list(by_key.values())


def _merged(q: Query) -> Query:
    """`q` with repeated terms, groups and filters counted once (the first
    spelling kept); a QueryError past MAX_TERMS distinct terms and filters."""
    groups: list[list[Term]] = []
    seen_groups: set[frozenset[tuple[str, bool]]] = set()
    for group in q.groups:
        alternatives = _unique(group)
        key = frozenset(_term_key(t) for t in alternatives)
        if key not in seen_groups:
            seen_groups.add(key)
            groups.append(alternatives)
    exclude = _unique(q.exclude)
    filters = list(dict.fromkeys(q.filters))
    articles = list(dict.fromkeys(q.articles))
    distinct = len({_term_key(t) for g in groups for t in g}) + len(exclude) + len(filters) + len(articles)
    if distinct > MAX_TERMS:
        raise QueryError(f"the query has {distinct} different terms and filters; at most {MAX_TERMS} are allowed")
    if (groups, exclude, filters, articles) == (q.groups, q.exclude, q.filters, q.articles):
        return q  # already merged: a caller's parsed query is used as it is
    return Query(groups, exclude, filters, articles)
