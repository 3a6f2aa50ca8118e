"""Source profiles: per-source cleaning rules kept as TOML data in profiles/."""
from __future__ import annotations

import bisect
import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.ingest.regex_needs import Shortlist, bit_indexes, might_match, might_match_rest, needs
from pipeline.rulecache import parse_toml

PROFILES = Path(__file__).parent / "profiles"

# A line that reads as a sentence: it closes with a period or ends in a predicate
# (-다, -요, -까, -죠). Menus, bylines and time stamps never do.
SENTENCE = re.compile(r"(?:[^\d\s][.?!。]|[다요까죠])[\"'”’」』)\]]*\s*$")   # `2024. 5. 16.` is a date
_SENTENCE_NEEDS = needs(SENTENCE)
# What separates the words of a menu or a button bar.
_SEPARATORS = re.compile(r"[\s|·•/,:：【】\[\]()<>〈〉「」『』▶►■□◆◇※*+\-]+")


@lru_cache(maxsize=1 << 14)     # asked of a line by several cleaning steps (speed only)
def reads_as_sentence(line: str) -> bool:
    # the cheap test first (regex_needs.py): most lines end on a character no sentence ends on
    return might_match(_SENTENCE_NEEDS, line) and bool(SENTENCE.search(line))


@dataclass(frozen=True)
class LineRule:
    kind: str                       # drop | section | cut | strip
    name: str                       # "<profile>:<rule>"
    regex: re.Pattern
    max_chars: int = 10_000
    date: int | None = None         # priority when the line states the publication date
    examples: tuple = ()
    keep: tuple = ()
    sentence_ok: bool = True        # False: a line that reads as a sentence never matches
    at_end: bool = False            # strip: the pattern ends the paragraph (a trailing byline)
    words: re.Pattern | None = None  # drop by vocabulary: the line is mostly these words
    min_words: int = 2
    max_rest: float = 0.4           # share of the line's letters left over after the words
    alone: bool = False             # drop: only a line with no neighbour this rule also matches
    in_text: bool = True            # False (drop): a lone line between two sentences is the text's
    own_if_named: bool = False      # cut: a heading whose words the text above wrote is the text's own
    over_stamp_ok: bool = False     # drop: a line right over the post's stamp, above the text, is its headline
    under_text: bool = False        # drop: only a line under the page's first line of prose (a caption
                                    # inside a script; the same shape above the text is its headline)
    unless: re.Pattern | None = None  # drop: a line this pattern finds is never the rule's, wherever the rule
                                      # matched (a venue's label before the address an office line would have)

    def __post_init__(self) -> None:
        # What every match of the regex contains (regex_needs.py): most lines lack it and
        # skip the search, which makes the cleaner several times faster.
        # A vocabulary rule needs one of its words (when it asks for at least one).
        object.__setattr__(self, "_needs", needs(self.regex, ways=True) if self.words is None else
                           needs(self.words) if self.min_words >= 1 else None)

    def might_match(self, text: str, listed: bool = False) -> bool:
        """False when `self.regex` surely finds nothing in `text` (a cheap test). `listed`: a
        Shortlist of the rule's list put this rule on `text`'s list (Profile.drops_for,
        strips_for), which tested its first needed set and its edges: only the rest is tested."""
        return might_match_rest(self._needs, text) if listed else might_match(self._needs, text)

    def matches(self, line: str, sentence: bool | None = None, listed: bool = False) -> bool:
        """`sentence`: whether `line` reads as a sentence, when the caller knows already;
        `listed`: a Shortlist of the rule's list put this rule on `line`'s list (its first
        needed set and its edges are known to be there)."""
        if len(line) > self.max_chars:
            return False
        if not self.sentence_ok and (reads_as_sentence(line) if sentence is None else sentence):
            return False
        if self.unless is not None and self.unless.search(line):
            return False
        if self.words is not None:
            return self._mostly_words(line)
        return self.might_match(line, listed) and bool(self.regex.search(line))

    def _mostly_words(self, line: str) -> bool:
        """jusText-style: a menu or a button bar is made of a small vocabulary."""
        if self.min_words >= 1 and not self.words.search(line):
            return False       # no word of it at all (the common case): the same answer, sooner
        letters = len(_SEPARATORS.sub("", line))
        rest_text, found = self.words.subn(" ", line)
        rest = len(_SEPARATORS.sub("", rest_text))
        # A lone vocabulary word (`인쇄`) is a button only for rules that accept few words.
        alone = rest == 0 and found > 0 and self.min_words <= 2
        return letters > 0 and rest <= self.max_rest * letters and (found >= self.min_words or alone)


_UNKNOWN = object()
_REMEMBERED = 20_000      # lines whose first drop rule a profile remembers (memory stays bounded)


@dataclass(frozen=True)
class Profile:
    name: str
    rules: tuple[LineRule, ...]
    layout: str = "auto"
    won_means_yuan: bool = False
    paths: tuple[str, ...] = ()
    texts: tuple[re.Pattern, ...] = ()
    edges: dict = field(default_factory=dict)
    heading: re.Pattern | None = None
    page_number: re.Pattern | None = None

    def drops_for(self, length: int, line: str | None = None, sentence: bool = False) -> tuple[LineRule, ...]:
        """The drop rules, in order, that can match a line of `length` characters (most
        rules are for short lines; a paragraph of prose is checked against few); given the
        `line` itself, only those whose needed strings it holds (regex_needs.py: a line
        of prose holds the strings of few rules, so few are tried), and when it reads as a
        `sentence`, none that never matches a sentence."""
        k = bisect.bisect_left(self._limits, length)
        if k >= len(self._drops):
            return ()
        if line is None:
            return self._drops[k]
        # One shortlist per length class and sentence or not, over only the rules that can
        # match such a line: a long line of prose is searched for few strings.
        short = self._shortlists.get((k, sentence))
        if short is None:
            keep = self._length_masks[k] & (self._sentence_ok if sentence else -1)
            if not self._shortlists:     # the first: all the rules, whose answers per edge character all share
                self._shortlists[None] = Shortlist([r._needs for r in self._drop_list])
            short = self._shortlists[k, sentence] = Shortlist([r._needs for r in self._drop_list], keep,
                                                              self._shortlists[None])
        drops = self._drop_list
        return tuple(drops[i] for i in bit_indexes(short.mask(line)))

    def first_drop(self, line: str) -> LineRule | None:
        """The first drop rule, in order, that matches `line`. Remembered per line: a source's
        menus, tickers and footers recur on each of its pages (up to _REMEMBERED lines)."""
        memo = self._first_drop
        rule = memo.get(line, _UNKNOWN)
        if rule is _UNKNOWN:
            sentence = reads_as_sentence(line)
            rule = next((r for r in self.drops_for(len(line), line, sentence) if r.matches(line, sentence, listed=True)), None)
            if len(memo) >= _REMEMBERED:
                memo.clear()
            memo[line] = rule
        return rule

    def forget_lines(self) -> None:
        self._first_drop.clear()

    def strips_for(self, text: str) -> list[LineRule]:
        """The strip rules, in order, whose needed strings `text` holds (the others surely
        find nothing in it: one automaton pass instead of a test per rule)."""
        strips = self._strip_list
        return [strips[i] for i in bit_indexes(self._strip_shortlist.mask(text))]

    def rules_of(self, *kinds: str) -> tuple[LineRule, ...]:
        """The rules of these kinds, in order (remembered: the cleaner asks for every line)."""
        found = self._of_kind.get(kinds)
        if found is None:
            found = self._of_kind[kinds] = tuple(r for r in self.rules if r.kind in kinds)
        return found

    def first_of(self, kinds: tuple[str, ...], line: str) -> LineRule | None:
        """The first rule of these kinds, in order, that matches `line`. A line longer than
        all of them allow (`max_chars`: a heading is short, a line of prose is not) is not
        tried against each."""
        longest = self._longest.get(kinds)
        if longest is None:
            longest = self._longest[kinds] = max((r.max_chars for r in self.rules_of(*kinds)), default=-1)
        if len(line) > longest:
            return None
        return next((r for r in self.rules_of(*kinds) if r.matches(line)), None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_of_kind", {})
        object.__setattr__(self, "_longest", {})       # kinds -> the largest max_chars of their rules (first_of)
        drops = [r for r in self.rules if r.kind == "drop"]
        limits = sorted({r.max_chars for r in drops})
        object.__setattr__(self, "_limits", limits)
        object.__setattr__(self, "_drops", [tuple(r for r in drops if r.max_chars >= n) for n in limits])
        object.__setattr__(self, "_drop_list", drops)
        object.__setattr__(self, "_length_masks", [sum(1 << i for i, r in enumerate(drops) if r.max_chars >= n)
                                                   for n in limits])
        object.__setattr__(self, "_shortlists", {})     # (length class, sentence) -> Shortlist, made on first use
        object.__setattr__(self, "_first_drop", {})     # line -> its first drop rule or None (first_drop)
        object.__setattr__(self, "_sentence_ok", sum(1 << i for i, r in enumerate(drops) if r.sentence_ok))
        strips = [r for r in self.rules if r.kind == "strip"]
        object.__setattr__(self, "_strip_list", strips)
        object.__setattr__(self, "_strip_shortlist", Shortlist([r._needs for r in strips]))

    def detects(self, path: str, text: str) -> bool:
        """`path` is a doc_id or an absolute path: a pattern like `<source>/*` matches it
        when the folder `<source>` is anywhere in it, so where --raw points does not matter."""
        parts = path.split("/")
        tails = ["/".join(parts[i:]) for i in range(len(parts))]
        return any(fnmatch.fnmatch(t, p) for p in self.paths for t in tails) or \
            any(t.search(text[:5000]) for t in self.texts)


@dataclass(frozen=True)
class Profiles:
    generic: Profile
    sources: tuple[Profile, ...]

    def select(self, path: str, text: str) -> Profile:
        return next((p for p in self.sources if p.detects(path, text)), self.generic)

    def all(self) -> tuple[Profile, ...]:
        return (self.generic, *self.sources)


def load_profiles(*dirs: Path) -> Profiles:
    """Load generic.toml and every other profile from PROFILES and any extra dirs;
    a source profile's own rules come first, then the generic ones."""
    files = {f.stem: f for d in (PROFILES, *dirs) for f in sorted(Path(d).glob("*.toml"))}
    generic = _load(files.pop("generic"))
    sources = tuple(_load(f, generic) for _, f in sorted(files.items()))
    return Profiles(generic, sources)


def _load(path: Path, base: Profile | None = None) -> Profile:
    data = parse_toml(path.read_text(encoding="utf-8"))
    name = data["name"]
    if name != path.stem:
        raise ValueError(f"{path}: name {name!r} must equal the file name")
    rules = tuple(_rule(kind, name, r) for kind in ("drop", "section", "cut", "strip") for r in data.get(kind, []))
    hard = data.get("hard_wrap", {})
    detect = data.get("detect", {})
    return Profile(
        name=name,
        rules=rules + (base.rules if base else ()),
        layout=data.get("layout", base.layout if base else "auto"),
        won_means_yuan=data.get("won_means_yuan", False),
        paths=tuple(detect.get("paths", [])),
        texts=tuple(re.compile(t) for t in detect.get("text", [])),
        edges={**(base.edges if base else {}), **data.get("edges", {})},
        heading=re.compile(hard["heading"]) if "heading" in hard else (base.heading if base else None),
        page_number=re.compile(hard["page_number"]) if "page_number" in hard else (base.page_number if base else None),
    )


HEADER_LINES = Path(__file__).parent / "data" / "header_lines.toml"


@lru_cache(maxsize=1)
def header_lines() -> dict[str, dict]:
    """name -> entry of the header lines the cleaner and the title finder share (data/header_lines.toml)."""
    return {h["name"]: h for h in parse_toml(HEADER_LINES.read_text(encoding="utf-8"))["header"]}


def _rule(kind: str, profile: str, r: dict) -> LineRule:
    if "shared" in r:   # pattern, examples and keep from the table the title finder reads too
        shared = header_lines()[r["shared"]]
        r = {**r, **{key: shared[key] for key in ("pattern", "examples", "keep")}}
    words = sorted(r.get("words", []), key=len, reverse=True)   # longest first: `기사검색` before `검색`
    return LineRule(kind=kind, name=f"{profile}:{r['name']}", regex=re.compile(r.get("pattern", "(?!)")),
                    max_chars=r.get("max_chars", 10_000), date=r.get("date"),
                    examples=tuple(tuple(e) if isinstance(e, list) else e for e in r.get("examples", [])),
                    keep=tuple(r.get("keep", [])), sentence_ok=r.get("sentence_ok", True),
                    at_end=r.get("at", "start") == "end",
                    words=re.compile("|".join(re.escape(w) for w in words), re.I) if words else None,
                    min_words=r.get("min_words", 2), max_rest=r.get("max_rest", 0.4),
                    alone=r.get("alone", False), in_text=r.get("in_text", True),
                    own_if_named=r.get("own_if_named", False), under_text=r.get("under_text", False),
                    over_stamp_ok=r.get("over_stamp_ok", False),
                    unless=re.compile(r["unless"]) if "unless" in r else None)
