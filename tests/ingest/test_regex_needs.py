"""The cheap test before a rule's regex (pipeline/ingest/regex_needs.py) may only say
"surely no match" when the regex indeed finds nothing: it makes the cleaner faster and
must never change what it removes."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.ingest.profiles import load_profiles, reads_as_sentence
from pipeline.ingest.regex_needs import Shortlist, bit_indexes, fold, might_match, might_match_rest, needs

PROFILES = load_profiles()
RULES = [r for p in PROFILES.all() for r in p.rules]


def _regex(rule):
    return rule.words if rule.words is not None else rule.regex


def _lines(rule):
    for e in rule.examples + rule.keep:
        yield from (e if isinstance(e, tuple) else (e,))


@pytest.mark.parametrize(("pattern", "strings"), [
    (r"통권\s*제?\s?\d", [{"통권"}]),
    (r"^[▲▼]\s*\d", [{"▲", "▼"}]),
    (r"(?:기자|특파원)\s*=", [{"기자", "특파원"}, {"="}]),
    (r"(?:ab)+c", [{"ab"}, {"c"}]),
    (r"x?y", [{"y"}]),
    (r"(?=abc)", [{"abc"}]),
    (r"[가-힣]{2,3}(?=\s?(?:씨|님))", [{"씨", "님"}]),
    (r"(?<=ab)c(?!d)", [{"ab"}, {"c"}]),
])
def test_what_a_pattern_needs(pattern, strings):
    found = needs(re.compile(pattern))
    assert found is not None and not found.folded
    assert sorted(map(sorted, found.sets)) == sorted(map(sorted, strings))


@pytest.mark.parametrize("pattern", [r"\d+", r"a|\d", r"[^가]", r"x?", r".{3}", r"(?!abc)", r"(?<!a)\d", r"[가-힣]", r"(a)?\d"])
def test_patterns_that_need_nothing_known(pattern):
    assert needs(re.compile(pattern)) is None


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)copyright", "COPYRIGHT 2025"), (r"(?i)sk", "ſK"), (r"(?i)ik", "İK"), (r"(?i)ik", "ıK"),
    (r"(?i)ⓒ 가상", "Ⓒ 가상"), (r"(?i)all\s+rights", "All Rights"), (r"(?i:url)\s*복사", "URL 복사"),
])
def test_case_insensitive_patterns_are_looked_for_folded(pattern, text):
    regex = re.compile(pattern)
    assert regex.search(text) and might_match(needs(regex), text)


def test_fold_keeps_caseless_text():
    assert fold("광둥성 GDP ſ İ") == "광둥성 gdp s i"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_line_that_matches_passes_the_cheap_test(rule):
    for line in _lines(rule):
        if _regex(rule).search(line):
            assert rule.might_match(line) if rule.words is None else might_match(rule._needs, line)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_cheap_test_never_hides_a_match(data):
    """Lines made of the rules' own strings, their example lines cut up, and other
    characters: whenever a regex matches, the cheap test says it may."""
    pieces = sorted({s for r in RULES if r._needs for one in r._needs.sets for s in one}
                    | {w for r in RULES for w in _lines(r) for w in w.split()})
    line = "".join(data.draw(st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=3)), max_size=8)))
    for rule in RULES:
        if _regex(rule).search(line):
            assert might_match(rule._needs, line), (rule.name, line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted({w for r in RULES for line in _lines(r) for w in line.split()})),
                min_size=1, max_size=6).map(" ".join))
def test_shortlist_keeps_every_rule_that_matches(line):
    for profile in PROFILES.all():
        sentence = reads_as_sentence(line)
        every = [r for r in profile.drops_for(len(line)) if r.matches(line, sentence)]
        assert [r for r in profile.drops_for(len(line), line) if r.matches(line, sentence)] == every
        assert [r for r in profile.drops_for(len(line), line, sentence) if r.matches(line, sentence)] == every
        # a listed rule is tested only for what its shortlist did not test (might_match_rest)
        assert [r for r in profile.drops_for(len(line), line, sentence) if r.matches(line, sentence, listed=True)] == every
        strips = profile.strips_for(line)
        assert all(r in strips for r in profile.rules_of("strip") if r.regex.search(line))
        assert [r for r in strips if r.might_match(line, listed=True) and r.regex.search(line)] == \
            [r for r in profile.rules_of("strip") if r.regex.search(line)]


def test_a_listed_regex_is_tested_for_its_other_needs_only():
    """might_match_rest leaves out the first needed set (the shortlist found it) and the edges
    (the shortlist tested them), and tests the other sets and the ways."""
    need = needs(re.compile("^기자.*(?:메일|전화)"))
    assert len(need.sets) == 2 and need.first is not None
    assert might_match_rest(need, "메일 주소") and not might_match(need, "메일 주소")
    assert not might_match_rest(need, "기자 홍길동") and not might_match(need, "기자 홍길동")
    assert might_match_rest(None, "무엇이든")
    ways = needs(re.compile(r"^주소\s*[:：]|^우\s?\d{5}\s"), ways=True)
    assert ways.ways is not None
    assert not might_match_rest(ways, "도시 우편 12345") and might_match_rest(ways, "우 12345 서울")


def test_shortlist_bits():
    short = Shortlist([needs(re.compile("기자")), None, needs(re.compile("(?i)url"))])
    assert bit_indexes(short.mask("홍길동 기자")) == [0, 1]
    assert bit_indexes(short.mask("URL 복사")) == [1, 2]
    assert bit_indexes(short.mask("본문")) == [1]



@pytest.mark.parametrize(("pattern", "fits", "not_fits"), [
    (r"^\d{4}년", ["2024년", "2024년 5월"], ["가2024년", " 2024년", ""]),
    (r"^(?:ab)?c", ["abc", "cd"], ["bc", "xc"]),
    (r"^[※*]\s*(?:이|본)|^(?:이|본)\s*기사", ["※ 이 기사", "본 기사"], ["그 기사", ""]),
    (r"\d{1,2}\.?[)\]]?$", ["12", "3.", "4)", "5.]", "6\n"], ["7 ", "8a", "9\n\n"]),
    (r"(?i)^copy", ["COPYright"], ["ⓒ copy"]),
    (r"^\s*-\s*\d+\s*-\s*$", ["- 7 -", " - 12 -\n"], ["7 -", "- 7"]),
])
def test_anchored_patterns_say_what_stands_first_or_last(pattern, fits, not_fits):
    regex, need = re.compile(pattern), needs(re.compile(pattern))
    for text in fits:
        assert might_match(need, text), text
    for text in not_fits:
        assert not might_match(need, text) and not regex.search(text), text


@pytest.mark.parametrize("pattern", [r"^a|b$", r"a$|^b", r"(?:x|^y)z", r"(?m)^a", r"^\s*$", r"^(?:a|)b?$"])
def test_patterns_anchored_only_in_part_say_nothing_of_their_edges(pattern):
    need = needs(re.compile(pattern))
    assert need is None or (need.first is None and need.last is None)


def test_shortlist_leaves_out_anchored_regexes_by_the_edge_characters():
    short = Shortlist([needs(re.compile(r"^\d")), needs(re.compile("가$")), None])
    assert bit_indexes(short.mask("1 가")) == [0, 1, 2]
    assert bit_indexes(short.mask("가 1")) == [2]
    assert bit_indexes(short.mask("1 가\n")) == [0, 1, 2]       # $ before a final newline
    assert bit_indexes(short.mask("")) == [2]


def test_no_rule_match_in_the_sample_pages_is_hidden():
    """Every line of the shipped samples and the development pages, against every rule."""
    root = Path(__file__).parents[2]
    lines = {line.strip() for d in [root / "raw", root / "tests" / "devset"]
             for p in sorted(d.rglob("*")) if p.suffix in (".txt", ".html") and "heldout" not in str(p)
             for line in p.read_text(encoding="utf-8", errors="replace").splitlines()}
    assert len(lines) > 1000
    for rule in RULES:
        regex = _regex(rule)
        for line in lines:
            if regex.search(line):
                assert might_match(rule._needs, line), (rule.name, line)


_EDGES = [e for r in RULES if r._needs for e in (r._needs.first, r._needs.last) if e is not None]


@settings(max_examples=300, deadline=None)
@given(st.characters() | st.sampled_from(sorted({c for r in RULES for line in _lines(r) for c in line} | {"\n", "_"})))
def test_edge_characters_are_decided_as_re_would(c):
    """EdgeChars answers without compiling a regex; re, given the same one-character
    patterns and flags, agrees on every character."""
    assert _EDGES
    for edge in _EDGES:
        assert edge.fits(c) == bool(re.compile(edge.pattern(), edge.flags).fullmatch(c)), (edge.pattern(), c)


def test_an_alternation_is_read_way_by_way():
    """One anchored way that needs only a common character (`^우…`) no longer lets every
    line with that character through: each anchored way is tested with its own edges."""
    regex = re.compile(r"^주소\s*[:：]|팩스|^(?:\(\s*\d{5}\s*\)|우\s?\d{5})\s*[가-힣]{2,}(?:시|도)\s|발행처")
    whole, ways = needs(regex), needs(regex, ways=True)
    for text in ["주요 도시의 (12345) 통계", "도시마다 우 12345 번호", "경제 도시 주소록"]:
        assert might_match(whole, text) and not might_match(ways, text) and not regex.search(text), text
    for text in ["주소: 서울", "우 12345 서울시 중구", "(12345) 부산시 해운대", "대표 팩스 02-000-0000", "발행처 가상출판"]:
        assert regex.search(text) and might_match(ways, text), text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([r"(?:^a|b)c", r"^a|b$", r"x(?:^y|z)", r"^ab|cd|e$|^f|g", r"(?i)^Ab|cD", r"(?:^a|b|^c)+d$",
                        r"^\d{2}|가$|나", r"(a)|^b\1?"]),
       st.text(alphabet="abcdefgxyzAD12가나 \n", max_size=8))
def test_ways_never_hide_a_match(pattern, text):
    regex = re.compile(pattern)
    if regex.search(text):
        assert might_match(needs(regex, ways=True), text), (pattern, text)


def test_first_drop_is_the_first_rule_that_matches_asked_once_or_again():
    """Profile.first_drop remembers its answer per line: the same as trying the drop rules in
    order, the first time and the next (lines of the samples and the rules' own examples)."""
    root = Path(__file__).parents[2]
    lines = sorted({" ".join(line.split()) for p in sorted((root / "raw").rglob("*")) if p.suffix in (".txt", ".html")
                    for line in p.read_text(encoding="utf-8", errors="replace").splitlines()}
                   | {line for r in RULES for line in _lines(r)})
    for profile in PROFILES.all():
        def plain(line):
            sentence = reads_as_sentence(line)
            return next((r for r in profile.drops_for(len(line)) if r.matches(line, sentence)), None)
        expected = [plain(line) for line in lines]
        assert any(expected) and not all(expected)
        for _ in range(2):
            assert [profile.first_drop(line) for line in lines] == expected
