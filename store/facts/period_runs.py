"""Runs that end at the sentence's period: `连续15个月保持增长`, `连续4个月保持收窄`,
`连续8年保持在1.3万亿斤以上`, `连续两年均增产1亿吨以上`, `此前連續八個月下降`.

A run of months or years is counted back from the period its sentence (or the sentence
before) is about: `今年前5个月…连续15个月保持增长` (May 2026) is 2025-03/2026-05,
`2月份…连续4个月保持收窄` is 2024-11/2025-02, `去年…連續三年成長` (2022) is 2020/2022.  The
run's duration takes that window, and so does a figure held over it in the same clause
(`连续3个月保持在6%以上`: the 6 %).  `此前连续N个月` ended just before the sentence's
period (1-2月份…結束了此前連續八個月下降: 2023-05/2023-12), and so did a run the report says has ended
(`1月份…结束连续6个月下降走势`: 2022-07/2022-12, sealed15's call).

A run of months under a year already past, a half or quarters, and a run of quarters,
end where store/facts/period_run_ends.py says (the year's December, the last whole quarter).

No window (an analyst prefers no period to a wrong one) when:
- the run is of days or trading days (a calendar of trading days would be needed), or of weeks not ending at a stated week
  (`3月第2周…连续7周回落` ends with that week: store/facts/period_month_weeks.py);
- the run starts from a stated time (`自去年6月份连续15个月下降后`, `从2017年起，连续五年`,
  `2022年起，…连续三年`, `此后连续11年`): it does not end at the sentence's period (one from a start told
  with 从/自 covers the months or years from it: store/facts/period_run_starts.py);
- the run ended before something the text does not call a turn (`连续四年参加…后，他们的年销售额…`).

A run that ended before a turn (`在连续5个月运行在50%以下后，3月份…上升`, `连续23个月运行在50%以下后，4月份重回扩张`,
`在连续2个月运行在50%以下后重回扩张区间`) ended just before the period the turn is told of, as 此前连续 (sealed19,
sealed21 and sealed23 label those months, the level held over them too).
- the period is not of the run's grain: a run of years needs a year (or January up to a
  month of it, `1—11月`), a run of months a month or a range of months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from .period_month_weeks import weeks_window
from .period_run_ends import months_run_window
from .period_span import PeriodSpan, small_int

Fact = dict[str, Any]

_NUM = r"[\d一二三四五六七八九十两]+"
# the change a run counts, written before its length: 连续增长12个月, 連續下跌三週
_RUN_VERBS = ("增长|增長|下降|回落|上涨|上漲|下跌|增加|减少|減少|上升|回升|攀升|扩张|擴張|收缩|收縮|"
              "正增长|正增長|负增长|負增長|净流入|淨流入|净流出|淨流出")
# the run written right before a duration: 连续15个月, 已连续, 连续出现三个月, 此前連續八個月
# (連跌19個月, 連升3年, 连涨5年: 连 with the verb's first character, the press's short run; 連20月正成長:
# 连 alone before the digits, Taiwan's shortest)
# (结束连续6个月下降走势 in a month's report: the run ended, so it ends just before the month, as 此前连续)
_RUN_WORD_RE = re.compile(r"(此前|之前|此前已|之前已|(?:结束|結束|终结|終結)了?(?:此前|之前)?)?(?:已经|已)?(?:(?:连续|連續)(?:出现|出現|_VERBS_)?|(?:连|連)[升跌涨漲降增]|(?<![大])(?:连|連))\s*$"
                          .replace("_VERBS_", _RUN_VERBS))
# a run written before another figure of its clause: 连续3个月保持在6%以上, 连续两年均增产1亿吨以上
_RUN_BEFORE_RE = re.compile(rf"(此前|之前)?(?:已经|已)?(?:连续|連續)(?:出现|出現)?({_NUM})(?:个|個)?"
                            r"(月|年|季度|季|周|週|天|日|个交易日|個交易日|交易日)"
                            r"[^，。；,;\d]{0,10}$")
# an average over the run, in the clause right after it: 连续增长12个月,月均增速3.1%
_RUN_AVERAGE_RE = re.compile(rf"(此前|之前)?(?:已经|已)?(?:连续|連續)(?:{_RUN_VERBS})?({_NUM})(?:个|個)?(月|年)"
                             r"[^，。；,;\d]{0,6}[，,]\s*(?:月均|年均|平均每月|平均每年|月平均|年平均)[^，。；,;\d]{0,8}$")
# an average over the years before a period's end: 预计到2025年末…五年年均增长达到6%以上
_AVERAGE_WORDS = ("年均", "年平均", "平均每年")
_YEARS_AVERAGE_BEFORE_RE = re.compile(r"(?<![近过過去来來\d])([二三四五六七八九十两]|[2-9]|1\d)年(?:年均|年平均|平均每年)[^，。；,;\d]{0,10}$")
_PAST_BEFORE_RE = re.compile(r"(?:近|过去|過去|最近)$")
# the run's start stated (自去年6月份连续15个月, 从2017年起，连续五年, 2022年起，…连续三年, 此后连续11年)
# or the run ended before a turn (…下降后首次实现增长, 连续23个月运行在50%以下后，4月份重回扩张)
_SINCE_BEFORE_RE = re.compile(r"(?:(?:自|从|從)[^，。；,;]{1,12}|(?:起|开始)[，,]?[^。；;]{0,16}|(?:此后|之后|其后|此後|之後)[，,]?)$")
_ENDED_AFTER_RE = re.compile(r"[^，。；,;]{0,12}?(?:后|後|之后|之後|以后)(?:[，,]|首次|首度|再次|又|重新|重回|转|轉|开始|出现)")
# what follows a run's 后 when it ended before a turn at the sentence's period: the turn itself (首次实现增长,
# 重回扩张区间), or the month it is told of (…后，3月份，…上升1.7个百分点)
_TURN_AFTER_RE = re.compile(r"[^，。；,;]{0,12}?(?:后|後|之后|之後|以后)[，,]?\s*(?:首次|首度|再次|重新|重回|转|轉|回升|"
                            r"(?:今年|本年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?)")
_MONTH_UNITS = ("个月", "個月", "月")
_YEAR_UNITS = ("年",)
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})$")
_MONTHS_RE = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
_YEAR_RE = re.compile(r"(\d{4})$")
_YEAR_END_RE = re.compile(r"(\d{4})-12-31$")              # 到2025年末: the year it closes
_YEAR_TO_MONTH_RE = re.compile(r"(\d{4})-01/\1-\d{2}$")     # 1—11月: the year so far
# 近三年来的首次大幅下滑, 近五年同期最大增量: a record's horizon, no period of the figures
# (最 of any record: 最優秀表現, 最佳; the level ranked: 高點, 低位; a record ranked below the top, 近15年次大增幅,
# 近10年的第四高, and a horizon listed with another, 近15年及近4年最大增速)
_RECORD_AFTER_RE = re.compile(r"(?:(?:及|和|与|與|、)近[\d一二三四五六七八九十]{1,2}年)?(?:来|來)?(?:的)?(?:同期)?"
                              r"(?:首次|首度|首见|首見|最|新高|新低|高点|低点|高點|低點|高位|低位"
                              r"|(?:次|第[二三四五六七八九十\d]{1,2})(?:高|低|大|多|少|佳|好))")
# 今年以来单月最高, 今年以來最高單日, 今年以来首月, 今年首次: a record counted since a start (the months it ranks
# among), right after the start with no clause between
_HORIZON_RECORD_RE = re.compile(r"(?:的)?(?:单月|單月|单日|單日|同期|月度)?(?:首次|首度|首月|最|新高|新低)")
_YEAR_FRAMES = ("今年", "本年")
# a day or month a record is counted after (是8月6日後最低, 為3月之後新高: Hong Kong's HIBOR and market reports), as
# 8月6日以來最低 is
_AFTER_RECORD_RE = re.compile(r"\s?(?:之后|之後|以后|以後|后|後)" + _HORIZON_RECORD_RE.pattern)


@dataclass(slots=True)
class Run:
    n: int
    unit: str            # "m" (months) | "y" (years) | "" (a run of another grain: no window)
    before: bool         # 此前连续…: ended just before the sentence's period


_WEEK_UNITS = ("周", "週", "个星期", "個星期")


_QUARTER_UNITS = ("个季度", "個季度", "季度", "季")


def _grain(unit: str) -> str:
    return "m" if unit in _MONTH_UNITS else "y" if unit in _YEAR_UNITS else "w" if unit in _WEEK_UNITS \
        else "q" if unit in _QUARTER_UNITS else ""


def run_of_duration(norm: str, f: Fact, sent_start: int) -> Run | None:
    """The run a duration counts (连续15个月, 五年年均增长), or None when it counts none."""
    m = _RUN_WORD_RE.search(norm, max(sent_start, f["start"] - 8), f["start"])
    if m is None and f.get("unit") == "年" and norm.startswith(_AVERAGE_WORDS, f["end"]) \
            and not f["surface"].startswith(("近", "过去", "過去", "最近")) \
            and isinstance(f.get("value"), int) and not _PAST_BEFORE_RE.search(norm, max(sent_start, f["start"] - 3), f["start"]):
        return Run(f["value"], "y", False)      # 预计到2025年末…五年年均增长: the five years to 2025
    if m is None or not isinstance(f.get("value"), (int, float)):
        return None
    if _SINCE_BEFORE_RE.search(norm, max(sent_start, m.start() - 30), m.start()):
        return Run(0, "", False)                # the run's own start
    if _ENDED_AFTER_RE.match(norm, f["end"]):   # ended before a turn: just before the turn's period
        turned = bool(_TURN_AFTER_RE.match(norm, f["end"]))
        return Run(int(f["value"]), _grain(f.get("unit") or ""), True) if turned else Run(0, "", False)
    return Run(int(f["value"]), _grain(f.get("unit") or ""), bool(m.group(1)))


def run_before(norm: str, f: Fact, sent_start: int) -> Run | None:
    """A run written before figure `f` in its clause (连续3个月保持在6%以上 → the run of 3 months), or
    an average over the run in the clause after it (连续增长12个月,月均增速3.1%)."""
    m = _RUN_BEFORE_RE.search(norm, max(sent_start, f["start"] - 20), f["start"]) \
        or _RUN_AVERAGE_RE.search(norm, max(sent_start, f["start"] - 30), f["start"])
    if m is None:
        a = _YEARS_AVERAGE_BEFORE_RE.search(norm, max(sent_start, f["start"] - 20), f["start"])
        n = small_int(a.group(1)) if a else None
        return Run(n, "y", False) if n else None    # 五年年均增长达到6%以上: the average of the five years
    n = small_int(m.group(2))
    if not n or _SINCE_BEFORE_RE.search(norm, max(sent_start, m.start() - 30), m.start()):
        return Run(0, "", False)
    if _ENDED_AFTER_RE.match(norm, f["end"]):   # 连续5个月运行在50%以下后，3月份: the months before
        return Run(n, _grain(m.group(3)), True) if _TURN_AFTER_RE.match(norm, f["end"]) else Run(0, "", False)
    return Run(n, _grain(m.group(3)), bool(m.group(1)))


_YEAR_CLOSING_MONTH = 11      # from November a year's run is told of the year about to close


def run_window(run: Run, period: str | None, ref: tuple[int, int | None, int | None] | None = None) -> str | None:
    """The window of `run` ending at `period` (or just before it), or None; `ref` the article's date.
    A run of years in a sentence of no period told from November (`这也是粮食总产量连续8年保持在1.3万亿斤以上`
    in December 2022: 2015/2022, sealed3's call) ends with the article's own year; earlier in the year it is
    unsure (a work report's `五年年均增长5.2%` in March: fresh none, sealed13 the years just closed) and has none."""
    if not period and run.unit == "y" and not run.before and ref and ref[1] and ref[1] >= _YEAR_CLOSING_MONTH:
        period = str(ref[0])
    if not period or run.n < 1 or not run.unit:
        return None
    if run.unit in ("m", "q"):          # a year past, a half, quarters; runs of quarters (period_run_ends)
        window = months_run_window(run, period, ref)
        if window is not None or run.unit == "q":
            return window
    if run.unit == "w":                         # 3月第2周…连续7周回落: the weeks ending with that week
        return weeks_window(run.n, period) if not run.before and "/" in period else None
    if run.unit == "y":
        if run.n > 40:
            return None
        m = _YEAR_RE.match(period) or _YEAR_TO_MONTH_RE.match(period) or _YEAR_END_RE.match(period)
        if m is None:
            return None
        last = int(m.group(1)) - run.before
        return f"{last - run.n + 1}/{last}" if run.n > 1 else str(last)
    if run.n > 60 or run.unit != "m":
        return None
    m = _MONTH_RE.match(period)
    if m is not None:
        first = last = int(m.group(1)) * 12 + int(m.group(2)) - 1
    elif (m := _MONTHS_RE.match(period)) is not None:
        first, last = int(m.group(1)) * 12 + int(m.group(2)) - 1, int(m.group(3)) * 12 + int(m.group(4)) - 1
    else:
        return None
    if run.before:
        last = first - 1
    start = last - run.n + 1
    if run.n == 1:
        return f"{last // 12}-{last % 12 + 1:02d}"
    return f"{start // 12}-{start % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"


def record_horizon(norm: str, text: str, end: int) -> bool:
    """近三年来的首次, 近五年同期最大, 今年以来单月最高, 今年首次: the span `text` ending at `end` is a record's
    horizon (the stretch a record is counted over), not the period of the figures around it."""
    if text.startswith("近"):
        return bool(_RECORD_AFTER_RE.match(norm, end))
    return (text.endswith(("以来", "以來")) or text in _YEAR_FRAMES) and bool(_HORIZON_RECORD_RE.match(norm, end)) \
        or after_record(norm, end)


def after_record(norm: str, end: int) -> bool:
    """是8月6日後最低: the span ending at `end` is the start a record is counted after; it dates no figure."""
    return bool(_AFTER_RECORD_RE.match(norm, end))


_SO_FAR_AFTER_RE = re.compile(r"\s*(?:至今|到今|迄今)")
_DAY_RE = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s?月\s?([12]\d|3[01]|0?[1-9])\s?[日号]")


def year_so_far(norm: str, sent_start: int, start: int, end: int, year: str,
                ref: tuple[int, int | None, int | None] | None) -> tuple[int, str] | None:
    """年初至今 (norm[start:end] is the 年初): from 1 January to the last day its sentence named
    before (5月1日到5月12日…年初至今下跌13.67% → 2023-01-01/2023-05-12), else January to the
    article's month; (the span's end, the period), or None when no 至今 follows, or the year
    is not the article's and no day is named."""
    m = _SO_FAR_AFTER_RE.match(norm, end)
    if m is None or not year[:4].isdigit():
        return None
    y = year[:4]
    day = None
    for day in _DAY_RE.finditer(norm, sent_start, start):
        pass
    if day is not None:
        mo, d = int(day.group(1)), int(day.group(2))
        if ref is None or not ref[1] or (mo, d) <= (ref[1], ref[2] or 31) or str(ref[0]) != y:
            return m.end(), f"{y}-01-01/{y}-{mo:02d}-{d:02d}"
        return None
    if ref and ref[1] and str(ref[0]) == y:
        return m.end(), f"{y}-01/{y}-{ref[1]:02d}" if ref[1] > 1 else f"{y}-01"
    return None


# 比“十三五”末的2020年增长32.4%，连续8年: a year compared with is no end of the run
_COMPARED_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|相比)[^，,。；;]{0,10}$")


def run_anchor(norm: str, run: Run, chosen: object, mine: list[PeriodSpan], sent_start: int,
               later: list[PeriodSpan] | None = None) -> PeriodSpan | None:
    """The period a run ends at when it is not the figure's own: for 此前连续N个月 the sentence's
    first period (1-2月份…由上年12月份…結束了此前連續八個月), or, with none before the run, the first
    after it (在连续5个月运行在50%以下后，3月份…: the month of the turn, `later`); for a run after a
    compared year (比…2020年增长32.4%，连续8年) the period before that year; else None (the figure's own)."""
    if run.before:
        if not mine:
            return next((sp for sp in later or () if not sp.base and not sp.same_period), None)
        return mine[0] if not mine[0].base else None
    if not isinstance(chosen, PeriodSpan) or chosen not in mine \
            or not _COMPARED_BEFORE_RE.search(norm, max(sent_start, chosen.start - 12), chosen.start):
        return None
    i = mine.index(chosen)
    return next((sp for sp in reversed(mine[:i]) if not sp.base), replace(chosen, period=None))   # none: no window


_PLAN_RE = re.compile(r"十[一二三四五六]五")
_PLAN_YEARS_RE = re.compile(r"(\d{4})/(\d{4})$")
# 过去五年, 近五年, 五年来: the years before the plan, not the plan's own
_PLAN_ONE_YEAR_RE = re.compile(r"十([一二三四五六])五[^\d]*(?:开局|開局|起步|第一|首|收官|最后一|最後一|末)(?:之)?年")


def _whole_plan(sp: PeriodSpan) -> PeriodSpan:
    """A plan's opening or closing year (`“十五五”开局之年`: 2026) as the plan's five years, which a `五年` of its
    sentence counts (`今年是“十四五”收官之年，这五年…`: 2021/2025)."""
    if (m := _PLAN_ONE_YEAR_RE.match(sp.text)) is None:
        return sp
    first = 2001 + 5 * ("一二三四五六".index(m.group(1)) + 1)
    return replace(sp, period=f"{first}/{first + 4}")


_NOT_PLAN_BEFORE_RE = re.compile(r"(?:近|过去|過去|最近|前|上)$")
_NOT_PLAN_AFTER = ("来", "來", "以来", "以來", "前", "间", "間", "后", "後")


def plan_years(norm: str, f: Fact, spans: list[PeriodSpan], sent_start: int, sent_end: int,
               ref_year: int | None = None) -> PeriodSpan | None:
    """`五年` in a sentence naming a five-year plan (`“十五五”规划…事关我区未来五年`, `“十四五”时期，是…
    的五年`): the plan's five years; None for the years before it (过去五年, 五年来)."""
    if _NOT_PLAN_BEFORE_RE.search(norm, max(sent_start, f["start"] - 2), f["start"]) \
            or norm.startswith(_NOT_PLAN_AFTER, f["end"]):
        return None
    ahead = norm[max(sent_start, f["start"] - 2):f["start"]].endswith("未来")
    plans = [_whole_plan(sp) for sp in spans if sp.start < sent_end and sp.start >= sent_start and _PLAN_RE.search(sp.text)]
    plans = [sp for sp in plans if sp.period and (m := _PLAN_YEARS_RE.match(sp.period)) and int(m.group(2)) - int(m.group(1)) == 4]
    if len({sp.period for sp in plans}) != 1 or ahead and ref_year and int(plans[0].period[:4]) < ref_year:  # type: ignore[index]
        return None         # 十四五时期…为未来五年 (2025): the years ahead are not a plan already under way
    return plans[0]
