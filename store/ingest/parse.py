"""Newspaper text → articles.

A page extracted from a PDF arrives with its sentences broken by blank lines
or by an image caption dropped mid-sentence, a promotional box, and bylines.
The parser is a pipeline of small steps, each tested on its own:

    lines → blocks → classify → drop furniture → repair breaks → articles

Three input shapes are accepted: pages with ``# `` / ``## `` markup, plain
text with the title on the first line, and JSON Lines of ``{"title", "body"}``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Iterable, Iterator

import orjson

from store.errors import InputError
from store.ingest.textio import has_html, sanitize, strip_html

# A paragraph ending in one of these is complete; anything else was cut by
# the PDF extraction and continues in the next text block.
TERMINAL = frozenset("。！？!?…；;：:”」』）)】》.")
SENTENCE_PUNCT = re.compile(r"[，。！？；：,!?;:、]")
CAPTION_MAX = 30
BOX_LINE_MAX = 16

_BYLINE = re.compile(
    r"""^[（(]?
    (?P<org>[^\s，。！？]{0,24}?)
    (?:本报|特约|首席)?(?P<role>记者|通讯员|实习生|撰稿|文/|图/)\s*[：:]?\s*
    (?P<names>[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,5})*)
    \s*(?:报道|摄)?[）)]?$""",
    re.VERBOSE,
)
_ROLE_WORDS = re.compile(r"记者|通讯员|实习生|报道|摄")
_PUBLICATION = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}?(?:日报|晚报|晨报|商报|时报|周刊|报|网|新闻社|社|电视台|台))$")
_PROMO = re.compile(r"扫码|二维码|关注我们|公众号|热线|记者帮你办|客户端|下载")
_MONTH_DAY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass
class Block:
    """A run of non-blank lines, classified."""

    kind: str  # title | heading | text | caption | byline | furniture
    text: str
    lines: list[str] = field(default_factory=list)


@dataclass
class RawArticle:
    title: str
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # (kind, text), kind: heading|text
    captions: list[str] = field(default_factory=list)
    byline: str | None = None


@dataclass
class ParsedSource:
    """What one input file yields: its articles and its page furniture."""

    file: str
    sha256: str
    articles: list[dict[str, Any]]
    furniture: list[str] = field(default_factory=list)
    publication: str | None = None
    date: str | None = None
    total: int | None = None  # number of articles, when known before iterating


# ---------------------------------------------------------------- blocks


def split_blocks(text: str) -> list[list[str]]:
    """Split text into blocks of consecutive non-blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip().replace("\u3000", " ").strip()
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def is_byline(line: str) -> bool:
    return len(line) <= 60 and "。" not in line and _BYLINE.match(line) is not None


def is_caption(line: str) -> bool:
    """Short text with no sentence punctuation standing alone."""
    return 0 < len(line) <= CAPTION_MAX and not SENTENCE_PUNCT.search(line) and not line.startswith("#")


def is_box(lines: list[str]) -> bool:
    """Several short hard-wrapped lines: a boxed sidebar such as a promo."""
    if len(lines) >= 3 and all(len(line) <= BOX_LINE_MAX for line in lines):
        return not any(line[-1] in "。！？" for line in lines[:-1])
    return any(_PROMO.search(line) for line in lines) and sum(map(len, lines)) <= 80


def classify(lines: list[str]) -> list[Block]:
    """Classify one block.  Heading and byline lines are split out of a
    block so that a title glued to its first paragraph is still a title."""
    if is_box(lines) and not any(line.startswith("#") for line in lines):
        return [Block("furniture", " ".join(lines), list(lines))]
    out: list[Block] = []
    body: list[str] = []

    def flush() -> None:
        if body:
            out.append(Block("text", join_lines(body), list(body)))
            body.clear()

    for line in lines:
        if line.startswith("## ") or line == "##":
            flush()
            out.append(Block("heading", line[2:].strip(), [line]))
        elif line.startswith("# ") or line == "#":
            flush()
            out.append(Block("title", line[1:].strip(), [line]))
        elif is_byline(line):
            flush()
            out.append(Block("byline", line, [line]))
        else:
            # One line per paragraph, unless the line was cut mid-sentence.
            if body and ends_sentence(body[-1]):
                flush()
            body.append(line)
    flush()
    return [b for b in out if b.text]


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines: no space between CJK text, one between words."""
    text = lines[0]
    for line in lines[1:]:
        if text and text[-1].isascii() and text[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            text += " " + line
        else:
            text += line
    return text


def mark_captions(blocks: list[Block]) -> list[Block]:
    """Single short lines without sentence punctuation between paragraphs
    are image captions."""
    for i, block in enumerate(blocks):
        if block.kind == "text" and len(block.lines) == 1 and is_caption(block.text):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            prev = blocks[i - 1] if i > 0 else None
            if prev is not None and prev.kind in ("text", "caption") and (nxt is None or nxt.kind != "byline"):
                block.kind = "caption"
    return blocks


def repair_breaks(blocks: list[Block]) -> list[Block]:
    """Join a paragraph cut mid-sentence with its continuation, lifting out
    any caption the PDF dropped in between."""
    out: list[Block] = []
    pending_captions: list[Block] = []
    for block in blocks:
        if block.kind == "caption" and out and out[-1].kind == "text" and not ends_sentence(out[-1].text):
            pending_captions.append(block)
            continue
        if block.kind == "text" and out and out[-1].kind == "text" and not ends_sentence(out[-1].text):
            out[-1] = Block("text", join_lines([out[-1].text, block.text]), out[-1].lines + block.lines)
            out.extend(pending_captions)
            pending_captions = []
            continue
        out.extend(pending_captions)
        pending_captions = []
        out.append(block)
    out.extend(pending_captions)
    return out


def ends_sentence(text: str) -> bool:
    return bool(text) and text[-1] in TERMINAL


# ---------------------------------------------------------------- articles


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


def reporters_of(byline: str | None) -> list[str]:
    if not byline:
        return []
    match = _BYLINE.match(byline)
    if not match:
        return []
    names = _ROLE_WORDS.sub(" ", match.group("names"))
    return [n for n in re.split(r"[\s、，,]+", names) if n]


def publication_of(byline: str | None, furniture: Iterable[str] = ()) -> str | None:
    """The newspaper's name from a byline (…-重庆晨报记者) or the page furniture."""
    if byline:
        match = _BYLINE.match(byline)
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


def assemble(raw: RawArticle) -> tuple[str, list[dict[str, Any]]]:
    """Body text (paragraphs separated by a blank line) and the section
    offsets within it."""
    parts: list[str] = []
    sections: list[dict[str, Any]] = []
    offset = 0
    for kind, text in raw.paragraphs:
        if kind == "heading":
            sections.append({"heading": text, "start": offset})
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), sections


def article_record(
    raw: RawArticle, file: str, ordinal: int, sha: str, publication: str | None, date: str | None
) -> dict[str, Any]:
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


def blocks_of(text: str) -> list[Block]:
    """Classified blocks with captions lifted out and PDF breaks repaired."""
    blocks = [b for lines in split_blocks(text) for b in classify(lines)]
    return repair_breaks(mark_captions(blocks))


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
    return f"{y:04d}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


# ---------------------------------------------------------------- entry points


def parse_page(text: str, file: str = "input.txt") -> ParsedSource:
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
    return ParsedSource(PurePath(file).name, sha, articles, furniture, publication, file_date(file))


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


def parse_json_record(record: dict[str, Any], file: str, ordinal: int, sha: str) -> dict[str, Any] | None:
    """One JSON Lines record ``{"title", "body", "date"?, "source"?}`` → article."""
    body = record.get("body") or record.get("content") or record.get("text") or ""
    title = record.get("title") or ""
    if not isinstance(body, str) or not isinstance(title, str):
        return None
    body = sanitize(body)
    title = " ".join(sanitize(title).split())
    if has_html(body):
        body = strip_html(body)
    raw = RawArticle(title)
    for block in blocks_of(body.replace("\n", "\n\n")):
        if block.kind == "byline" and raw.byline is None:
            raw.byline = block.text
        elif block.kind == "caption":
            raw.captions.append(block.text)
        elif block.kind in ("heading", "title"):
            raw.paragraphs.append(("heading", block.text))
        else:
            raw.paragraphs.append(("text", block.text))
    text, _ = assemble(raw)
    if not text and not title:
        return None
    derived = not title
    if derived:
        raw.title = _derive_title(text)
    date = record.get("date") if isinstance(record.get("date"), str) else None
    outlet = record.get("publication") or _outlet(record.get("source"))
    date = date if date and re.fullmatch(r"\d{4}-\d\d-\d\d", date) else dateline(text, None)
    article = article_record(raw, file, ordinal, sha, outlet if isinstance(outlet, str) else None, date)
    if derived:
        article["title_derived"] = True
    return article


_SOGOU_DOC = re.compile(r"<doc>(.*?)</doc>", re.S)
_SOGOU_FIELD = re.compile(r"<(url|contenttitle|content)>(.*?)</\1>", re.S)


def looks_like_sogou(text: str) -> bool:
    """The SogouCS news dump format: <doc><url/><contenttitle/><content/></doc>."""
    head = text[:4000]
    return "<doc>" in head and "<contenttitle>" in head


def iter_sogou(text: str, file: str, sha: str) -> Iterator[dict[str, Any]]:
    ordinal = 0
    for match in _SOGOU_DOC.finditer(text):
        fields = {k: v.strip() for k, v in _SOGOU_FIELD.findall(match.group(1))}
        url = fields.get("url", "")
        date = file_date(url.replace("/", "_")) if url else None
        record = {"title": fields.get("contenttitle", ""), "body": fields.get("content", ""), "date": date}
        article = parse_json_record(record, file, ordinal, sha)
        if article is not None:
            article["url"] = url or None
            yield article
            ordinal += 1


def _derive_title(body: str) -> str:
    first = re.split(r"[。！？!?\n]", body, maxsplit=1)[0]
    return first if len(first) <= 40 else first[:39] + "…"


def _outlet(source: Any) -> str | None:
    if not isinstance(source, str) or not source.strip():
        return None
    outlet = source.split("|")[0].strip()
    outlet = re.sub(r"\s*\([^)]*\)\s*$", "", outlet).strip()
    return outlet or None


def _jsonl_records(data: bytes | str, file: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines text, one line at a time (a 50 MB
    file is never copied into a list of lines); a bad line rejects the file."""
    newline = "\n" if isinstance(data, str) else b"\n"
    start, lineno = 0, 0
    while start <= len(data):
        end = data.find(newline, start)  # type: ignore[arg-type]
        if end < 0:
            end = len(data)
        line, start, lineno = data[start:end], end + 1, lineno + 1
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise InputError(f"{PurePath(file).name}: line {lineno} is not valid JSON; the file was not ingested") from None
        if not isinstance(record, dict):
            raise InputError(f"{PurePath(file).name}: line {lineno} is not a JSON object; the file was not ingested")
        yield record


def count_jsonl_articles(data: bytes | str, file: str) -> int:
    """Validate every line and count the records that hold some text: the
    cheap first pass before anything is written."""
    return sum(
        1 for record in _jsonl_records(data, file)
        if any(isinstance(record.get(k), str) and record[k].strip() for k in ("title", "body", "content", "text"))
    )


def iter_jsonl(data: bytes | str, file: str, sha: str | None = None) -> Iterator[dict[str, Any]]:
    """Articles of a JSON Lines file (see _jsonl_records for errors)."""
    if sha is None:
        sha = hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()
    ordinal = 0
    for record in _jsonl_records(data, file):
        article = parse_json_record(record, file, ordinal, sha)
        if article is not None:
            yield article
            ordinal += 1
