"""Plain text hard-wrapped at a SHORT width (8-14 syllables a line, 16-29 columns: a mobile copy, a
narrow archive column) is unwrapped like a report: a blank line or a line end inside a sentence cut
its numbers and names (`중국 상해시 포동 지구의` / `개발이 …` became two paragraphs). Short poems, lists,
boards' title lists and tables stay as they are (pipeline/ingest/unwrap.py:_wrapped_short). Every
text here is invented."""
from __future__ import annotations

import pytest

from pipeline.ingest.clean import clean
from pipeline.ingest.unwrap import display_width, is_hard_wrapped, unwrap

PROSE = ("중국 상해시 포동 지구의 개발이 본격화되면서 올 상반기 이 지구에 들어온 외국인 투자 계약액이 모두 "
         "23억 달러에 이르렀다고 상해시 정부가 11일 밝혔다. 이는 지난해 같은 기간보다 크게 늘어난 것이다. "
         "시 정부는 포동 지구에 올해 안에 외국 은행 지점 15곳의 영업을 허가할 방침이다.")


def word_wrapped(text: str, columns: int) -> list[str]:
    """`text` wrapped at word breaks, each line at most `columns` wide (a phone's or a column's wrap)."""
    lines, line = [], ""
    for word in text.split():
        if line and display_width(line + " " + word) > columns:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def cut_every(text: str, chars: int) -> list[str]:
    """`text` cut every `chars` characters, mid-word, trailing spaces stripped (an archive export)."""
    return [text[k:k + chars].rstrip() for k in range(0, len(text), chars)]


@pytest.mark.parametrize("lines", [word_wrapped(PROSE, 24), word_wrapped(PROSE, 26), word_wrapped(PROSE, 20),
                                   cut_every(PROSE, 10), cut_every(PROSE, 12), cut_every(PROSE, 14)],
                         ids=["words-24", "words-26", "words-20", "cut-10", "cut-12", "cut-14"])
def test_a_text_wrapped_at_a_short_width_is_rejoined_whole(lines):
    assert is_hard_wrapped(lines)
    assert " ".join(unwrap(lines)) == PROSE        # paragraphs end only where sentences do


# Lines a writer broke on purpose: they stay lines.
POEM = ["강물은 흘러 흘러", "바다로 가고", "나는 여기 남아", "너를 기다린다", "봄이 오면", "꽃이 피고",
        "여름 오면 비가 오고", "가을 바람 불어오면", "너는 오려나"]
# ... even of even width, closing sentences: its lines end where its clauses do
EVEN_POEM = ["바다가 보이는 언덕 위에서", "우리는 오래 서 있었다.", "바람은 멀리서 불어오고", "갈매기 두 마리 날아가며",
             "저녁 해가 천천히 지는데", "너는 아무 말이 없었다.", "항구의 불빛이 켜지고", "배들은 하나둘 돌아오며",
             "우리의 하루도 저물었다."]
LIST = ["참가 도시", "- 칭다오 3곳", "- 웨이하이 2곳", "- 옌타이 4곳", "- 르자오 1곳", "- 지난 2곳", "- 쯔보 1곳",
        "총 13곳이 참가한다.", "일정은 추후 공지한다."]
TABLE = ["도시  기업 수", "칭다오  312", "웨이하이  145", "옌타이  98", "르자오  21", "지난  64", "쯔보  17",
         "합계는 657곳이다.", "자료는 한인회 집계다."]
BOARD = ["라오산구 스쿨버스 노선 문의", "청양구 아파트 관리비 질문", "칭다오 맛집 추천 부탁해요", "공항 택시 요금 올랐나요",
         "한국 마트 배달 되나요", "병원 통역 구합니다", "이사 업체 후기 남겨요", "비자 연장 서류 정리했어요.",
         "운영자가 확인했습니다."]
CHAT = ["오늘 칭다오 날씨 좋네", "바다 보러 갔는데", "사람이 너무 많았음", "그래도 좋았다", "내일은 라오산 간다",
        "사진은 나중에", "다들 잘 자요.", "또 올게요."]


@pytest.mark.parametrize("lines", [POEM, EVEN_POEM, LIST, TABLE, BOARD, CHAT],
                         ids=["poem", "even-poem", "list", "table", "board", "chat"])
def test_short_lines_broken_on_purpose_are_not_joined(lines):
    assert not is_hard_wrapped(lines)


def test_a_short_width_archive_page_keeps_its_headline_and_joins_its_sentences(generic):
    page = (["[1993.07.12 경제 5면]", "【上海=本紙 정○○ 특파원】", "", "포동 개발 외자유치 본격화", ""]
            + word_wrapped(PROSE, 26) + ["", "(끝)"])
    cleaned = clean(page, generic)
    assert cleaned.layout == "hard-wrapped"
    assert cleaned.title == "포동 개발 외자유치 본격화"
    assert cleaned.published == "1993-07-12"
    assert "중국 상해시 포동 지구의 개발이 본격화되면서" in cleaned.text
    assert "모두 23억 달러에 이르렀다고" in cleaned.text



DIGEST = ("중국 천진시 빈해신구에 한국 기업의 진출이 늘면서 올해 들어 새로 세워진 한국계 법인이 38개에 이르렀다. "
          "천진시 외사판공실은 이들 기업의 투자 총액이 4억 5천만 달러라고 밝혔다.")


def test_a_digest_cut_every_12_characters_with_no_blank_line_keeps_headline_sentences_and_figures(generic):
    # label lines, a dateline and a headline wider than the wrap stand right above the text, a credit under it
    page = (["가상신문 자료실", "[기사번호] GS-19960412-0231", "[게재일자] 1996.04.12", "【天津=本紙 최○○ 특파원】",
             "천진 빈해신구에 한국기업 몰려"] + [DIGEST[k:k + 12].rstrip() for k in range(0, len(DIGEST), 12)]
            + ["(최○○ 특파원)"])
    cleaned = clean(page, generic)
    assert cleaned.layout == "hard-wrapped"
    assert cleaned.title == "천진 빈해신구에 한국기업 몰려"
    assert cleaned.published == "1996-04-12"
    assert cleaned.paragraphs[1:] == [DIGEST[:DIGEST.index(" 천진시 외사")], DIGEST[DIGEST.index("천진시 외사"):]]
