"""Cleaning mechanics that no single rule's examples show."""
from pipeline.ingest.clean import clean, iso_date
from pipeline.ingest.profiles import load_profiles

GENERIC = load_profiles().generic
FULL = "가" * 30


def test_page_breaks_disappear_even_mid_sentence():
    body = [FULL + "라라라라" + chr(0xAC01 + n) for n in range(12)]          # distinct wrapped lines at the margin
    lines = []
    for page in range(3):
        lines += ["중국 지역개발 동향 보고서 2004", ""] + [x for b in body[page * 4:page * 4 + 4] for x in (b, "")]
        lines += [f"{FULL}{'나' * page}{'라' * (3 - page)}이어", "", "", "", f"- {page + 1} -", "", "",
                  f"지고 {FULL}{'다' * page}{'라' * (2 - page)}", ""]
    lines += ["끝이다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.layout == "hard-wrapped"
    pages = ["".join(body[p * 4:p * 4 + 4]) + f"{FULL}{'나' * p}{'라' * (3 - p)}이어지고 {FULL}{'다' * p}{'라' * (2 - p)}"
             for p in range(3)]
    assert cleaned.paragraphs == ["".join(pages) + "끝이다."]
    rules = sorted({r.rule for r in cleaned.removed})
    # `- 2 -` alone on its line goes by the page_mark drop rule before the layout is known.
    assert rules == ["generic:page_mark", "generic:running_header"]
    assert sum(r.whole_line for r in cleaned.removed) == 6


def test_publication_date_prefers_posted_time_over_page_header():
    lines = ["2025년 11월 4일 (화)", "제목이 여기에 있다", "입력 2025.11.03 14:20", "본문 첫 문장은 충분히 길게 쓴 문장이다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.published == "2025-11-03"
    assert cleaned.paragraphs == ["제목이 여기에 있다", "본문 첫 문장은 충분히 길게 쓴 문장이다."]


def test_title_marks_where_the_article_starts():
    lines = ["가상신문", "정치 경제 국제", "세계", "광둥성 수출 10% 증가", "광둥성의 수출이 올해 10% 늘었다고 밝혔다."]
    cleaned = clean(lines, GENERIC, wrapped_ok=False, title="광둥성 수출 10% 증가")
    assert cleaned.paragraphs == lines[3:]


def test_furniture_section_ends_at_the_next_sentence():
    lines = ["본문 첫 문장은 충분히 길게 쓴 문장이다.", "관련기사", "상하이 투자 늘어", "선전 수출 감소",
             "본문은 관련기사 상자 뒤에서도 계속 이어진다.", "마지막 문장도 충분히 길게 쓴 문장이다."]
    assert clean(lines, GENERIC, wrapped_ok=False).paragraphs == [lines[0], lines[4], lines[5]]


def test_iso_date():
    assert iso_date("2025-11-03T14:20:00+09:00") == "2025-11-03"
    assert iso_date("2025년 11월 3일 (월)") == "2025-11-03"
    assert iso_date("2025.12.15 (월)") == "2025-12-15"
    assert iso_date("2025.13.45") == ""


def test_plain_text_title_is_the_headline_below_menus_tags_and_separators():
    lines = ["뉴스홈 | 정치 | 경제 | 국제", "[동북아투데이]", "==========", "전체", "메뉴",
             "헤이룽장성, 헤이허에 보세물류센터 착공", "동북아투데이 | 기사승인 2024.02.14 09:12",
             "중국 헤이룽장성 헤이허시가 보세물류센터를 착공했다고 현지 매체가 보도했다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.title == "헤이룽장성, 헤이허에 보세물류센터 착공"
    assert cleaned.published == "2024-02-14"
    assert cleaned.paragraphs == [lines[5], lines[7]]


def test_no_headline_no_title():
    lines = ["송화강일보 > 경제", "【송화강일보 할빈 2024년 7월 3일발】 할빈시를 찾은 관광객은 연인원 7,820만명으로 늘었다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.title == ""
    assert cleaned.published == "2024-07-03"          # from the dateline glued to the first sentence
    assert cleaned.paragraphs == ["할빈시를 찾은 관광객은 연인원 7,820만명으로 늘었다."]


def test_a_prefer_longer_head_line_over_a_series_name():
    lines = ["중국경제 포커스", "동북지역 진흥 정책의 재추진", "본문 첫 문장은 충분히 길게 쓴 문장이다."]
    assert clean(lines, GENERIC).title == "동북지역 진흥 정책의 재추진"


def test_weak_dates_below_the_first_sentence_do_not_date_the_article():
    lines = ["제목이 여기에 있는 기사", "본문 첫 문장은 충분히 길게 쓴 문장이다.", "북극곰 2025.02.09 10:02"]
    assert clean(lines, GENERIC).published == ""
    lines = ["제목이 여기에 있는 기사", "본문 첫 문장은 충분히 길게 쓴 문장이다.", "입력 2025.02.09 10:02"]
    assert clean(lines, GENERIC).published == "2025-02-09"


def test_one_line_article_ending_with_the_reporters_address_keeps_every_sentence():
    article = ("웨이하이시 정부는 20일 전용 공단을 조성한다고 발표했다. 공단은 내년 착공한다. "
               "입주 기업에는 혜택이 주어진다. 시 관계자는 \"뱃길이 장점\"이라고 말했다. 업체 30여 곳이 입주를 검토한다.")
    cleaned = clean(["공단 조성 소식", article + " 김동현 기자 dhkim@dongnam.example.kr"], GENERIC)
    assert cleaned.paragraphs == ["공단 조성 소식", article]


def test_hard_wrapped_news_is_unwrapped_with_a_number_broken_by_the_wrap_read_whole():
    lines = ["[해양경제신문] 1994년 03월 15일 제7면 국제", "", "대련 개발구 외자 유치 급증", "",
             "중국 요령성 대련시의 경제기술개발구가 지난해 ", "끌어들인 외국인 직접투자는 모두 3억7천",
             "2백만달러에 이르러 전년보다 두 배 가까이 늘어난 것으",
             "로 집계됐다. 개발구 관리위원회는 입주 기업 가운데 일",
             "본계가 가장 많고 홍콩계와 한국계가 뒤를 잇는다고 밝",
             "혔다.", "(대련=홍성민 특파원)"]
    cleaned = clean(lines, GENERIC)
    assert cleaned.layout == "hard-wrapped"
    assert cleaned.title == "대련 개발구 외자 유치 급증"
    assert cleaned.published == "1994-03-15"
    assert cleaned.paragraphs[0] == "대련 개발구 외자 유치 급증"
    assert "모두 3억7천2백만달러에 이르러" in cleaned.paragraphs[1]
    assert cleaned.paragraphs[1].endswith("뒤를 잇는다고 밝혔다.") and len(cleaned.paragraphs) == 2


def test_tools_between_headline_and_body_go_but_the_subtitle_stays():
    lines = ["선양, 산업용 로봇 생산 1년 새 25% 늘어", "2027년까지 3만대로 확대", "기사원문", "SNS 보내기", "인쇄하기",
             "1. 개요", "중국 랴오닝성 선양시의 지난해 산업용 로봇 생산량이 1만8천대로 늘었다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.title == lines[0]
    assert cleaned.paragraphs == [lines[0], lines[1], "1. 개요", lines[6]]


def _report(head: list[str]) -> list[str]:
    """A small wrapped report under `head`, with a page footer spread to both margins."""
    body = ["□ 청두와 충칭을 잇는 경제권은 2022년 지역총생산이 7조 ", "7천억 위안으로 중국 전체의 6.4%를 차지하는 것으로 ",
            "집계됐다.", "", "□ 두 도시는 전자정보와 자동차 산업을 중심으로 분업 ", "구조를 만들어 가고 있다.", "",
            "가상지역연구원" + " " * 60 + "- 3 -", "", "□ 한국 기업은 두 도시 사이의 부품 공급망에 참여하는 ",
            "방식으로 진출 비용을 줄일 수 있다고 보고서는 분석했다."]
    return head + body


def test_report_headline_wrapped_before_a_particle_is_one_headline():
    cleaned = clean(_report(["가상지역연구원  지역경제 브리프 2023-17", "", "청위 쌍성경제권의 형성과 한국 기업",
                             "의 진출 전략", "", "연구위원 강가상", ""]), GENERIC)
    assert cleaned.layout == "hard-wrapped"
    assert cleaned.title == "청위 쌍성경제권의 형성과 한국 기업의 진출 전략"
    assert cleaned.paragraphs[0] == cleaned.title
    assert not any("연구원" in p or "- 3 -" in p for p in cleaned.paragraphs)
    assert cleaned.paragraphs[-1].endswith("방식으로 진출 비용을 줄일 수 있다고 보고서는 분석했다.")


def test_a_line_starting_without_a_particle_is_not_the_headline_s_end():
    cleaned = clean(_report(["청위 쌍성경제권의 형성과 한국 기업", "진출 전략", "", "연구위원 강가상", ""]), GENERIC)
    assert cleaned.title == "청위 쌍성경제권의 형성과 한국 기업"


def test_a_footer_spread_to_both_margins_does_not_set_the_wrap_margin():
    from pipeline.ingest.unwrap import is_hard_wrapped
    lines = _report([]) + ["", "가상지역연구원" + " " * 60 + "- 4 -"]
    assert is_hard_wrapped(lines)
    assert clean(_report(["청위 쌍성경제권의 형성과 한국 기업", ""]), GENERIC).layout == "hard-wrapped"


def test_a_button_line_after_an_html_headline_is_not_its_wrapped_end():
    lines = ["가상경제", "창사 전기차 공장 증설…연 30만대 체제로", "가 가", "후난성 창사시의 한 업체가 전기차 공장 증설에 들어갔다."]
    cleaned = clean(lines, GENERIC, wrapped_ok=False)
    assert cleaned.title == "창사 전기차 공장 증설…연 30만대 체제로"
