"""Adversarial inputs against the newsletter/report cleaning (furniture4): invented pages whose
body or neighbours are shaped like the new furniture. Each test is a failure found by reading
the output, kept so it does not come back."""
import textwrap

from pipeline.document import clean_into
from pipeline.ingest.clean import clean
from pipeline.ingest.profiles import load_profiles
from pipeline.model import DocResult
from pipeline.rules import load_rules

GENERIC = load_profiles().generic

HEAD = "중국 3분기 성장률 4.8%…부동산 부진 이어져"
S1 = "중국의 3분기 국내총생산(GDP) 성장률이 4.8%로 집계됐다고 국가통계국이 20일 발표했다."
S2 = "부동산 투자는 1~9월 누적 10.2% 줄었다."


def cleaned_page(html: str, doc_id: str = "a/b.html") -> DocResult:
    result = DocResult(doc_id=doc_id)
    clean_into(result, html.encode(), load_rules(stages=()))
    return result


def test_a_cut_og_title_with_a_most_read_list_above_the_headline():
    # The list of other articles starts with the same words as the cut og:title: the title is the
    # headline closest above the text, not the list's item, the list's heading, nor another headline.
    for above in ("<div>많이 본 뉴스</div>", ""):
        page = ('<html><head><meta property="og:title" content="중국 3분기 성장률 4.8%…">'
                '<title>중국 3분기 성장률 4.8%… - 가상경제신문</title></head><body>'
                f'{above}<ul><li><a href="/1">중국 3분기 성장률 4.8%…시장 예상 밑돌아</a></li>'
                '<li><a href="/2">광둥성 수출 9% 증가</a></li></ul>'
                f'<h1>{HEAD}</h1><p>{S1}</p><p>{S2}</p></body></html>')
        result = cleaned_page(page)
        assert result.title == HEAD
        assert "광둥성 수출 9% 증가" not in result.clean and "시장 예상 밑돌아" not in result.clean
        assert S1 in result.clean and S2 in result.clean


def test_a_previous_issue_s_date_in_a_newsletter_header_does_not_date_the_page():
    page = ('<html><head><title>한중물류협회 뉴스레터</title></head><body>'
            '<table><tr><td>한중물류협회 뉴스레터</td></tr><tr><td>지난 호 | 제41호 (2025.03.10)</td></tr></table>'
            '<h2>톈진항 컨테이너 운임 한 달 새 15% 하락</h2>'
            '<p>톈진항에서 부산으로 가는 40피트 컨테이너 운임이 한 달 새 15% 떨어졌다.</p>'
            '<p>협회는 운임 하락이 2분기까지 이어질 것으로 내다봤다.</p></body></html>')
    result = cleaned_page(page)
    assert result.published == ""
    assert "제41호" not in result.clean
    # the issue's own header still dates it
    result = cleaned_page(page.replace("지난 호 | 제41호 (2025.03.10)", "제42호 (2025.03.24)"))
    assert result.published == "2025-03-24"


def test_an_organisation_s_bulletin_name_above_a_report_is_never_its_headline():
    head = "칭하이성 시닝 리튬 배터리 공장 가동"
    lines = ["가상무역협회 중국 동향", "", head, "",
             "칭하이성 시닝시에서 연간 20GWh 규모의 리튬 배터리 공장이 가동에 들어갔다.", "투자액은 85억 위안이다."]
    assert clean(lines, GENERIC).title == head
    lines[0] = "중부경제연구원 중국지역 브리프"
    assert clean(lines, GENERIC).title == head


def test_a_centred_headline_wrapped_after_a_verb_that_leads_to_a_noun_is_one_headline():
    body = ("충칭시 궈위안항의 2024년 상반기 컨테이너 처리량은 68만TEU로 전년 동기보다 19% 늘었다. 항만과 중-유럽 "
            "화물열차 기지를 잇는 전용 철도가 개통되면서 환적 화물이 크게 늘었다. 시 정부는 2025년까지 처리량을 "
            "150만TEU로 늘린다는 계획이다. 궈위안항은 창장 상류 최대의 컨테이너 항만으로, 쓰촨성과 구이저우성의 "
            "수출 화물도 이 항을 거쳐 상하이로 내려간다. 항만 운영사는 올해 크레인 8기를 새로 들였고 야적장 면적을 "
            "35만㎡ 넓혔다. 중-유럽 화물열차의 충칭 발 운행은 올해 1~6월 2,800편으로 지난해보다 24% 늘었다.")
    lines = ["    충칭 궈위안항, 중-유럽 철도와 연계한", "         복합물류 거점으로 부상", ""] + textwrap.wrap(body, 34) \
        + ["  주요 추진 과제는 다음과 같다.", "1) 철도 전용선 2단계 공사 (총연장 12km)", "2) 냉장 물류센터 3곳 신설",
           "3) 통관 절차 전면 전자화", "  시 관계자는 \"세 과제 모두 올해 착공한다\"고 말했다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.title == "충칭 궈위안항, 중-유럽 철도와 연계한 복합물류 거점으로 부상"
    assert cleaned.paragraphs[1].startswith("충칭시 궈위안항의")
    # a list's items are no wrapped sentence: each stays its own paragraph, and the next sentence too
    assert cleaned.paragraphs[-4:] == ["1) 철도 전용선 2단계 공사 (총연장 12km)", "2) 냉장 물류센터 3곳 신설",
                                       "3) 통관 절차 전면 전자화", "시 관계자는 \"세 과제 모두 올해 착공한다\"고 말했다."]


def test_contents_entries_without_numbers_go_when_the_text_s_headline_comes_again():
    first, second = "다롄항, 한국행 신규 항로 2개 개설", "톈진항 컨테이너 운임 한 달 새 15% 하락"
    s1 = "랴오닝성 다롄항이 인천과 평택을 잇는 컨테이너 항로 2개를 새로 열었다."
    s2 = "톈진항에서 부산으로 가는 40피트 컨테이너 운임이 한 달 새 15% 떨어졌다."
    cleaned = clean(["[이번 호 목차]", first, second, "", first, "", s1, "", second, "", s2], GENERIC)
    assert cleaned.title == first
    assert cleaned.paragraphs == [first, s1, second, s2]     # each headline once, in its place


def test_a_roman_numbered_contents_ends_at_the_text_s_arabic_numbered_first_heading():
    lines = ["목차", "Ⅰ. 개관", "Ⅱ. 부품 기업 동향", "", "1. 개관",
             "선양시 자동차 부품 산업은 2024년 매출 1,240억 위안을 기록해 전년보다 6.3% 늘었다.",
             "2. 부품 기업 동향", "부품 기업 수는 2024년 말 기준 1,520곳으로 늘었다."]
    paragraphs = clean(lines, GENERIC, title="랴오닝성 선양 자동차 부품 산업의 재편").paragraphs
    assert "1. 개관" in paragraphs and "2. 부품 기업 동향" in paragraphs
    assert "Ⅰ. 개관" not in paragraphs and "Ⅱ. 부품 기업 동향" not in paragraphs
