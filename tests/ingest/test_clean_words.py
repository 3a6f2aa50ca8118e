"""The vocabulary classes of the cleaning steps (pipeline/ingest/data/clean_words.toml): every entry's
examples are found the way the code applies it (`match` or `search`), its `keep` lines are not."""
from __future__ import annotations

import pytest

from pipeline.ingest.clean_words import clean_word_entries, word_pattern, word_set

ENTRIES = sorted(clean_word_entries().values(), key=lambda e: e["name"])


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_a_vocabulary_class_finds_its_examples_and_leaves_its_keep_lines(entry):
    assert entry["examples"] and entry["keep"], "each class keeps examples to act on and lines to leave alone"
    if "words" in entry:
        words = word_set(entry["name"])
        assert all(w in words for w in entry["examples"]) and not any(w in words for w in entry["keep"])
        return
    pattern = word_pattern(entry["name"])
    find = pattern.match if entry["use"] == "match" else pattern.search
    for line in entry["examples"]:
        assert find(line), f"{entry['name']} should find {line!r}"
    for line in entry["keep"]:
        assert not find(line), f"{entry['name']} should leave {line!r}"


def test_the_cleaning_steps_read_their_vocabulary_from_the_data_file():
    from pipeline.ingest import blocks, drop_lines
    assert drop_lines._SIGN_OFF.pattern == clean_word_entries()["sign_off"]["pattern"]
    assert blocks._NOTICE.pattern == clean_word_entries()["notice_line"]["pattern"]
