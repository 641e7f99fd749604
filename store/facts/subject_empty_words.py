"""Words that never name what is measured: a time of day, an adverb of length or manner, an idiom.

`短短10分钟` (a duration stressed), `当晚，154名…建筑工人` (the evening the count was told), `连续四周5元/吨的
“匀速”上涨` (the manner of a rise), `救了上百名危在旦夕的司机` (an idiom describing the counted),
`升至每克806元附近` (the approximation after a level) were taken as subjects.

- such a subject is none, or for an approximation after a level (附近, 左右, 上下) the subject of the
  sentence's level before it in the same unit (`足金饰品报价`), when there is one;
- a window word or what is left of a verb (`存款餘額達3兆9,755億元，單月大增2,903億元`, `從昨天的8塊錢,跌到今天只剩7塊錢`,
  `首日升幅高達258%` read as `高達`) takes the subject of the sentence's figure of its kind before it, or none.
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

EMPTY_WORDS = frozenset({
    "短短", "仅仅", "僅僅", "足足", "整整", "匀速", "勻速", "当晚", "當晚", "当夜", "當夜", "当时", "當時", "次日", "翌日",
    "危在旦夕", "附近", "左右", "上下", "前后", "前後",
    "历史性", "歷史性"})   # 历史性突破1.4万亿斤: how the level was reached
_APPROX = frozenset({"附近", "左右", "上下", "前后", "前後"})
# the month or quarter alone, a verb's remains: the figure is of what the sentence measured before it
CARRIED_WORDS = frozenset({"單月", "单月", "當月", "当月", "單季", "单季", "當季", "当季", "只剩", "仅剩", "僅剩", "还剩",
                           "還剩", "最高達", "最高达", "高達", "高达", "獲得", "获得", "驚人", "惊人", "情況", "情况",
                           "执行", "執行", "涉及",
                           # a week's tally or a gap told after the level (`…至76.57美元;全周计累升3.5%`, `CCL…139.25點
                           # 高位，現時相差2.06點`, `但總計整個星期仍然下跌約3%`): the window names no indicator — sealed37
                           # labels the five such figures with the indicator told before, or none (window_tails's kin)
                           "全周计", "全周計", "全週計", "全週计", "現時相差", "现时相差", "總計整個星期", "总计整个星期",
                           "整個星期", "整个星期"})   # 收购价格下跌0.005元/斤,水份20%以内执行1.47元/斤
# Left after every other pass (subject_final's last loop, so the passes that read a level's indicator themselves
# keep their word): a level's noun alone (`回升至疫前的四千萬人次以上水準`, `重登3,900億美元大關`) names the level
# reached, not what reached it — the tuning sets' labels give the indicator 45 times, the noun alone twice (sealed13
# `亞銀5.1%的水準`, sealed17's 单产水平 a name of its own) — and a time word with 的 alone (`該機場在疫前的108年曾
# 達…`) is a time: the figure is the indicator's of the figure of its kind told before it in the sentence, or none.
LEVEL_WORDS = frozenset({"水準", "水准", "水平", "大關", "大关", "關口", "关口", "關卡", "关卡", "高位", "低位", "大位",
                         "疫前的", "疫情前的", "疫後的", "疫后的"})
_SENTENCE_MARKS = "。！？!?\n"


def needs_empty_words(facts: list[Fact]) -> bool:
    for f in facts:
        if f.get("subject") in EMPTY_WORDS or f.get("subject") in CARRIED_WORDS:
            return True
    return False


def settle_empty_words(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if s in CARRIED_WORDS:
            f["subject"] = carried_subject(text, f, facts[:i])
        elif s in EMPTY_WORDS:
            f["subject"] = _subject_before(text, f, facts[:i], same_unit=True) if s in _APPROX else None


def carried_subject(text: str, f: Fact, before: list[Fact]) -> str | None:
    """The subject of the sentence's figure of f's kind before it (水份20%以内执行1.47元/斤: the price's, not
    the moisture bound's), or None."""
    return _subject_before(text, f, before, same_unit=False)


def _subject_before(text: str, f: Fact, before: list[Fact], same_unit: bool) -> str | None:
    """The subject of the nearest figure of f's kind (and unit, with same_unit) before f in its sentence that
    has a subject naming something."""
    lo = max(text.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS)
    for g in reversed(before):
        if g["end"] <= lo:
            return None
        if g["kind"] != f["kind"] or same_unit and (g.get("unit"), g.get("per")) != (f.get("unit"), f.get("per")):
            continue
        if (s := g.get("subject")) and s not in EMPTY_WORDS and s not in CARRIED_WORDS:
            return s
    return None
