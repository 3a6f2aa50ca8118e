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
- a positive look-ahead or look-behind needs what its body needs (the body matches inside
  the same text, so a text searched whole or between `pos` and `endpos` holds it);
- anything else (`\\d`, `.`, a negated or a large class, anchors, negative lookarounds, back
  references, a repeat that may be absent, a group with its own `(?i:...)`) needs nothing.

A case-insensitive pattern (`(?i)copyright|무단\\s*전재`) gives its strings case-folded
(`fold`), to be looked for in the folded text: an ASCII letter matches its other case and,
for i, s and k, the four letters İ ı ſ K (Python's documentation of re); a caseless
character (Hangul, hanzi, digits, most symbols) only itself; another letter (ⓒ) the
letters of the same lower case, unless re lists special cases for it (then it is not used).

A pattern anchored at the start (`^`, `\\A`) or the end (`$`, `\\Z`) of the text, in each of
its top-level branches and without MULTILINE, also says which characters can stand first or
last in the text (`^\\d{4}…` a digit, `…\\d{1,2}\\.?[)\\]]?$` a digit, `.`, `)` or `]`): the
characters that can begin (end) a match, found as above through groups, branches and repeats
(a repeat that may be absent lets the next element's characters in too; lookarounds and
`\\b` are passed over, which only widens the set), each kept as the one-character pattern it
is in the regex (`EdgeChars`: a character's answer is worked out as re would, once, and
remembered). Most lines fail these at once.

A pattern that is an alternation at its top level (`^주소\\s*[:：]|팩스|^우\\s?\\d{5}…`) may
also be read way by way (`needs(r, ways=True)`): every match is a match of one of its ways,
so a text that no way may match is no match. The ways anchored at the start or end are
kept apart (their edge characters rule out most lines at once); the others are merged,
each giving its rarest set, as the whole pattern does. Without this, one anchored way
that needs only a common character (`^(?:\\(|우)…`) lets every line through.

So `not might_match(needs(r), line)` implies `r.search(line) is None`; the tests
check it on every rule's examples and lines, and on generated ones."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import reduce
from operator import itemgetter, or_

from pipeline import rulecache

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
    first: EdgeChars | None = None       # what the text's first character must be (anchored at the start)
    last: EdgeChars | None = None        # its last (or the one before a final newline, as $ allows)
    ways: Ways | None = None             # a match also fits one of these (a top-level alternation's ways)


def needs(regex: re.Pattern, ways: bool = False) -> Needs | None:
    """What every match of `regex` contains (rarest set first); None if nothing is known.
    `ways`: also what each way of a top-level alternation needs, when some are anchored.
    Taken from pipeline/rulecache.py's stored table when it holds the pattern (reading the
    rules' parse trees was a quarter of loading the rules), else read and offered to it."""
    if not isinstance(regex.pattern, str):
        return None
    key = (regex.pattern, int(regex.flags), ways)
    entry = rulecache.stored_needs(key)
    if entry is not None:
        try:
            return _decode(entry)
        except Exception:      # noqa: BLE001 - an entry of another shape: read the pattern
            pass
    found = _read(regex, ways)
    rulecache.offer_needs(key, _encode(found))
    return found


def _read(regex: re.Pattern, ways: bool) -> Needs | None:
    try:
        tree = P.parse(regex.pattern, regex.flags)
    except Exception:          # a pattern this parser reads otherwise: no filter, no risk
        return None
    flags = regex.flags | tree.state.flags
    whole = _needs_of(list(tree), flags)
    found = _ways(list(tree), flags) if ways else None
    if found is None:
        return whole
    return Needs(whole.sets, whole.folded, whole.first, whole.last, found) if whole is not None else \
        Needs((), bool(flags & re.IGNORECASE), ways=found)


def _needs_of(items: list, flags: int) -> Needs | None:
    """What every match of the parsed sequence `items` contains, with the pattern's `flags`."""
    folded = bool(flags & re.IGNORECASE)
    found = sorted(set(_sequence(items, folded)), key=_cost)
    first = last = None
    if not flags & re.MULTILINE:
        first, last = (_edge_chars(_anchored(items, end), flags) for end in (False, True))
    if not found and first is None and last is None:
        return None
    return Needs(tuple(found[:_MAX_SETS]), folded, first, last)


_MAX_WAYS = 64


def _ways(items: list, flags: int) -> Ways | None:
    """For a sequence holding an alternation at its top level (`A(?:B|^C|D$)E`), what each
    of its ways (`ABE`, `A^CE`, `ADE$`) needs: the ways anchored at an edge each on its own,
    the others merged into one (each gives its rarest set); None when this says no more than
    the whole pattern's needs (no way is anchored, or some way needs nothing known)."""
    at = next((k for k, (op, _) in enumerate(items) if op is C.BRANCH), None)
    if at is None or len(items[at][1][1]) > _MAX_WAYS:
        return None
    anchored: list[Needs] = []
    loose: list[frozenset[str]] = []
    for branch in items[at][1][1]:
        one = _needs_of(items[:at] + list(branch) + items[at + 1:], flags)
        if one is None:
            return None          # this way needs nothing known: neither do the ways
        if one.first is not None or one.last is not None:
            anchored.append(one)
        elif one.sets:
            loose.append(one.sets[0])
        else:
            return None
    if not anchored:
        return None
    return Ways(Needs((frozenset().union(*loose),), bool(flags & re.IGNORECASE)) if loose else None, tuple(anchored))


class Ways:
    """The ways of a top-level alternation as `might_match` tries them: the loose ways merged
    (one test of strings), then only the anchored ways that the text's first and last
    characters let in (which those are is remembered per character)."""

    def __init__(self, loose: Needs | None, anchored: tuple[Needs, ...]):
        self.loose, self.anchored = loose, anchored
        self._first: dict[str, int] = {}
        self._last: dict[str, int] = {}

    def may_match(self, text: str) -> bool:
        if self.loose is not None and might_match(self.loose, text):
            return True
        head = text[:1]
        first = self._first.get(head)
        if first is None:
            first = sum(1 << k for k, w in enumerate(self.anchored) if w.first is None or w.first.fits(head))
            if len(self._first) < _MAX_REMEMBERED:
                self._first[head] = first
        if not first:
            return False
        tail = text[-2:] if text.endswith("\n") else text[-1:]     # $ may stand before a final newline
        last = self._last.get(tail)
        if last is None:
            last = sum(1 << k for k, w in enumerate(self.anchored) if w.last is None or ends_with(w.last, tail))
            if len(self._last) < _MAX_REMEMBERED:
                self._last[tail] = last
        return any(might_match(self.anchored[k], text) for k in bit_indexes(first & last))


def might_match(needed: Needs | None, text: str) -> bool:
    """False when a regex that needs `needed` surely finds nothing in `text`."""
    if needed is None:
        return True
    if (edge := needed.first) is not None:
        fits = edge._known.get(text[:1])        # (EdgeChars.fits inline: this runs per line and rule)
        if not (edge.fits(text[:1]) if fits is None else fits):
            return False
    if needed.last is not None and not ends_with(needed.last, text):
        return False
    return _holds(needed, needed.sets, text)


def might_match_rest(needed: Needs | None, text: str) -> bool:
    """might_match for a regex that a Shortlist put on `text`'s list (its bit set in
    Shortlist.mask): the list was made by the first of its sets and by its edges, so only the
    other sets and the ways are tested here (the same strings were searched twice). Like
    might_match, only a filter: False means the regex surely finds nothing."""
    return needed is None or _holds(needed, needed.sets[1:], text)


def _holds(needed: Needs, sets: tuple[frozenset[str], ...], text: str) -> bool:
    """`text` holds a string of each of `sets` (folded if `needed` is) and fits one of its ways."""
    if sets:
        folded = fold(text) if needed.folded else text
        for one in sets:         # plain loops: this runs for every line and rule
            for s in one:
                if s in folded:
                    break
            else:
                return False
    return needed.ways is None or needed.ways.may_match(text)


def _cost(strings: frozenset[str]) -> tuple[int, int, tuple[str, ...]]:
    """How likely a line holds one of `strings`, roughly: a digit or a mark of prose
    (`.`, `,`, `(`) is in most lines, a lone syllable (`이`, `년`) in many, another
    letter or mark in fewer (`@`, `|`, `▲`), a word of two characters in few. Ties go
    by the strings themselves, so the choice never depends on a set's order (speed only:
    every set is needed, whichever is looked for first)."""
    return sum(1 if len(s) > 1 else 20 if s in _COMMON else 6 if "가" <= s <= "힣" else 5 if s.isascii() and s.isalpha()
               else 4 for s in strings), -min(map(len, strings)), tuple(sorted(strings))


_COMMON = frozenset("0123456789 .,()-/:%'\"!?·")     # in most lines of any text


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
    if op is C.ASSERT:
        # a positive look-ahead or look-behind matched too, inside the same text: what its
        # body needs, the text holds (`[가-힣]{2,3}(?=\s?(?:씨|님|회장))` needs one of the titles)
        return _sequence(list(av[1]), folded)
    return []          # \d, ., anchors, negative lookarounds, back references: nothing certain


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


def ends_with(last: EdgeChars, text: str) -> bool:
    """`last` lets in the character a match ending at `$` ends on: the text's last, or the
    one before a final newline."""
    return last.fits(text[-1:]) or (len(text) > 1 and text[-1] == "\n" and last.fits(text[-2]))


_BEGIN = {C.AT_BEGINNING, C.AT_BEGINNING_STRING}
_END = {C.AT_END, C.AT_END_STRING}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _anchored(items: list, end: bool) -> list[tuple] | None:
    """The one-character patterns that can stand first (`end`: last) in any match of the
    sequence, when every way through it is anchored at the text's start (end) and takes at
    least one character; else None."""
    if not items:
        return None
    op, av = items[-1] if end else items[0]
    rest = items[:-1] if end else items[1:]
    if op is C.AT and av in (_END if end else _BEGIN):
        atoms, empty = _edge(rest, end)
        return None if atoms is None or empty else atoms
    if op is C.BRANCH:
        found: list[tuple] = []
        for branch in av[1]:
            atoms = _anchored(rest + list(branch) if end else list(branch) + rest, end)
            if atoms is None:
                return None
            found += atoms
        return found
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _anchored(rest + list(av[3]) if end else list(av[3]) + rest, end)
    return None


def _edge(items, end: bool) -> tuple[list[tuple] | None, bool]:
    """(the one-character patterns a match of the sequence can begin with (`end`: end with),
    whether it can be empty); (None, _) when not known."""
    atoms: list[tuple] = []
    for op, av in (reversed(items) if end else items):
        if op in _ZERO_WIDTH:
            continue                      # takes no character; leaving its condition out only widens
        found, empty = _edge_element(op, av, end)
        if found is None:
            return None, True
        atoms += found
        if not empty:
            return atoms, False
    return atoms, True


def _edge_element(op, av, end: bool) -> tuple[list[tuple] | None, bool]:
    if op is C.LITERAL:
        return [("lit", chr(av))], False
    if op is C.NOT_LITERAL:
        return [("not", chr(av))], False
    if op is C.ANY:
        return [("any",)], False
    if op is C.IN:
        atom = _class_atom(av)
        return ([atom] if atom is not None else None), False
    if op is C.BRANCH:
        atoms, empty = [], False
        for branch in av[1]:
            found, e = _edge(list(branch), end)
            if found is None:
                return None, True
            atoms, empty = atoms + found, empty or e
        return atoms, empty
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return (None, True) if add_flags or del_flags else _edge(list(body), end)
    if _ATOMIC is not None and op is _ATOMIC:
        return _edge(list(av), end)
    if op in _REPEATS:
        low, high, body = av
        found, empty = _edge(list(body), end)
        return found, empty or low == 0 or high == 0
    return None, True                     # back references and the like: not known


_CATEGORY_TEXT = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                  C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


def _class_atom(items) -> tuple | None:
    """A parsed character class as ("in", negated, items), or None when it holds what is not read here."""
    negate, out = False, []
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.append(("lit", chr(av)))
        elif op is C.RANGE:
            out.append(("range", av[0], av[1]))
        elif op is C.CATEGORY and av in _CATEGORY_TEXT:
            out.append(("cat", av))
        else:
            return None
    return ("in", negate, tuple(out)) if out else None


def _edge_chars(atoms: list[tuple] | None, flags: int) -> EdgeChars | None:
    return EdgeChars(tuple(dict.fromkeys(atoms)), flags) if atoms else None


class EdgeChars:
    """The characters that can begin (or end) a match: the one-character patterns of the
    regex that can stand there, with its flags. Each character's answer is worked out the
    first time it is asked (no regex is compiled at load: start-up) and remembered."""

    def __init__(self, atoms: tuple[tuple, ...], flags: int):
        self.atoms = atoms
        self.flags = int(flags & (re.IGNORECASE | re.DOTALL | re.ASCII | re.LOCALE))   # a plain int: enum flags are slow
        self._known: dict[str, bool] = {}
        self._regex: re.Pattern | None = None

    def fits(self, c: str) -> bool:
        """`c` (one character, or "" for none) can stand at the edge."""
        known = self._known.get(c)
        if known is None:
            known = c != "" and self._decide(c)
            if len(self._known) < _MAX_REMEMBERED:
                self._known[c] = known
        return known

    def _decide(self, c: str) -> bool:
        # As re itself answers it (case folding, categories, DOTALL): the atoms as one
        # regex with the pattern's flags, compiled on the first question (not at load).
        if self._regex is None:
            self._regex = re.compile(self.pattern(), self.flags)
        return self._regex.fullmatch(c) is not None

    def pattern(self) -> str:
        """The same as one regex (for tests and for reading)."""
        return "|".join(map(_atom_text, self.atoms))


def _atom_text(atom: tuple) -> str:
    kind = atom[0]
    if kind == "lit":
        return re.escape(atom[1])
    if kind == "not":
        return f"[^{re.escape(atom[1])}]"
    if kind == "any":
        return "."
    _, negate, items = atom
    body = "".join(re.escape(i[1]) if i[0] == "lit" else f"{re.escape(chr(i[1]))}-{re.escape(chr(i[2]))}"
                   if i[0] == "range" else _CATEGORY_TEXT[i[1]] for i in items)
    return f"[{'^' if negate else ''}{body}]"


class Shortlist:
    """Which of an ordered list of regexes may match a text, found in one pass instead of
    one test per regex: Aho-Corasick automata (one over the text, one over its folded
    form) over the strings each regex needs (its rarest set); a regex that needs nothing
    known is always on the list. A regex anchored at the text's start or end leaves the
    list when the text's first or last character cannot stand there (the answer for each
    character is remembered)."""

    def __init__(self, needed: list[Needs | None], keep: int = -1, edges: Shortlist | None = None):
        """`keep`: the bits of the regexes to shortlist (the others are never on the list,
        and their strings are left out of the automata: fewer strings, a faster pass).
        `edges`: a Shortlist of the same `needed` whose answers per edge character this one
        shares (each character is worked out once for all the shortlists of a rule list)."""
        self.always = 0
        masks: tuple[dict[str, int], dict[str, int]] = ({}, {})
        needed = [need if keep >> i & 1 else _NEVER for i, need in enumerate(needed)]
        for i, need in enumerate(needed):
            if need is _NEVER:
                continue
            if need is None or not need.sets:
                self.always |= 1 << i
            else:
                for s in need.sets[0]:
                    masks[need.folded][s] = masks[need.folded].get(s, 0) | 1 << i
        self.plain, self.folded = (_automaton(m) for m in masks)
        # Both sets of strings in one automaton, for a text that folding leaves as it is
        # (Hangul, hanzi, digits: most lines): one pass over it instead of two.
        both = dict(masks[0])
        for s, bits in masks[1].items():
            both[s] = both.get(s, 0) | bits
        self.both = _automaton(both) if self.plain is not None and self.folded is not None else None
        self._firsts = [(1 << i, n.first) for i, n in enumerate(needed) if n is not None and n is not _NEVER and n.first is not None]
        self._lasts = [(1 << i, n.last) for i, n in enumerate(needed) if n is not None and n is not _NEVER and n.last is not None]
        self._anchored = sum(bit for bit, _ in self._firsts + self._lasts)
        self._first_ok: dict[str, int] = {}       # character -> bits of the anchored regexes it lets in
        self._last_ok: dict[str, int] = {}
        self._by_class: dict[tuple, int] = {}     # (edge, class of character) -> the same bits (_CharClasses)
        self._classes: _CharClasses | None = None
        if edges is not None:     # all of `needed`'s anchored regexes: a superset of the bits kept here
            self._firsts, self._lasts, self._anchored = edges._firsts, edges._lasts, edges._anchored
            self._first_ok, self._last_ok, self._by_class = edges._first_ok, edges._last_ok, edges._by_class
            self._classes = edges._edge_classes()

    def mask(self, text: str) -> int:
        """Bit i set: regex i may match `text` (bit clear: it surely does not)."""
        mask = self.always
        folded = fold(text) if self.folded is not None else text
        passes = ((self.both, text),) if self.both is not None and folded == text else \
            ((self.plain, text), (self.folded, folded))
        for automaton, form in passes:
            if automaton is not None:
                # every hit's bits ORed in C (a line of digits and marks has many hits)
                mask = reduce(or_, map(_BITS, automaton.iter(form)), mask)
        if self._anchored and mask & self._anchored:
            mask &= self._edges(text)
        return mask

    def _edges(self, text: str) -> int:
        """Every bit but those of the anchored regexes that `text`'s first or last character
        rules out (the answers for each character remembered)."""
        head = text[:1]
        first = self._first_ok.get(head)
        if first is None:
            first = self._learn(self._first_ok, "first", head, lambda: _letting_in(self._firsts, lambda p: p.fits(head)))
        tail = text[-2:] if text.endswith("\n") else text[-1:]     # $ may stand before a final newline
        last = self._last_ok.get(tail)
        if last is None:
            last = self._learn(self._last_ok, "last", tail, lambda: _letting_in(self._lasts, lambda p: ends_with(p, tail)))
        return first & last

    def _learn(self, known: dict[str, int], edge: str, chars: str, work_out) -> int:
        """The bits for a first character or a last one (`chars`: it, or it and a final
        newline) not met before: those of a character of the same class met before
        (_CharClasses: a class's characters fit every edge alike), else worked out."""
        if self._classes is None:
            self._classes = self._edge_classes()
        cls = self._classes.of(chars[0]) if chars and chars[1:] in ("", "\n") else None
        bits = self._by_class.get((edge, chars[1:], cls)) if cls is not None else None
        if bits is None:
            bits = work_out()
            if cls is not None and len(self._by_class) < _MAX_REMEMBERED:
                self._by_class[edge, chars[1:], cls] = bits
        if len(known) < _MAX_REMEMBERED:
            known[chars] = bits
        return bits

    def _edge_classes(self) -> _CharClasses:
        if self._classes is None:
            self._classes = _CharClasses([p for _, p in self._firsts + self._lasts])
        return self._classes


class _CharClasses:
    """Characters that every edge of a shortlist lets in alike, told apart without asking
    the edges: of two non-ASCII characters that no edge names (as a literal, a negated
    one, or a case form of one), in the same span between the edges' range bounds, and
    alike as \\d, \\w and \\s see them (and, with IGNORECASE, both without case), each
    edge's one-character patterns match both or neither. So the edges' answers for a new
    Hangul syllable or hanzi (most line edges) are those of one met before: a cold
    cleaner asked every edge about each new character (a fifth of its first pass)."""

    def __init__(self, patterns: list[EdgeChars]):
        named: set[str] = set()
        bounds: set[int] = set()
        self.ignorecase = any(p.flags & re.IGNORECASE for p in patterns)
        for p in patterns:
            for atom in p.atoms:
                if atom[0] in ("lit", "not"):
                    named.add(atom[1])
                elif atom[0] == "in":
                    for item in atom[2]:
                        if item[0] == "lit":
                            named.add(item[1])
                        elif item[0] == "range":
                            bounds.update((item[1], item[2] + 1))
        if self.ignorecase:     # a literal's case forms are named too
            named |= {form for c in list(named) for form in (c.lower(), c.upper(), c.casefold()) if len(form) == 1}
        self.named, self.bounds = frozenset(named), sorted(bounds)

    def of(self, c: str) -> tuple | None:
        """`c`'s class (one character), or None for a character that is its own class."""
        if c.isascii() or c in self.named:
            return None
        if self.ignorecase and (c.lower() != c or c.upper() != c or c.casefold() != c or (_TRICKY is not None and c in _TRICKY)):
            return None
        return bisect_right(self.bounds, ord(c)), c.isdecimal(), c.isalnum(), c.isspace()


# --- a Needs as plain values (marshal's), for the stored table ------------------------------
# Every field is kept: the sets as they are, an EdgeChars as its atoms and flags (a class's
# categories as plain ints, mapped back to re's constants), Ways as their Needs. Decoding
# builds new objects with empty memories, as reading the pattern does.
_CATEGORY_OF = {int(c): c for c in _CATEGORY_TEXT}


def _encode(n: Needs | None):
    if n is None:
        return "-"
    ways = None if n.ways is None else (_encode(n.ways.loose), tuple(_encode(w) for w in n.ways.anchored))
    return (n.sets, n.folded, _encode_edge(n.first), _encode_edge(n.last), ways)


def _encode_edge(e: EdgeChars | None):
    if e is None:
        return None
    atoms = tuple(("in", a[1], tuple(("cat", int(i[1])) if i[0] == "cat" else i for i in a[2])) if a[0] == "in" else a
                  for a in e.atoms)
    return atoms, e.flags


def _decode(entry) -> Needs | None:
    if entry == "-":
        return None
    sets, folded, first, last, ways = entry
    if ways is not None:
        ways = Ways(_decode(ways[0]), tuple(_decode(w) for w in ways[1]))
    return Needs(sets, folded, _decode_edge(first), _decode_edge(last), ways)


def _decode_edge(entry) -> EdgeChars | None:
    if entry is None:
        return None
    atoms, flags = entry
    return EdgeChars(tuple(("in", a[1], tuple(("cat", _CATEGORY_OF[i[1]]) if i[0] == "cat" else i for i in a[2]))
                           if a[0] == "in" else a for a in atoms), flags)


_NEVER = Needs(())          # a regex left off a Shortlist (`keep`)
_BITS = itemgetter(1)       # an automaton hit's value: the bits of the regexes needing its string
_MAX_REMEMBERED = 10_000     # characters remembered per shortlist (memory stays bounded)


def _letting_in(anchored: list[tuple[int, EdgeChars]], fits) -> int:
    """All bits but those of the `anchored` regexes whose edge pattern does not fit."""
    return ~sum(bit for bit, pattern in anchored if not fits(pattern))


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
