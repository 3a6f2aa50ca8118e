"""Unit words shared by the cleaner and the facts stage (data/unit_words.toml): one list,
read by both, so that the words a broken number's tail may start with are the units the
facts stage reads (it imports this module; this stage imports nothing of the facts stage)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from pipeline.rulecache import parse_toml

UNIT_WORDS = Path(__file__).parent / "data" / "unit_words.toml"


@lru_cache(maxsize=1)
def unit_words() -> dict[str, tuple[str, ...]]:
    """Unit code -> the words that write it, as in data/unit_words.toml."""
    data = parse_toml(UNIT_WORDS.read_text(encoding="utf-8"))
    return {code: tuple(words) for code, words in data["words"].items()}


@lru_cache(maxsize=1)
def unit_start() -> re.Pattern:
    """A line that starts with a unit word, not with a longer word (`위안.`, not `원칙`)."""
    words = sorted({w for ws in unit_words().values() for w in ws}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words))})(?![가-힣])")
