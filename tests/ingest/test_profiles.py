"""Every rule of every source profile runs its own examples."""
from pathlib import Path

import pytest

from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import PROFILES, load_profiles

PROFILES_ALL = load_profiles().all()
RULES = [(p.name, r) for p in PROFILES_ALL for r in p.rules if r.name.startswith(p.name + ":")]
SITES = Path(__file__).parent / "sites"


@pytest.mark.parametrize("rule", [r for _, r in RULES], ids=[r.name for _, r in RULES])
def test_rule_examples(rule):
    assert rule.examples, f"{rule.name} has no examples"
    for example in rule.examples:
        if rule.kind == "strip":
            given, expected = example
            m = rule.regex.match(given)
            assert m and given[m.end():] == expected, f"{rule.name}: {given!r}"
        else:
            assert rule.matches(squeeze_spaces(example)), f"{rule.name} should remove {example!r}"
    for line in rule.keep:
        if rule.kind == "strip":
            assert not rule.regex.match(line), f"{rule.name} should not touch {line!r}"
        else:
            assert not rule.matches(line), f"{rule.name} should keep {line!r}"


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
