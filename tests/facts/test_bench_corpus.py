"""The corpus `make bench` generates: reproducible, about half the body sentences with
a figure by default (as on raw/ and tests/devset), four in five with --dense."""
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402  (scripts/bench.py)


def _figure_share(folder: Path) -> float:
    """Share of the body sentences of the plain-text news that hold a digit."""
    sentences = []
    for path in sorted(folder.glob("bench-news/*.txt")):
        text = path.read_bytes()
        for enc in ("utf-8", "cp949", "utf-16"):
            try:
                body = text.decode(enc).split("\n\n")[1:-1]
                break
            except UnicodeDecodeError:
                continue
        sentences += [s for para in body for s in re.split(r"(?<=다\.) ", para)]
    return sum(bool(re.search(r"\d", s)) for s in sentences) / len(sentences)


def test_default_density_is_realistic_and_dense_is_dense(tmp_path):
    bench.make_corpus(tmp_path / "real", 0.15)
    bench.make_corpus(tmp_path / "dense", 0.15, dense=True)
    assert 0.4 <= _figure_share(tmp_path / "real") <= 0.6
    assert 0.72 <= _figure_share(tmp_path / "dense") <= 0.88


def test_the_corpus_is_reproducible(tmp_path):
    a = bench.make_corpus(tmp_path / "a", 0.05)
    b = bench.make_corpus(tmp_path / "b", 0.05)
    assert a == b
    assert [p.read_bytes() for p in sorted((tmp_path / "a").rglob("*.*"))] \
        == [p.read_bytes() for p in sorted((tmp_path / "b").rglob("*.*"))]


def test_topic_particle_follows_the_final_consonant():
    assert bench._topic("수출액") == "은"
    assert bench._topic("연구개발 투자") == "는"
    assert bench._topic("소매판매액") == "은" and bench._topic("전력 소비량") == "은"
    sentence = bench._sentence(random.Random(3), ["광동성"], 1.0)
    assert "투자은" not in sentence
