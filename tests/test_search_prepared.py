"""A document's share of an index segment is prepared on its own
(store.search.prepared), wherever that happens: a segment assembled from
documents prepared elsewhere, packed and unpacked, is the segment built
from the documents themselves, file for file."""

from __future__ import annotations

import hashlib

from store.search.build import build_prepared_segment, build_segment
from store.search.prepared import Normalised, pack, prepare_doc, prepared_of, unpack
from store.search.segment import Segment

TEXTS = [
    ("全市经济快报", "全市新增企业１２３家，同比增长5.7%。ＧＤＰ达到１００亿元。"),
    ("重庆新能源汽车", "重庆新能源汽车产量2024年达到30万辆，增长12.5%。"),
    ("ﬁnance ＡＢＣ", "ﬀ ligatures change length: 收入ﬁ增长3倍。"),  # not one to one
    ("", "没有标题的正文，出口额下降2.1个百分点。"),
    ("空正文", ""),
]


def documents(repeat_id: bool = False) -> list[dict]:
    docs = []
    for i, (title, body) in enumerate(TEXTS * 3):
        did = "d0" if repeat_id and i == 7 else f"d{i}"
        facts = [
            {"id": f"{did}:body:{k}", "kind": kind, "value": value, "value_high": high, "unit": unit,
             "clause": body[:8] or "无", "subject": subject, "period": period}
            for k, (kind, value, high, unit, subject, period) in enumerate([
                ("count", 123.0, None, "家", "企业", "2024年"),
                ("percent", 5.7, 6.0, "%", "ＧＤＰ增长", None),
                ("money", 100, None, "亿元" if i % 2 else "万元", "", "2023年一季度"),
                ("ratio", "12.50", None, None, None, None),
            ][: i % 5])
        ]
        facts.append({"id": f"other:{i}", "kind": None, "value": None, "clause": "不在正文里的句子",
                      "subject": "外来"})
        docs.append({"id": did, "title": f"{i}·{title}", "body": body, "date": f"2024-0{1 + i % 9}-1{i % 10}",
                     "sections": [], "facts": facts})
    return docs


def files(directory) -> dict[str, str]:
    return {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_a_segment_of_prepared_documents_is_the_segment_of_the_documents(tmp_path):
    docs = documents()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    meta = build_segment(tmp_path / "a", "s", docs)
    prepared = [unpack(pack(prepare_doc(doc))) for doc in docs]
    assert build_prepared_segment(tmp_path / "b", "s", prepared) == meta
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_a_repeated_id_keeps_its_last_copy_either_way(tmp_path):
    docs = documents(repeat_id=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    meta = build_segment(tmp_path / "a", "s", docs)
    assert meta["dead"]
    assert build_prepared_segment(tmp_path / "b", "s", (prepare_doc(d) for d in docs)) == meta
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_a_document_is_prepared_the_same_alone_or_among_others():
    docs = documents()
    shared = Normalised()
    among = [prepare_doc(doc, shared) for doc in docs]
    alone = [prepare_doc(doc, Normalised()) for doc in reversed(docs)][::-1]
    assert among == alone


def test_units_are_coded_by_first_appearance_in_the_segments_own_order(tmp_path):
    docs = documents()[::-1]
    segment = Segment(tmp_path, build_prepared_segment(tmp_path, "s", [prepare_doc(d) for d in docs]))
    first_units = [u for d in docs for f in d["facts"] if (u := f.get("unit"))]
    assert list(segment.units) == list(dict.fromkeys(prepare_doc({"id": "x", "title": u, "body": ""}).title
                                                     for u in first_units))


def test_a_prepared_document_gives_back_its_text_and_facts(tmp_path):
    docs = documents()
    segment = Segment(tmp_path, build_prepared_segment(tmp_path, "s", [unpack(pack(prepare_doc(d))) for d in docs]))
    for d, doc in enumerate(docs):
        assert segment.title_body(d) == (doc["title"], doc["body"])
        assert [segment.fact_id(f) for f in segment.fact_range(d)] == [f["id"] for f in doc["facts"]]


def test_a_document_that_cannot_be_prepared_is_left_to_the_commit():
    assert prepared_of({"id": "x", "title": "t", "body": "b", "facts": [{"clause": 5}]}) is None


def test_only_the_last_copy_of_a_repeated_article_id_is_live(tmp_path):
    """Article ids (16 hex digits) are kept as numbers while the segment is
    built; any other id as it is: either way every earlier copy is dead."""
    ids = ["00000000000000aa", "d1", "00000000000000bb", "00000000000000aa", "d1", "00000000000000AA",
           "00000000000000aa", "0x000000000000aa"]
    docs = [{"id": did, "title": f"第{i}条", "body": "正文", "facts": []} for i, did in enumerate(ids)]
    segment = Segment(tmp_path, build_segment(tmp_path, "s", docs))
    last = {did: i for i, did in enumerate(ids)}
    assert segment.live.tolist() == [last[did] == i for i, did in enumerate(ids)]


def test_content_key_from_the_prepared_text_is_the_articles():
    """An extraction worker keys an article from the normalised title and
    body its index document already holds: the same key as content_key of
    the article (width, case, whitespace of every kind, a NUL, chars that
    normalise to several or lie beyond the Basic Multilingual Plane)."""
    from store.ingest.content_key import content_key, normalised_content_key

    variants = [*TEXTS, ("ＧＤＰ\u3000增长\x00", "a\x1cb\x85c\u2028 ９５\n\n全市  GDP"), ("Ａ\x00", "ﬁ ß İ"),
                ("😀x", "𝐀b 增长"), ("", "")]
    for title, body in variants:
        prepared = prepare_doc({"id": "x", "title": title, "body": body, "facts": []})
        assert normalised_content_key(*prepared.normalised_texts()) == content_key(title, body)


def test_patches_are_the_plain_varint_encoding_of_their_gaps():
    """A document's patches (count, position gaps, original chars) are the
    LEB128 bytes numpy's encoder writes, whether they are few (written in
    plain Python) or many, with gaps of one, two and three bytes."""
    import numpy as np

    from store.search import varint
    from store.search.doctext import PATCHES_IN_PYTHON, patch_codes

    def plain(a, b):
        diff = np.flatnonzero(a != b)
        if not len(diff):
            return b"\x00"
        head = varint.encode(np.concatenate([[len(diff)], np.diff(diff, prepend=0)])).tobytes()
        return head + a[diff].astype("<u4").tobytes().decode("utf-32-le").encode()

    rng = np.random.default_rng(7)
    for n, k in [(0, 0), (10, 0), (500, 40), (40_000, 3), (40_000, PATCHES_IN_PYTHON), (3_000, PATCHES_IN_PYTHON + 1)]:
        a = rng.integers(0x4E00, 0x9FFF, n).astype(np.uint32)
        b = a.copy()
        b[rng.choice(n, k, replace=False)] += 1
        assert patch_codes(a, b) == plain(a, b)
