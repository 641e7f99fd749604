"""How often the extractor's rules test a whole text for a word (``"原列" in norm``), and what
those tests scan (prints figures; not a test).

The rules guard themselves with substring tests on the text and its normalised form.  Python
finds a word of one character at memory speed, but steps through the text position by
position for a longer one; this counts, per article, the tests of each kind on the two whole
texts an article's extraction reads (`text` and `norm`, wrapped in a counting ``str`` for the
run; tests on slices of them are not counted), how many find their word, how many of the
longer words hold a character the text does not hold at all (a one-character search would
have answered them), the characters the longer searches scan, and the tests that repeat one
already made on the same text within the article.  Counts, not times: the wrapper's own cost
would swamp the tests it times (compare trees by benchmarks/extract_instructions.py).

    python benchmarks/word_tests.py [--every 16]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=16, help="every Nth bulk article (16)")
    args = parser.parse_args()

    from benchmarks.extract_passes import articles
    import store.facts.extractor as extractor

    counts: Counter[str] = Counter()
    asked: set[tuple[int, str]] = set()            # (text, word) pairs tested so far in this article

    class CountedText(str):
        def __contains__(self, word: object) -> bool:
            found = str.__contains__(self, word)
            if not isinstance(word, str):
                return found
            kind = "one character" if len(word) == 1 else "longer words"
            counts[f"{kind}: tests"] += 1
            counts[f"{kind}: found"] += found
            if len(word) > 1:
                counts["longer words: a character absent"] += any(not str.__contains__(self, c) for c in word)
                counts["longer words: characters scanned"] += self.find(word) + len(word) if found else len(self)
            if (id(self), word) in asked:
                counts[f"{kind}: repeats"] += 1
            asked.add((id(self), word))
            return found

    normalize = extractor.normalize
    extractor.normalize = lambda text: CountedText(normalize(text))
    sample = articles(args.every)
    chars = 0
    for article in sample:
        asked.clear()
        for text in (article["title"], article["body"]):
            if text:
                chars += len(text)
                extractor.extract(CountedText(text), date=article.get("date"))
    print(f"{len(sample)} articles (every {args.every}th), {chars / len(sample):.0f} characters an article; per article:")
    for name, value in sorted(counts.items()):
        print(f"  {name:40} {value / len(sample):10.1f}")


if __name__ == "__main__":
    main()
