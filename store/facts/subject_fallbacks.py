"""Subjects when the figure's own clause names nothing: the noun after a bare figure, the
noun 这是 names, the noun after an ordinal, the owner of a rate word, the measured thing an
earlier clause of the sentence names, and the topic of a clause that holds no figure."""

from __future__ import annotations

import bisect
import re
from typing import Any

from . import rules as R
from . import subject_rules as S
from .subject_rate_words import rate_topic
from .subjects import (
    MAX_LEN,
    _ends_in_verb,
    _finish,
    _noun_after,
    _phrase,
    untrailed,
    written,
)
from .words import is_noun_phrase, noun_phrase_end, segment, starts_with_verb, tag_of

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

_PERSON_ANY_RE = re.compile(r"参加|出席|参与|参会|获益|受益|出游|就业|参赛|入境|出境|到访|观看|参观|报名|签约")

def noun_after_subject(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """1410亿元中央财政救助资金…, 对欧盟商品征收30%关税, 近1.18亿人受益: the noun (or the
    people's state) right after a figure whose left says nothing (or only a verb)."""
    if f["kind"] in ("year", "date", "duration", "rank"):
        return None
    left = untrailed(simp[lo:f["start"]].strip(" \x00\x01"))
    if left and not _ends_in_verb(left):
        return None
    m = _PERSON_ANY_RE.match(simp, f["end"]) if f.get("unit") in ("人", "人次", "名") else None
    span = m.span() if m else _noun_after(simp, f["end"], whole=f["kind"] in ("count", "quantity"),
                                           counted=f["kind"] == "count")
    if span and not m and f["kind"] != "count" and (starts_with_verb(simp[span[0]:span[1]])
                                                    or not untrailed(simp[span[0]:span[1]])):
        return None                             # 下降0.2%转为上涨, 以67470元/吨收盘: a verb follows, not a noun
    subj = _finish(written(text, simp, span), f, False) if span else None
    return None if subj and subj.translate(S.SUBJECT_CHARS) in S.EMPTY_SUBJECTS else subj   # 迈上5万亿元新台阶


_THIS_IS_RE = re.compile(r"[，,！!]\s*(?:这|這)(?:也|就)?是")   # 471495亿元！这是…: a headline figure too
_THIS_IS_END_RE = re.compile(r"[，,。；;！？!?\n]")


def this_is_subject(text: str, simp: str, f: Fact, lo: int, hi: int) -> str | None:
    """114.4万亿元，这是中国2021年的国内生产总值: a figure standing alone before 这是 measures
    the noun phrase 这是 names (its period and a short owner before 的 left out)."""
    m = _THIS_IS_RE.match(simp, hi)
    if not m or simp[lo:f["start"]].strip(" \x00\x01") or simp[f["end"]:hi].strip():
        return None
    end_m = _THIS_IS_END_RE.search(simp, m.end())
    a, b = m.end(), end_m.start() if end_m else len(simp)
    while a < b and simp[a] in "\x00\x01 ":
        a += 1
    k = simp.find("的", a, b)
    if 0 <= k and len(simp[a:k].replace("\x01", "")) <= 3:
        a = k + 1                               # 中国2021年的国内生产总值 → 国内生产总值
    if not 2 <= b - a <= MAX_LEN:
        return None
    return _finish(written(text, simp, (a, b)), f, False)


def noun_after_ordinal(text: str, simp: str, f: Fact, before: Fact | None, after: Fact | None) -> str | None:
    """第八批全国学雷锋活动示范点, 第七届中国工业大奖: what an ordinal with a measure word counts
    is the noun after it; 第二期125亿元人民币国债: after the sum it comes with, for both
    (`before`, `after`: the figures next to `f`)."""
    e = f["end"]
    if f["kind"] != "rank":
        if not (before and before["kind"] == "rank" and before["end"] == f["start"]
                and before.get("unit") in R.ORDINAL_MEASURES):
            return None                         # the 125亿元 of 第二期125亿元人民币国债 goes on
    elif f.get("unit") not in R.ORDINAL_MEASURES:
        return None
    elif after and after["start"] == f["end"]:
        e = after["end"]                        # 第二期|125亿元|人民币国债
    elif f["unit"] in R.ORDINAL_TIME_MEASURES:
        return None
    span = _noun_after(simp, e)
    if span and f["kind"] == "rank" and f.get("unit") in _EVENT_ORDINALS and e == f["end"]:
        span = _event_noun(simp, e, span) or span     # 第41次南极考察: the act named by its verb, not 南极
    if span and f["kind"] == "rank" and e == f["end"]:
        span = _named_event(simp, e, span)      # 第四次“一带一路”建设工作座谈会, 第七个中国农民丰收节 (subj50)
    noun = _finish(written(text, simp, span), f, False) if span else None
    owner = _ordinal_owner(text, simp, f) if f["kind"] == "rank" else None
    return owner + (noun or "") if owner and not (noun and noun.startswith(owner)) else noun


# ordinal measures of times an act was done (第41次南极考察, 第二轮集中供地, 第三场专场招聘): the noun after them, cut before
# a verb, goes on with that verb, the act done (南极|考察, 集体|学习, 导弹|袭击), unless it already ends in a gathering's or a
# person's head (常委会会议|追认, 巡视组长|授权: the verb is the clause's) (subj50)
_EVENT_ORDINALS = frozenset({"次", "轮", "輪", "场", "場"})
_HEAD_ENDS = ("会", "會", "会议", "會議", "峰会", "峰會", "大会", "大會", "论坛", "論壇", "节", "節", "长", "長", "员", "員",
              "者", "人", "队", "隊")


# verbs that say how an act is done, before it (联合巡逻, 共同举办): never the act's name
_MANNER_VERBS = frozenset({"联合", "聯合", "共同", "集中", "统一", "統一", "同步", "分批", "全面"})


def _event_noun(simp: str, e: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """`span` (the noun after an event ordinal, cut before a verb) with the verb word after it, when that word is a verb
    of two characters or more, no aspect (开着, 做了), and the noun names no act yet and opens with no preposition
    (就共和党…)."""
    a, b = span
    words = segment(simp[a:b])
    if b - a > 4 or simp[a:b].endswith(_HEAD_ENDS) or tag_of(words[0]) is not None or any(tag_of(w) == "v" for w in words):
        return None                             # (全国中药资源普查|收集: the act is named already)
    nxt = segment(simp[b:b + 6])
    w = nxt[0] if nxt else ""
    if len(w) < 2 or tag_of(w) != "v" or any(c in w for c in "着著了过過") or w in _MANNER_VERBS:
        return None                             # (北部湾联合|巡逻: 联合 says how, the act comes after it)
    return a, b + len(w)


# a head noun after a verb that closes an event's or a festival's name (丰收|节): the name runs through the verb
_EVENT_HEADS_RE = re.compile(r"(?:节|節|会|會|大会|大會|座谈会|座談會|论坛|論壇|博览会|博覽會|峰会|峰會|会议|會議|运动会|運動會)"
                             r"(?=[^\u4e00-\u9fff\x00\x01]|到来|到來|之际|之際|期间|期間|上|开幕|開幕|在|于|於|暨)")
# a quoted name opening the name after an ordinal, with its noun after the quote (“一带一路”建设工作座谈会)
_QUOTED_NAME_RE = re.compile(r"[“\"]([^“”\"，。；！？,;!?：:（）()\n]{1,16})[”\"]([\u4e00-\u9fff]{2,10}?)(?=[，。；、,;！？!?\s]|并|並|上|在|于|於|期间|期間|之际|之際|开幕|開幕|召开|召開|举行|舉行|$)")


def _named_event(simp: str, e: int, span: tuple[int, int]) -> tuple[int, int]:
    """The name after an ordinal read past a verb inside it or a quoted name opening it: a quoted name with the noun
    after it (`第四次“一带一路”建设工作座谈会`), or a name closing in an event's head after a verb (`第七个中国农民丰收节`,
    `第三届全国学生运动会`); else `span` as read."""
    if (m := _QUOTED_NAME_RE.match(simp, e)) and not any(c.isdigit() for c in m.group(1)):
        tail = segment(m.group(2))
        if any(tag_of(w) is not None for w in tail) or tail[-1] in ("时", "時"):
            return e, m.start(2)                # “部长通道”|开启, “代表通道”|进行时: the name alone
        return e, m.end()
    a, b = span
    if b - a < 8 and not simp[a:b].endswith(_HEAD_ENDS) and (m := _EVENT_HEADS_RE.match(simp, b, len(simp))) is None:
        m = next((x for x in _EVENT_HEADS_RE.finditer(simp, b, len(simp)) if x.start() <= b + 6), None)
    if b - a < 8 and not simp[a:b].endswith(_HEAD_ENDS) and m is not None \
            and all(("\u4e00" <= c <= "\u9fff" or c in "—－-·") and c != "的" for c in simp[b:m.start()]):
        return a, m.end()
    return span


# verbs jieba tags as nouns, time and place words: a phrase holding one is no name (代表民革, 开幕式后,
# 二十四节气中)
_NOT_OWNER_RE = re.compile(r"代表|会见|出席|参加|启动|召开|举行|正在|生产|发展|进入|向着|肯定|部署|发动|深入|[在后暨]|[中里上内]$")
# the name right before an ordinal, up to punctuation, a figure or a blank
_OWNER_BEFORE_RE = re.compile(r"[^\s，,。；;：:、（）()\d\x00\x01…—]{2,14}的?\Z")   # (\Z: $ also matches before a line break ending the search)


def _ordinal_owner(text: str, simp: str, f: Fact) -> str | None:
    """联合国人权理事会第52届会议, 长征系列运载火箭的第469次飞行, “蛟龙”号第35航次: the name
    an ordinal is counted for, written right before it (会议 of 联合国人权理事会)."""
    s = f["start"]
    m = _OWNER_BEFORE_RE.search(simp, max(0, s - 15), s)
    if not m:
        return None
    a, pre = m.start(), m.group(0).removesuffix("的")
    if a and ("0" <= simp[a - 1] <= "9" or "\uff10" <= simp[a - 1] <= "\uff19"):
        return None                             # 20个项目第22届…: the unit of a figure, no name
    span = _phrase(simp, a, pre)
    if (not span or span[1] != a + len(pre) or span[1] - span[0] > 10 or not is_noun_phrase(simp[span[0]:span[1]])
            or _NOT_OWNER_RE.search(simp, span[0], span[1])):
        return None                             # 在第十五届…, 代表民革第十三届…: no name before it
    owner = _finish(written(text, simp, span), f)
    return owner if owner and len(owner) >= 2 else None


_OWNER_LEAD = " \t\n，,。；;：:（(）)\x00\x01"
# the owner runs to the first preposition, 的, figure or bracket (在2023年12月的同比升幅)
_OWNER_RE = re.compile(r"[^\d\x00\x01在于为比较从自据按的，,。；;：:（()）\s]{2,20}")


def rate_owner(text: str, simp: str, rate: str, lo: int, e: int) -> str | None:
    """綜合消費物價指數在12月的同比升幅為1.4%: a rate word alone is the rate of the noun phrase
    its clause opens with (綜合消費物價指數升幅)."""
    a = lo
    while a < e and simp[a] in _OWNER_LEAD:
        a += 1
    m = _OWNER_RE.match(simp, a, e)
    n = m.end() - a if m else 0
    if n < 2 or a + n >= e:
        return None
    owner = written(text, simp, (a, a + n)).strip()
    if not owner or any(ch.isdigit() for ch in owner) or owner.translate(S.SUBJECT_CHARS).endswith(S.RATE_NOUNS) \
            or owner.endswith(rate):
        return None                             # (成長率從上年的5.9%減為2.9%: the rate is its own owner, no 成長率成長率)
    return owner + rate


# the heads of a tally of units or cases (移转栋数, 件数, 户数, 宗数, 笔数) and of a damage's sum (农业损失): indicators a
# topic clause names as well as the measure heads (subject_rules.MEASURE_HEADS), read for the topic only
_COUNT_HEAD_RE = re.compile(r"(?:栋|件|户|宗|笔)数|损失")


def topic_subject(text: str, simp: str, f: Fact, lo: int, sent_start: int) -> str | None:
    """The measured thing an earlier clause of the sentence names (居民消费价格指数CPI保持
    温和上涨，同比上涨0.1%)."""
    if f["kind"] in ("year", "date", "duration"):
        return None
    last = None
    for m in S.MEASURE_HEAD_RE.finditer(simp, sent_start, lo):
        last = m
    for m in _COUNT_HEAD_RE.finditer(simp, last.end() if last else sent_start, lo):
        last = m                                # 六都地政局公布1月建物買賣移轉棟數，總計為1萬8237棟: the number of units
    if last is None:
        return None
    c0 = max(simp.rfind(c, sent_start, last.start()) for c in "，,;；：:") + 1
    c0 = max(c0, sent_start)
    span = _phrase(simp, c0, simp[c0:_word_end(simp, c0, last.start(), _head_phrase_end(simp, last, lo), lo)])
    return _finish(written(text, simp, span), f) if span else None


def _word_end(simp: str, a: int, h: int, e: int, lo: int) -> int:
    """`e`, or the end of a word that starts inside the head (at `h`) and runs past `e` (博彩税|收入预算:
    the head 税收 is read across 收入, and a subject is whole words: 博彩税收入, not 博彩税收)."""
    k = a
    for w in segment(simp[a:lo]):
        if k + len(w) > e:
            return k + len(w) if h < k < e and all("\u4e00" <= ch <= "\u9fff" for ch in w) else e
        k += len(w)
    return e


_HEAD_RUN_RE = re.compile(r"[^\s，,。；;：:、（）()\d\x00\x01与和及比较的]{0,6}")


def _head_phrase_end(simp: str, head: re.Match[str], lo: int) -> int:
    """Where the noun phrase holding a measure head ends when a base closes it (整体消费|物价
    与一年前同月比较: after 物价), short of a verb."""
    run = _HEAD_RUN_RE.match(simp, head.end(), lo)
    if not run or not run.group(0) or not simp.startswith(("与", "比", "较", "同比", "环比"), run.end()):
        return head.end()                       # only a phrase closed by its base is read whole
    n = noun_phrase_end(head.group(0) + run.group(0))
    return head.start() + max(len(head.group(0)), n)


def names_a_base(text: str, simp: str, subj: str, lo: int, s: int) -> bool:
    """较预测数1723亿美元, 优于全体零售业(年增3.9%): the subject was read inside a comparison base
    (right after 较/比/高于/优于 …), so it names the base, not what the sentence measures, and lends itself to no later figure."""
    k = text.rfind(subj, lo, s)
    j = k - 1
    while j >= lo and simp[j] in "\x00\x01 ":
        j -= 1
    if k < 0 or j < lo:
        return False
    return simp[j] in "较比" or S.COMPARED_RE.fullmatch(simp, max(lo, j - 1), j + 1) is not None


_CLAUSE_OPEN_RE = re.compile(r"[，,；;：:]")
_DIGIT_RE = re.compile(r"[\d０-９]")
_NOT_NUMBER_RE = re.compile(r"[\d０-９.．,，%％\s]")
_RECORD_RE = re.compile(r"以来|以來|最高|最低|最大|最小|最多|最少|新高|新低|首次|首度|[后後前时時]$")   # …, 建成投产后
# a topic clause may open with 其中 and close with the change the next clause states
# (七月份全國工業增長,增長4.8%: a radio bulletin names the indicator, then its growth)
_TOPIC_LEADS = ("其中", "当中")
_TOPIC_TAILS = ("增长", "上升", "下降", "增加", "减少", "上涨", "下跌")
# a concession or a streak (雖創歷年同期次高, 但…, 連二黑) is an aside, no topic of the figure after it
_ASIDE_RE = re.compile(r"虽|雖|但|却|卻|连[一二两三四五六七八九十\d]+[黑红紅涨跌]|連[一二兩三四五六七八九十\d]+[黑红紅漲跌]")
# an opening clause that reports where the figures come from names no indicator
_REPORTING_RE = re.compile(r"标题|下同|获悉|显示|表示|介绍|了解到|据|称|报道|消息|记者|公布|发布|指出|透露|分析|来看|而言|方面")


def _start_of(g: Fact) -> int:
    return g["start"]


def clause_topic(text: str, simp: str, f: Fact, lo: int, sent_start: int, facts: list[Fact]) -> str | None:
    """寧夏，3.454噸標準煤/萬元；青海，2.689…, 主力合约2108，以67470元/吨收盘: a figure whose clause
    names nothing measures the noun phrase of the clause before it in the sentence, when that
    clause holds no figure of its own (its words up to a number that is none)."""
    if f["kind"] in ("year", "date", "duration", "rank") or lo - 1 <= sent_start:
        return None
    end = lo - 1
    starts = [m.end() for m in _CLAUSE_OPEN_RE.finditer(simp, sent_start, end)]
    a = starts[-1] if starts else sent_start
    # a bulletin's topic clause (七月份零售銷售,增長7.6%; 其中…; 全國工業增長,增長4.8%) before a clause
    # that opens with the change: its period is no figure of its own, 其中 and the change word may frame it
    bulletin = S.CHANGE_START_RE.match(simp, lo) is not None
    # facts are in text order: look only at those inside the clause (an article may hold thousands)
    first = bisect.bisect_left(facts, a, key=_start_of)
    for g in facts[first:bisect.bisect_left(facts, end, lo=first, key=_start_of)]:
        if not bulletin or g["kind"] not in ("date", "year"):
            return None
    digit = _DIGIT_RE.search(simp, a, end)
    b = digit.start() if digit else end
    if len(_NOT_NUMBER_RE.sub("", simp[b:end])) > 3:
        return None                             # 赣锋锂业(002460.SZ)就因…: a clause going on past a code
    pre = simp[a:b]
    if not pre.strip(" \x00\x01") or _REPORTING_RE.search(pre) or _ASIDE_RE.match(pre.strip(" \x00\x01")):
        return None
    span = _phrase(simp, a, pre)
    if not span or (tail := simp[span[1]:b].strip(" \x00\x01“”\"（）()")) and not (bulletin and tail in _TOPIC_TAILS):
        return None                             # 为年内首次上涨: words after it, no bare topic
    raw = simp[a:span[0]].strip(" \x00\x01")
    if bulletin and raw in _TOPIC_LEADS:
        raw = ""                                # 其中七月份零售銷售,增長7.6%
    before = untrailed(raw)
    if (before and not raw.endswith(("是", "为")) or not is_noun_phrase(simp[span[0]:span[1]])
            or _RECORD_RE.search(simp, span[0], span[1])):
        return None                             # 按不变价格计算, 分季度看, 是六季以来最高: no topic
    return _finish(written(text, simp, span), f)


_RANK_VERB_RE = re.compile(r"(?:稳居|位居|位列|居|排名|排|名列|跃居|跃升至|升至|保持)")


def rank_topic(simp: str, text: str, f: Fact, lo: int, sent_start: int) -> str | None:
    """我国造船业三大指标全面增长，位居全球第一: a rank whose clause opens with its ranking verb
    ranks the noun phrase the clause before it opens with."""
    if (f["kind"] != "rank" or lo - 1 <= sent_start or not _RANK_VERB_RE.match(simp, lo)
            or S.MEASURE_HEAD_RE.search(simp, sent_start, lo)):
        return None                             # (an indicator named before: topic_subject reads it)
    span = _clause_noun(simp, lo, sent_start)
    return _finish(written(text, simp, span), f) if span else None


# totals named by their kind alone: whose total the clause before says (海洋经济…，总量达到…)
_BARE_TOTALS = frozenset({"总量", "规模", "总规模", "总额", "总值", "经济总量", "体量"})
_TOTAL_ENDS = frozenset("量模额值總規額")


def owned_total(subj: str | None, simp: str, text: str, f: Fact, lo: int, sent_start: int,
                facts: list[Fact]) -> str | None:
    """我国海洋经济呈现强劲发展势头，总量达到105438亿元: a total named only as such, opening its
    clause, is the total of the noun phrase the clause before opens with (我国海洋经济总量), when
    that clause states no figure and reports nothing (记者…获悉)."""
    if not subj or subj[-1] not in _TOTAL_ENDS or lo - 1 <= sent_start:
        return None
    if subj.translate(S.SUBJECT_CHARS) not in _BARE_TOTALS:
        return None
    if simp[lo:f["start"]].strip(" \x00\x01").find(subj.translate(S.SUBJECT_CHARS)) != 0:
        return None                             # the total is not what the clause opens with
    span = _clause_noun(simp, lo, sent_start)
    if not span or any(span[0] <= g["start"] < lo for g in facts) or _REPORTING_RE.search(simp, span[0], lo):
        return None
    owner = written(text, simp, span)
    return None if _TIME_OWNER_RE.match(owner) else owner + subj


_TIME_OWNER_RE = re.compile(r"今天|如今|目前|现在|当前|今年|去年|近年|此前|同时|其中")


def rate_clause_topic(simp: str, text: str, lo: int, sent_start: int, facts: list[Fact]) -> str | None:
    """电子零组件业表现持续优异，年增率16.93%; 铁路船舶航空航天行业保持两位数增长，增速为12.0%: a rate named
    only by its words, with no indicator before it in its sentence, is the rate of the noun phrase the clause
    before opens with, when that clause states no figure and reports nothing (as owned_total reads a total)."""
    if lo - 1 <= sent_start:
        return None
    span = _clause_noun(simp, lo, sent_start)
    if not span or any(span[0] <= g["start"] < lo for g in facts) or _REPORTING_RE.search(simp, span[0], lo):
        return None
    owner = rate_topic(written(text, simp, span))
    if not owner:
        return None
    plain = owner.translate(S.SUBJECT_CHARS)
    if _TIME_OWNER_RE.match(plain) or plain.endswith(S.RATE_NOUNS) or plain in S.EMPTY_SUBJECTS:
        return None
    return owner


# what a market report's clause may hold before its figure when it names nothing: a time of the session, an
# adverb, a move or a quote verb and a price's denominator (收涨8.9%, 盘中一度跌至, 报每吨9.52万元)
_MOVE_ONLY_RE = re.compile(r"(?:盘中|尾盘|收盘|最终|终场|午后|全天|全日|早盘|日内|随后|其后|最后)?(?:一度|再度|大幅|小幅|明显)?"
                           r"(?:收涨|收跌|收升|收高|收低|收于|收报|收在|报收|上涨|下跌|上升|下降|攀升|回落|下挫|飙升|大涨|大跌|"
                           r"涨|跌|升|报|至|到|了|同比|环比)+(?:每[吨桶克斤盎])?")
# what a release reports, named right before the clause ends (国家统计局今日公布10月CPI数据，同比上涨0.2%: CPI's)
_REPORTED_RE = re.compile(r"(?:公布|发布|公佈|發布|發佈)了?[\x00\x01\s]*([^\s，,；;。：:！？!?\d\x00\x01]{2,12}?)"
                          r"(?:数据|數據|统计数据|統計數據|统计|統計)?$")


_SESSION_TAIL_RE = re.compile(r"(?:一度|再度|盘中|尾盘|早盘|午后|日内|全天|全日|大幅|小幅|同比|环比|按年|按月)+$")


def moved_clause_topic(simp: str, text: str, f: Fact, lo: int, sent_start: int, facts: list[Fact]) -> str | None:
    """碳酸锂期货主力合约一度涨停，收涨8.9%; 沪铜主力合约表现强势，收涨1.2%: a figure whose clause holds only a move or
    a quote (a session's time, an adverb, the verb, a price's denominator) is the move of the noun phrase the clause
    before opens with, when that clause states no figure and reports nothing (as rate_clause_topic reads a rate)."""
    if f["kind"] not in ("percent", "points", "money", "index") or lo - 1 <= sent_start:
        return None
    if not _MOVE_ONLY_RE.fullmatch(simp[lo:f["start"]].strip(" \x00\x01")):
        return None
    span = _clause_noun(simp, lo, sent_start)
    if not span or any(span[0] <= g["start"] < lo and g["kind"] not in ("date", "year") for g in facts):
        return None                             # (a month or a day told in it is no figure of its own)
    if _REPORTING_RE.search(simp, span[0], lo):
        reported = _REPORTED_RE.search(simp, span[0], lo - 1)
        if reported is None:
            return None
        span = reported.span(1)                 # 公布10月CPI数据，同比上涨0.2%: what was reported
    elif simp.startswith(("为", "是"), span[1]) or simp.find("的", span[1], lo) >= 0:
        return None                             # 其次为食品…: a list's item; 交易所…最为活跃的12月份合约: a noun after 的
    tail = _SESSION_TAIL_RE.search(simp, span[0], span[1])
    span = (span[0], tail.start()) if tail else span   # 主力合约一度|涨停, 期货主力合约盘中|跌停
    owner = written(text, simp, span)
    plain = owner.translate(S.SUBJECT_CHARS)
    if (len(plain) < 2 or _TIME_OWNER_RE.match(plain) or plain in S.EMPTY_SUBJECTS or not is_noun_phrase(plain)
            or _ASIDE_RE.match(plain)):
        return None
    return owner


def _clause_noun(simp: str, lo: int, sent_start: int) -> tuple[int, int] | None:
    """The noun phrase the clause before offset `lo` opens with, when that clause goes on past it
    (…指标|全面增长): up to its first adverb or verb."""
    starts = [m.end() for m in _CLAUSE_OPEN_RE.finditer(simp, sent_start, lo - 1)]
    a = starts[-1] if starts else sent_start
    while a < lo and simp[a] in " \x00\x01":
        a += 1
    n = pos = 0
    for w in segment(simp[a:lo - 1]):
        if pos >= 2 and tag_of(w) is not None:
            break                               # 指标|全面增长: the first adverb or verb ends the noun phrase
        pos += len(w)
        n = pos
    if n < 2 or n >= lo - 1 - a or _DIGIT_RE.search(simp, a, a + n) or not is_noun_phrase(simp[a:a + n]):
        return None                             # a clause that is all noun, or holds a figure: no topic
    return a, a + n
