"""A Korean reading glossed with the hanja of ANOTHER place is that other place: the writer's
hanja say which place is meant (`호주(亳州)`: 亳 is often misread 호, and 호주 is the reading
of 湖州). Before, the reading's own place was the row (湖州市, a wrong place that looks right)
and the gloss a second row. A gloss that names no place, or a word, keeps its old handling."""
import pytest

from pipeline.api import extract_text


def rows(text: str) -> list[tuple[str, str]]:
    return [(p.surface, p.name_zh) for p in extract_text(text).places]


@pytest.mark.parametrize("text, expected", [
    ("안휘성 호주(亳州)시의 약재 시장은 전국 최대 규모다.", [("안휘성", "安徽省"), ("호주", "亳州市")]),
    ("중국 중약재의 수도로 불리는 호주(亳州)에는 약재 상인이 몰린다.", [("호주", "亳州市")]),
    ("중국 이현(易縣)시의 공업단지가 커졌다.", [("이현", "易县")]),
])
def test_the_gloss_names_the_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("경기 광주(廣州)시의 도자기 축제에 중국 관광객이 몰렸다.", []),         # Korea's Gwangju, written 廣州
    ("상해(傷害) 보험에 가입했다.", []),                                      # a word glossed with its hanja
    ("복건성 평화(平和)현의 차 농장", [("복건성", "福建省"), ("평화", "平和县")]),
    ("상해(上海)의 물가가 올랐다.", [("상해", "上海市")]),
    ("절강성 호주(湖州)시의 비단 시장", [("절강성", "浙江省"), ("호주", "湖州市")]),
])
def test_other_glosses_keep_their_handling(text, expected):
    assert rows(text) == expected
