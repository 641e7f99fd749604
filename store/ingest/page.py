"""Newspaper page text → articles.

Two shapes are accepted: pages with ``# `` / ``## `` markup, and plain text
with the title on the first line.  The page is split into classified blocks
(:mod:`store.ingest.blocks`), which are grouped into articles here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath

from store.ingest.articles import (
    RawArticle,
    article_record,
    dateline,
    file_date,
    page_year,
    publication_of,
)
from store.ingest.blocks import Block, blocks_of
from store.ingest.textio import has_html, sanitize, strip_html
from store.records import Article


@dataclass
class ParsedPage:
    """What a page yields: its articles and its page furniture."""

    file: str
    sha256: str
    articles: list[Article]
    furniture: list[str] = field(default_factory=list)
    publication: str | None = None
    date: str | None = None


def segment(blocks: list[Block]) -> tuple[list[RawArticle], list[str]]:
    """Group classified blocks into articles; return them and the furniture.

    ``# `` starts an article.  A ``## `` heading that follows an article's
    byline starts a new article when it is followed by a byline of its own."""
    articles: list[RawArticle] = []
    furniture: list[str] = []
    current: RawArticle | None = None
    for i, block in enumerate(blocks):
        if block.kind == "furniture":
            furniture.append(block.text)
        elif block.kind == "title":
            current = RawArticle(block.text)
            articles.append(current)
        elif current is None:
            if block.kind == "heading":
                current = RawArticle(block.text)
                articles.append(current)
            else:
                furniture.append(block.text)
        elif block.kind == "heading" and current.byline is not None and _byline_ahead(blocks, i + 1):
            current = RawArticle(block.text)
            articles.append(current)
        elif block.kind == "heading":
            current.paragraphs.append(("heading", block.text))
        elif block.kind == "byline":
            current.byline = block.text if current.byline is None else current.byline
        elif block.kind == "caption":
            current.captions.append(block.text)
        else:
            current.paragraphs.append(("text", block.text))
    return [a for a in articles if a.title or a.paragraphs], furniture


def _byline_ahead(blocks: list[Block], start: int) -> bool:
    for block in blocks[start:]:
        if block.kind == "byline":
            return True
        if block.kind in ("title", "heading"):
            return False
    return False


# ---------------------------------------------------------------- entry points


def parse_page(text: str, file: str = "input.txt") -> ParsedPage:
    """Parse one page of text (``#`` markup or plain) into articles."""
    text = sanitize(text)
    if has_html(text):
        text = strip_html(text)
    sha = hashlib.sha256(text.encode()).hexdigest()
    has_markup = any(line.startswith("# ") for line in text.split("\n"))
    if not has_markup:
        text = _promote_first_line(text)
    raws, furniture = segment(blocks_of(text))
    year = page_year(file, [r.title for r in raws])
    publication = None
    for raw in raws:
        publication = publication or publication_of(raw.byline)
    publication = publication or publication_of(None, furniture)
    articles = []
    for ordinal, raw in enumerate(raws):
        article = article_record(raw, file, ordinal, sha, publication_of(raw.byline) or publication, None)
        if not article["body"] and not raw.title:
            continue
        article["date"] = dateline(article["body"], year) or file_date(file)
        articles.append(article)
    return ParsedPage(PurePath(file).name, sha, articles, furniture, publication, file_date(file))


def _promote_first_line(text: str) -> str:
    """Plain text: the first non-empty line is the title."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            lines[i] = "# " + line.strip()
            # The title is a block of its own even when the body follows directly.
            lines.insert(i + 1, "")
            break
    return "\n".join(lines)
