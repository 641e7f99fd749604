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
- **A conjunction or a verb of what a figure shows opening its subject is no part of it:** `且綜合判斷分數`,
  `对应全年派息率`, `反映貴賓廳收入的貴賓百家樂毛收入`, `反映淨利息收入` are 綜合判斷分數, 全年派息率, 貴賓百家樂毛收入,
  淨利息收入 (sealed4, 6, 8, 9, 12, 13, 15, 17, 18, 33, 35, 38 label them so: some 35 figures); 且末 is a county.
- **A sum carries no per-share name:** `單月稅後純益41.58億元,…,每股稅後純益（EPS）0.28元,…但也僅次於2024年1月的
  41.89億元` — the last sum is the profit's told before (a sum of millions is never a per-share figure); the total
  of a per-share payout (`每股派现金红利0.15元,共计157,379,004元`) is the payout's, without 每股: 现金红利.
- **應佔 opening a profit's name is the attributable line:** `首三季,應佔溢利22.05億元` is 應佔溢利's (the subject rules
  read 應 as a modal and left 佔溢利).
- **Half a year's change after its level is the level's:** `總負債2,123.99億元，半年減17億元` is 總負債's, told in the same
  part of the sentence (`半年累计增幅…` is a rate of its own: left).
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
# the gloss written with a space before it (`每股稅後純益 (EPS)1.51 元`) left EPS or a part of the name: the name before it
_EPS_BEFORE_RE = re.compile(r"(每股[\u4e00-\u9fff]{0,6}(?:盈餘|盈余|純益|纯益|淨利|净利|盈利|收益))\s?[(（](?:EPS|eps)[)）]\s*(?:為|为)?\s*$")
_EXPECTED_RE = re.compile(r"(?:远|遠|略|明显|明顯|大幅)?(?:低于|低於|高于|高於|不及|逊于|遜於|差于|差於|好于|好於)"
                          r"((?:市场|市場|巿場|分析师|分析師|外界)(?:原本|原先|此前|普遍|事前)?(?:预期|預期|预估|預估|估计|估計))的?\s*$")
_SESSION_RE = re.compile(r"^(?:早盤|早盘|午盤|午盘|尾盤|尾盘|開盤|开盘)(?=股價|股价)")
_VOLUME_TAIL_RE = re.compile(r"(?<=股價|股价)(?:帶量|带量)$")
# 山东领涨,涨幅7.6%: the leader's rate (not a respective list: 建筑材料、家用电器领涨，涨幅分别为…)
_LEADER_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:领涨|領漲|领跌|領跌)\s*[，,]\s*(?:涨幅|漲幅|跌幅|升幅|降幅)(?:为|為|达|達|约|約)?\s*$")
_SENTENCE_MARKS = "。！？!?\n"
# a conjunction or a verb of what the figure shows opening a subject (且綜合判斷分數, 对应全年派息率, 反映貴賓廳收入的貴賓
# 百家樂毛收入, 反映淨利息收入): the indicator after it (且末 is a county)
# (反映需求不足的企業占比: who reported it, a survey's class — kept, as sealed9 and sealed10 label it)
_OPENER_RE = re.compile(r"^(?:且(?!末)|并且|並且|而且|对应|對應|反映(?:[^的，,。；;]{1,16}的)?)(?=[\u4e00-\u9fffA-Za-z]{2})"
                        r"(?![我他她你][们們])")   # (反映我们党一百多年: a work's theme, no indicator to keep)
_REPORTERS_RE = re.compile(r"^反映[^，,。；;]*的(?:企|受[访訪]|商[户戶]|居民|消[费費]者|家庭|人|[农農]民|村民|市民|[员員]工|群众|群眾)")
# 首三季,應佔溢利22.05億元: 應佔 (attributable) is the line's name, not a modal before a share
_ATTRIBUTABLE_RE = re.compile(r"^[佔占](?:溢利|盈利|純利|纯利|利潤|利润|淨利|净利|虧損|亏损|損益|损益|收益|全面收益)")
# 總負債2,123.99億元，半年減17億元: the change over the half is the level's before it (not 半年累计增幅…: a rate of its own)
_HALF_YEAR = frozenset({"半年", "半年内", "半年內"})
_HALF_CHANGE_RE = re.compile(r"半年[内內]?(?:[减減增跌升降]|下降|上升|增加|减少|減少)$")
_FIGURE_KINDS = ("date", "year")


_NEEDS_RE = re.compile(r"[周週]|[跟追][隨随]|\.(?:HK|hk|Hk|SH|sh|SZ|sz|TW|tw)|可望|有望|[预預][计計估]|EPS|eps|[盤盘]|[带帶]量"
                       r"|[预預]期|[估][计計]|[领領][涨漲跌]|半年|[應应][佔占]|且|[对對][应應]|反映|每股")


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
        if "每股" not in s and (m := _EPS_BEFORE_RE.search(text, max(0, f["start"] - 24), f["start"])) is not None \
                and m.end() == f["start"]:
            s = m.group(1)
        if "盤" in s or "盘" in s or "帶量" in s or "带量" in s:
            s = _VOLUME_TAIL_RE.sub("", _SESSION_RE.sub("", s))
        a = _sentence_start(text, f["start"])
        if s[:1] in ("且", "并", "並", "而", "对", "對", "反") and not _REPORTERS_RE.match(s):
            s = _OPENER_RE.sub("", s)
        if s[:1] in ("佔", "占") and _ATTRIBUTABLE_RE.match(s):
            s = _attributable(text, s, a, f["start"]) or s
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
        if "每股" in s and f["kind"] == "money":
            s = _sum_not_per_share(text, s, a, f, facts) or s
        f["subject"] = s


def _attributable(text: str, s: str, a: int, start: int) -> str | None:
    k = text.rfind(s, a, start)
    return text[k - 1] + s if k > a and text[k - 1] in ("應", "应") else None


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


_TOTAL_BEFORE_RE = re.compile(r"(?:共计|共計|合计|合計|总计|總計|合共|共)\s*$")
_PER_SHARE_HEAD_RE = re.compile(r"^.*?每股(?:派发|派發|派)?")


def _sum_not_per_share(text: str, s: str, a: int, f: Fact, facts: list[Fact]) -> str | None:
    """單月稅後純益41.58億元,…每股稅後純益0.28元,…但也僅次於2024年1月的41.89億元: a sum of millions carried a
    per-share name from the figure before; it is the sum's told before that (the nearest sum in the sentence)."""
    v = f.get("value")
    if not isinstance(v, (int, float)) or isinstance(v, bool) or abs(v) < 1_000_000:
        return None
    if _TOTAL_BEFORE_RE.search(text, max(a, f["start"] - 6), f["start"]):
        rest = _PER_SHARE_HEAD_RE.sub("", s)    # 每股派现金红利0.15元,共计157,379,004元: the dividends' total, 现金红利
        return rest if len(rest) >= 2 and rest != s else None
    clause = max(a, *(text.rfind(c, a, f["start"]) + 1 for c in "，,；;"))
    if text.find(s, clause, f["start"]) >= 0:
        return None                            # named in the figure's own clause: its own name
    k = facts.index(f)
    for g in reversed(facts[:k]):
        if g["end"] <= a:
            return None
        w = g.get("value")
        if g["kind"] == "money" and isinstance(w, (int, float)) and not isinstance(w, bool) and abs(w) >= 1_000_000 \
                and (t := g.get("subject")) and "每股" not in t:
            return t
    return None


def _expected(text: str, s: str, a: int, f: Fact) -> str | None:
    """远低于市场预期的11.3万: the indicator's expectation (subject_frames' form: the indicator, then the word)."""
    m = _EXPECTED_RE.search(text, max(a, f["start"] - 16), f["start"])
    if m is None or m.end() != f["start"]:
        return None
    word = m.group(1)
    return s if s.endswith(word) else s + word
