"""Places whose names start with (or are made of) numeral characters: `四川`, `三亚`, `九江`, `七台河`.

Their numerals are never figures (traps.TRAP_WORDS holds them), and after a month they do not make it a day
written in Chinese numerals: `6月四川居民消费价格同比持平` is June's (period_forms).
"""

from __future__ import annotations

NUMERAL_PLACES: tuple[str, ...] = (
    "四川", "千里", "万里", "五角大楼", "三只松鼠", "七匹狼", "五家渠", "七台河", "三台县", "九台", "三峡",
    "五粮液", "九寨沟", "六盘水", "十堰", "三亚", "三明", "万州", "千岛湖", "百色", "三元里", "五指山",
    "九龙", "十三陵", "八达岭", "三沙", "万宁", "五台山", "三江源", "九江", "六安", "七星", "二七区",
)
