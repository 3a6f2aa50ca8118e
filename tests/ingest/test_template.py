"""Template lines: recurring short lines of one source folder (pipeline/ingest/template.py)."""
import re

from pipeline.ingest.clean import clean
from pipeline.ingest.profiles import load_profiles
from pipeline.ingest.template import document_lines, source_of, template_lines

GENERIC = load_profiles().generic
HEADING = re.compile(r"^\d{1,2}\.\s+\S")


def _doc(n: int) -> list[str]:
    return ["동북아투데이 많이 읽은 소식", f"헤이룽장성 교역 거점 {n}호 착공", "1. 개요",
            f"중국 헤이룽장성의 교역액이 {n}% 늘었다고 현지 매체가 보도했다.",
            "시 정부는 물류센터를 더 짓겠다고 설명했다.", "동북아투데이의 다른 기사"]


def test_recurring_short_lines_of_a_folder_are_template():
    docs = [(f"dongbuka/{n}.txt", _doc(n)) for n in range(4)] + [("other/a.txt", _doc(9)), ("other/b.txt", _doc(8))]
    found = template_lines(docs, HEADING)
    assert found["dongbuka"] == {"동북아투데이 많이 읽은 소식", "동북아투데이의 다른 기사"}
    assert "other" not in found          # two documents are too few to tell template from text


def test_a_line_in_few_documents_of_the_folder_is_not_template():
    docs = [(f"s/{n}.txt", _doc(n)[1:] + (["구독 신청 안내"] if n < 2 else [])) for n in range(6)]
    assert "구독 신청 안내" not in template_lines(docs)["s"]


def test_template_lines_go_and_sentences_stay():
    lines = _doc(5)
    cleaned = clean(lines, GENERIC, template=frozenset({"동북아투데이의 다른 기사", "동북아투데이 많이 읽은 소식"}))
    assert cleaned.title == "헤이룽장성 교역 거점 5호 착공"
    assert cleaned.paragraphs == lines[1:5]
    assert "generic:template" in {r.rule for r in cleaned.removed}


def test_document_lines_and_source(ingest_rules):
    assert source_of("a/b/c.html") == "a/b" and source_of("c.txt") == ""
    html = "<html><body><div>메뉴</div><p>본문이다.</p></body></html>".encode()
    assert [l for l in document_lines("s/a.html", html, ingest_rules) if l.strip()] == ["메뉴", "본문이다."]
    assert document_lines("s/a.txt", "가\n나".encode(), ingest_rules) == ["가", "나"]
