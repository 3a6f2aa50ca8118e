"""Load the shipped gazetteer tables into one object the matcher is given."""
from __future__ import annotations

import io
import logging
import pathlib
import re
from dataclasses import dataclass, field
from decimal import Decimal

from typing import TYPE_CHECKING

import ahocorasick

if TYPE_CHECKING:
    import jieba
    import opencc

from pipeline.places.translit import DATA
from pipeline.rulecache import parse_toml

_STRENGTH = {"strong": 0, "weak": 1, "gloss": 2, "word": 3, "parent": 4}
LEVEL_RANK = {"province": 0, "prefecture": 1, "zone": 2, "region": 2, "county": 3}


@dataclass(frozen=True)
class Place:
    key: str
    name_zh: str
    name_ko: str
    hanja: str
    pinyin: str
    adcode: str
    level: str
    province_zh: str
    parent_zh: str
    lat: Decimal | None
    lon: Decimal | None
    current: bool

    def rank(self) -> tuple[int, int, str]:
        """Smaller is preferred when one alias names several places."""
        return (LEVEL_RANK.get(self.level, 9), 0 if self.current else 1, self.adcode or "999999")


@dataclass(frozen=True)
class Candidate:
    place: Place
    match: str        # hanzi | sino_korean | transliteration | alias
    strength: str     # strong | weak (needs evidence) | gloss (needs its hanzi beside it
                      # or its city right before) | word (an ordinary word: needs its
                      # hanzi) | parent (a planning word: needs its city right before)
    # strength == "strong", kept as a field: the matcher asks it of every candidate it looks at
    strong: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "strong", self.strength == "strong")


@dataclass
class Gazetteer:
    places: dict[str, Place]
    korean: dict[str, list[Candidate]]          # Hangul alias -> candidates
    hanzi: dict[str, list[Candidate]]           # hanzi alias -> candidates
    automaton: ahocorasick.Automaton            # over the Hangul aliases: (alias, its candidates,
                                                # one strong, long and strong) for each
    tokenizer: jieba.Tokenizer                  # dictionary = the hanzi aliases
    t2s: opencc.OpenCC                          # tells hanja (traditional) from simplified runs
    s2t: opencc.OpenCC
    context_words: list[str] = field(default_factory=list)
    korean_use: list[re.Pattern] = field(default_factory=list)   # vetoes (장사가 잘 된다)
    place_use: list[re.Pattern] = field(default_factory=list)    # evidence (선전의 경제특구)
    place_heads: re.Pattern | None = None                        # 천진항, 대련항
    korean_places: set[str] = field(default_factory=set)         # 광주: never confirmed from afar
    korean_context: re.Pattern = re.compile(r"(?!)")              # a text about Korean places
    readings: dict[str, list[str]] = field(default_factory=dict)  # place key -> its Hangul aliases
    shared_readings: set[str] = field(default_factory=set)       # 광주, 성도, 상해: also Korean
    joseon_markers: re.Pattern = re.compile(r"(?!)")              # words of the 조선어 norm: 딸라, 리용
    currency_names: list[re.Pattern] = field(default_factory=list)  # vetoes for every mention (홍콩 달러)
    korea_names: list[re.Pattern] = field(default_factory=list)     # vetoes for every mention (해동신문)
    zone_heads: re.Pattern = re.compile(r"(?!)")                      # 톈푸 지구, 빈하이 개발구
    city_list_heads: re.Pattern = re.compile(r"(?!)")                 # 대련, 청도 등 … 항구
    abroad_heads: re.Pattern = re.compile(r"(?!)")                    # 청도 한인회: a city abroad
    foreign_hyeon: re.Pattern = re.compile(r"(?!)")               # 전라도 용담현, 일본 정강현: not China's
    korean_era: re.Pattern = re.compile(r"(?!)")                  # 조선 시대 대흥현: Korea's own 현
    korean_history: re.Pattern = re.compile(r"(?!)")              # 한양(漢陽)은 조선의 수도: Korea's
    listed_words: set[str] = field(default_factory=set)           # 일조, 카스: words whose uses nobody listed
    bare_names: set[str] = field(default_factory=set)             # 선양, 상해: every word use listed (bare_name)
    abroad_words: re.Pattern = re.compile(r"(?!)")                # 교민, 주재원: Koreans living abroad
    china_words: re.Pattern = re.compile(r"(?!)")                 # 위안, 중국: the page is on China
    korea_here: re.Pattern = re.compile(r"(?!)")                  # 한국으로 류학: the paragraph is in Korea
    # Remembered by the matcher (matcher._run_words, matcher._labelled): what jieba and OpenCC
    # said of each run of Han characters, and each name's candidates under a script label.
    # All are slow to make, and the same names recur in a document and across a corpus.
    runs: dict[str, tuple[str, list[tuple[str, int, int]]]] = field(default_factory=dict)
    labelled: dict[tuple[str, str], tuple[list[Candidate], bool, bool]] = field(default_factory=dict)


def _dec(s: str) -> Decimal | None:
    return Decimal(s) if s else None


def _read_tsv(path: pathlib.Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    return rows[1:]  # header


class OnFirstUse:
    """Stands for an object built the first time one of its attributes is used:
    jieba and OpenCC take about 0.4 s of CPU to load, and only a text with Han
    characters needs them."""

    def __init__(self, build):
        self._build, self._made = build, None

    def __getattr__(self, name):
        if self._made is None:
            self._made = self._build()
        return getattr(self._made, name)


def _opencc(config: str) -> "opencc.OpenCC":
    import opencc
    return opencc.OpenCC(config)


def _tokenizer(places: list[str]) -> jieba.Tokenizer:
    """A private jieba tokenizer (never the process-wide one, nor jieba's cache file)
    whose dictionary is jieba's common words plus the place names as user words. Its
    prefix dictionary takes 0.1 s of CPU to build and 0.015 s to read back, so it is kept
    in pipeline/rulecache.py's folder under the digest of all it is made from."""
    from pipeline.lazylibs import jieba as import_jieba
    from pipeline.rulecache import cached
    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    words = (DATA / "common_words.txt").read_bytes()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total = cached("jieba-places", [words, "\n".join(places), jieba.__version__,
                                                  pathlib.Path(__file__).read_bytes()],
                                 lambda: _prefix_dict(tok, words.decode("utf-8"), places))
    tok.initialized = True
    return tok


def _prefix_dict(tok: jieba.Tokenizer, words: str, places: list[str]) -> tuple[dict[str, int], int]:
    freq: dict[str, int] = {}
    for line in words.splitlines()[1:]:
        w, f = line.split(" ")
        freq[w] = int(f)
    for w in places:
        # a longer name gets a higher weight, so a full name beats its parts
        freq[w] = max(freq.get(w, 0), 10 ** min(len(w), 6))
    text = "\n".join(f"{w} {f}" for w, f in freq.items())
    return tok.gen_pfdict(io.BytesIO(text.encode("utf-8")))


def _first_column(name: str) -> set[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {ln.split("\t")[0].strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def korean_places() -> frozenset[str]:
    """South Korean cities and counties whose names are also readings of Chinese places (data/korean_places.txt,
    the one copy and its one reader): the places stage asks them for evidence, the facts stage drops one
    leading a subject (울산 공장 가동률 -> 공장 가동률)."""
    return frozenset(_first_column("korean_places.txt"))


def long_strong(alias: str, cands: list[Candidate]) -> bool:
    """A long unambiguous name (장강삼각주) may follow Hangul glued on by a lost
    line break (현황장강삼각주)."""
    return len(alias) >= 4 and cands[0].strong


def load_gazetteer(extra_dir: pathlib.Path | None = None) -> Gazetteer:
    """Read data/gazetteer.tsv and data/aliases.tsv (plus, from extra_dir, files
    named aliases*.tsv in the same format) and build the matchers."""
    places: dict[str, Place] = {}
    for r in _read_tsv(DATA / "gazetteer.tsv"):
        key, zh, ko, hj, py, code, level, prov, parent, lat, lon, cur = r
        places[key] = Place(key, zh, ko, hj, py, code, level, prov, parent, _dec(lat), _dec(lon), cur == "1")
    alias_files = [DATA / "aliases.tsv"]
    if extra_dir is not None:
        alias_files += sorted(pathlib.Path(extra_dir).glob("aliases*.tsv"))
    korean: dict[str, list[Candidate]] = {}
    hanzi: dict[str, list[Candidate]] = {}
    for path in alias_files:
        for alias, key, match, strength in _read_tsv(path):
            if key not in places:
                continue
            cand = Candidate(places[key], match, strength)
            (hanzi if match == "hanzi" else korean).setdefault(alias, []).append(cand)
    for d in (korean, hanzi):
        for cands in d.values():
            if len(cands) > 1:        # most names name one place: nothing to order
                cands.sort(key=lambda c: (_STRENGTH[c.strength], c.place.rank()))
    readings: dict[str, list[str]] = {}
    for alias, cands in korean.items():
        for c in cands:
            readings.setdefault(c.place.key, []).append(alias)
    auto = ahocorasick.Automaton()
    for alias, cands in korean.items():
        # what the matcher asks of every hit, found once: its candidates, whether one is
        # strong, whether it is a long strong name (matcher._korean_mentions)
        auto.add_word(alias, (alias, cands, any(c.strong for c in cands), long_strong(alias, cands)))
    auto.make_automaton()
    amb = parse_toml((DATA / "ambiguous.toml").read_text(encoding="utf-8"))
    joseon = parse_toml((DATA / "joseon.toml").read_text(encoding="utf-8"))
    uses = {k: [re.compile(p) for r in amb["reading"] for p in r.get(k, [])]
            for k in ("korean_use", "place_use")}
    # 충북 청주시, 창원시 진해구, 한국 광주: the Korean place (vetoes like korean_use)
    uses["korean_use"] += [re.compile(p) for p in amb["korean_areas"]["patterns"] + amb["person_titles"]["patterns"]]
    in_korea = set(korean_places())
    shared = {r["reading"] for r in amb["reading"]} | in_korea | _first_column("korean_words.txt")
    hanzi_names = sorted(hanzi)
    return Gazetteer(places, korean, hanzi, auto, OnFirstUse(lambda: _tokenizer(hanzi_names)),
                     OnFirstUse(lambda: _opencc("t2s")), OnFirstUse(lambda: _opencc("s2t")), amb["context_words"],
                     uses["korean_use"], uses["place_use"], re.compile("|".join(amb["place_heads"])), in_korea,
                     re.compile("|".join(amb["korean_context"])), readings, shared,
                     re.compile("|".join(joseon["markers"])),
                     currency_names=[re.compile(p) for p in amb["currency_names"]["patterns"] + amb["word_uses"]["patterns"]
                                     + amb["datelines"]["patterns"]],
                     korea_names=[re.compile(p) for p in amb["korea_names"]["patterns"]],
                     zone_heads=re.compile("|".join(amb["zone_heads"])),
                     city_list_heads=re.compile("|".join(amb["city_list_heads"])),
                     abroad_heads=re.compile("|".join(amb["abroad_heads"])),
                     foreign_hyeon=re.compile(f"(?:{'|'.join(amb['foreign_before_hyeon'])})\\s?$"),
                     korean_era=re.compile("|".join(amb["korean_era_before_hyeon"])),
                     korean_history=re.compile("|".join(amb["korean_history"]["patterns"])),
                     listed_words=_first_column("korean_words.txt") - {r["reading"] for r in amb["reading"]},
                     bare_names={r["reading"] for r in amb["reading"] if r.get("bare_name")},
                     abroad_words=re.compile("|".join(amb["topic"]["abroad"])),
                     china_words=re.compile("|".join(amb["topic"]["china"])),
                     korea_here=re.compile("|".join(amb["topic"]["korea_here"])))
