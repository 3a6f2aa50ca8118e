"""The 원 decision amount by amount is linear in the document: each amount finds the facts
and the sentence around it by bisection (a scan of every fact per amount made a 10 MB
report take 73 s against 2.8 s for 1 MB, `make bench`). Counted in executed lines of
currency.py, never in time (tests/complexity.py)."""

from pipeline.api import extract_text
from tests.complexity import steps

import pipeline.facts.currency as currency

_PARAGRAPH = ("연길시 정부는 올해 도로 보수에 3,600만원을 배정했다. 한국 P사는 공장 증설에 120억원을 투자한다. "
              "시장에서 배추 한 포기는 3원이다.\n")


def _steps(n: int) -> int:
    text = _PARAGRAPH * n
    return steps(lambda: extract_text(text), [currency.__file__])


def test_settling_won_is_linear_in_the_number_of_amounts() -> None:
    extract_text(_PARAGRAPH)                       # rules loaded outside the count
    small, large = _steps(25), _steps(100)
    assert large / small < 6, (small, large)       # linear: about 4x; quadratic: about 16x


def test_the_page_is_searched_for_taiwan_and_hong_kong_once(monkeypatch) -> None:
    # round 11's "a page wholly about Taiwan or Hong Kong" searched the whole text once per amount
    # in 元 (a 10 MB report: 0.12 MB/s against 0.31 for 1 MB, `make bench`); counted in characters
    # searched, which a search in C hides from the line count above
    extract_text(_PARAGRAPH)
    searched = []
    real = currency._regions_named

    def counting(text, lo, hi, rules):
        searched.append(hi - lo)
        return real(text, lo, hi, rules)

    monkeypatch.setattr(currency, "_regions_named", counting)
    for n in (25, 100):
        searched.clear()
        text = "연변 소식\n\n" + _PARAGRAPH * n
        extract_text(text)
        assert sum(searched) < 4 * len(text), (n, sum(searched), len(text))
