"""Pinyin order for Chinese text: the order a Chinese reader expects of a
list of titles, publications or subjects (阿 安 北 重庆 长沙 … 中国), where
code points put 中 before 乙 and scatter a word's homophones.

Each Han character reads as its syllable and tone (中 → zhong1), Latin
letters as themselves (GDP among the g's), digits before letters;
punctuation and spaces are ignored, as in a dictionary.  A character with
several readings takes the one its two-character word gives (重庆 chong2,
银行 hang2, 长沙 chang2), else its commonest.  The tables come from
pypinyin's dictionaries, loaded on first use; a key is built with
``str.translate``, so ordering a hundred thousand titles takes a fraction of
a second (pypinyin's phrase segmenter would take half a minute).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[\W_]+")


class _Readings(dict):
    """Code point -> its sort spelling, filled as characters are met."""

    def __init__(self, table: dict[int, str]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, code: int) -> str:
        readings = self.table.get(code)
        value = _tone3(readings.split(",")[0]) if readings else chr(code)
        self[code] = value
        return value


def _tone3(reading: str) -> str:
    from pypinyin.contrib.tone_convert import to_tone3

    spelled = to_tone3(reading)
    # The neutral tone after the four (de5): a syllable always ends in a
    # digit, so 西安 (xi1an1) sorts after 西 (xi1) and before 先 (xian1).
    return spelled if spelled[-1:].isdigit() else spelled + "5"


@lru_cache(maxsize=1)
def _tables() -> tuple[_Readings, dict[str, tuple[str, str]], re.Pattern[str] | None]:
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    readings = _Readings(pinyin_dict)
    words: dict[str, tuple[str, str]] = {}
    for word, spelled in phrases_dict.items():
        if len(word) != 2 or len(spelled) != 2:
            continue
        if "," not in pinyin_dict.get(ord(word[0]), "") and "," not in pinyin_dict.get(ord(word[1]), ""):
            continue  # one reading each: the word reads as its characters do
        pair = (_tone3(spelled[0][0]), _tone3(spelled[1][0]))
        if pair != (readings[ord(word[0])], readings[ord(word[1])]):
            words[word] = pair
    chars = sorted({ch for word in words for ch in word})
    pattern = re.compile("[" + "".join(re.escape(ch) for ch in chars) + "]") if chars else None
    return readings, words, pattern


def pinyin_key(text: str | None) -> str:
    """A key that orders Chinese text by pinyin (then tone), Latin text
    alphabetically, ignoring case, punctuation and spaces."""
    folded = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "")).casefold()
    readings, words, pattern = _tables()
    if pattern is None or not pattern.search(folded):
        return folded.translate(readings)
    parts: list[str] = []
    done = 0
    for match in pattern.finditer(folded):
        at = match.start()
        if at < done:
            continue
        if (pair := words.get(folded[at:at + 2])) is not None:
            parts += [folded[done:at].translate(readings), *pair]
            done = at + 2
        elif at - 1 >= done and (pair := words.get(folded[at - 1:at + 1])) is not None:
            parts += [folded[done:at - 1].translate(readings), *pair]
            done = at + 1
    parts.append(folded[done:].translate(readings))
    return "".join(parts)


def pinyin_order(text: str | None) -> tuple[str, str]:
    """A sort key: pinyin order, ties broken by the text itself."""
    return pinyin_key(text), text or ""
