"""A JSON Lines record's `source` names its publication before a note in
brackets: "央视网/新闻联播 (CCTV), body left as in source (HTML tags kept) |
github:…" is published by 央视网/新闻联播 — only a note at the very end was
cut, so the list, `pub:` and every citation read "央视网/新闻联播 (CCTV),
body left as in source".  The whole `source` stays in the article's meta."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_cli import factdesk

SOURCE = "央视网/新闻联播 (CCTV), body left as in source (HTML tags/entities kept) | github:x/y news/1.md"


def test_the_publication_is_the_name_before_the_sources_note(tmp_path: Path) -> None:
    src = tmp_path / "raw.jsonl"
    records = [{"title": "春耕备耕", "body": "<p>今年新建高标准农田840万亩。</p>", "date": "2023-03-24", "source": SOURCE},
               {"title": "要闻", "body": "产量增长5%。", "source": "人民日报 01版：要闻 (lead paragraph only) | github:z"}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "fd.json"
    assert factdesk(db, "ingest", str(src)).returncode == 0
    listed = [json.loads(line) for line in factdesk(db, "articles", "--json").stdout.decode().splitlines()]
    assert sorted(a["publication"] for a in listed) == ["人民日报 01版：要闻", "央视网/新闻联播"]
    found = factdesk(db, "search", "pub:央视网", "--json")
    assert found.returncode == 0 and len(found.stdout.decode().splitlines()) == 1
    shown = json.loads(factdesk(db, "show", listed[0]["id"], "--json").stdout)
    assert shown["meta"]["source"] in (SOURCE, records[1]["source"])
