"""Kiwi analyses windows around the figures, only when a rule asks: the answers
must be those of the whole sentence, and the work linear in the text."""
import sys

import pytest

from pipeline.facts import FactRules, find_facts, load_fact_rules, read_table
from pipeline.kiwi import Analyser
from pipeline.model import PlaceMention
from tests.complexity import growth

tokens_module = sys.modules["pipeline.facts.tokens"]    # (pipeline.facts.tokens is also a function)
EXAMPLES = read_table("context")["examples"]


def _answers(rules: FactRules, text: str, places=()):
    return [(f.surface, f.subject, f.period, f.place) for f in find_facts(text, [(0, len(text))], list(places), rules)]


@pytest.fixture(scope="module")
def kiwi_rules():
    """The rules with Kiwi as the subject reader (`--subjects kiwi`)."""
    return load_fact_rules(subjects="kiwi")


@pytest.fixture
def fresh(kiwi_rules):
    """The Kiwi rules with an analyser of their own (counts start at 0)."""
    fact_rules = kiwi_rules
    analyser = Analyser()
    analyser._kiwi = fact_rules.kiwi.load()._kiwi
    return FactRules(fact_rules.grammar, fact_rules.units, fact_rules.scanner, fact_rules.context, analyser)


@pytest.mark.parametrize("levels", [[(0, 0, 0)], [(4, 4, 2), (8, 6, 2)], [(12, 8, 4)], tokens_module.LEVELS],
                         ids=["tiny", "small", "medium", "shipped"])
def test_any_window_gives_the_whole_sentence_answers(fresh, monkeypatch, levels):
    texts = [row["sentence"] for row in EXAMPLES]
    monkeypatch.setattr(tokens_module, "LEVELS", [])
    whole = [_answers(fresh, t) for t in texts]
    monkeypatch.setattr(tokens_module, "LEVELS", levels)
    fresh.kiwi._cache.clear()
    assert [_answers(fresh, t) for t in texts] == whole


def test_a_topic_far_before_the_figure_widens_the_window(fresh):
    text = ("광동성 정부가 올해 초 발표한 자료에 따르면 개발구 안에 새로 들어선 외국계 기업들은 "
            "주로 전자와 기계 업종에 집중되어 있으며 32개로 늘었다.")
    assert [f.subject for f in find_facts(text, [(0, len(text))], [], fresh)] == ["외국계 기업들"]
    assert fresh.kiwi.chars > text.index("32개")     # the whole sentence up to the figure


def test_kiwi_analyses_only_near_the_figures(fresh):
    filler = "이 문장은 숫자가 없는 긴 설명으로 분석할 필요가 없다 " * 20
    text = f"{filler}수출액은 35억 달러였고 {filler}수입액은 12억 달러였다."
    assert [f.subject for f in find_facts(text, [(0, len(text))], [], fresh)] == ["수출액", "수입액"]
    assert fresh.kiwi.chars < len(text) / 4


def test_kiwi_is_not_created_when_no_rule_needs_it(fact_rules):
    rules = FactRules(fact_rules.grammar, fact_rules.units, fact_rules.scanner, fact_rules.context, Analyser())
    text = "上海市生产总值4.72万亿元。"
    assert [f.subject for f in find_facts(text, [(0, len(text))], [], rules)] == ["上海市生产总值"]
    assert not rules.kiwi.loaded


def test_repeated_sentences_are_analysed_once(fresh):
    text = "토지면적은 21,689.5헥타르였다."
    for _ in range(3):
        find_facts(text, [(0, len(text))], [], fresh)
    assert fresh.kiwi.calls == 1


def _place(text, start, surface):
    return PlaceMention(start, start + len(surface), surface, "广东省", "", "", "", "", "province", "广东省",
                        None, None, "alias")


def _document(n: int):
    """n sentences of one paragraph, each with a place, a period and figures."""
    one = "2024년 광동성의 수출액은 35억 달러, 수입액은 12억 달러로 3.5% 늘었다. "
    text = one * n
    places = [_place(text, i * len(one) + one.index("광동성"), "광동성") for i in range(n)]
    sentences = [(i * len(one), (i + 1) * len(one) - 1) for i in range(n)]
    return text, sentences, places


def test_facts_of_a_long_document_take_linear_steps(fresh):
    def make(n):
        text, sentences, places = _document(n)
        return lambda: find_facts(text, sentences, places, fresh)
    files = [sys.modules[m].__file__ for m in ("pipeline.facts", "pipeline.facts.context",
                                               "pipeline.facts.subject", "pipeline.facts.tokens")]
    assert growth(make, files, 100) < 5


def test_one_long_sentence_with_many_figures_takes_linear_steps(fresh):
    """A table flattened into one sentence: no period, a figure every few words."""
    def make(n):
        text = "광동성의 품목별 수출액은 " + ", ".join(f"품목{i} {i + 1}억 달러" for i in range(n)) + "이다."
        return lambda: find_facts(text, [(0, len(text))], [_place(text, 0, "광동성")], fresh)
    files = [sys.modules[m].__file__ for m in ("pipeline.facts", "pipeline.facts.context",
                                               "pipeline.facts.subject", "pipeline.facts.tokens")]
    assert growth(make, files, 100) < 5
