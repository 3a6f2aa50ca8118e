import pytest

from pipeline.segment import split_sentences

CASES = [
    ("북경에 웬 서안? 서안은 관광도시다. 끝!", ["북경에 웬 서안?", "서안은 관광도시다.", "끝!"]),
    ("특히 “위에는 정책. 아래는 대책.”이라는 말처럼 증가하였다. 다음이다.",
     ["특히 “위에는 정책. 아래는 대책.”이라는 말처럼 증가하였다.", "다음이다."]),
    # an opening quote never closed (a typo in the seed) must not swallow the paragraph
    ("및 ‘인력교육훈련강화 등의 4대 공정을 추진하고 있다. 4대 공정은 지원한다.",
     ["및 ‘인력교육훈련강화 등의 4대 공정을 추진하고 있다.", "4대 공정은 지원한다."]),
    ("1. 점→선→면으로 클러스터 규모 확대\n\n중국의 발전전략은 불균형전략이었다.",
     ["1. 점→선→면으로 클러스터 규모 확대", "중국의 발전전략은 불균형전략이었다."]),
    ("그 뒤 U.S. 기업과 Samsung Co. Ltd. 투자는 3.5% 늘었다. 끝.", ["그 뒤 U.S. 기업과 Samsung Co. Ltd. 투자는 3.5% 늘었다.", "끝."]),
    ("그는 (예: 2. 항목) 말했다. 그렇다.", ["그는 (예: 2. 항목) 말했다.", "그렇다."]),
    ("제목 한 줄\n\n본문이다.", ["제목 한 줄", "본문이다."]),
    ("길림성은 목표를 제정하였고. 요령, 흑룡강성과 공동으로 건설할 계획이다.",
     ["길림성은 목표를 제정하였고.", "요령, 흑룡강성과 공동으로 건설할 계획이다."]),
]


@pytest.mark.parametrize("text,sentences", CASES)
def test_split(text, sentences):
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == sentences


# --- linear time (issue 9: a 400 KB one-line document took 15 s) --------------

from pipeline import segment  # noqa: E402
from tests.complexity import RegexSpans, growth  # noqa: E402

_LINE = "가나다 1. 라마 (바사. 아자) “차카. 타파.” 하 Co. 끝? 중국 U.S. 시장. "


def _one_line(n: int) -> str:
    return (_LINE * (n // len(_LINE) + 1))[:n]


def test_abbreviation_check_looks_only_just_before_each_period(monkeypatch):
    spy = RegexSpans(segment._NO_BREAK_BEFORE_DOT)
    monkeypatch.setattr(segment, "_NO_BREAK_BEFORE_DOT", spy)
    split_sentences(_one_line(20_000))
    assert len(spy.spans) > 1000 and max(spy.spans) <= segment.NO_BREAK_SPAN


def test_nested_quotes_are_kept_as_few_disjoint_spans():
    # (the old set of every quoted position grew with length x depth)
    n = 2_000
    text = "(" * n + "가. " * n + ")" * n + "“" * n + "끝. " * n + "(다)"
    spans = segment._quoted(text, 0, len(text))
    assert spans == [(0, 5 * n - 1), (len(text) - 3, len(text) - 1)]


def test_one_long_line_splits_in_linear_steps():
    assert growth(lambda n: lambda: split_sentences(_one_line(n)), [segment.__file__], 20_000) < 5
