"""Joining hard-wrapped lines when the archive stripped its trailing spaces: the examples of
pipeline/ingest/data/word_ends.toml, and the width and number evidence."""
import tomllib

import pytest

from pipeline.ingest.unwrap import WORD_ENDS, _glue, ends_word, unwrap

DATA = tomllib.loads(WORD_ENDS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("end,nxt,joined", DATA["examples"])
def test_a_word_final_ending_at_the_margin_ends_the_word(end, nxt, joined):
    assert ends_word(end)
    # Lines at the margin in a text without trailing spaces: only the ending says "word break".
    lines = ["가" * (len(end) - 1) + "나", end, nxt + "가" * (len(end) - len(nxt)), "끝."]
    assert unwrap(lines)[0].endswith(joined + "가" * (len(end) - len(nxt)) + "끝.")


@pytest.mark.parametrize("end,nxt", DATA["keep"])
def test_an_end_that_may_be_mid_word_joins_without_a_space_at_the_margin(end, nxt):
    assert not ends_word(end)
    lines = [end, nxt + "가" * (len(end) - len(nxt)), "끝."]
    assert unwrap(lines)[0].startswith(end + nxt)


WORD_WRAPPED = [            # an archive digest wrapped at word breaks, trailing spaces stripped
    "중국 산동성(山東省) 정부는 올해 성 재정",
    "지출을 작년보다 18.5% 늘린 4백27억 위안으로",
    "청도(靑島)시는 외국기업 유치를 위해 3억7천",
    "2백만달러 규모의 개발구 기금을 만들었고",
    "연대(烟台)시와 위해(威海)시에도 각각 1억",
    "5천만 원씩 지원된다. 위해시의 작년 수출액은",
    "8억 6천 5백만 달러였다.",
]


def test_word_wrapped_archive_keeps_its_word_breaks_and_its_numbers_whole():
    text = unwrap(WORD_WRAPPED)[0]
    assert "성 재정 지출을" in text                 # a line short of the margin ended a word
    assert "4백27억 위안으로" in text
    assert "3억7천2백만달러" in text                # a number runs on across the break
    assert "만들었고 연대(烟台)시와" in text
    assert "1억5천만 원씩" in text


def test_text_that_keeps_trailing_spaces_joins_a_line_without_one_mid_word():
    lines = ["가" * 20 + "경제 ", "가" * 20 + "기술 ", "가" * 20 + "개발구가 일", "본계가 " + "가" * 20, "끝."]
    assert unwrap(lines) == ["가" * 20 + "경제 " + "가" * 20 + "기술 " + "가" * 20 + "개발구가 일본계가 " + "가" * 20 + "끝."]


def test_a_wrapped_last_sentence_is_not_the_page_tail():
    from pipeline.ingest.clean import clean
    from pipeline.ingest.profiles import load_profiles
    lines = ["[中國短信] 山東省 예산 확대", ""] + WORD_WRAPPED + ["한편 제남(濟南)시의 1인당 소득은 4천 2백 원을", "넘었다.", ""]
    cleaned = clean(lines, load_profiles().generic)
    assert cleaned.paragraphs[-1].endswith("한편 제남(濟南)시의 1인당 소득은 4천 2백 원을 넘었다.")


@pytest.mark.parametrize("end,nxt,joined", DATA["mid_word"])
@pytest.mark.parametrize("at_margin", [False, True])
def test_a_line_opening_with_a_particle_or_after_a_comma_joins_by_it(end, nxt, joined, at_margin):
    # whatever the width says: a digest cut near a width but not at it gives no margin evidence
    text = end + _glue(end, nxt, spaces_kept=False, at_margin=at_margin) + nxt
    assert joined in text


@pytest.mark.parametrize("end,nxt,joined", DATA["not_mid_word"])
def test_a_word_that_looks_like_a_particle_keeps_its_space(end, nxt, joined):
    assert joined in end + _glue(end, nxt, spaces_kept=False, at_margin=False) + nxt


def test_a_digest_cut_near_eighteen_characters_reads_its_words_whole():
    lines = ["포동신구 관리위원회에 따르면 외국", "인 투자 누계액은 1백82억 달러로,", "이중 한국계가 약 6억5천만 달러를",
             "차지했다. 한국 기업들은 특히 전자", "와 섬유 업종에 몰리고 있다. 관계자", "는 『江蘇省 昆山과 浙江省 寧波 등",
             "주변 지역으로 진출하려는 기업도 많", "다』고 말했다."]
    assert unwrap(lines) == ["포동신구 관리위원회에 따르면 외국인 투자 누계액은 1백82억 달러로, 이중 한국계가 약 6억5천만 달러를"
                             " 차지했다. 한국 기업들은 특히 전자와 섬유 업종에 몰리고 있다. 관계자는 『江蘇省 昆山과 浙江省 寧波 등"
                             " 주변 지역으로 진출하려는 기업도 많다』고 말했다."]
