"""A news story may tell its event's day in a short lead paragraph and the event's counts in the next one
(`12月19日，国务院举行宪法宣誓仪式。…。\n…35个部门和单位的47名负责人依法进行宪法宣誓`): the counts take that day,
as they do within one paragraph (store/facts/period_told_counts.py). A headline after the lead is the next story's,
and what a place or a document holds is no count of the day."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_counts_after_a_lead_paragraph_take_its_day() -> None:
    text = ("央视网消息（新闻联播）：12月19日，国务院举行宪法宣誓仪式。国务院总理李强监誓。\n"
            "根据有关办法，国务院任命的35个部门和单位的47名负责人依法进行宪法宣誓。")
    assert periods(text, "2025-12-19")["47名"] == "2025-12-19"


def test_an_expo_closed_on_the_day_dates_its_next_paragraph() -> None:
    text = ("今天（4月18日），第六届中国国际消费品博览会落下帷幕，本届消博会取得丰厚成果。\n"
            "本届消博会吸引了67个国家和地区的3413个消费精品品牌参展，发布新品数量达386件。")
    got = periods(text, "2026-04-18")
    assert (got["3413个"], got["386件"]) == ("2026-04-18",) * 2


def test_a_headline_after_the_lead_is_the_next_story() -> None:
    text = "今天（4月29日），习近平会见新开发银行行长。\n美国发生两起小型飞机坠毁事故 2死1伤\n据美国媒体报道，一架飞机坠毁。"
    assert periods(text, "2025-04-29")["2死"] is None


def test_what_a_site_holds_is_no_count_of_the_day() -> None:
    text = "今天（7月11日），西夏陵列入世界遗产名录。\n西夏陵包含9座帝陵、271处陪葬墓。"
    assert periods(text, "2025-07-11")["271处"] is None
