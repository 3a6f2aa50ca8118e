"""Whole-page questions are asked once per page (pipeline/facts/pagewide.py): a figure-level rule that searched
the whole text at every figure made a 5 MB report's facts stage quadratic (37.7 s against 4.5 s)."""
import re

from pipeline.facts.pagewide import page_has


class _Counting:
    def __init__(self, pattern: str):
        self.pattern, self.calls = re.compile(pattern), 0

    def search(self, text):
        self.calls += 1
        return self.pattern.search(text)


def test_a_page_is_searched_once_whatever_the_number_of_figures():
    legend = _Counting("▽")
    page = "전일 대비 △3.2원 오른 값. " * 1000 + "▽0.4원"
    assert all(page_has(legend, page) for _ in range(500))
    assert legend.calls == 1
    assert not page_has(legend, "▲2.3%")            # another page: searched on its own
    assert legend.calls == 2
