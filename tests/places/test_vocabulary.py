"""The word classes of pipeline/places/data/vocabulary.toml, from which the matcher builds
its patterns: every class's `match` examples match (where the pattern is anchored: after a
list's last name, or anywhere in a heading) and its `keep` examples do not."""
import tomllib

import pytest

from pipeline.places.translit import DATA
from pipeline.places.vocabulary import (city_noun, compass_before, container_after, destination_after,
                                        facility_name, institution_head, korean_institution, name_noun, new_area_page,
                                        own_area_gap, place_noun, several_before, topic_switch,
                                        apart_noun, origin_suffix, word_predicate)

VOCABULARY = tomllib.loads((DATA / "vocabulary.toml").read_text(encoding="utf-8"))
# how each pattern is applied by the matcher: right after a name, across a whole line, as the whole
# gap, at the end of the text before a name
APPLY = {"place_nouns": lambda t: place_noun().match(t), "city_nouns": lambda t: city_noun().search(t),
         "own_area_gap": lambda t: own_area_gap().fullmatch(t), "several_before": lambda t: several_before().search(t),
         "name_nouns": lambda t: name_noun().match(t), "compass_regions": lambda t: compass_before().search(t),
         "topic_switch": lambda t: topic_switch().match(t), "korean_institutions": lambda t: korean_institution().match(t),
         "institution_heads": lambda t: institution_head().match(t),
         "container_after": lambda t: container_after().match(t),
         "destination_after": lambda t: destination_after().match(t),
         "new_area_pages": lambda t: new_area_page().search(t),
         "facility_names": lambda t: facility_name().match(t),
         "word_predicates": lambda t: word_predicate().fullmatch(t),
         "origin_suffixes": lambda t: origin_suffix().match(t),
         "apart_nouns": lambda t: apart_noun().fullmatch(t)}


@pytest.mark.parametrize("name", sorted(VOCABULARY))
def test_every_class_is_applied_and_has_examples_both_ways(name):
    assert name in APPLY and VOCABULARY[name]["match"] and VOCABULARY[name]["keep"]


@pytest.mark.parametrize("name,text", [(n, t) for n, c in VOCABULARY.items() for t in c["match"]])
def test_match(name, text):
    assert APPLY[name](text)


@pytest.mark.parametrize("name,text", [(n, t) for n, c in VOCABULARY.items() for t in c["keep"]])
def test_keep(name, text):
    assert not APPLY[name](text)
