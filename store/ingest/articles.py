"""Article records: assembling the stored article, its id, reporters,
publication and date, whatever format it came in."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from store.errors import InputError
from store.ingest.blocks import BYLINE
from store.ingest.record_notes import calendar_date
from store.records import Article, Section

_ROLE_WORDS = re.compile(r"记者|通讯员|实习生|报道|摄")
_PUBLICATION = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}?(?:日报|晚报|晨报|商报|时报|周刊|报|网|新闻社|社|电视台|台))$")
_MONTH_DAY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")

# The longest article of the bulk corpus has about 21,000 characters; a
# body of millions is a dump or a broken feed, and costs the extractor and
# the search index memory and disk out of all proportion (17 million
# characters made a store of over 3 GB).  ``ingest --max-chars`` raises it.
MAX_ARTICLE_CHARS = 1_000_000
MAX_CHARS_ENV = "FACTDESK_MAX_ARTICLE_CHARS"


def max_article_chars() -> int:
    """The limit in force: $FACTDESK_MAX_ARTICLE_CHARS (set by ``--max-chars``), else the default."""
    value = os.environ.get(MAX_CHARS_ENV, "").strip()
    if not value:
        return MAX_ARTICLE_CHARS
    if not value.isdigit() or int(value) < 1:
        raise InputError(f"${MAX_CHARS_ENV}={value!r}: not a positive number of characters")
    return int(value)


@dataclass
class SizeLimit:
    """Leaves out the articles of one file whose body is over the limit and
    says so in one line for the file (the rest of the file is ingested)."""

    file: str
    limit: int = field(default_factory=max_article_chars)
    over: list[tuple[int, str, int]] = field(default_factory=list)  # (article number, title, characters)

    def within(self, articles: Iterable[Article]) -> Iterator[Article]:
        for number, article in enumerate(articles, 1):
            size = len(article.get("body") or "")
            if size > self.limit:
                self.over.append((number, article["title"], size))
                continue
            yield article

    def line(self) -> str | None:
        """What the user is told, or None when every article was within the limit."""
        if not self.over:
            return None
        number, title, size = self.over[0]
        short = title if len(title) <= 30 else title[:29] + "…"
        which = f"article {number} ({short}) has {size:,} characters"
        if len(self.over) > 1:
            which = f"{len(self.over)} articles left out, the first: {which}"
        else:
            which += ", left out"
        return (f"{self.file}: {which}; an article may have at most {self.limit:,} "
                f"(raise the limit with factdesk ingest --max-chars N)")


@dataclass
class RawArticle:
    title: str
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # (kind, text), kind: heading|text
    captions: list[str] = field(default_factory=list)
    byline: str | None = None


def reporters_of(byline: str | None) -> list[str]:
    if not byline:
        return []
    match = BYLINE.match(byline)
    if not match:
        return []
    names = _ROLE_WORDS.sub(" ", match.group("names"))
    return [n for n in re.split(r"[\s、，,]+", names) if n]


def publication_of(byline: str | None, furniture: Iterable[str] = ()) -> str | None:
    """The newspaper's name from a byline (…-重庆晨报记者) or the page furniture."""
    if byline:
        match = BYLINE.match(byline)
        if match and match.group("org"):
            org = re.split(r"[-—–/|·]", match.group("org"))[-1]
            pub = _PUBLICATION.search(org)
            if pub:
                return pub.group(1)
    for text in furniture:
        for word in re.split(r"[\s]+", text):
            if word.endswith(("日报", "晚报", "晨报", "商报", "时报")) and len(word) <= 10:
                return word
    return None


def assemble(raw: RawArticle) -> tuple[str, list[Section]]:
    """Body text (paragraphs separated by a blank line) and the section
    offsets within it."""
    parts: list[str] = []
    sections: list[Section] = []
    offset = 0
    for kind, text in raw.paragraphs:
        if kind == "heading":
            sections.append({"heading": text, "start": offset})
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), sections


def article_record(
    raw: RawArticle, file: str, ordinal: int, sha: str, publication: str | None, date: str | None
) -> Article:
    """The stored article: body and section offsets assembled from ``raw``."""
    body, sections = assemble(raw)
    name = PurePath(file).name
    return {
        "id": article_id(name, ordinal, raw.title),
        "title": raw.title,
        "sections": sections,
        "byline": raw.byline,
        "reporters": reporters_of(raw.byline),
        "captions": raw.captions,
        "body": body,
        "source": {"file": name, "sha256": sha},
        "publication": publication,
        "date": date,
        "order": ordinal,
    }


def article_id(file: str, ordinal: int, title: str) -> str:
    digest = hashlib.sha1(f"{file}\x1f{ordinal}\x1f{title}".encode()).hexdigest()
    return digest[:16]


# ---------------------------------------------------------------- dates


def file_date(name: str) -> str | None:
    match = _FILE_DATE.search(PurePath(name).name)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def page_year(name: str, titles: Iterable[str]) -> int | None:
    """The page's year: from its file name, else a year named in a title."""
    date = file_date(name)
    if date:
        return int(date[:4])
    for title in titles:
        match = _YEAR.search(title)
        if match:
            return int(match.group(1))
    return None


def dateline(text: str, year: int | None) -> str | None:
    """The date of an article from the month/day its opening states."""
    match = _MONTH_DAY.search(text[:160])
    if not match:
        return None
    y = int(match.group("y")) if match.group("y") else year
    if y is None:
        return None
    return calendar_date(y, int(match.group("m")), int(match.group("d")))  # never 2月30日 as a date
