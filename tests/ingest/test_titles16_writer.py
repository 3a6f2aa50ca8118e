"""A café's or blog's post copied as text, its writer lines (nickname, masked id, member's grade) between its subject
and its dated stamp (issue 8, round 16, devset part titles16): the subject is the title, never the site's name above
it nor a writer line. Pages of our own invention (sites, people and figures made up)."""
from __future__ import annotations

import tomllib

import pytest

from pipeline.api import extract_text
from pipeline.ingest.title import TITLE_LABELS, writer_line

_WRITER = tomllib.loads(TITLE_LABELS.read_text(encoding="utf-8"))["writer"]


@pytest.mark.parametrize("rule", _WRITER, ids=lambda r: r["name"])
def test_writer_rule_examples_and_keep(rule) -> None:
    assert [e for e in rule["examples"] if not writer_line(e, (rule["name"],))] == []
    assert [k for k in rule["keep"] if writer_line(k, (rule["name"],))] == []


CAFE = """솔밭 한인 마당
카페홈 | 인기글 | 전체글보기 | 멤버 1,204

옌타이 세관 수입 검사 요즘 닷새씩 걸려요
솔향기
새싹멤버
2026.05.02 | 조회 33 |

지난주 들여온 식품 컨테이너가 검사에만 닷새가 걸렸습니다.
대행사 말로는 5월부터 표본 검사 비율이 20%로 올랐다고 하네요.
"""

BLOG = """바다의 출장 일지
블로그 홈 | 카테고리 | 방명록

다롄 수산시장 새우 도매가 정리
sea_note
dl_sea****
2026. 5. 9. 22:10

다롄 창싱다오 수산시장에서 흰다리새우 도매가는 1kg에 62위안이었다.
지난달보다 4위안 올랐다고 상인들이 말했다.
"""


def test_a_cafe_posts_subject_over_its_writer_lines_is_the_title() -> None:
    r = extract_text(CAFE, url="solbat-cafe/2026-05-02.txt")
    assert r.title == "옌타이 세관 수입 검사 요즘 닷새씩 걸려요"
    assert r.published == "2026-05-02"


def test_a_nickname_with_its_grade_is_no_second_line_of_the_subject() -> None:
    text = CAFE.replace("솔향기\n새싹멤버\n", "솔향기 새싹멤버\n")
    assert extract_text(text, url="solbat-cafe/2026-05-02.txt").title == "옌타이 세관 수입 검사 요즘 닷새씩 걸려요"


def test_a_blog_posts_subject_over_its_id_and_masked_id_is_the_title() -> None:
    r = extract_text(BLOG, url="bada-blog/2026-05-09.txt")
    assert r.title == "다롄 수산시장 새우 도매가 정리"
    assert r.published == "2026-05-09"

