"""Words at a subject's edge that belong to the clause, not to the indicator:

- a closing 錄/录 (`住宅物業註冊金額錄約368.96億元`, `貴賓百家樂博彩毛收入僅錄346.2億澳門元`) is the light verb before the
  figure (subject_light_verbs drops 錄得 inside a subject; a bare 錄 at the end was left): 住宅物業註冊金額;
  a word ending in 录 (收录, 名录, 备忘录: the dictionary's words) is no verb and stays;
- an opening 當中/当中 is the connective `當中珠海市19.23萬人次` opens its clause with, as 其中: 珠海市;
- an opening 止 after a date closes the period (`今年6月底止私人住宅售價指數報336.1點`, 截至…止): 私人住宅售價指數;
- an opening 至今/迄今 closes one too (`本月至今一手成交約1,850宗`, `年初迄今…`): 一手成交; so does the 期间 of a
  holiday (`国庆假期期间接待游客30万人次`): 接待游客, and the day a new price holds from (`明天起批發價由43元降為41元`):
  批發價; and the 週 of 這週 (`這週蛋價每台斤上漲新台幣3元`): 蛋價.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .words import segment

Fact = dict[str, Any]

# (and not after a character that makes 录 a word's end the dictionary may split: 著录, 收录, 记录, 登录)
_CLOSING_VERB_RE = re.compile(r"(?<![收记記纪紀目名著着实實登抄摘语語附辑輯节節备備载載创創忘])(?:僅|仅|只|共)?[錄录]$")
_VERB_WORDS = frozenset({"录", "仅录", "只录", "共录"})   # the last dictionary word: 备忘录, 名录 are nouns
_OPENING_RE = re.compile(r"^(?:當中|当中|至今|迄今|(?:今天|明天|今日|明日|即日|下周|下週)起)")
# 期间 after a holiday's name (假期期间, 黄金周期间); 期间费用 (period expenses) is an accounting term
_HOLIDAY_ENDS = "假期节節周週"
_WEEK_LEADS = "这這本上下该該"
_DATE_ENDS = "底日月"
_REACH = 40


def needs_edge_words(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and (s[-1] in "錄录" or s[0] in "當当止至迄期今明即下周週"):
            return True
    return False


def settle_edge_words(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or len(s) < 4:
            continue
        cut = _CLOSING_VERB_RE.sub("", s) if segment(simplified_chars(s))[-1] in _VERB_WORDS else s
        cut = _OPENING_RE.sub("", cut)
        if cut.startswith(("周", "週")) and len(cut) >= 3:
            at = text.rfind(cut, max(0, f["start"] - _REACH), f["start"] + len(cut))
            if at > 0 and text[at - 1] in _WEEK_LEADS:
                cut = cut[1:]                   # 這週蛋價: the week is when, 蛋價 what
        if cut.startswith(("期间", "期間")):
            at = text.rfind(cut, max(0, f["start"] - _REACH), f["start"] + len(cut))
            if at > 0 and text[at - 1] in _HOLIDAY_ENDS:
                cut = cut[2:]
        if cut.startswith("止"):
            at = text.rfind(cut, max(0, f["start"] - _REACH), f["start"] + len(cut))
            if at > 0 and text[at - 1] in _DATE_ENDS:
                cut = cut[1:]
        if cut != s and len(cut) >= 2:
            f["subject"] = cut
