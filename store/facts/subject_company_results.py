"""A company's results told with time words between its name and the indicator (subj54).

`聯電累計今年前8月合併營收為1529.73億元`, `中電控股去年股東應佔盈利117.42億元`, `長榮海運前7月累計合併營收`,
`富邦金全年合併稅後淨利`, `子公司台新銀行11月單月稅後純益19億`: the company that opens the clause owns the
result, whatever time words stand between (a month, a quarter, 去年, 全年, 單月, 累計): the subject is the company
and its indicator (`聯電合併營收`), the time words no part of it (they give the period).

Measured over every tuning set (tests/gold/README.md, "Label conflicts…"): a company named, then only time words, then
its results indicator is labelled composed 53 times to 9 bare (sealed39–sealed43 always; sealed9's 中銀香港 and 恒生銀行
and sealed36's 聯發科 bare) — 85 %, the one register where one shape holds 80 %; the extractor already composed it
where the time words were a blanked date (`長榮海運7月合併營收` → `長榮海運合併營收`), but left the name out after
累計, 去年 or a span of months, and kept 全年, 單月 or 累計 inside.

Only a results indicator (revenue, profit, earnings per share) after a name that opens its clause: a place before a
statistic (`台灣10月工業生產指數`, `英国9月消费者价格指数`) is another register, where the sets split (bare 55 :
composed 24) and nothing is changed; a generic owner (公司, 本集團, 上市公司, 全體) is no name, and a name the
clause does not open with (`鸿海公布元月自结合并营收`: a verb between) is left to the rules as it is.
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import all_simplified, untrailed
from .words import segment, tag_of

Fact = dict[str, Any]

# the time words between a company and its result (simplified; dates and spans are blanked \x00 here)
_TIME = (r"(?:[\x00\s]|去年|今年|明年|全年|上半年|下半年|单月|单季|当月|当季|本季|首季|累计|累积|今年以来|同期|期内|年度|"
         r"前[一二三四五六七八九十\d]{1,2}(?:个|個)?月|前[一二三四]季)")
# a results indicator (what a company reports), simplified, ending the subject
_RESULT_END = re.compile(r"(?:营收|营业收入|营业额|营运收入|净利润|净利|纯益|纯利|获利|盈利|溢利|盈余|亏损|EPS|毛利率|毛利|"
                         r"营业利益|营益率|每股盈余|每股盈利|每股纯益|每股收益)$")
# the name: two to ten characters of a word, a stock code in brackets after it kept
_NAME = r"[^\W\d_]{2,10}?(?:[（(]\d{4,6}(?:[.-]\w{2})?[）)])?"
# a word that leads into the clause's owner and is no part of it (子公司台新銀行, 旗下富邦人壽)
_LEAD = r"(?:子公司|旗下|其中|另外|此外|而|至于|但|不过|另|同时)?"
_OWNED = re.compile(rf"{_LEAD}(?P<name>{_NAME})(?P<time>{_TIME}+)")
_GENERIC = re.compile(r"^(?:本|该|其|全体|所有|上市|上柜|上市柜|各|多|两|三|四|五|主要|国内|这|那|子|母)?(?:公司|集团|企业|银行|"
                      r"本行|该行|金控|寿险|产险|保险|业者|厂商|业|同业|个股|子公司)$|^(?:全|本|我|各|该|其|这|此)")
_PLACE = re.compile(r"^(?:台湾|香港|澳门|中国|大陆|内地|美国|日本|韩国|欧洲|全球|全台|本港|全港|两岸|亚洲|欧盟)$|[省市县区国州]$")
_NOT_NAME = re.compile(r"^(?:上述|截至|截止|上年|同期|经|据|根据|上市柜|上柜|且|并|也|还|又|再|使|令|让|把|将|被|对|向|在|从|由|按|较|比|"
                       r"已|均|都|仅|只|共|亦|则|约|近|逾|达|超|占|为|是)|"
                       r"预计|预期|预估|预测|估计|首度|首次|合计|合共|共计|总计|相较|相比")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n：:]")
_TIME_WORD = re.compile(_TIME + "+")
# time words the sets keep when written right before the indicator (兆豐銀行單月稅後純益, 遠傳全年營收)
_KEPT_BEFORE = re.compile(r"(?:单月|单季|全年)$")
# the clause: a lead word, the name, time words, a light verb, the indicator (blanked spans are no part of it)
_CLAUSE = re.compile(rf"{_LEAD}(?P<name>{_NAME})(?P<time>{_TIME}+)(?:实现|录得|完成|取得)?(?P<ind>[^\x00\s]{{2,16}})")


def company_result_subjects(text: str, facts: list[Fact]) -> None:
    """A results figure whose clause opens with a company's name and time words is the company's (module doc);
    the figures after it in the sentence that carried its bare indicator are the company's too."""
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year", "duration", "rank") or not _RESULT_END.search(all_simplified(subj)):
            continue
        new = _owned(text, facts, _clause_start(text, f["start"]), f["start"], subj)
        if new is None or new == subj:
            continue
        f["subject"] = new
        for g in facts[i + 1:]:
            if "。" in text[f["end"]:g["start"]] or "\n" in text[f["end"]:g["start"]]:
                break
            if g["kind"] in ("date", "year"):
                continue
            if g.get("subject") != subj or text.find(subj, _clause_start(text, g["start"]), g["start"]) >= 0:
                break                               # another indicator, or the same one named again: the carry ends
            g["subject"] = new                      # …合併營收為1529.73億元,年增3%: the rate carried the indicator


def _clause_start(text: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(text, max(0, at - 80), at)), default=max(0, at - 80))


def _owned(text: str, facts: list[Fact], lo: int, hi: int, subj: str) -> str | None:
    """`subj` with the company that opens the clause text[lo:hi] before it, when the clause is only the company,
    time words (no 累計: the sets split on those) and the indicator (with what stands between an indicator and its
    figure), the clause is in traditional script (the register measured) and `subj` was read from it without the
    company."""
    if all_simplified(text[lo:hi]) == text[lo:hi]:
        return None                              # simplified results: the sets label them bare (中船股份上半年实现营业收入)
    chars = list(text[lo:hi])
    for g in facts:                              # dates and spans of months before the figure: time words too
        if g["kind"] in ("date", "year", "duration") and lo <= g["start"] and g["end"] <= hi:
            for k in range(g["start"], g["end"]):
                chars[k - lo] = "\x00"
    simp = all_simplified("".join(chars))
    r = untrailed(simp).rstrip()
    m = _CLAUSE.fullmatch(r)
    if m is None or not _is_name(m.group("name")) or not _RESULT_END.search(m.group("ind")) \
            or re.search("累计|累积", m.group("time")):
        return None
    name, ind = m.group("name"), m.group("ind")
    told = all_simplified(subj)
    if told.startswith(name) and told.endswith(ind) and " " not in subj:
        inner = told[len(name):len(told) - len(ind)]
        if not inner or not _TIME_WORD.fullmatch(inner):
            return None                          # the company's result as read (or with other words between)
        kept = _KEPT_BEFORE.search(inner)        # 中電控股今年上半年股東應佔溢利: the period words out, 單月 and 全年 kept
        k = len(told) - len(ind) - (len(kept.group()) if kept else 0)
        return subj[:len(name)] + subj[k:]
    told = told.replace(" ", "")
    tail = r[m.end("name"):].replace("\x00", "").replace(" ", "")
    if not told.endswith(ind) or not tail.endswith(told):
        return None                              # the subject was not read from this clause (carried, or cut elsewhere)
    a, b = m.span("name")
    return text[lo + a:lo + b] + subj


def _is_name(name: str) -> bool:
    """A company's name: nouns only (no verb, adverb or preposition: 公司预计, 且首度, 截至), no time word, no
    generic owner or place."""
    bare = re.sub(r"[（(].*", "", name)
    return not (_GENERIC.search(bare) or _PLACE.search(bare) or _TIME_WORD.search(bare) or _NOT_NAME.search(bare)) \
        and not any(len(w) > 1 and tag_of(w) and w not in _NAME_VERBS for w in segment(bare))


# words jieba tags as verbs that name companies (中電控股, 華潤置地, 中國建設…)
_NAME_VERBS = frozenset({"控股", "投资", "发展", "建设", "置地", "实业", "电讯", "航运", "保险", "证券"})
