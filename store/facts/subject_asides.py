"""A figure in a bracketed aside lends the sentence no subject the aside names.

`全国猪肉批发价格为20.75元/公斤,较1月16日下降0.20元/公斤,(猪肉批发价格指数为176.42),比1月16日下降1.0%,
比前一周均价下降3.69%`: the aside names another indicator for its own figure; the bare changes after
it are still the price's, not the index's.  A subject the aside's figure only carries from outside
(`天然气期货价格每1000立方英尺(1立方米约合35立方英尺)下跌19.6美分`) is still lent.
"""

from __future__ import annotations

def named_in_aside(text: str, sent_start: int, pos: int, subj: str) -> bool:
    """Offset `pos` is inside a bracket opened in its sentence (from `sent_start`) and not closed,
    and `subj` is written inside that bracket.  (Asked of every figure lending a subject: the
    searches are written out, no generator, and the closing ones only after an opening.)"""
    opened = max(text.rfind("(", sent_start, pos), text.rfind("（", sent_start, pos))
    return (opened >= 0 and opened > max(text.rfind(")", sent_start, pos), text.rfind("）", sent_start, pos))
            and text.find(subj, opened, pos) >= 0)
