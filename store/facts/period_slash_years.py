"""Years listed with slashes, then figures listed with slashes: each figure is of its year, in turn.

`预计2020/2021年供给增速为1.7%/3%`, `预计2020/2021年需求增速为-7.2%/6.8%` (a broker's forecasts, sealed44): 1.7% is
2020's and 3% 2021's, as `分别` pairs a list of years with a list of figures.  The years' list is read as the year
written last (2021), so without this every figure took that year.  Only a list of figures as long as the list of
years, each joined to the next by a slash, in the years' sentence after them; a fiscal year (`2023/24年度`, `2023/2024
年度`) is one year, never a list.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# two to four years joined by slashes, 年 once after the last (not 年度: 2023/2024年度 is one fiscal year)
_YEARS_RE = re.compile(r"(?<![\d./])((?:19|20)\d\d(?:\s?/\s?(?:19|20)\d\d){1,3})\s?年(?!度)")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


def settle_slash_years(norm: str, facts: list[Fact]) -> None:
    """Each figure of a slash list after a slash list of years takes its year (module doc)."""
    for m in _YEARS_RE.finditer(norm):
        years = [y.strip() for y in m.group(1).split("/")]
        if years != sorted(years) or len(set(years)) != len(years):
            continue
        end = _SENTENCE_END_RE.search(norm, m.end())
        stop = end.start() if end else len(norm)
        after = [f for f in facts if m.end() <= f["start"] < stop and f["kind"] not in ("date", "year")]
        for i in range(len(after) - len(years) + 1):
            run = after[i:i + len(years)]
            if all(norm[a["end"]:b["start"]].strip() == "/" for a, b in zip(run, run[1:])) \
                    and norm[run[0]["start"] - 1:run[0]["start"]] != "/" \
                    and norm[run[-1]["end"]:run[-1]["end"] + 1] != "/" \
                    and all(f.get("period") in (years[-1], None) for f in run):
                for f, y in zip(run, years):
                    f["period"], f["period_text"] = y, y
                break
