"""A document's text normalised for the index in bulk: the char-by-char
mapping of store.search.normalize applied as a lookup table over the
text's code points (numpy), instead of str.translate's lookup per char.

Nearly every char normalises to exactly one char of the Basic Multilingual
Plane; the table holds what each such char becomes, learnt from
store.search.normalize the first time the char is met, so the result is
the same by construction.  A text holding any other char (one that
normalises to several chars, or one beyond the BMP) is left to
store.search.normalize: None here.
"""

from __future__ import annotations

import numpy as np

from store.search.normalize import normalize

BMP = 0x10000
_FOLDED = np.arange(BMP, dtype=np.uint32)  # code point -> the one code point it normalises to
_KNOWN = np.zeros(BMP, dtype=bool)         # chars whose normalisation has been learnt
_OTHER = np.zeros(BMP, dtype=bool)         # chars that do not normalise to one BMP char


def fold_codes(cp: np.ndarray) -> np.ndarray | None:
    """The code points of the normalisation of the text whose code points
    are ``cp`` (uint32), as a new array; None when a char of it does not
    normalise to exactly one BMP char."""
    if not len(cp):
        return cp.copy()
    if int(cp.max()) >= BMP:
        return None
    if not _KNOWN[cp].all():
        _learn(cp)
    if _OTHER[cp].any():
        return None
    return _FOLDED[cp]


def _learn(cp: np.ndarray) -> None:
    present = np.zeros(BMP, dtype=bool)  # not np.unique: numpy 2 loads numpy.ma for it
    present[cp] = True
    new = np.flatnonzero(present & ~_KNOWN)
    for code in new.tolist():
        folded = normalize(chr(code))
        if len(folded) == 1 and ord(folded) < BMP:
            _FOLDED[code] = ord(folded)
        else:
            _OTHER[code] = True
    _KNOWN[new] = True
