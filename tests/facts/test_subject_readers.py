"""The eojeol reader (pipeline/facts/eojeol.py, data/eojeol.toml) and the choice of
the subject reader: the same subject rules on either token source."""
import sys

import pytest

from pipeline.facts import READERS, find_facts, load_fact_rules, read_table
from pipeline.facts.eojeol import build_eojeol, render

TABLE = read_table("eojeol")
READER = build_eojeol(TABLE)


@pytest.mark.parametrize("row", TABLE["examples"], ids=lambda r: r["text"])
def test_eojeol_examples(row):
    assert render(READER.read(row["text"], len(row["text"]), [])) == row["tokens"]


@pytest.fixture(scope="module")
def kiwi_rules():
    return load_fact_rules(subjects="kiwi")


@pytest.mark.parametrize("row", read_table("context")["examples"], ids=lambda r: r["sentence"][:20])
def test_context_examples_with_kiwi(row, kiwi_rules):
    """The subject examples hold with Kiwi too (tests/facts/test_context.py runs the default)."""
    from tests.facts.test_context import _places_in
    text = row["sentence"]
    got = [[f.surface, f.subject, f.period] for f in
           find_facts(text, [(0, len(text))], _places_in(text, row.get("places", [])), kiwi_rules)]
    assert got == row["facts"]


def test_the_default_reader_needs_no_kiwi(fact_rules):
    assert fact_rules.reader == "eojeol" and fact_rules.kiwi is None
    text = "광동성의 수출액은 35억 달러로 12% 늘었다."
    assert [f.subject for f in find_facts(text, [(0, len(text))], [], fact_rules)] == ["수출액", "수출액"]
    assert "kiwipiepy" not in sys.modules or fact_rules.kiwi is None


def test_figures_and_places_cut_words_periods_do_not():
    text = "광동성정부는 올랐다"
    toks = READER.read(text, len(text), [0, 3])
    assert render(toks) == "광동성/NNG 정부/NNG 는/JX 올랐다/VV"


def test_no_reader_gives_no_subjects():
    rules = load_fact_rules(subjects="none")
    text = "수출액은 35억 달러였다."
    assert [f.subject for f in find_facts(text, [(0, len(text))], [], rules)] == [""]
    assert rules.reader == "none"


def test_an_unknown_reader_is_refused():
    with pytest.raises(ValueError, match="eojeol, kiwi, none"):
        load_fact_rules(subjects="mecab")
    assert READERS == ("eojeol", "kiwi", "none")


def test_after_a_figure_only_particles_fit_whatever_the_spelling():
    text = "3억 위안를 투자"
    assert render(READER.read(text, len(text), [0, 5])) == "3/SN 억/NNB 위안/NNG 를/JKO 투자/NNG"
