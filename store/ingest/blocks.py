"""Page text → classified blocks.

A page extracted from a PDF arrives with its sentences broken by blank lines
or by an image caption dropped mid-sentence, a promotional box, and bylines.
The steps, each tested on its own:

    lines → blocks → classify → drop furniture → repair breaks

:func:`blocks_of` runs them all; :mod:`store.ingest.page` groups the blocks
into articles and :mod:`store.ingest.jsonl` reads a record's body with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A paragraph ending in one of these is complete; anything else was cut by
# the PDF extraction and continues in the next text block.
TERMINAL = frozenset("。！？!?…；;：:”」』）)】》.")
SENTENCE_PUNCT = re.compile(r"[，。！？；：,!?;:、]")
CAPTION_MAX = 30
BOX_LINE_MAX = 16

BYLINE = re.compile(
    r"""^[（(]?
    (?P<org>[^\s，。！？]{0,24}?)
    (?:本报|特约|首席)?(?P<role>记者|通讯员|实习生|撰稿|文/|图/)\s*[：:]?\s*
    (?P<names>[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,5})*)
    \s*(?:报道|摄)?[）)]?$""",
    re.VERBOSE,
)
_PROMO = re.compile(r"扫码|二维码|关注我们|公众号|热线|记者帮你办|客户端|下载")



@dataclass
class Block:
    """A run of non-blank lines, classified."""

    kind: str  # title | heading | text | caption | byline | furniture
    text: str
    lines: list[str] = field(default_factory=list)


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
    return len(line) <= 60 and "。" not in line and BYLINE.match(line) is not None


def is_caption(line: str) -> bool:
    """Short text with no sentence punctuation standing alone."""
    return 0 < len(line) <= CAPTION_MAX and not SENTENCE_PUNCT.search(line) and not line.startswith("#")


def is_box(lines: list[str]) -> bool:
    """Several short hard-wrapped lines: a boxed sidebar such as a promo."""
    if len(lines) >= 3 and all(len(line) <= BOX_LINE_MAX for line in lines):
        return not any(line[-1] in "。！？" for line in lines[:-1])
    # the length first: most blocks are paragraphs of more than 80 characters
    # (the promotional words' scan of each of their lines found nothing there)
    return sum(map(len, lines)) <= 80 and any(_PROMO.search(line) for line in lines)


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


def blocks_of(text: str) -> list[Block]:
    """Classified blocks with captions lifted out and PDF breaks repaired."""
    blocks = [b for lines in split_blocks(text) for b in classify(lines)]
    return repair_breaks(mark_captions(blocks))
