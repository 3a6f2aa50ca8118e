"""Every match of a regex found as re finds it, faster when the regex starts with a
look-behind or a word boundary: re's search tries such a regex at every position of
the text, where without its leading check it first skips, in C, to the characters a
match can start with. So the rest of the regex (its core) is searched, and the whole
regex is tried only where the core matches: the same matches, in the same order
(finditer's), since the whole regex matches at a position only where its core does."""
from __future__ import annotations

import re
from typing import Iterator

try:     # Python 3.11+: the parser is re._parser (sre_parse before), as in regex_needs.py
    from re import _constants as C, _parser as P
except ImportError:         # pragma: no cover
    import sre_constants as C   # type: ignore[no-redef]
    import sre_parse as P       # type: ignore[no-redef]


class LeadScan:
    """`pattern`'s matches in a text (finditer's spans), searched through its core."""

    def __init__(self, pattern: re.Pattern, given_core: re.Pattern | None = None):
        """`given_core`, when the pattern's own cannot be taken apart: a regex that matches at
        every position where `pattern` matches (the whole regex is still tried there)."""
        self.pattern = pattern
        self.core = given_core if given_core is not None else core(pattern)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match]:
        """self.pattern.finditer(text, pos), for a regex that never matches empty."""
        if self.core is None:
            yield from self.pattern.finditer(text, pos)
            return
        search, match = self.core.search, self.pattern.match
        while c := search(text, pos):
            m = match(text, c.start())
            if m is None:
                pos = c.start() + 1
            else:
                yield m
                pos = m.end()          # finditer resumes at a (non-empty) match's end

    def spans(self, text: str) -> list[tuple[int, int]]:
        """[m.span() for m in self.pattern.finditer(text)]"""
        if self.core is None:
            return [m.span() for m in self.pattern.finditer(text)]
        return [m.span() for m in self.finditer(text)]


def core(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` without its leading look-behinds and word boundaries, compiled, when
    they lead it and the rest reads as exactly the rest of its parse tree; None otherwise
    (nothing to gain, or a pattern this cannot take apart safely)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    text, rest = pattern.pattern, pattern.pattern
    while True:
        cut = _leading_check(rest)
        if cut is None:
            break
        rest = rest[cut:]
    if rest == text or not rest:
        return None
    try:
        whole, tail = P.parse(text, pattern.flags), P.parse(rest, pattern.flags)
        items, kept = list(whole), list(tail)
        dropped = len(items) - len(kept)
        if dropped <= 0 or _tree(items[dropped:]) != _tree(kept) \
                or not all(map(_is_check, items[:dropped])) \
                or whole.state.groups != tail.state.groups or whole.getwidth()[0] == 0:
            return None      # (a regex that may match empty: finditer's rules for those differ)
        return re.compile(rest, pattern.flags)
    except Exception:          # a pattern this parser reads otherwise: no core, no risk
        return None


def _tree(x):
    """A parse tree as plain nested tuples, comparable by value."""
    if isinstance(x, (list, tuple, P.SubPattern)):
        return tuple(_tree(y) for y in x)
    return x


def _is_check(item) -> bool:
    op, av = item
    return op is C.ASSERT_NOT and av[0] == -1 or op is C.ASSERT and av[0] == -1 \
        or op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY)


def _leading_check(s: str) -> int | None:
    """Length of a look-behind group or a \\b, \\B that starts `s`, else None."""
    if s.startswith(("\\b", "\\B")):
        return 2
    if not s.startswith(("(?<!", "(?<=")):
        return None
    depth, i, in_class = 0, 0, False
    while i < len(s):
        ch = s[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or (s[i - 1] == "[" or s[i - 2:i] == "[^")
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None
