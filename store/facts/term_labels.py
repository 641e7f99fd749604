"""Terms of office and numbered sittings of a body: labels, not ranks.

- the term of a body with 第 (`澳门特别行政区第六届政府`, `公司第八届董事会`, `第十四届全国人民代表大会`,
  `政协第十三届全国委员会`, `第二十届中央委员会`, `第七屆立法會`, `立法院第11屆第1會期`): the number names which body sits,
  as `十四屆全國人大` does, in either script;
- a sitting counted inside a body's term (`董事会第二十五次会议`, `十三届全国人大常委会第37次会议`,
  `政协第十三届全国委员会第七十八次主席会议`, `十四届全国政协第十六次双周协商座谈会`): a meeting's name,
  as `四次会议` is;
- a numbered congress (`中国共产党第二十次全国代表大会`, the `二十大` written out) and a standing
  body's council (`举行第二十四次委员长会议`, `第七十八次主席会议`).

An edition of an event stays a rank (`第五届进博会`, `第19次峰会`, `第五次经济普查`, `第十五届全国运动会`,
`联合国人权理事会第52届会议`): the window between 届 and the body may not hold an event's word
(会, 赛, 节, 展, 坛), so `第十五届全运会组委会` is the games' edition.
"""

from __future__ import annotations

import re

_N = r"[一二三四五六七八九十百零〇两\d]+"
# bodies that sit for a term: government, congress, party and company organs
_BODY = (r"(?:人民代表大[会會]|代表大[会會]|人大|政[协協]|(?:全国|全國|中央|常务|常務)?委[员員][会會]|常委[会會]|"
         r"中央(?:委[员員]|候补委[员員]|候補委[員员])|候补委[员員]|候補委[員员]|政治局|[纪紀]委|政府|"
         r"董事[会會]|[监監]事[会會]|董事|[监監]事|理事[会會]|立法[会會]|[区區][议議][会會]|[议議][会會]|"
         r"[党黨]委|村委[会會]|居委[会會]|[领領][导導]班子|委[员員]|党代[会會])")
# (a body's session, forum or summit is an event's edition: 阿拉伯国家联盟首脑理事会会议, 金砖国家议会论坛)
_EVENT_AFTER = r"(?:[会會]?[议議]|年[会會]|[论論][坛壇]|峰[会會]|合作)"
# (Taiwan's legislature names its term after itself: 立法院第11屆第1會期; a session after a term marks it too)
_TERM_RE = re.compile(rf"(?<=立法院)第{_N}[届屆]|第{_N}[届屆](?=第{_N}[会會]期)|第{_N}[届屆](?=(?:[、和及与與至][第]?{_N}[届屆])*[^\s，。；,;、：:“”\"《》（）()会會赛賽节節展坛壇届屆第脑腦]{{0,12}}?{_BODY}(?!{_EVENT_AFTER}))")
# a sitting named inside a body: 董事会第二十五次会议, 常委会第37次会议, 全国委员会第七十八次主席会议
# (and the CPPCC's fortnightly consultation, 全国政协第六十八次双周协商座谈会: a sitting of the body, numbered in its term)
# (a joint sitting of a board's directors and supervisors too: 理事會第6次理監事聯席會議)
_SITTING_RE = re.compile(rf"第{_N}次(?:(?:全[体體]|[临臨]时|[临臨]時|主席|委[员員]长|委[員员]長|常[务務]|"
                         r"(?:[董理][监監]事|[监監]事|董事|理事)?[联聯]席)?[会會][议議]|"
                         r"(?:双周|雙週)?(?:协商|協商)座[谈談][会會])")
_CONGRESS_RE = re.compile(rf"第{_N}次(?:全[国國])?代表大[会會]|第{_N}次(?:委[员員]长|委[員员]長|主席)[会會][议議]")
_SITTING_AFTER = re.compile(r"(?:[会會]|人大|政[协協]|政府)$")


def term_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each term, sitting and numbered congress in the normalised text."""
    out: list[tuple[int, int]] = []
    if "届" in norm or "屆" in norm:
        out.extend(m.span() for m in _TERM_RE.finditer(norm))
    if "次" in norm:
        for m in _SITTING_RE.finditer(norm):
            if _SITTING_AFTER.search(norm, max(0, m.start() - 4), m.start()):
                out.append(m.span())
        out.extend(m.span() for m in _CONGRESS_RE.finditer(norm))
    return out
