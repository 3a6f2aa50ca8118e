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


def test_source_of():
    assert source_of("a/b/c.html") == "a/b" and source_of("c.txt") == ""
