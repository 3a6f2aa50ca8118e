"""An archive database spaces its labels to align them (`키 워 드 :`, `주 제 어 :`): the keyword
line is furniture like `키워드:`, so it is neither the title nor a source of place rows."""
from pipeline.api import extract_text

DIGEST = """大同日報 資料室 ─ 해외경제

문서번호 : 1995-0412-033
키 워 드 : 대련, 보세구, 물류

大連 보세구 입주기업 급증…작년 3백개 넘어

【大連=本社 특약】 중국 요녕성 대련시의 보세구에
입주한 외국기업이 작년 한해 3백개를 넘어섰다고
대련시 당국이 밝혔다. 물류 창고도 두 배로 늘었다.
"""


def test_a_spaced_keyword_label_is_furniture_not_the_title():
    result = extract_text(DIGEST)
    assert result.title == "大連 보세구 입주기업 급증…작년 3백개 넘어"
    assert "키 워 드" not in result.clean
    assert [p.surface for p in result.places] == ["大連", "요녕성", "대련시"]
    assert "두 배로 늘었다." in result.clean
