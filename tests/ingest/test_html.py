"""HTML to lines: block structure, dropped elements, metadata, deep nesting."""
from pipeline.ingest.html import parse_html


def _text_lines(page):
    return [l for l in page.lines if l.strip()]


def test_blocks_become_lines_and_furniture_elements_give_no_text():
    page = parse_html("<html><head><title>누리 - 제목</title><script>var x='스크립트'</script></head><body>"
                      "<nav>메뉴</nav><p>첫 문단<br>둘째 줄<!-- 주석 --></p><div>셋째<span>이어짐</span></div>"
                      "<figcaption>사진 설명</figcaption><aside>많이 본 뉴스</aside></body></html>")
    assert _text_lines(page) == ["첫 문단", "둘째 줄", "셋째이어짐"]


def test_metadata_first_of_each_kind():
    page = parse_html("<html><head><meta property='og:title' content='기사 제목 - 누리경제'>"
                      "<meta property='og:site_name' content='누리경제'>"
                      "<meta name='date' content=' 2025-11-03 '></head><body><h1>다른 제목</h1>"
                      "<time datetime='2020-01-01'>x</time></body></html>")
    assert (page.title, page.published) == ("기사 제목", "2025-11-03")


def test_h1_then_title_then_time():
    page = parse_html("<html><head><title>가상일보 - 긴 기사 제목입니다</title></head>"
                      "<body><time datetime='2024-05-06'>5월 6일</time><p>본문</p></body></html>")
    assert (page.title, page.published) == ("긴 기사 제목입니다", "2024-05-06")
    page = parse_html("<body><nav><h1> 헤드 <b>라인</b> </h1></nav></body>")
    assert page.title == "헤드 라인"


def test_ten_thousand_nested_divs_keep_every_line():
    """Deep nesting must neither recurse nor lose text (it was quadratic: 13 s for 10,000)."""
    n = 10_000
    page = parse_html("<html><body>" + "<div>x" * n + "</div>" * n + "</body></html>")
    assert _text_lines(page) == ["x"] * n


def test_title_that_is_only_the_site_name_gives_way_to_the_headline(ingest_rules):
    from pipeline.document import clean_into
    from pipeline.model import DocResult
    page = ("<html><head><title>뚝딱이의 출장 노트 : 가상 블로그</title></head><body>"
            "<div>뚝딱이의 출장 노트 이웃추가 본문 기타 기능</div><div>선전 화창베이 전자상가, 1년 만에 가 보니</div>"
            "<div>2024. 11. 30. 22:05</div><p>올해 두 번째 선전 출장이라 하루 시간을 내서 화창베이에 다시 가 봤어요.</p>"
            "</body></html>")
    result = DocResult(doc_id="blog/a.html")
    clean_into(result, page.encode(), ingest_rules)
    assert result.title == "선전 화창베이 전자상가, 1년 만에 가 보니"
    assert result.published == "2024-11-30"
    assert result.clean.startswith(result.title) and "이웃추가" not in result.clean


def test_site_name_from_title_is_split_off_og_title():
    page = parse_html("<html><head><title>충청가상일보</title>"
                      "<meta property='og:title' content='허페이 배터리 단지 입주 확정 - 충청가상일보'></head>"
                      "<body><div>충청가상일보</div><h3>허페이 배터리 단지 입주 확정</h3></body></html>")
    assert page.title == "허페이 배터리 단지 입주 확정"
    assert "충청가상일보" in page.site_names and not page.title_weak


def test_link_density_per_line():
    page = parse_html("<body><p>본문 <a>링크</a> 끝</p><ul><li><a>다른 기사</a></li></ul></body>")
    pairs = [(l, d) for l, d in zip(page.lines, page.link_density) if l.strip()]
    assert pairs == [("본문 링크 끝", 0.4), ("다른 기사", 1.0)]
    assert len(page.lines) == len(page.link_density)


def test_linked_headlines_after_the_article_go_but_a_sentence_with_a_link_stays(ingest_rules):
    from pipeline.document import clean_into
    from pipeline.model import DocResult
    page = ("<html><head><title>가상일보 - 충칭 반도체 기지 육성</title></head><body><h1>충칭 반도체 기지 육성</h1>"
            "<p>충칭시가 반도체 후공정 산업에 3년간 200억 위안을 투자하기로 했다고 밝혔다.</p>"
            "<p><a>충칭시 경제정보화위원회</a>는 패키징 기업 50곳을 유치하겠다고 밝혔다.</p>"
            "<div><a>청두 전기차 판매 30% 증가, 내륙 소비시장 회복세 뚜렷</a></div>"
            "<div><a>시안 반도체 공장 증설 착수… 한국 장비업체 수주 기대감</a></div></body></html>")
    result = DocResult(doc_id="x/a.html")
    cleaned, _ = clean_into(result, page.encode(), ingest_rules)
    assert "패키징 기업 50곳을 유치하겠다고 밝혔다." in result.clean
    assert "청두 전기차" not in result.clean and "시안 반도체" not in result.clean
    assert {r.rule for r in cleaned.removed} >= {"generic:links"}
