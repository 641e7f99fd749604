"""A flow told with the verb that books it is its owner's: `全市25个省重点工业项目完成投资35.9亿元` is the
investment of 省重点工业项目, `精制食用植物油实现产量303136吨,增长28.0%` the output of 精制食用植物油,
`成渝地区双城经济圈完成投资1889.5亿元` the region's, `国有控股企业实现利润总额22648.9亿元` that kind of enterprise's — never a
bare `投资`/`产量`/`利润总额` every owner in a list would share.

The owner is the noun phrase opening the clause before 实现/完成 (past a period, a connective and a count
of the owners: 全市25个|省重点工业项目); the subject is the phrase as written, verb and all
(`省重点工业项目完成投资`), as the gold sets write such flows (`战略性新兴产业完成投资`,
`“十四五”水利建设完成投资`) and as subject_sector_values writes a company's income.  A whole (全市, 本区, 我国,
各地), a pronoun or a time opens no owner, nor does a company (公司, 企业) — but a kind of enterprise a release breaks its
total into does (全国规模以上工业企业, 私营企业); the sector values and a company's income and profit stay with
subject_sector_values.  It applies to the figures after the verb up to the next ；/。, whose subject is the bare
flow word.  Gated on the verb and the flow word written together, so the pass costs one substring test.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .words import is_noun_phrase

Fact = dict[str, Any]

_FLOWS = ("投资", "投資", "产量", "產量", "进出口", "進出口", "出口", "进口", "進口", "销售额", "銷售額", "交易额", "交易額",
          "成交额", "成交額", "销量", "銷量", "营业额", "營業額", "利润总额", "利潤總額", "营业收入", "營業收入",
          "零售额", "零售額", "出口额", "出口額", "进口额", "進口額")
_VERBS = ("实现", "實現", "完成", "累计", "累計")
# (累计 alone books a flow too: 我國紡織品服裝累計出口額為2203.03億美元 is the garments' exports to date)
_VERB_RE = re.compile(r"(?:(?:累计|累計)?(?:实现了?|實現了?|完成了?)|累计|累計)("
                      + "|".join(sorted(_FLOWS, key=len, reverse=True)) + r")(?=[^\u4e00-\u9fff]|[约約近超逾达達共为為])")
_CLAUSE_MARKS = "，,；;：:。！？\n"
# periods and connectives opening the clause, and a count of the owners (全市25个, 66个) before them
_LEAD_RE = re.compile(r"^(?:其中|另外|此外|同时|同時|目前|截至目前|全年|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|"
                      r"今年|去年|本年|[0-9０-９]{4}年(?:度)?|[0-9０-９一二三四五六七八九十]{1,2}(?:-|—|－|至|到)?"
                      r"[0-9０-９一二三四五六七八九十]{0,2}月(?:份|底|末)?|前[0-9０-９一二三四五六七八九十]{1,2}个?月|，|,|\s)+")
_COUNT_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}?[0-9０-９一二三四五六七八九十百千万]+(?:多|余)?(?:个|個|家|项|項|批)")
_PLAN_LEAD_RE = re.compile(r"^(?:预计|預計|计划|計劃|力争|力爭)")
_TAIL_RE = re.compile(r"(?:累计|累計|共计|共計|合计|合計|共|已|已经|已經|全年|当年|當年|均|都|还|還|也|将|將|"
                      r"预计|預計|计划|計劃|力争|力爭|有望|可望)+$")
# a whole, a pronoun, a company (subject_sector_values' call), a figure or a time inside (三、四月份单月, 年内, 一季度)
_NOT_OWNER_RE = re.compile(r"^(?:全|本|我|该|該|各|其|这|這|此|那|他|她|它|公司|企业|企業)|[0-9０-９]|(?:企业|企業|公司)$|"
                           r"月份|季度|年内|年內|年底|年末|单月|單月|当月|當月|今年|明年|去年")
_MAX_OWNER = 16
_WHOLE_LEAD_RE = re.compile(r"^(?:我国|我國|全国|全國|我省|全省|我市|全市|本市|我区|我區|全区|全區)(?=[\u4e00-\u9fff]{2})")
# a kind of enterprise a statistical release breaks a total into (国有控股企业实现利润总额, 全国规模以上工业企业实现
# 利润总额, 外商及港澳台商投资企业): an owner, though it ends in 企业 and may open with the whole (全国)
_ENTERPRISE_KIND_RE = re.compile(r"(?:全国|全國|全省|全市)?(?:规模以上工业|規模以上工業|国有控股|國有控股|股份制|私营|私營|民营|民營"
                                 r"|外商及港澳台商投资|外商及港澳臺商投資|集体|集體|中小|小微型|小微|大型|中型|小型)"
                                 r"(?:工业)?(?:企业|企業)")


def needs_owned_flows(text: str) -> bool:
    return any(v in text for v in _VERBS) and _VERB_RE.search(text) is not None


def _owner(text: str, verb: int) -> str | None:
    a = verb - 1
    while a >= 0 and text[a] not in _CLAUSE_MARKS:
        a -= 1
    phrase = _TAIL_RE.sub("", _PLAN_LEAD_RE.sub("", _LEAD_RE.sub("", text[a + 1:verb].strip()))).strip()
    if _ENTERPRISE_KIND_RE.fullmatch(phrase):
        return phrase                             # (全国规模以上工业企业: the whole and the kind; 控股 a verb to the word list)
    phrase = _WHOLE_LEAD_RE.sub("", phrase)         # 我國|紡織品服裝累計出口額: the country is the scope, not the owner
    count = _COUNT_RE.match(phrase)
    if count:
        phrase = phrase[count.end():]             # 全市25个|省重点工业项目: the owners counted
    if not 2 <= len(phrase) <= _MAX_OWNER or _NOT_OWNER_RE.search(phrase):
        return None
    return phrase if is_noun_phrase(simplified_chars(phrase)) else None   # (紡織品服裝: the word list is simplified)


def settle_owned_flows(text: str, facts: list[Fact]) -> None:
    matches = list(_VERB_RE.finditer(text))
    for k, m in enumerate(matches):
        owner = _owner(text, m.start())
        if not owner:
            continue
        word = m.group(1)
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(text)   # 铁路完成投资…，民航完成投资…
        for c in "；;。！？\n":
            j = text.find(c, m.end(), stop)
            if 0 <= j < stop:
                stop = j
        verb = m.group(0)[:-len(word)]
        for f in facts:
            if m.end() <= f["start"] < stop and f.get("subject") == word:
                f["subject"] = owner + verb + word
