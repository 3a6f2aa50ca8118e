"""The word classes of data/vocabulary.toml that the place matcher reads around mentions (nouns
after a list or a name, compass regions, institutions, containers, destinations), each built
once into a pattern. The examples of every class run in tests/places/test_vocabulary.py."""
from __future__ import annotations

import functools
import re
from typing import Callable

from pipeline.places.translit import DATA
from pipeline.rulecache import parse_toml


@functools.cache
def vocabulary() -> dict:
    """data/vocabulary.toml: the word classes read around mentions, with their examples."""
    return parse_toml((DATA / "vocabulary.toml").read_text(encoding="utf-8"))


def _either(name: str, key: str = "patterns") -> str:
    """The words or patterns of one class as alternatives of a regex."""
    return "|".join(vocabulary()[name][key])


def _alternatives(name: str, doc: str) -> Callable[[], re.Pattern]:
    """A cached builder of the class's patterns as one regex, matched as they stand."""
    build = functools.cache(lambda: re.compile(_either(name)))
    build.__doc__ = doc
    return build


@functools.cache
def place_noun() -> re.Pattern:
    """After a list: a noun within its next three words that says the list names places
    (세 도시, 지역의, 등 중부 도시, 등 항만); vocabulary.toml [place_nouns]."""
    v = vocabulary()["place_nouns"]
    return re.compile(r"(?:[ \t]+[^\s.,;!?。]+){0,2}?[ \t]+(?:" + "|".join(v["counts"]) + r")? ?(?:개 ?)?"
                      r"(?:" + "|".join(v["nouns"]) + r")(?:" + "|".join(v["particles"]) + r")?(?![가-힣])")


@functools.cache
def name_noun() -> re.Pattern:
    """A noun after a bare reading that shows it stands as a place's name (카스 공항, 카스
    구시가지, 이리 지역); vocabulary.toml [name_nouns]."""
    return re.compile(r"[ \t]+(?:" + _either("name_nouns", "nouns") + r")")


@functools.cache
def compass_before() -> re.Pattern:
    """A compass region of China right before a name (서북 지역의 산시성); its group 1 is the
    region; vocabulary.toml [compass_regions]."""
    words = _either("compass_regions", "regions")
    return re.compile(r"(?<![가-힣])(" + words + r")(?:부|[ \t]?지역|[ \t]?지방|[ \t]?권)?의?[ \t]$")


@functools.cache
def topic_switch() -> re.Pattern:
    """A sentence opening on another topic (한편 기아 광주 공장은); vocabulary.toml [topic_switch]."""
    return re.compile(r"(?:" + _either("topic_switch") + r")(?=[ \t,])")


container_after = _alternatives(
    "container_after", "What links a reading to a containing place named after it (광저우의, 진화시에 속한)"
    "; vocabulary.toml [container_after].")
destination_after = _alternatives(
    "destination_after", "A place named as where something goes (안후이성으로 이전); vocabulary.toml [destination_after].")


institution_head = _alternatives(
    "institution_heads", "The noun of an institution glued to a name (광주은행, 청주대)"
    "; vocabulary.toml [institution_heads].")


@functools.cache
def korean_institution() -> re.Pattern:
    """A Korean local institution after a Korean place's reading (광주시청, 안양 시의회);
    vocabulary.toml [korean_institutions]."""
    return re.compile(r"(?:시|군|구)?[ \t]?(?:" + _either("korean_institutions") + ")")


city_noun = _alternatives(
    "city_nouns", "A heading naming cities (중국 도시별 바이어 동향); vocabulary.toml [city_nouns].")


@functools.cache
def several_before() -> re.Pattern:
    """A count right before a shared name (두 산시성); vocabulary.toml [several_before]."""
    return re.compile(r"(?<![가-힣0-9])(?:" + _either("several_before") + r")[ \t]$")


own_area_gap = _alternatives(
    "own_area_gap", "Between a province or city and a place it holds (광시 핑샹, 천주시 관할 진강)"
    "; vocabulary.toml [own_area_gap].")


new_area_page = _alternatives(
    "new_area_pages", "A page on the national new areas (국가급 신구), where a new area's short form is the new area"
    "; vocabulary.toml [new_area_pages].")


facility_name = _alternatives(
    "facility_names", "A facility word glued after a name that follows its city (광주 백운공항: 白云 is the airport's)"
    "; vocabulary.toml [facility_names].")


@functools.cache
def word_predicate() -> re.Pattern:
    """A Kiwi form of a predicate a common word takes and a place never does (연대를 모색, 보안을 강화, 상해를
    입은); fullmatched; vocabulary.toml [word_predicates]."""
    return re.compile(_either("word_predicates"))


origin_suffix = _alternatives(
    "origin_suffixes", "A suffix of origin, style or direction glued to a name (대만산, 대만식, 대만행, 베이징발)"
    "; vocabulary.toml [origin_suffixes].")


apart_noun = _alternatives(
    "apart_nouns", "A noun before a name that makes no word with it (올해 선전, 가운데 신장, 서북의 시안); fullmatched"
    "; vocabulary.toml [apart_nouns].")
