"""Four shapes of Hong Kong / Taiwan market and statistics text whose subjects were a frame word, not the indicator
(subj51: a 300-fact read of unlabelled HK, Taiwan, Macao and mainland pages, none a gold source).

- **A price's denominator read as its subject.**  Steel and scrap price lists (`東和廢鐵收購價在每公噸8100元`,
  `韓國HMS廢鋼本週報價小跌爲每公噸298美元`, `線材價格每公噸爲1.72萬元`) put the denominator between the price and
  the figure; the phrase before the figure stopped at it, so the subject was `每公噸` or `線材價格每公噸`.  The
  denominator is the unit's (per), never the subject: the subject is the price named before it, without the verb
  joining them (`在`, `爲`, `報`) or the move told on the way (`小跌`, `持平`).
- **A generic counted noun after a level its measure names.**  `落成量將增至約21 000個單位`,
  `平均每日成交量為598,221張合約，較去年同期的512,309張上升17%`: the noun after the count (`單位`, `合約`)
  names what is counted, not what was measured; the measure before the verb (`落成量`, `平均每日成交量`) is the
  subject, and the base and the change told of it later in the sentence, which had carried the noun (`單位多`,
  `合約`), are the measure's too.  Only these nouns that name nothing of their own (a housing unit, a contract);
  a noun with a name (`100个单位为…示范县` with no measure before) keeps what it had.
- **A modal word left at a subject's end.**  `全港營業額料較今年下滑4.2%`, `管理費不可高於…300元`,
  `三聚氰胺含量不得超过每公斤２．５毫克`: the modal (`料`, `不可`, `不得`, `可望`, `有望`, `預計`, `擬`) opens the
  verb phrase; it is no part of what was measured.  Read in dictionary words, so `肥料`, `材料`, `资料` stay whole.
- **A rate in brackets after the item it is of.**  `成長率最高的是化學品(年增率56.1%)，其次為基本金屬(年增率47.9%)`:
  the bare rate word in the bracket named no indicator, and every item's rate read `年增率`; each is its item's
  (`化學品年增率`), the item read after the joiner before it (`是`, `為`, `與`, `以`, `、`).

Two smaller ones of the same read: a degree adverb and a move alone (`仍較2024年同期2萬9403輛微增0.2%`: `微增`) name
nothing, so the base and the change are the indicator the sentence's figure of their kind before them measures (a results tally's label next to its count,
`略增53家`, `82家略增`, is the category counted and stays); a
currency code alone in the bracket restating a sum in another currency (`新臺幣43,602億元(USD$135.8B)`: `USD`) is
the sum's own subject; a name cut inside its marks (`五集大型纪录片《大国`, `三萬個「簡`) is read to its closing mark
(`大型纪录片《大国建造》`, `「簡約公屋」`) when it closes within the clause.
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import all_simplified
from .words import is_noun_phrase, segment

Fact = dict[str, Any]

_SENTENCE_END = "。！？!?\n"
_CLAUSE_END = "。！？!?\n，,；;：:"

# --- a price's denominator ---------------------------------------------------------------------------------------
_PER_TAIL_RE = re.compile(r"每(?:公噸|公吨|噸|吨|桶|盎司|英兩|英两|度電|度电|坪|平方米|平方公尺|平米|股|公斤|台斤|百台斤|斤"
                          r"|千克|克|公升|升|加侖|加仑|立方米|千瓦時|千瓦时|張|张|口|頭|头)$")
_JOINER_TAIL_RE = re.compile(r"(?:在|爲|為|为|是|報|报|達|达|至|由|從|从|約|约|的|：|:|\s)+$")
# a time the clause opens with, closed by 起 (`昨天（17日）起批發價由每台斤43元`): the price starts after it
_TIME_START_RE = re.compile(r"^.{0,12}?(?:日|天|月|週|周)[)）]?起")
_MOVE_TAIL_RE = re.compile(r"(?:小跌|小漲|小涨|微跌|微漲|微涨|上漲|上涨|下跌|持平|回升|回落|續跌|续跌|續漲|续涨|大跌|大漲|大涨"
                           r"|跌|漲|涨|升|降)$")
_ADVERB_TAIL_RE = re.compile(r"(?:往往|通常|一般|大多|多半|普遍|均|皆|都|則|则|亦|也|仍|已|再)$")
_LEAD_RE = re.compile(r"^(?:使得|致使|導致|导致|使|令|而|但|且|另外|另)")
_HAN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _price_named_before(text: str, at: int) -> str | None:
    """The price named in the clause before `at` (where its 每X stands), without the joiner and the move."""
    start = max(text.rfind(c, 0, at) for c in _CLAUSE_END) + 1
    head = text[start:at]
    for _ in range(3):
        head = _JOINER_TAIL_RE.sub("", head)
        head = _MOVE_TAIL_RE.sub("", head)
        head = _ADVERB_TAIL_RE.sub("", head)
    head = _LEAD_RE.sub("", _TIME_START_RE.sub("", head.strip()))
    if len(head) < 2 or len(head) > 16 or not _HAN_RE.search(head) or head[-1] in "，,、和與与及或":
        return None
    return head


def _cut_per_tail(text: str, f: Fact) -> None:
    subj = f["subject"]
    m = _PER_TAIL_RE.search(subj)
    if m is None:
        return
    head = _JOINER_TAIL_RE.sub("", subj[:m.start()]).strip()
    if len(head) >= 2 and _HAN_RE.search(head):
        f["subject"] = head                            # 線材價格每公噸爲1.72萬元: 線材價格
        return
    at = text.rfind(subj[m.start():], max(0, f["start"] - 12), f["start"])
    if at < 0:
        return
    named = _price_named_before(text, at)
    if named:
        f["subject"] = named                           # 東和廢鐵收購價在每公噸8100元: 東和廢鐵收購價


# --- a generic counted noun -----------------------------------------------------------------------------------------
_GENERIC_NOUNS = frozenset({"單位", "单位", "合約", "合约"})
_MEASURE_BEFORE_RE = re.compile(
    r"([\u4e00-\u9fff]{2,}?(?:量|額|额|數|数))"
    r"(?:將|将|預計|预计|料|會|会|亦|也|已)?"
    r"(?:增加至|增至|升至|降至|減至|减至|跌至|達到|达到|為|爲|为|達|达|至)"
    r"(?:約|约|近|逾|超過|超过)?\s*$")


def _measure_before(text: str, f: Fact) -> str | None:
    start = max(text.rfind(c, 0, f["start"]) for c in _CLAUSE_END) + 1
    m = _MEASURE_BEFORE_RE.search(text[start:f["start"]])
    if m is None:
        return None
    name = m.group(1)
    name = name[name.rfind("的") + 1:]                 # 2024年首十個月的股票期權平均每日成交量: after the time's 的
    if len(name) < 2:
        return None
    return name


def _settle_generic_nouns(text: str, facts: list[Fact]) -> None:
    for k, f in enumerate(facts):
        noun = f.get("subject")
        if noun not in _GENERIC_NOUNS or f["kind"] != "count" or not text.startswith(noun, f["end"]):
            continue
        name = _measure_before(text, f)
        if name is None:
            continue
        f["subject"] = name                            # 成交量為598,221張合約: 成交量, not 合約
        for g in facts[k + 1:]:
            if any(c in text[f["end"]:g["start"]] for c in _SENTENCE_END):
                break
            s = g.get("subject")
            if s and s.startswith(noun) and len(s) <= len(noun) + 1 and g["kind"] not in ("date", "year", "duration"):
                g["subject"] = name                    # 較去年同期的512,309張上升17%: the measure's base and change


# --- a modal at the end -----------------------------------------------------------------------------------------------
_MODALS = frozenset({"料", "不可", "不得", "可望", "有望", "预计", "预料", "拟"})
_MODAL_GATE = frozenset("料可得望計计擬拟")


def _cut_modal(f: Fact) -> None:
    subj = f["subject"]
    if len(subj) < 3 or subj[-1] not in _MODAL_GATE:
        return
    words = segment(all_simplified(subj))
    if len(words) < 2 or words[-1] not in _MODALS:
        return
    head = subj[:len(subj) - len(words[-1])]
    if len(head) >= 2 and _HAN_RE.search(head) and head[-1] not in "的之、和与與及":
        f["subject"] = head                            # 全港營業額料較今年下滑4.2%: 全港營業額


# --- a bracketed rate after its item ------------------------------------------------------------------------------------
_BARE_RATES = frozenset({"年增率", "月增率", "年增", "月增", "年減率", "年减率", "成長率", "成长率", "增長率", "增长率",
                         "增幅", "升幅", "跌幅", "降幅", "占比", "佔比", "比重", "年成長率", "年成长率"})
_JOINERS = frozenset({"是", "为", "以", "与", "和", "及", "或", "、", "其次", "依次", "包括", "如"})


def _bracket_item(text: str, f: Fact, rate: str) -> str | None:
    pre = text[max(0, f["start"] - len(rate) - 24):f["start"]].rstrip()
    pre = re.sub(r"[為为:：]$", "", pre)
    if not pre.endswith(rate):
        return None
    pre = pre[:-len(rate)]
    if not pre or pre[-1] not in "(（":
        return None
    m = re.search(r"[\u4e00-\u9fffA-Za-z0-9]{1,20}$", pre[:-1])
    if m is None:
        return None
    run = m.group(0)
    words = segment(all_simplified(run))
    pos = len(run)
    for w in reversed(words):
        if w in _JOINERS:
            break
        pos -= len(w)
    item = run[pos:]
    if not (1 <= len(item) <= 10) or not _HAN_RE.search(item) or item == run and len(run) > 6:
        return None
    return item


def _settle_bracket_rates(text: str, facts: list[Fact]) -> None:
    for f in facts:
        rate = f.get("subject")
        if rate not in _BARE_RATES or f["kind"] not in ("percent", "points"):
            continue
        item = _bracket_item(text, f, rate)
        if item:
            f["subject"] = item + rate                 # 化學品(年增率56.1%): 化學品年增率


# --- a move alone, a currency code alone -------------------------------------------------------------------------------
_MOVE_ONLY_RE = re.compile(r"^(?:微|小|略|稍|大|勁|劲|急|驟|骤|續|续|再|狂|暴|猛)(?:增|減|减|升|降|跌|漲|涨|揚|扬|挫|彈|弹)$")
_CODE_RE = re.compile(r"^(?:USD|US|HKD|HK|NTD|NT|TWD|RMB|CNY|EUR|JPY|GBP|MOP)$")
_CODE_BRACKET_RE = re.compile(r"^\s*[(（]\s*(?:USD|US|HKD|HK|NTD|NT|TWD|RMB|CNY|EUR|JPY|GBP|MOP)\s*\$?\s*$")


def _moved_base(text: str, f: Fact, move: str) -> bool:
    """A count is a base moved from when the move right after it is followed by the move's own figure
    (`2萬9403輛微增0.2%`); a results tally's label (`82家略增，43家略減`, `略增53家`) is the category counted."""
    rest = text[f["end"]:f["end"] + len(move) + 2].lstrip()
    return rest.startswith(move) and len(rest) > len(move) and (rest[len(move)].isdigit() or rest[len(move)] in "一二三四五六七八九十兩两零")


def _settle_moves_and_codes(text: str, facts: list[Fact]) -> None:
    from .subject_empty_words import carried_subject
    for k, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year", "duration"):
            continue
        if _MOVE_ONLY_RE.match(subj) and (f["kind"] != "count" or _moved_base(text, f, subj)):
            f["subject"] = carried_subject(text, f, facts[:k])   # 仍較同期2萬9403輛微增0.2%: the count's, not 微增
        elif _CODE_RE.match(subj) and k > 0:
            prev = facts[k - 1]
            if prev["kind"] == "money" and prev.get("subject") and _CODE_BRACKET_RE.match(text[prev["end"]:f["start"]]):
                f["subject"] = prev["subject"]                   # 新臺幣43,602億元(USD$135.8B): the sum restated


# --- a name cut inside its marks ------------------------------------------------------------------------------------------
_MARKS = {"《": "》", "「": "」", "『": "』", "“": "”"}


def _settle_open_marks(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year", "duration"):
            continue
        opened = [(subj.rfind(o), o) for o in _MARKS if o in subj and _MARKS[o] not in subj[subj.rfind(o):]]
        if not opened:
            continue
        cut, o = max(opened)
        if cut > 0:
            if not is_noun_phrase(all_simplified(subj[:cut]).rstrip("―-—")):
                continue                               # 联合印发《…》: the title is the verb's object, not what is counted
        at = text.find(subj, max(0, f["start"] - 60), f["end"] + 60)
        if at < 0:
            continue
        close = text.find(_MARKS[o], at + len(subj), at + len(subj) + 30)
        if close < 0 or any(c in text[at + len(subj):close] for c in _CLAUSE_END + _MARKS[o] + o):
            continue
        f["subject"] = text[at:close + 1]                # 五集大型纪录片《大国建造》: the title, not 《大国


def settle_frame_cuts(text: str, facts: list[Fact]) -> None:
    if "單位" in text or "单位" in text or "合約" in text or "合约" in text:
        _settle_generic_nouns(text, facts)
    brackets = "(" in text or "（" in text
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year"):
            continue
        if "每" in subj:
            _cut_per_tail(text, f)
        if f.get("subject"):
            _cut_modal(f)
    if brackets:
        _settle_bracket_rates(text, facts)
    _settle_moves_and_codes(text, facts)
    if "《" in text or "「" in text or "『" in text or "“" in text:
        _settle_open_marks(text, facts)
