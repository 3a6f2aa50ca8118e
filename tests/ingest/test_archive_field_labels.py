"""Archive field labels in brackets spaced to align (`[기사번호] …`, `[분    류] …`, `[게재일자] …`),
year-numbered report issue lines and a paywall's offer: furniture that stood above or under the
article on sources no rule was written for (classes seen on held-out set 8, spent). The lines go,
are never the title, and a date line dates the page. Invented pages of our own."""
from pipeline.api import extract_text

_PAGE = """한빛신문 기사 아카이브 | 원문 텍스트 보기

[게재일자] 1996.08.21
[면    수] 7면
[기사번호] HB19960821-07-0045
[분    류] 경제 / 해외

天津 保稅區 韓國기업 몰린다

【天津=本紙 金成浩 특파원】 중국 천진시 보세구에 한국 기업의 진출이 잇따르고 있다.
현지 관계자에 따르면 올해 상반기에만 한국 기업 37개사가 새로 입주했다.
"""


def test_bracketed_archive_labels_go_and_the_headline_is_the_title() -> None:
    r = extract_text(_PAGE)
    assert r.title == "天津 保稅區 韓國기업 몰린다"
    assert r.published == "1996-08-21"
    for label in ("[기사번호]", "HB19960821", "[분    류]", "경제 / 해외", "本紙"):
        assert label not in r.clean
    assert "중국 천진시 보세구에 한국 기업의 진출이 잇따르고 있다." in r.clean
    assert "올해 상반기에만 한국 기업 37개사가 새로 입주했다." in r.clean


def test_a_bracketed_news_label_on_the_headline_stays_and_label_words_in_prose_stay() -> None:
    r = extract_text("[기사번호] NM20020305-03-0011\n[분  류] 국제 / 아시아\n[단독] 大連 韓國공단 2단계 착공\n\n"
                     "요령성 대련시가 한국 기업 전용 공단의 2단계 공사에 들어갔다.\n분류 기준은 올해부터 바뀌었다.\n")
    assert r.title == "[단독] 大連 韓國공단 2단계 착공"
    assert "분류 기준은 올해부터 바뀌었다." in r.clean
    assert "국제 / 아시아" not in r.clean


def test_a_brief_numbered_by_year_its_issue_lines_go_and_date_the_page() -> None:
    """`정책브리프 | 2024-17` and `2024-17호 · 2024년 9월 3일` over a report's headline: the series
    line and the issue line are furniture, the issue line's date is the page's, the headline is
    the title (a class seen on held-out set 8, spent; this page is our own)."""
    r = extract_text("새빛정책연구원\n정책브리프 | 2024-17\n2024-17호 · 2024년 9월 3일\n\n"
                     "허난성 정저우 공항경제구의 성장과 과제\n\n"
                     "정저우 공항경제구는 2013년 국가급 시범구로 지정되었다.\n"
                     "올해 상반기 화물 처리량은 40만 톤을 넘었다.\n")
    assert r.title == "허난성 정저우 공항경제구의 성장과 과제"
    assert r.published == "2024-09-03"
    assert "2024-17" not in r.clean
    assert "정저우 공항경제구는 2013년 국가급 시범구로 지정되었다." in r.clean


def test_a_sites_offer_to_become_a_paying_member_goes_and_sentences_about_members_stay() -> None:
    """A paywall's offer under an article (a class seen on held-out set 8, spent; our own page)."""
    r = extract_text("中 배터리 업계, 광둥성 투자 확대\n\n"
                     "광둥성 선전시의 배터리 기업들이 올해 설비 투자를 30% 늘린다.\n"
                     "유료 회원이 늘면서 플랫폼 매출도 늘었다.\n\n"
                     "가상경제 프리미엄 회원이 되시면 중국 증시 심층 리포트를 매일 아침 받아보실 수 있습니다.\n")
    assert "프리미엄 회원이 되시면" not in r.clean
    assert "유료 회원이 늘면서 플랫폼 매출도 늘었다." in r.clean
    assert "광둥성 선전시의 배터리 기업들이 올해 설비 투자를 30% 늘린다." in r.clean
