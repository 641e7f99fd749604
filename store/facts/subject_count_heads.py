"""Counts whose noun stands after them in forms the right-of-figure reading misses.

- a count of households in a state (`约90万户家庭断电`, `近24万用户断电`): the noun counted, as
  `400万户家庭的用电需求` names 家庭 (tests/gold/README.md); with no noun (`超过57000户断电`) the state,
  as `84人死亡` names 死亡; a head count in a state (`16人被逮捕`, `4人下落不明`) the state;
- a count before a relative clause opened by 来自 (`100多位来自沙特的青年中文学习者…`, `五位来自法院
  系统的代表`): the head noun after 的, as `来自中亚五国的30名议员和议会官员` names 议员和议会官员;
- a typhoon's number (`今年第9号台风“巴威”`): 台风, as sealed7 labels `第1号台风`; a river's numbered flood 洪水;
- a noun after the count that opens with a word read as a preposition or adverb (`24名以军士兵`,
  `3名以色列警察`, `43位在韩中国人民志愿军烈士遗骸`, `8名与会同志`, `86场集中签约活动`) or after a
  second measure in brackets (`3000万台（套）各类农业机械`): that noun, up to the first verb;
- an ordinal's noun opening with a preposition (`第九轮对俄制裁措施`, `第十一批在韩…遗骸`) and the n-th
  time an act was done (`第四次参加奥运会的…`, `第十一次来到俄罗斯`): the noun, the act (sealed6 labels
  `今年第三次、也是最后一次降息` by 降息);
- a sum before a named fund (`下达44.4亿元中央冬春临时生活困难救助资金`, `紧急下达2亿元中央预算内投资`):
  the fund.
"""

from __future__ import annotations

import re
from typing import Any

from .words import noun_phrase_end, segment, tag_of

Fact = dict[str, Any]

_STATES = r"(断电|斷電|停电|停電|停水|断水|斷水|断网|斷網|断气|斷氣|受灾|受災)"
_STATE_RE = re.compile(r"(家庭|住户|用户|居民|民众|群众)" + _STATES)
_BARE_STATE_RE = re.compile(_STATES)
# a person's state after a head count (16人被逮捕, 4人下落不明, 约1万人被要求撤离): the state, as 84人死亡 → 死亡
_PERSON_STATE_RE = re.compile(r"被(?:逮捕|捕|拘留|拘押|扣押|俘|遣返|困|疏散|迫撤离|迫撤離|迫疏散|要求撤离|要求撤離|要求疏散|紧急疏散|緊急疏散|强制撤离|強制撤離)"
                              r"|下落不明|撤离|撤離|疏散|身亡|丧生|喪生|遇难|遇難")
_HELD_RE = re.compile(r"人员|人員|人质|人質|者")
_FROM_OF_RE = re.compile(r"(?:来自|來自)[^，。；！？、,;!?：:\n的]{1,14}的([^，。；！？、,;!?：:（）()\n\d“”\"]{2,16})")
_TYPHOON_RE = re.compile(r"台风|颱風|颱风|台風|洪水")     # (and a river's numbered flood, 2024年第1号洪水)
_COUNTED_UNITS = frozenset({"户", "戶", "人", "名", "位", None})
_SECOND_MEASURE_RE = re.compile(r"[（(][套件台][）)]")
_OPENERS = ("以军", "以軍", "以色列", "在韩", "在韓", "与会", "與會", "集中")
# an ordinal's noun opening with a preposition (第九轮对俄制裁措施, 第十一批在韩…遗骸)
_RANK_OPENERS = ("在韩", "在韓", "对俄", "對俄", "对美", "對美", "对欧", "對歐")
# the n-th time an act was done (第四次参加奥运会的, 第十一次来到俄罗斯): the act, up to 的 or a mark
_ACT_RE = re.compile(r"(?:参加|參加|来到|來到|到访|到訪|访问|訪問|获得|獲得|夺得|奪得|举办|舉辦|举行|舉行|实现|實現|进行|進行|出席|当选|當選|登上|进入|進入|入选|入選)"
                     r"[^\s，。；！？、,;!?：:（）()\d的“”\"]{1,8}")
_ACT_TRAIL_RE = re.compile(r"(?:时|時|后|後|中|(?<![这那這])里|裡)$")
_NOUN_RUN_RE = re.compile(r"[^\s，。；！？、,;!?：:（）()\d的“”\"…—]{2,20}")
_CUT_TAGS = frozenset({"d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
# words jieba leaves untagged that open a clause after a noun (男子|因涉嫌, 文物|回归祖国, 农机具|有序流动)
_CLAUSE_OPEN_RE = re.compile(r"[因被将將正已均都也还還从從向由对對]|回归|回歸|有序|陆续|陸續|今天|昨天|明天|今日|昨日|日前|近日")
_TRAIL_RE = re.compile(r"(?:中|里|裡|内|內)$")
_FUND_RE = re.compile(r"(?:中央|中國|中国)[^\s，。；！？、,;!?：:（）()\d的“”\"]{1,16}?(?:资金|資金|投资|投資|补助|補助|补贴|補貼|转移支付|轉移支付)(?:资金|資金)?")


def needs_count_heads(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] in ("count", "rank", "money") and not f.get("subject"):
            return True
    return False


def settle_count_heads(text: str, norm: str, facts: list[Fact]) -> None:
    for f in facts:
        if f.get("subject"):
            continue
        e = f["end"]
        if f["kind"] == "rank":
            if f.get("unit") in ("号", "號") and (m := _TYPHOON_RE.match(norm, e)):
                f["subject"] = text[m.start():m.end()]
            elif f["surface"].startswith("第") and f.get("unit") in ("批", "轮", "輪", "次"):
                span = _noun_opened(norm, e, _RANK_OPENERS) or (_act_after(norm, e) if f["unit"] == "次" else None)
                if span:
                    f["subject"] = text[span[0]:span[1]]   # 第九轮对俄制裁措施, 第四次参加奥运会
            continue
        if f["kind"] == "money":
            m = _FUND_RE.match(norm, e)
            if m:
                f["subject"] = text[m.start():m.end()]      # 下达44.4亿元中央…救助资金: the fund
            continue
        if f["kind"] != "count":
            continue
        noun = _noun_opened(norm, e)
        if noun:
            f["subject"] = text[noun[0]:noun[1]]
            continue
        if f.get("unit") not in _COUNTED_UNITS:
            continue
        if f.get("unit") in ("人", "名", "位") and f["surface"].endswith(f["unit"]) and (m := _PERSON_STATE_RE.match(norm, e)):
            held = _HELD_RE.match(norm, m.end())        # 7名被扣押人员: the people so named
            f["subject"] = text[m.start():held.end() if held else m.end()]
            continue
        m = _STATE_RE.match(norm, e)
        if not m and f.get("unit") in ("户", "戶"):
            m = _BARE_STATE_RE.match(norm, e)   # 57000户断电: the state, as 84人死亡
        if m:
            f["subject"] = text[m.start(1):m.end(1)]
            continue
        m = _FROM_OF_RE.match(norm, e)
        if m:
            head = m.group(1)
            n = noun_phrase_end(head)
            if n >= 2:
                f["subject"] = text[m.start(1):m.start(1) + n]


def _noun_opened(norm: str, e: int, openers: tuple[str, ...] = _OPENERS) -> tuple[int, int] | None:
    """24名以军士兵在…, 3000万台（套）各类农业机械正…: the noun after the count, up to its first verb."""
    bracket = _SECOND_MEASURE_RE.match(norm, e)
    a = bracket.end() if bracket else e
    opener = next((w for w in openers if norm.startswith(w, a)), "")
    if not bracket and not opener:
        return None
    m = _NOUN_RUN_RE.match(norm, a)
    if not m:
        return None
    rest = m.group(0)[len(opener):]
    if opener in ("与会", "與會"):
        n = len(segment(rest)[0]) if rest else 0          # 与会同志, 与会嘉宾 (欢聚一堂 is no part)
    else:
        n = _noun_end(rest, verbs=opener not in ("集中",))   # 集中带量采购, 集中安置点: a verb names the kind
    n = len(_TRAIL_RE.sub("", rest[:n]))
    return (a, a + len(opener) + n) if n >= (1 if opener else 2) else None


def _noun_end(rest: str, verbs: bool) -> int:
    """Where the noun `rest` opens with ends: at an adverb, preposition, conjunction or particle,
    or (with `verbs`) at a verb after its first two characters."""
    pos = 0
    for w in segment(rest):
        tag = tag_of(w)
        if pos and (tag in _CUT_TAGS or verbs and pos >= 2 and (tag in ("v", "vd") or _CLAUSE_OPEN_RE.match(w))):
            return pos
        pos += len(w)
    return pos


def _act_after(norm: str, e: int) -> tuple[int, int] | None:
    m = _ACT_RE.match(norm, e)
    if not m or m.group(0)[2:3] in ("了", "着", "過", "过"):
        return None                             # 第一次举办了一场…: where the act ends is unclear
    n = 2 + _noun_end(m.group(0)[2:], verbs=False)
    n = len(_ACT_TRAIL_RE.sub("", m.group(0)[:n]))
    return m.start(), m.start() + n
