"""A small in-memory stand-in for store.Store, for fast pilot tests.

Same methods and record shapes as the contract (catalog, article, facts,
counts, search, reseed, changed_on_disk, reload, path); articles are
hand-written here, facts are located by their surface text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _build() -> tuple[list[dict], dict[str, dict], list[dict]]:
    catalog, articles, facts = [], {}, []
    for order, spec in enumerate(_ARTICLES):
        aid = f"a{order}"
        body = spec["body"]
        sections = [{"heading": h, "start": body.find(h)} for h in spec["sections"]]
        art = {
            "id": aid, "title": spec["title"], "sections": sections, "byline": spec["byline"],
            "reporters": [], "captions": spec["captions"], "body": body,
            "source": {"file": "fixture.txt", "sha256": "0" * 64},
            "publication": spec["publication"], "date": spec["date"], "order": order,
        }
        seen: dict[tuple[str, str], int] = {}
        afacts = []
        for where, kind, surface, value, high, unit, qual, subject, period in spec["facts"]:
            text = art[where]
            start = text.find(surface, seen.get((where, surface), 0))
            assert start >= 0, surface
            seen[(where, surface)] = start + 1
            clause_start = max(text.rfind(c, 0, start) for c in ",。;:\n") + 1
            ends = [e for e in (text.find(c, start) for c in ",。;") if e >= 0]
            clause = text[clause_start: min(ends) if ends else len(text)]
            section = None
            for s in sections:
                if where == "body" and s["start"] <= start:
                    section = s["heading"]
            afacts.append({
                "id": f"{aid}:{where}:{start}", "article_id": aid, "where": where,
                "section": section, "kind": kind, "surface": surface, "value": value,
                "value_high": high, "unit": unit, "qualifier": qual, "subject": subject,
                "period": period, "change": None, "clause": clause,
                "start": start, "end": start + len(surface),
            })
        afacts.sort(key=lambda f: (f["where"] != "title", f["start"]))
        articles[aid] = art
        facts.extend(afacts)
        catalog.append({
            "id": aid, "title": art["title"], "date": art["date"],
            "publication": art["publication"], "source": "fixture.txt", "order": order,
            "n_facts": len(afacts), "n_chars": len(body),
        })
    return catalog, articles, facts


class FakeStore:
    """In-memory store with the contract's read API."""

    def __init__(self, path: str | Path = "/tmp/factdesk-fixture.json", *, empty: bool = False) -> None:
        self.path = Path(path)
        self._catalog, self._articles, self._facts = ([], {}, []) if empty else _build()
        self.changed = False
        self.reloads = 0
        self.reseeds = 0
        self.searches: list[str] = []

    def catalog(self) -> list[dict]:
        return list(self._catalog)

    def article(self, article_id: str) -> dict | None:
        return self._articles.get(article_id)

    def facts(self, article_id: str | None = None, kind: str | None = None) -> list[dict]:
        return [f for f in self._facts
                if (article_id is None or f["article_id"] == article_id)
                and (kind is None or f["kind"] == kind)]

    def counts(self) -> dict[str, int]:
        return {"sources": 1 if self._catalog else 0, "articles": len(self._catalog),
                "facts": len(self._facts)}

    def search(self, query: str, *, limit: int = 50, kind: str | None = None, facts: bool = True,
               detail: int | None = 200) -> dict:
        self.searches.append(query)
        if query.startswith("kind:") and query[5:] not in {"money", "count", "percent"}:
            raise ValueError(f"unknown kind {query[5:]!r}")
        results = []
        for entry in self._catalog:
            art = self._articles[entry["id"]]
            hits = art["title"].count(query) + art["body"].count(query)
            if query and hits:
                matched = [f for f in self.facts(entry["id"], kind) if query in f["clause"]]
                results.append({"article_id": entry["id"], "title": art["title"],
                                "score": float(hits), "hits": hits, "snippets": [],
                                "fact_ids": [f["id"] for f in matched], "facts": matched if facts else []})
        results.sort(key=lambda r: -r["score"])
        return {"total": len(results), "results": results[:limit],
                "facts_total": sum(len(r["facts"]) for r in results)}

    def hit_spans(self, text: str, query: str) -> list[tuple[int, int]]:
        from store.search.index import hit_spans

        return hit_spans(text, query)

    def reseed(self) -> dict:
        self.reseeds += 1
        return {"articles": len(self._catalog)}

    def changed_on_disk(self) -> bool:
        return self.changed

    def reload(self) -> None:
        self.reloads += 1
        self.changed = False
