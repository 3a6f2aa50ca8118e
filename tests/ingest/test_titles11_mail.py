"""A plain-text mail with a subject header: the subject (without its label and `Fwd:`/`RE:`/`[광고]`
marks, an issue tag kept) is the title, the header lines are no text, the `Date:` line dates it
(pipeline/ingest/mail.py, data/mail_headers.toml). Without a subject header the story's headline is the
title. Pages of our own invention."""
from __future__ import annotations

import re
import tomllib

import pytest

from pipeline.api import extract_text
from pipeline.ingest.mail import MAIL_HEADERS, mail_header, without_subject_marks

RULES = tomllib.loads(MAIL_HEADERS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [k for k, v in RULES.items() if "pattern" in v])
def test_table_examples_match_and_keep_lines_do_not(name):
    table = RULES[name]
    rx = re.compile(table["pattern"])
    assert table["examples"] and table["keep"]
    for example in table["examples"]:
        line, bare = example if isinstance(example, list) else (example, None)
        assert rx.match(line), line
        if bare is not None:
            assert without_subject_marks(line) == bare
    for line in table["keep"]:
        assert not rx.match(line), line


ISSUE_MAIL = """보낸 사람: 가상솔빛무역회 <letter@solbit.example>
받는 사람: 회원사 담당자
날짜: 2026년 10월 14일 (수) 오전 8:00
제목: [솔빛 레터 제31호] 톈진 보세구 냉동창고 증설 외

솔빛 레터 제31호

1. 톈진 보세구 냉동창고 증설

톈진(天津) 보세구의 냉동창고 용량이 올해 8만톤으로 늘었다.

2. 다롄 수산물 박람회 참가사 모집

협회는 참가사 10곳을 모집한다.
"""

FORWARD = """From: 가상해솔상사 <desk@haesol.example>
To: 중국팀
Date: Thu, 8 Oct 2026 17:40:02 +0900
Subject: RE: Fwd: 쑤저우 공업원구, 한국 부품사 전용 단지 조성

쑤저우 공업원구, 한국 부품사 전용 단지 조성

장쑤성 쑤저우(蘇州) 공업원구는 한국 부품사 전용 단지를 조성한다고 밝혔다.
"""

NO_SUBJECT = """보낸 사람: 가상솔빛무역회 <letter@solbit.example>
받는 사람: 회원사 담당자
날짜: 2026-10-14

솔빛 레터 제31호

톈진 보세구 냉동창고 증설

톈진(天津) 보세구의 냉동창고 용량이 올해 8만톤으로 늘었다.
"""


def test_a_mails_subject_is_its_title_with_the_issue_tag() -> None:
    r = extract_text(ISSUE_MAIL)
    assert r.title == "[솔빛 레터 제31호] 톈진 보세구 냉동창고 증설 외"
    assert r.published == "2026-10-14"
    assert "제목:" not in r.clean and "보낸 사람" not in r.clean
    assert "톈진(天津) 보세구의 냉동창고 용량이 올해 8만톤으로 늘었다." in r.clean


def test_reply_and_forward_marks_leave_the_subject_and_the_rfc_date_dates_it() -> None:
    r = extract_text(FORWARD)
    assert r.title == "쑤저우 공업원구, 한국 부품사 전용 단지 조성"
    assert r.published == "2026-10-08"
    assert "Subject" not in r.clean and "Date:" not in r.clean


def test_without_a_subject_header_the_story_headline_is_the_title() -> None:
    r = extract_text(NO_SUBJECT)
    assert r.title == "톈진 보세구 냉동창고 증설"
    assert r.published == "2026-10-14"


def test_a_subject_line_in_the_text_without_other_header_lines_is_no_mail() -> None:
    items = list(enumerate(["제목: 칭다오 물류센터 개장", "", "칭다오시는 물류센터를 열었다."]))
    assert mail_header([it for it in items if it[1]]) is None
    items = list(enumerate(["From: 가상 <a@b.example>", "Subject: 칭다오 물류센터 개장", "", "본문이다."]))
    header = mail_header([it for it in items if it[1]])
    assert header is not None and header.subject == "칭다오 물류센터 개장" and header.lines == (0, 1)


def test_an_outlook_header_with_an_empty_cc_line_is_one_block() -> None:
    r = extract_text("-----Original Message-----\nFrom: 가상해솔상사 <desk@haesol.example>\nSent: Tuesday, October 13, 2026 9:02 AM\n"
                     "To: 중국팀\nCc:\nSubject: FW: 난징 배터리 단지 한국 기업 4곳 입주\n\n"
                     "장쑤성 난징(南京)시의 배터리 단지에 한국 기업 4곳이 입주했다.\n")
    assert r.title == "난징 배터리 단지 한국 기업 4곳 입주"
    assert r.published == "2026-10-13"
    assert r.clean == "장쑤성 난징(南京)시의 배터리 단지에 한국 기업 4곳이 입주했다."


def test_a_mail_readers_page_with_a_subject_header_is_titled_by_it() -> None:
    page = ("<html><head><title>가상메일 - 받은메일함</title></head><body><div><p>보낸 사람: 가상솔빛무역회 &lt;letter@solbit.example&gt;</p>"
            "<p>받는 사람: 회원사 담당자</p><p>보낸 날짜: 2026년 10월 14일 (수) 오전 8:00</p>"
            "<p>제목: [솔빛 레터 제31호] 톈진 보세구 냉동창고 증설 외</p></div><p><b>솔빛 레터 제31호</b></p>"
            "<p><b>1. 톈진 보세구 냉동창고 증설</b></p><p>톈진(天津) 보세구의 냉동창고 용량이 올해 8만톤으로 늘었다.</p></body></html>")
    r = extract_text(page, url="solbit/mail.html")
    assert r.title == "[솔빛 레터 제31호] 톈진 보세구 냉동창고 증설 외"
    assert r.published == "2026-10-14"
    assert "보낸 사람" not in r.clean and "제목:" not in r.clean
