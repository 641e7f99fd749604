"""A subject's edges cut between words, after every other subject rule has run (the last pass of extract).

The rules before leave a subject's edge on a particle, an adverb or a verb head that belongs to the text
around it, or inside a name: `毛豬最|近一週` (最近: recently), `农产品中|共有75项` (共有: there are),
`其余4个州都|已经`, `超千亿的集群达|19个`, `全县74万亩农作物中|的85%`, `在15年的奋斗历程中|`,
`59%的受访民众因|商品价格上涨`, `是共产党员`, `色列` (以色列), `国人大常委会` (全国人大常委会).  An analyst reads
such a subject as broken.  This pass finds the subject where it is written for its figure
(subject_whole_words) and, at its edges only:

- the end gives up a lone function word or the head of a word the text after it goes on with
  (中 of a locative, 都/共/达/已/将/最/近/约/均/也/还/则/就/所/因/较/按/各/总/给/了/的 …): 农作物中 → 农作物,
  州都 → 州, 毛豬最 → 毛豬; but takes the rest of a measured noun it opened (玉米合|约 → 玉米合约, 销售总|额);
- a cause clause inside it (X因Y, with no 的 after 因 to make it a modifier: 加沙地带因饥饿…死亡的人数 stays)
  gives its cause up: 受访民众因商品 → 受访民众, 紅羽土雞因年中國際飼料價格 → 紅羽土雞;
- the start gives up a lone conjunction or copula (是共产党员 → 共产党员, 和…, 为罗阳镇 → 罗阳镇), but not one
  opening a frame the subject closes (与…有关的船型, 从西宁到成都), and takes the rest of a noun word it starts
  inside (色列 → 以色列, 国人大常委会 → 全国人大常委会, 冬|小麦, 小|学生), never into a numeral or measure
  word, across a 分别 list's items, or where the subject is written twice near its figure.

A subject left shorter than two characters, or one not found in the text, is left as it was; a
cut beside the figure itself is not looked at (subject_whole_words).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_whole_words import _located
from .subjects import all_simplified
from .words import is_word, segment, tag_of, word_around

Fact = dict[str, Any]

# a last character that is no part of what is measured when it stands alone (a word of its own in the
# subject read on with the text after it), or opens a word with that text (最|近, 共|有, 都|已)
_END_WORDS = frozenset("中都共合达已将最近约均也还则就所因较按各总给了的和与及于为其此又仍再")
# …unless it opens a measured noun with the text after it: the subject takes the rest (玉米合|约)
_NOUNS_OPENED = frozenset({"合约", "合同", "总额", "总量", "总值", "总数", "总和", "均价", "均值", "约数"})
# 稳中有升, 稳中略增, 稳中向好: 中 in a set phrase of a trend, not a locative
_TREND_AFTER_ZHONG = frozenset("有略趋向求带")
# a first character that is a conjunction or copula standing alone: never part of the indicator
_START_WORDS = frozenset("和与及是为的了而则也都还又于从达")
# a cause clause: 因 standing alone inside the subject, the part before it the holder
_CAUSE = "因"
# frame words a start is never extended into (各省, 年产值: the period's or a pronoun's character)
_FRAME_TAGS = frozenset({"m", "mq", "q", "t", "r", "v", "vd", "d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
_BIG_MOVES = frozenset("涨跌增减升降幅赚亏")
_PRONOUNS = frozenset("该此这其")
# 与X有关的Y, 和X相比, 从X到Y: the 与/和/从 opens a frame the subject closes, it stays
_FRAME_CLOSE_RE = re.compile("有关|相关|无关|相比|相同|一样|之间|到|至")
_VERBAL = frozenset({"v", "vd", "d", "ad", "p", "c"})
_NOT_A_NAME_START = frozenset("年月日季周週天时各每该本其此这那上下前后近约超逾共第一二三四五六七八九十百千万亿两〇零几多半")
_NUMERALS = frozenset("一二三四五六七八九十百千万亿两〇零几多")
# the text read either side of a subject: a word around its edges (words.WINDOW) and 4 characters after it
_WINDOW = 8
_STOPS = frozenset("，。；！？,;!?\n、：:（）()“”\"「」《》")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _after(simp: str, b: int, n: int = 4) -> str:
    """Up to n characters of the text after b, to the first stop."""
    out = []
    for ch in simp[b:b + n]:
        if ch in _STOPS:
            break
        out.append(ch)
    return "".join(out)


def _end(simp: str, a: int, b: int, f: Fact) -> int:
    """The subject's end moved off a lone function word or a word's head (the module's doc)."""
    if f["start"] < b and a < f["end"] or b == f["start"] or b - a < 3:
        return b                                   # (beside the figure or around it: not looked at)
    c = simp[b - 1]
    after = _after(simp, b)
    ws, we = word_around(simp, b, a, b + len(after))
    if ws == b - 1 < b < we and tag_of(simp[ws:we]) in _VERBAL and b - 1 - a >= 2 and len(segment(simp[a:b - 1])[-1]) >= 2:
        return b - 1                               # (a verb word the text goes on with: its head goes back to it)
    if c == "大" and after[:1] in _BIG_MOVES and b - 1 - a >= 2:
        return b - 1                               # 聯發科大|漲: 大涨 (no dictionary word) is the move's
    if c not in _END_WORDS:
        return b
    if c == "中" and after[:1] in _TREND_AFTER_ZHONG:
        return b                                   # 冬小麦面积稳中略增
    for k in (2, 1):
        if simp[b - 1:b + k] in _NOUNS_OPENED and len(after) >= k:
            return b + k                           # 玉米合|约 → 玉米合约
    opened = any(is_word(simp[b - 1:b + k]) for k in (1, 2, 3) if len(after) >= k)
    words = segment(simp[a:b] + after)
    pos, lone = 0, False
    for w in words:
        if pos == b - a - 1:
            lone = len(w) == 1
            break
        pos += len(w)
    if not lone and not opened:
        return b                                   # 集中, 其中, 初中: the word is the subject's own
    if is_word(simp[b - 2:b]) and not opened:
        return b                                   # (a word of the subject's ends with it)
    nb = b - 1
    if nb - a < 2 or not _han(simp[nb - 1]):
        return b
    ws, we = word_around(simp, nb, a, b + len(after))
    if ws < nb < we and simp[nb - 1] in _END_WORDS and nb - 1 - a >= 2 and we <= b + len(after):
        nb -= 1                                    # 农产品中|共有: 中 and 共 both the text's (中共 is no name here)
        ws, we = word_around(simp, nb, a, b + len(after))
    if ws < nb < we or len(segment(simp[a:nb])[-1]) < 2:
        return b                                   # 中国保持海合|会: the new end would cut a word or leave one alone
    return nb


def _cause_cut(simp: str, a: int, b: int, f: Fact) -> tuple[int, int]:
    """A subject holding a cause clause keeps its holder, X of X因Y (受访民众因|商品…, 紅羽土雞因|…價格上漲，…上漲3成),
    or the cause's noun Y when the figure is the cause's own, written in the same clause right after it
    (集中市場因|台積電大漲6.96%); one whose 因 opens a modifier (…因饥饿死亡的总人数) stays."""
    i = simp.find(_CAUSE, a + 2, b)
    if i < 0 or "的" in simp[i:b]:
        return a, b
    pos = a
    for w in segment(simp[a:b]):
        if pos == i:
            if w != _CAUSE or i - a < 2 or simp[i + 1:i + 2] in _PRONOUNS:
                return a, b                        # (…可能因该措施增加…: a pronoun's cause names nothing measured)
            last = segment(simp[a:i])[-1]
            if len(last) > 1 and tag_of(last) in ("v", "vd"):
                return a, b                        # 保险机构接到因暴雨受灾报案: 因 opens the object's modifier
            cause = segment(simp[i + 1:b])
            named = b - (i + 1) >= 2 and cause[-1] != "而" and not any(len(w) > 1 and tag_of(w) in ("v", "vd") for w in cause)
            # (…因单产下降而减产70亿斤, …因播种面积扩大增产: the cause is a clause, the result the holder's)
            if named and f["same_clause"]:
                return i + 1, b                    # 集中市場因台積電大漲6.96%: 台積電's rise
            if named and b <= f["start"]:
                return a, b                        # 零售業營業額因汽車…營業額大幅衰退,年減…: the reason rules' (subject_reason_clauses)
            return a, i
        pos += len(w)
    return a, b


def _unwritten_cause_cut(subj: str) -> str:
    """A subject not written as one run in the text (a period blanked inside it) loses a cause clause all
    the same: its holder, the part before a lone 因 with no 的 after it, stays."""
    simp = all_simplified(subj)
    i = simp.find(_CAUSE, 2)
    if i < 0 or "的" in simp[i:]:
        return subj
    pos = 0
    for w in segment(simp):
        if pos == i:
            last = segment(simp[:i])[-1]
            verb = len(last) > 1 and tag_of(last) in ("v", "vd")     # (保险机构[共]接到因暴雨受灾报案: the object's)
            return subj[:i] if w == _CAUSE and not verb and simp[i + 1:i + 2] not in _PRONOUNS else subj
        pos += len(w)
    return subj


def _start(simp: str, a: int, b: int, f: Fact) -> int:
    """The subject's start moved off a lone conjunction or copula, or back to its word's start."""
    if b - a >= 4 and simp[a] in _START_WORDS and not is_word(simp[a:a + 2]) and not _FRAME_CLOSE_RE.search(simp, a, b):
        first = segment(simp[a:b])[0]
        if first == simp[a]:                       # (并网光伏: 并网 a word, kept)
            return a + 1                           # 是共产党员 → 共产党员
    if a <= 0 or a >= f["start"] and a - f["end"] < 3:
        return a                                   # (right after the figure: its noun, never extended)
    if f["ambiguous"]:
        return a                                   # 焦煤(主焦煤…)价格: which one is the figure's is not known here;
                                                   # 中西部…分别: a list's items are cut from one word on purpose
    ws, we = word_around(simp, a)
    if ws < a < we <= b and a - ws <= 2 and all(_han(ch) and ch not in _NOT_A_NAME_START for ch in simp[ws:a]) \
            and not (ws > 0 and (simp[ws - 1].isdigit() or simp[ws - 1] in _NUMERALS)):     # (3類|產品: a measure word)
        word = simp[ws:we]
        if tag_of(word) not in _FRAME_TAGS and not any(tag_of(w) in _FRAME_TAGS for w in (simp[ws:a],)):
            return ws                              # 色列 → 以色列, 国人大常委会 → 全国人大常委会
    return a


def settle_edges53(text: str, norm: str, facts: list[Fact]) -> None:
    """Move every subject's edges off function words, cause clauses and cut names (the module's doc).
    Each subject is read in a short window of the text around it, simplified one for one (simplifying
    a whole article cost a fifth of its extraction)."""
    for f in facts:
        subj = f.get("subject")
        if not subj or len(subj) < 2 or f["kind"] in ("date", "year"):
            continue
        span = _located(text, f, subj)
        if span is None:
            if _CAUSE in subj:
                f["subject"] = _unwritten_cause_cut(subj)  # (紅羽土雞因[去年]年中國際飼料價格: a period blanked inside)
            continue
        a0, b0 = span
        lo, hi = max(0, min(a0, f["start"]) - 60), max(b0, f["end"]) + 12
        w0 = max(0, a0 - _WINDOW)
        simp = all_simplified(norm[w0:b0 + _WINDOW])
        g = {"start": f["start"] - w0, "end": f["end"] - w0, "surface": f["surface"],
             # the figure right after the subject, in its clause (集中市場因台積電大漲6.96%)
             "same_clause": b0 <= f["start"] and not any(ch in _STOPS for ch in norm[b0:f["start"]]),
             # the subject written twice near its figure, or one of a 分别 list's items
             "ambiguous": norm.count(norm[a0:b0], lo, hi) > 1 or "分别" in norm[lo:hi] or "分別" in norm[lo:hi]}
        a, b = a0 - w0, b0 - w0
        a, b = _cause_cut(simp, a, b, g)
        b = _end(simp, a, b, g)
        a = _start(simp, a, b, g)
        if (a, b) != (a0 - w0, b0 - w0) and b - a >= 2:
            f["subject"] = text[a + w0:b + w0]
