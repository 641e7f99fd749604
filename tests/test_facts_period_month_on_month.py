"""A month compared with written as `較今7月的348.10` (Hong Kong: this July) is a base: the
month-on-month change after it (`按月下降2.10%`) is the sentence's month, the base's own value
its month (tests/gold/README.md: the comparison base is never the period)."""

from __future__ import annotations

from store.facts import extract


def test_this_month_named_as_the_base_is_not_the_changes_period() -> None:
    text = "今年8月份全國指數為340.79,較去年同期的417.76,按年下降18.42%,較今7月的348.10,按月下降2.10%。"
    got = {f["surface"]: f["period"] for f in extract(text, date="2015-09-10")}
    assert (got["18.42%"], got["2.10%"]) == ("2015-08", "2015-08")


def test_compared_with_this_month_in_simplified_script() -> None:
    text = "8月份房价指数为340.79,比今7月下降2.10%。"
    got = {f["surface"]: f["period"] for f in extract(text, date="2015-09-10")}
    assert got["2.10%"] == "2015-08"
