"""Vocabulary classes the cleaning steps read (data/clean_words.toml): one entry per idea, each with
examples to find and lines to leave that tests/ingest/test_clean_words.py runs."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from pipeline.rulecache import parse_toml

CLEAN_WORDS = Path(__file__).parent / "data" / "clean_words.toml"


@lru_cache(maxsize=1)
def clean_word_entries() -> dict[str, dict]:
    """name -> entry of data/clean_words.toml."""
    return {entry["name"]: entry for entry in parse_toml(CLEAN_WORDS.read_text(encoding="utf-8"))["words"]}


def word_pattern(name: str) -> re.Pattern:
    """The compiled pattern of the vocabulary class `name`."""
    return re.compile(clean_word_entries()[name]["pattern"])


def word_set(name: str) -> frozenset[str]:
    """The words of the vocabulary class `name` (an entry with `words`, not `pattern`)."""
    return frozenset(clean_word_entries()[name]["words"])
