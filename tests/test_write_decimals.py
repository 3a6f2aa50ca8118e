"""render() remembers how a Decimal is written (a place's lat and lon recur on every page
naming it): the memory must give what format_decimal gives, for equal Decimals written
with other exponents too, and stay bounded."""
from __future__ import annotations

from decimal import Decimal

import pipeline.write as write
from pipeline.write import _decimal_cell, format_decimal


def test_equal_decimals_with_other_exponents_are_written_alike():
    for first, then in [("1.50", "1.5"), ("100", "1E+2"), ("0.0", "-0"), ("121.4700", "121.47"), ("3E-7", "0.0000003")]:
        assert _decimal_cell(Decimal(first)) == format_decimal(Decimal(first))
        assert _decimal_cell(Decimal(then)) == format_decimal(Decimal(then)) == format_decimal(Decimal(first))


def test_nan_is_written_as_format_decimal_writes_it():
    for text in ("NaN", "sNaN", "-NaN"):
        assert _decimal_cell(Decimal(text)) == format_decimal(Decimal(text))


def test_the_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(write, "_DECIMALS_MAX", 8)
    monkeypatch.setattr(write, "_DECIMALS", {})
    for k in range(50):
        assert _decimal_cell(Decimal(k) / 4) == format_decimal(Decimal(k) / 4)
        assert len(write._DECIMALS) <= 8
