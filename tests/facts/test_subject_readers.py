"""The eojeol reader (pipeline/facts/eojeol.py, data/eojeol.toml) and the choice of
the subject reader: the same subject rules on either token source."""
import sys

import pytest

from pipeline.facts import READERS, find_facts, load_fact_rules, read_table
from pipeline.facts.eojeol import build_eojeol, render

TABLE = read_table("eojeol")
READER = load_fact_rules().eojeol     # with the unit words of data/units.toml


@pytest.mark.parametrize("row", TABLE["examples"], ids=lambda r: r["text"])
def test_eojeol_examples(row):
    assert render(READER.read(row["text"], len(row["text"]), row.get("cuts", []))) == row["tokens"]


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


def test_a_run_with_the_default_reader_never_imports_kiwipiepy(tmp_path):
    """`extract` on a document with figures and places, in a fresh process: the eojeol
    reader gives the subjects and kiwipiepy is never imported (start-up, issue 10)."""
    import subprocess
    code = ("import sys, pipeline; doc = pipeline.extract_text('광동성 선전시의 수출액은 올해 96.56억 위엔이다.');"
            "print(doc.facts[0].subject, 'kiwipiepy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["수출액", "False"]


def test_the_api_takes_the_reader(fact_rules):
    import pipeline
    text = "광동성 선전시의 수출액은 올해 96.56억 위엔이다."
    assert pipeline.extract_text(text, subjects="kiwi").facts[0].subject == "수출액"
    assert pipeline.api.default_rules(None, "kiwi").facts.reader == "kiwi"


def test_extract_subjects_kiwi_is_a_rule_change_for_the_cache(tmp_path, capsys):
    """Another reader gives other subjects: its run does not reuse the other's cache."""
    from pipeline.cli import main
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "news").mkdir(parents=True)
    (raw / "news" / "a.txt").write_text("광동성 수출액은 35억 달러였다.\n", encoding="utf-8")
    runs = [[], ["--subjects", "kiwi"], ["--subjects", "kiwi"]]
    for args in runs:
        assert main(["extract", "--raw", str(raw), "--out", str(out), *args]) == 0
    summaries = [line for line in capsys.readouterr().err.splitlines() if "documents:" in line]
    assert [s.split(":")[1].split(";")[0].strip() for s in summaries] == [
        "1 processed, 0 cached, 0 failed", "1 processed, 0 cached, 0 failed", "0 processed, 1 cached, 0 failed"]
    assert "수출액" in (out / "facts.csv").read_text(encoding="utf-8-sig")


from hypothesis import given, settings, strategies as st   # noqa: E402

_SYLLABLES = st.sampled_from(list("기업은는이가을를의에서로으과와도만까지부터다했한된인적성시현") + [" ", ",", "3", "%", "(", ")", "”"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_SYLLABLES, max_size=40).map("".join), st.lists(st.integers(0, 40), max_size=4))
def test_tokens_cover_the_text_in_order(text, cuts):
    """Every token stands where it says (a copula's two tags share one span), in order,
    never across a cut: the rules bisect on starts and ends."""
    cuts = sorted({c for c in cuts if c <= len(text)})
    toks = READER.read(text, len(text), cuts)
    for form, tag, a, b in toks:
        assert 0 <= a < b <= len(text) and text[a:b] == form and not text[a:b].isspace()
        assert not any(a < c < b for c in cuts)
    assert all(x[2] <= y[2] and x[3] <= y[3] for x, y in zip(toks, toks[1:]))


def test_each_word_has_one_tag():
    from collections import Counter
    counts = Counter(w for words in TABLE["words"].values() for w in words)
    assert [w for w, n in counts.items() if n > 1] == []


def test_inside_a_figure_nothing_is_a_particle():
    text = "약 300만 명 감소함"
    spans = [(2, 8)]
    within = lambda p, q: any(a <= p and q <= b for a, b in spans)   # noqa: E731
    assert render(READER.read(text, len(text), [2, 8], within)) == "약/MAG 300/SN 만/NNG 명/NNG 감소함/VV"
