"""What any match of a regular expression must contain: a cheap test that lets a line
skip a rule's regex search when the answer is surely no (issue 10: the cleaner tries
some fifty drop rules on every line, and a line of prose matches none of them).

`needs(regex)` reads the pattern's parse tree (Python's own `re._parser`) and returns
sets of strings such that every match contains at least one string of each set, or None
when no such set is known (then the regex is always searched). Only what is certain is
used:

- literal characters in a row give one string (`통권` in `통권\\s*제?\\d`);
- a character class of a few plain characters gives its characters (`[▲▼]`);
- a group, or a repeat of at least once, gives what its body needs;
- an alternation gives the union of what its branches need, when every branch needs one;
- a sequence needs what each of its elements needs;
- anything else (`\\d`, `.`, a negated or a large class, anchors, lookarounds, back
  references, a repeat that may be absent, a group with its own `(?i:...)`) needs nothing.

A case-insensitive pattern (`(?i)copyright|무단\\s*전재`) gives its strings case-folded
(`fold`), to be looked for in the folded text: an ASCII letter matches its other case and,
for i, s and k, the four letters İ ı ſ K (Python's documentation of re); a caseless
character (Hangul, hanzi, digits, most symbols) only itself; another letter (ⓒ) the
letters of the same lower case, unless re lists special cases for it (then it is not used).

So `not might_match(needs(r), line)` implies `r.search(line) is None`; the tests
check it on every rule's examples and lines, and on generated ones."""
from __future__ import annotations

import re
from dataclasses import dataclass

try:     # Python 3.11+: the parser is re._parser (sre_parse before)
    from re import _constants as C, _parser as P
except ImportError:         # pragma: no cover
    import sre_constants as C   # type: ignore[no-redef]
    import sre_parse as P       # type: ignore[no-redef]

_MAX_CLASS = 16      # a class of more characters than this is no useful filter
_MAX_SETS = 3        # sets tested per regex, rarest first
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_SPECIAL_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """`text` as a case-insensitive pattern's needed strings are written: ASCII letters in
    lower case (the four non-ASCII letters that IGNORECASE matches to i, s and k, too)."""
    if not text.isascii() and _SPECIALS.search(text):      # rare: translate (slow) only then
        text = text.translate(_SPECIAL_CASES)
    return text.lower()


_SPECIALS = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True)
class Needs:
    sets: tuple[frozenset[str], ...]     # every match holds one string of each set
    folded: bool = False                 # the strings are folded: look for them in fold(text)


def needs(regex: re.Pattern) -> Needs | None:
    """What every match of `regex` contains (rarest set first); None if nothing is known."""
    if not isinstance(regex.pattern, str):
        return None
    try:
        tree = P.parse(regex.pattern, regex.flags)
    except Exception:          # a pattern this parser reads otherwise: no filter, no risk
        return None
    folded = bool((regex.flags | tree.state.flags) & re.IGNORECASE)
    found = sorted(set(_sequence(list(tree), folded)), key=_cost)
    return Needs(tuple(found[:_MAX_SETS]), folded) if found else None


def might_match(needed: Needs | None, text: str) -> bool:
    """False when a regex that needs `needed` surely finds nothing in `text`."""
    if needed is None:
        return True
    if needed.folded:
        text = fold(text)
    for one in needed.sets:         # plain loops: this runs for every line and rule
        for s in one:
            if s in text:
                break
        else:
            return False
    return True


def _cost(strings: frozenset[str]) -> tuple[int, int]:
    """How likely a line holds one of `strings`, roughly: a lone ASCII punctuation mark or
    digit is in most lines, a word of two characters in few."""
    return sum(1 if len(s) > 1 else 3 if not s.isascii() else 5 if s.isalpha() else 10
               for s in strings), -min(map(len, strings))


try:     # letters that IGNORECASE matches beyond their lower case (Greek ϐ for β, ...)
    from re._casefix import _EXTRA_CASES
    _TRICKY: frozenset[str] | None = frozenset(chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v))
except ImportError:         # pragma: no cover
    _TRICKY = None


def _plain(c: str, folded: bool) -> str | None:
    """`c` as it is looked for; in a folded pattern its lower case, None when that does
    not say what IGNORECASE matches (a letter with special cases)."""
    if not folded or c.isascii():
        return c.lower() if folded else c
    low = c.lower()
    if low == c == c.upper():
        return c                 # caseless: Hangul, hanzi, most symbols
    return None if _TRICKY is None or len(low) != 1 or low in _TRICKY or c in _TRICKY else low


def _sequence(items: list, folded: bool) -> list[frozenset[str]]:
    """Every set that some element of the sequence needs (each one is needed)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        c = _plain(chr(av), folded) if op is C.LITERAL else None
        if c is not None:
            run.append(c)
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if op is not C.LITERAL:
            found += _element(op, av, folded)
    if run:
        found.append(frozenset(["".join(run)]))
    return found


def _element(op, av, folded: bool) -> list[frozenset[str]]:
    if op is C.IN:
        chars = _class(av, folded)
        return [chars] if chars else []
    if op is C.SUBPATTERN:
        _, add_flags, _, body = av
        return [] if add_flags & re.IGNORECASE and not folded else _sequence(list(body), folded)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av), folded)
    if op is C.BRANCH:
        # each branch gives its rarest set; a branch that needs nothing makes the whole need nothing
        best = [min(sets, key=_cost) if sets else None for sets in (_sequence(list(b), folded) for b in av[1])]
        return [] if not best or any(b is None for b in best) else [frozenset().union(*best)]
    if op in _REPEATS:
        low, _, body = av
        return _sequence(list(body), folded) if low >= 1 else []
    return []          # \d, ., anchors, lookarounds, back references: nothing certain


def _class(items, folded: bool) -> frozenset[str] | None:
    chars: set[str | None] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(_plain(chr(av), folded))
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(_plain(chr(c), folded) for c in range(av[0], av[1] + 1))
        else:                  # NEGATE, CATEGORY (\d, \s, \w) or a large range
            return None
    if None in chars or not 0 < len(chars) <= _MAX_CLASS:
        return None
    return frozenset(chars)     # type: ignore[arg-type]


class Shortlist:
    """Which of an ordered list of regexes may match a text, found in one pass instead of
    one test per regex: Aho-Corasick automata (one over the text, one over its folded
    form) over the strings each regex needs (its rarest set); a regex that needs nothing
    known is always on the list."""

    def __init__(self, needed: list[Needs | None]):
        self.always = 0
        masks: tuple[dict[str, int], dict[str, int]] = ({}, {})
        for i, need in enumerate(needed):
            if need is None:
                self.always |= 1 << i
            else:
                for s in need.sets[0]:
                    masks[need.folded][s] = masks[need.folded].get(s, 0) | 1 << i
        self.plain, self.folded = (_automaton(m) for m in masks)

    def mask(self, text: str) -> int:
        """Bit i set: regex i may match `text` (bit clear: it surely does not)."""
        mask = self.always
        for automaton, form in ((self.plain, text), (self.folded, None)):
            if automaton is not None:
                for _, bits in automaton.iter(form if form is not None else fold(text)):
                    mask |= bits
        return mask


def _automaton(masks: dict[str, int]):
    if not masks:
        return None
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for s, mask in masks.items():
        automaton.add_word(s, mask)
    automaton.make_automaton()
    return automaton


def bit_indexes(mask: int) -> list[int]:
    """The set bits of `mask`, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out
