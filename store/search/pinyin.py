"""Pinyin: the vocabulary of an archive (built at ingest) and the expansion
of a Latin-letter query term into the Chinese words it spells.

A pinyin query is turned into the Chinese words it can spell, which are then
searched exactly.  Converting *words* (not single chars) lets pypinyin's phrase
dictionary read polyphones right (重庆 -> chongqing, not zhongqing).

The vocabulary holds the words of jieba's dictionary that occur in titles,
section headings, fact subjects (all of them) and the first paragraph of each
body (words seen at least twice).  Words are found by walking the dictionary's
prefix table at every position of each distinct run of Han chars, not by
jieba's segmenter: much faster than its DAG and route search, and it also
yields the short words inside long ones (长寿 in 长寿区), as cut_for_search
did.  A word straddling two segmented words may be added too (市长 in
重庆市长寿区); harmless, as it does occur there as text.  Leads are read
until WEAK_CHARS_MAX distinct chars of them have been seen, so the cost is
bounded however large the archive.  jieba and pypinyin are imported lazily:
only while building, never on query or import.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from store.search.normalize import normalize

if TYPE_CHECKING:
    from store.search.query import Term

MIN_LEN, MAX_LEN = 2, 6
LEAD_CHARS = 60          # how much of each body's first paragraph is segmented
MAX_WORDS = 300_000      # bound on the vocabulary
INITIALS_KEEP = 30       # words kept per initials key (most frequent first)
# Chinese words one Latin query term may stand for: each is a lookup of its
# own, so a short spelling shared by many words must not multiply the cost.
MAX_PINYIN_ALTERNATIVES = 32
WEAK_CHARS_MAX = 2_000_000   # bound on the distinct lead text scanned (build cost)
_HAN_RUN = re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff]{{{MIN_LEN},}}")


def _jieba():
    import logging

    import jieba  # lazy: loading its dictionary takes a while

    # Its failure to save its cache is harmless (the dictionary is read
    # again next time) and must not print a traceback.
    jieba.setLogLevel(logging.CRITICAL)
    if jieba.dt.tmp_dir is None:
        jieba.dt.tmp_dir = _cache_dir()
    jieba.initialize()
    return jieba


def _cache_dir() -> str | None:
    """This user's cache folder for jieba's dictionary cache, instead of a
    /tmp/jieba.cache shared by every user (another user's copy can be
    neither read nor replaced, and a file someone else wrote is not to be
    loaded); None (jieba's default) when it cannot be made."""
    import os

    from platformdirs import user_cache_path

    try:
        path = user_cache_path("factdesk", appauthor=False)
        path.mkdir(parents=True, exist_ok=True)
        return str(path) if os.access(path, os.W_OK) else None
    except OSError:
        return None


def _runs(texts: Iterable[str], limit: int | None = None) -> Counter[str]:
    """Occurrences of each run of Han chars (runs repeat a lot: scan each once)."""
    runs: Counter[str] = Counter()
    seen = 0
    for text in texts:
        for r in _HAN_RUN.findall(text):
            if r not in runs:
                seen += len(r)
            runs[r] += 1
        if limit is not None and seen > limit:
            break
    return runs


def _dictionary_words(runs: Counter[str], freq: dict[str, int], weight: int) -> Counter[str]:
    """Dictionary words (MIN_LEN..MAX_LEN chars) at every position of the runs."""
    counts: Counter[str] = Counter()
    get = freq.get
    for run, n in runs.items():
        end = len(run)
        for i in range(end - MIN_LEN + 1):
            # jieba's table holds every prefix of every word (prefixes with 0 freq)
            if get(run[i]) is None:
                continue
            for j in range(i + MIN_LEN, min(i + MAX_LEN, end) + 1):
                f = get(run[i:j])
                if f is None:
                    break
                if f:
                    counts[run[i:j]] += n * weight
    return counts


def count_words(strong: Iterable[str], weak: Iterable[str]) -> Counter[str]:
    """Word counts of `strong` texts (titles, headings, subjects: every word kept)
    and `weak` texts (body leads, first LEAD_CHARS chars: only words seen >= 2
    times are kept).  Strong words are counted with a large bonus so that they
    survive trimming."""
    return counted_runs(_runs(strong), _runs((t[:LEAD_CHARS] for t in weak), WEAK_CHARS_MAX))


def counted_runs(strong: Counter[str] | Iterable[Counter[str]], weak: Counter[str]) -> Counter[str]:
    """count_words of texts given as the counts of their Han runs (_runs);
    ``strong`` may come as several Counters, one after the other (a large
    build's runs spilled in batches: VocabRuns), counted as their sum."""
    freq = _jieba().dt.FREQ
    if isinstance(strong, Counter):
        counts = _dictionary_words(strong, freq, 1000)
    else:
        # Words are counted in the order their runs were first seen either
        # way (a run of a later batch seen in an earlier one brings no new
        # word), so the Counter is the same, order included.
        total: dict[str, int] = {}
        for batch in strong:
            for word, n in _dictionary_words(batch, freq, 1000).items():
                total[word] = total.get(word, 0) + n
        counts = Counter(total)
    weak_counts = _dictionary_words(weak, freq, 1)
    for w, c in weak_counts.items():
        if c >= 2 or w in counts:
            counts[w] += c
    if len(counts) > MAX_WORDS:
        counts = Counter(dict(counts.most_common(MAX_WORDS)))
    return counts


def initials_of(word_pinyin: list[str]) -> str:
    return "".join(s[0] for s in word_pinyin if s)


def build_vocab(counts: Counter[str], known: dict[str, list] | None = None) -> dict[str, list]:
    """{word: [count, full_pinyin, initials]}; words already in `known` keep their spelling."""
    from pypinyin import lazy_pinyin

    vocab: dict[str, list] = {w: list(v) for w, v in (known or {}).items()}
    new = [w for w in counts if w not in vocab]
    for w in new:
        syl = lazy_pinyin(w, errors="ignore")
        if len(syl) != len(w) or not all(s.isascii() and s.isalpha() for s in syl):
            continue
        vocab[w] = [0, "".join(syl).lower(), initials_of([s.lower() for s in syl])]
    for w, c in counts.items():
        if w in vocab:
            vocab[w][0] += c
    if len(vocab) > MAX_WORDS:
        keep = sorted(vocab.items(), key=lambda kv: -kv[1][0])[:MAX_WORDS]
        vocab = dict(keep)
    return vocab


class PinyinLookup:
    """Query side: Latin letters -> Chinese words (no jieba/pypinyin needed).

    The first few spellings asked for are found by one pass over the
    vocabulary each (a command searching once needs one or two); past them
    (the app, asking as the user types) the tables of every spelling are
    built once.  Both give the words in the same order."""

    SCANS = 4

    def __init__(self, vocab: dict[str, list] | None = None, *, raw: bytes | None = None,
                 new: dict[str, list] | None = None):
        self._parsed = vocab
        # words of the articles added since the vocabulary was counted
        # (store.search.spell), found after the counted ones
        self._new = new or {}
        # The vocabulary file as written (json.dumps, ensure_ascii=False):
        # a scan reads only the entries spelled as asked, parsing the whole
        # file (a large archive's is megabytes) waits for the tables.
        self._raw = raw
        self._scans = 0
        self._full: dict[str, list[str]] | None = None
        self._init: dict[str, list[str]] = {}

    def words(self, latin: str) -> list[str]:
        """Words spelled by `latin` in full pinyin first, then by initials."""
        latin = latin.lower()
        if self._full is None and self._scans < self.SCANS:
            self._scans += 1
            full, init = self._scan(latin)
        else:
            tables = self._tables()
            full, init = tables[0].get(latin, []), tables[1].get(latin, [])
        out = list(full)
        if len(latin) <= MAX_LEN:
            out += [w for w in init if w not in out]
        if self._new:
            found = sorted((-count, w, spelled == latin) for w, (count, spelled, ini) in self._new.items()
                           if spelled == latin or (ini == latin and len(latin) <= MAX_LEN))
            have = set(out)
            out += [w for _, w, in_full in found if in_full and w not in have]
            out += [w for _, w, in_full in found if not in_full and w not in have][:INITIALS_KEEP]
        return out

    @property
    def _vocab(self) -> dict[str, list]:
        if self._parsed is None:
            try:
                self._parsed = json.loads(self._raw or b"{}")
            except ValueError:
                self._parsed = {}
            if not isinstance(self._parsed, dict):
                self._parsed = {}
        return self._parsed

    def _scan(self, latin: str) -> tuple[list[str], list[str]]:
        """(words spelled `latin` in full, the most frequent spelled so by
        initials), most frequent first: the tables' entries for one spelling."""
        raw = self._raw
        if self._parsed is None and raw is not None and raw[:2] == b'{"' and latin.isascii() and latin.isalnum():
            vocab = _entries_spelled(raw, latin)
        else:
            vocab = self._vocab
        found = sorted((-count, w, full == latin, ini == latin) for w, (count, full, ini) in vocab.items()
                       if full == latin or ini == latin)
        by_initials = [w for _, w, _, in_initials in found if in_initials]
        return [w for _, w, in_full, _ in found if in_full], by_initials[:INITIALS_KEEP]

    def _tables(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        if self._full is None:
            full: dict[str, list[str]] = {}
            for w, (_, spelled, ini) in sorted(self._vocab.items(), key=lambda kv: (-kv[1][0], kv[0])):
                full.setdefault(spelled, []).append(w)
                lst = self._init.setdefault(ini, [])
                if len(lst) < INITIALS_KEEP:
                    lst.append(w)
            self._full = full
        return self._full, self._init


def _entries_spelled(raw: bytes, latin: str) -> dict[str, list]:
    """The entries of a vocabulary file (``"word": [count, "full", "ini"]``,
    ``, `` and ``: `` between items) whose full spelling or initials are
    ``latin``, found by their bytes.  Inside a JSON string a quote is
    escaped, so ``], "`` only ever starts an entry."""
    spelled = latin.encode()
    entries: dict[str, list] = {}
    for needle in (b', "' + spelled + b'", "', b', "' + spelled + b'"]'):
        at = raw.find(needle)
        while at >= 0:
            start = raw.rfind(b'], "', 0, at)
            start = start + 3 if start >= 0 else 1
            end = raw.find(b"]", at + len(needle) - 1) + 1
            try:
                entries.update(json.loads(b"{" + raw[start:end] + b"}"))
            except ValueError:
                pass  # not an entry after all: the tables would not have it either
            at = raw.find(needle, at + 1)
    return {w: v for w, v in entries.items() if isinstance(v, list) and len(v) == 3}


class VocabTexts:
    """Texts for the pinyin vocabulary, gathered while the documents stream by
    to the index build: titles, headings and fact subjects (strong), each
    body's lead (weak)."""

    def __init__(self) -> None:
        self.strong: list[str] = []
        self.weak: list[str] = []
        self.new_words: dict[str, list] = {}  # their words as spelled at commit (store.search.spell)

    def collect(self, docs: Iterable[dict]) -> Iterator[dict]:
        for d in docs:
            self.add_article(d, d.get("facts") or [])
            yield d

    def add_article(self, article: Mapping, facts: list) -> None:
        """The texts of one article (an index document or a stored article)."""
        self.strong.append(article.get("title") or "")
        for s in article.get("sections") or []:
            if s.get("heading"):
                self.strong.append(s["heading"])
        for f in facts:
            if f.get("subject"):
                self.strong.append(f["subject"])
        self.weak.append((article.get("body") or "").lstrip().split("\n", 1)[0][:LEAD_CHARS])

    def vocab(self, known: dict[str, list] | None) -> dict[str, list]:
        return build_vocab(count_words(self.strong, self.weak), known)


class VocabRuns:
    """What VocabTexts gathers, kept as the counts of the texts' Han runs
    instead of the texts (titles and subjects repeat their runs: a bulk
    build holds far less); the same texts in the same order give the same
    vocabulary.  Titles are mostly runs of their own, so past STRONG_HELD
    distinct strong runs the counts go to an anonymous temporary file as a
    batch and counting starts again (a Counter entry is about 0.15 KB: at a
    million articles of their own titles, a few hundred MB held until the
    vocabulary was built)."""

    STRONG_HELD = 200_000

    def __init__(self) -> None:
        self.strong: Counter[str] = Counter()
        self.weak: Counter[str] = Counter()
        self._weak_chars = 0  # distinct lead text scanned, as _runs bounds it
        self._spilled: Any = None  # batches of strong counts, a JSON list a line

    def add_article(self, article: Mapping, facts: list) -> None:
        self.add_runs(*article_runs(article, facts))

    def add_runs(self, strong: Iterable[str], lead: Iterable[str]) -> None:
        """The runs of one article, as article_runs gives them (worked out
        where the article was, e.g. by an extraction worker)."""
        for run in strong:
            self.strong[run] += 1
        if len(self.strong) >= self.STRONG_HELD:
            self._spill()
        if self._weak_chars <= WEAK_CHARS_MAX:
            for run in lead:
                if run not in self.weak:
                    self._weak_chars += len(run)
                self.weak[run] += 1

    def _spill(self) -> None:
        import tempfile

        if self._spilled is None:
            self._spilled = tempfile.TemporaryFile()  # noqa: SIM115 (closed when the batches are read)
        self._spilled.write(json.dumps(list(self.strong.items()), ensure_ascii=False).encode() + b"\n")
        self.strong = Counter()

    def _strong_batches(self) -> Iterator[Counter[str]]:
        spilled, self._spilled = self._spilled, None
        with spilled:
            spilled.seek(0)
            for line in spilled:
                yield Counter(dict(json.loads(line)))
        yield self.strong

    def vocab(self, known: dict[str, list] | None) -> dict[str, list]:
        strong = self.strong if self._spilled is None else self._strong_batches()
        return build_vocab(counted_runs(strong, self.weak), known)


def article_runs(article: Mapping, facts: list) -> tuple[list[str], list[str]]:
    """The Han runs the vocabulary counts of one article: (of its title,
    section headings and fact subjects, of its lead)."""
    texts = [article.get("title") or ""]
    texts += [s["heading"] for s in article.get("sections") or [] if s.get("heading")]
    texts += [f["subject"] for f in facts if f.get("subject")]
    lead = (article.get("body") or "").lstrip().split("\n", 1)[0][:LEAD_CHARS]
    return [run for text in texts for run in _HAN_RUN.findall(text)], _HAN_RUN.findall(lead)


def vocab_bytes(texts: VocabRuns) -> bytes:
    """The vocabulary file's bytes of what ``texts`` counted."""
    return json.dumps(texts.vocab(None), ensure_ascii=False).encode()


def expand(term: Term, words: Callable[[str], list[str]]) -> list[tuple[str, bool]]:
    """(normalised text, literal?) ways a query term can match: itself and, for
    a Latin word, the archive's Chinese words it spells (`words`: latin -> words,
    most frequent first), at most MAX_PINYIN_ALTERNATIVES of them; for a term
    holding a Han char, its other-script forms (store.search.script: 增长 also
    finds 增長), which count as literal matches."""
    if not term.latin:
        from store.search.script import script_forms
        return [(form, True) for form in script_forms(term.text)]
    alts = [(term.text, True)]
    if term.latin:
        spelled = dict.fromkeys(normalize(w) for w in words(term.text))
        spelled.pop(term.text, None)
        alts += [(w, False) for w in list(spelled)[:MAX_PINYIN_ALTERNATIVES]]
    return alts
