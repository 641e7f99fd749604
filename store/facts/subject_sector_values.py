"""A sector's value added: `第三产业实现增加值3100.4亿元,增长7.7%,占全区经济总量的97.1%` is the value added
of 第三产业 (the figure, its growth and its share), never a bare `增加值`: in a communiqué's list of
sectors (`第一产业实现增加值…;第二产业实现增加值…`) every item would read the same. The subject is the
sector and the indicator together (`第三产业增加值`, as the communiqués write it when they drop 实现).

- the sector is the phrase before 实现/完成/实现了 in the same clause, or, when the clause opens with the
  verb, the phrase before 是/为 of the clause before (`金融业是占比最大的行业,实现增加值946.9亿元`);
- it must name an industry (end in 业: 产业, 行业, 企业, 工业, 金融业, 渔业 …), and leading periods and
  connectives (其中, 全年, 一季度 …) and a trailing 累计/共 are left out;
- it applies to the figures after the verb, up to the next ；/。 or the next sector, whose subject is the
  bare indicator or starts with it (`增加值占全区经济总量` → `第三产业增加值占全区经济总量`).
An industry's income or profit (`交通运输仓储邮政业实现营业收入30.1亿元,增长30.4%`, `采矿业实现利润总额…`) is the industry's
likewise, and so is a class of goods' retail sales (`文化娱乐体育健康类商品实现零售额19.2亿元`), named with its verb as
written (交通运输仓储邮政业实现营业收入), also when the clause before names the industry
(`交通运输、仓储和邮政业占比最大,前11个月累计实现营业收入…`); a group of companies' (`规模以上工业企业实现利润`) keeps
the bare indicator.
A town's, an office's or a district's in a county's list (`拱辰办实现产值5.3亿元,比增8.62%;镇海办实现产值5.7亿元…`) is
that place's likewise (拱辰办产值), not a bare 产值 every item would share.
Gated on the verb and the indicator written together (实现增加值), so the pass costs one substring test.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CUES = ("实现增加值", "實現增加值", "完成增加值", "实现产值", "實現產值", "完成产值", "实现了增加值",
         "实现总产值", "實現總產值", "实现营业收入", "實現營業收入", "完成营业收入", "实现营收", "實現營收",
         "实现利润", "實現利潤", "实现零售额", "實現零售額")
# the cues in one scan of the text: a test of each in turn scanned it eighteen times (most texts hold none)
_CUES_RE = re.compile("|".join(_CUES))
_VERB_RE = re.compile(r"(?:实现了?|實現了?|完成了?)(增加值|增加價值|增加价值|總產值|总产值|產值|产值|"
                      r"营业收入|營業收入|营收|營收|利润总额|利潤總額|利润|利潤|零售额|零售額)")
# an industry's income or profit is the industry's, named with its verb as the gold sets write it (采矿业实现利润总额,
# 全国文化产业实现营业收入); a group of companies' (规模以上工业企业实现利润) is told as the indicator itself
_COMPANY_WORDS = ("营业收入", "營業收入", "营收", "營收", "利润总额", "利潤總額", "利润", "利潤", "零售额", "零售額")
_CLAUSE_MARKS = "，,；;：:。！？\n"
_LEAD_RE = re.compile(r"^(?:其中|另外|此外|同时|同時|从|從|全年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|"
                      r"第[一二三四]季度|[0-9０-９]{4}年(?:度)?|[0-9０-９一二三四五六七八九十]{1,2}(?:-|—|－|至|到)?"
                      r"[0-9０-９一二三四五六七八九十]{0,2}月(?:份)?|前[0-9０-９一二三四五六七八九十]{1,2}个?月|今年|去年|本年)+")
_TAIL_RE = re.compile(r"(?:累计|累計|共计|共計|合计|合計|共|全年|当年|當年)+$")
_SECTOR_RE = re.compile(r"^[\u4e00-\u9fff、]{1,14}(?:業|业)$")
# a class of goods sold (文化娱乐体育健康类商品实现零售额) is told as an industry's income is
_GOODS_RE = re.compile(r"^[\u4e00-\u9fff、]{1,16}(?:类|類)(?:商品|產品|产品)$")
# a town, an office or a district named in a county's list (`拱辰办实现产值5.3亿元,比增8.62%;镇海办实现产值…`) is
# told as a sector is: each item its own figures (全县, 本区, 该镇 are the whole, told as the indicator itself)
_PLACE_RE = re.compile(r"^(?![全本我该該各])[\u4e00-\u9fff]{1,8}(?:镇|鎮|乡|鄉|办|辦|街道|区|區|县|縣|村)$")
_IS_RE = re.compile(r"^([\u4e00-\u9fff、]{1,14}?[业業])(?:是|为|為|占比|佔比)")


def needs_sector_values(text: str) -> bool:
    return _CUES_RE.search(text) is not None


def _clause_start(text: str, end: int) -> int:
    i = end - 1
    while i >= 0 and text[i] not in _CLAUSE_MARKS:
        i -= 1
    return i + 1


def _sector(text: str, verb: int) -> str | None:
    a = _clause_start(text, verb)
    phrase = _TAIL_RE.sub("", _LEAD_RE.sub("", text[a:verb].strip())).strip()
    if not phrase and a >= 2 and text[a - 1] in "，,":     # 金融业是占比最大的行业,(前11个月累计)实现增加值…
        b = _clause_start(text, a - 1)
        m = _IS_RE.match(text[b:a - 1].strip())
        return m.group(1) if m else None
    return phrase if _SECTOR_RE.match(phrase) or _GOODS_RE.match(phrase) or _PLACE_RE.match(phrase) else None


def settle_sector_values(text: str, facts: list[Fact]) -> None:
    matches = list(_VERB_RE.finditer(text))
    for k, m in enumerate(matches):
        sector = _sector(text, m.start())
        if not sector:
            continue
        word = m.group(1)
        if word in _COMPANY_WORDS and sector.endswith(("企业", "企業")) or \
                _GOODS_RE.match(sector) and word not in ("零售额", "零售額"):
            continue
        stop = len(text)
        for c in "；;。！？\n":
            j = text.find(c, m.end())
            if 0 <= j < stop:
                stop = j
        if k + 1 < len(matches):
            stop = min(stop, matches[k + 1].start())
        for f in facts:
            s = f.get("subject")
            if m.end() <= f["start"] < stop and s and s.startswith(word) and not s.startswith(sector):
                f["subject"] = sector + (m.group(0)[:-len(word)] if word in _COMPANY_WORDS else "") + s
