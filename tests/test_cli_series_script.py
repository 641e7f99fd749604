"""`factdesk series` and `conflicts` read a query's words in either script,
as search does: 地區生產總值 finds 重庆's 地区生产总值 and 国内生产总值 finds
a Hong Kong paper's 國內生產總值 (they found nothing), and an excluded word
leaves out its other-script spelling too."""

from __future__ import annotations

import json
from pathlib import Path

from store import open_store
from tests.test_cli import run

RECORDS = [
    ("重庆经济稳中向好", "2024年，重庆地区生产总值3.22万亿元。"),
    ("西部城市经济盘点", "2024年重庆地区生产总值3.19万亿元。"),
    ("香港經濟回顧", "2024年，香港國內生產總值3.14萬億港元。"),
]


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"title": t, "body": b, "date": "2025-03-01"}, ensure_ascii=False)
                              for t, b in RECORDS), encoding="utf-8")
    db = tmp_path / "s.json"
    open_store(db, seed=False).ingest([path])
    return db


def _series(capsys, db: Path, *query: str) -> list[tuple[str, str | None]]:
    code, out, err = run(capsys, "--db", str(db), "series", *query, "--json")
    assert code == 0, err
    return [(row["indicator"], row["entity"]) for row in map(json.loads, out.splitlines())]


def test_series_and_conflicts_words_match_in_either_script(capsys, tmp_path):
    db = _store(tmp_path)
    assert _series(capsys, db, "地區生產總值") == [("地区生产总值", "重庆")] * 2
    assert _series(capsys, db, "国内生产总值") == [("國內生產總值", "香港")]
    assert _series(capsys, db, "生产总值", "-國內") == [("地区生产总值", "重庆")] * 2
    code, out, _ = run(capsys, "--db", str(db), "conflicts", "重慶")
    assert code == 0 and "重庆·地区生产总值（2024年，元）" in out.splitlines()
