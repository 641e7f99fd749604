"""Lines broken inside a sentence, read as if written whole (rewrite edits).

Text copied from a PDF or a fixed-width page (a statistics bureau's release, an economic outlook) breaks its lines
wherever the width ends: `國家統計局公布，７月城鎮調查失業率升\\n至５﹒２％，較６月的失業率５％`, `預測2022年全球經濟成長率從上年的
5.9%減為\\n2.9%`.  A line break is a sentence's end for every rule (a headline is its own sentence), so the figures after
such a break lost their sentence's period, base and subject.  A break is deleted in the rewritten text only where the
sentence plainly goes on: after a clause mark or a word that cannot end one (，、的至從由將較比, 減為), or before a
mark or a word that cannot start one (，、。%至的).  A break after a full stop, a colon, a list item's ；or a closing
quote stays, and so does a headline's end (`…坠毁事故 2死1伤\\n据美国媒体报道`, `…不规范办学行为\\n教育部…`,
`…超84亿人次\\n为期40天…`, `…美国未参与\\n联合国…`)."""

from __future__ import annotations

import re

# (a line break between two non-space characters; the one before is no sentence's end)
_WRAP_RE = re.compile(r"(?:(?<=[，,、（(的至从從由将將较較比或])|(?<=[减減增降升调調成别別测測计計][为為]))\n(?=\S)"
                      r"|(?<=[^\s。！？!?：:；;”\"」』）)…])\n(?=[，,、。；;）)%％至的])")


def wrapped_line_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits deleting the line breaks inside a sentence (module doc)."""
    if "\n" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _WRAP_RE.finditer(text)]
