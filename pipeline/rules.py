"""Everything the per-document step needs, loaded once and passed in (no globals)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import rulecache
from pipeline.ingest.normalize import Normalizer, load_normalizer, load_standard_hanja
from pipeline.ingest.profiles import Profiles, load_profiles


@dataclass
class Rules:
    normalize: Normalizer
    profiles: Profiles
    standard_hanja: Normalizer | None = None   # the places stage's view: 靑 -> 青, offsets kept
    gazetteer: Any = None     # pipeline.places.Gazetteer
    facts: Any = None         # pipeline.facts.FactRules


def load_rules(rules_dir: Path | None = None, stages: tuple[str, ...] = ("places", "facts"),
               subjects: str | None = None) -> Rules:
    """`rules_dir` may hold extra source profiles (profiles/*.toml) and place aliases (places/);
    `subjects` names the subject reader (pipeline.facts.READERS; None: the default)."""
    extra = [rules_dir / "profiles"] if rules_dir and (rules_dir / "profiles").is_dir() else []
    rulecache.use_stored_patterns()      # compiling the rules' regexes was most of this function's time
    with _no_collection():
        rules = Rules(normalize=load_normalizer(), profiles=load_profiles(*extra), standard_hanja=load_standard_hanja())
        if "places" in stages:
            from pipeline.places import load_gazetteer
            rules.gazetteer = load_gazetteer(rules_dir / "places" if rules_dir else None)
        if "facts" in stages:
            from pipeline.facts import load_fact_rules
            rules.facts = load_fact_rules(**({"subjects": subjects} if subjects else {}))
    rulecache.save_patterns()
    return rules


def forget_lines(rules: Rules) -> None:
    """Empty what the cleaner remembers per line (a line's first drop rule, whether it reads
    as a sentence or as prose, its display width): a benchmark's second pass over the same
    documents would otherwise time the memory, not the work (scripts/count_stage.py,
    scripts/bench.py)."""
    from pipeline.ingest import lineshape, profiles, unwrap
    lineshape.is_prose.cache_clear()
    profiles.reads_as_sentence.cache_clear()
    unwrap.forget_widths()
    for profile in rules.profiles.all():
        profile.forget_lines()


@contextmanager
def _no_collection():
    """The cyclic garbage collector paused while the rules are built: they are some
    100,000 objects that live as long as the run, which the collector would otherwise
    scan again and again as they are made (about a third of the gazetteer's loading
    time, and of the profiles' and fact rules')."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

