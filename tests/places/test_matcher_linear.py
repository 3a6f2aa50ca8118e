"""The matcher's context loops are linear in the document (issue 9: a 15 MiB
document took 6 minutes). Counted in steps, never timed."""
from pathlib import Path

from pipeline.places import find_places, matcher
from tests.complexity import growth

SAMPLE = Path(__file__).resolve().parents[1] / "golden" / "clean" / "report-2004"


def test_find_places_takes_linear_steps_in_the_document(gaz):
    # every kind of evidence at once: glosses, weak readings, enumerations, vetoes
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt")))
    text += "\n장춘, 대련, 하얼빈, 심양 4개 도시와 꽝저우(廣州), 광주(廣州), 장사가 잘 된다. 산시성(陕西省) 시안.\n"
    assert len(find_places(text, gaz)) > 50
    make = lambda n: lambda: find_places(text * n, gaz)
    assert growth(make, [matcher.__file__], 4) < 5
