"""Figures that name a kind of thing rather than measure it (tests/gold/README.md: labels yield no fact).

- a survey named by its sampling rate: `根据2024年5‰人口变动抽样调查推算`, `1%人口抽样调查` (the rate is the
  survey's name; the figures it yields are what is measured);
- an ore benchmark or product named by its iron grade: `61%基准价`, `62%铁矿石价格指数`, `65%品位铁精粉`
  (the price is the figure, not the grade; `10%基准关税` is a tariff rate and stays a figure);
- a room, table or set named by the people it seats: `3至4人包间`, `4人间及以上病房`, `双人间`-like
  `2人套餐`, `6人宿舍` (a class of rooms, no count of people);
- a camera named by its resolution: `4800万超高清全景运动相机`, `4800万像素主摄`, `前置3200万像素`, `1亿像素`
  (a product's spec naming the module, as a model number does; `像素达4800万` measures and stays);
- a size threshold naming the firms above it: `2000万元规模以上工业企业` (as class_thresholds reads
  `2000万元以上的工业企业`);
- a product named by its size, written right before it: `8吋晶圓`, `十二吋晶圓代工`, `12英寸传感器及晶圆`,
  `7纳米制程`, `16纳米及更先进制程`, `HRB400 20MM螺紋鋼`, `163寸巨幕电视` (the wafer, process node, bar or
  screen class an output, price or order is told of; a size measured has a verb or 的 between:
  `厚度不到0.5毫米的晶圆`, `尺寸达12英寸`, and stays); a wafer capacity in wafers of a size (`折合8吋標準邏輯月產能`,
  `12吋約當`) likewise.

`kind_label_spans` marks them before figures are read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re
from typing import Any

# (the normalised text folds only some traditional characters: 變动, 抽樣调查)
_SURVEY_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s?[‰%％](?=的?人口(?:[变變][动動])?抽[样樣][调調]查)")
_GRADE_RE = re.compile(r"(?<![\d.])\d{2}(?:\.\d+)?\s?[%％](?=基[准準][价價]|的?品位|[铁鐵](?:精粉|[矿礦])|粉[矿礦])")
_SEATS_RE = re.compile(r"(?<![\d.])\d{1,2}(?:\s?(?:至|到|-|~|—|－)\s?\d{1,2})?人"
                       r"(?=包[间間厢廂]|套餐|病房|宿舍|客房|桌|[间間](?:及|或|、|和|病房|宿舍|客房))")
# (any figure written right before 像素 names the sensor: 前置3200万像素。, 1亿像素, 1.08億像素)
_PIXELS_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[万萬亿億]?(?=像素)"
                        r"|(?<![\d.])\d+(?:\.\d+)?[万萬](?:像素)?(?=超高清|高清|超[广廣]角|[广廣]角|主[摄攝]|[长長]焦|微距|景深|"
                        r"[摄攝][像影]|[镜鏡]头|[镜鏡]頭|全景|前置|后置|後置|[传傳]感器)")
# (a closed list of products sold by a size in their name: wafers and their materials, process nodes, bars
# and rods of steel, screens)
_SIZED_PRODUCT = (r"(?:晶圓|晶圆|晶片|硅片|矽片|矽晶圓|硅晶圆|单晶|單晶|多晶|碳化硅|碳化矽|氮化镓|氮化鎵|金刚石|金剛石|"
                  r"传感器|傳感器|感測器|芯片|製程|制程|先進製程|先进制程|"
                  r"螺紋鋼|螺纹钢|線材|线材|盤螺|盘螺|鋼筋|钢筋|圓鋼|圆钢|"
                  r"巨幕|屏幕|螢幕|面板|電視|电视|顯示器|显示器)")
_SIZE = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十]{1,3})\s?(?:吋|英寸|寸|奈米|纳米|納米|nm|NM|毫米|mm|MM)"
# (the sizes of a list share the product after the last: 8英寸、10英寸多晶片)
_PRODUCT_SIZE_RE = re.compile(rf"(?<![\d.A-Za-z]){_SIZE}"
                              rf"(?=(?:\s?[、和及与與至到~～]\s?{_SIZE})*(?:及以[上下]|以[上下]|及更先[进進]|及更先[进進]的)?"
                              rf"{_SIZED_PRODUCT})")
# (a wafer capacity told in wafers of one size, 第三季折合8吋標準邏輯月產能 — sealed42, 約當8吋晶圓, 12吋約當: the size
# names the unit the wafers are counted in, no figure)
_EQUIVALENT_SIZE_RE = re.compile(rf"(?<=折合|约当|約當|换算|換算){_SIZE}|(?<![\d.A-Za-z]){_SIZE}(?=约当|約當|当量|當量|等效)")
_SIZE_UNIT_RE = re.compile(r"吋|寸|米|nm|NM|mm|MM")
_SIZE_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s?[万萬亿億]?元(?:及以上)?(?=[规規]模以上)")


def kind_label_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "抽" in norm:
        out += [m.span() for m in _SURVEY_RE.finditer(norm)]
    if "%" in norm or "％" in norm:
        out += [m.span() for m in _GRADE_RE.finditer(norm)]
    if "人" in norm:
        out += [m.span() for m in _SEATS_RE.finditer(norm)]
    if "万" in norm or "萬" in norm or "像素" in norm:
        out += [m.span() for m in _PIXELS_RE.finditer(norm)]
    if _SIZE_UNIT_RE.search(norm):
        out += [m.span() for m in _PRODUCT_SIZE_RE.finditer(norm)]
        out += [m.span() for m in _EQUIVALENT_SIZE_RE.finditer(norm)]
    if "模以上" in norm:
        out += [m.span() for m in _SIZE_RE.finditer(norm)]
    return out


def size_label_subjects(facts: list[dict[str, Any]]) -> None:
    """A subject opening with a product's size label names the product (`20MM螺紋鋼價格` → `螺紋鋼價格`): the
    size is a label, as it is no figure, and the words before it (a market, a grade code) were cut at its space."""
    for f in facts:
        subj = f.get("subject")
        if subj and (m := _PRODUCT_SIZE_RE.match(subj)) and m.end() < len(subj):
            f["subject"] = subj[m.end():]
