"""jieba and OpenCC are loaded only for a text with Han characters (start-up, issue 10)."""
from pipeline.places import find_places, load_gazetteer


def test_a_hangul_text_loads_neither_jieba_nor_opencc():
    gaz = load_gazetteer()
    assert [m.name_zh for m in find_places("광동성과 상해의 교역이 늘었다.", gaz)] == ["广东省", "上海市"]
    assert gaz.tokenizer._made is None and gaz.t2s._made is None and gaz.s2t._made is None


def test_a_text_with_hanzi_loads_them_once():
    gaz = load_gazetteer()
    assert [m.name_zh for m in find_places("廣東省과 上海", gaz)] == ["广东省", "上海市"]
    made = gaz.tokenizer._made
    assert made is not None and gaz.t2s._made is not None
    find_places("北京", gaz)
    assert gaz.tokenizer._made is made
