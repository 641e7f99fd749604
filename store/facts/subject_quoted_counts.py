"""Counts of a quoted name, and head counts written as 人口.

- a count right before a quoted name (`73项“一码通办”事项`, `15个“揭榜挂帅”项目`, `6架“沙特之鹰”礼宾护卫机`,
  `两个“黑匣子”`) counts the name with its noun: the name is a proper name, never cut inside (`一码`, `沙特`) nor
  skipped for the words before the count (`具身智能机器人方向部署`);
- a count of batches or rounds written right before another count (`两批15个“揭榜挂帅”项目`, `4批次355项…事项`)
  counts the same thing as that count;
- a head count written with 人口 (`3200万人口带来广阔市场`, `十几亿人口要吃饭`, `14亿多人口的中国`) measures
  人口, not the verb phrase or the noun after it; a subject told before it in its clause (`小营巷社区有1万多人口`)
  stays.  (Its unit stays 人口, as tests/fixtures/seed_facts_expected.json has it; the gold's head counts say 人.)
"""

from __future__ import annotations

import re
from typing import Any

from .words import segment, tag_of

Fact = dict[str, Any]

# a quoted name: no marks inside but a middle dot or a pause mark (“渝汇新人才·智融新重庆”, “车、路、云”)
_QUOTED_RE = re.compile(r"[“\"]([^“”\"，。；！？,;!?：:（）()\n]{1,16})[”\"]")
# the noun after the name: Han characters up to a mark, a conjunction, 的 or a word that ends a noun run; a run
# that goes on into anything else (a verb, a time, a figure, a bracket) is not read
_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,10}")
# words that end it (whole words: 公共 is no 共, 中心 no 中)
_TAIL_STOPS = frozenset({"的", "和", "及", "与", "與", "或", "等", "中", "里", "裏", "上", "已", "将", "將", "均", "共", "日均",
                         "同步", "正在", "在", "为", "為", "是", "被", "由", "从", "從", "也", "还", "還", "都", "向", "对",
                         "對", "于", "於", "以", "并", "並", "分别", "分別", "合计", "合計", "累计", "累計", "中有", "之中"})
_ENDS = frozenset("，。；、,;：:！？!?”\"\n ") | {""}
_CLASSIFIER_UNITS = frozenset("个個项項家名位件条條份架艘枚台臺辆輛座所块塊张張只隻套支种種批类類场場期轮輪组組")
_BATCH_UNITS = frozenset({"批", "批次", "轮", "輪", "期", "组", "組"})


def needs_quoted_counts(text: str, facts: list[Fact]) -> bool:
    return ("“" in text or '"' in text or "人口" in text) and any(f["kind"] == "count" for f in facts)


def settle_quoted_counts(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "count":
            continue
        if f.get("unit") == "人口":
            subj = f.get("subject") or ""
            if not subj.endswith("人口") and not (subj and _told_before(text, subj, f)):
                f["subject"] = "人口"           # (小营巷社区有1万多人口: the community's, as told)
            continue
        unit = f.get("unit") or ""
        if unit in _CLASSIFIER_UNITS and f["surface"].endswith(unit):
            named = _quoted_noun(text, f["end"]) or _led_quoted_noun(text, f["end"])
            if named:
                f["subject"] = named
    for f, g in zip(facts, facts[1:]):
        if (f["kind"] == g["kind"] == "count" and g["start"] == f["end"] and f.get("unit") in _BATCH_UNITS
                and g.get("subject")):
            f["subject"] = g["subject"]         # 两批15个“揭榜挂帅”项目: batches of those projects


def _told_before(text: str, subj: str, f: Fact) -> bool:
    clause = f.get("clause") or ""
    k = text.rfind(subj, 0, f["start"])
    return k >= 0 and f["start"] - k <= len(clause)


# a word before the quoted name inside the noun counted (1200多位乡村“种子”教师): the noun runs on through the quote
_LEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[“\"])")


# the last characters of the nouns that close such a phrase: people, places, items, bodies, things
_HEADS = frozenset("师師员員者人户戶村镇鎮城市县縣区區项項目点點站园園馆館库庫港校院所室组組队隊团團会會节節班群品物器机機车車"
                   "船厂廠店场場台臺网網线線路桥橋业業地心体體弹彈炮克舰艦艇枪槍雷圈卡券证證书書剂劑药藥具械装裝件表图圖"
                   "式号號型机機")


def _led_quoted_noun(text: str, e: int) -> str | None:
    """The noun a count measures when a noun opens it before a quoted name with its own noun after it (`乡村“种子”教师`,
    `两支青年“突击”队`): the whole phrase, quotes kept, never the word before the quote alone (subj50)."""
    m = _LEAD_RE.match(text, e)
    if not m or any(tag_of(w) for w in segment(m.group(0))) or "的" in m.group(0):
        return None
    named = _quoted_noun(text, m.end())
    if not named or named[-1] in "”\"" or named[-1] not in _HEADS:
        return None                             # (乡村“振兴”: no noun after it; 专家“一对一”包县指导: a verb phrase's)
    return m.group(0) + named


def _quoted_noun(text: str, e: int) -> str | None:
    m = _QUOTED_RE.match(text, e)
    if not m or not re.search(r"[\u4e00-\u9fff]", m.group(1)) or re.search(r"[\d０-９]", m.group(1)):
        return None                             # 迈上三个“10万亿元”新台阶: a level named, not a name counted
    end = m.end()
    if text.startswith("的", end):
        return None                             # 两枚“…并准备发射”的反舰导弹: a description; the noun after 的 is counted
    tail = _TAIL_RE.match(text, end)
    if tail:
        words, closed = [], text[tail.end():tail.end() + 1] in _ENDS
        for w in segment(tail.group(0)):
            if w in _TAIL_STOPS or w[0] in "的和及与與或等各":
                closed = True                   # “黑匣子”中, “一带一路”合作文件和…
                break
            words.append((w, tag_of(w)))
        nouns = all(t in (None, "v") for _, t in words) and not (words and words[-1][1] == "v")
        if closed and nouns and sum(len(w) for w, _ in words) <= 8:
            end += sum(len(w) for w, _ in words)
        # else the run goes on into words that are no noun (“丝路”正加快构筑, “湾区标准”明天起): the name alone
    return text[e:end]
