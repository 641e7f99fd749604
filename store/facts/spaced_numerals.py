"""Chinese numerals typeset with spaces inside (一百 五 十 二, 三千 九百 六十五, 二十 億, 四点 五,
十 余 万, as speech transcripts and some PDFs give them) are one number.

normalize() turns each such space into JOIN, a private-use character the numeral run accepts and
parse_number drops, so offsets hold and the surface keeps the spaces as written.  A space joins
only where a place or a decimal point stands beside it (百 五, 五 十, 点 五); two bare digits
(一 二, 2019 2020) stay apart, and 多/余/几 after a space count only before a magnitude
(十 余 万), never before a word (9862万 多重)."""

from __future__ import annotations

import re

JOIN = "\ue000"
_DIGITS = "零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖"
_PLACES = "十拾百佰千仟万亿"
_MAGS = "万亿"
_ALL = _DIGITS + _PLACES
# (traditional forms are simplified before this runs: 萬 → 万, 點 → 点)
_SPACED_RE = re.compile(
    rf"(?<=[{_PLACES}点]) +(?=[{_ALL}])"              # 一百 五, 四点 五
    rf"|(?<=[{_ALL}]) +(?=[{_PLACES}点])"             # 五 十, 四百 点
    rf"|(?<=[{_ALL}]) +(?=[多余几] *[{_MAGS}])"         # 十 余 万
    rf"|(?<=[多余几]) +(?=[{_MAGS}])")
_GATE_RE = re.compile(rf"[{_ALL}点多余几] +[{_ALL}点多余几]")


def join_spaced(text: str) -> str:
    if " " not in text or not _GATE_RE.search(text):
        return text
    return _SPACED_RE.sub(lambda m: JOIN * len(m.group()), text)
