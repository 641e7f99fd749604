"""The factdesk command for scripts: same API as the library, --json for
machines, one-line errors for people."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from store import FACT_COLUMNS
from tui.cli import build_parser, main


def run(capsys, *args: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ingested(tmp_path, capsys, text: str, name: str = "page.txt") -> str:
    """A new store holding one page of `text`, ingested through the command; its path."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "--db", db, "ingest", str(page))[0] == 0
    return db


@pytest.fixture
def db(seeded, store_path) -> str:
    """A seeded store (read commands never create one)."""
    return str(store_path)


def test_articles_json_prints_the_four_seed_records_in_full(capsys, db):
    code, out, _ = run(capsys, "--db", db, "articles", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 4
    first = records[0]
    assert set(first) >= {"id", "title", "sections", "byline", "reporters", "captions", "body", "source", "publication", "date"}
    assert first["captions"] == ["赛力斯超级工厂总装车间"]
    assert first["source"]["file"] == "000_d50660e1f1101acb.txt" and len(first["source"]["sha256"]) == 64
    for record in records:
        for word in ("扫码关注", "记者帮你办", "发布会现场", "上游财经"):
            assert word not in record["body"]


def test_articles_lists_one_line_per_article(capsys, db):
    code, out, _ = run(capsys, "--db", db, "articles")
    assert code == 0 and len(out.splitlines()) == 4
    assert "五年平安成绩单" in out.splitlines()[1]


def test_seed_twice_leaves_the_same_four_articles(capsys, db):
    run(capsys, "--db", db, "seed")
    code, out, _ = run(capsys, "--db", db, "seed")
    assert code == 0 and "unchanged" in out and "4 articles" in out
    _, listing, _ = run(capsys, "--db", db, "articles")
    assert len(listing.splitlines()) == 4


def test_the_store_location_comes_from_the_environment(capsys, monkeypatch, store_path):
    monkeypatch.setenv("FACTDESK_DB", str(store_path))
    assert run(capsys, "seed")[0] == 0 and store_path.exists()
    code, out, _ = run(capsys, "articles")
    assert code == 0 and len(out.splitlines()) == 4


@pytest.mark.parametrize("command", [["articles"], ["show", "x"], ["facts"], ["search", "产量"], ["check"],
                                     ["check", "--fix"], ["copy", "--to", "elsewhere.json"]])
def test_a_read_command_on_a_missing_store_is_one_line_and_creates_nothing(capsys, tmp_path, command):
    typo = tmp_path / "typo" / "store.json"
    code, out, err = run(capsys, "--db", str(typo), *command)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"factdesk: no store at {typo} — `factdesk seed` or `factdesk ingest` creates one"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["seed"], ["ingest", "PAGE"]])
def test_seed_and_ingest_create_a_missing_store(capsys, tmp_path, seed_text, command):
    page = tmp_path / "page.txt"
    page.write_text(seed_text, encoding="utf-8")
    new = tmp_path / "new" / "store.json"
    code, _, err = run(capsys, "--db", str(new), *[str(page) if a == "PAGE" else a for a in command])
    assert code == 0, err
    assert new.exists() and run(capsys, "--db", str(new), "articles")[0] == 0


def test_a_path_with_an_escape_sequence_never_reaches_the_terminal(capsys, tmp_path):
    # A folder named so that printing it would retitle the terminal.
    evil = tmp_path / "a\x1b]0;pwned\x07b" / "store.json"
    for command in (["seed"], ["check"], ["articles", "--json"], ["show", "nothing"]):
        _, out, err = run(capsys, "--db", str(evil), *command)
        assert "\x1b" not in out + err and "\x07" not in out + err, (command, out, err)
    _, out, _ = run(capsys, "--db", str(evil), "check")
    assert f"checked    {tmp_path}/ab/store.json" in out  # the sequence and its payload are gone


def test_show_accepts_a_unique_id_prefix(capsys, db):
    _, listing, _ = run(capsys, "--db", db, "articles")
    prefix = listing.splitlines()[3][:6]
    code, out, _ = run(capsys, "--db", db, "show", prefix)
    assert code == 0 and out.startswith("首期投资35亿 大型智慧医养项目落户长寿")
    code, out, _ = run(capsys, "--db", db, "show", prefix, "--json")
    assert json.loads(out)["reporters"] == ["杨圣泉"]


def test_facts_json_has_every_field_of_the_record(capsys, db):
    code, out, _ = run(capsys, "--db", db, "facts", "--json")
    facts = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and facts
    assert all(set(FACT_COLUMNS) <= set(f) for f in facts)


def test_facts_can_be_limited_to_an_article_and_a_kind(capsys, db):
    _, listing, _ = run(capsys, "--db", db, "articles")
    article = listing.splitlines()[1].split()[0]
    code, out, _ = run(capsys, "--db", db, "facts", "--article", article, "--kind", "money", "--json")
    facts = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and facts
    assert {f["article_id"] for f in facts} == {article} and {f["kind"] for f in facts} == {"money"}
    assert any(f["surface"] == "17.8亿元" and f["value"] == 1.78e9 for f in facts)


def test_an_unknown_kind_is_a_usage_error_not_an_empty_listing(capsys, db):
    code, out, err = run(capsys, "--db", db, "facts", "--kind", "monney")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "monney" in err and "money" in err


@pytest.mark.parametrize("command", [["search", "重庆", "-长寿"], ["search", "-长寿", "重庆"],
                                     ["series", "产量", "-重庆"], ["conflicts", "-重庆"]])
def test_an_exclusion_typed_as_its_own_word_is_a_query_term_not_an_option(capsys, db, command):
    code, out, err = run(capsys, "--db", db, *command, "--json")
    quoted = run(capsys, "--db", db, command[0], " ".join(command[1:]), "--json")
    assert code == quoted[0] == 0 and "Traceback" not in err and (out, err) == quoted[1:]
    if command[0] == "search":
        found = {json.loads(line)["title"] for line in out.splitlines()}
        assert found and not any("长寿" in title for title in found)


@pytest.mark.parametrize("command", [["articles"], ["search", "重庆"], ["facts", "--kind", "money"]])
def test_db_may_also_follow_the_command(capsys, db, command):
    after = run(capsys, *command, "--db", db)
    assert after[0] == 0 and after[1] and after == run(capsys, "--db", db, *command)


def test_a_mistyped_option_after_a_query_is_still_a_usage_error(capsys, db):
    code, _, err = run(capsys, "--db", db, "search", "重庆", "--limt", "3")
    assert code == 2 and "--limt" in err


def test_facts_csv_has_a_header_row(capsys, db):
    code, out, _ = run(capsys, "--db", db, "facts", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and list(rows[0]) == list(FACT_COLUMNS)


def test_extract_reads_stdin_without_touching_the_store(capsys, monkeypatch, store_path):
    monkeypatch.setenv("FACTDESK_DB", str(store_path))
    code, out, _ = run(capsys, "extract", "--json", stdin="全市新增企业1200余家，返还资金17.8亿元。".encode(), monkeypatch=monkeypatch)
    facts = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and not store_path.exists()
    money = next(f for f in facts if f["kind"] == "money")
    assert money["surface"] == "17.8亿元" and money["value"] == 1.78e9
    assert "全市新增企业1200余家，返还资金17.8亿元。"[money["start"]:money["end"]] == "17.8亿元"


def test_extract_reads_a_gb18030_file(capsys, tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("营业收入增长12.5%。".encode("gb18030"))
    code, out, _ = run(capsys, "extract", str(path), "--json")
    assert code == 0 and json.loads(out.splitlines()[0])["value"] == 12.5


def test_extract_writes_csv_as_facts_does(capsys, tmp_path):
    """An analyst piping raw text into a spreadsheet: ``extract --csv`` was
    "unrecognized arguments" though ``facts``, ``search`` and ``series`` all
    take it (walk35). The same header as ``facts --csv``, Chinese kept, a
    loss signed, a quoted sentence's comma and quotes kept in one cell."""
    path = tmp_path / "raw.txt"
    path.write_text('公司"净亏损0.97亿元"，营业收入1,234.5万元。', encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path), "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == list(FACT_COLUMNS)
    loss = next(r for r in rows if r["surface"] == "0.97亿元")
    assert loss["value"] == "-97000000" and loss["subject"] == "净利润"
    revenue = next(r for r in rows if r["surface"] == "1,234.5万元")
    assert revenue["value"] == "12345000" and revenue["unit"] == "元"
    assert run(capsys, "extract", str(path), "--csv", "--json")[0] == 2  # one format at a time


def test_check_reports_a_healthy_store(capsys, db):
    run(capsys, "--db", db, "articles")
    code, out, _ = run(capsys, "--db", db, "check", "--fix")
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and out.strip().endswith("OK")


@pytest.mark.parametrize("command", [None, "seed", "ingest", "articles", "show", "facts", "extract", "search", "check"])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([command, "--help"] if command else ["--help"])
    assert exit_.value.code == 0
    assert "usage: factdesk" in capsys.readouterr().out


def test_bad_usage_is_one_line_and_exit_status_2(capsys):
    code, out, err = run(capsys, "frobnicate")
    assert code == 2 and not out and len(err.strip().splitlines()) == 1 and err.startswith("factdesk: ")


def test_an_unknown_article_is_one_line_and_exit_status_1(capsys, db):
    code, _, err = run(capsys, "--db", db, "show", "nope")
    assert code == 1 and err.strip() == "factdesk: no article with id 'nope' (see 'factdesk articles')"


def test_search_json_gives_ranked_articles_with_their_matching_facts(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "17.8亿", "--json")
    [hit] = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and hit["title"].startswith("五年平安成绩单")
    assert set(hit) == {"article_id", "title", "score", "hits", "snippets", "facts"}
    assert {f["surface"] for f in hit["facts"]} == {"17.8亿元"}


def test_search_with_only_filters_lists_matching_facts_across_the_store(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "kind:money", ">1亿", "--json", "--limit", "0")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(hits) == 3  # the 首席质量官 story states no money
    facts = [f for h in hits for f in h["facts"]]
    assert facts and all(f["kind"] == "money" and f["value"] > 1e8 for f in facts)


def test_search_finds_chinese_by_pinyin(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "changshou", "--json")
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert code == 0 and titles == ["首期投资35亿 大型智慧医养项目落户长寿"]


def test_search_without_a_match_prints_nothing_and_succeeds(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "不存在的词语", "--json")
    assert code == 0 and out == ""


def test_a_malformed_filter_is_one_line_and_exit_status_2(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "kind:bogus")
    assert code == 2 and not out and len(err.strip().splitlines()) == 1 and "unknown kind" in err


def test_a_json_lines_url_is_kept_on_the_article(capsys, tmp_path):
    page = tmp_path / "news.jsonl"
    page.write_text(json.dumps({"title": "标题", "body": "正文说投资3亿元。", "date": "2025-11-24", "source": "重庆晨报",
                                "url": "https://example.com/a\x1b]0;x\x07.html"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "--db", db, "ingest", str(page))[0] == 0
    _, out, _ = run(capsys, "--db", db, "articles", "--json")
    [record] = [r for r in map(json.loads, out.splitlines()) if r["title"] == "标题"]
    assert record["url"] == "https://example.com/a.html"  # cleaned like the text


@pytest.mark.parametrize("query", ["dates:2024-01-18", "sources:新闻联播", "kindd:money"])
def test_an_unknown_query_field_is_one_line_and_exit_status_2(capsys, db, query):
    code, out, err = run(capsys, "--db", db, "search", query)
    assert code == 2 and out == ""
    assert err.startswith(f"factdesk: '{query}': unknown field") and len(err.splitlines()) == 1


def test_ingest_into_a_new_store_keeps_only_what_was_ingested(capsys, tmp_path):
    # The seed page is the app's demo on first launch; a user building an
    # archive of their own must not find four Chongqing articles in it.
    page = tmp_path / "mine.txt"
    page.write_text("本市经济运行平稳\n今年全市地区生产总值增长5.2%，达到1.2万亿元。\n", encoding="utf-8")
    new = tmp_path / "new" / "store.json"
    code, out, err = run(capsys, "--db", str(new), "ingest", str(page))
    assert code == 0, err
    _, listing, _ = run(capsys, "--db", str(new), "articles")
    assert [line.split("facts", 1)[1].strip() for line in listing.splitlines()] == ["本市经济运行平稳"]
    _, found, _ = run(capsys, "--db", str(new), "search", "重庆")
    assert "重庆" not in found
