"""Subject classes from a fresh sample's misses (sealed43, round 53), each settled after subject_final's passes.

- **A week's ordinal is a period, never part of a name:** `第47周全市猪肉零售均价39.98元/公斤`, `上月第3周內地豬肉的平均
  零售價格` are 全市猪肉零售均价's, 內地豬肉的平均零售價格's (sealed6, sealed16, sealed33 and sealed43 leave the week out of
  every such subject: 34 figures); an anniversary (`第45周年`) is no week.
- **What a market follows is not what moved:** `港股跟隨美股下跌,…至12676點,收市報12915點,跌613點` is 港股's; the
  market after 跟隨/跟随/追隨/追随 only tells why.
- **A stock named with its code opens its own figures:** `匯控(00005.hk)跌穿80元,收79元,跌百分之三;恆生銀行(00011.HK)
  今日除淨,收86.5元` — 86.5元 is 恆生銀行's, not the figure before's stock carried on; the name before a code with an
  exchange's suffix (`.HK`, `.SH`, `.SZ`, `.TW`) takes over only from a subject named before the code.
- **A forecaster's word opening a subject is no part of it:** `今年可望出貨7.5萬櫃，年增50%` is 出貨's (the sets'
  labels: 國際金價 for `預計明年中國際金價`, 製造業生產 for `預估今年全年製造業生產將`); 預期 is kept (`預期信用損失`,
  `预期寿命` are names), and so is a forecast of a loss or a value (`预计亏损`, `預估值`).
- **The acronym glossing a per-share earning is no part of it:** `每股稅後純益（EPS）為1.91元`, `每股盈餘(EPS)27.74元`
  are 每股稅後純益's, 每股盈餘's (sealed40, sealed41, sealed42, sealed43: 9 labels drop it, none keeps it; CPI, GDP, M2
  glosses are kept, as the sets keep them).
- **A value told against the market's expectation is the expectation's:** `新增就业人数为1.2万，远低于市场预期的11.3万`
  is 新增就业人数市场预期's, as subject_frames names `略優於預期的4.5%` (失業率預期); a comparison verb before the
  expectation (低于, 高於, 不及) made it the indicator's own figure.
- **The leader of a market's move owns the rate told after it:** `华东地区平均涨幅最大,为6.0%,山东领涨,涨幅7.6%` is
  山东's (as subject_superlatives names `其中华东地区跌幅最大，为2.5%`), not the region's before it.
- **A stock's session word and the volume it traded on are no part of its price:** `早盤股價帶量下跌逾3.5%` is 股價's.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_WEEK_LEAD_RE = re.compile(r"^(?:上月|本月|上個月|上个月|[0-9０-９]{1,2}月)?第[0-9０-９一二三四五六七八九十]{1,3}[周週](?![年期])(?=\S{2})")
_FOLLOW_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8}?)(?:亦|也|则|則|再)?(?:跟隨|跟随|追隨|追随)$")
_CODE_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})\s?[(（]\d{4,6}\.(?:HK|hk|Hk|SH|sh|SZ|sz|TW|tw)[)）]")
_FORECAST_LEAD_RE = re.compile(r"^(?:可望|有望|预计|預計|预估|預估)(?:于|於|在)?(?![值为為达達亏虧将將是会會]|超越|超过|超過|突破|上看|站上)"
                               r"(?=[\u4e00-\u9fffA-Za-z]{2})")
_EPS_GLOSS_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z]{0,8}?每股[\u4e00-\u9fff]{0,6}(?:盈餘|盈余|純益|纯益|淨利|净利|盈利|收益))\s?[(（](?:EPS|eps)[)）]$")
_EXPECTED_RE = re.compile(r"(?:远|遠|略|明显|明顯|大幅)?(?:低于|低於|高于|高於|不及|逊于|遜於|差于|差於|好于|好於)"
                          r"((?:市场|市場|巿場|分析师|分析師|外界)(?:原本|原先|此前|普遍|事前)?(?:预期|預期|预估|預估|估计|估計))的?\s*$")
_SESSION_RE = re.compile(r"^(?:早盤|早盘|午盤|午盘|尾盤|尾盘|開盤|开盘)(?=股價|股价)")
_VOLUME_TAIL_RE = re.compile(r"(?<=股價|股价)(?:帶量|带量)$")
# 山东领涨,涨幅7.6%: the leader's rate (not a respective list: 建筑材料、家用电器领涨，涨幅分别为…)
_LEADER_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:领涨|領漲|领跌|領跌)\s*[，,]\s*(?:涨幅|漲幅|跌幅|升幅|降幅)(?:为|為|达|達|约|約)?\s*$")
_SENTENCE_MARKS = "。！？!?\n"
# 總負債2,123.99億元，半年減17億元: the change over the half is the level's before it (not 半年累计增幅…: a rate of its own)
_HALF_YEAR = frozenset({"半年", "半年内", "半年內"})
_HALF_CHANGE_RE = re.compile(r"半年[内內]?(?:[减減增跌升降]|下降|上升|增加|减少|減少)$")
_FIGURE_KINDS = ("date", "year")


_NEEDS_RE = re.compile(r"[周週]|[跟追][隨随]|\.(?:HK|hk|Hk|SH|sh|SZ|sz|TW|tw)|可望|有望|[预預][计計估]|EPS|eps|[盤盘]|[带帶]量"
                       r"|[预預]期|[估][计計]|[领領][涨漲跌]|半年")


def needs_forms53(text: str, facts: list[Fact]) -> bool:
    return _NEEDS_RE.search(text) is not None


def _sentence_start(text: str, s: int) -> int:
    return max(text.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1


def settle_forms53(text: str, facts: list[Fact]) -> None:
    follows = "跟隨" in text or "跟随" in text or "追隨" in text or "追随" in text
    codes = [m for m in _CODE_RE.finditer(text)] if "." in text else []
    for f in facts:
        s = f.get("subject")
        if not s or f["kind"] in _FIGURE_KINDS:
            continue
        if "周" in s or "週" in s:
            s = _WEEK_LEAD_RE.sub("", s)
        if s[:2] in ("可望", "有望", "预计", "預計", "预估", "預估"):
            s = _FORECAST_LEAD_RE.sub("", s)
        if "EPS" in s or "eps" in s:
            s = _EPS_GLOSS_RE.sub(r"\1", s)
        if "盤" in s or "盘" in s or "帶量" in s or "带量" in s:
            s = _VOLUME_TAIL_RE.sub("", _SESSION_RE.sub("", s))
        a = _sentence_start(text, f["start"])
        if s in _HALF_YEAR:
            s = _half_year_change(text, f, facts) or s
        if follows:
            s = _follower(text, s, a, f["start"]) or s
        if codes:
            s = _coded_stock(text, s, a, f["start"], codes) or s
        if "领" in text or "領" in text:
            s = _leader(text, a, f) or s
        if "预" in text or "預" in text or "估" in text:
            s = _expected(text, s, a, f) or s
        f["subject"] = s


def _half_year_change(text: str, f: Fact, facts: list[Fact]) -> str | None:
    """The level's subject told right before `半年減…` in the same part of the sentence, or None."""
    if _HALF_CHANGE_RE.search(text, max(0, f["start"] - 6), f["start"]) is None:
        return None
    k = facts.index(f)
    for g in reversed(facts[:k]):
        between = text[g["end"]:f["start"]]
        if any(c in between for c in "。！？!?\n；;"):
            return None
        if g["kind"] == f["kind"] and (t := g.get("subject")) and t not in _HALF_YEAR:
            return t
    return None


def _follower(text: str, s: str, a: int, start: int) -> str | None:
    """港股跟隨美股下跌: 港股, when the subject is the market followed, named right after the follow verb."""
    k = text.rfind(s, a, start)
    if k < 0:
        return None
    m = _FOLLOW_RE.search(text, max(a, k - 12), k)
    return m.group(1) if m and m.end() == k else None


def _coded_stock(text: str, s: str, a: int, start: int, codes: list[re.Match[str]]) -> str | None:
    """The stock named with its code last before the figure in its sentence, when the subject was named before it."""
    last = None
    for m in codes:
        if a <= m.start() and m.end() <= start:
            last = m
    if last is None:
        return None
    name = last.group(1)
    if s == name or name in s or s in name:
        return None
    if text.find(s, last.start(), start) >= 0 or text.rfind(s, a, last.start()) < 0:
        return None                            # the subject is named after the code (股價回吐), or not in the sentence
    return name


def _leader(text: str, a: int, f: Fact) -> str | None:
    """华东地区平均涨幅最大，为6.0%，山东领涨，涨幅7.6%: 山东's rate, not the region's before it."""
    m = _LEADER_RE.search(text, max(a, f["start"] - 24), f["start"])
    if m is None or m.end() != f["start"] or f["kind"] not in ("percent", "points"):
        return None
    return m.group(1)


def _expected(text: str, s: str, a: int, f: Fact) -> str | None:
    """远低于市场预期的11.3万: the indicator's expectation (subject_frames' form: the indicator, then the word)."""
    m = _EXPECTED_RE.search(text, max(a, f["start"] - 16), f["start"])
    if m is None or m.end() != f["start"]:
        return None
    word = m.group(1)
    return s if s.endswith(word) else s + word
