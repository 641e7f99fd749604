"""Figures that name a class — an index's fixed boundary, the space a height bounds, a map's scale — and
measure nothing an analyst would copy (tests/gold/README.md: labels and classes yield no fact; `kind_labels`
has the classes named by a product's spec, a room's seats, an ore's grade and a survey's rate):

- the boundary of a diffusion index: `位于50%的临界点以上`, `跌穿50的荣枯线` (the 50 is fixed by the index, not a
  reading; `PMI为50.4%` stays, and so does a band a reading is placed in, `均在50%以上扩张区间`);
- a height or depth naming the space it bounds: `120米以下空域`, `海拔5000米以上农牧区`, `6000米以下地层`,
  `300米以上水深海域` (a class of airspace or land; `积雪深1米以上` measures and stays);
- a map named by its scale: `1∶250万全月地质图`, `1:5万比例尺的矿产地质调查` (a funding ratio `1:1配套` stays);
- a goal named by a centenary: `建军一百年奋斗目标`, `百年奋斗目标` (as the gold lists `第二个百年`; the anniversary
  itself, `庆祝建军一百年`, is left to the duration rules);
- a road named by its number: `315国道`, `连接111国道与234国道`, `S315省道`, `205國道` (no count of 315 countries);
- a plan's circle named by its travel time: `15分钟便民生活圈`, `1小时生活圈`, `十分钟公共充电圈`, `1—1.5小时交通圈`
  (no time measured; `15分钟跑完一圈` counts a lap and stays).

`class_spans` marks them before figures are read, as `traps.trap_spans` does; each pattern is tried only when
the text holds its literal.
"""

from __future__ import annotations

import re

from .regex_edges import gate_of, holds_gate

_NUM = r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?"
_SPAN_NUM = r"(?:\d+(?:\.\d+)?(?:\s*[—\-~～至到]\s*\d+(?:\.\d+)?)?|[一二三四五六七八九十两半]+)"
# (a literal the text must hold, or a choice of them, and the pattern)
_CLASSES: list[tuple[str | tuple[str, ...], re.Pattern[str]]] = [
    (("临界", "臨界", "荣枯", "榮枯", "枯荣", "枯榮"), re.compile(rf"{_NUM}[%％]?的?(?:[临臨]界(?:[点點]|值|[线線])|(?:[荣榮]枯|枯[荣榮])(?:[线線]|分界[线線]|分水[岭嶺]))")),
    (("米以", "米及以", "米或以", "公里以", "公里及以", "公里或以"), re.compile(rf"(?:海拔|地面|地下|水下|水深|高度|深度)?{_NUM}(?:米|千米|公里)(?:及|或)?以[上下]的?"
                     r"(?=空域|低空|高空|地层|深渊|深海|海域|水深|雪山|山峰|高原|农牧区|牧区|山区|牧场|春牧场|地区|区域|"
                     r"楼宇|高楼|建筑|水域)")),
    ("海拔", re.compile(rf"海拔{_NUM}(?:米|千米)(?:及|或)?以[上下]的?(?=[\u4e00-\u9fff])(?![和与及或、])")),
    (("比例尺", "图", "圖"), re.compile(r"(?<![\d.])1\s*[:：∶]\s*\d+(?:\.\d+)?[万萬]?"
                                       r"(?=的?(?:比例尺|[\u4e00-\u9fff]{0,4}(?:地图|地質圖|地质图|图集|圖集|地形图|地形圖)))")),
    ("奋斗目标", re.compile(r"(?<![\d一二三四五六七八九十两百])(?:[一二三四五六七八九十两]?百|\d+)(?:周年|年)(?=的?奋斗目标)")),
    (("国道", "國道", "省道", "县道", "縣道", "乡道", "鄉道"), re.compile(r"(?<![\d.])\d{1,4}(?=[国國省县縣乡鄉]道)")),
    # (the words between name the circle; a numeral before 圈 counts laps, and a comma ends the name)
    ("圈", re.compile(rf"(?<![\d.])(?:{_SPAN_NUM}(?:分钟|分鐘|小时|小時|个小时|個小時)|一刻钟|一刻鐘)的?"
                     r"(?=[^\W\d一二三四五六七八九十两几半绕跑转]{0,8}?圈)")),
]


# the rows with their tuples of words as gates (regex_edges.gate_of): the same test, cheaper
_CLASS_GATES = [(gate_of(need) if type(need) is tuple else need, rx) for need, rx in _CLASSES]


def class_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each class-naming figure above in the normalised text."""
    out: list[tuple[int, int]] = []
    for need, rx in _CLASS_GATES:
        if need not in norm if type(need) is str else not holds_gate(norm, need):
            continue
        out.extend(m.span() for m in rx.finditer(norm))
    return out
