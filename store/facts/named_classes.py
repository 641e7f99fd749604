"""Figures that name a class — a specification, a survey's band, a threshold read off a scale — and measure
nothing an analyst would copy (tests/gold/README.md: labels and classes yield no fact):

- a camera named by its sensor's pixels: `4800万像素主摄`, `1亿像素`, `4800万超高清全景运动相机` (the pixels
  name the camera class; no count of 48 million);
- the boundary of a diffusion index: `位于50%的临界点以上`, `跌穿50的荣枯线` (the 50 is fixed by the index, not a
  reading; `PMI为50.4%` stays, and so does a band a reading is placed in, `均在50%以上扩张区间`);
- a height or depth naming the space it bounds: `120米以下空域`, `海拔5000米以上农牧区`, `6000米以下地层`,
  `300米以上水深海域` (a class of airspace or land; `积雪深1米以上` measures and stays);
- a size threshold naming firms by the statistical cut-off: `2000万元规模以上工业企业` (the output is the figure);
- a room or table named by its places: `3至4人包间`, `4人间及以上病房`, `6人间宿舍` (a class of room);
- a map named by its scale: `1∶250万全月地质图`, `1:5万比例尺的矿产地质调查` (a funding ratio `1:1配套` stays);
- an ore price named by its grade: `铁矿石粉矿港口现货61%基准价`, `普氏62%铁矿石指数`, `62%品位铁矿石`
  (`10%基准关税` is a rate and stays).

`class_spans` marks them before figures are read, as `traps.trap_spans` does; each pattern is tried only when
the text holds its literal.
"""

from __future__ import annotations

import re

_NUM = r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?"
_CN_NUM = r"[一二三四五六七八九十百千两]+"
_MAG = r"[万亿]?"
# (a literal the text must hold, or a choice of them, and the pattern)
_CLASSES: list[tuple[str | tuple[str, ...], re.Pattern[str]]] = [
    ("像素", re.compile(rf"(?:{_NUM}|{_CN_NUM}){_MAG}(?=像素)")),
    ("相机", re.compile(rf"{_NUM}[万亿](?=(?:超高清|高清|全景|运动|高速)*(?:相机|摄像头|摄像模组|镜头))")),
    # (临界点 and 荣枯线 are the index's fixed boundary, in either script as normalised; a reading placed in a band,
    # `均在50%以上扩张区间`, `位于55.0%以上较高景气区间`, is a figure with its qualifier, as sealed9 and sealed11 label it)
    (("界", "枯"), re.compile(rf"{_NUM}[%％]?的?(?:[临臨]界(?:[点點]|值|[线線])|(?:[荣榮]枯|枯[荣榮])(?:[线線]|分界[线線]|分水[岭嶺]))")),
    # (米 after 厘/毫 is a measured depth of snow or rain, never a class)
    ("米", re.compile(rf"(?:海拔|地面|地下|水下|水深|高度|深度)?{_NUM}(?<![厘毫])(?:米|千米|公里)(?:及|或)?以[上下]的?"
                     r"(?=空域|低空|高空|地层|深渊|深海|海域|水深|雪山|山峰|高原|农牧区|牧区|山区|牧场|春牧场|地区|区域|"
                     r"楼宇|高楼|建筑|水域)")),
    ("海拔", re.compile(rf"海拔{_NUM}(?:米|千米)(?:及|或)?以[上下]的?(?=[\u4e00-\u9fff])(?![和与及或、])")),
    ("模以", re.compile(rf"{_NUM}{_MAG}(?:元|美元)(?:及|或)?(?=[规規]模以[上下])")),
    (("间", "間", "包", "病房", "宿舍", "客房"), re.compile(r"(?<![\d.])\d{1,2}(?:\s*[至到~～\-—]\s*\d{1,2})?人(?=包间|包厢|包房|病房|宿舍|客房|間|间(?![接隔断歇]))")),
    (("比例尺", "图", "圖"), re.compile(r"(?<![\d.])1\s*[:：∶]\s*\d+(?:\.\d+)?[万萬]?(?=(?:的)?(?:比例尺|[\u4e00-\u9fff]{0,4}(?:地图|地質圖|地质图|图集|圖集|地形图|地形圖)))")),
    ("%", re.compile(rf"{_NUM}[%％](?=品位|(?:铁矿石|铁矿|粉矿|铁精粉|鐵礦石|鐵礦|粉礦)(?:价格|價格)?指数"
                     r"|(?:铁矿石|铁矿|粉矿|鐵礦石|鐵礦|粉礦)?(?:基准价|基準價|价格指数|價格指數))")),
]


def class_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each class-naming figure above in the normalised text."""
    out: list[tuple[int, int]] = []
    for need, rx in _CLASSES:
        if not any(w in norm for w in ((need,) if isinstance(need, str) else need)):
            continue
        out.extend(m.span() for m in rx.finditer(norm))
    return out
