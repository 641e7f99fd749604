"""The search index's vocabulary files: the pinyin vocabulary counted from the
articles' texts (merged into the previous one, or received as a file's bytes
counted elsewhere), and the texts of articles added since it was last counted,
kept aside until the next count."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from store.fileio import atomic_write

if TYPE_CHECKING:
    from store.search.pinyin import VocabTexts


def pending_texts(directory: Path, pending: str | None) -> VocabTexts:
    """The vocabulary texts of the articles added since the vocabulary was
    last counted."""
    from store.search.pinyin import VocabTexts

    texts = VocabTexts()
    if pending:
        try:
            held = json.loads((directory / pending).read_bytes())
            texts.strong, texts.weak = held[0], held[1]
            texts.new_words = held[2] if len(held) > 2 and isinstance(held[2], dict) else {}
        except (OSError, ValueError, TypeError, IndexError, KeyError):
            pass  # lost: those articles' words wait for the next rebuild
    return texts


def pending_file(directory: Path, texts: VocabTexts) -> str:
    name = f"vocab.{uuid.uuid4().hex[:8]}.pending.json"
    held = [texts.strong, texts.weak, texts.new_words]
    atomic_write(directory / name, json.dumps(held, ensure_ascii=False).encode())
    return name


def vocab_file(directory: Path, texts: VocabTexts, previous: str | None) -> str:
    """Count the words of `texts`, merge into the previous vocabulary, write a new file."""
    known = None
    if previous:
        try:
            known = json.loads((directory / previous).read_bytes())
        except (OSError, ValueError):
            known = None
    name = f"vocab.{uuid.uuid4().hex[:8]}.json"
    atomic_write(directory / name, json.dumps(texts.vocab(known), ensure_ascii=False).encode())
    return name


def vocab_bytes_file(directory: Path, raw: bytes) -> str:
    """Write a vocabulary counted elsewhere (its file's bytes)."""
    name = f"vocab.{uuid.uuid4().hex[:8]}.json"
    atomic_write(directory / name, raw)
    return name


def pending_words(directory: Path, pending: str | None) -> dict[str, list]:
    """The words of the articles added since the vocabulary was last
    counted, as a commit spelled them (store.search.spell)."""
    if not pending:
        return {}
    try:
        held = json.loads((directory / pending).read_bytes())
    except (OSError, ValueError):
        return {}
    words = held[2] if isinstance(held, list) and len(held) > 2 else None
    if not isinstance(words, dict):
        return {}
    return {w: v for w, v in words.items() if isinstance(v, list) and len(v) == 3}
