"""The newspaper parser: PDF text of a page → clean articles."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.ingest.articles import publication_of, reporters_of
from store.ingest.blocks import (
    Block,
    classify,
    is_byline,
    is_caption,
    repair_breaks,
    split_blocks,
)
from store.ingest.jsonl import iter_jsonl
from store.ingest.page import parse_page
from tests.conftest import BULK, SEED_FILE, needs_bulk

SEED_TITLES = [
    "2025中国产业转移发展对接活动(重庆)举行 签约项目159个 金额超千亿",
    "五年平安成绩单:重庆群众安全感超98%",
    "首席质量官下沉 为企业发展助力",
    "首期投资35亿 大型智慧医养项目落户长寿",
]
FURNITURE_WORDS = ["扫码关注", "民生在线", "记者帮你办", "新鲜事告诉我们"]


@pytest.fixture
def page(seed_text):
    return parse_page(seed_text, SEED_FILE.name)


def test_seed_page_has_four_articles_in_page_order(page):
    assert [a["title"] for a in page.articles] == SEED_TITLES


def test_a_second_level_block_with_its_own_byline_is_a_separate_article(page):
    quality = page.articles[2]
    assert quality["title"] == "首席质量官下沉 为企业发展助力"
    assert quality["sections"] == []
    assert quality["body"].startswith("“有了高校专家")
    assert "首席质量官" not in page.articles[1]["body"].split("\n\n")[-1][:10]


def test_sections_record_their_heading_offsets_in_the_body(page):
    first = page.articles[0]
    assert [s["heading"] for s in first["sections"]] == [
        "新能源车 四年产量激增22倍", "先进材料 剑指8000亿规模", "产才融合 七大叠加优势集聚英才", "电子信息 拓展产业新赛道",
    ]
    for section in first["sections"]:
        assert first["body"][section["start"]:].startswith(section["heading"] + "\n\n")
    assert [s["heading"] for s in page.articles[1]["sections"]] == [
        "打击电信诈骗 返还资金17.8亿元", "保护知识产权 侦破侵权案件451起", "出入境服务 推出证件全国通办",
    ]


def test_bylines_become_byline_and_reporters_not_body(page):
    for article, reporter in zip(page.articles, ["郑三波", "郑三波", "郑三波", "杨圣泉"]):
        assert article["byline"] == f"上游财经-重庆晨报记者 {reporter}"
        assert article["reporters"] == [reporter]
        assert "记者" not in article["body"].split("\n\n")[-1][-12:]
        assert reporter not in article["body"]


def test_captions_are_lifted_out_of_the_body(page):
    assert page.articles[0]["captions"] == ["赛力斯超级工厂总装车间"]
    assert page.articles[1]["captions"] == ["发布会现场"]
    assert "赛力斯超级工厂总装车间" not in page.articles[0]["body"]
    assert "发布会现场" not in page.articles[1]["body"]


@pytest.mark.parametrize(
    "article, repaired",
    [
        (1, "统筹27万名社会力量建立6.3万多个最小应急单元"),  # a caption was dropped mid-sentence
        (1, "累计为企业挽回经济损失1.9亿元。"),
        (0, "重庆推出系列引才“真招实策”:5年内"),
        (3, "公司认可仲信医疗的运营模式"),
    ],
)
def test_sentences_broken_by_the_pdf_are_repaired(page, article, repaired):
    assert repaired in page.articles[article]["body"]


def test_promotional_box_is_page_furniture_not_article_text(page):
    furniture = " ".join(page.furniture)
    for word in FURNITURE_WORDS:
        assert word in furniture
        assert all(word not in a["body"] for a in page.articles)


def test_every_paragraph_is_separated_by_one_blank_line(page):
    for article in page.articles:
        assert "\n\n\n" not in article["body"]
        assert all(p.strip() == p and p for p in article["body"].split("\n\n"))


def test_publication_and_dates_come_from_the_page(page):
    assert {a["publication"] for a in page.articles} == {"重庆晨报"}
    assert [a["date"] for a in page.articles] == ["2025-11-25", "2025-11-24", "2025-11-25", "2025-11-24"]


def test_article_ids_are_stable_across_reparsing(seed_text, page):
    again = parse_page(seed_text, SEED_FILE.name)
    assert [a["id"] for a in again.articles] == [a["id"] for a in page.articles]
    assert len({a["id"] for a in page.articles}) == 4


def test_plain_text_takes_the_title_from_the_first_line():
    parsed = parse_page("重庆发布新规\n\n全市新增企业1200余家。\n今年以来增长5%。\n", "plain.txt")
    [article] = parsed.articles
    assert article["title"] == "重庆发布新规"
    assert article["body"] == "全市新增企业1200余家。\n\n今年以来增长5%。"


def test_plain_text_paragraph_cut_mid_sentence_is_joined():
    parsed = parse_page("标题\n企业挽回经\n济损失1.9亿元。\n", "plain.txt")
    assert parsed.articles[0]["body"] == "企业挽回经济损失1.9亿元。"


def test_json_lines_records_become_articles():
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"title": "标题一", "body": "第一段。\n第二段。", "date": "2024-03-01", "source": "某日报 | github:x y | http://z"},
        {"title": None, "body": "没有标题的文章说明了一件事。后面还有内容。", "date": None, "source": "新浪"},
    ])
    first, second = list(iter_jsonl(data, "x.jsonl"))
    assert first["title"] == "标题一" and first["body"] == "第一段。\n\n第二段。"
    assert first["date"] == "2024-03-01" and first["publication"] == "某日报"
    assert second["title"] == "没有标题的文章说明了一件事" and second["title_derived"] is True


def test_html_remnants_become_clean_paragraphs():
    data = json.dumps({"title": "t", "body": "<p><strong>央视网消息</strong>：第一段&nbsp;内容。</p><p>第二段。<br>第三段。</p>"}, ensure_ascii=False)
    [article] = iter_jsonl(data, "h.jsonl")
    assert article["body"] == "央视网消息：第一段 内容。\n\n第二段。\n\n第三段。"


def test_escape_sequences_and_markup_survive_only_as_plain_text():
    parsed = parse_page("# 标题\x1b]0;pwned\x07\n\n正文\x1b]52;c;aGVsbG8=\x07[link=http://x]点我[/link]。\x9b31m\n", "evil.txt")
    [article] = parsed.articles
    assert article["title"] == "标题"
    assert article["body"] == "正文[link=http://x]点我[/link]。"


@pytest.mark.parametrize("line", ["上游财经-重庆晨报记者 郑三波", "本报记者 张三 李四", "记者 王五 通讯员 赵六"])
def test_byline_lines_are_recognised(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", ["记者帮你办事情很快。", "重庆将该产业置于“33618”现代制造业集群体系", "发布会现场"])
def test_ordinary_lines_are_not_bylines(line):
    assert not is_byline(line)


def test_reporters_and_publication_from_a_byline():
    assert reporters_of("记者 王五 通讯员 赵六") == ["王五", "赵六"]
    assert publication_of("上游财经-重庆晨报记者 郑三波") == "重庆晨报"
    assert publication_of(None, ["重庆晨报 民生在线"]) == "重庆晨报"


def test_caption_test_requires_a_short_line_without_sentence_punctuation():
    assert is_caption("赛力斯超级工厂总装车间")
    assert not is_caption("今年以来,全市增长5%。")
    assert not is_caption("这是一个非常非常长的没有标点符号的句子它超过了图片说明应有的长度限制吧")


def test_repair_keeps_complete_paragraphs_apart():
    blocks = [Block("text", "第一句。"), Block("text", "第二句。")]
    assert [b.text for b in repair_breaks(blocks)] == ["第一句。", "第二句。"]


def test_split_blocks_ignores_runs_of_blank_lines():
    assert split_blocks("a\n\n\n\nb\nc\n") == [["a"], ["b", "c"]]


def test_a_title_glued_to_its_paragraph_is_still_a_title():
    assert [b.kind for b in classify(["# 标题", "正文。"])] == ["title", "text"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("#\n 。，的重庆记者图1２.%万亿\x1b\x9b") + ["## ", "# ", "\r\n", "\n\n"]), max_size=80).map("".join))
def test_parser_never_raises_and_never_leaks_control_characters(text):
    parsed = parse_page(text, "fuzz.txt")
    for article in parsed.articles:
        assert "\x1b" not in article["body"] and "\r" not in article["body"]
        for section in article["sections"]:
            assert article["body"][section["start"]:].startswith(section["heading"])


@needs_bulk
def test_every_bulk_corpus_record_parses_cleanly():
    for path in sorted(BULK.glob("*.jsonl")):
        data = path.read_bytes()
        for article in itertools.islice(iter_jsonl(data, path.name), 400):
            assert article["title"]
            assert "<p>" not in article["body"] and "&nbsp;" not in article["body"]
            assert "\n\n\n" not in article["body"]
