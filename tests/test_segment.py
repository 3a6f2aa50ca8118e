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
