"""Cleaning mechanics that no single rule's examples show."""
from pipeline.ingest.clean import clean, iso_date
from pipeline.ingest.profiles import load_profiles

GENERIC = load_profiles().generic
FULL = "가" * 30


def test_page_breaks_disappear_even_mid_sentence():
    body = [FULL + chr(0xAC01 + n) for n in range(12)]          # distinct wrapped lines
    lines = []
    for page in range(3):
        lines += ["중국 지역개발 동향 보고서 2004", ""] + [x for b in body[page * 4:page * 4 + 4] for x in (b, "")]
        lines += [f"{FULL}{'나' * page}이어", "", "", "", f"- {page + 1} -", "", "", f"지고 {FULL}{'다' * page}", ""]
    lines += ["끝이다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.layout == "hard-wrapped"
    pages = ["".join(body[p * 4:p * 4 + 4]) + f"{FULL}{'나' * p}이어지고 {FULL}{'다' * p}" for p in range(3)]
    assert cleaned.paragraphs == ["".join(pages) + "끝이다."]
    rules = sorted({r.rule for r in cleaned.removed})
    assert rules == ["generic:page_number", "generic:running_header"]
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
