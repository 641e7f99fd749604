"""Numerals inside names and idioms, claimed before any figure is read (tests/gold/README.md: labels,
names and idioms yield no fact).

- place names built on a numeral and 道: `兴隆县六道河镇`, `六道沟村`, `五道口`, `五道梁` (not
  `六道工序`, a count of steps, nor `一道沟壑`);
- a spacecraft called by its short name: `神二十一乘组`, `神十八航天员`, `神十四和神十五` (the 神舟
  flights; `神舟二十号` is claimed as a model number elsewhere), and a rocket's serial `长征二号F遥二十三`;
- the place `五棵松` (`五棵松体育中心`; `五棵松树` are trees);
- a relation's slogan `黄金N年` (`开启中哈关系新的“黄金三十年”`, `“黄金50年”`): no span anyone measured;
- a short quoted slogan built on two numerals (`“一日游两国”`, `“五城三小时经济圈”`, `“一秒一公里”`,
  `“一镇四区”`, `“三年规划、两年完成”`), as the gold lists `一带一路`, `三会一课`, `八纵八横`, `三品一标`:
  nothing inside it is a figure (one numeral in quotes may be a target, `“带动三亿人参与冰雪运动”`, and
  a longer quote is speech; Arabic digits are left to the figure rules);
- `四处` meaning "everywhere" before a verb: `四处走动`, `四处寻找合作伙伴`, `四处奔波`, `四处漏风`
  (while `再添四处世界灌溉工程遗产`, `四处泄漏点`, `四处大型灌区` count four sites);
- the digits of an index or a fund named by its number of constituents written straight before a figure
  (`元大台灣505萬6688張` is 元大台灣50 and 5萬6688張, not 505萬6688張; `沪深3003月以来`): the name's digits are
  claimed, so the figure after them is never read a hundred times too large (the Taiwan 50 ETF's lots after it,
  `5萬6688張`, are then read by fund_lots; any other such figure is left unread).
"""

from __future__ import annotations

import re

from .regex_edges import holds_any

_PLACE_RE = re.compile(r"[一二三四五六七八九十]道(?=[河口梁湾岭]|沟(?!壑))|五棵(?=松(?!树))")
_CRAFT_RE = re.compile(r"(?<=[神遥])(?:二十|十)?[一二三四五六七八九](?![十百千万亿])|(?<=[神遥])(?:二十|十)(?![一二三四五六七八九十百千万亿])")
_GOLDEN_YEARS_RE = re.compile(r"(?<=黄金)(?:\d{1,3}|[二三四五六七八九十百]{1,3})年")
_SHORT_QUOTE_RE = re.compile(r"[“「]([^“”「」\d]{2,10})[”」]")
_CN_NUMERAL_RUN_RE = re.compile(r"[一二三四五六七八九十两百千万亿]+")
# the first character of the verbs and adverbs that follow 四处 "everywhere"
# an index or a fund named by its number of constituents, its digits followed by more digits (normalised text:
# simplified); its digits are claimed, which leaves the run of digits they start unread
_NUMBERED_INDEX_RE = re.compile(
    r"(?:台湾|台灣|臺灣|上证|科创|创业板|深证)(50)(?=\d)|(?:上证|深证)(180|380)(?=\d)|沪深(300)(?=\d)"
    r"|中证(100|500|800|1000|2000)(?=\d)|标普(500)(?=\d)|(?:纳斯达克|那斯达克|纳指)(100)(?=\d)|富时(100)(?=\d)"
    r"|日经(225)(?=\d)|道琼斯(30)(?=\d)")
_EVERYWHERE_RE = re.compile(r"四处(?=[走奔寻找散碰忙游流逃张借求搜觅托跑飞蔓乱积筹宣躲闯漏看观查询转传打漂溜征挖拜化募])")


def name_numeral_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "道" in norm or "棵松" in norm:
        out += [m.span() for m in _PLACE_RE.finditer(norm)]
    if "神" in norm or "遥" in norm:
        out += [m.span() for m in _CRAFT_RE.finditer(norm)]
    if "黄金" in norm:
        out += [m.span() for m in _GOLDEN_YEARS_RE.finditer(norm)]
    if "“" in norm or "「" in norm:
        out += [m.span(1) for m in _SHORT_QUOTE_RE.finditer(norm) if len(_CN_NUMERAL_RUN_RE.findall(m.group(1))) >= 2]
    if "四处" in norm:
        out += [m.span() for m in _EVERYWHERE_RE.finditer(norm)]
    if holds_any(norm, ("台", "臺", "证", "沪深", "标普", "纳", "那斯", "富时", "日经", "道琼斯")):
        out += [m.span(m.lastindex or 0) for m in _NUMBERED_INDEX_RE.finditer(norm)]
    return out
