"""An in-memory store implementing ``store.Store``, for fast pilot tests.

It keeps the same records (``store.records``), raises the same errors and
ingests through the same pipeline (parse → extract → a transaction) as the
TinyDB store, and ``tests/test_store_contract.py`` runs the same
specification against both, so the app's tests see what the real store
would give.  Its fixture articles are hand-written, with facts located by
their surface text; search matches the query's terms as substrings and
honours kind, unit and value filters and the article fields (date:, pub:,
source:).  Two fakes opened with
:meth:`FakeStore.same_disk` share one committed state, like two processes
on one store file.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store import (
    FACT_COLUMNS,
    Article,
    CatalogEntry,
    Counts,
    Fact,
    IngestReport,
    Problem,
    ProgressFn,
    Query,
    SearchHit,
    SearchResults,
    SourceRecord,
    parse_query,
)
from store.ingest.content_key import content_key
from store.records import SourceHeader, SourceWrite
from store.search.qualified import stated
from store.series import SeriesKeeper
from store.series.reads import SeriesReads

P = "\n\n"

_ARTICLES: list[dict[str, Any]] = [
    {
        "title": "山城产业对接会举行 签约项目88个 金额超500亿",
        "byline": "本报记者 李明",
        "publication": "山城晚报",
        "date": "2025-11-25",
        "captions": ["对接会现场"],
        "body": P.join([
            "11月25日,产业对接会在山城举行。本次活动签约项目88个,合同金额超500亿元,涵盖新能源汽车、先进材料等领域。",
            "新能源车 产量四年增长十倍",
            "会上公布:山城新能源汽车产量从2020年的3.1万辆增至2024年的62.5万辆,全市汽车产量达210万辆。2024年,该产业对工业增长的贡献率达58.2%,是“压舱石”。",
            "先进材料 瞄准6000亿",
            "前三季度,先进材料产业增加值增长4.9%,1-10月新增企业120余家。",
        ]),
        "sections": ["新能源车 产量四年增长十倍", "先进材料 瞄准6000亿"],
        "facts": [
            ("title", "count", "88个", 88, None, "个", None, "签约项目", None),
            ("title", "money", "超500亿", 5e10, None, "元", "超", "金额", None),
            ("body", "count", "88个", 88, None, "个", None, "签约项目", None),
            ("body", "money", "500亿元", 5e10, None, "元", "超", "合同金额", None),
            ("body", "count", "3.1万辆", 31000, None, "辆", None, "新能源汽车产量", "2020"),
            ("body", "count", "62.5万辆", 625000, None, "辆", None, "新能源汽车产量", "2024"),
            ("body", "count", "210万辆", 2100000, None, "辆", None, "全市汽车产量", None),
            ("body", "percent", "58.2%", 58.2, None, "%", "达", "贡献率", "2024"),
            ("body", "percent", "4.9%", 4.9, None, "%", None, "增加值增长", "前三季度"),
            ("body", "count", "120余家", 120, None, "家", "余", "新增企业", "1-10月"),
        ],
    },
    {
        "title": "长寿区湖畔步道开放 [red]不是标记[/red]",
        "byline": None,
        "publication": "山城晚报",
        "date": "2025-11-24",
        "captions": [],
        "body": "长寿区湖畔步道今日开放,市民可沿湖散步。[bold]方括号[/bold]是正文的一部分。",
        "sections": [],
        "facts": [],
    },
    {
        "title": "一篇很长的报道",
        "byline": "通讯员 王芳",
        "publication": None,
        "date": None,
        "captions": ["图一", "图二"],
        "body": P.join(
            f"第{i}段:本段记录了数据,全年营收增长{i}.5%,利润达{i * 3}亿元,员工人数为{i * 100}人。"
            for i in range(1, 61)
        ),
        "sections": [],
        "facts": [("body", "percent", f"{i}.5%", i + 0.5, None, "%", None, "营收增长", None)
                  for i in range(1, 61)],
    },
]


def _fact(article: Article, order: int, spec: tuple, seen: dict[tuple[str, str], int]) -> Fact:
    where, kind, surface, value, high, unit, qual, subject, period = spec
    text = article[where]
    start = text.find(surface, seen.get((where, surface), 0))
    assert start >= 0, surface
    seen[(where, surface)] = start + 1
    clause_start = max(text.rfind(c, 0, start) for c in ",。;:\n") + 1
    ends = [e for e in (text.find(c, start) for c in ",。;") if e >= 0]
    section = None
    for s in article["sections"]:
        if where == "body" and s["start"] <= start:
            section = s["heading"]
    fact: Fact = {name: None for name in FACT_COLUMNS}  # type: ignore[assignment]
    fact.update({
        "id": f"{article['id']}:{where}:{start}", "article_id": article["id"], "where": where,
        "section": section, "kind": kind, "surface": surface, "start": start, "end": start + len(surface),
        "value": value, "value_high": high, "unit": unit, "qualifier": qual, "subject": subject,
        "period": period, "clause": text[clause_start: min(ends) if ends else len(text)], "mentions": [],
    })
    return fact


def _fixture() -> list[tuple[Article, list[Fact]]]:
    out = []
    for order, spec in enumerate(_ARTICLES):
        body = spec["body"]
        article: Article = {
            "id": f"a{order}", "title": spec["title"],
            "sections": [{"heading": h, "start": body.find(h)} for h in spec["sections"]],
            "byline": spec["byline"], "reporters": [], "captions": spec["captions"], "body": body,
            "source": {"file": FIXTURE_FILE, "sha256": "0" * 64},
            "publication": spec["publication"], "date": spec["date"], "order": order,
        }
        seen: dict[tuple[str, str], int] = {}
        facts = [_fact(article, order, f, seen) for f in spec["facts"]]
        facts.sort(key=lambda f: (f["where"] != "title", f["start"]))
        out.append((article, facts))
    return out


FIXTURE_FILE = "fixture.txt"


@dataclass
class _State:
    """One committed state: what a store file would hold."""

    generation: int = 0
    sources: dict[str, SourceRecord] = field(default_factory=dict)
    articles: dict[str, list[tuple[Article, list[Fact]]]] = field(default_factory=dict)  # by source file


@dataclass
class _Disk:
    """The committed state shared by fakes opened on the same 'file'."""

    state: _State


class _Writer:
    """The fake's write transaction (``store.protocol.SourceWriter``)."""

    def __init__(self, state: _State) -> None:
        self.state = state
        self.changed = False

    def stored_sha256(self, file: str, key: str | None = None) -> str | None:
        source = self.state.sources.get(file)
        return source["sha256"] if source else None

    def put_source(self, source: SourceHeader, articles: Iterable[tuple[Article, list[Fact]]]) -> SourceWrite:
        old_ids = {a["id"] for a, _ in self.state.articles.get(source.file, [])}
        kept: dict[str, tuple[Article, list[Fact]]] = {}
        contents: set[str] = set()
        repeated: list[int] = []   # a record repeating an earlier one (content or id) is left out
        for at, (article, facts) in enumerate(articles):
            ckey = content_key(article["title"], article["body"])
            if ckey in contents or article["id"] in kept:
                repeated.append(at)
                continue
            contents.add(ckey)
            kept[article["id"]] = (article, facts)
        self.state.articles[source.file] = list(kept.values())
        self.state.sources[source.file] = {
            "file": source.file, "sha256": source.sha256, "furniture": source.furniture,
            "publication": source.publication, "date": source.date, "articles": len(kept),
            "ingested": "2000-01-01T00:00:00Z",
        }
        self.changed = True
        return SourceWrite(len(kept), sum(len(f) for _, f in kept.values()), len(old_ids - set(kept)), 0, tuple(repeated))


class FakeStore(SeriesReads):
    """In-memory ``store.Store``."""

    def __init__(self, path: str | Path = "/tmp/factdesk-fixture.json", *, empty: bool = False,
                 _disk: _Disk | None = None) -> None:
        self.path = Path(path)
        if _disk is None:
            state = _State()
            if not empty:
                _Writer(state).put_source(SourceHeader(FIXTURE_FILE, "0" * 64), _fixture())
            _disk = _Disk(state)
        self._disk = _disk
        self._state = _disk.state
        self.changed = False  # tests set it to say "another process committed"
        self.reloads = 0
        self.reseeds = 0
        self.searches: list[str | Query] = []
        self._series = SeriesKeeper(None, lambda: self.token, self._series_docs)

    def same_disk(self) -> FakeStore:
        """Another fake on the same committed state (a second process)."""
        return FakeStore(self.path, _disk=self._disk)

    # ------------------------------------------------------------ reading

    @property
    def token(self) -> str:
        return f"fake:{id(self._disk)}:{self._state.generation}"

    def _pairs(self) -> Iterator[tuple[Article, list[Fact]]]:
        for file in sorted(self._state.articles):
            yield from self._state.articles[file]

    def catalog(self) -> list[CatalogEntry]:
        return [
            {"id": a["id"], "title": a["title"], "date": a["date"], "publication": a["publication"],
             "source": a["source"]["file"], "order": order, "n_facts": len(facts), "n_chars": len(a["body"])}
            for file in sorted(self._state.articles)
            for order, (a, facts) in enumerate(self._state.articles[file])
        ]

    def article(self, article_id: str) -> Article | None:
        found = next((a for a, _ in self._pairs() if a["id"] == article_id), None)
        return copy.deepcopy(found) if found is not None else None

    def facts(self, article_id: str | None = None, kind: str | None = None) -> list[Fact]:
        return [f for a, facts in self._pairs() if article_id is None or a["id"] == article_id
                for f in facts if kind is None or f["kind"] == kind]

    def each_fact(self, kind: str | None = None) -> Iterator[Fact]:
        yield from self.facts(kind=kind)

    def articles(self) -> Iterator[Article]:
        for article, _ in self._pairs():
            yield copy.deepcopy(article)

    def sources(self) -> list[SourceRecord]:
        return [dict(s) for _, s in sorted(self._state.sources.items())]  # type: ignore[misc]

    def counts(self) -> Counts:
        pairs = list(self._pairs())
        return {"sources": len(self._state.sources), "articles": len(pairs), "facts": sum(len(f) for _, f in pairs)}

    # ------------------------------------------------------------ search

    def search(self, query: str | Query, *, limit: int = 50, kind: str | None = None, facts: bool = True,
               detail: int | None = 200) -> SearchResults:
        self.searches.append(query)
        if not isinstance(query, (str, Query)):
            from store import QueryError

            raise QueryError("the query must be text")
        q = parse_query(query, kind) if isinstance(query, str) else query
        if isinstance(query, Query) and kind:
            q = Query(q.groups, q.exclude, q.filters + parse_query("", kind).filters, q.articles)
        results: list[SearchHit] = []
        if not q.empty:
            for article, article_facts in self._pairs():
                hit = _match(article, article_facts, q)
                if hit is not None:
                    results.append(hit)
        results.sort(key=lambda r: -r["score"])
        total = len(results)
        if limit > 0:
            results = results[:limit]
        for n, hit in enumerate(results):
            if detail is not None and n >= detail:
                hit["snippets"] = []
            if not facts:
                hit["facts"] = []
        return {"total": total, "results": results,
                "facts_total": sum(len(r["fact_ids"]) for r in results)}

    def hit_spans(self, text: str, query: str | Query) -> list[tuple[int, int]]:
        from store.search.highlight import hit_spans

        return hit_spans(text, query)

    def prepare_search(self) -> None:
        """Nothing to prepare: the fake searches its few articles directly."""

    # ------------------------------------------------------------ series


    def _series_docs(self, ids: Iterable[str] | None = None) -> Iterator[tuple[Article, list[Fact]]]:
        wanted = None if ids is None else set(ids)
        return ((a, f) for a, f in self._pairs() if wanted is None or a["id"] in wanted)

    # ------------------------------------------------------------ changes

    def changed_on_disk(self) -> bool:
        return self.changed or self._state is not self._disk.state

    def reload(self) -> None:
        self.reloads += 1
        self.changed = False
        self._state = self._disk.state

    @contextmanager
    def writing(self) -> Iterator[_Writer]:
        """A transaction on a copy of the current state, committed at once."""
        state = copy.deepcopy(self._disk.state)
        writer = _Writer(state)
        yield writer
        if writer.changed:
            state.generation += 1
            self._disk.state = self._state = state

    def ingest(self, paths: Iterable[str | Path], progress: ProgressFn | None = None) -> IngestReport:
        from store.ingest.pipeline import ingest_paths

        return ingest_paths(self, paths, progress, build_index=False)

    ingest_paths = ingest

    def reseed(self, progress: ProgressFn | None = None) -> IngestReport:
        from store.ingest.pipeline import reseed

        self.reseeds += 1
        return reseed(self, progress, build_index=False)

    def check(self, fix: bool = False) -> list[str]:
        problems = []
        for article, facts in self._pairs():
            for fact in facts:
                text = article["title"] if fact["where"] == "title" else article["body"]
                if text[fact["start"]:fact["end"]] != fact["surface"]:
                    problems.append(Problem(f"fact {fact['id']}: offsets do not match its text", "fact"))
        return problems


def _match(article: Article, facts: list[Fact], q: Query) -> SearchHit | None:
    """The hit of one article: it passes the article fields (date:, pub:,
    source:), every group has a term in it, no excluded term is, and (with
    filters) some fact passes all of them."""
    from store.search.normalize import normalize

    sources = [ref["file"] for ref in article.get("sources") or [article["source"]]]
    if not all(flt.accepts(article["date"], article["publication"], sources) for flt in q.articles):
        return None
    from store.search.script import script_forms

    text = normalize(article["title"] + "\n" + article["body"])

    def found(term: Any) -> bool:  # in either script, as the stores read a term
        return any(form in text for form in script_forms(term.text))

    if any(not any(found(t) for t in group) for group in q.groups) or any(found(t) for t in q.exclude):
        return None
    terms = [form for t in q.positive_terms() for form in script_forms(t.text)]
    if q.filters:
        matched = [f for f in facts if all(_passes(f, flt) for flt in q.filters)]
        if not matched:
            return None
    else:
        matched = [f for f in facts if any(t in normalize(f"{f.get('subject') or ''} {f['clause']}") for t in terms)]
    hits = sum(text.count(t) for t in terms) or len(matched)
    return {"article_id": article["id"], "title": article["title"], "score": float(hits), "hits": hits,
            "snippets": [], "fact_ids": [f["id"] for f in matched], "facts": matched}


def _passes(fact: Fact, flt: Any) -> bool:
    """A query filter (store.search.query.FactFilter) on one fact: kinds,
    unit and value bounds (years are not modelled by the fake)."""
    kinds, unit = flt.kinds, flt.unit
    if kinds is not None and fact.get("kind") not in kinds:
        return False
    if unit is not None and fact.get("unit") != unit:
        return False
    value = fact.get("value")
    lo, hi = flt.lo, flt.hi
    if (lo is not None or hi is not None) and not isinstance(value, (int, float)):
        return False
    high, qualifier = fact.get("value_high"), fact.get("qualifier")
    top = stated(high if isinstance(high, (int, float)) else value, qualifier)
    value = stated(value, qualifier)     # the figures it states (store.search.qualified)
    if lo is not None and (top <= lo if flt.lo_strict else top < lo):
        return False
    return not (hi is not None and (value >= hi if flt.hi_strict else value > hi))
