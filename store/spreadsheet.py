"""Cells for spreadsheets: text from the news must never run as a formula.

Excel, LibreOffice and Sheets run a CSV/TSV cell that starts with ``=``,
``+``, ``-`` or ``@`` (and, in some of them, one that starts with a tab or a
carriage return) as a formula: ``=HYPERLINK("http://…?"&A1, …)`` sends the
sheet's data away when clicked.  OWASP's advice is to prefix such a cell
with a single quote, which every spreadsheet shows as text.  A number
(``-3.5``, ``+2``, ``-1e5``) is left as it is, so signed values stay numbers.
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def spreadsheet_cell(text: str) -> str:
    """``text`` as a CSV/TSV cell a spreadsheet shows as text: a leading
    ``'`` when it would otherwise start a formula (numbers excepted)."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
