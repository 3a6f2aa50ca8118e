"""Properties of the cleaner on generated pages (seeded, reproducible): whatever furniture
stands around them, the article's sentences survive whole, and nothing raises.
(hypothesis is not a dependency yet; a seeded generator gives the same cover here.)"""
import random
import string

import pytest

from pipeline.ingest.clean import clean
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import load_profiles

GENERIC = load_profiles().generic
# Furniture lines: every example of every generic rule except those a cut rule takes for
# a comments heading (after one, by design, everything goes).
CUTS = [r for r in GENERIC.rules if r.kind == "cut"]
FURNITURE = sorted({line for r in GENERIC.rules for e in r.examples
                    if not any(c.matches(line := e if isinstance(e, str) else e[0]) for c in CUTS)})
SUBJECTS = ["광둥성 정부는", "선전시의 수출액은", "한국 기업 30여 곳이", "하얼빈시를 찾은 관광객은",
            "충칭시 경제정보화위원회는", "개발구 관리위원회는"]
MIDDLES = ["올해 1~9월 지난해보다 7.2%", "2억3천만 달러 규모로", "연인원 162만명으로", "새 산업단지 조성 계획을",
           "세 도시의 협력을"]
ENDINGS = ["늘어난 것으로 집계됐다.", "발표했다고 밝혔다.", "확정했다.", "추진하기로 했다.", "늘었다고 현지 매체가 보도했다."]


def _page(rng: random.Random) -> tuple[list[str], list[str]]:
    lines, body = [], []
    for _ in range(rng.randint(1, 14)):
        if rng.random() < 0.5:
            sentence = f"{rng.choice(SUBJECTS)} {rng.choice(MIDDLES)} {rng.choice(ENDINGS)}"
            if body and lines and lines[-1] == body[-1] and rng.random() < 0.3:
                lines[-1] = body[-1] = f"{lines[-1]} {sentence}"    # two sentences on one line
            else:
                lines.append(sentence)
                body.append(sentence)
        else:
            lines.append(rng.choice(FURNITURE))
    return lines, body


@pytest.mark.parametrize("seed", range(300))
def test_sentences_of_the_article_survive_any_furniture_around_them(seed):
    lines, body = _page(random.Random(seed))
    text = squeeze_spaces(" ".join(clean(lines, GENERIC, wrapped_ok=False).paragraphs))
    for sentence in body:
        assert squeeze_spaces(sentence) in text, (sentence, lines)


@pytest.mark.parametrize("seed", range(100))
def test_cleaner_never_raises_on_random_lines(seed):
    rng = random.Random(seed)
    alphabet = string.printable + "가나다라마바사아자차카타파하다.。|[]【】()-=━·※@"
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(rng.randint(0, 12))]
    cleaned = clean(lines, GENERIC, wrapped_ok=rng.random() < 0.5)
    assert all(p and p == p.strip() for p in cleaned.paragraphs)
