"""Subject edges a fresh sample (sealed44) showed misread, each as its class; a last pass over the subjects.

- **A stock code in brackets is no part of a name:** `兆豐金（2886）、玉山金（2884）分別以2.37元、2.12元` → 兆豐金, 玉山金;
  a subject cut inside a bracket after the code (`國泰航空(0293)(0293.HK - 新聞 - 公司資料)去年下半年純利` read as
  `資料)純利`) keeps what follows the bracket's close (純利).
- **A period cut out before 的 takes its 的 along:** `集團第3季的博彩收益總額`, `涼山州上半年的地方一般公共預算收入` →
  集團博彩收益總額 (the sets write XY, never X的Y, for X<period>的Y: 3 to 0).
- **A connective opening a subject is no part of it:** 尤其, 即便, 即使, 加上, 其次, 令, 若撇除, 若扣除, 導致/导致, 當年/当年,
  旗下, 因此, 因而 (`尤其彰銀全年獲利`, `即便業務承保利益`, `加上營業費用`, `令經調整EBITDA`, `當年節約物流成本`,
  `因此港元貸存比率`: the sets drop 尤其 3, 加上 5, 令 6, 导致 7, 当年 4, 因此 4 times and keep none). A bare 因 stays:
  it opens names (`因灾直接经济损失`, `因公殉职`) and cause clauses the count rules read.
- **A time word, a move's verb or an adverb with its verb closing a subject is no part of it:** `美國貨櫃廢鋼節前`,
  `澳洲鐵礦砂上周`, `金控元月`, `廢鋼調漲`, `台股日均量放大`,
  `恒生指數曾高見`, `科技指數一度收復`, `美國貨櫃廢鋼同步走揚`, `台中銀EPS同(為)` → the name (the sets drop a closing
  上週/本周 9, 曾 4, 一度 20, 同步 3 times, keep none).
- **What a cause leads to is what changed:** `集團收入下降以及分佔聯營公司利潤減少導致經常性溢利同比減少31.1%`,
  `原材料价格上涨导致净利润下降20%` → 經常性溢利, 净利润 (the sets drop the cause before 导致/導致 7 times, keep it none),
  when the subject was read from the cause, in the figure's clause.
- **A subject ending on the currency a figure is counted in** (`出口以美元计价增长5%`) is what is counted: 出口.
- **A quote verb is no subject:** `領展(00823)績後股價偏軟,新報81.25元,跌1.28%` → 領展股價 (the stock's price named
  before in its sentence, its code and a time word between left out: `收報` already reads so), else the stock named
  with its code (`騰訊(00700)今日高開,最新報381.2元` → 騰訊).
- **A toll is named by how the people died:** `美国有超过111万人死于枪支暴力事件`, `2021年有近4.9万人死于枪击` →
  死于枪支暴力事件, 死于枪击 (as `每年约有5000人死于疟疾` already read: not the place before 有, nor none).
- **A sum's adverb alone is no subject** (`6 家合計賺進1398.85億元`, `6 家合力擊出`: none), **and an earning read
  without its verb is the word** (`實賺11.36億元` read as 實 → 實賺); a rank word closing a count's noun (`四家金控之首`)
  is no part of it.
- **A list an indicator includes is not what it measures:** `6 月份整體大尺寸面板(2) 出貨量包括液晶電視、…面板等超過
  963 萬片` → 整體大尺寸面板出貨量 (read as the list's items, `…面板等`): the phrase before 包括/包含, without its
  period and footnote mark.
- **The level a price was moved to is no longer the old price:** `廢鋼原牌價每公噸8,400元調漲為8,600元` → 8,600元 is
  廢鋼牌價 (原, "the former", names the level left).
- **A crop's growth told after its area is no part of what the area measures:** `4300万亩冬小麦长势好于常年`,
  `8500多万亩小麦长势良好` → 冬小麦, 小麦 (长势/苗情 and what is said of them cut off).
- **A comparand's level is the indicator's:** `较去年度之港币二百一十三亿…元` (read as 之), `是零三年的13億元的三倍多`
  (read as the multiple's words, 三倍多) → the subject of the figure compared, as `较上年的100亿元` already read; a
  multiple is never its own subject.
- **The year range's first year left by a slash list** (`预计2020/2021年供给增速为1.7%/3%` read as `2020/供给`) is no part
  of the subject, and the figure after a slash (`1.7%/3%`, `3%/6.8%`) is the same indicator's as the one before it.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CODE_RE = re.compile(r"\s*[（(]\s*\d{3,6}(?:\s*[-.]\s*(?:TW|HK|SZ|SH|hk|tw))?\s*[)）]")
_CLOSE_FIRST_RE = re.compile(r"^[^（(]{1,30}[)）]\s*(?:[之的及和与與]\s*)?(?=\w{2})")
_OPENER_RE = re.compile(r"^(?:尤其是|尤其|即便是|即便|即使|加上|其次(?:分别|分別)?(?:为|為|是)?|令(?![人牌狐])|若撇除|若扣除|導致|导致|當年|当年"
                        r"|旗下(?=\w{3})|因此|因而)(?=\w{2})")
# a time word closing a subject (…節前, …上周, 金控元月), or a rank word closing a count's noun (四家金控之首)
_TIME_TAIL_RE = re.compile(r"(?<=\w{2})(?:節前|节前|節後|节后|上周|上週|本周|本週|當周|当周|當週|元月|之首|之冠)$")
# a crop's growth told after its area (4300万亩冬小麦长势好于常年)
_GROWTH_RE = re.compile(r"(?<=\w{2})(?:(?:整体|整體|总体|總體)?(?:长势|長勢|苗情|长相|長相))+[\u4e00-\u9fff]{0,4}$")
# a sum's adverb or a verb of joining alone names nothing measured (6 家合計賺進…, 6 家合力擊出…)
_SUM_ALONE = frozenset({"合計", "合计", "共計", "共计", "總計", "总计", "合力"})
# a verb of earning read without its head (實|賺11.36億元): the word is the subject (實賺, 淨賺)
_EARNED = {"實": "實賺", "实": "实赚", "淨": "淨賺", "净": "净赚"}
# a move's verb closing a subject (廢鋼調漲每公噸200元, 台股日均量放大6100億元: the sets drop 調漲/調升/調降 9 times, keep 1)
_MOVE_TAIL_RE = re.compile(r"(?<=\w{2})(?:調漲|调涨|調升|调升|調降|调降|調高|调高|調低|调低|放大)$")
_ADVERB_VERB_TAIL_RE = re.compile(r"(?<=\w{2})(?:(?:(?<![年每])一度|曾經|曾经|(?<![未不])曾)[\u4e00-\u9fff]{0,3}"
                                  r"|同步(?:走揚|走扬|上揚|上扬|上涨|上漲|上升|下跌|下降|增长|增長|增加|减少|減少|回落|回升|提升|焕新|煥新)?)$")
# 同 closing a subject before 為/为 (EPS同為0.28元: both are), not the end of a word (合同, 会同, 相同)
_BOTH_TAIL_RE = re.compile(r"(?<=\w{2})(?<![合共相等不协協胡陪雷如连連会會])同$")
_SLASH_YEAR_RE = re.compile(r"^(?:19|20)?\d{2}\s*[/／]\s*(?=[\u4e00-\u9fff]{2})")
# a period written between a name and 的 (blanked out of the subject, leaving the 的)
_PERIOD_RE = (r"(?:(?:19|20)\d{2}年度?|[今去前明本上]年度?|第?[1-4一二三四]季度?|[首上下]半年|首季|前[1-4一二三四]季度?"
              r"|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?|同期|全年)")


def _period_of(text: str, f: Fact, subj: str) -> str | None:
    """`X的Y` written `X<period>的Y` in the text before the figure: XY, else None."""
    i = subj.find("的")
    if i < 1 or i == len(subj) - 1:
        return None
    x, y = subj[:i], subj[i + 1:]
    if x[-1] in "于於在自从從至到过過了":
        return None                             # (建于1957年的居民楼: a verb's object, no name)
    lo = max(0, f["start"] - 80)
    if re.search(re.escape(x) + _PERIOD_RE + "的" + re.escape(y), text[lo:f["end"] + 40]):
        return x + y
    return None


# the effect after 导致 up to the figure's verb (a change, a copula or a base word)
_EFFECT_RE = re.compile(r"(?:導致|导致|致使)([\u4e00-\u9fffA-Za-z]{2,20}?)(?=同比|環比|环比|按年|按月|較|较|比上|比去|減少|减少|增加"
                        r"|增长|增長|下降|上升|下跌|上涨|上漲|下滑|回落|大跌|大增|為|为|達|达|高達|高达|錄得|录得|约|約|已|可能|将|將)")
_CLAUSE_MARKS = "，,。；;：:！？!?\n"
_BASIS_TAIL_RE = re.compile(r"(?<=\w{2})(?:以|按)(?:美元|美金|新台[幣币]|新臺幣|台[幣币]|人民[币幣]|港[元幣币]|[欧歐]元|日[圓元円幣币])"
                            r"(?:計算|计算|計價|计价|計值|计值|折算)$")


def _effect(text: str, f: Fact, subj: str) -> str | None:
    """The effect named after 导致 right before the figure, when `subj` was read before 导致 (module doc)."""
    lo = max(text.rfind(c, 0, f["start"]) for c in _CLAUSE_MARKS) + 1
    clause = text[lo:f["start"]]
    k = max(clause.rfind("導致"), clause.rfind("导致"), clause.rfind("致使"))
    if k < 0:
        return None
    if clause[k + 2:k + 3] == "的":
        return None                             # (洪灾导致的经济损失: the effect's modifier, a name already)
    m = _EFFECT_RE.match(clause, k)
    if m is None or (m.end() < len(clause) - 8):
        return None
    at = clause.find(subj)
    if at < 0 or at >= k:
        return None
    return m.group(1)


_QUOTE_VERBS = frozenset({"新報", "新报", "最新報", "最新报", "暫報", "暂报", "現報", "现报"})
_STOCK_PRICE_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8}?)\s*[（(]\s*\d{3,6}(?:\s*[-.]\s*[A-Za-z]{2})?\s*[)）]"
                             r"(?:([\u4e00-\u9fff]{0,4}?)(股價|股价))?")
_SENTENCE_ENDS = "。！？!?\n"


def _quoted_stock(text: str, f: Fact) -> str | None:
    """The stock's price (or the stock) named with its code earlier in the sentence of a bare quote (module doc)."""
    lo = max(text.rfind(c, 0, f["start"]) for c in _SENTENCE_ENDS) + 1
    found = None
    for m in _STOCK_PRICE_RE.finditer(text, lo, f["start"]):
        found = m
    if found is None:
        return None
    return found.group(1) + found.group(3) if found.group(3) else found.group(1)


_DIED_OF_RE = re.compile(r"\s*((?:死于|死於|丧生于|喪生於)[\u4e00-\u9fffA-Za-z]{1,12}?)(?=[，,。；;！？!?、的和及與与]|$)")


_COMPARAND_RE = re.compile(r"(?:较|較|比|相比|相較|相较)[^，,。；;、]{0,12}[之的]\s*(?:港币|港幣|人民币|人民幣|新台幣|新台币|美元)?\s*$")
_MULTIPLE_RE = re.compile(r"^[0-9一二三四五六七八九十两兩.]+倍多?$")


def _compared(facts: list[Fact], i: int, text: str) -> str | None:
    """The subject of the nearest figure before facts[i] in its sentence that names an indicator."""
    for g in reversed(facts[:i]):
        if any(c in text[g["end"]:facts[i]["start"]] for c in _SENTENCE_ENDS):
            return None
        subj = g.get("subject")
        if g["kind"] not in ("date", "year", "duration") and subj and len(subj) >= 2 and not _MULTIPLE_RE.match(subj):
            return subj
    return None


_INCLUDES_RE = re.compile(r"(?:包括|包含|涵蓋|涵盖)")
_LEAD_PERIOD_RE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月份?|第?\s*[1-4一二三四]\s*季度?|[上下]半年|全年|今年|去年"
                             r"|[一二三四五六七八九十]{1,2}月份?)?\s*")
_FOOTNOTE_RE = re.compile(r"\s*[（(]\s*\d{1,2}\s*[)）]\s*|\s+")


def _includer(text: str, f: Fact, subj: str) -> str | None:
    """The phrase before 包括 whose list `subj` (ending in 等) was read as the figure's subject (module doc)."""
    lo = max(text.rfind(c, 0, f["start"]) for c in _CLAUSE_MARKS) + 1
    clause = text[lo:f["start"]]
    k = clause.find(subj)
    m = None
    for m in _INCLUDES_RE.finditer(clause, 0, k if k >= 0 else 0):
        pass
    if k < 0 or m is None or len(clause[m.end():k]) > 12 or "在内" in clause[m.end():] or "在內" in clause[m.end():]:
        return None                             # (我国已将包括柑橘在内的主粮…等8大类: 包括…在内 frames a noun)
    name = _FOOTNOTE_RE.sub("", _LEAD_PERIOD_RE.sub("", clause[:m.start()]))
    if name[-1:] in "将將已把还還了在和与與及":
        return None                             # (a verb's or a conjunction's words, no name)
    return name if 2 <= len(name) <= 20 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", name) else None


_FORMER_RE = re.compile(r"原(?=(?:牌價|牌价|價格|价格|售價|售价|定價|定价|價|价)$)")
_MOVED_TO_RE = re.compile(r"^\s*(?:調漲|调涨|調降|调降|上調|上调|下調|下调|調整|调整|調升|调升|調高|调高|調低|调低|漲|涨|降|升)"
                          r"(?:為|为|至|到)\s*$")


def _slash_items(text: str, facts: list[Fact]) -> None:
    prev: Fact | None = None
    for f in facts:
        if f["kind"] in ("date", "year"):
            continue
        if prev is not None and not f.get("subject") and prev.get("subject") and prev["kind"] == f["kind"] \
                and text[prev["end"]:f["start"]].strip() in ("/", "／"):
            f["subject"] = prev["subject"]      # 供给增速为1.7%/3%: 3% is 供给's too
        prev = f


def settle_forms44(text: str, facts: list[Fact]) -> None:
    """Mend the subject edges of the module's doc, in place."""
    # (old, new, end, next, index) of the last subject mended (導致…減少31.1%至14.09億; 實賺…,增14.5%): the figures right
    # after it that carried the old one take the new; `next`: the next figure's too, past a clause mark
    mended: tuple[str, str, int, bool, int] | None = None
    i = -1                                      # the count of figures (dates and years left out) so far
    prev_end: int | None = None                 # where the figure before ends
    for f in facts:
        if f["kind"] in ("date", "year"):
            continue
        i += 1
        prev_end, end_before = f["end"], prev_end
        subj = f.get("subject")
        if subj and (subj in ("之", "的") and _COMPARAND_RE.search(text, max(0, f["start"] - 24), f["start"])
                     or _MULTIPLE_RE.match(subj)) and (named := _compared(facts, facts.index(f), text)):
            f["subject"] = named                # 较去年度之港币…元, 13億元的三倍多: the indicator compared
            continue
        if f["kind"] == "count" and f.get("unit") in ("人", "名") and (m := _DIED_OF_RE.match(text, f["end"])) \
                and not (subj or "").startswith(("死", "丧", "喪")):
            f["subject"] = m.group(1)           # 111万人死于枪支暴力事件: the toll's cause, not the place
            continue
        if subj in _SUM_ALONE:
            f["subject"] = None                 # 6 家合計賺進1398.85億元: a total, of no named thing here
            continue
        if subj in _EARNED and _EARNED[subj] in text[max(0, f["start"] - 30):f["start"]]:
            f["subject"] = _EARNED[subj]        # 實賺11.36億元: 實賺 (the actual earnings), not 實
            continue
        if f["start"] >= 2 and text[f["start"] - 2:f["start"]] in _EARNED.values() \
                and text[f["start"] - 3:f["start"] - 2] in _CLAUSE_MARKS + " " and subj != text[f["start"] - 2:f["start"]]:
            mended = (subj, text[f["start"] - 2:f["start"]], f["end"], True, i)
            f["subject"] = mended[1]            # ,實賺8.36億元: the clause's own word, not one carried
            continue
        if subj in _QUOTE_VERBS and (stock := _quoted_stock(text, f)):
            f["subject"] = subj = stock         # 新報81.25元: the stock's price
        if not subj or len(subj) < 3:
            continue
        if mended and subj == mended[0] and (not any(c in text[mended[2]:f["start"]] for c in _CLAUSE_MARKS)
                                             or mended[3] and mended[4] == i - 1
                                             and not any(c in text[mended[2]:f["start"]] for c in _SENTENCE_ENDS)):
            f["subject"] = mended[1]            # the level reached after the change (the same effect's), or the
            mended = (*mended[:2], f["end"], mended[3], i)   # change right after an earning (實賺…,增14.5%)
            continue
        new = subj
        if "(" in new or "（" in new or ")" in new or "）" in new:
            new = _CODE_RE.sub("", new)
            new = _CLOSE_FIRST_RE.sub("", new)       # (a close with no open before it: the bracket's tail)
        new = _SLASH_YEAR_RE.sub("", new)
        new = _OPENER_RE.sub("", new)
        new = _TIME_TAIL_RE.sub("", new)
        new = _ADVERB_VERB_TAIL_RE.sub("", new)
        new = _MOVE_TAIL_RE.sub("", new)
        if f["kind"] == "quantity":
            new = _GROWTH_RE.sub("", new)       # 4300万亩冬小麦长势好于常年: 冬小麦
        if new.endswith("同") and any(new[-3:] + c in text for c in "為为比"):     # (同為: both are; 同|比)
            new = _BOTH_TAIL_RE.sub("", new)
        new = _BASIS_TAIL_RE.sub("", new)
        if "原" in new and end_before is not None and _MOVED_TO_RE.match(text[end_before:f["start"]]):
            new = _FORMER_RE.sub("", new)       # 原牌價…8,400元調漲為8,600元: the price now
        if ("导致" in text or "導致" in text or "致使" in text) and (effect := _effect(text, f, new)):
            mended = (subj, effect, f["end"], False, i)
            new = effect
        if new.endswith("等") and (name := _includer(text, f, new)):
            new = name                          # 出貨量包括液晶電視、…等超過963萬片: 出貨量's
        if "的" in new and (joined := _period_of(text, f, new)):
            new = joined
        if new != subj and len(new) >= 2:
            f["subject"] = new
            if mended is None or mended[4] != i:
                mended = (subj, new, f["end"], True, i)     # (the next figure carrying it: 963萬片, 較5月份增加2.1%)
    if "/" in text or "／" in text:
        _slash_items(text, facts)
