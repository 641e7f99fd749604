"""How far a period reaches, by the grammar of where it is written (store/facts/period_scope.py,
store/facts/period_recent.py, store/facts/periods.py; tests/gold/README.md § Conventions, period):
- a period inside brackets that state something of their own (`(一○九年九月…為歷年最高)`) is the bracket's,
  not the period of the figures after the bracket;
- a period written inside a clause after its subject (`其中中央收入4月份增长1.6%`) dates that clause; past the
  `；` the period that opened the sentence governs again;
- `過去四個月` after a month its sentence names is the months ending with that one;
- a run written `連` + a Chinese numeral (`連二十一個月正成長`, Taiwan's releases) is a run, as `连续21个月` is;
- `2025第三季` (a quarter's year written without 年) is that quarter."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_period_in_a_bracket_that_states_its_own_record_stays_in_the_bracket() -> None:
    got = periods("經濟部公布十月工業生產指數122,為歷年單月次高(2020年九月的指數為歷年最高),年增率7.06%,為連續第九個月正成長。",
                  "2020-11-23")
    assert (got["7.06%"], got["第九個月"]) == ("2020-10", "2020-10")


def test_a_bracket_holding_only_a_date_still_dates_the_noun_before_it() -> None:
    got = periods("央行標售的公債（2025年10月17日發行）之得標利率為1.318%。", "2025-11-20")
    assert got["1.318%"] == "2025-10-17"


def test_a_period_inside_a_clause_does_not_reach_past_the_semicolon() -> None:
    got = periods("1—4月，全国一般公共预算收入80616亿元，其中中央收入4月份增长1.6%；地方收入增长2.2%。", "2025-05-20")
    assert (got["1.6%"], got["2.2%"]) == ("2025-04", "2025-01/2025-04")


def test_past_n_months_after_a_named_month_end_with_it() -> None:
    got = periods("差餉物業估價署公布,9月私人住宅售價指數報380.5,按月下跌1.8%,過去四個月累積下跌約4%。", "2019-10-20")
    assert (got["四個月"], got["約4%"], got["1.8%"]) == ("2019-06/2019-09", "2019-06/2019-09", "2019-09")


def test_past_n_months_with_no_month_named_has_no_calendar_period() -> None:
    assert periods("过去两个月，通过运河的船只数量下降了42%。", "2024-02-10")["42%"] is None


def test_a_run_written_lian_with_a_chinese_numeral_ends_at_the_sentences_month() -> None:
    got = periods("經濟部統計處公布十一月工業生產指數119.31，年增16.42％，連二十一個月正成長。", "2025-12-24")
    assert got["二十一個月"] == "2024-03/2025-11"


def test_a_period_after_its_or_in_times_the_whole_statement_past_the_semicolon() -> None:
    got = periods("2019年8月，腾讯财报显示，其二季度网络游戏收入273亿元，同比增长8%；其中智能手机游戏收入222亿元，同比增长26%。",
                  "2019-09-01")
    assert (got["222亿元"], got["26%"]) == ("2019Q2", "2019Q2")
    got = periods("2020年，多部门启动实施古文字工程，在“十四五”期间取得丰硕成果，包括设立约300个科研项目；系统培养研究生1300多人。",
                  "2026-08-11")
    assert got["1300多人"] == "2021/2025"


def test_a_day_of_telling_before_does_not_stop_the_reported_month() -> None:
    got = periods("当日,统计处公布2016年12月份对外商品贸易统计数字,出口货量同比上升9.8%;出口价格上升0.3%。", "2017-01-26")
    assert got["0.3%"] == "2016-12"


def test_a_quarter_written_after_its_year_without_nian_is_that_quarter() -> None:
    got = {f["surface"]: f for f in extract("至於2025第三季信義房價指數，對比2024年同期，全國年漲0.14%。")}
    assert got["2025第三季"]["kind"] == "date" and got["0.14%"]["period"] == "2025Q3"
