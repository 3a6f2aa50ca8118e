"""A stamp line with the modification date first (`기사수정 … | 기사등록 …`) is dated by the other
date: the modified one is never the page's publication day (data/date_labels.toml [modified])."""
import pytest

from pipeline.api import extract_text
from pipeline.ingest.dates import iso_date


@pytest.mark.parametrize("line, iso", [
    ("기사수정 2025.11.28 14:00 | 기사등록 2025.11.26 09:12", "2025-11-26"),
    ("최종수정: 2025-11-28 | 입력: 2025-11-26", "2025-11-26"),
    ("Updated 2025-11-28 / Published 2025-11-26", "2025-11-26"),
    ("입력 2025.11.26 09:12 | 수정 2025.11.28 14:00", "2025-11-26"),
    ("수정 2025.11.28 14:00", "2025-11-28"),          # alone on its line, it is the only date there is
    ("2025.11.03", "2025-11-03"),
])
def test_the_modified_date_gives_way(line, iso):
    assert iso_date(line) == iso


def test_a_page_with_the_modification_stamp_first_is_dated_by_its_registration():
    html = ("<html><head><title>칭다오 항만 물동량 5% 증가 - 가상경제</title></head><body>"
            "<h1>칭다오 항만 물동량 5% 증가</h1>"
            "<div class='info'>기사수정 2025.11.28 14:00 | 기사등록 2025.11.26 09:12</div>"
            "<p>산둥성 칭다오항의 올해 1~10월 컨테이너 물동량은 2,500만TEU로 작년보다 5% 늘었다.</p>"
            "<p>항만 당국은 연말까지 3,000만TEU를 넘길 것으로 내다봤다.</p></body></html>")
    assert extract_text(html, url="gasang-econ/view.html").published == "2025-11-26"


def test_an_events_date_and_time_never_dates_the_page():
    # `일시:` in a notice is when the event is held (then `장소:`); the issue's 발행일 dates the page
    text = ("가상투자센터 월간 투자동향\nVol.12 | 2026년 10월호 | 발행일 2026.10.20\n\n광둥성 제조업 이전과 기업의 기회\n\n"
            "광둥성 제조업체의 내륙 이전이 빨라지고 있다. 올해 이전한 기업은 2,300곳으로 작년보다 25% 늘었다.\n\n"
            "■ 설명회 안내\n일시: 2026년 11월 19일(목) 14:00\n장소: 가상센터 3층\n")
    assert extract_text(text, url="gasang-invest/2026-10.txt").published == "2026-10-20"


def test_a_briefs_issue_line_with_its_date_dates_the_page():
    # `<institute> 이슈브리프 제2026-31호 (2026.9.15)` is the series' issue line, not a listed headline
    text = ("가상연구원 이슈브리프                      제2026-31호 (2026.9.15)\n\n장주담 도시군의 산업 고도화\n\n"
            "김가상 연구위원\n\n□ 장주담 도시군의 지역총생산은 2025년 2조 1천억 위안을 넘어섰다.\n"
            "□ 한국 기업의 진출은 건설기계와 배터리 소재에 집중돼 있다.\n")
    assert extract_text(text, url="gasang-inst/brief-31.txt").published == "2026-09-15"
