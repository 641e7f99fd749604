"""A verb or an adverb before a level is no subject: the level is the indicator's the sentence names.

Market reports move a price clause by clause (`現貨鉑金價一度也創歷史新高，來到每盎司2429.98美元，
隨後下滑至每盎司2393.4美元`, `au9995黄金开盘于162元/克,盘中最低下探至159.78元/克,最高至162.00元/克`,
`黃金價格已上漲約57%，週一首次突破4,100美元大關`): the phrase left of each later figure is a verb
(`衝上`, `重新回到`, `下探至`), an adverb (`隨後`, `首次`) or the threshold (`大關`), never the thing
priced.  The same verbs end subjects of plain levels (`品质验证流程缩短到8个小时`,
`东北多地最高气温也能回到0℃以上`).

- A subject ending in a verb of reaching (`V至`, `V到`, `V于`, `衝上`, `突破`, `回到`) keeps the noun
  phrase before the verb (`au9995黄金开盘于` → `au9995黄金`), or has none when only adverbs
  and verbs are left (`盘中最低下探`, `隨後`, `重新回到`, `建议延至`); a threshold (`大關`) is none.
- A price or a move of a price left without a subject takes the topic of its sentence: the noun
  phrase naming a price or a commodity (`…價`, `…價格`, `黄金`, `白銀`, `…品种`) that opens its
  own clause or, passing over clauses opened by a verb or an adverb, an earlier one
  (`來到…`, `隨後…` after `週五的現貨鉑金價一度…`), else the price of the sentence's figure before
  it in the same unit.  A clause opened by another noun stops the search: no subject is better
  than a wrong one.
- So does a price whose own clause holds only a lead adverb and a verb of reaching (`隨後回落至每盎司…`,
  `其后升至…`), whatever subject the sentence's topic or the figure before lent it: `美元指數走強，
  隨後回落至每盎司2300美元` names the dollar, not the gold, so the price has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from store.search.script import simplified_chars

from .subject_rules import COUNT_SPAN_RE, SUBJECT_CHARS
from .text_marks import TextMarks
from .words import is_noun_phrase, noun_phrase_end, opens_with_verb, segment, tag_of

Fact = dict[str, Any]

_PARTICLES = frozenset({"至", "到", "于", "於"})
# words ending in a particle that reach no level: conjunctions, prepositions, comparisons
_NOT_REACHING = frozenset({"甚至", "以至", "乃至", "对于", "关于", "由于", "至于", "在于", "基于", "直到", "等到", "大于",
                           "小于", "高于", "低于", "多于", "少于", "快于", "慢于", "优于", "等于", "不至", "终于", "善于",
                           "处于", "属于", "利于", "便于", "易于", "难于", "勇于", "敢于", "急于", "归于", "源于", "出于"})
# verbs that reach a level on their own (冲上每盎司5000美元, 突破4100美元大关)
_LEVEL_VERBS = frozenset({"冲上", "站上", "站稳", "升上", "重上", "重回", "回到", "来到", "触及", "突破", "跌破", "升破", "冲破",
                          "升穿", "跌穿", "下探", "上探", "逼近", "失守", "收报", "报收", "收于", "开于", "报", "迈上",
                          "迈过", "迈入", "迈", "跨上", "跨过", "跨越", "登上", "升抵", "涨抵", "跌抵", "上看", "下看"})
# words dropped before the verb: adverbs, modals, passives (也能回到, 则可望达到, 被送到)
_BEFORE_VERB = frozenset({"也", "能", "会", "将", "可", "可望", "可能", "则", "均", "已", "再", "又", "被", "还",
                          "更", "都", "仍", "已经", "将会", "应", "可以", "陆续", "就",
                          "预计", "预期", "估计", "预料",   # 财政储备预计于…为: the estimate's words, not the reserve's
                          "接连", "相继", "先后", "连续", "依次", "逐步", "稳步", "逐年"})   # 经济总量接连跨越: how often, not what
_TRAILING_LEADS = ("一度", "盘中", "早盘", "午盘", "尾盘", "首次", "首度", "再度", "再次", "重新", "本周", "上周")
_TRAILING_ADVERBS_RE = re.compile(r"^(?:首次|首度|一度|再度|再次|重新|最高|最低|单日|一举)$")
_DROP_TAGS = frozenset({"d", "p", "c", "ad", "vd"})
# adverbs and time words that open a clause of a market report (隨後下滑至, 盘中最低下探至)
_LEADS_RE = re.compile(r"^(?:(?:随后|随即|其后|之后|此后|盘中|早盘|午盘|尾盘|午后|收盘|开盘|收市|开市|盘初|日内|一度|首次|首度|重新|再度|"
                       r"再次|单日|最高|最低|最终|终|一举|当日|同日|昨日|今日|昨天|今天|昨|周[一二三四五六日]|星期[一二三四五六日天]|"
                       r"本周|上周|[0-9０-９一二三四五六七八九十]{1,3}日)的?)+")
# a clause's topic may also follow a phrase with 的 (週五的現貨鉑金價)
_TOPIC_LEADS_RE = re.compile(r"(?:" + _LEADS_RE.pattern[1:] + r"|[^，,。；的]{1,6}的(?=.{2}))+")
# a level regained, written as a share of an earlier level (恢复到2017年末的84%)
_RECOVERED = frozenset({"恢复", "恢复至", "恢复到", "回升至", "回升到", "回到", "持平"})
# an average named alone is the average of the figure before it in the same unit (中外人员出入境日均)
_AVERAGES = frozenset({"日均", "月均", "年均", "平均", "周均", "週均"})
_THRESHOLDS = frozenset({"大关", "关口", "整数关口", "心理关口", "关卡"})
# what a price topic ends with: the price, the commodity, the traded contract
_PRICE_HEADS = ("价", "价格", "黄金", "白银", "铂金", "钯金", "原油", "期货", "品种", "期金", "期银")
PRICE_PERS = frozenset({"盎司", "英两", "克", "千克", "公斤", "桶", "吨", "磅"})
_TOPIC_REACH = 30
KINDS = ("money", "percent", "points", "index", "count", "quantity", "duration", "multiple")
_PRICE_KINDS = ("money", "percent", "points", "index")

# the cheap gate: last characters of a subject a verb of reaching can end, first ones of a lead
_END_CHARS = frozenset("至到于於上破及探关關回复復平迈邁均抵看高低稳穩地"
                       "越过過近穿入")   # more verbs of _LEVEL_VERBS (跨越, 迈过, 逼近, 升穿; not 报 or 失守: 举报, 恒指失守)
_START_CHARS = frozenset("随隨其之此盘盤早午尾日一首重再单單最终終当當昨今周週星本上")


_LEVEL_VERBS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _v in _LEVEL_VERBS:
    _LEVEL_VERBS_BY_LAST[_v[-1]] = (*_LEVEL_VERBS_BY_LAST.get(_v[-1], ()), _v)
# traditional characters of market reports beyond the subjects' table (隨後, 大關, 白銀, 鉑金, 單日, 合併營收)
_MORE_CHARS = str.maketrans("隨關銀黃鉑鈀單終盤會還並僅對從開國裡週復邁躍併", "随关银黄铂钯单终盘会还并仅对从开国里周复迈跃并")


def _plain(s: str) -> str:
    return s.translate(SUBJECT_CHARS).translate(_MORE_CHARS)


# a session's extreme after the price (纽约原油期货价格最高涨至每桶119.48美元): the price's, as 盘中最高触及 is
_EXTREMES = ("最高", "最低")
_RECORD_WORDS = ("以来", "以來", "历史", "歷史", "历年", "歷年", "同期")   # a record told (subject_record_phrases)


def suspect(s: str) -> bool:
    """A subject a verb of reaching can end, or that is only leads, thresholds or an average."""
    return s[-1] in _END_CHARS or s[0] in _START_CHARS and _LEADS_RE.fullmatch(_plain(s)) is not None


def _manner_alone(plain: str) -> bool:
    """A day word or lead, adverbs, then an adverbial of manner closed by 地 (昨再无阻力地, 今日大幅地):
    what is left of a clause whose verb broke through a level, no noun naming the thing moved."""
    lead = _LEADS_RE.match(plain)
    words = list(segment(simplified_chars(plain[lead.end() if lead else 0:])))
    if len(words) < 2 or words[-1] != "地" or tag_of("地") != "uv":
        return False
    return bool(lead) or words[0] in _BEFORE_VERB or tag_of(words[0]) in _DROP_TAGS


# heads of indicators a verb-led compound names (合并营收, 合并营业收入: consolidated revenue, Taiwan's monthly line)
_INDICATOR_HEADS = ("营收", "营业收入", "收入", "营业额", "利润", "净利", "盈余", "获利")


def _verb_led_noun(rest: str) -> bool:
    """`rest` (simplified) is a verb then a noun phrase ending in an indicator's head (合并营收): a name, not a clause."""
    head = next((h for h in _INDICATOR_HEADS if rest.endswith(h)), None)
    words = segment(rest)
    if head is None or len(words) < 2 or len(words[0]) + len(head) > len(rest):
        return False
    middle = rest[len(words[0]):-len(head)]
    return not middle or is_noun_phrase(middle)


# what a share recovered to is measured against (回復到疫情前大約六成, 恢复至2019年同期的77.4%): a base, not a subject
_RECOVERED_BASE_RE = re.compile(r"(?:回復|回复|恢復|恢复|回到)(?:到|至)?$")
_BASE_PHRASE_RE = re.compile(r".{0,8}(?:前|同期|水平|時期|时期|年)(?:的)?")


def _recovered_base(text: str, f: Fact, subj: str) -> bool:
    """`subj` is the base a share recovered to (疫情前 in 回復到疫情前大約六成), written right after the verb."""
    k = text.rfind(subj, max(0, f["start"] - 24), f["start"])
    return k > 0 and _RECOVERED_BASE_RE.search(text, max(0, k - 3), k) is not None \
        and _BASE_PHRASE_RE.fullmatch(subj) is not None


def level_subject(subj: str) -> tuple[bool, str | None]:
    """(changed, what is left): the noun phrase before a verb of reaching, None when nothing
    is left; (False, subj) when `subj` is no such phrase."""
    plain = _plain(subj)
    if plain in _THRESHOLDS or plain.endswith(("大关", "关口")):
        return True, None
    if plain.endswith(_EXTREMES) and len(plain) > 4 and not any(w in plain for w in _RECORD_WORDS):
        return True, subj[:-2]                  # 纽约原油期货价格最高涨至…, 盘中最高触及: the price, its session's high
    if plain[-1] == "地" and _manner_alone(plain):
        return True, None                       # 昨再無阻力地(搗破6萬元大關): a day and the manner of the move
    if plain[-1] not in _PARTICLES and not any(plain.endswith(v) for v in _LEVEL_VERBS_BY_LAST.get(plain[-1], ())):
        lead = _LEADS_RE.fullmatch(plain)       # no verb of reaching: only a lone adverb can be cut
        return (True, None) if lead else (False, subj)
    if any(plain.endswith("大" + v) for v in _LEVEL_VERBS_BY_LAST.get(plain[-1], ())):
        return False, subj                      # 大发展大跨越的10年, 大突破: a noun, no move to a level
    words = list(segment(simplified_chars(plain)))   # 財政儲備於: 儲備 one word, as 储备 is (one to one: lengths hold)
    n = len(plain)
    dropped = False
    last = words[-1] if words else ""
    if last in _PARTICLES and len(words) >= 2:
        n -= len(words.pop())
        verb = words[-1] if words else ""
        if last in "至到" or verb in _LEVEL_VERBS or tag_of(verb) == "v" or len(verb) == 1:
            n -= len(words.pop())           # 下探至, 精简到, 开盘于 (not 村民于: a place or time follows)
        dropped = True
    elif len(last) == 2 and last[1] in _PARTICLES and last not in _NOT_REACHING:
        n -= 2                              # 延至, 位于: the verb and its particle as one word
        words.pop()
        dropped = True
    else:
        verb = next((v for v in _LEVEL_VERBS if plain.endswith(v)), None)
        if verb and len(plain) > len(verb) or verb and verb != "报":
            n -= len(verb)                  # 冲上, 重新回到, 首次突破
            words = list(segment(plain[:n]))
            dropped = True
    if dropped:
        while words and (words[-1] in _BEFORE_VERB or tag_of(words[-1]) in _DROP_TAGS
                         or _TRAILING_ADVERBS_RE.search(words[-1])):
            n -= len(words.pop())           # 也能回到, 被送到, 首次重回
        while True:                         # (by suffix: 本周一度 segments as 本周一/度)
            adv = next((a for a in _TRAILING_LEADS if plain.endswith(a, 0, n)), None)
            if adv is None:
                break
            n -= len(adv)                   # 白金盤中一度升抵: the metal, not its session
    head = plain[:n]
    lead = _LEADS_RE.match(head)
    rest = head[lead.end():] if lead else head
    if not dropped:
        if lead and not rest:
            return True, None               # 隨後, 首次: an adverb alone
        return False, subj
    if len(rest) < 2 or opens_with_verb(rest) and not _verb_led_noun(rest) or rest[-1] in "的地得":
        return True, None                   # 盘中最低下探, 建议延至
    a = n - len(rest)
    return True, subj[a:n]


def _topic_at(text: str, simp: str, c: int, limit: int) -> tuple[str | None, bool]:
    """(the price topic opening the clause at `c`, whether the clause opens with a noun)."""
    seg = simp[c:min(limit, c + _TOPIC_REACH)].lstrip(" \u3000")
    c += len(simp[c:min(limit, c + _TOPIC_REACH)]) - len(seg)
    lead = _TOPIC_LEADS_RE.match(seg)
    off = lead.end() if lead else 0
    rest = seg[off:]
    if len(rest) < 2 or rest[0].isdigit() or rest[0] == "每" or opens_with_verb(rest) or rest[:2] in _LEVEL_VERBS:
        return None, False                  # 來到每盎司…, 隨後下滑至…, 加上…: a verb's clause
    n = noun_phrase_end(rest)
    for stop in ("一度", "则", "也", "已", "再", "可望", "单日"):
        k = rest.find(stop, 2, n)
        n = k if k >= 2 else n
    phrase = rest[:n]
    if n >= 2 and phrase.endswith(_PRICE_HEADS):
        return text[c + off:c + off + n], True
    return None, True


def _clause_starts(norm: str, a: int, s: int) -> list[int]:
    out = [a]
    for i in range(a, s):
        ch = norm[i]
        if ch in "，,；;：:" and not (ch in ",:" and i > 0 and norm[i - 1].isdigit() and norm[i + 1:i + 2].isdigit()):
            out.append(i + 1)
    return out


def sentence_topic(text: str, simp: str, f: Fact, marks: TextMarks,
                    topic_at: Callable[[str, str, int, int], tuple[str | None, bool]] | None = None) -> str | None:
    """The topic of the nearest clause before `f` in its sentence that names one (`topic_at`
    reads a clause: its topic, and whether it names another thing, which stops the search)."""
    topic_at = topic_at or _topic_at
    a = marks.sentence_start(f["start"])
    starts = _clause_starts(simp, a, f["start"])
    for k in range(len(starts) - 1, -1, -1):
        limit = f["start"] if k == len(starts) - 1 else starts[k + 1] - 1
        topic, noun = topic_at(text, simp, starts[k], limit)
        if topic:
            return topic
        if noun:
            return None                     # another thing's clause: no topic carried past it
    return None


def _topic_or_stop(text: str, simp: str, f: Fact, marks: TextMarks) -> tuple[str | None, bool]:
    """(the sentence's price topic before `f`, whether a clause opened by another noun stopped the search)."""
    a = marks.sentence_start(f["start"])
    starts = _clause_starts(simp, a, f["start"])
    for k in range(len(starts) - 1, -1, -1):
        limit = f["start"] if k == len(starts) - 1 else starts[k + 1] - 1
        topic, noun = _topic_at(text, simp, starts[k], limit)
        if topic or noun:
            return topic, not topic
    return None, False


def _earlier_price(f: Fact, before: list[Fact], marks: TextMarks) -> str | None:
    """The subject of the nearest earlier figure of the sentence in the same unit (开盘于162元/克,
    盘中最高上探至165元/克: the price that opened)."""
    a = marks.sentence_start(f["start"])
    for g in reversed(before):
        if g["start"] < a:
            return None
        s = g.get("subject")
        if s and g.get("unit") == f.get("unit") and not level_subject(s)[0]:
            return s
    return None


def _segment_level(f: Fact, before: list[Fact], marks: TextMarks) -> str | None:
    """The subject of the nearest earlier figure of the ；-part (全国生猪存栏达到3.7亿头,已经恢复到
    2017年末的84%: the herd's level, as a share of an earlier one)."""
    a = marks.segment_start(f["start"])
    for g in reversed(before):
        if g["start"] < a:
            return None
        s = g.get("subject")
        if s and g["kind"] not in ("date", "year", "duration") and not level_subject(s)[0]:
            return s
    return None


_PER_BEFORE_RE = re.compile(r"每[^\d，,。；;：:]{1,3}$")


def _reached_alone(simp: str, f: Fact, marks: TextMarks) -> bool:
    """Whether the clause of a price holds only a lead adverb and a verb of reaching (随后回落至每盎司,
    其后升至): the subject given it was carried in from the sentence, not named."""
    a = marks.sentence_start(f["start"])
    c = _clause_starts(simp, a, f["start"])[-1]
    phrase = _PER_BEFORE_RE.sub("", simp[c:f["start"]].strip(" \u3000\x00\x01"))
    lead = _LEADS_RE.match(phrase)
    return bool(lead and lead.end() < len(phrase)) and level_subject(phrase) == (True, None)


def _moved_alone(simp: str, f: Fact, marks: TextMarks) -> bool:
    """Whether the clause of a move holds only a lead adverb and one verb before it (随后回落0.9%)."""
    a = marks.sentence_start(f["start"])
    c = _clause_starts(simp, a, f["start"])[-1]
    phrase = simp[c:f["start"]].strip(" \u3000\x00\x01")
    lead = _LEADS_RE.match(phrase)
    if not lead or lead.end() >= len(phrase):
        return False
    words = segment(phrase[lead.end():].replace(" ", ""))
    return len(words) == 1 and tag_of(words[0]) == "v"


def settle_level_moves(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    simp: str | None = None
    for i, f in enumerate(facts):
        if f["kind"] not in KINDS:
            continue
        subj = f.get("subject")
        if subj and f["kind"] == "count" and COUNT_SPAN_RE.match(norm, f["end"]):
            f["subject"] = None                 # 两个多月: a span, the sentence's subject is not its
            continue
        if subj and subj in _AVERAGES:
            whose = _earlier_price(f, facts[:i], marks)     # …共有518.9万人次出入境，日均173万人次
            f["subject"] = whose + subj if whose and not whose.endswith(subj) else subj
            continue
        if subj and f["kind"] == "percent" and (_plain(subj) in _RECOVERED or _recovered_base(text, f, subj)):
            f["subject"] = _segment_level(f, facts[:i], marks) or _earlier_price(f, facts[:i], marks)
            continue                            # 恢复到2017年末的84%, 涨幅与上月持平;环比下降0.1%
        if subj and f.get("per") in PRICE_PERS and f["kind"] in _PRICE_KINDS:
            if simp is None:
                simp = _plain(norm)
            if _reached_alone(simp, f, marks):     # 美元指數走強，隨後回落至每盎司2300美元: the price's or none
                topic, stopped = _topic_or_stop(text, simp, f, marks)
                if not (topic and _plain(subj).startswith(_plain(topic))):   # (…期货价格和现货价格: the topic whole)
                    f["subject"] = topic or (None if stopped else _earlier_price(f, facts[:i], marks))
                continue
        if subj and f["kind"] == "percent" and f.get("change"):
            if simp is None:
                simp = _plain(norm)
            if _moved_alone(simp, f, marks):       # 現貨白銀…觸及每盎司53.60美元，隨後回落0.9%: the price's move
                topic, _ = _topic_or_stop(text, simp, f, marks)
                if topic:
                    f["subject"] = topic
                    continue
        if subj:
            if not suspect(subj):
                continue
            changed, subj = level_subject(subj)
            if not changed:
                continue
            f["subject"] = subj
        elif f.get("per") not in PRICE_PERS and not (f["kind"] == "percent" and f.get("change")):
            continue
        if subj is None and f["kind"] in _PRICE_KINDS:
            if simp is None:
                simp = _plain(norm)
            f["subject"] = sentence_topic(text, simp, f, marks) or (
                _earlier_price(f, facts[:i], marks) if f.get("per") else None)
