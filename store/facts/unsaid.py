"""Facts read for what they tell the figures beside them, then left out of what `extract` reports
(junk37, a label conflict settled for the fresh samples' practice: tests/gold/README.md "Label conflicts"):

- a time of day (`截至今天下午5時`, `自明（9）日凌晨零時起`, `新加坡時間上午10點`, `14時30分`): sealed33, sealed34 and
  sealed35 list 22 as traps and label none; it is no figure an analyst reads (a date without value, or the
  day's date again). clock_times and clock_days still read it — its span is no count of hours, and the day
  it names dates the figures after it — and mark it unsaid (`Builder.unsaid`);
- a single year inside a 《…》 title (`《2021年年度报告》`, `《綠色債券報告2022》`, `《2026年撥款條例草案》`): sealed33 and
  sealed35 list six as traps and label none; it is part of the name, as a title's spans, counts and ranks are
  (quoted_titles.inside_book_title). It still dates the figures its sentence reports from the document
  (`《2016年度財政預算執行情況報告》…1,105億元` → 2016): it is dropped only after periods were given. A plan's
  span of years in its title (`（2025—2027年）`) stays a date: the sets label it so and no set traps one;
- a single month inside a 《…》 title (`《中国民航2016年5月份主要运输生产指标统计》`: sealed43's trap), for the same
  reason: the report's name, which still dates the figures told from it; a single quarter or half likewise
  (`《2022年第一季度主要经营数据公告》`: sealed44's trap; `《2024年半年度报告》`: sealed41's).
"""

from __future__ import annotations

from .builder import Fact
from .quoted_titles import inside_title


def drop_unsaid(text: str, facts: list[Fact], unsaid: set[tuple[int, int]]) -> list[Fact]:
    """`facts` less the clock times marked unsaid and the single years, months, quarters and halves inside a book title."""
    titled = "《" in text
    if not unsaid and not titled:
        return facts
    return [f for f in facts
            if not (f["kind"] == "date" and (f["start"], f["end"]) in unsaid)
            and not (titled and (f["kind"] == "year" or f["kind"] == "date" and _month(f.get("value")))
                     and f.get("value_high") is None and inside_title(text, f["start"], f["end"]))]


def _month(value: object) -> bool:
    """A single month's, quarter's or half's value (2016-05, 2022Q1, 2024H1), neither a day nor a window."""
    if not isinstance(value, str) or not value[:4].isdigit():
        return False
    if len(value) == 7:
        return value[4] == "-" and value[5:].isdigit()
    return len(value) == 6 and value[4] in "QH" and value[5].isdigit()
