"""Whole-page questions that figure-level rules ask (does the page carry a ▽ legend, name Japan, write ¥ for
the yen?): answered once per page, so a page with n figures costs one search, not n searches of n characters
(a 5 MB report spent most of its facts stage there: every stage is linear in its input)."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8)     # a few patterns of the page being read: never a store of old pages
def page_has(pattern: re.Pattern, text: str) -> bool:
    """`pattern` is found anywhere in `text` (remembered per pattern and page: a string keeps its hash, and the
    page being read is the same object at every figure, so a lookup costs no pass over the text)."""
    return pattern.search(text) is not None
