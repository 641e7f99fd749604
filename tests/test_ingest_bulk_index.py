"""The bulk index build normalises each document's text with a lookup table
over its code points and finds its facts' clauses by searching the original
text; both give exactly what store.search.normalize gives char by char, so
the index it writes holds the same texts, spans and originals."""

from __future__ import annotations

import numpy as np
import pytest

from store.search.build import _DocText, _normalised, build_segment
from store.search.fold import fold_codes
from store.search.normalize import normalize, utf8
from store.search.segment import Segment

TEXTS = [
    "全市新增企业１２３家，同比增长５.７％。",  # full-width digits and punctuation
    "GDP Growth ＡＢＣ ⅻ ㈱",                     # Latin case, full-width letters, enclosed chars
    "ﬁnance ㍿ ½",                                 # chars that normalise to several
    "生僻字𠀀在基本平面之外",                       # a char beyond the BMP
    "空\x00字符",                                   # a NUL inside the text
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_normalised_in_bulk_is_what_normalize_gives(text):
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    folded = fold_codes(cp)
    if all(len(normalize(ch)) == 1 and ord(ch) < 0x10000 for ch in text):
        assert folded is not None
        assert folded.tobytes().decode("utf-32-le") == normalize(text)
    else:
        assert folded is None  # left to normalize()


@pytest.mark.parametrize("title", TEXTS)
@pytest.mark.parametrize("body", TEXTS)
def test_a_documents_normalised_text_and_alignment_are_those_of_normalize(title, body):
    normed, aligned, _ = _normalised(title, body)
    assert normed == normalize(title) + "\x00" + normalize(body)
    assert aligned == (len(normalize(title)) == len(title) and len(normalize(body)) == len(body))


@pytest.mark.parametrize("clause", ["同比增长５.７％", "ＡＢＣ\x00企业", "不在文中的句子，５家", "５.７％\x00全市", "Ｇ"])
def test_a_clause_is_normalised_as_normalize_would(clause):
    title, body = "同比增长５.７％", "全市ＧＤＰ和ＡＢＣ\x00企业"  # every char normalises to one
    normed, aligned, _ = _normalised(title, body)
    assert aligned
    doc = _DocText(utf8(normed), title + "\x00" + body, normed, len(title))
    assert doc.clause_bytes(clause, normalize) == utf8(normalize(clause))


def test_a_segment_gives_back_each_documents_original_text_and_clause_spans(tmp_path):
    docs = [{"id": f"d{i}", "title": title, "body": body, "date": "2024-05-01", "sections": [],
             "facts": [{"id": f"d{i}:body:0", "kind": "count", "value": 5.0, "unit": "家",
                        "clause": body[:6] or "无", "subject": "企业"}]}
            for i, (title, body) in enumerate(zip(TEXTS, reversed(TEXTS)))]
    segment = Segment(tmp_path, build_segment(tmp_path, "s", docs))
    for d, doc in enumerate(docs):
        assert segment.title_body(d) == (doc["title"], doc["body"])
        subject, clause = segment.fact_texts(d)
        assert clause == normalize(doc["facts"][0]["clause"])
