"""A board's stamp with a two-digit year and the time (`작성일 24-11-05 08:15`) dates the post
(YY-MM-DD, read as 20YY) and goes as furniture; a date in prose after `날짜` stays text."""
from pipeline.api import extract_text
from pipeline.ingest.clean import iso_date

PAGE = """<html><head><title>교민뉴스 - 한중마당</title></head><body>
<div class="menu"><a href="/">홈</a> <a href="/b">교민뉴스</a></div>
<h2>칭다오 한인상가 매출 늘어</h2>
<div class="info">작성일 24-11-05 08:15</div>
<p>산둥성 칭다오시 청양구의 한인상가 매출이 올해 1분기에 작년보다 12% 늘었다고 상인회가 밝혔다.</p>
<p>상인회는 행사 날짜 2025년 5월 3일로 확정됐다고 덧붙였다.</p>
</body></html>"""


def test_a_two_digit_year_stamp_dates_the_post_and_goes():
    result = extract_text(PAGE, url="hanjung/2024-11-05.html")
    assert result.published == "2024-11-05"
    assert "24-11-05" not in result.clean
    assert "행사 날짜 2025년 5월 3일로 확정됐다고 덧붙였다." in result.clean


def test_iso_date_reads_a_stamp_only_with_its_time():
    assert iso_date("날짜 : 24-07-02 21:10") == "2024-07-02"
    assert iso_date("코드 24-07-02") == ""            # no time: a code, not a stamp
    assert iso_date("24-13-02 21:10") == ""           # no 13th month
