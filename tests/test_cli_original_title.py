"""A JSON Lines record with no title whose text names its 原标题 (a page
copied from another site) is listed under that title, without the label:
the list showed 原标题：杨利伟再出山 (cut at the ！ inside the title) where a
reader expects 杨利伟再出山！新职务新使命 (walk23)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_cli import factdesk

RECORDS = [
    {"title": None, "body": "原标题：杨利伟再出山！新职务新使命来源：长安街知事卸任中国载人航天工程办公室主任1年后，"
                            "杨利伟于近日再获新职。"},
    {"title": "", "body": "原标题：趣步涉嫌传销被查，“躺赚”App真的可以躺赚吗？新京报记者程平调查发现，"
                          "目前应用商店中存在多个相似App，用户超过3000万。"},
    {"title": None, "body": "沙特的石油设施遭攻击后，两国均表示仍需调查。原标题：美发动网络战先行报复伊朗。9月份，沙特设施遭攻击。"},
    {"title": None, "body": "没有原来标题的文章。后面还有内容，增长5%。"},
]


def test_untitled_records_take_the_original_title_their_text_names(tmp_path: Path) -> None:
    src = tmp_path / "notitle.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    db = tmp_path / "fd.json"
    done = factdesk(db, "ingest", str(src))
    assert done.returncode == 0, done.stderr.decode()
    listed = factdesk(db, "articles", "--json")
    assert listed.returncode == 0, listed.stderr.decode()
    titles = sorted(json.loads(line)["title"] for line in listed.stdout.decode().splitlines())
    assert titles == sorted(["杨利伟再出山！新职务新使命", "趣步涉嫌传销被查，“躺赚”App真的可以躺赚吗？",
                             "美发动网络战先行报复伊朗", "没有原来标题的文章"])
