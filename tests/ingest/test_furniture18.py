"""furniture18 (round 18): what held-out set 14 still kept — a blog's list of its category's other posts and its
related posts, a lone reader's comment, an office's address in traditional characters, a letter's courtesy close,
a scrap's internal-use notice — and what it lost (a newsletter's numbered section heading over an event notice),
each checked with the article's lines of the same shape kept. Pages of my own invention; each test names the
general shape. (The single rules' examples run in tests/ingest/test_profiles.py.)"""
from __future__ import annotations

from tests.ingest.test_furniture16 import _html, _text     # a plain text and an HTML page through the whole pipeline

HEAD = "<h3>톈진 빈하이 신구 물류단지 방문기</h3>"
LEAD = "<p>지난주 톈진(天津) 빈하이 신구의 한국계 물류단지를 둘러봤습니다.</p>"
NEXT = "<p>단지 안 창고 면적은 모두 12만㎡이고, 한국 기업 9곳이 입주해 있습니다.</p>"


# ---- a blog's other posts under their heading

def test_a_category_s_other_posts_go_under_their_heading():
    text = _html(HEAD + LEAD + NEXT + "<p>'출장 기록' 카테고리의 다른 글</p>"
                 "<p>다롄 진푸 신구 한국 공장 3곳 탐방</p><p>스자좡 의약품 단지 20년의 변화</p>")
    assert "12만㎡" in text
    assert "카테고리의 다른 글" not in text and "진푸" not in text and "스자좡" not in text


def test_a_related_post_written_as_a_statement_without_its_period_goes_with_the_list():
    text = _html(HEAD + LEAD + NEXT + "<p>관련글</p><p>푸젠 푸딩 백차 산지 가격 20% 뛰었다</p>"
                 "<p>윈난 시솽반나 보이차 원료 시장 둘러보기</p>")
    assert "12만㎡" in text
    assert "푸딩" not in text and "시솽반나" not in text


def test_a_sentence_of_the_text_with_its_period_still_ends_a_furniture_section():
    text = _html(HEAD + LEAD + "<p>관련 기사</p><p>베이징 물류단지 임대료 하락</p>"
                 "<p>단지 관리위원회는 내년에 냉동 창고를 두 배로 늘릴 계획이라고 밝혔습니다.</p>")
    assert "냉동 창고를 두 배로 늘릴 계획이라고 밝혔습니다." in text
    assert "임대료 하락" not in text


# ---- one comment under a reaction bar that counts it

def test_a_lone_comment_under_a_bar_that_counts_one_comment_goes():
    text = _html(HEAD + LEAD + NEXT + "<p>공감 9 · 댓글 1 · 공유</p>"
                 "<p>물류맨 2026.04.03. 08:30</p><p>작년에 28위안이었는데 꽤 올랐네요.</p>")
    assert "12만㎡" in text
    assert "28위안" not in text


def test_the_post_s_last_sentence_stays_when_no_bar_counts_a_comment():
    text = _html(HEAD + "<p>베이징아재 · 2026. 4. 2. 20:15</p>" + LEAD + NEXT
                 + "<p>창고 임대료는 1㎡당 월 32위안이라고 합니다.</p>")
    assert "32위안이라고 합니다." in text


# ---- a newsletter's close, an office's address in hanja, a scrap's notice

LETTER = ["[무역레터 제52호] 광둥성 수입식품 라벨 규정 바뀐다", "",
          "1. 광둥성 수입식품 라벨 규정 바뀐다", "",
          "광둥성(廣東省) 광저우(廣州) 세관은 4월부터 수입 가공식품의 원산지 표기를 더 크게 하도록 했다.", "",
          "2. 선전 냉동창고 임대료 하락", "",
          "선전(深圳)의 냉동 창고 임대료는 1㎡당 월 85위안으로 지난해보다 6% 내렸다.", ""]


def test_a_letter_s_close_and_an_office_address_in_traditional_characters_go():
    text = _text(LETTER + ["감사합니다.", "가상무역센터 드림", "",
                           "가상무역센터 광저우 사무소 | 廣東省 廣州市 天河區 體育西路 000號 1608室"])
    assert "6% 내렸다." in text
    assert "감사합니다" not in text and "天河區" not in text and "드림" not in text


def test_a_scrap_s_internal_use_notice_goes():
    text = _text(["다롄항, 한국행 냉동 컨테이너 전용 부두 연다", "",
                  "랴오닝성(遼寧省) 다롄(大連)항이 한국행 냉동 컨테이너 전용 부두를 3월에 연다.",
                  "운임은 아직 정해지지 않았다.", "", "* 본 스크랩은 내부 열람용이며 외부 반출을 금합니다."])
    assert "운임은 아직 정해지지 않았다." in text and "반출" not in text


# ---- an event notice under a numbered section heading of the text

EVENT = ["- 일시: 2026년 4월 3일(금) 오후 2시", "- 장소: 광저우 수입식품 교역관 B홀", "- 신청마감: 2026년 3월 27일(금)", ""]


def test_a_numbered_section_heading_naming_the_event_stays_over_its_notice():
    text = _text(LETTER + ["3. 수입식품 전시회 참가 안내", ""] + EVENT + ["많은 참여 바랍니다."])
    assert "3. 수입식품 전시회 참가 안내" in text
    assert "신청마감" not in text and "교역관 B홀" not in text


def test_a_numbered_heading_that_is_only_the_notices_label_goes_with_them():
    for head in ("3. 행사 안내", "3. [행사 안내] 상반기 수출 설명회"):
        text = _text(LETTER + [head, ""] + EVENT)
        assert "행사 안내" not in text and "신청마감" not in text, (head, text)


# ---- a newsletter's greeting above its first story, under the issue's date

def test_a_newsletter_s_greeting_goes_even_under_the_issue_s_date():
    text = _html("<p>가상수출창구 NEWSLETTER Vol.18 | 2026년 6월호</p><p>발행일 2026. 6. 2.</p>"
                 "<p>안녕하세요, 가상수출창구입니다. 이번 호에서는 화남 지역 화장품 유통 소식을 전해 드립니다.</p>"
                 "<h2>광저우 화장품 도매상가 한국관 열어…업체 8곳 입점</h2>"
                 "<p>화장품 업체 8곳이 광둥성(廣東省) 광저우(廣州)의 도매상가에 문을 연 한국관에 입점했다.</p>"
                 "<p>입점 수수료는 매장당 월 6천 위안으로 도가 절반을 지원한다.</p>", title="가상수출창구 뉴스레터 Vol.18")
    assert "한국관에 입점했다." in text and "6천 위안" in text
    assert "안녕하세요" not in text and "이번 호에서는" not in text


def test_a_cafe_question_s_greeting_that_says_who_writes_stays():
    text = _html("<h3>선양 국제학교 어디가 좋을까요?</h3><p>바람맘 | 2026.02.14. 21:02 | 조회 88</p>"
                 "<p>안녕하세요. 3월에 선양으로 발령받아 가족과 함께 가게 된 주재원입니다.</p>"
                 "<p>아이가 둘인데 학비가 한 해 20만 위안 넘는 곳도 있다고 들었어요.</p>")
    assert "3월에 선양으로 발령받아" in text


# ---- round 18's probe: an event line with a span of hours, a heading at the text's end, a blog's short last line

def test_a_cafe_post_s_event_line_with_a_span_of_hours_stays():
    text = _html("<h3>5월 한인 어린이 그림 대회 안내</h3><p>바다맘 스탭 | 2026.05.02. 10:41 | 조회 188</p>"
                 "<p>랴오닝성(遼寧省) 다롄(大連) 한인회가 어린이 그림 대회를 엽니다.</p>"
                 "<p>일시: 2026년 5월 16일(토) 14:00~16:00</p><p>장소: 진저우구 한인회관 2층</p>"
                 "<p>참가비는 한 명에 20위안이고, 상품은 12개 준비했습니다.</p>")
    assert "일시: 2026년 5월 16일(토) 14:00~16:00" in text and "장소: 진저우구 한인회관 2층" in text


def test_a_numbered_heading_naming_the_event_stays_at_the_text_s_end():
    text = _text(LETTER + ["3. 하얼빈 빙설 상품 상담회 참가 안내", "", "▶ 일시: 2026년 12월 8일(화) 10:00~17:00",
                           "▶ 장소: 하얼빈 국제전람센터 3홀", "▶ 신청마감: 11월 27일(금)", "", "고맙습니다."])
    assert "3. 하얼빈 빙설 상품 상담회 참가 안내" in text
    assert "국제전람센터" not in text and "고맙습니다" not in text


def test_a_blog_copy_s_short_last_line_stays_over_the_bar_and_its_one_comment():
    text = _text(["청두에서 충칭까지 고속철 타 봤어요…요금 154위안", "하늘역장 · 2026. 5. 19. 21:05", "",
                  "쓰촨성(四川省) 청두에서 충칭까지 고속철을 탔어요. 2등석 요금은 154위안이었어요.",
                  "역에서 산 도시락은 35위안이었어요.", "좋았어요.", "",
                  "공감 31 · 댓글 1 · 공유하기", "기차덕후 2026.05.20. 07:12", "작년엔 146위안이었던 것 같은데 조금 올랐네요."])
    assert "좋았어요." in text and "35위안이었어요." in text
    assert "146위안" not in text


def test_a_numbered_list_s_item_under_the_text_is_no_section_heading():
    text = _text(LETTER + ["관련 자료:", "1. 중국 조선 산업 중장기 발전계획 (2021)", "2. 랴오닝성 제14차 5개년 공업 발전 규획"])
    assert "공업 발전 규획" not in text
