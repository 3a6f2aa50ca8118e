"""The pinyin->Hangul table against standard Korean names of Chinese places."""
import pathlib

import pytest

from pipeline.places.build import make_tools, pinyin_of
from pipeline.places.translit import load_pinyin_hangul

NAMES = pathlib.Path(__file__).parent / "data" / "standard_names.tsv"


def _names() -> list[tuple[str, str]]:
    rows = [ln.split("\t") for ln in NAMES.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return [(zh, ko) for zh, ko in rows]


@pytest.fixture(scope="module")
def tools():
    return make_tools()


def test_list_is_long_enough():
    assert len(_names()) >= 80


@pytest.mark.parametrize("zh,ko", _names())
def test_standard_name(zh, ko, tools):
    assert tools.ph.word(pinyin_of(zh, tools)) == ko


@pytest.mark.parametrize("syllables,ko", [
    (["zhi"], "즈"), (["zi"], "쯔"), (["ci"], "츠"), (["si"], "쓰"), (["er"], "얼"),
    (["jia"], "자"), (["jie"], "제"), (["jiao"], "자오"), (["jiu"], "주"),   # 자/저/조/주 after ㅈ
    (["qiu"], "추"), (["xiu"], "슈"), (["tian"], "톈"), (["yan"], "옌"),
    (["dong"], "둥"), (["xiong"], "슝"), (["lü"], "뤼"), (["xue"], "쉐"), (["quan"], "취안"),
    (["gui"], "구이"), (["wei"], "웨이"), (["zhuang"], "좡"),
])
def test_table_rules(syllables, ko):
    assert load_pinyin_hangul().word(syllables) == ko


def test_bad_syllable_is_an_error():
    with pytest.raises(ValueError):
        load_pinyin_hangul().syllable("xyz")
