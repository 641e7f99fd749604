"""When two records are the same article: the content key.

Two records are one article when their titles and bodies are the same once
normalised the way search normalises text (full- and half-width forms and
Latin case alike: store.search.normalize) with whitespace left out
(Chinese text does not separate words, and feeds differ in where they break
lines and paragraphs or put a space beside a Latin word).  The key is a 64-bit BLAKE2b digest of that text, so stores can keep
it beside each article and compare without reading bodies (a collision is
about one in 10^7 at a million articles).  Both stores use it: the TinyDB
store and the PostgreSQL one must agree on what is a duplicate.
"""

from __future__ import annotations

import hashlib

from store.search.normalize import normalize


def normalized_text(text: str) -> str:
    """Width and case folded, whitespace left out: what the content key compares."""
    return "".join(normalize(text).split())


def content_key(title: str, body: str) -> str:
    """16 hex digits naming the article's normalised title and body."""
    return normalised_content_key(normalize(title), normalize(body))


def normalised_content_key(title: str, body: str) -> str:
    """content_key of a title and body already normalised (store.search.normalize),
    as an extraction worker has them from preparing the article's index document."""
    text = "".join(title.split()) + "\x1f" + "".join(body.split())
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
