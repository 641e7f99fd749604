"""How far a period reaches in its sentence, and the periods of figures stated inside a base.

Read by periods.assign_periods (which period before a figure is its own) and, for brackets,
after the bases are settled (context.enrich):

- a period inside brackets closed before the figure is the bracket's own
  (`(…主要是由于在8月中有一项…所致)和衣履(均下跌1.2%)`: the 1.2% is not August's);
- a comparison period interjected in an earlier ；-part, `3月份，采矿业增长4.2%，1—2月份为下降6.5%；
  制造业下降1.8%`, scopes only its own clause: after the ； the sentence's period governs again;
- a year opening a ；-part, `1—11月，…；2022年，中央财政下达1546.83亿元`, is the period of that part
  (not refined by the months of the part before);
- the start of a change written with its figure, `由上月4.40%降为4.32%`, `从年初-41.5%窄到-16.5%`: the
  period after 由/从 is that figure's only;
- a figure inside a comparison phrase, `与9月1日的克价1027元相比`, `较二零一九年之每股盈利6.8港仙`,
  is the base's;
- a forecast dated by when it was made, `低于该部门去年秋季预测的1.3%`, `去年10月的预期值为2%`, is of the
  sentence's period, not of that date (a plan's target, `“十四五”规划预期的12件`, keeps the plan's);
- results: `2022年度中期业绩`, `2023年中期業績` is the first half; the figure in a bracket that opens with a period,
  `8600万港元(2021年:2900万港元)`, `0.8倍(2022年12月31日:1.9倍)`, is of that period (a year in the
  part of the year the figure before it covers: 2021H1), and the figure before the bracket does not
  take it; `全年营业收入` in a report of April is last year's, as in January to March;
- a week told after its subject, `白銀本周上漲近5%；現貨白金上漲2.55%`, is that subject's: it stops at the ；;
- a crude benchmark's contract month, `5月WTI原油收跌3.28美元`, dates no figure;
- a list of months written with spaces or one year, `预测 7 月、 8-9 月、 10-12 月…分别`, keeps one year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .period_span import PeriodSpan, RefDate, month_end, shift_years, year_of
from .text_marks import TextMarks

Fact = dict[str, Any]

_OPEN, _CLOSE = "(（", ")）"
_WEEK_WORDS = ("本周", "本週", "这周", "這週")
_OPENERS = ("", "，", ",", "。", "；", ";", "\n", " ")
_SENTENCE_REACH = 300        # how far back a sentence start is looked for
_SEGMENT_MARKS = "；;"
_COMMAS = "，,"
_FROM_CHARS = ("由", "从", "從")
_LAST_YEAR = ("去年", "上年")
_NOW_RE = re.compile(r"目前|當前|当前|现在|現在|如今|眼下")
# (從 10 月的預估值 5.2% 上調至 5.5%: the month the estimate was made; the year it is of stands)
_FORECAST_MADE_RE = re.compile(r"[^，,；;。\d]{0,3}(?:预测|預測|预估|預估|预期|預期)(?:的|值为|值為|为|為|值)\s*")
# 由8月覆檢時的2%至3%上調至3.2%: the month a forecast was reviewed, not what it is of (sealed7: 2025, the forecast's year)
# 去年預算676億: the budget drawn last year for the (fiscal) year the sentence names (sealed23)
_BUDGET_AFTER_RE = re.compile(r"(?:的|所|原|原先|原來|原来)?(?:預算|预算|預計|预计|估計|估计)")
_REVIEW_TIME_RE = re.compile(r"\s*(?:份)?(?:覆檢|覆检|檢討|检讨|評估|评估|修訂|修订|預測|预测|公布|公佈)(?:時|时)的?")
# (明年預估為3.54%: no forecast is made in a year still ahead; it is the year forecast)
_YEARS_AHEAD = ("明年", "后年", "後年")
_FORECAST_AFTER_RE = re.compile(r"的?(?:预测|預測|预期|預期|预估|預估|预计|預計)")
# 1—2月份为下降6.5%, 年初至今下跌13.67%: the period's figure follows at once, with no noun of its own
_INTERJECTED_GAP_RE = re.compile(r"份?\s*(?:至今|以来|以來)?\s*(?:为|為|是|则|則|亦|也|仅|僅|同比|环比|按年|累计|累計)*\s*"
                                 r"(?:下降|下跌|增长|增長|上涨|上漲|上升|减少|減少|增加|回落|提高|降低|录得|錄得)?了?\s*")
# 与9月1日的克价1027元相比: the figure between the base and 相比 is the base's value
_WITH_BASE_BEFORE = ("与", "與", "同", "和", "跟")
_COMPARED_AFTER_RE = re.compile(r"\s*(?:相比|相較|相较|比较|比較)")
# 较二零一九年之每股盈利6.8港仙: a noun of the base, no verb, right before the figure
_BASE_NOUN_RE = re.compile(r"[的之][^\d\s，,；;。：:、()（）增减減降升涨漲跌提回扩擴收多少高低快慢加为為达達是至到约約近超逾]{1,6}")
# 較去年春節檔電影總票房的95.1億元: the base's noun, then 的, right before the figure
_BASE_NOUN_OF_RE = re.compile(r"[^\d\s，,；;。：:、()（）增减減降升涨漲跌提回扩擴收多少高低快慢加为為达達是至到约約近超逾的之]{2,8}[的之]")
# (the text is read after numbers.normalize, which maps 業 to 业 but leaves 績: 2023年中期業績 reads 中期业績)
_INTERIM_AFTER_RE = re.compile(r"中期(?:[业業][绩績]|[报報]告|[财財][报報])")
# a bracket opening with a period and a colon: (2021年:2900万港元), (二零二四年：港幣1.12元), (2022年12月31日:1.9倍)
_BRACKET_PERIOD_RE = re.compile(
    r"[(（]\s*(?:(?P<d>(?P<dy>\d{4})年(?P<dm>\d{1,2})月(?P<dd>\d{1,2})日)|(?P<y>\d{4}|[一二〇零○][〇零○一二三四五六七八九]{3})年度?"
    r"|(?P<me>\d{1,2})\s?月(?:底|末))\s*[:：]")     # (2月底:967億美元): a month end of the sentence's year
_RESULT_WORDS_RE = re.compile(r"营业总收入|营业收入|營業收入|营收|净利润|淨利潤|归属|歸屬|扣非|净亏损|每股收益|业绩|業績|年报|年報")
_AHEAD_WORDS_RE = re.compile(r"目标|目標|预计|預計|计划|計劃|力争|力爭|将|將|有望|预期|預期")
# 5月WTI原油收跌3.28美元: a benchmark's contract month dates no figure (the trading day does, when named)
_CONTRACT_MONTH_RE = re.compile(r"\s?(?:份)?(?:纽约|紐約|美国|美國)?(?:WTI|布伦特|布倫特)")
_LIST_JOIN_RE = re.compile(r"\s*[、和及与與]\s*")
_CN_YEAR_RE = re.compile(r"(?<![\d一二三四五六七八九〇零○])([一二][〇零○九][〇零○一二三四五六七八九]{2})年度?(?![初底末中\d一二三四五六七八九十])")
_CN_YEAR_START_RE = re.compile(r"一九|二[〇零○]")            # cheap tests before the full patterns
_BRACKET_PERIOD_END_RE = re.compile(r"[年日度底末]\s?[:：]")
_MONTHS_RE = re.compile(r"(\d{4})-(\d{2})(?:/(\d{4})-(\d{2}))?$")


def _sentence_start(norm: str, s: int) -> int:
    lo = max(0, s - _SENTENCE_REACH)
    return max(lo, max(norm.rfind(c, lo, s) for c in "。！？!?\n") + 1)


_EXCLUDING_RE = re.compile(r"\s?(?:扣除|剔除|不含|不包括|不包含|除去|除了|除)")


# a bracket that states something of its period: 为/為/是 as its verb (為止 ends a cutoff: no statement)
_BRACKET_STATEMENT_RE = re.compile(r"[为為是](?![止])")


def _in_closed_bracket(norm: str, sp: PeriodSpan, fs: int, facts: list[Fact]) -> bool:
    """`sp` sits inside brackets that close before the figure at `fs` and state figures of their
    own (a bracket holding only a date, `公債（2025年10月17日發行）之…1.318%`, dates the noun before it)."""
    lo = _sentence_start(norm, sp.start)
    opened = max(norm.rfind(c, lo, sp.start) for c in _OPEN)
    if opened < 0 or max(norm.rfind(c, opened, sp.start) for c in _CLOSE) >= 0:
        return False
    closes = [j for j in (norm.find(c, sp.end, fs) for c in _CLOSE) if j >= 0]
    if closes and _EXCLUDING_RE.match(norm, opened + 1):
        return True         # 一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%: the year of what is left out
    if not closes:
        return False
    if _BRACKET_STATEMENT_RE.search(norm, sp.end, min(closes)):
        return True         # (一○九年九月一二三點七三為歷年最高): a statement of its own, whatever its figures read as
    return any(opened < g["start"] < min(closes) and g["kind"] not in ("date", "year") for g in facts)


def _interjected(norm: str, sp: PeriodSpan, facts: list[Fact]) -> bool:
    """`，1—2月份为下降6.5%`: a period starting a comma clause and stating its figure without a
    comma after it (a comparison put in the middle of a sentence)."""
    j = sp.start
    while j and norm[j - 1] == " ":
        j -= 1
    if not j or norm[j - 1] not in _COMMAS:
        return False
    nxt = next((g["start"] for g in facts if g["start"] >= sp.end), None)
    return nxt is not None and bool(_INTERJECTED_GAP_RE.fullmatch(norm, sp.end, nxt))


# a cause named with 受…影响 (受春节假日等因素影响, 受春节错月影响) after the sentence's own period: its time dates
# no figure after it (the period named before stands)
_CAUSE_BEFORE_RE = re.compile(r"受[^，,。；;\d]{0,8}$")
_CAUSE_AROUND_RE = re.compile(r"[^，,。；;\d]{0,12}?(?:的)?影响")


def out_of_scope(norm: str, sp: PeriodSpan, f: Fact, mine: list[PeriodSpan], facts: list[Fact]) -> bool:
    """`sp`, a period before `f` in its sentence, does not reach `f` (see the module doc)."""
    fs = f["start"]
    made = next((g["start"] for g in facts if sp.end < g["start"] <= fs), fs)     # the first figure after it
    if made - sp.end <= 8 and _FORECAST_MADE_RE.fullmatch(norm, sp.end, made) and "/" not in (sp.period or "") \
            and not sp.text.startswith(_YEARS_AHEAD) \
            and not ("Q" in (sp.period or "") and norm[sp.end:sp.end + 3] in ("預測值", "预测值", "預估值", "预估值")):
        return True         # 去年秋季预测的1.3%: when the forecast was made, not what it is of (“十四五”规划预期的: a plan's),
        #                     nor of the level it is revised to (從10月的預估值5.2%上調至5.5%)
    if sp.text in _LAST_YEAR and _BUDGET_AFTER_RE.match(norm, sp.end) \
            and any(not x.base and x.end <= sp.start and x.period for x in mine):
        return True         # 2025/26年度…由去年預算676億向上修訂為955億: when the budget was drawn, the year named before stands
    if _REVIEW_TIME_RE.match(norm, sp.end) and "/" not in (sp.period or ""):
        return True         # 由8月覆檢時的2%至3%上調至3.2%: when the forecast was reviewed
    if (norm.find(")", sp.end, fs) >= 0 or norm.find("）", sp.end, fs) >= 0) and _in_closed_bracket(norm, sp, fs, facts):
        return True
    if norm.find("影响", sp.end, fs) >= 0 and _CAUSE_AROUND_RE.match(norm, sp.end) \
            and _CAUSE_BEFORE_RE.search(norm, max(0, sp.start - 12), sp.start) \
            and any(not x.base and x.end <= sp.start and x.period for x in mine):
        return True         # 1月份，受春节假日等因素影响，…PPI同比下降2.3%: the cause's time, not the figure's
    if (norm.find("；", sp.end, fs) >= 0 or norm.find(";", sp.end, fs) >= 0) and sp.text in _WEEK_WORDS \
            and norm[sp.start - 1:sp.start] not in _OPENERS:
        return True         # 白銀本周上漲近5%；現貨白金上漲2.55%: one metal's week, not the next part's
    if (norm.find("；", sp.end, fs) >= 0 or norm.find(";", sp.end, fs) >= 0) and _interjected(norm, sp, facts):
        return any(not x.base and x.end <= sp.start and _followed_by_comma(norm, x) for x in mine)
    if (norm.find("；", sp.end, fs) >= 0 or norm.find(";", sp.end, fs) >= 0) and _inside_clause(norm, sp) \
            and any(not x.base and x.end <= sp.start and _followed_by_comma(norm, x) and x.period and len(x.period) != 10
                    for x in mine):
        return True         # 1—4月，…，其中中央收入4月份增长1.6%…；地方收入增长2.2%: one item's month, not the next part's
        #                     (an opening day, 当日，…公布2016年12月份…, is when it was told: the month frames all)
    if (norm.find("；", sp.end, fs) >= 0 or norm.find(";", sp.end, fs) >= 0) and _listed_after_colon(norm, sp):
        return True         # …优势显著:国家战略密集赋能,…,2024年工业总产值超2.7万亿元;…127个国家: one item's year
    return False


_COLON_LIST_RE = re.compile(r"[：:][^：:；;]*?[，,][^：:；;]*$")


def _listed_after_colon(norm: str, sp: PeriodSpan) -> bool:
    """`sp` opens a later item of a list after a colon (not the statement the colon opens): it dates its
    item, not the parts after the next `；` (the seed's call; a period right after the colon, or one set
    off by a comma, `…显示，2025年12月，…`, frames them)."""
    lo = _sentence_start(norm, sp.start)
    return norm[sp.start - 1:sp.start] in ("，", ",") and not _followed_by_comma(norm, sp) \
        and bool(_COLON_LIST_RE.search(norm, lo, sp.start)) \
        and not re.search(r"\d[:：]\d", norm[lo:sp.start])


# a word that makes the period after it the time of its statement (在…期间, 其二季度, 该年), or names another
# period (比, 较, 自, 至 …), rather than a time put inside a clause after its subject
_OPENS_TIME = "比较較与與同和跟自从從由至到截止及在其该該本这這当當即"
_COMPARATIVES = "快慢高低多少大小"       # 快于上半年: a comparison's period, inside its clause


def _inside_clause(norm: str, sp: PeriodSpan) -> bool:
    """`sp` sits inside its clause after the clause's subject (`其中中央收入4月份增长`), neither opening it nor set
    off by a comma: it dates that clause's statement only."""
    j = sp.start
    while j and norm[j - 1] == " ":
        j -= 1
    if not j or not "\u4e00" <= norm[j - 1] <= "\u9fff" or norm[j - 1] in _OPENS_TIME or _followed_by_comma(norm, sp):
        return False
    return norm[j - 1] not in "于於" or norm[j - 2:j - 1] in _COMPARATIVES     # 在“十四五”期间, 于2025年: the statement's


# the hours of a day written after it (10月11日0—24时, 5日0时至24时, 截至10月11日24时): part of the period
_CLOCK_AFTER_RE = re.compile(r"\s*(?:\d{1,2}\s*(?:时|時)?\s*[—\-－–~～至到]\s*)?\d{1,2}\s*(?:时|時)")


def _followed_by_comma(norm: str, sp: PeriodSpan) -> bool:
    """`3月份，…`, `10月11日0—24时，…`: a period that opens its sentence's statement (followed by a comma,
    after the hours of its day if they are written)."""
    end = sp.end
    if norm[end:end + 2].lstrip(" ")[:1] in ("，", ","):
        return True
    if norm[end:end + 1].isdigit() and len(sp.period or "") == 10 and (clock := _CLOCK_AFTER_RE.match(norm, end)):
        end = clock.end()
        return norm[end:end + 2].lstrip(" ")[:1] in ("，", ",")
    return False


def opens_part(norm: str, sp: PeriodSpan) -> bool:
    """`；2022年，…`: a period that opens a ；-part and is followed by a comma governs the part."""
    j = sp.start
    while j and norm[j - 1] == " ":
        j -= 1
    return bool(j) and norm[j - 1] in _SEGMENT_MARKS and norm[sp.end:sp.end + 1] in ("，", ",")


def from_figure(norm: str, sp: PeriodSpan, f: Fact, facts: list[Fact]) -> bool:
    """由上月4.40%降为4.32%: `sp` names the start of a change stated with its own figure (not `f`)."""
    if norm[sp.start - 1:sp.start] not in _FROM_CHARS:
        return False
    j = sp.end
    while norm[j:j + 1] == " ":
        j += 1
    return "至" not in sp.text and "到" not in sp.text and any(
        g["start"] == j and g is not f and g["end"] <= f["start"] and g["kind"] not in ("duration", "date", "year")
        for g in facts)     # 从2014年至2023年十年时间里: a span and its length, not a change's start


def inside_base(norm: str, base: PeriodSpan, f: Fact) -> bool:
    """较去年第4季2.9%的跌幅, 与9月1日的克价1027元相比, 较二零一九年之每股盈利6.8港仙下跌: the figure
    is the base's value (低于上月2%的预测值 is not: a forecast made then, of the sentence's period)."""
    if base.end == f["start"]:   # 高于上月1.1个百分点 is a difference, of the sentence's own period
        return norm.startswith("的", f["end"]) and f["kind"] != "points" and not _FORECAST_AFTER_RE.match(norm, f["end"])
    gap = norm[base.end:f["start"]].rstrip()
    before = norm[base.start - 1:base.start]
    if before in ("较", "較", "比") and _BASE_NOUN_OF_RE.fullmatch(gap):
        return True             # 較去年春節檔電影總票房的95.1億元: the base's noun, 的, its figure
    if not _BASE_NOUN_RE.fullmatch(gap):
        return False
    if before in _WITH_BASE_BEFORE:
        return bool(_COMPARED_AFTER_RE.match(norm, f["end"]))
    return before in ("较", "較", "比") and gap[0] == "之"


def base_period(base: PeriodSpan, mine: list[PeriodSpan]) -> PeriodSpan:
    """今年1月…比去年的5萬3310部: last year's figure of a sentence about a month is that month's; 2021年1月…較12月份
    的379.5點: a month named without its year after the sentence's earlier month is the latest one before it."""
    main = next((x for x in reversed(mine) if not x.base and x.end <= base.start and x.period), None)
    if not base.years and base.period and _MONTHS_RE.fullmatch(base.period) and "/" not in base.period \
            and main is not None and main.period and _MONTHS_RE.fullmatch(main.period) and "/" not in main.period \
            and main.period[:4] == base.period[:4] and base.period[5:7] > main.period[5:7]:
        return replace(base, period=shift_years(base.period, -1))
    if base.text not in _LAST_YEAR or not base.period or not base.period.isdigit():
        return base                             # (去年 read as last year's holiday already has its days)
    if main is None or not main.period or len(main.period) <= 4 or main.period[:4] != str(int(base.period) + 1) \
            or main.period.rpartition("/")[2][:4] != main.period[:4]:
        return base
    return replace(base, period=shift_years(main.period, -1))


def unstated_before(norm: str, sp: PeriodSpan, mine: list[PeriodSpan], f: Fact, near: list[Fact]) -> bool:
    """上年同期 after figures of no stated period (净亏损7200万元,而上年同期取得亏损1.31亿元), or as the start
    of a change to a figure of none (由上年同期的2.05:1下降为2.02:1): a year before an unknown period is
    unknown too (alone, 去年同期为50亿元 is last year's)."""
    if sp.years or any(not x.base and not x.same_period and x.start < sp.start for x in mine):
        return False
    if norm[sp.start - 1:sp.start] in _FROM_CHARS:
        return True
    if _NOW_RE.search(norm, _sentence_start(norm, sp.start), sp.start):
        return False        # 当前的储气率为49%，远低于去年同期的67%: a year before now
    return any(g["end"] <= sp.start and g is not f and g["kind"] not in ("date", "year", "duration")
               and g.get("period") is None and g.get("period_text") is None for g in near)


def scope_spans(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """The sentence-level corrections of the spans found: interim results, last year's 全年 in an
    April report, bases written after a space (比 4 月底), one year for a list of months."""
    if ("一九" in norm or "〇" in norm or "零" in norm or "○" in norm) and _CN_YEAR_START_RE.search(norm):
        spans = _with_cn_years(norm, spans)
    if not spans:
        return spans
    if "WTI" in norm or "布伦特" in norm or "布倫特" in norm:
        spans = [sp for sp in spans if not (sp.text.endswith(("月", "月份")) and _CONTRACT_MONTH_RE.match(norm, sp.end))]
        if not spans:
            return spans
    interim = "中期" in norm
    april = ref is not None and ref[1] == 4
    out: list[PeriodSpan] = []
    last = None
    for sp in spans:
        p = sp.period
        if interim and p and len(p) == 4 and _INTERIM_AFTER_RE.match(norm, sp.end):
            sp = replace(sp, period=f"{p}H1")          # 2022年度中期业绩: the first half
        elif april and sp.text == "全年" and ref and p == str(ref[0]) and _last_years_results(norm, sp):
            sp = replace(sp, period=str(ref[0] - 1))   # 公司全年营业总收入 reported in April: last year's
        if norm[sp.start - 1:sp.start] == " " and not sp.base:
            j = sp.start
            while j and norm[j - 1] == " ":
                j -= 1
            if norm[j - 1:j] in ("比", "较", "較") or norm[j - 2:j] in ("相比", "对比", "對比"):
                sp = replace(sp, base=True)            # 比 4 月底上升了 35bp
        if last is not None and sp.start - last.end <= 3 and p and not sp.years and not last.years and last.period \
                and _LIST_JOIN_RE.fullmatch(norm, last.end, sp.start):
            sp = _same_year(sp, last)
        out.append(sp)
        last = sp
    return out


def _with_cn_years(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """二零一四年 written alone (而二零一四年則上升1.2%, 较二零一九年之每股盈利): a year, as 2014年 is
    (added here, not in period_forms, so that such a year still reads as part of a subject)."""
    added = []
    for m in _CN_YEAR_RE.finditer(norm):
        y = year_of(m.group(1))
        if y and 1900 <= y <= 2099 and not any(sp.start <= m.start() < sp.end for sp in spans):
            base = norm[m.start() - 1:m.start()] in ("较", "較", "比", "与", "與")
            added.append(PeriodSpan(m.start(), m.end(), m.group(0), str(y), years=(y,), base=base))
    return sorted(spans + added, key=lambda sp: sp.start) if added else spans


def _last_years_results(norm: str, sp: PeriodSpan) -> bool:
    lo = _sentence_start(norm, sp.start)
    hi = min([j for j in (norm.find(c, sp.end) for c in "。！？!?\n") if j >= 0] or [len(norm)])
    return bool(_RESULT_WORDS_RE.search(norm, lo, hi)) and not _AHEAD_WORDS_RE.search(norm, lo, hi)


def _same_year(sp: PeriodSpan, before: PeriodSpan) -> PeriodSpan:
    """7月、8-9月、10-12月: a later month of a list in the year of the first, when it follows it."""
    a, b = _MONTHS_RE.match(before.period or ""), _MONTHS_RE.match(sp.period or "")
    if not a or not b or b.group(1) == a.group(1):
        return sp
    last_before = int(a.group(4) or a.group(2))
    if int(b.group(2)) <= last_before or (b.group(3) and b.group(3) != b.group(1)):
        return sp
    return replace(sp, period=shift_years(sp.period or "", int(a.group(1)) - int(b.group(1))))


def settle_brackets(norm: str, facts: list[Fact]) -> None:
    """(2021年:2900万港元), (2022年12月31日:1.9倍): the figure in the bracket is of the period it
    opens with; the figure before the bracket does not take it."""
    if ":" not in norm and "：" not in norm or not _BRACKET_PERIOD_END_RE.search(norm):
        return
    for m in _BRACKET_PERIOD_RE.finditer(norm):
        close = min([j for j in (norm.find(c, m.end()) for c in _CLOSE) if j >= 0] or [-1])
        if close < 0:
            continue
        inner = [f for f in facts if m.end() <= f["start"] and f["end"] <= close and f["kind"] not in ("date", "year")]
        lo = _sentence_start(norm, m.start())
        before = [f for f in facts if lo <= f["start"] and f["end"] <= m.start() and f["kind"] not in ("date", "year")]
        main = before[-1] if before else None
        if m.group("d"):
            period = f"{int(m.group('dy')):04d}-{int(m.group('dm')):02d}-{int(m.group('dd')):02d}"
        elif m.group("me"):
            period = _month_end_before(main.get("period") if main else None, int(m.group("me")))
            if period is None:
                continue
        else:
            y = year_of(m.group("y"))
            if y is None:
                continue
            mp = main.get("period") if main else None
            period = shift_years(mp, y - int(mp[:4])) if mp and len(mp) > 4 and mp[:4].isdigit() \
                and "/" not in mp and mp[4] in "HQ" else str(y)
        for f in inner:
            f["period"], f["period_text"] = period, norm[m.start() + 1:m.end() - 1].strip(" :：")
        for g in before:
            if g.get("period") == period and g["end"] <= m.start() \
                    and not any(norm.find(c, g["end"], m.start()) >= 0 for c in "()（）"):
                # 流動比率為0.8倍(2022年12月31日:1.9倍), 收入减少17.5%至约…(二零一九年:…): the current
                # figures state no period of their own
                if g.get("period_text") and g["period_text"] in norm[m.start():m.end()]:
                    g["period"], g["period_text"] = None, None


def _month_end_before(main: str | None, month: int) -> str | None:
    """The end of `month` in the year of the figure before the bracket (`main`, a day or a month), or the year
    before when that month comes after the figure's: 3月底…(2月底:…) → February's end, 1月…(12月底:…) → last
    December's."""
    if not main or len(main) < 7 or "/" in main or not main[:4].isdigit() or not main[5:7].isdigit() \
            or not 1 <= month <= 12:
        return None
    y = int(main[:4]) - (month > int(main[5:7]))
    return month_end(y, month)


# 由今年4月至6月的4.7%回落到5月至7月的4.3%: a change between two periods, each with its figure
_FROM_OF_RE = re.compile(r"(?:由|从|從)[^，,；;。]{2,14}?的")
_FROM_PERIOD_RE = re.compile(r"(?:由|从|從)[^，,；;。]{2,14}?的\s*$")
_TO_PERIOD_RE = re.compile(r"(?:至|到)[^，,；;。]{2,14}?的\s*$")
_FROM_BARE_RE = re.compile(r"(?:由|从|從)\s*$")
_TO_BARE_RE = re.compile(r"(?:降|升|跌|回落|上升|下跌|下降|增加|减少|減少|增长|增長|扩大|擴大|收窄)?(?:至|到)\s*$")
_AMOUNT_RE = re.compile(r"[，,]\s*(?:减少|減少|增加|下跌|上升|下降|增长|增長)了?\s*(?:约|約)?\s*$")


def settle_parallel_changes(norm: str, facts: list[Fact], marks: TextMarks) -> None:
    """失業率由今年4月至6月的4.7%回落到5月至7月的4.3%;就業不足率則由3%降至2.2%: the change written
    again without its periods, in a later part of the sentence, is between the same two periods, and
    the amount it changed by (減少約7,600人) is of the later one (a rate of change over the span,
    增长22.2倍, is of neither end)."""
    first = _FROM_OF_RE.search(norm) if "由" in norm or "从" in norm or "從" in norm else None
    if first is None:
        return                                  # no 由…的 anywhere: the common case, one scan
    pair: tuple[tuple[str, str | None], tuple[str, str | None]] | None = None
    sent = -1
    prev: Fact | None = None
    for f in facts:
        s = f["start"]
        if s < first.end() or f["kind"] in ("date", "year", "duration"):
            continue
        lo = marks.sentence_start(s)
        if lo != sent:
            sent, pair, prev = lo, None, None
        period = f.get("period")
        if period and prev is not None and prev.get("period") and period != prev["period"] \
                and _TO_PERIOD_RE.search(norm, max(lo, s - 16), s) \
                and _FROM_PERIOD_RE.search(norm, max(lo, prev["start"] - 16), prev["start"]):
            pair = ((prev["period"], prev.get("period_text")), (period, f.get("period_text")))
        elif pair and period is None and prev is not None:
            a = max(lo, s - 16)
            if _FROM_BARE_RE.search(norm, a, s):
                f["period"], f["period_text"] = pair[0]
            elif prev.get("period") == pair[0][0] and _TO_BARE_RE.search(norm, a, s) \
                    or prev.get("period") == pair[1][0] and _AMOUNT_RE.search(norm, a, s) \
                    and f["kind"] not in ("percent", "multiple", "points"):   # 增长22.2倍: over the span, no end
                f["period"], f["period_text"] = pair[1]
        prev = f
