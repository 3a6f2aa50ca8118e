"""The HTML step reads lxml's parser events (pipeline/ingest/html.py:_parts_lxml) instead of
building bs4's tree (issue 10: speed); it must give exactly what bs4's tree gives
(`_parts_bs4`, kept as the reference and as the fallback)."""
from pathlib import Path

import pytest

from pipeline.ingest import html as H

ROOT = Path(__file__).resolve().parents[2]

# Each one a way bs4 makes its strings that the events must follow.
TRICKY = [
    "<html><body><pre>\n  들여쓴 줄 \n\n</pre><p>  </p><p>\n \n</p></body></html>",      # blank strings kept only in pre
    "<body><p>한<ruby>漢<rt>한</rt><rp>(</rp></ruby>자</p><textarea> \n </textarea></body>",  # rt/rp are not text
    "<body><h1>제<!-- 주석 -->목 <b>굵게</b><rt>루비</rt></h1><p>본문</p></body>",     # a comment cuts a string; h1 text
    "<body><template><h1>틀</h1></template><h1>진짜 제목</h1></body>",                # strings of a template are not text
    "\ufeff<!DOCTYPE html>\n<html><head><title>가상 | 제목입니다</title></head><body><p>a</p></body></html>\n\n",
    "<body><figure><figcaption>캡션</figcaption></figure><div>블록<br>줄바꿈</div><?php echo 1 ?>끝</body>",
    "<html><head><meta property='og:title' content=''><meta name='og:title' content='이름 쪽'>"
    "<time datetime='2025-01-02'>x</time></head><body><nav><h1> 헤드 <b>라인</b> </h1></nav></body></html>",
    "<p>닫히지 않은 <a href=x>링크 <div>안의 블록</p> 뒤 </html>\n꼬리",
    "<div>" * 300 + "깊은 곳" + "</div>" * 300,
]


@pytest.mark.parametrize("page", TRICKY)
def test_the_events_give_what_bs4_gives(page):
    assert H._parts_lxml(page)[0] == H._parts_bs4(page)[0]
    assert H._parts_lxml(page)[1].metadata() == H._parts_bs4(page)[1].metadata()


def test_every_sample_page_reads_the_same_either_way():
    pages = [p for d in ("raw", "tests/ingest/sites", "tests/devset") for p in sorted((ROOT / d).rglob("*.htm*"))]
    assert len(pages) > 20
    for p in pages:
        text = p.read_text(encoding="utf-8", errors="replace")
        assert H._parts_lxml(text)[0] == H._parts_bs4(text)[0], p
