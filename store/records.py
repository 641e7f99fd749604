"""The records factdesk's store hands out.

TypedDicts rather than classes: records cross process and JSON boundaries as
plain dicts (orjson), and the types document the fields for the app, the CLI
and every Store implementation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, NotRequired, TypedDict

FactKind = Literal[
    "money", "count", "quantity", "percent", "points", "index", "multiple", "ratio",
    "rank", "date", "year", "duration",
]
Change = Literal["up", "down"]


class Mention(TypedDict):
    """Another place in the same article where the same figure is stated."""

    where: str          # "title" | "body"
    start: int
    end: int


class RatioPart(TypedDict):
    value: int | float
    text: str


class Fact(TypedDict, total=False):
    """One figure an article states, normalised, with where it came from.

    Offsets index the article's `title` or `body` (per `where`), and
    ``text[start:end] == surface`` always holds.
    """

    id: str                      # "{article_id}:{where}:{start}"
    article_id: str
    where: str                   # "title" | "body"
    section: str | None          # the body section heading the figure sits under
    kind: FactKind
    surface: str                 # the figure exactly as written
    start: int
    end: int
    # Signed and exact: ints for integral values (any length), floats only
    # for non-integral decimals, computed without float drift (6.39‰ → 0.639);
    # a date fact's are the day or month it names, as text (2025-11-25, 2026-04).
    value: int | float | str | None
    value_high: int | float | str | None   # upper bound of a range, same unit as value
    value_text: str | None       # the value as an exact decimal string ("-307000000", "0.639")
    # The unit ``value`` is in (derived, never stored: :func:`fact_field`):
    # % for every percent (6.39‰ is 0.639 %), pp for every points fact
    # (25个基点 is 0.25 pp), else the unit itself; null for a date.
    value_unit: str | None
    unit: str | None             # full unit as stated: 元, 美元/桶, 吨标准煤/万元, 个百分点, 基点, %
    per: str | None              # the unit's denominator alone: 桶, 股, 万元, 千瓦时
    qualifier: str | None        # 约, 近, 超, 多, 以上, 左右 … (never 达/达到)
    subject: str | None          # what was measured, a whole phrase: 新能源汽车产量
    period: str | None           # canonical: 2024, 2024H1, 2024Q3, 2024Q1-Q3, 2024-07, 2024-01/2024-07, 2024-05-31, 2021/2025
    period_text: str | None      # the period as the text gives it: 前三季度, 5月末, 今年
    change: Change | None        # direction of a stated change
    change_word: str | None      # the verb as written: 增长, 下降, 提高, 少增
    base: str | None             # comparison base: 比去年全年 → 去年全年
    parts: list[RatioPart] | None   # colon ratios: 6.8:36.5:56.7
    clause: str                  # the clause the figure sits in
    mentions: list[Mention]      # the same figure stated again (title, heading, body)


# The order of a fact's fields in tables and CSV; one list for every output.
FACT_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "where", "section", "kind", "surface", "start", "end", "value", "value_high",
    "value_text", "value_unit", "unit", "per", "qualifier", "subject", "period", "period_text", "change", "change_word",
    "base", "parts", "clause", "mentions",
)

# The unit a kind's value is always in, whatever the text wrote: 6.39‰ and
# 三成 are stored in percent, 25个基点 in percentage points (0.25) — beside
# the unit as written (‰, 成, 个基点) a bare 0.25 read as 0.25 basis points.
_VALUE_UNITS = {"percent": "%", "points": "pp"}


def value_unit(fact: Any) -> str | None:
    """The unit ``value`` and ``value_high`` are in: % for a percent, pp
    (percentage points) for points however written (个百分点, 基点, BP),
    None for a date (its value is the day itself), else the fact's unit."""
    kind = fact.get("kind")
    if kind == "date":
        return None
    return _VALUE_UNITS.get(kind or "", fact.get("unit"))


def fact_field(fact: Any, name: str) -> Any:
    """One field of a fact as every output gives it: ``value_unit`` derived
    from its kind and unit, ``value_text`` to the precision the text writes
    (5.0% is "5.0": store.written), any other as the record holds it (None
    if absent)."""
    if name == "value_unit":
        return value_unit(fact)
    if name == "value_text" and fact.get("value_text") is not None:
        from store.written import written_value

        return written_value(fact) or fact.get("value_text")
    return fact.get(name)


def table_field(record: Any, name: str) -> Any:
    """A field of a fact or a series row as a CSV or TSV cell holds it: as
    :func:`fact_field`, with ``value`` and ``value_high`` written as the text
    writes them (5.0% is 5.0, never 5; every digit of a long integer) — a
    spreadsheet reads the cell as the same number."""
    if name in ("value", "value_high"):
        from store.written import written_value

        written = written_value(record, name)
        if written is not None:
            return written
    return fact_field(record, name)


def fact_record(fact: Any, columns: Sequence[str] = FACT_COLUMNS) -> dict[str, Any]:
    """The fact as `--json` prints it: every column, in order, null when absent."""
    return {name: fact_field(fact, name) for name in columns}


JsonObject = dict[str, Any]
"""Raw JSON not yet read into a record: an input line, a TinyDB table."""


# ---------------------------------------------------------------- articles


class Section(TypedDict):
    """A body section: its heading and where it starts in the body."""

    heading: str
    start: int


class SourceRef(TypedDict):
    """One input file an article came from (its bytes' SHA-256), with what
    that file's record said of it when it said anything."""

    file: str
    sha256: str
    url: NotRequired[str]
    publication: NotRequired[str]
    date: NotRequired[str]


MetaValue = str | int | float | bool


class Article(TypedDict):
    """One stored article.  The body's paragraphs are separated by a blank
    line; section headings are paragraphs of the body too."""

    id: str                      # stable: a hash of file name, position and title
    title: str
    sections: list[Section]
    byline: str | None
    reporters: list[str]
    captions: list[str]
    body: str
    source: SourceRef            # the first of ``sources`` (kept for older readers)
    # Every file the same article (same normalised title and body, see
    # store.ingest.content_key) was ingested from, first one first.
    sources: list[SourceRef]
    publication: str | None
    date: str | None             # YYYY-MM-DD
    order: int                   # position in its source
    title_derived: NotRequired[bool]  # the title was made from the first sentence
    url: NotRequired[str | None]      # JSON Lines and SogouCS records
    meta: NotRequired[dict[str, MetaValue]]  # a JSON Lines record's other scalar fields, sanitised


class CatalogEntry(TypedDict):
    """What the article list needs of an article, without its text."""

    id: str
    title: str
    date: str | None
    publication: str | None
    source: str                  # the source file's name
    order: int
    n_facts: int
    n_chars: int


class SourceRecord(TypedDict):
    """One ingested input file."""

    file: str
    sha256: str
    furniture: list[str]         # page furniture (mastheads, promo boxes)
    publication: str | None
    date: str | None
    articles: int
    ingested: str                # UTC, ISO 8601
    key: NotRequired[str]        # its identity: the file's full path (absent or the name: see SourceHeader)


class Counts(TypedDict):
    sources: int
    articles: int
    facts: int


# ---------------------------------------------------------------- search


class SearchHit(TypedDict):
    """One ranked article of a search."""

    article_id: str
    title: str
    score: int | float
    hits: int
    snippets: list[str]          # only for the first ``detail`` results
    fact_ids: list[str]          # the article's facts the query matches
    facts: list[Fact]            # their records, when asked for (else empty)


class SearchResults(TypedDict):
    total: int                   # matching articles, beyond ``limit`` too
    facts_total: int
    results: Sequence[SearchHit]  # a lazily built sequence when ``limit`` is 0
    # One line per damaged file the facts of some results could not be read
    # from (those results keep no facts); absent when every one was read.
    unreadable: NotRequired[list[str]]
    # True when part of the store was not searched (no usable index, or one
    # far behind: store.db.indexing); the line saying what is on stderr.
    partial: NotRequired[bool]


# ---------------------------------------------------------------- ingest

ProgressFn = Callable[[str, int, "int | None"], None]
"""Called as ``progress(file name, articles done, total or None)``."""


@dataclass
class SourceHeader:
    """What a store keeps of an input file besides its articles: the
    ingest pipeline hands it to the store with the articles."""

    file: str
    sha256: str
    furniture: list[str] = field(default_factory=list)
    publication: str | None = None
    date: str | None = None
    # The source's identity when its name is not enough: the file's full
    # path (two folders may each hold a news.jsonl); None: the name is it
    # (the shipped pages, stdin).
    key: str | None = None


class SourceWrite(NamedTuple):
    """What storing one source did."""

    added: int    # articles stored
    facts: int    # their facts
    removed: int  # articles of the old version of the source no longer present
    merged: int = 0  # articles already stored from another file: this file was added to their sources
    # the records left out as repeats of an earlier one of the source (the
    # same content key or id): their order among the articles handed in, from 0
    repeated: tuple[int, ...] = ()


@dataclass
class IngestReport:
    """What an ingest did, file by file."""

    added: int = 0  # articles added or replaced
    merged: int = 0  # articles already stored from another file, which gained this file as a source
    removed: int = 0
    unchanged_sources: list[str] = field(default_factory=list)
    ingested_sources: list[str] = field(default_factory=list)
    # (path, reason): files that were not ingested, and records whose facts
    # could not be extracted (stored without facts; the rest went on).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # The paths of those lines that are about a file that was saved (records
    # left out or stored without facts): not "skipped" when said.
    partial: list[str] = field(default_factory=list)
    facts: int = 0
    # records left out as repeats of an earlier record of their file, and
    # (path, line) saying where: no problem, said without changing the exit status
    repeated: int = 0
    notices: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.skipped) and not (self.ingested_sources or self.unchanged_sources)
