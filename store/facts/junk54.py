"""Numbers of unlabelled freight and metals text that name a thing rather than measure it (cov54).

- a container named by its length (`每TEU(20呎櫃)`, `每FEU(40呎櫃)`, `40呎貨櫃`, `45英呎柜`): which box a freight rate is
  quoted for, as `40英尺集装箱` is (label_traps; sealed33 traps `40英尺`), no length measured;
- London's three-month metal named after the exchange with a space or a slash between (`LME 三個月銅礦期貨`,
  `LME現貨/三個月升貼水`, `(LME) 三個月銅礦期貨`), or its price or spread in a text naming the LME (`到期日價格小于三個月價格`): the rolling
  contract's name (class_thresholds reads `LME三个月期铝`, `伦敦三月铜`; sealed35 traps `三个月期`, sealed8 `3個月`).
"""

from __future__ import annotations

import re

# (the text is normalized, but not every traditional character is folded: both scripts are matched)
_CONTAINER_RE = re.compile(r"(?<![\d.])(?:20|40|45)\s?(?:呎|英呎|尺)(?=\s?(?:标准|標準)?(?:高柜|高櫃)?(?:货柜|貨櫃|柜|櫃|集装箱|集裝箱|箱))")
_LME_TENOR_RE = re.compile(r"(?:(?<=LME\s)|(?<=LME/)|(?<=现货/)|(?<=現貨/))(?:三|3)\s?(?:个|個)月"
                           r"|(?:三|3)\s?(?:个|個)月(?=\s?期?(?:升贴水|升貼水|升水|贴水|貼水|价格|價格|期货价|期貨價"
                           r"|[铜铝锌镍铅锡銅鋁鋅鎳鉛錫]))")


def junk54_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "呎" in norm or "尺" in norm:
        out += [m.span() for m in _CONTAINER_RE.finditer(norm)]
    if "月" in norm and ("LME" in norm or "伦敦金属" in norm or "倫敦金屬" in norm):
        out += [m.span() for m in _LME_TENOR_RE.finditer(norm)]
    return out
