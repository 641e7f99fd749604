"""The losses of loss-making firms, summed, are an indicator of their own, stated as a positive amount.

Statistical releases report `亏损企业亏损额961亿元，同比下降4.4%` (or a group of firms', `规模以上工业企业的累计亏损额为565亿元`):
the total the loss-making firms lost, whose
change is told as a rise or fall of that total. It names no profit, so the rule that a loss is a negative profit
(亏损3亿元 → −3亿) does not apply; a company's own `亏损额为1.2亿元` still does.
"""

from __future__ import annotations

import re

_AGGREGATE_LEFT_RE = re.compile(
    r"(?:[亏虧]损企[业業](?:的)?[亏虧]损(?:总|總)?[额額]"
    # (or a group of firms' summed losses, as releases of industrial profits write it: 规模以上工业企业的累计亏损额为565亿元,
    # 国有及国有控股企业的亏损额为258亿元 — cov53; one firm's, 该企业亏损额, stays its own loss)
    r"|(?<![该該此这這家])企[业業](?:的)?(?:累计|累計)?[亏虧]损(?:总|總)?[额額])"
    r"(?:合计|合計|累计|累計|共计|共計|为|為|达到|達到|达|達|约|約|[:：]|\s)*$")


def aggregate_loss(left: str) -> bool:
    """True when the figure right after `left` is the summed losses of loss-making firms."""
    return bool(_AGGREGATE_LEFT_RE.search(left[-30:]))
