"""Every rule of every source profile runs its own examples."""
from pathlib import Path

import pytest

from pipeline.ingest.clean import clean, strip_glued
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import PROFILES, load_profiles

PROFILES_ALL = load_profiles().all()
RULES = [(p.name, r) for p in PROFILES_ALL for r in p.rules if r.name.startswith(p.name + ":")]
SITES = Path(__file__).parent / "sites"


@pytest.mark.parametrize("rule", [r for _, r in RULES], ids=[r.name for _, r in RULES])
def test_rule_examples(rule):
    assert rule.examples, f"{rule.name} has no examples"
    for example in rule.examples:
        if rule.kind == "strip" and rule.at_end:
            given, expected = example
            m = rule.regex.search(given)
            assert m and m.end() == len(given) and given[:m.start()] == expected, f"{rule.name}: {given!r}"
        elif rule.kind == "strip":
            given, expected = example
            m = rule.regex.match(given)
            assert m and given[m.end():] == expected, f"{rule.name}: {given!r}"
        else:
            assert rule.matches(squeeze_spaces(example)), f"{rule.name} should remove {example!r}"
    for line in rule.keep:
        if rule.kind == "strip":
            found = rule.regex.search(line) if rule.at_end else rule.regex.match(line)
            assert not found, f"{rule.name} should not touch {line!r}"
        else:
            assert not rule.matches(line), f"{rule.name} should keep {line!r}"


BODY = "중국 광둥성의 올해 1~9월 수출액은 지난해 같은 기간보다 7.2% 늘어난 것으로 집계됐다."
GENERIC_RULES = [r for r in load_profiles().generic.rules]


@pytest.mark.parametrize("rule", GENERIC_RULES, ids=[r.name for r in GENERIC_RULES])
def test_rule_examples_with_a_body_sentence_in_front(rule):
    """A rule removes a line only when the whole line is furniture: the same furniture
    after a sentence of the article on the same line leaves the sentence whole, and on
    a line of its own after that sentence it goes while the sentence stays."""
    generic = load_profiles().generic
    for example in rule.examples:
        given, expected = example if rule.kind == "strip" else (example, "")
        glued = clean([f"{BODY} {given}"], generic, wrapped_ok=False)
        assert BODY in glued.text, f"{rule.name}: {given!r} after a body sentence cost the sentence"
        if rule.kind == "strip" and rule.at_end:
            assert glued.text == f"{BODY} {expected}", f"{rule.name}: {given!r}"
        own_line = clean([BODY, given], generic, wrapped_ok=False)
        assert BODY in own_line.text
        if rule.kind == "drop":
            assert squeeze_spaces(given) not in own_line.text, f"{rule.name}: {given!r} survived on its own line"


def test_strip_glued_takes_an_agency_tag_off_a_headline():
    generic = load_profiles().generic
    assert strip_glued("광둥성 3분기 수출 7.2% 증가 〈한빛통신〉", generic) == "광둥성 3분기 수출 7.2% 증가"
    assert strip_glued("장주탄 시범구, 중부 혁신축을 다시 세우다[시장 인사이트 64]", generic) == \
        "장주탄 시범구, 중부 혁신축을 다시 세우다[시장 인사이트 64]"


def test_generic_rules_keep_each_others_examples():
    """A line one rule must keep is not removed by another rule either."""
    generic = load_profiles().generic
    for rule in generic.rules:
        for line in rule.keep:
            hit = [r.name for r in generic.rules if r.kind != "strip" and r.matches(line)]
            assert not hit, f"{line!r} (kept by {rule.name}) removed by {hit}"


def test_every_source_profile_has_a_sample_and_back():
    """A source is one id in two places: its profile and its sample folder."""
    profiles = {f.stem for f in PROFILES.glob("*.toml")} - {"generic"}
    samples = {d.name for d in SITES.iterdir() if (d / "expect.toml").exists()} if SITES.exists() else set()
    import tomllib
    declared = {tomllib.loads((SITES / s / "expect.toml").read_text(encoding="utf-8")).get("profile", "generic")
                for s in samples}
    assert profiles <= samples, f"profiles without a sample folder: {profiles - samples}"
    assert declared - {"generic"} <= profiles, f"samples naming a missing profile: {declared - profiles}"


def test_profile_selection_by_path():
    profiles = load_profiles()
    assert profiles.select("report-2004/000_8c6fa38a57622a72.txt", "").name == "report-2004"
    assert profiles.select("news-2025/x.txt", "").name == "generic"
