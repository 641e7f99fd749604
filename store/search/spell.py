"""Pinyin spelling of the words of articles just added, without pypinyin.

The pinyin vocabulary is counted with jieba's dictionary and spelled by
pypinyin, which take seconds to load: a commit keeps its articles' texts
aside until a thousand have gathered (store.search.index).  Until then a
new name in today's file (a company, a place) would not be found by its
pinyin.  So a commit also spells the short runs (2–4 Han chars) of its new
articles' titles, headings and subjects' starts with a table of each char's
commonest reading and the words pypinyin's phrase dictionary reads
otherwise (重庆 chongqing, 银行 yinhang), kept as a JSON file in the user's
cache folder (made once from pypinyin, read in milliseconds after).  The
words are provisional: the next count replaces them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from store.search.pinyin import MIN_LEN

NEW_MAX_LEN = 4       # names are short; longer runs are spelled by their parts
SUBJECT_LEAD = 6      # a subject's first chars: where its company or place is named
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


def _table_path() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    from platformdirs import user_cache_path

    try:
        return str(user_cache_path("factdesk", appauthor=False) / f"pinyin-chars-{version('pypinyin')}.json")
    except (PackageNotFoundError, OSError, RuntimeError, KeyError):
        return None


def _build_table() -> list:
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    chars: dict[str, str] = {}
    for code, readings in pinyin_dict.items():
        if 0x3400 <= code <= 0x9FFF:
            spelled = to_normal(readings.split(",")[0]).lower()
            if spelled.isascii() and spelled.isalpha():
                chars[chr(code)] = spelled
    words: dict[str, str] = {}
    for word, spelled in phrases_dict.items():
        if not MIN_LEN <= len(word) <= NEW_MAX_LEN or len(spelled) != len(word):
            continue
        syllables = [to_normal(s[0]).lower() for s in spelled]
        if all(s.isascii() and s.isalpha() for s in syllables) and syllables != [chars.get(c) for c in word]:
            words[word] = " ".join(syllables)
    return [chars, words]


@lru_cache(maxsize=1)
def spelling_table() -> tuple[dict[str, str], dict[str, str]]:
    """(char -> its commonest reading, word -> its syllables where they differ)."""
    path = _table_path()
    if path:
        try:
            with open(path, "rb") as fh:
                chars, words = json.loads(fh.read())
            if isinstance(chars, dict) and isinstance(words, dict):
                return chars, words
        except (OSError, ValueError, TypeError):
            pass
    chars, words = _build_table()
    if path:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump([chars, words], fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass  # an unwritable cache: made again next time
    return chars, words


def spell(word: str) -> list[str] | None:
    """The syllables of `word` (None when a char has no reading)."""
    chars, words = spelling_table()
    out: list[str] = []
    i = 0
    while i < len(word):
        for j in range(min(len(word), i + NEW_MAX_LEN), i + 1, -1):
            phrase = words.get(word[i:j])
            if phrase:
                out += phrase.split(" ")
                i = j
                break
        else:
            syllable = chars.get(word[i])
            if syllable is None:
                return None
            out.append(syllable)
            i += 1
    return out


def _runs(article: Mapping, facts: Iterable[Mapping]) -> Iterable[str]:
    yield from _HAN.findall(article.get("title") or "")
    for s in article.get("sections") or []:
        yield from _HAN.findall(s.get("heading") or "")
    for f in facts:
        runs = _HAN.findall(f.get("subject") or "")
        if runs:
            yield runs[0][:SUBJECT_LEAD]


def new_words(docs: Iterable[Mapping], words: dict[str, list] | None = None) -> dict[str, list]:
    """`words` ({word: [count, full, initials]}, the vocabulary's form) with
    the short runs of `docs` (index documents) added."""
    words = {} if words is None else words
    seen: set[str] = set()
    for doc in docs:
        for run in _runs(doc, doc.get("facts") or []):
            for i in range(len(run) - MIN_LEN + 1):
                for j in range(i + MIN_LEN, min(len(run), i + NEW_MAX_LEN) + 1):
                    seen.add(run[i:j])
    for word in seen:
        entry = words.get(word)
        if entry is not None:
            entry[0] += 1
            continue
        syllables = spell(word)
        if syllables:
            words[word] = [1, "".join(syllables), "".join(s[0] for s in syllables)]
    return words
