"""A shortlist tells a new line-edge character's answers from those of a character of the
same class met before (regex_needs._CharClasses): they must be the answers that asking
every edge about the character itself gives, for the profiles' own rules and for edges
made to catch a wrong class (case, categories, ranges that cut a block, negations)."""
from __future__ import annotations

import random
import re

import pytest

from pipeline.ingest.profiles import load_profiles
from pipeline.ingest.regex_needs import Shortlist, _letting_in, ends_with, needs

# Hangul, hanzi, digits of other scripts, spaces, case pairs, letters IGNORECASE folds
# specially, combining marks, a lone surrogate, private use, and ASCII.
_BLOCKS = [(0xAC00, 0xAC00 + 600), (0xD700, 0xD7A4), (0x4E00, 0x4E00 + 600), (0x3000, 0x3040), (0xFF00, 0xFF70),
           (0x0660, 0x066A), (0x0390, 0x03D2), (0x0130, 0x0132), (0x017F, 0x0180), (0x212A, 0x212C),
           (0x0300, 0x0346), (0x1C80, 0x1C89), (0xDC80, 0xDC82), (0xE000, 0xE004), (0x00A0, 0x0100), (0x20, 0x7F)]
CHARS = [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi)]


def _direct(short: Shortlist, text: str) -> int:
    """The answer from asking every edge (what the shortlist did for each new character)."""
    head, tail = text[:1], (text[-2:] if text.endswith("\n") else text[-1:])
    return _letting_in(short._firsts, lambda p: p.fits(head)) & _letting_in(short._lasts, lambda p: ends_with(p, tail))


def _check(short: Shortlist, seed: int) -> None:
    texts = [c for c in CHARS] + [c + " 본문 " + d for c, d in zip(CHARS, reversed(CHARS))] + [c + "\n" for c in CHARS]
    random.Random(seed).shuffle(texts)
    for text in texts:
        assert short._edges(text) == _direct(short, text), repr(text)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_profiles_drop_and_strip_shortlists_answer_as_each_edge_does(seed):
    for profile in load_profiles().all():
        profile.drops_for(10, "가", False)          # the shortlists are made on first use
        profile.drops_for(400, "가나다라는 문장이다.", True)
        for short in list(profile._shortlists.values()) + [profile._strip_shortlist]:
            _check(short, seed)


TRAPS = [r"^[가-갛]", r"^[^가]", r"^\w", r"^\W", r"^\d", r"^\s", r"(?i)^[α-ω]", r"(?i)^k", r"(?i)^ſ", r"(?a)^\w",
         r"(?s)^.", r"^.", r"^[\u4e00-\u4e0f]", r"[가-힣]$", r"(?i)[ı-ſ]$", r"\S$", r"(?a)\s$", r"^[一二三]", r"^(?:[가-나]|\d)"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_edges_made_to_catch_a_wrong_class_answer_as_each_edge_does(seed):
    rng = random.Random(seed)
    patterns = rng.sample(TRAPS, len(TRAPS))
    _check(Shortlist([needs(re.compile(p)) for p in patterns]), seed)
