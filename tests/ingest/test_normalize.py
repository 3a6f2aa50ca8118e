import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.ingest.normalize import load_normalizer, load_standard_hanja, load_variant_hanja

NORMALIZE = load_normalizer()
STANDARD_HANJA = load_standard_hanja()


@pytest.mark.parametrize("variant,standard,example,expected", load_variant_hanja())
def test_variant_hanja_table(variant, standard, example, expected):
    """The clean text keeps a variant as written; the places stage's view has the standard
    form at the same offsets."""
    assert variant in example
    assert NORMALIZE(example) == example
    assert STANDARD_HANJA(example) == expected and len(expected) == len(example)
    assert len(variant) == len(standard) == 1 and variant != standard


@pytest.mark.parametrize("raw,clean", [
    ("낭방(\uf928坊)시", "낭방(廊坊)시"),            # CJK compatibility ideograph, as in the 2004 seed
    ("동북지역(\uf9c3寧, 吉林)", "동북지역(遼寧, 吉林)"),
    ("靑海, 鎭江, 科硏大廈", "靑海, 鎭江, 科硏大廈"),     # variant hanja stay as written
    ("３．７５만 ｋｍ", "3.75만 km"),                  # full-width digits and Latin
    ("동⋅중⋅서부 산업별․기술별 연구・제조 물류ㆍ가공", "동·중·서부 산업별·기술별 연구·제조 물류·가공"),
    ("a\u00a0b\u3000c", "a b c"),
    ("zero\u200bwidth", "zerowidth"),
    ("line\r\nbreak\rs", "line\nbreak\ns"),
    ("\u1100\u1161\u11a8", "각"),                      # conjoining jamo compose under NFC
    ("10～20년, 3〜5%", "10~20년, 3~5%"),
])
def test_normalize(raw, clean):
    assert NORMALIZE(raw) == clean


_ALPHABET = [chr(c) for c in NORMALIZE.table] + list("가각 abcA廣東\r\n\u1100\u1161\u11a8\u030a.,")


@given(st.text(alphabet=st.sampled_from(_ALPHABET)) | st.text())
@settings(max_examples=500, deadline=None)
def test_normalizer_maps_only_what_it_finds_as_translate_would(text):
    """The normaliser replaces only the characters of its table that it finds (issue 10:
    str.translate looks every character up); the result is the same as translate's."""
    plain = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert NORMALIZE(text) == plain.translate(NORMALIZE.table)
