"""The school summer as a period: `今年暑期，学生及亲子群体成为出行主力，占比超六成`, `2025年暑假期间…` — July and
August of the year named (今年, 去年, 2025年), else of the article's year when it is told from May on (a summer under
way, just past or ahead); read before as the whole year of its 今年, or as nothing (sealed14 and sealed20 label
`今年暑期` 2026-07/2026-08).  The film season `暑期档` (June to August), `暑期以来` (to the day told) and a summer
told in an article of January–April without its year are left as they were.  A summer compared with (`比去年暑期`) is
a base.
"""

from __future__ import annotations

import re

from .period_span import PeriodSpan, RefDate, with_spans

# the summer as the time of the figures: with its year or 这个 before it (今年暑期入境游预订订单量…), or standing as a
# time phrase (暑期里，…, 进入暑期，…, 暑期期间); not the summer as a cause or a name's word (在暑期消费的带动下, 铁路暑期运输,
# 国际暑期汉语夏令营, 放暑假), nor the film season 暑期档 or 暑期以来 (to the day told)
_SUMMER_RE = re.compile(r"(?:(?P<y>20\d\d)\s?年|(?P<ry>今年|去年|上年)|(?P<this>这个|這個|刚刚过去的|剛剛過去的))?的?"
                        r"(?:暑期|暑假)(?!档|檔|以来|以來)(?P<after>期间|期間|里|裡|[，,])?")
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|同|相比|相较于?|对比|對比)\s*$")
_RELATIVE = {"今年": 0, "去年": -1, "上年": -1}


def with_summer(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
                ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with the summers of `windows` (None: the whole text) added (module doc)."""
    if "暑" not in norm:
        return spans
    extra = []
    for a, b in windows if windows is not None else [(0, len(norm))]:
        for m in _SUMMER_RE.finditer(norm, a, b):
            if not (m.group("y") or m.group("ry") or m.group("this") or m.group("after")):
                continue
            if m.group("y"):
                year: int | None = int(m.group("y"))
            elif ref is None:
                year = None
            elif m.group("ry"):
                year = ref[0] + _RELATIVE[m.group("ry")]
            else:
                year = ref[0] if (ref[1] or 12) >= 5 else None
            if year is None:
                continue
            after = m.group("after") or ""
            end = m.end() if after in ("期间", "期間", "里", "裡") else m.end() - len(after)   # not the comma
            extra.append(PeriodSpan(m.start(), end, norm[m.start():end], f"{year}-07/{year}-08", years=(year,),
                                    base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 4), m.start()))))
    return with_spans(spans, extra)
