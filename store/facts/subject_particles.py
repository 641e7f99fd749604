"""A subject never opens with a verb's particle: `建成了绿色工厂5095家` is 绿色工厂's, `共同庆祝了建交50周年`
建交's, `已形成了长度约2761公里的…` 长度's, and `的双向1.7万列` 双向's — the 了 or 的 left over from the
verb phrase before it is cut off (了解, 了不起, 的士, 的确 are words, and stay).
Gated (subject_closing) on a subject's first character.
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

PARTICLES = frozenset("了的")
_WORDS = ("了解", "了不起", "了结", "了却", "了如指掌", "的士", "的确", "的哥", "的卢")


def settle_particles(facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if s and s[0] in PARTICLES and not s.startswith(_WORDS) and len(s) >= 3:
            f["subject"] = s[1:]
