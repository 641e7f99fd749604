"""A rate told tenor by tenor after the rate is named (`今次發債的最低入標息率均在2厘以上,兩年期為2.2厘,三年期則為2.5厘`,
`香港銀行同業拆息(Hibor),隔夜息報…,1星期報0.24048厘`, `六個月拆息升0.071基點,…,一年期則升1.899基點,報2.8厘`) is that
rate's: the tenor (`兩年期`, `1星期`, `兩周`, `3個月`) names the tranche, the rate what was measured — the subject is
the rate of that tenor, `1星期香港銀行同業拆息`, `兩周拆息`, `兩年期最低入標息率` (sealed18's call: subject 最低入標息率,
tenors are traps; sealed35 names the Hibor tenors 拆息 or 香港銀行同業拆息, sealed17 writes 1個月拆息, sealed39 the tenor
alone, 1個月 — the tenor's rate holds every one of them; subj50).  Only percents and basis points whose subject is a bare tenor, with a rate named earlier
in the sentence, told in 厘 or 基點 (Hong Kong's and Taiwan's register: a mainland sample names the LPR by its tenor,
`1年期降至3%`, unseen's call); the rate's own tenor (`六個月拆息`) is left out, as a carried rate's is.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_NUM = "[\\d０-９一二兩两三四五六七八九十]+"
_TENOR_RE = re.compile(rf"{_NUM}(?:年|個月|个月)期(?:以上)?|{_NUM}(?:個月|个月|星期|周|週)|隔夜")
# the rate named before: the words up to 息率/利率/票息/收益率/拆息 after the last 的, mark or report verb
_RATE_RE = re.compile(r"([^，,。；;：:的\s()（）]{0,8}(?:息率|利率|票息|收益率|孳息|拆息))[^。；;！？]*$")
_LEAD_RE = re.compile(rf"^.*?(?:公布|公佈|宣布|宣佈)|^(?:{_TENOR_RE.pattern})")
# the units of the register that names a rate once and then its tenors (Hong Kong's and Taiwan's 厘 and 基點)
_RATE_UNITS = ("厘", "基點", "基点")


# a fixing typeset as a table in one line (隔夜│2.63333厘│升21.797個基點一星期│2.76274厘│…): a subject reaching back
# over the table's rules holds cells, the tenor's the last one before the figure (cov50)
_CELL_RULE_RE = re.compile(r"[│|｜]")
_AFTER_BRACKET_RE = re.compile(r"^.*[)）]")


def _last_cell(subj: str) -> str:
    cells = [c for c in _CELL_RULE_RE.split(subj) if c.strip()]
    cell = cells[-1].strip() if cells else ""
    for k in range(len(cell)):                 # 升21.797個基點一星期: the tenor after the cell before's move
        if _TENOR_RE.fullmatch(cell[k:]):
            return cell[k:]
    return _AFTER_BRACKET_RE.sub("", cell)     # 變動(與上個交易日比較)隔夜: the words after the table's head


def tenor_rate_subjects(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if subj and _CELL_RULE_RE.search(subj) and f["kind"] in ("percent", "points") \
                and f["surface"].rstrip().endswith(_RATE_UNITS):
            f["subject"] = subj = _last_cell(subj) or None
        if f["kind"] not in ("percent", "points") or not subj or not _TENOR_RE.fullmatch(subj) \
                or not f["surface"].rstrip().endswith(_RATE_UNITS):
            continue                            # (1年期降至3%: the mainland names the LPR by its tenor)
        opens = max(text.rfind(c, 0, f["start"]) for c in "，,；;。！？!?\n") + 1
        own = [m for m in _TENOR_RE.finditer(text, opens, f["start"]) if m.group() != subj]
        if own and text.find(subj, opens, f["start"]) < 0:
            subj = own[-1].group()              # 與樓按相關的1個月跌至…厘 after 1星期報…: its own tenor, not the one carried
        k = text.rfind(subj, max(0, f["start"] - 40), f["start"])
        if k < 0:
            k = f["start"]                      # a tenor carried from the clause before (兩周則跌…，報1.69厘)
        opened = max(text.rfind(c, 0, k) for c in "。！？!?\n")
        if k > 0 and (m := _RATE_RE.search(text, max(0, k - 120, opened + 1), k)):
            rate = _LEAD_RE.sub("", m.group(1))
            if len(rate) >= 2:
                f["subject"] = subj + rate      # 1星期香港銀行同業拆息, 兩周拆息, 兩年期最低入標息率 (subj50)
