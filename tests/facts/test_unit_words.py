"""The unit words shared by the cleaner and the facts stage (pipeline/ingest/data/unit_words.toml):
one list, read by both, and written nowhere else."""
import tomllib

import pytest

from pipeline.facts import DATA, read_table
from pipeline.facts.units import build_units
from pipeline.ingest.clean import _runs_into
from pipeline.ingest.unit_words import unit_start, unit_words

WORDS = [(code, w) for code, words in unit_words().items() for w in words]


@pytest.mark.parametrize("code, word", WORDS, ids=[w for _, w in WORDS])
def test_the_facts_stage_reads_each_word_as_its_unit(code, word, fact_rules):
    assert code in {u.unit for u in fact_rules.units.after[word]}


@pytest.mark.parametrize("code, word", WORDS, ids=[w for _, w in WORDS])
def test_the_cleaner_keeps_a_number_with_the_unit_on_the_next_line(code, word):
    assert _runs_into("사업 규모는 모두 400억", f"{word}, 작년보다 늘었다.")
    assert unit_start().match(f"{word}.")


def test_no_shared_word_is_written_in_units_toml_too():
    table = tomllib.loads((DATA / "units.toml").read_text(encoding="utf-8"))
    written = {w for row in table["units"] for w in row.get("after", [])}
    assert written & {w for _, w in WORDS} == set()


def test_a_word_is_not_read_as_a_longer_word():
    for line in ["원칙에 따라", "명단을 보면", "개발구는", "대형 항만", "배경은", "톤수", "엔진"]:
        assert not unit_start().match(line), line


def test_a_code_units_toml_lacks_is_an_error():
    with pytest.raises(ValueError, match="XYZ"):
        build_units(read_table("units"), {"XYZ": ("엑스",)})
