"""Quantity words typeset with spaces inside them, read as if written without (rewrite edits).

Speech transcripts, PDF extracts and the peers' suites space the words of a share or a
magnitude as they do numerals (spaced_numerals): 百 分 之2.4, 百  分 之 669, 二分 之一,
三 百 五 又 三 分之 一, 六   个 百 分点, ２．４   个百分 点, 陆 点 五 折, 七成 六, 7 万5 千4 百,
7万 5千 4百, 1000  万; market reports space a per-unit price's slash: 9742 美元 / 吨.  Each space run (up to three) inside such a word, or between it and its
numeral, is deleted in the rewritten text; the surface keeps the spaces as written.

A space is deleted only inside a whole shape (a numeral on the side the word needs one), so a
space between words is left alone: 排名第3 成为 (成 starts 成为), 分 之 with no numeral."""

from __future__ import annotations

import re

_D = "0-9０-９零〇○一二两兩三四五六七八九十拾百佰千仟万萬亿億壹贰貳叁參肆伍陆陸柒捌玖"
_N = rf"[{_D}]"                       # a numeral character
_S = r"[ \u3000]{1,3}"              # a space run
_O = r"[ \u3000]{0,3}"              # an optional one
_SPACE_RUN_RE = re.compile(r"[ \u3000]+")
_PER_NUMERATOR = ("美元|港元|港幣|港币|欧元|歐元|日元|日圓|英镑|英鎊|人民币|人民幣|新台幣|新台币|元"
                  "|公斤|千克|吨|噸|克|桶|立方米|千瓦时|度")
_PER_DENOMINATOR = ("吨|噸|桶|盎司|磅|公斤|千克|克|斤|股|人|户|戶|天|日|月|年|平方米|平米|立方米|千瓦时|度|升|公升"
                    "|张|張|件|台|辆|輛|头|頭|只|亩|畝|公顷|公頃|两|兩|蒲式耳|百万英热单位|百萬英熱單位")

_SHAPES = re.compile(
    # 百 分 之2.4, 千 分之 5: the percent words, and a space before the numeral after them
    rf"[百千万萬]{_O}分{_O}之{_O}(?={_N})"
    # 二分 之一, 三 分之 一, 3分  之1 (with 又 before: 三 百 五 又 三 分之 一)
    rf"|(?<={_N}){_O}(?:又{_O}{_N}+{_O})?分{_O}之{_O}(?={_N})"
    # 六   个 百 分点, ２．４   个百分 点: points
    rf"|(?<=[{_D}]){_O}[个個]?{_O}百{_O}分{_O}[点點]"
    # 陆 点 五 折, 七成 六, 十 成: tenths and discounts closing the phrase (成为, 折合 start words)
    rf"|(?<={_N}){_S}[折成](?![\u4e00-\u9fff])"
    rf"|(?<=[{_D}]成){_S}(?=[一二三四五六七八九](?![\u4e00-\u9fff{_D}]))"
    # 7 2 折, 九 九 折: two digits spaced before a discount
    rf"|(?<![{_D}])[0-9一二三四五六七八九]{_S}(?=[0-9一二三四五六七八九]{_O}折(?![\u4e00-\u9fff]))"
    # 7 万5 千4 百, 7万 5千 4百: places spaced in a descending chain of Arabic digits
    rf"|(?<=[0-9]){_O}[万萬]{_O}[0-9]{_O}千(?:{_O}[0-9]{_O}百)?"
    # 1000  万: two or three spaces between Arabic digits and their magnitude (one is read already)
    rf"|(?<=[0-9])[ \u3000]{{2,3}}(?=[万萬亿億])"
    # 9742 美元 / 吨, 79090 元 / 吨: a spaced slash between a figure's money or unit and its denominator
    rf"|(?<=[0-9]){_O}(?:{_PER_NUMERATOR}){_O}[/／]{_O}(?={_PER_DENOMINATOR})"
)
_CUE_RE = re.compile(r"[分折成万萬亿億][ \u3000]|[ \u3000][分之折成个個百点點万萬亿億千/／]|[/／][ \u3000]")


def spaced_word_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "") for every space run inside a spaced quantity word of `text`."""
    if " " not in text and "\u3000" not in text or not _CUE_RE.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _SHAPES.finditer(text):
        for sp in _SPACE_RUN_RE.finditer(text, m.start(), m.end()):
            out.append((sp.start(), sp.end(), ""))
    return sorted(set(out))
