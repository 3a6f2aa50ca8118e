"""render() builds the span lines without a dict per row and with the common cells
inline (issue 10): they must be the bytes that the plain way (span_rows, then cell() on
every value) gives, for any text, number or missing value."""
from __future__ import annotations

import csv
import io
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from pipeline.cells import MAX_CELL
from pipeline.model import DocResult, Fact, PlaceMention
from pipeline.write import FACT_COLUMNS, PLACE_COLUMNS, cell, render, span_rows


def _plain(r: DocResult, columns: list[str], spans) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in span_rows(r, spans):
        w.writerow([cell(row[c]) for c in columns])
    return buf.getvalue().encode("utf-8")


TEXTS = st.one_of(st.text(max_size=12), st.sampled_from(["", "-5.9℃", "'=1", "''+x", "'a", "@b", "\tc", "\rd",
                                                         "=SUM(A1)", "+82", "x" * (MAX_CELL // 2 + 1),
                                                         "가" * (MAX_CELL + 5), "\U0001F600" * (MAX_CELL // 2 + 3)]))
DECIMALS = st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False, places=3),
                     st.sampled_from([Decimal("-0"), Decimal("1E+5"), Decimal("0.0000001"), Decimal("-2.1")]))


@st.composite
def facts(draw):
    start = draw(st.integers(0, 60))
    return Fact(start=start, end=start + draw(st.integers(1, 9)), surface=draw(TEXTS),
                value=draw(DECIMALS), value_max=draw(DECIMALS), unit=draw(TEXTS), quantity=draw(TEXTS),
                qualifier=draw(TEXTS), change=draw(TEXTS), subject=draw(TEXTS), period=draw(TEXTS),
                place=draw(TEXTS), sentence=draw(TEXTS))


@st.composite
def places(draw):
    start = draw(st.integers(0, 60))
    return PlaceMention(start, start + draw(st.integers(1, 5)), *(draw(TEXTS) for _ in range(8)),
                        draw(DECIMALS), draw(DECIMALS), draw(TEXTS))


@settings(max_examples=200, deadline=None)
@given(st.lists(facts(), max_size=5), st.lists(places(), max_size=5), TEXTS,
       st.lists(st.integers(0, 70), max_size=4))
def test_span_lines_are_the_plain_rows(fs, ps, doc_id, starts):
    edges = sorted(set(starts))
    r = DocResult(doc_id=doc_id or "d.txt", facts=fs, places=ps,
                  sentences=[(a, b) for a, b in zip(edges, edges[1:] + [80])])
    shard = render(r)
    assert shard.facts == _plain(r, FACT_COLUMNS, fs)
    assert shard.places == _plain(r, PLACE_COLUMNS, ps)


def test_span_lines_example():
    f = Fact(start=3, end=8, surface="-2.1%", value=Decimal("-2.1"), value_max=None, unit="%",
             quantity="percent", sentence="'=x")
    r = DocResult(doc_id="a/b.txt", facts=[f], sentences=[(0, 2), (2, 20)])
    assert render(r).facts == "a/b.txt,1,3,8,'-2.1%,-2.1,,%,percent,,,,,,''=x\n".encode()
