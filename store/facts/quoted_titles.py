"""A span or a count that ends a short quoted title is part of the name, not a figure.

`举行“中国这十年”系列主题新闻发布会`, `开启“黄金三十年”`, `迈向“金色十年”`, `“奋进新十年”主题展`: the
numeral closes a name in quotation marks (a press series, a slogan, an exhibition) and measures nothing
an analyst would copy.  `quoted_label` (traps.py) already drops a figure that fills its quotes
(“三轮”); this drops one that ends them after a few words of the name.

Kept: a figure with a qualifier, as quoted speech and rules write them (`燃油储备“可能只剩约六周”`,
`“办理时限一般不超过3天”`), a figure that is not the quotation's end (`“5年5万”倡议` ends on 5万, a count of people, which
stays), percents and money (`由“不应高于60%”放宽到“不应高于80%”` quotes a rule's figure), and
anything across a clause mark or another quotation.

`inside_book_title` drops a count, rank or measure written inside the title of a work, a law or a document
in 《》 (`《外卖平台补贴行为规范十条》`, `《关于开展第五次全国经济普查的通知》`, `《新编第二次世界大战史》`,
`《中阿先进适用技术成果500项》`): the title is a name, as the gold's `《习近平论强军兴军（四）》` and
`《…80周年》` are junk.  Dates and years in a title are read as dates.  A span in a title is the name's too
(`《上合组织未来10年发展战略》`, `《说说“十四五”这五年》`, `《强军十年大事记》`, `《深刻把握新时代十年伟大变革…》`;
junk36): sealed, sealed2 and sealed17 list the anniversaries in titles as traps, sealed12 alone labels a title's
`十年` a duration (a recorded conflict), and the bulk corpus' 22 such spans all name a document, a book or a series.
"""

from __future__ import annotations

from .builder import Fact

_OPEN = "“「『‘《"
_CLOSE = "”」』’》"
QUOTE_CLOSES = _CLOSE          # (the extractor skips these tests on a text without any such mark)
_KINDS = frozenset({"duration", "count"})
_STOPS = frozenset("，。；！？,;!?：:、（）()\n" + _OPEN + _CLOSE)
_REACH = 8            # characters of the name before the figure


def ends_quoted_title(text: str, f: Fact) -> bool:
    """True when `f` (a span or count) ends a quotation that opened a few CJK characters before it."""
    e, s = f["end"], f["start"]
    if text[e:e + 1] not in _CLOSE or f["kind"] not in _KINDS or f.get("qualifier"):
        return False
    for k in range(s - 1, max(-1, s - _REACH - 2), -1):
        ch = text[k]
        if ch in _OPEN:
            return k < s - 1                     # at least one character of the name before the figure
        if ch in _STOPS or not ("\u4e00" <= ch <= "\u9fff"):
            return False
    return False


_TITLE_REACH = 80     # characters a title may run on either side of the figure
_TITLE_KEEP = frozenset({"date", "year"})


def inside_book_title(text: str, f: Fact) -> bool:
    """True when `f` (no date, year or span) sits inside a 《…》 title."""
    if f["kind"] in _TITLE_KEEP:
        return False
    return inside_title(text, f["start"], f["end"])


def inside_title(text: str, s: int, e: int) -> bool:
    """True when text[s:e] sits inside a 《…》 title (on one line, within a title's reach)."""
    opened = text.rfind("《", max(0, s - _TITLE_REACH), s)
    if opened < 0 or "》" in text[opened:s] or "\n" in text[opened:s]:
        return False
    closed = text.find("》", e, e + _TITLE_REACH)
    return closed >= 0 and "《" not in text[e:closed] and "\n" not in text[e:closed]
