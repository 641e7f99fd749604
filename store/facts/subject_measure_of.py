"""A figure told between a measure and the thing it measures is that thing's measure.

`首期投资达35亿元的大型智慧医养项目`, `总投资104亿元的怀洪新河灌区工程`, `面积33.76万平方公里的塔克拉玛干沙漠`,
`总额为2亿元的年货券`: the figure is the investment (area, sum) *of* the noun after 的, so the subject is both —
`大型智慧医养项目首期投资` — not the bare measure (`总投资` says nothing of what was invested in) nor the noun
alone (the project is not 35亿元).  Read after the clause rules, only where the words before the figure are a
measure alone (an optional stage or scope word, a closed list of heads, a linking verb), so a phrase that
already names its owner (`制造业企业固定资产投资总额`, `东部企业投资`) is left as it is; shares are left to the
share rules (`占社会物流总额近七成的工业品物流`).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import NOUN_AFTER_VERB_CUT_RE, NOUN_STOP_RE, OF_NOUN_STOP_RE
from .subjects import simplified
from .words import segment, tag_of, word_around

Fact = dict[str, Any]

_HEADS = r"(?:投资额|投资|规模|面积|总额|金额|装机容量|容量|库容|全长|总长|产能)"
_STAGES = (r"(?:总规划|计划|规划|首期|一期|二期|三期|总|年|总装机|装机|灌溉|占地|建筑|总建筑|经营|注册|发行|募集|种植|播种|"
           r"储能|发电)")
_LINKS = r"(?:为|达到|达|约|超过|超|逾|近|高达|共|合计)*"
# a demonstrative or a classifier's numeral before the measure is no part of the phrase (这个面积, 一条投资,
# 一批总投资…的项目)
_LEAD = r"(?:这个|这家|这座|这条|这片|这一|该|一个|一条|一座|一家|一片|一批|其)?"
_BEFORE_RE = re.compile(rf"{_LEAD}({_STAGES}?{_HEADS}){_LINKS}[\s\x00\x01]*$")
# what may stand between the figure and 的: a qualifier's tail
_AFTER_RE = re.compile(r"(?:以上|左右|之多|多|余)?(?=的)")
# the noun after 的 opens with a classifier's numeral (一批项目): the numeral is left out
_NUMERAL_LEAD_RE = re.compile(r"一[批个座条家项片处]")
# what a size or an investment is told of: projects, works, facilities, places, funds, vouchers, groups
_THING_HEAD_RE = re.compile(r"项目|工程|工厂|基地|隧道|铁路|高铁|公路|高速|大桥|桥|通道|管道|干渠|灌区|水道|专用道|"
                            r"线路|生产线|产线|园区|产业园|园|村|镇|老街|沙漠|生态带|消费券|年货券|券|母基金|基金|"
                            r"电站|中心|企业|平台|机场|港区|码头|水库|湿地|团|厂|塔|馆|站|湖|河|渠|堤|坝|(?<!阶)段")
_KINDS = ("money", "quantity", "count")
_LONGEST = 16
_RUN_RE = re.compile(r"[“\"]?([^\s，。；！？、,;!?：:（）()…—“”\"<>的\d\x00\x01]{2,%d})" % _LONGEST)
# where the run after 的 stops holding the noun: the clause's verbs, adverbs and time words (…灌区工程不久前开工,
# …沙漠是…, …铁路连接…); the noun is then its longest part ending in a head
_STOPS = (NOUN_STOP_RE, OF_NOUN_STOP_RE, NOUN_AFTER_VERB_CUT_RE,
          re.compile(r"顺利|横跨|穿越|加征|正式|不久前|近日|日前|目前|刚刚|今天|昨天|于|即将|陆续|全面|两旁|沿线|"
                     r"连接|下穿|上跨|进入|历经|由|拉开|通车|加速|加紧|推进|续建|开工|投产|落成|启动|贯通|竣工|获批|签约|开建|动工"))
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def measure_of_subjects(text: str, norm: str, facts: list[Fact]) -> None:
    """Each figure between a bare measure and 的 + a noun gets `noun + measure` (see the module's doc);
    read on `norm` simplified, written as `text` has it (one to one)."""
    simp = simplified(norm)
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        s, e = f["start"], f["end"]
        after = _AFTER_RE.match(simp, e)          # (first: most figures have no 的 after them)
        if after is None:
            continue
        m = _BEFORE_RE.search(simp, max(0, s - 14), s)
        if m is None or m.start() == m.start(1) and _owner_before(simp, m.start()):
            continue                                         # 东部企业投资3亿元的…: the investor named
        if not (span := _noun_after(simp, after.end())):
            continue
        f["subject"] = text[span[0]:span[1]] + text[m.start(1):m.end(1)]


def _owner_before(simp: str, a: int) -> bool:
    """A noun ends right before the measure (企业|投资): the measure is already someone's."""
    if a == 0 or not _HAN_RE.match(simp[a - 1]):
        return False
    words = segment(simp[max(0, a - 6):a])
    return bool(words) and tag_of(words[-1]) is None


def _noun_after(simp: str, i: int) -> tuple[int, int] | None:
    """The named thing after the 的 at simp[i]: the longest run before the clause's verbs that ends in a head
    of such things (项目, 隧道, 电站, 基金 …; its classifier's numeral left out: 一批项目); none when no head
    ends it (交通“大动脉”, 发展目标)."""
    run = _RUN_RE.match(simp, i + 1)
    if run is None:
        return None
    a, b = run.span(1)
    cut = min((m.start() for r in _STOPS if (m := r.search(simp, a + 2, b))), default=None)
    if cut is None and b - a == _LONGEST and _HAN_RE.match(simp, b):
        return None                                          # no verb seen in a long run: no telling where it ends
    cut = b if cut is None else cut
    if _NUMERAL_LEAD_RE.match(simp, a, cut):
        a += 2
    ends = [m.end() for m in _THING_HEAD_RE.finditer(simp, a, cut)]
    b = ends[-1] if ends else a
    if b - a < 2 or b < cut and word_around(simp, b, a, run.end(1))[0] < b:
        return None                                          # a head inside a longer word (旅行团|队): no end
    if simp.startswith("、", b):
        return None                                          # 总额559.8亿元的A、B…: a sum over a list
    return a, b
