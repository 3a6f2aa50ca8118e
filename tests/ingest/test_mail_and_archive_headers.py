"""A newsletter sent as e-mail and an archive page carry header lines above the headline
(`받는사람: …`, `일자 : …`, `기고자 : …`): they are furniture, never the title, and a
labelled date dates the page. Pages of our own invention."""
from pipeline.api import extract_text

MAIL = """받는사람: 회원사 담당자님
보낸 사람 : 한중교역센터 <letter@example.kr>
날짜: 2025.06.18

한중교역 레터 제88호

다롄항 냉동창고 증설, 수산물 수입 늘어

다롄항의 냉동창고 용량이 올해 12만톤으로 늘었다. 센터는 회원사의 수산물 수입 문의가 두 배로 늘었다고 밝혔다.
"""

ARCHIVE = """동방일보 디지털 자료실
일자 : 2001년 04월 17일 (화요일)
기고자 : 상하이=오가람 특파원

상해 푸동 외자유치 20억달러 돌파

상해시 당국은 올해 1분기 푸동신구의 외자유치액이 20억달러를 넘어섰다고 발표했다. 이는 작년 같은 기간보다 15% 늘어난 규모다.
"""


def test_mail_header_is_furniture_and_not_the_title() -> None:
    r = extract_text(MAIL)
    assert r.title == "다롄항 냉동창고 증설, 수산물 수입 늘어"
    assert r.published == "2025-06-18"
    assert "받는사람" not in r.clean and "보낸 사람" not in r.clean
    assert "다롄항의 냉동창고 용량이 올해 12만톤으로 늘었다." in r.clean


def test_archive_metadata_lines_are_furniture_and_date_the_page() -> None:
    r = extract_text(ARCHIVE)
    assert r.title == "상해 푸동 외자유치 20억달러 돌파"
    assert r.published == "2001-04-17"
    assert "일자 :" not in r.clean and "기고자" not in r.clean
    assert "이는 작년 같은 기간보다 15% 늘어난 규모다." in r.clean
