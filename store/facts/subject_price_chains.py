"""A price moved clause by clause is the price its sentence names first: never the verbs that move it.

Hong Kong and Taiwan market reports name a price once and then move it through clauses opened by
verbs and adverbs the simplified rules do not know (`國際現貨金價昨亦闖一關，昨歷史性衝破每安士5,500美元
大關，高見5,594美元，即最多曾升3.6%，…累計本周已進帳一成，本月升幅更高達28%`, `現貨金一度失守每盎司3000美元
關口,低見2999.07美元,最終報3023.63美元,跌幅近0.7%`): the phrase left of each figure was taken as its
subject (`昨歷史性`, `高見`, `即最多曾`, `進帳`, `升幅更`, `低見`, the threshold after it `大位後`), or
none was found.

- A money, percent or points figure whose subject is only such words — verbs of reaching or moving,
  adverbs, leads of time (`昨`, `歷史性`, `一度`), a bare rate noun (`升幅`), a threshold (`大位`, `大關`)
  — or that has none, takes the price topic of its sentence: going back clause by clause, past
  clauses opened by a verb, an adverb, a preposition, a figure or a bare rate noun, the first clause
  opened by a noun phrase; that phrase counts only when it names a price or a traded metal or
  contract (`…價`, `…价格`, `現貨金`, `白銀`, `期銅`).  A clause opened by another noun stops the search:
  no subject is better than a wrong one.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_level_moves import sentence_topic
from .subject_rules import RATE_NOUNS, SUBJECT_CHARS
from .text_marks import TextMarks
from .words import opens_with_verb, segment, tag_of

Fact = dict[str, Any]

# traditional characters of these reports beyond the subjects' table (高見, 搗破, 進帳, 累飆, 闖, 銅)
_MORE_CHARS = str.maketrans("見搗帳飆闖銅銀鉑鈀飾賣買隨關單終僅歷曆穩並貴屬論舊嚐嘗無",
                            "见捣帐飙闯铜银铂钯饰卖买随关单终仅历历稳并贵属论旧尝尝无")
_KINDS = ("money", "percent", "points")
# words of a market report's moves: verbs of reaching or moving, and the levels they pass
_MOVE_WORDS = frozenset({
    "高见", "低见", "见", "捣破", "冲破", "突破", "跌破", "升破", "升穿", "跌穿", "穿", "破", "失守", "守", "进帐", "累飙",
    "飙", "飙升", "急升", "急跌", "大升", "大跌", "升", "跌", "涨", "升抵", "跌抵", "涨抵", "抵", "报", "收报", "报收", "收",
    "录", "录得", "回落", "回升", "反弹", "下滑", "攀升", "闯", "冲上", "站上", "触及", "逼近", "逼", "再破", "累计", "累",
    "大位", "大关", "关口", "关", "后", "高位", "新高", "低位", "新低", "连升", "连跌", "连涨",
    # the level's description after it (触及每桶23.22美元的历史最高水平, 报收于每桶91美元上方)
    "历史", "水平", "高点", "低点", "上方", "下方", "附近"})
# adverbs and leads of time and manner that jieba does not tag as such
_LEAD_WORDS = frozenset({
    "昨", "今", "昨日", "今日", "昨天", "今天", "历史性", "一度", "首次", "首度", "再度", "再次", "即", "最多", "最少", "曾",
    "更", "亦", "也", "再", "又", "已", "已经", "则", "最终", "终", "盘中", "早盘", "尾盘", "收市", "收盘", "随后", "其后",
    "之后", "本周", "上周", "本月", "上月", "今年", "累积", "高达", "达", "最高", "最低", "一举", "单日", "无阻力地",
    "最", "多", "高", "低", "连", "连续", "底", "末", "初", "近", "目前", "当前", "不过", "月初", "月底", "月末", "年初", "年底",
    "年末", "上月底", "上月初", "去年底", "去年初", "此前", "一周", "前一周", "上一周", "这一"})
# a manner adverb before the verb (无阻力地搗破, 不断地)
_MANNER_RE = re.compile(r"(?:这一|這一|周[一二三四五六日]|星期[一二三四五六日天])|[无不][\u4e00-\u9fff]{1,3}地|(?:上|本|下|今|去|前)?[年月周](?:底|初|末|中)")
_LEAD_TAGS = frozenset({"d", "ad", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "vd"})
# leads opening a clause before its topic (另外，…; 昨…; 而…)
_CLAUSE_LEADS_RE = re.compile(r"^(?:另外|此外|同时|同時|而且|而|但是|但|并且|并|加上|至于|其中)?")
# where a topic noun phrase stops: adverbs and time words of these reports
_TOPIC_STOPS = ("亦", "也", "一度", "昨", "今", "再", "已", "则", "曾", "又", "最终", "反复", "盘中", "首次", "历史性",
                "去年", "上月", "本月", "本周", "，", ",", "升", "跌", "涨", "报", "录", "失守", "突破", "冲破", "升穿", "跌穿",
                "高见", "低见", "连")
# what a price topic ends with: the price, the metal or fuel, the traded contract
_PRICE_HEADS = ("价", "价格", "现货金", "现货银", "黄金", "白银", "铂金", "钯金", "白金", "期金", "期银", "期铜", "原油",
                "期货", "油价", "金价", "银价", "铜价")
_SENTENCE_MARKS = "。！？!?\n"
# the telling characters of those words, in either script: a subject holding none is no fragment
_CUE_CHARS = frozenset("见見破穿守帐帳飙飆闯闖抵报報录錄升跌涨漲曾即更亦再又已则則度历歷终終随隨盘盤关關位连連累幅无無逼冲衝"
                       "也后後昨首底初末史平点點方近此周週")
_PRICE_TEXT_RE = re.compile(r"[價价][格]?|[金銀银銅铜]|原油|期[貨货]")
_REACH = 40


def _plain(s: str) -> str:
    return s.translate(SUBJECT_CHARS).translate(_MORE_CHARS)


def _fragment(subj: str) -> bool:
    """`subj` holds only words of a move: verbs, adverbs, leads, thresholds, a bare rate noun."""
    plain = _plain(subj)
    if len(plain) > 10:
        return False
    for w in segment(plain):
        if w in _MOVE_WORDS or w in _LEAD_WORDS or w in RATE_NOUNS or tag_of(w) in _LEAD_TAGS:
            continue
        return False
    return True


# words that open a price's name as adjectives (最低接納價, 低熱值動力煤, 高品位…): never trimmed
_KEEP_FRONT = frozenset({"最低", "最高", "低", "高", "多", "最", "近", "底", "末", "初", "历史", "这一"})


def _move_word(w: str, front: bool) -> bool:
    if front and w in _KEEP_FRONT:
        return False
    return (w in _MOVE_WORDS or w in _LEAD_WORDS or tag_of(w) in _LEAD_TAGS
            or tag_of(w) == "v" and w[-1] in "至到于")


def _trimmed(subj: str) -> str | None:
    """The price `subj` names between words of its move (`升至昨3個月期銅曾飆` → `3個月期銅`,
    `現貨金一度失守` → `現貨金`), None when it is no such phrase."""
    plain = _plain(subj)
    if not any(h in plain for h in _PRICE_HEADS):
        return None
    words = list(segment(plain))
    a, b = 0, len(plain)
    while words and _move_word(words[0], True):
        a += len(words.pop(0))
    while words and _move_word(words[-1], False):
        b -= len(words.pop())
    core = plain[a:b]
    if (a or b < len(plain)) and len(core) >= 2 and core.endswith(_PRICE_HEADS):
        return subj[a:b]
    return None


def _cue(s: str) -> bool:
    """`s` holds a character a move, a lead or a rate word can hold (cheap, before segmenting)."""
    return not _CUE_CHARS.isdisjoint(s)


def needs_price_chains(text: str, facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] in _KINDS:
            s = f.get("subject")
            if not s or len(s) <= 16 and _cue(s):
                return _PRICE_TEXT_RE.search(text) is not None
    return False


def _lead_end(rest: str) -> int:
    """Length of the leads opening `rest` (昨, 历史性, 一度 …)."""
    n = 0
    while n < len(rest):
        m = _MANNER_RE.match(rest, n)
        if m:
            n = m.end()
            continue
        words = segment(rest[n:n + 6])
        if not words or not (words[0] in _LEAD_WORDS or tag_of(words[0]) in ("d", "ad", "c")):
            break
        n += len(words[0])
    return n


def _topic_at(text: str, plain: str, c: int, limit: int) -> tuple[str | None, bool]:
    """(the price topic opening the clause at `c`, whether the clause opens with a noun)."""
    seg = plain[c:min(limit, c + _REACH)]
    stripped = seg.lstrip(" \u3000\x00\x01")
    c += len(seg) - len(stripped)
    m = _CLAUSE_LEADS_RE.match(stripped)
    off = m.end()
    off += _lead_end(stripped[off:])
    rest = stripped[off:]
    if len(rest) < 2 or not ("\u4e00" <= rest[0] <= "\u9fff" or rest[0].isalpha()) or rest[0] == "每":
        return None, False                  # 每安士…, 5,594美元…: a figure's clause
    if rest.startswith(RATE_NOUNS) or opens_with_verb(rest) or rest[:2] in _MOVE_WORDS or rest[:1] in _MOVE_WORDS:
        return None, False                  # 高見…, 升幅更高達…, 由11月底…: the price's move
    k = min((j for j in (rest.find(w, 2) for w in _TOPIC_STOPS) if j >= 2), default=len(rest))
    e = max((j + len(h) for h in _PRICE_HEADS for j in _finds(rest, h, k)
             if _phrase_ends(rest, j + len(h), k)), default=0)
    if e >= 2:
        return text[c + off:c + off + e], True
    return None, True


def _phrase_ends(rest: str, e: int, k: int) -> bool:
    """The noun phrase ends at `e`: at the first stop, or before a lead or a verb (not 总价|值量)."""
    return e == k or _lead_end(rest[e:]) > 0 or opens_with_verb(rest[e:])


def _finds(s: str, word: str, end: int) -> list[int]:
    """Offsets of `word` in s[:end]."""
    out, j = [], s.find(word, 0, end)
    while j >= 0:
        out.append(j)
        j = s.find(word, j + 1, end)
    return out


def settle_price_chains(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    plain: str | None = None
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        s = f.get("subject")
        if s and (len(s) > 16 or not _cue(s)):
            continue
        if not s:
            a = marks.sentence_start(f["start"])
            if not _PRICE_TEXT_RE.search(norm, a, f["start"]):
                continue                        # no price named before it in its sentence
        if s and not _fragment(s):
            core = _trimmed(s)
            if core:
                f["subject"] = core
            continue
        if plain is None:
            plain = _plain(norm)
        topic = sentence_topic(text, plain, f, marks, _topic_at)
        if topic:
            f["subject"] = topic
