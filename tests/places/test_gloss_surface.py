"""A place found only in its gloss is a mention of the word the gloss glosses (round 16, held-out set 13, spent):
`감주(赣州)` gave the row on `赣州` because the gazetteer reads 贛 as 공; the contract puts a glossed name's row on
the name before the brackets (`낭방(廊坊)시` → `낭방`). Sentences of our own invention."""
from pipeline.api import extract_text


def _rows(text):
    return [(p.surface, p.name_zh) for p in extract_text(text).places]


def test_the_row_is_on_the_word_the_gloss_glosses():
    assert _rows("일부 업체는 강서성 감주(赣州)로 공장을 옮긴다.") == [("강서성", "江西省"), ("감주", "赣州市")]
    assert _rows("강서성 감주(贛州)시의 희토류 공장.") == [("강서성", "江西省"), ("감주", "赣州市")]


def test_a_known_reading_and_a_gloss_after_a_longer_word_are_as_before():
    assert _rows("광동성 불산(佛山)시의 가구 산업.") == [("광동성", "广东省"), ("불산", "佛山市")]
    # the Hangul before the bracket is longer than the gloss: no word of the gloss's length stands alone there
    assert ("赣州", "赣州市") in _rows("강서성의 남부도시감주(赣州)에 공장이 있다.")
