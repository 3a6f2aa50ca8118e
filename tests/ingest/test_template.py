"""Template lines: recurring short lines of one source folder (pipeline/ingest/template.py)."""
from pipeline.ingest.clean import clean
from pipeline.ingest.profiles import load_profiles
from pipeline.ingest.template import (MIN_DOCS, Candidates, assign, digest, folder_template, for_document,
                                      is_candidate, source_of, template_titles)
from pipeline.work import document_candidates      # the pre-pass reads a document as the step's cleaner does

GENERIC = load_profiles().generic


def _doc(n: int) -> list[str]:
    return ["동북아투데이 많이 읽은 소식", f"헤이룽장성 교역 거점 {n}호 착공", "1. 개요",
            f"중국 헤이룽장성의 교역액이 {n}% 늘었다고 현지 매체가 보도했다.",
            "시 정부는 물류센터를 더 짓겠다고 설명했다.", "동북아투데이의 다른 기사"]


def _text(n: int) -> bytes:
    return "\n".join(_doc(n)).encode()


def test_candidates_are_short_non_sentences():
    # examples: what may be template
    for line in ("동북아투데이 많이 읽은 소식", "창원 기계업체, 톈진에 합작공장 세운다", "심양 3호선 개통 언제쯤?",
                 "- 2 -", "남해일보 | 대표전화 055-000-1234"):
        assert is_candidate(line), line
    # keeps: sentences (the same story filed twice stays), long lines, a date with dots
    for line in ("시 정부는 환영했다.", "중국 헤이룽장성의 교역액이 5% 늘었다고 현지 매체가 보도했다.",
                 "가" * 81, "x"):
        assert not is_candidate(line), line


def test_document_candidates_leave_out_sentences_and_section_headings(ingest_rules):
    found = document_candidates("dongbuka/0.txt", _text(0), ingest_rules)
    assert found.lines == {"동북아투데이 많이 읽은 소식", "헤이룽장성 교역 거점 0호 착공", "동북아투데이의 다른 기사"}
    assert "1. 개요" not in found.lines                 # a report's section heading recurs and is text
    # the title the step gives with no template: the list's heading above the headline, which
    # every page has as its title, so it cannot protect itself (see the banner test below)
    assert found.title == "동북아투데이 많이 읽은 소식"


def test_a_wrapped_piece_of_a_sentence_is_never_a_candidate(ingest_rules):
    text = ("보고서 제목\n\n이에 따라 국내 기업은 현지 정책 변화를\n살피며 완성차 업체와 협력을 넓\n"
            "힐 필요가 있다.\n\n발행처: 연구소\n- 2 -\n")
    found = document_candidates("r/a.txt", text.encode(), ingest_rules)
    assert "이에 따라 국내 기업은 현지 정책 변화를" not in found.lines
    assert {"발행처: 연구소", "- 2 -"} <= found.lines     # a paragraph of furniture is not a sentence
    # lines above a sentence with no blank line between, well short of it, are no pieces
    copy = "가상물류 홈 | 뉴스\n가상물류 소식 요약\n상해시는 푸둥신구에 4억 위안을 투자했다고 밝혔다.\n"
    assert document_candidates("r/b.txt", copy.encode(), ingest_rules).lines == {"가상물류 홈 | 뉴스", "가상물류 소식 요약"}


def test_html_headings_are_never_candidates(ingest_rules):
    page = ("<html><head><title>창원 기계업체, 톈진에 합작공장 세운다 - 남해일보</title></head><body>"
            "<div>남해일보 구독 신청</div><h1>창원 기계업체, 톈진에 합작공장 세운다</h1>"
            "<p>창원 업체 3곳이 톈진시에 합작 공장을 짓는다.</p></body></html>").encode()
    found = document_candidates("namhae/a.html", page, ingest_rules)
    assert found.lines == {"남해일보 구독 신청"}
    assert found.title == "창원 기계업체, 톈진에 합작공장 세운다"      # the site suffix is cut


def test_an_unreadable_document_has_no_candidates(ingest_rules):
    assert document_candidates("s/big.txt", b"x" * (16 * 1024 * 1024 + 1), ingest_rules) == Candidates()


def test_recurring_candidates_of_a_folder_are_its_template():
    docs = [Candidates(frozenset({"메뉴", f"헤드라인 {n}"}), f"헤드라인 {n}") for n in range(4)]
    assert folder_template(docs) == {"메뉴"}
    assert folder_template(docs[:MIN_DOCS - 1]) == frozenset()     # too few documents to tell


def test_a_line_in_few_documents_of_the_folder_is_not_template():
    docs = [Candidates(frozenset({"메뉴", f"기사 {n}"} | ({"구독 신청 안내"} if n < 2 else set()))) for n in range(6)]
    assert folder_template(docs) == {"메뉴"}


def test_a_headline_in_every_other_page_s_list_stays_in_its_own_page():
    heads = [f"상하이 수산박람회 {n}" for n in range(5)]
    docs = [Candidates(frozenset(heads) | {"메뉴"}, heads[n]) for n in range(5)]
    template = folder_template(docs)
    assert template == set(heads) | {"메뉴"}
    titles = template_titles(docs)
    assert titles == frozenset()
    assert for_document(template, docs[0], titles) == set(heads[1:]) | {"메뉴"}
    # a title with the site's name after it holds the headline; the site's name alone is template
    titled = Candidates(frozenset({"상하이 수산박람회 0", "남해일보"}), "상하이 수산박람회 0 - 남해일보")
    assert for_document(frozenset({"상하이 수산박람회 0", "남해일보"}), titled, frozenset()) == {"남해일보"}


def test_a_banner_taken_for_the_title_of_every_page_is_template():
    docs = [Candidates(frozenset({"상담 창구 운영 중", f"기사 {n}"}), "상담 창구 운영 중") for n in range(4)]
    template = folder_template(docs)
    titles = template_titles(docs)
    assert titles == {"상담 창구 운영 중"}
    assert all(for_document(template, c, titles) == {"상담 창구 운영 중"} for c in docs)


def test_copies_of_a_page_count_once():
    page = Candidates(frozenset({"가상일보 구독 안내", "광둥성 수출 12% 늘어"}), "광둥성 수출 12% 늘어")
    docs = [page] * 3 + [Candidates(frozenset({"가상일보 구독 안내", f"다른 기사 {n}"}), f"다른 기사 {n}") for n in range(2)]
    assert folder_template(docs) == {"가상일보 구독 안내"}        # the copied headline is no template
    assert template_titles(docs) == frozenset()
    # a story filed again (another byline, the same headline) keeps its headline on each page
    again = [Candidates(frozenset({"메뉴", "광둥성 수출 12% 늘어", f"기자 {n}"}), "광둥성 수출 12% 늘어") for n in range(3)]
    others = [Candidates(frozenset({"메뉴", f"다른 기사 {n}"}), f"다른 기사 {n}") for n in range(4)]
    template, titles = folder_template(again + others), template_titles(again + others)
    assert template == {"메뉴"} and for_document(template, again[0], titles) == {"메뉴"}


def test_assign_gives_each_document_of_a_folder_its_lines():
    docs = [(f"news/{n}.txt", Candidates(frozenset({"메뉴", f"헤드라인 {n}"}), f"헤드라인 {n}")) for n in range(3)]
    docs += [(f"other/{n}.txt", Candidates(frozenset({"메뉴"}))) for n in range(2)]   # too few
    docs += [(f"top{n}.txt", Candidates(frozenset({"메뉴"}))) for n in range(3)]      # no source folder
    assert assign(docs) == {f"news/{n}.txt": {"메뉴"} for n in range(3)}


def test_digest_names_a_set_whatever_its_order():
    assert digest(frozenset()) == ""
    assert digest(frozenset({"a", "b"})) == digest(frozenset({"b", "a"})) != digest(frozenset({"a"}))


def test_template_lines_go_and_sentences_stay():
    lines = _doc(5)
    cleaned = clean(lines, GENERIC, template=frozenset({"동북아투데이의 다른 기사", "동북아투데이 많이 읽은 소식"}))
    assert cleaned.title == "헤이룽장성 교역 거점 5호 착공"
    assert cleaned.paragraphs == lines[1:5]
    assert "generic:template" in {r.rule for r in cleaned.removed}


def test_a_recurring_line_between_two_sentences_is_the_article_s_own():
    # a series' subhead, a quoted slogan, a table cell repeated in every issue: between
    # sentences of the article they stay; the menu above and the box below go
    template = frozenset({"전체메뉴", "◆ 투자 현황", "“중국 시장은 여전히 기회다”", "쑤저우", "다른 기사 보기"})
    lines = ["전체메뉴", "쑤저우 공업원구, 한국 기업 유치 확대",
             "장쑤성 쑤저우시가 한국 반도체 기업 유치에 나섰다.", "◆ 투자 현황", "쑤저우", "12억 달러",
             "“중국 시장은 여전히 기회다”", "한 교민 기업인은 현지 분위기가 예전과 다르다고 전했다.",
             "다른 기사 보기", "저작권자 © 가상경제 무단전재 및 재배포를 금지합니다."]
    cleaned = clean(lines, GENERIC, template=template)
    assert cleaned.paragraphs == lines[1:8]
    dropped = {r.text for r in cleaned.removed if r.rule == "generic:template"}
    assert dropped == {"전체메뉴", "다른 기사 보기"}


def test_source_of():
    assert source_of("a/b/c.html") == "a/b" and source_of("c.txt") == ""


def test_the_tail_of_a_wrapped_line_is_a_piece_too(ingest_rules):
    # a report wrapped at 60 columns with no blank line between paragraphs: the bullet's
    # wrap leaves `위안` alone on a line, in every issue; dropped, `8천억` ran into `4.2%`
    text = ("월간 중국지역동향 제32호\n8월 중국 화남 지역 경제 동향\n\n"
            "8월 화남 지역의 경기는 완만한 회복세를 보였다. 수출이 늘고 \n"
            "소비가 점차 살아나면서 지방정부의 성장 목표 달성 가능성이 높\n"
            "아졌다는 평가가 나온다. 다만 부동산 경기의 부진이 이어지면서\n"
            "○ 푸젠성 1~7월 수출액은 대만 교역 회복에 힘입어 늘어난 8천억\n"
            "위안\n"
            "4.2% 증가한 3조 4천억 위안으로 집계됐다.\n")
    found = document_candidates("hnr/08.txt", text.encode(), ingest_rules)
    assert "위안" not in found.lines
    assert "월간 중국지역동향 제32호" in found.lines       # a masthead above the text stays a candidate
    # a line after a piece that closes its sentence is no tail
    text = "가" * 30 + "다.\n다음 소식\n" + "나" * 20 + "했다.\n"
    assert "다음 소식" in document_candidates("r/c.txt", text.encode(), ingest_rules).lines


def test_a_story_filed_again_in_most_pages_keeps_its_headline(ingest_rules):
    # five pages of a newsletter folder, three of them one story under other bylines: its
    # headline recurred as the title of 3 of 5 and went, and the title became the byline
    def story(byline: str, last: str) -> bytes:
        return ("서해 중국통신 | 2025년 9월\n다롄항 한중 카페리 노선 재개\n" + byline + "\n"
                "랴오닝성 다롄항과 인천항을 잇는 카페리 노선이 3년 만에 재개된다.\n"
                "선사 측은 주 3회 운항하며 연간 여객 12만 명을 태울 계획이라고 밝혔다.\n" + last + "\n").encode()
    docs = [document_candidates(f"tongsin/{n}.txt", story(by, last), ingest_rules) for n, (by, last) in enumerate((
        ("박서준 기자", "다롄시는 항만 터미널 보수에 2억 위안을 들였다."), ("박서준 기자 (수정)", "업계는 화물 수요도 늘 것으로 본다."),
        ("정하윤 기자", "인천항만공사는 환영 입장을 냈다.")))]
    docs += [document_candidates(f"tongsin/{n}.txt", f"서해 중국통신 | 2025년 9월\n{head}\n이도윤 기자\n{text}\n".encode(),
                                 ingest_rules) for n, (head, text) in enumerate((
        ("옌타이 한국 기업 설명회 열려", "산둥성 옌타이시가 한국 기업 설명회를 열었다."),
        ("칭다오 맥주축제 한국관 운영", "칭다오시 맥주축제에 한국관이 처음 마련됐다.")), start=3)]
    assert docs[0].title == "다롄항 한중 카페리 노선 재개"
    template, titles = folder_template(docs), template_titles(docs)
    assert template == {"서해 중국통신 | 2025년 9월", "다롄항 한중 카페리 노선 재개"}
    assert titles == frozenset()
    assert for_document(template, docs[1], titles) == {"서해 중국통신 | 2025년 9월"}


def test_a_banner_title_of_most_pages_is_template_though_they_share_a_footer():
    # three pages take the banner for their title and share the distribution sentence, which
    # the fourth page (another kind of page) lacks: still a banner, their texts differ
    footer = "footer-sentence"
    docs = [Candidates(frozenset({"상담 창구 운영 중", f"기사 {n}"}), "상담 창구 운영 중",
                       frozenset({footer, f"a{n}", f"b{n}", f"c{n}"})) for n in range(3)]
    docs.append(Candidates(frozenset({"상담 창구 운영 중", "공지"}), "공지", frozenset({"d"})))
    assert template_titles(docs) == {"상담 창구 운영 중"}
