"""A press release's header block (보도일시, 배포일시, 엠바고, 담당부서) is furniture; its
보도일시 dates the page and the headline under the block is the title (an invented release)."""
from pipeline.api import extract_text

RELEASE = """가상도청 보도자료
보도일시 : 2025. 9. 3.(수) 조간
배포일시 : 2025. 9. 2.(화) 14:00
※ 엠바고 : 9. 2.(화) 18:00 이후 보도
담당부서 : 통상협력과  담당자 : 주무관 가상민

가상도, 저장성 닝보시와 항만 물류 협약

가상도는 2일 저장성 닝보시와 항만 물류 협력 협약을 맺었다고 밝혔다.
두 지역은 2026년까지 컨테이너 항로 3개를 새로 열기로 했다.
"""


def test_the_header_block_goes_and_dates_the_page():
    r = extract_text(RELEASE)
    assert r.title == "가상도, 저장성 닝보시와 항만 물류 협약"
    assert r.published == "2025-09-03"
    for furniture in ("보도일시", "배포일시", "엠바고", "담당부서"):
        assert furniture not in r.clean
    assert "가상도는 2일 저장성 닝보시와 항만 물류 협력 협약을 맺었다고 밝혔다." in r.clean
    assert "두 지역은 2026년까지 컨테이너 항로 3개를 새로 열기로 했다." in r.clean
