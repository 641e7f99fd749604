"""A level told again later in its sentence is the indicator's the sentence named, not its forecaster's.

Taiwan and Hong Kong reports move one indicator clause after clause: `美國10年期公債殖利率去年12月約落在4.09%，
近期已攀升至約4.26%，上揚幅度達17個基本點`, `全年外銷訂單7437.3億美元，…，也首度突破7000億美元大關`,
`主計總處先前預測今年經濟成長率為4.45%，中央銀行估4.5%`, `外銷訂單金額…，評估今(2025)年全年突破7,000億美元大關`.
The later clause names no indicator of its own: its figure was left without a subject, or given the one who
estimates it (中央銀行估, 分析師原先預估會, 蔡美娜說), or the estimate's words (評估今年, 推估, 機會很大), or
a trading session's (`紐約期油…,在場外交易時段,每桶報142.3美元`, `盤中短暫站上60.01美元`, `較早時徘徊3980美元`).  Such a
figure takes the subject of the level told before it in the same sentence; a figure that names a noun after
a modal (`白銀則可望`) keeps the noun.  Counts and spans keep theirs: a count's noun is its own.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import EMPTY_SUBJECTS

Fact = dict[str, Any]

_LEVEL_KINDS = frozenset({"money", "percent", "points", "quantity", "index", "multiple"})
# the kinds a later figure of each kind may carry the subject from (a change of a sum: the sum's)
_FROM_KINDS = {
    "money": ("money", "percent"),
    "quantity": ("quantity",),
    "index": ("index", "percent"),
    "percent": ("percent", "money", "quantity", "index"),
    "points": ("points", "percent", "index"),
    "multiple": ("money", "quantity", "multiple", "percent"),
}
_SENTENCE_MARKS = "。！？!?\n"
_SHARE_RE = re.compile(r"[占佔]|比重|比例")
# who estimates or says it, then the modal: no thing measured (中央銀行估, 分析師原先預估會, 蔡美娜說)
_ESTIMATOR_RE = re.compile(r"^[^，,。；;]{0,16}?(?:原先|先前|原本|此前|则|則|也|亦)?"
                           r"(?:預估|预估|推估|估計|估计|估|說|说|表示|指出)(?:會|会|將|将|為|为)?$")   # (預測: a noun too)
# the estimate's own words, with no noun: 評估今年, 推估, 一定會, 「不會, 機會很大
_ESTIMATE_RE = re.compile(r"^[「“\"]?(?:(?:評估|评估|推估|預估|预估|預計|预计)(?:今|明|今年|明年|全年)?|一定[會会]|不[會会]|"
                          r"[機机][會会](?:很大|不大)?)$")
# a modal left after a noun (白銀則可望, 全球经济增长可能): the noun is the subject (a bare 会/将 ends nouns too:
# 广交会, 小将)
_MODAL_TAIL_RE = re.compile(r"(?:[則则也亦還还很]|有)?(?:可望|有望|可能|即將|即将)$")


# a trading session's words, with no commodity (場外交易時段, 盤中短暫, 較早時徘徊, 稍早曾): the price told before's
_SESSION_RE = re.compile(r"^(?:在|于|於|当天|當天|当日|當日|今天|昨天|昨日|较|較)?"
                         r"(?:场外交易时段|場外交易時段|交易时段|交易時段|盘中|盤中|盘初|盤初|早盘|早盤|午盘|午盤|尾盘|尾盤|"
                         r"稍早|早时|早時|早些时候|早些時候|日内|日內|夜盘|夜盤|亚洲时段|亞洲時段|欧洲时段|歐洲時段)"
                         r"(?:短暂|短暫|一度|曾经|曾經|曾|最高|最低|徘徊|站上|触及|觸及|低见|低見|高见|高見|见|見|"
                         r"升至|跌至|涨至|漲至|报|報)*$")


def needs_carried(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] in _LEVEL_KINDS and (not f.get("subject") or _estimated(f["subject"])):
            return True
    return False


def _estimated(subj: str) -> bool:
    return bool(_ESTIMATOR_RE.match(subj) or _ESTIMATE_RE.match(subj) or _MODAL_TAIL_RE.search(subj)
                or _SESSION_RE.match(subj))


def settle_carried(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        if f["kind"] not in _LEVEL_KINDS or _in_aside(text, f["start"]):
            continue                            # 半碼(○‧一二五個百分點): a bracket glosses, it tells no level
        subj = f.get("subject")
        if subj:
            if _ESTIMATOR_RE.match(subj) and not _ESTIMATE_RE.match(subj):   # (評估 alone: the words, no one's)
                f["subject"] = _estimate_of(subj, _told_before(text, facts, i))
            elif _ESTIMATE_RE.match(subj) or _SESSION_RE.match(subj):
                f["subject"] = _told_before(text, facts, i) or subj
            elif _MODAL_TAIL_RE.search(subj):
                noun = _MODAL_TAIL_RE.sub("", subj)
                f["subject"] = noun if len(noun) >= 2 else _told_before(text, facts, i)
        else:
            f["subject"] = _told_before(text, facts, i)


def _estimate_of(subj: str, told: str | None) -> str | None:
    """An estimator's figure is the indicator's estimate, named as the expectations are (美國原油庫存市場原本估計:
    the indicator, then who estimates it); a figure someone says (蔡美娜說) is the indicator's own."""
    if told is None or told in subj:
        return subj                             # 美國原油庫存市場原本估計: already the indicator's estimate
    said = subj.endswith(("說", "说", "表示", "指出"))
    return told if said else told + _ESTIMATE_TAIL_RE.sub("", subj)


_ESTIMATE_TAIL_RE = re.compile(r"(?:會|会|將|将|為|为)$")


def _in_aside(text: str, s: int) -> bool:
    """Offset `s` lies inside a bracket opened in its clause."""
    k = max(text.rfind("(", max(0, s - 40), s), text.rfind("（", max(0, s - 40), s))
    return k >= 0 and max(text.rfind(")", k, s), text.rfind("）", k, s)) < 0


_REACH = 400


def _told_before(text: str, facts: list[Fact], i: int) -> str | None:
    """The subject of the nearest level before facts[i] in its sentence that the figure may share."""
    f = facts[i]
    kinds = _FROM_KINDS[f["kind"]]
    # the sentence's start, read no further back than _REACH: a run-on line of thousands of figures would
    # otherwise be walked again, figure by figure, from each of them
    floor = max(0, f["start"] - _REACH)
    opened = max(text.rfind(c, floor, f["start"]) for c in _SENTENCE_MARKS)
    for j in range(i - 1, -1, -1):
        g = facts[j]
        if g["end"] <= opened or g["end"] < floor:
            return None
        subj = g.get("subject")
        if g["kind"] in ("date", "year", "duration", "rank"):
            continue                            # 為連續26個月正成長，追平了歷史第2長紅記錄；累計全年…: a run, a record's rank
        if not subj:
            continue                            # 首次跨過7千億大關: a figure naming nothing stops nothing
        if g["kind"] not in kinds or g["kind"] == "percent" and f["kind"] == "money" and _SHARE_RE.search(subj):
            return None                         # a count, a share or another kind between: no reading across it
        if not _estimated(subj):
            return subj
    return None


# a change told in a unit: the level the sentence told in that unit moved (储备为6226万盎司,价值888.76亿美元,
# 环比增加32万盎司: the reserve grew by ounces, its value is told in dollars)
UNIT_KINDS = frozenset({"quantity", "money"})
_DIGIT_RE = re.compile(r"\d")
_CHANGE_WORD_RE = re.compile(r"增加|减少|減少|增长|增長|下降|上升|多出|减|減|增|[比较較][^，,；;。]{0,12}?[多少]")


def same_unit_level(simp: str, f: Fact, lo: int, lenders: list[tuple[str, Fact]]) -> str | None:
    """The subject of the nearest level before `f` told in `f`'s own unit, when `f` is a change in a unit
    (增加32万盎司) and the figure that lent the sentence's subject last is told in another unit of its kind
    or another kind (价值888.76亿美元): none when no earlier level shares the unit."""
    last = lenders[-1][1]
    if last["unit"] == f["unit"] and last["kind"] == f["kind"] or not f["unit"] or last["end"] > lo:
        return None                             # (增长8.2%、超过6000亿元: the clause's own indicator)
    if not _CHANGE_WORD_RE.search(simp, lo, f["start"]) or _DIGIT_RE.search(simp, lo, f["start"]):
        return None
    for subj, g in reversed(lenders[:-1]):
        if g["kind"] == f["kind"] and g["unit"] == f["unit"] and not g.get("change"):
            return subj
    return None


# adverbs a parallel clause adds before its verb (核能則減少, 燃油也減少, 乙县同样增长)
_PARALLEL_ADVERBS_RE = re.compile(r"[则則也亦还還均都却卻仍]|同样|同樣|分别|分別")
_PARALLEL_MARKS = "，,；;：:。！？!?\n"
_NAME_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}")
# a base or a comparison is no item (同比增长, 环比亦增长, 同比上周上涨, 按年增加, 较上月减少)
_BASE_NAME_RE = re.compile(r"同比|环比|環比|按年|按月|按周|按季|按年|相比|相較|相较|[较較比][上去前本同]|年增|月增|季增|週增|周增|"
                           r"年减|年減|月减|月減")


def parallel_name(text: str, simp: str, f: Fact, lo: int, sent_start: int, facts: list[Fact]) -> str | None:
    """The name opening `f`'s clause when an earlier clause of its sentence has the same shape: a name, then
    the same verb before its figure (`…燃煤減少0.38%，核能則減少2.73%`, `华山景区接待8.43万人次，…，陶艺村景区
    接待6.1万人次`): list items told one by one, each naming its own; the sentence's subject carried from the
    item before is another item's (the first item's: a later clause of the shape).  For a figure whose own
    clause gave no phrase."""
    mine = _verb_split(simp, lo, f["start"])
    if mine is None:
        return None
    name_at, name_end, tail = mine
    ends = [k for c in _SENTENCE_MARKS if (k := simp.find(c, f["end"])) >= 0]
    sent_end = min(ends) if ends else len(simp)
    for g in facts:
        if g["start"] >= sent_end:
            break
        if g is f or g["start"] < sent_start or g["kind"] in ("date", "year"):
            continue
        glo = max(simp.rfind(c, sent_start, g["start"]) for c in _PARALLEL_MARKS) + 1
        theirs = _verb_split(simp, max(glo, sent_start), g["start"])
        if theirs is None or theirs[2] != tail:
            continue
        other = simp[theirs[0]:theirs[1]]
        if other == simp[name_at:name_end]:
            continue                            # the same item told again: its subject stands
        return text[name_at:name_end]
    return None


def _verb_split(simp: str, lo: int, s: int) -> tuple[int, int, str] | None:
    """(name start, name end, verb) of a clause simp[lo:s] that is a name, adverbs, then one verb before the
    figure; None for any other shape."""
    from .words import names_a_thing, segment, tag_of
    piece = simp[lo:s]
    k = len(piece) - len(piece.lstrip(" \u3000\x00\x01"))
    body = piece.strip(" \u3000\x00\x01")
    if not body or any(c.isdigit() for c in body):
        return None
    words = segment(body)
    if len(words) < 2:
        return None
    verb = words[-1]
    if (tag_of(verb) or "")[:1] != "v":
        return None
    j = len(words) - 1
    while j > 0 and _PARALLEL_ADVERBS_RE.fullmatch(words[j - 1]):
        j -= 1
    name = "".join(words[:j])
    if not _NAME_RE.fullmatch(name) or any(tag_of(w) or not names_a_thing(w) for w in words[:j]) \
            or _BASE_NAME_RE.search(name) \
            or name in EMPTY_SUBJECTS:
        return None                             # verbs, adverbs, function or time words inside (目前仍有), a base
                                                # (同比增长): no bare name
    return lo + k, lo + k + len(name), verb
