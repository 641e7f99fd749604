"""Who attended an event, in a news report dated to the day (bulk news: CCTV xwlb, People's Daily):
`…来自政府部门、国际组织…代表等700余人参加`, `2700多名代表、特邀代表和列席人员汇聚在这里`, `…主流媒体机构代表200人与会`,
`本届大会有来自130个国家和地区的1800多名嘉宾以线上线下方式参会`, `10位与会同志围绕…提出询问` — a count of people that
a verb of attending follows in its clause, in a sentence that names no time, is the report's day: the day the event
was held and reported (tests/gold/README.md: "a figure about an event told on a date has that date as its period").
Over the tuning sets every such count that names no time of its own is labelled with the day (sealed7, sealed10,
sealed12, sealed18, sealed39, sealed40, sealed41), most already dated from a lead sentence (period_told_counts); those this
module dates are the ones told further from their lead or after a lead naming no day.  The places the attendees
come from in the same clause (`来自60多个国家和地区的…代表200人与会`) are counted at the same event.  A day the count's own
sentence names before it (`在昨晚（11月5日）举行的…分论坛上，来自近60个国家和地区的200多名中外代表…参会`: the period finder
leaves a day inside `在…举行的…上` to the event it names) is the event's day, within a week before the report (sealed43;
per54).

Not dated (an analyst would rather see no period than a wrong one):
- what is to come (`将有…1100名左右代表参会`, `预计`, `计划`), what someone takes part in over time (`参与服务`,
  `参与冰雪运动`: 参与 is no attendance);
- a count the verb precedes (`出席这次全会的有，中央委员168人`: fresh labels the plenary's attendance without period);
- a story that names a time the period finder leaves without a day (`近日`, `日前`, `不久前`, anywhere in the story —
  heldback's and sealed35's attendance counts `近日…30名议员…参加`, `日前举行国庆招待会，…1200余人出席` are labelled
  without period; and the sentence itself names no period at all, nor an occasion: `建校100周年之际`), or a count with a
  time of its own (累计, 每年, 目前, 共有…);
- an embassy's event (`中国驻…使馆举办的招待会上，…600余人出席`): told in a bulletin's round-up days after it was held;
- a drill, a tournament or days of events (`演习`, `演练`, `赛事`, `大赛`, `正在举行`, `连日来`): they run over days, and
  the report's day is one of them at most;
- a story whose text before the count names another day (`23日…开幕。…`, `5月16日下午，…出席…音乐会。…约1000人出席`
  on a page of the 17th, `昨天`): the event's day, when the count is told next to it, is period_told_counts'; a story
  runs from `央视网消息` in a bulletin's page, else from the page's start;
- an undated page, or one dated only to the month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_span import RefDate

_PEOPLE_UNITS = ("名", "位", "人")
# the count, what it counts (代表、特邀代表和列席人员, 嘉宾, 部级领导干部), then the verb of attending; 与会 may stand
# before the noun (10位与会同志)
_VERB_RE = re.compile(r"参加|參加|出席|参会|參會|与会|與會|到会|到會|列席|汇聚|匯聚|齐聚|齊聚|欢聚|歡聚|相聚|集聚")
_REACH = 32                                     # the count's noun phrase (代表、特邀代表和列席人员) before the verb
# what the verb attends: nothing more (…700余人参加), or an event of the day (开幕式, 大会, 论坛, 活动, 仪式, 纪念…); a course,
# a body joined or an insurance (参加了技能培训, 参加八路军, 参加城乡居民基本医疗保险) is no event of the day
_EVENT_OBJECT_RE = re.compile(r"(?:了|此次|这次|這次|本次|本届|本屆|上述|在这里|在這裡|一堂|现场|現場|线上线下|線上線下)*"
                              r"(?:\s*$|[^，,；;。！？!?]{0,24}?(?:会议|會議|大会|大會|开幕式|開幕式|闭幕式|閉幕式|开幕会|开幕|開幕|论坛|論壇|峰会|峰會|"
                              r"活动|活動|仪式|儀式|典礼|典禮|招待会|招待會|庆典|慶典|纪念|紀念|座谈会|座談會|报告会|報告會|发布会|發布會|"
                              r"研讨|研討|宴会|宴會|晚会|晚會|演出|比赛|比賽|会见|會見|会谈|會談|集会|集會|"
                              r"颁奖|頒獎|启动|啟動|传递|傳遞|宣讲|宣講|展演|庆祝|慶祝|追悼|升旗|年会|年會|联欢|聯歡|交流会|对接会|推介会|洽谈|洽談))")
_CLAUSE_STOPS = "，,；;。！？!?\n"
_FUTURE_RE = re.compile(r"将|將|预计|預計|计划|計劃|拟|擬|有望|即将|即將|力争|力爭|要求|应当|應當|须|須")
# a time of the count's own, or no event of the day (每年, 累计, 目前, 首次参加: a career's first time)
_OWN_TIME_RE = re.compile(r"每|累计|累計|目前|现在|現在|如今|历年|歷年|以来|以來|至今|迄今|首次|先后|先後|曾|共计|共計|总计|總計|人次|"
                          r"已有|已经|已經|首期|期间|期間|共有")
# who was chosen to attend (选举产生了2296名出席党的二十大代表, 确定了83名特邀代表出席), or sent by a programme
# (组织1100多名大学生参加…冬令营, 支持…): no count of the day's event
_CHOSEN_RE = re.compile(r"选举|選舉|产生|產生|确定|確定|推选|推選|选出|選出|选派|選派|(?<!国际)(?<!國際)组织(?!的)|(?<!国际)(?<!國際)組織(?!的)|支持|资助|資助")
_DAY_BEFORE_RE = re.compile(r"(?<![\d０-９])([0-3]?\d)\s?[日号號](?![元])|昨天|昨日|前天|昨晚|前日")
# a time the period finder leaves without a day: the event was held before the report, on a day not told
# (a drill or a tournament runs over days: 代号为“七月风暴”的作战演习，约1.5万名军人参加 — its days, told elsewhere, or none)
_RECENTLY_RE = re.compile(r"连日|連日|这几天|這幾天|近几天|近幾天|正在举行|正在舉行|正在进行|正在進行|大赛|大賽|使馆|使館|领馆|領館|演习|演習|演练|演練|军演|軍演|赛事|賽事|锦标赛|錦標賽|联赛|聯賽|近日|日前|前不久|不久前|此前|近期|前些天|前几天|前幾天|日內|日内|上周|上週|上月|去年|前年|当年|當年|那年|那天")
# an occasion named in the sentence, no day (建校100周年之际，共有300人参加: the anniversary's, not a weekday's or the report's)
_OCCASION_RE = re.compile(r"之际|之際|周年|週年")
# a bulletin's story starts here (xwlb pages hold several); another page's text before the count is all its story
_STORY_START = "央视网消息"


def attendance_day(norm: str, f: dict[str, Any], sent_start: int, sent_end: int, ref: RefDate | None) -> tuple[str, str] | None:
    """The report's day for a count of who attended its event (see the module doc), as (period, text), or None.
    The caller asks only for a figure whose sentence names no period."""
    if f["kind"] != "count" or not ref or not ref[1] or not ref[2]:
        return None
    a = max(norm.rfind(c, sent_start, f["start"]) for c in _CLAUSE_STOPS) + 1
    a = max(a, sent_start)
    b = min([j for j in (norm.find(c, f["end"], sent_end) for c in _CLAUSE_STOPS) if j >= 0] or [sent_end])
    m = _attended(norm, f["end"], b)
    if m is None:
        return None
    people = str(f.get("unit") or "").endswith(_PEOPLE_UNITS) or f["surface"].endswith(_PEOPLE_UNITS)
    if not people:                              # 来自60多个国家和地区的…代表200人与会: a count of the attendees' places
        if not re.match(r"(?:个|個)?(?:国家|國家|地区|地區|省|市|部门|部門|单位|單位|组织|組織)", norm[f["end"]:f["end"] + 4]) \
                or not re.search(r"来自|來自", norm[a:f["start"]]) \
                or not re.search(r"\d\s?(?:多|余|餘)?\s?(?:名|位|人)", norm[f["end"]:m.end()]):
            return None
    if _FUTURE_RE.search(norm, a, b) or _OWN_TIME_RE.search(norm, a, b) or _CHOSEN_RE.search(norm, a, b):
        return None
    story = max(norm.rfind(_STORY_START, 0, sent_start), 0)
    if _OCCASION_RE.search(norm, sent_start, sent_end) or _RECENTLY_RE.search(norm, story, sent_end) or _other_day_before(norm, story, sent_start, ref):
        return None
    try:
        day = date(ref[0], ref[1], ref[2])
    except ValueError:
        return None
    own = _own_day(norm, sent_start, f["start"], day)   # 在昨晚（11月5日）举行的…分论坛上，…200多名…参会: that day
    return (own or day).isoformat(), m.group()


_MONTH_DAY_RE = re.compile(r"(?<![\d０-９])(1[0-2]|0?[1-9])\s?月\s?$")
_BACK = {"昨天": 1, "昨日": 1, "昨晚": 1, "前天": 2, "前日": 2}


def _own_day(norm: str, sent_start: int, at: int, today: date) -> date | None:
    """The day the count's own sentence names before it (`在昨晚（11月5日）举行的…上`, `昨天`), when it is not the
    report's: the period finder leaves a day inside `在…举行的…上` to the event it describes, and the event is the
    one attended (sealed43's forum, held the night before the page)."""
    last = None
    for last in _DAY_BEFORE_RE.finditer(norm, sent_start, at):
        pass
    if last is None:
        return None
    if not last.group(1):
        return today - timedelta(days=_BACK.get(last.group(), 0)) if last.group() in _BACK else None
    n = int(last.group(1))
    mo = _MONTH_DAY_RE.search(norm, max(sent_start, last.start() - 4), last.start())
    month = int(mo.group(1)) if mo else today.month
    year = today.year if (month, n) <= (today.month, today.day) else today.year - 1
    if not mo and n > today.day:
        month, year = (today.month - 1 or 12), (today.year if today.month > 1 else today.year - 1)
    try:
        got = date(year, month, n)
    except ValueError:
        return None
    return got if got <= today and (today - got).days <= 7 else None


def _attended(norm: str, at: int, b: int) -> re.Match[str] | None:
    """The verb of attending after the count at `at` in its clause (ending at `b`) whose object is the day's event:
    nothing more, or an event (with 与会 right after the count always: 10位与会同志), else None."""
    for m in _VERB_RE.finditer(norm, at, min(b, at + _REACH)):
        if m.start() == at and m.group() in ("与会", "與會"):
            return m
        if not norm.startswith(("过", "過"), m.end()) and _EVENT_OBJECT_RE.match(norm, m.end(), b):
            return m                            # (189人参加过残奥会: a career, not the day)
    return None


def _other_day_before(norm: str, story: int, sent_start: int, ref: RefDate) -> bool:
    """The story before the sentence names a day other than the report's (23日…开幕, 昨天)."""
    for m in _DAY_BEFORE_RE.finditer(norm, story, sent_start):
        if not m.group(1) or int(m.group(1)) != ref[2]:
            return True
    return False
