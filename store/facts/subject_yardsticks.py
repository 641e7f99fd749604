"""A share or multiple told against a yardstick is the share of what the clause opens with, not the yardstick's.

`新能源汽车新车销量达到汽车新车总销量的41.2%`, `發行手續費為承銷面值的0.08%`, `官方和金融機構持有的黃金開採量已達總量
約41％`, `出口额是全国的两倍`: the figure measures the noun phrase before the linking verb (达到, 为, 是, 相当于 …);
what the verb names is the whole it is measured against (its base). The left phrase reading stops at the
nearest noun, the yardstick, so:

- a percent or multiple whose subject lies between the linking verb and the figure takes the phrase the clause
  opens with, when that phrase is a plain noun phrase (no figure, no verb of its own);
- an anaphor opening the clause (`这一数字约为2024年美国国内生产总值的1.27倍`) takes the subject of the level told
  before it in the sentence;
- a clause opening with its link (`…财政收入58.7亿元,为调整预算的98.4%,比上年增长1.0%`) takes the level told right
  before it, and the figures after it lent the yardstick take it too; a level inside the yardstick (`占年初预算数109466万元
  的56.3%`, `完成全年1100万人目标任务的27%`) is the yardstick's;
- a reserve told as months of a spending (`财政储备为7758亿元,相当於本地生产总值22%,或12个月的政府开支`) is the
  reserve's: the months are the level's yardstick too (the share's part is subject_restated's and
  subject_equivalents', which this extends to the mixed spellings 相当於/相當于).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks
from .words import segment, tag_of
from .subject_rules import SUBJECT_CHARS

Fact = dict[str, Any]

_KINDS = ("percent", "multiple")
_LEVEL_KINDS = ("money", "count", "quantity")
_LINK = r"(?:(?P<reach>达到|達到|相当于|相當於|相当於|相當于|等于|等於|达|達)|为|為|是)"
# opener, adverbs, the link, the yardstick (a year its only figure, no list, no clause mark), 的 and a qualifier
# before the figure; only a link of reach (达到, 相当于) may drop the 的 (已達總量約41％)
_YARDSTICK_RE = re.compile(r"(?P<a>[^，,；;：:。、\d０-９]{2,24}?)(?:已经|已|将|將|也|则|則|均|更|仅|僅|只|约|約|大约|大約|共)*"
                           + _LINK + r"(?P<b>(?:[\d０-９]{4}年)?[^，,；;：:。、\d０-９()（）]{1,20}?)(?P<of>的)?\s*"
                           r"(?:约|約|近|超过|超過|逾|接近)?\s*$")
# a change told in the yardstick's place (是由于…减少了22%, 為交通（上升3.1%）): no yardstick
_CHANGE_RE = re.compile(r"[升降增减減跌涨漲]|由于|由於|年增|成长|成長")
# a clause opening with its link and the yardstick (为调整预算的98.4%)
# (已達去年全年稅前盈餘的83%: 達 alone after 已, Taiwan's results; sealed43)
_LINKED_RE = re.compile(r"\s*(?:已经|已|将|將|也|则|則|均|仅|僅|约|約)*(?:为|為|是|达到|達到|相当于|相當於|相当於|相當于|(?<=已)[达達])"
                        r"(?P<b>[^，,；;：:。、\d０-９()（）]{1,20}?)的\s*(?:约|約|近|超过|超過|逾)?\s*$")
# a level inside a yardstick: the verb, the yardstick's name before the level or after it, then 的
_INNER_VERB_RE = re.compile(r"(?:完成|占|佔|为|為|达到|達到)[^，,；;：:。、\d０-９]{0,6}$")
_INNER_BEFORE_RE = re.compile(r"(?:占|佔|为|為)(?P<y>[^，,；;：:。、\d０-９()（）的]{2,12})\s*")
_INNER_AFTER_RE = re.compile(r"(?P<y>[^，,；;：:。、\d０-９()（）的]{2,8})的\s*$")
_INNER_OF_RE = re.compile(r"的\s*$")
_ANAPHORS = ("这一数字", "這一數字", "这个数字", "這個數字", "此数字", "此數字", "这一规模", "這一規模")
_EQUALS = ("相当于", "相當於", "相当於", "相當于")
_NOT_OPENING = ("v", "d", "p", "c", "r", "u")
_NOT_ENDING = ("d", "p", "c", "r", "u", "v")
# verbs that name an activity at a noun phrase's head (发行手续费, 出口额, 投资总额)
_NOMINAL_VERBS = frozenset({"发行", "出口", "进口", "投资", "销售", "生产", "消费", "零售", "批发", "运输", "贷款",
                            "存款", "发电", "用电", "融资", "交易", "成交", "收购", "建设", "研发", "经营", "营业"})
_COMPARING = frozenset({"比", "较", "占", "比上年", "同比", "环比"})
_OR_RE = re.compile(r"^\s*(?:或者|或是|或|亦即|即)")
_OPENERS_RE = re.compile(r"^(?:其中|而且|而|但是|但|同时|同時|另外|此外|并且|並且|且)")
# a period or place-time lead the opener may start with (2024年, 今年, 上半年, 截至…): no subject alone
_PERIOD_ONLY_RE = re.compile(r"^(?:[\d０-９〇○零一二三四五六七八九十]+年|今年|去年|明年|全年|上半年|下半年|本年|当年|當年|目前|当前|當前)+$")


def needs_yardsticks(text: str) -> bool:
    return "的" in text or any(e in text for e in _EQUALS) or "達" in text or "达" in text


def settle_yardsticks(text: str, facts: list[Fact], marks: TextMarks) -> None:
    sentence = -1
    level: Fact | None = None
    lent: tuple[str, str] | None = None         # a yardstick the sentence lent on, and the level's subject
    for i, f in enumerate(facts):
        s = f["start"]
        a = marks.sentence_start(s)
        if a != sentence:
            sentence, level, lent = a, None, None
        subj = f.get("subject")
        if lent is not None and subj == lent[0] and lent[0] not in text[marks.clause_start(s):s]:
            f["subject"] = lent[1]               # …为调整预算的98.4%,比上年增长1.0%: the revenue's growth
        elif f["kind"] in _KINDS and subj:
            cs = marks.clause_start(s)
            _settle_one(text, f, cs, level)
            if f["subject"] == subj and level is not None and level.get("subject") and facts[i - 1] is level:
                lent = _settle_linked(text, f, cs, level) or lent     # (the level told right before)
        elif f["kind"] == "duration" and level is not None and level.get("subject"):
            _settle_months(text, f, marks.clause_start(s), level)
        elif f["kind"] in _LEVEL_KINDS and i + 1 < len(facts) and facts[i + 1]["kind"] == "percent":
            _settle_inner(text, f, facts[i + 1], marks.clause_start(s))
        if f["kind"] in _LEVEL_KINDS:
            level = f


def _settle_linked(text: str, f: Fact, cs: int, level: Fact) -> tuple[str, str] | None:
    """A clause opening with its link (`…财政收入58.7亿元,为调整预算的98.4%`): the share is the level's
    told before it, not the yardstick's; returns (the yardstick, the level's subject) for the figures after
    that were lent the yardstick."""
    m = _LINKED_RE.match(text, cs, f["start"])
    if m is None or f["subject"] not in m.group("b") or _CHANGE_RE.search(m.group("b")):
        return None
    old, f["subject"] = f["subject"], level["subject"]
    return old, level["subject"]


def _settle_inner(text: str, f: Fact, share: Fact, cs: int) -> None:
    """A level inside a yardstick (`占年初预算数109466万元的56.3%`, `完成全年1100万人目标任务的27%`) is
    the yardstick's, named right before it or right after it and before 的 and the share."""
    between = text[f["end"]:share["start"]]
    m = _INNER_AFTER_RE.match(between)
    if m and _INNER_VERB_RE.search(text, cs, f["start"]) and not _PERIOD_ONLY_RE.match(m.group("y")):
        f["subject"] = m.group("y")              # 完成全年1100万人目标任务的27%
        return
    m = _INNER_BEFORE_RE.search(text, cs, f["start"])
    if m and _INNER_OF_RE.match(between) and m.end() == f["start"] and not _PERIOD_ONLY_RE.match(m.group("y")):
        f["subject"] = m.group("y")              # 占年初预算数109466万元的56.3% (占全年8000亿元的: no name)


def _settle_one(text: str, f: Fact, cs: int, level: Fact | None) -> None:
    s, subj = f["start"], f["subject"]
    m = _YARDSTICK_RE.match(text, cs, s)
    if m is None:
        return
    if not (m.group("of") or m.group("reach")) or _CHANGE_RE.search(m.group("b")):
        return
    opener = _OPENERS_RE.sub("", m.group("a").strip()).strip()
    if subj not in m.group("b") or subj in opener:
        return                                   # the subject is the opener's already, or not the yardstick
    if opener in _ANAPHORS:
        if level is not None and level.get("subject"):
            f["subject"] = level["subject"]      # 这一数字约为…的1.27倍: the level's told before
        return
    if _PERIOD_ONLY_RE.match(opener) or not _noun_phrase(opener):
        return
    f["subject"] = opener                        # 新能源汽车新车销量达到汽车新车总销量的41.2%


def _settle_months(text: str, f: Fact, cs: int, level: Fact) -> None:
    """…相当於本地生产总值22%,或12个月的政府开支: the reserve's months."""
    pre = text[cs:f["start"]]
    if not (_OR_RE.match(pre) or any(e in pre for e in _EQUALS)) or not f.get("unit", "").endswith("月"):
        return
    sent = text[level["end"]:f["start"]]
    if any(e in sent for e in _EQUALS):
        f["subject"] = level["subject"]


def _noun_phrase(s: str) -> bool:
    """A noun phrase: it neither opens with a verb, adverb or preposition (预计, 占, 较) unless a relative
    clause (…持有的), nor ends with one, nor compares (比, 较)."""
    plain = s.translate(SUBJECT_CHARS)
    words = segment(plain)
    if not words or len(s) < 2 or any(w in _COMPARING for w in words):
        return False
    if tag_of(words[0]) in _NOT_OPENING and "的" not in plain and not (words[0] in _NOMINAL_VERBS and len(words) > 1):
        return False
    return tag_of(words[-1]) not in _NOT_ENDING
