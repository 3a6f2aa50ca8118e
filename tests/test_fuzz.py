"""Random byte mutations of the samples: no internal error, offsets always valid.
A bounded slice of `scripts/fuzz.py` (the full run is 15,000 cases; see README)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
import fuzz  # noqa: E402


def test_mutated_documents_never_break_the_step(rules):
    refused, found = fuzz.fuzz(cases=300, seed=7, rules=rules)
    assert found == []
    assert refused < 300          # most mutations still decode and are processed


def test_mutations_are_reproducible():
    import random
    data = b"abcdefghij" * 20
    a = fuzz.mutate(data, random.Random(3), b"xyz")
    b = fuzz.mutate(data, random.Random(3), b"xyz")
    assert a == b and a != data
