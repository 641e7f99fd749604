"""What a file's records held that could not be used as given: records
with no title and no text, or with a title or text that is no text (a
number, a JSON object: left out), dates that are no calendar date (the
article is kept, dated from its text or undated), and records that repeat
an earlier one of the same file (left out: the store keeps the first).
Said in one line for the file instead of nothing; the repeats in a line of
their own, which is no problem (the ingest's exit status stays 0)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# A date as feeds write it: 2025-01-02, 2025/1/2, 2025.01.02, 2025年1月2日,
# with a time after it or not (2025-01-02T08:00:00+08:00, 2025-01-02 08:00);
# or eight digits, 20250102.
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?=$|[T\s])")
_DIGITS = re.compile(r"(\d{4})(\d\d)(\d\d)")
_NAMED = 3  # where the first few problems are, by line or record number


def calendar_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None when there is no such day (2025-02-30)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def record_date(value: object) -> tuple[str | None, bool]:
    """A record's ``date`` field as ``YYYY-MM-DD``, and whether it was
    usable: (None, True) when there is none, (None, False) when it is
    something that is no calendar date (2025-13-45, 0000-00-00, "昨天")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None, False
    text = str(value).strip()
    match = _DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups() if g is not None)
        return (found := calendar_date(year, month, day)), found is not None
    match = _DIGITS.fullmatch(text)
    if match:
        found = calendar_date(*(int(g) for g in match.groups()))
        return found, found is not None
    return None, False


@dataclass
class RecordNotes:
    """Collected while a file's records are read; ``line()`` says it."""

    unit: str = "line"  # how a record is numbered: "line" (JSON Lines), "record" (<doc>), "article" (a page)
    no_text: list[int] = field(default_factory=list)
    wrong_types: list[tuple[int, str]] = field(default_factory=list)  # (where, "body is a JSON object")
    bad_dates: list[tuple[int, str]] = field(default_factory=list)
    last_at: int = 0   # where the parser's latest article came from (0: it does not say)
    repeats: int = 0
    repeated_at: list[int] = field(default_factory=list)   # where the first few repeats are
    future: list[tuple[int, str]] = field(default_factory=list)  # (where, date) of dates after tomorrow
    unreadable: list[int] = field(default_factory=list)      # lines no encoding reads (left out)
    other_encoding: list[int] = field(default_factory=list)  # lines read as GB18030 in a UTF-8 file

    def no_text_at(self, where: int) -> None:
        self.no_text.append(where)

    def wrong_type_at(self, where: int, what: str) -> None:
        """The record at ``where`` has a title or text that is no text (left out)."""
        self.wrong_types.append((where, what))

    def article_at(self, where: int) -> None:
        """The parser gives an article from this line or record."""
        self.last_at = where

    def repeated(self, wheres: Iterable[int]) -> None:
        """The records at these places repeat an earlier one and were left out."""
        for where in wheres:
            self.repeats += 1
            if len(self.repeated_at) < _NAMED:
                self.repeated_at.append(where)

    def repeats_line(self, path: str) -> str | None:
        """The repeats said in one line (naming the file: `path:line` of the first few), or None."""
        if not self.repeats:
            return None
        n = self.repeats
        unit = f"{self.unit} " if self.unit != "line" else ""
        places = ", ".join(f"{path}:{unit}{where}" for where in sorted(self.repeated_at))
        what = "records left out, each" if n > 1 else "record left out,"
        return (f"{n} repeated {what} the same title and text as an earlier record of the file "
                f"({places}{' …' if n > _NAMED else ''}); the first is kept")

    def date_seen(self, where: int, date: str | None, today: datetime.date | None = None) -> None:
        """A record's calendar date: one after tomorrow (a clock or feed
        that is wrong; a paper dated tomorrow in another time zone is not)
        is noted, since its 今年 and 上年同期 are read against it."""
        if date is None:
            return
        today = today or datetime.date.today()
        if date > (today + datetime.timedelta(days=1)).isoformat():
            self.future.append((where, date))

    def future_line(self, path: str) -> str | None:
        """Dates after tomorrow said in one line (no problem: the articles are kept as dated), or None."""
        if not self.future:
            return None
        n = len(self.future)
        unit = f"{self.unit} " if self.unit != "line" else ""
        places = ", ".join(f"{path}:{unit}{where} {date}" for where, date in self.future[:_NAMED])
        return (f"{n} record{'s' if n > 1 else ''} dated after today ({places}{' …' if n > _NAMED else ''}); "
                f"{'they are' if n > 1 else 'it is'} kept as dated, and {'their' if n > 1 else 'its'} relative periods "
                f"(今年, 上年同期) read against {'those dates' if n > 1 else 'that date'}: check the source's dates")

    def encoding_line(self, path: str) -> str | None:
        """Lines read as GB18030 in a file of UTF-8 ones, said in one line
        (no problem: each line is read in its own encoding), or None."""
        if not self.other_encoding:
            return None
        n = len(self.other_encoding)
        return (f"{path}: {n} line{'s' if n > 1 else ''} in GB18030 among UTF-8 ones ({self._where(self.other_encoding)}): "
                f"each line was read in its own encoding")

    def bad_date_at(self, where: int, value: object) -> None:
        shown = value if isinstance(value, str) else repr(value)
        shown = shown if len(shown) <= 30 else shown[:29] + "…"
        self.bad_dates.append((where, f'"{shown}"' if isinstance(value, str) else shown))

    def _where(self, numbers: list[int]) -> str:
        first = ", ".join(str(n) for n in numbers[:_NAMED])
        return f"{self.unit}{'s' if len(numbers) > 1 else ''} {first}{' …' if len(numbers) > _NAMED else ''}"

    def line(self) -> str | None:
        """What the user is told (without the file's name), or None."""
        parts = []
        if self.unreadable:
            n = len(self.unreadable)
            parts.append(f"{n} line{'s' if n > 1 else ''} not readable as text in any encoding left out "
                         f"({self._where(self.unreadable)})")
        if self.no_text:
            n = len(self.no_text)
            parts.append(f"{n} record{'s' if n > 1 else ''} with no title or text left out ({self._where(self.no_text)})")
        if self.wrong_types:
            n = len(self.wrong_types)
            shown = "; ".join(f"{self.unit} {where}: {what}" for where, what in self.wrong_types[:_NAMED])
            parts.append(f"{n} record{'s' if n > 1 else ''} whose title or text is not text left out "
                         f"({shown}{' …' if n > _NAMED else ''})")
        if self.bad_dates:
            n = len(self.bad_dates)
            shown = ", ".join(f"{self.unit} {where}: {value}" for where, value in self.bad_dates[:_NAMED])
            parts.append(f"{n} date{'s' if n > 1 else ''} that {'are' if n > 1 else 'is'} no calendar date "
                         f"({shown}{' …' if n > _NAMED else ''}): {'their articles are' if n > 1 else 'its article is'}"
                         " kept, dated from the text or undated")
        return "; ".join(parts) or None
