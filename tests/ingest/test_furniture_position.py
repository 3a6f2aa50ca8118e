"""Cleaning by position (where a line stands, not only what it says): comment blocks,
profile boxes, sections and the page's tail, page furniture of reports. Each case puts
the furniture next to body sentences that must stay (tests/devset/furniture3 has the
whole pages)."""
from pipeline.ingest.clean import clean
from pipeline.ingest.profiles import load_profiles

GENERIC = load_profiles().generic
HEAD = "훈춘 국제물류원구 화물 처리량 40% 늘어"
S1 = "지린성 훈춘시 국제물류원구의 화물 처리량이 지난해보다 40% 늘었다."
S2 = "관리위원회는 연말까지 냉동창고 2만㎡를 새로 지을 계획이다."


def paragraphs(lines: list[str], **kw) -> list[str]:
    return clean(lines, GENERIC, wrapped_ok=False, **kw).paragraphs


def test_comments_under_a_heading_go_even_when_they_read_like_prose():
    for heading in ("네티즌 의견 3", "댓글 4 | 등록순 최신순", "독자 의견 (2)"):
        lines = [HEAD, S1, S2, heading, "장백산호랑이 2025-03-14 10:02",
                 "자루비노항 항로가 주 3회만 돼도 훈춘 물류는 훨씬 살아날 겁니다.", "답글 신고 공감 5",
                 "작년에 훈춘 원구에서 일했는데 한국 회사가 12곳이나 되는 줄은 몰랐네요."]
        assert paragraphs(lines) == [HEAD, S1, S2], heading


def test_a_sentence_about_comments_is_no_comment_heading():
    lines = [HEAD, S1, "네티즌 의견이 엇갈렸다는 보도가 이어졌다.", S2]
    assert paragraphs(lines) == lines


def test_a_polite_self_introduction_between_profile_furniture_goes():
    lines = ["블로그 홈", "이웃추가", "바람따라 (windtrade)",
             "이우에서 포장재 소싱을 10년째 하고 있습니다. 공장 이야기와 소싱 요령을 나눠요.", "이웃 1,024명",
             "이우 포장재 공장 세 곳 비교해 봤습니다", "바람따라 2024. 9. 8. 19:32",
             "이번 주에는 저장성 이우 근교의 포장재 공장 세 곳을 돌았습니다.",
             "두 번째 공장은 인쇄 품질이 가장 좋았지만 납기가 25일로 길었습니다."]
    cleaned = clean(lines, GENERIC, wrapped_ok=False)
    assert cleaned.paragraphs == lines[5:6] + lines[7:]
    assert cleaned.published == "2024-09-08"      # the posting stamp is above the first sentence now


def test_a_lead_sentence_between_a_byline_and_a_caption_stays():
    lead = "중국 저장성 닝보저우산항이 부산항과 컨테이너 환적 협력을 강화합니다."
    lines = [HEAD, "정하늘 기자", lead, "저장성 닝보저우산항 부두 전경. (사진 제공: 닝보저우산항그룹)", S1, S2]
    assert paragraphs(lines) == [HEAD, lead, S1, S2]
    news = "중국 저장성 닝보저우산항이 부산항과 컨테이너 환적 협력을 강화한다."
    assert paragraphs([HEAD, "정하늘 기자", news, "사진: 김바다 기자", S1]) == [HEAD, news, S1]


def test_a_section_in_note_style_under_a_furniture_heading_stays_whole():
    section = ["광둥성 화장품 수입 구조, 온라인 중심으로 빠르게 재편", "온라인 판매 비중이 절반을 넘으면서 소포장 제품 수입이 크게 늘어남"]
    lines = [HEAD, S1, "핫 이슈", *section, S2]
    assert paragraphs(lines) == [HEAD, S1, "핫 이슈", *section, S2]
    # a list of other articles under the same heading still goes up to the next sentence
    lines = [HEAD, S1, "핫 이슈", "선전 투자 늘어", "상하이 박람회 개막", S2]
    assert paragraphs(lines) == [HEAD, S1, S2]


def test_a_report_s_last_section_in_note_style_is_not_the_page_s_tail():
    lines = [HEAD, S1, S2, "3. 시사점", "- 한국 기업은 현지 업체와의 합작을 검토할 필요",
             "- 기술 유출을 막는 계약 조항은 먼저 마련해야 함"]
    assert paragraphs(lines) == lines
    # what follows a last sentence without any statement is still the tail
    assert paragraphs([HEAD, S1, S2, "관련 자료:", "1. 중국 조선산업 중장기 발전계획 (2021)"]) == [HEAD, S1, S2]


def test_running_header_next_to_a_page_number_goes_in_text_copied_a_paragraph_a_line():
    header = "북방경제연구소 동북아 산업 브리프"
    lines = [HEAD, S1, header, "7 / 12", "Ⅲ. 시사점", S2, "관련 자료:", header, "8 / 12"]
    assert paragraphs(lines) == [HEAD, S1, "Ⅲ. 시사점", S2]
    # a repeated short line with no page number beside it is a table cell, not a header
    table = [HEAD, S1, "광둥성 수출 동향", "12.5", "광둥성 수출 동향", "13.1", S2]
    assert paragraphs(table) == table


def test_a_note_wrapped_over_two_lines_goes_once_unwrapped():
    full = "가" * 30
    body = [f"{full}{chr(0xAC01 + n)} " for n in range(6)]
    lines = ["충칭 자동차 산업의 전기차 전환", ""] + [x for b in body for x in (b, "")] + [
        "한국 부품기업에 새로운 수요처가 될 수 있다.", "", "참고: 생산량은 충칭시 통계국 발표 기준이며,",
        "신에너지차에는 하이브리드가 포함된다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.layout == "hard-wrapped"
    assert not any("참고" in p or "하이브리드" in p for p in cleaned.paragraphs)
    assert cleaned.paragraphs[-1].endswith("한국 부품기업에 새로운 수요처가 될 수 있다.")


def test_a_phrase_below_the_headline_is_no_tool():
    lines = ["충칭 자동차 산업의 전기차 전환과", "부품기업의 기회", S1, S2]
    assert "부품기업의 기회" in paragraphs(lines)


def test_an_introduction_under_the_blog_s_name_goes_but_not_a_polite_lead_without_headline_below():
    intro = "샤먼에 사는 주부 블로거예요. 차와 시장 이야기를 올립니다."
    post = ["샤먼 차시장 철관음 도매가 정리", "푸젠성 샤먼의 차 도매시장 두 곳을 돌며 철관음 가격을 물어봤어요.",
            "소포장 선물세트는 20개 이상 사면 15% 깎아 준다고 하네요."]
    assert paragraphs(["빛나의 샤먼 일기", intro, "방문자 Today 31 · Total 12,044", *post])[-3:] == post
    assert intro not in paragraphs(["빛나의 샤먼 일기", intro, "방문자 Today 31 · Total 12,044", *post])
    # the same polite line right under a headline, the article following: a lead, it stays
    assert intro in paragraphs([post[0], "방문자 Today 31", intro, *post[1:]])


def test_a_report_s_contents_footnotes_and_references_go():
    lines = ["하이난 자유무역항 봉관 운영", "< 목 차 >", "1. 추진 배경 ········· 1", "2. 주요 내용 ········· 2",
             "1. 추진 배경", "하이난성의 지난해 화물 수출입액은 2,312억 위안으로 1년 새 15% 늘었다.1)",
             "1) 하이난성 통계국 발표 기준.", "봉관 이후 하이난과 중국 본토 사이에는 별도의 통관 절차가 생긴다.",
             "참고문헌", "국무원(2020), 하이난 자유무역항 건설 총체방안."]
    assert paragraphs(lines) == [lines[0], lines[4], lines[5].removesuffix("1)"), lines[7]]   # the note's mark goes with it


NARROW_REPORT = """가상연구원 지역 브리프 2024-03

충칭 전기차 산업의 전환

연구위원 김가상

1. 개요
2. 현황
3. 시사점

1. 개요

충칭시의 지난해 자동차 생산량은 231만
대로 전국 4위를 기록했다. 이 가운데 신에
너지차는 50만 대로 전년보다 31% 늘었다.

2. 현황

충칭에는 완성차 업체 10곳과 부품업체 1,20
0여 곳이 모여 있다. 배터리와 모터는 현지
조달 비중이 높다.
가상연구원 지역 브리프 2024-03
- 5 -
3. 시사점

영하 20도까지 내려가는 북부와 달리 충칭은
겨울에도 공장 가동률이 높다. 한국 기업은
현지 합작을 검토할 만하다.""".splitlines()


def test_a_report_wrapped_narrower_than_the_tail_limit_keeps_its_last_sections():
    """Wrapped lines of 20-odd characters that end mid-sentence are no tail: a paragraph
    ending in a sentence is prose as a whole, so `3. 시사점` and the paragraph under it (whose
    first line starts with 영하 and has a temperature) stay; the table of contents goes, the
    heading right above the first paragraph stays."""
    cleaned = clean(NARROW_REPORT, GENERIC)
    assert cleaned.layout == "hard-wrapped"
    text = "".join("".join(cleaned.paragraphs).split())
    for kept in ("1.개요충칭시의", "2.현황", "조달비중이높다.", "3.시사점", "영하20도까지내려가는", "현지합작을검토할만하다."):
        assert kept in text, kept
    assert cleaned.paragraphs.count("1. 개요") == 1 and "- 5 -" not in text


def test_the_tail_keeps_a_sentence_without_its_period_and_a_section_heading():
    for last in ("중국 측은 아직 답하지 않았다", "영하 20℃ 안팎의 추위가 이어졌다", "Ⅳ. 결론 및 시사점", "3. 시사점"):
        assert paragraphs([HEAD, S1, S2, last])[-1] == last, last
    # buttons and comments in the polite style, and numbered headlines of other articles, still go
    for foot in ("이 기사를 공유합니다", "눈사람여행: 네 다음 글에 올릴게요", "1. 동성로 공실률 20% 넘어"):
        assert paragraphs([HEAD, S1, S2, foot]) == [HEAD, S1, S2], foot


def test_a_lettered_heading_below_the_headline_is_no_tool():
    assert paragraphs([HEAD, "가. 추진 배경", S1, S2]) == [HEAD, "가. 추진 배경", S1, S2]


def test_comments_without_a_heading_go_by_their_stamps():
    lines = [HEAD, S1, S2, "좋아요 42", "눈꽃여행", "2025-06-12 10:21", "작년에 갔는데 입장료가 300위안이었어요. 올해는 오를까요?",
             "답글 1 추천 6", "북국의봄", "2025-06-12 11:05", "인천 노선 늘면 좋겠네요."]
    assert paragraphs(lines) == [HEAD, S1, S2]


def test_time_stamped_updates_of_a_live_report_stay():
    lines = [HEAD, S1, "2025-06-12 10:21", "하얼빈시는 입장객이 10만명을 넘었다고 밝혔다.",
             "2025-06-12 11:05", "관리위원회는 오후 입장을 잠시 멈췄다.", S2]
    assert paragraphs(lines) == [HEAD, S1, lines[3], lines[5], S2]


def test_a_timeline_of_dates_is_no_comment_thread():
    lines = [HEAD, S1, "2023.05.01", "협약 체결", "2024.01.10", "공장 착공", S2]
    assert paragraphs(lines) == [HEAD, S1, "협약 체결", "공장 착공", S2]


def test_a_polite_lead_under_its_time_stamp_is_no_self_introduction():
    lead = "훈춘 국제물류원구의 화물 처리량이 석 달 연속 늘었습니다."
    lines = [HEAD, "입력 2025.11.03 14:20", lead, "냉동창고 증설 착수", S1, S2]
    assert lead in paragraphs(lines)
