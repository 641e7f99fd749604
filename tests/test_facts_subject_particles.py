"""No subject opens with the particle of the verb before it (store/facts/subject_particles.py).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.subject_particles import settle_particles


@pytest.mark.parametrize(("subject", "want"), [
    ("了绿色工厂", "绿色工厂"), ("了邦交正常化", "邦交正常化"), ("了长度", "长度"), ("的双向", "双向"),
    ("了解程度", "了解程度"), ("的士数量", "的士数量"), ("的确", "的确"),
])
def test_a_leading_particle_is_cut_off_words_stay(subject, want):
    facts = [{"kind": "count", "subject": subject}]
    settle_particles(facts)
    assert facts[0]["subject"] == want


def test_in_a_sentence():
    got = {f["surface"]: f["subject"] for f in extract("截至去年底，我国已在国家层面建成了绿色工厂5100家。", date="2024-03-01")}
    assert not (got["5100家"] or "").startswith("了")
