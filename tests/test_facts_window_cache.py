"""Rules answered once per window: the subject phrase left of a figure is read from the
phrase and the text under it only, so the same phrase anywhere in any text gives the same
span, shifted to where it stands."""

from __future__ import annotations

from store.facts.subjects import _phrase
from store.facts.window_cache import window_cached

PHRASES = ["，同比增长", "全国规模以上工业企业利润", "其中，城镇居民人均可支配收入", "比上年增长",
           "违法行为", "服务业增加值占GDP比重达", "较前一交易日调升", "居民消费价格涨幅"]
AROUND = ["", "今年前三季度", "据国家统计局数据，", "以色列"]


def test_the_same_phrase_gives_the_same_span_wherever_it_stands():
    for pre in PHRASES:
        for before in AROUND:
            for after in ("", "3.5%", "1,067.4万桶"):
                text = before + pre + after
                for level in (False, True):
                    got = _phrase(text, len(before), pre, level)
                    assert got == _phrase.__wrapped__(text, len(before), pre, level)
                    assert got is None or len(before) <= got[0] < got[1] <= len(before) + len(pre)


def test_a_cached_rule_is_run_once_per_window():
    calls = []

    @window_cached
    def rule(text, start, pre):
        calls.append(pre)
        return (start, start + len(pre)) if pre else None

    assert rule("甲乙同比增长", 2, "同比") == (2, 4)
    assert rule("丙同比下降", 1, "同比") == (1, 3)       # another text, the same window: no second run
    assert rule("丙同比下降", 1, "") is None
    assert calls == ["同比", ""]
