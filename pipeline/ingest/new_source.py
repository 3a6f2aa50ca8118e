"""`python -m pipeline new-source NAME --sample FILE`: start a source profile and its
sample test from one page, and show what the generic profile already removes and keeps."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from pipeline.document import clean_into
from pipeline.ingest.clean import Cleaned, is_prose
from pipeline.ingest.profiles import PROFILES
from pipeline.model import DocResult
from pipeline.rules import Rules

REPO = PROFILES.parent.parent.parent
SITES = REPO / "tests" / "ingest" / "sites"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")

PROFILE_TEMPLATE = '''# {name}: describe the source here (what it is, what its pages wrap around articles).
# Rules below are added in front of the generic ones (pipeline/ingest/profiles/generic.toml).
# Every rule lists lines it must remove (`examples`) and lines it must keep (`keep`).
name = "{name}"
layout = "auto"            # auto | lines | hard-wrapped
won_means_yuan = false     # true when this source writes 元 as 원

[detect]
paths = ["{name}/*"]       # doc_id globs: put its pages in raw/{name}/
# text = ['a phrase found near the top of every page']

# [[drop]]                 # a whole line goes
# name = "..."
# pattern = '^...$'
# examples = ["..."]
# keep = ["..."]
'''


def _toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)   # a JSON string is a TOML basic string


def new_source(name: str, sample: Path, rules: Rules, profiles: Path = PROFILES,
               sites: Path = SITES) -> tuple[Path, Path, Cleaned, DocResult]:
    if not _NAME.match(name):
        raise ValueError(f"source name {name!r}: use lower-case letters, digits and '-'")
    profile_path = profiles / f"{name}.toml"
    site = sites / name
    if profile_path.exists() or site.exists():
        raise ValueError(f"source {name!r} exists already ({profile_path} or {site})")
    result = DocResult(doc_id=f"{name}/{sample.name}")
    cleaned, _ = clean_into(result, sample.read_bytes(), rules)
    profile_path.write_text(PROFILE_TEMPLATE.format(name=name), encoding="utf-8")
    site.mkdir(parents=True)
    if sample.resolve().is_relative_to(REPO):     # already in the repository (raw/<name>/...): refer to it
        page = os.path.relpath(sample.resolve(), site)
    else:
        page = f"page{sample.suffix.lower()}"
        shutil.copy(sample, site / page)
    (site / "expect.toml").write_text(_expect(name, page, result, cleaned), encoding="utf-8")
    return profile_path, site, cleaned, result


def _expect(name: str, page: str, result: DocResult, cleaned: Cleaned) -> str:
    prose = [p for p in cleaned.paragraphs if is_prose(p)]
    keep = [p[:40] for p in prose[:3]]
    gone = sorted({r.text[:40] for r in cleaned.removed if r.whole_line and len(r.text) >= 4})[:10]
    lines = [
        f"# Sample of {name}: written by `new-source` from what the generic profile does today.",
        "# Check every value, then add to `without` the furniture it still keeps (see the listing",
        "# `new-source` printed, or `python -m pipeline clean FILE --explain`).",
        f'profile = "{name}"', f'file = "{page}"', f'encoding = "{result.encoding}"',
        f"title = {_toml_str(result.title)}", f"published = {_toml_str(result.published)}",
        f"first = {_toml_str(result.clean[:30])}", f"last = {_toml_str(result.clean[-30:])}",
        "with = [" + ", ".join(map(_toml_str, keep)) + "]",
        "without = [" + ", ".join(map(_toml_str, gone)) + "]",
    ]
    return "\n".join(lines) + "\n"


def report(cleaned: Cleaned, result: DocResult) -> str:
    """What generic removes (with the rule) and what it keeps, line by line."""
    out = [f"generic profile: {len(cleaned.removed)} lines removed, {len(cleaned.paragraphs)} paragraphs kept",
           f"title {result.title!r}, published {result.published or '(none)'}, encoding {result.encoding}", "",
           "REMOVED"]
    out += [f"  - {r.rule:<30} {r.text[:90]}" for r in cleaned.removed]
    out += ["", "KEPT (look here for furniture that needs a rule)"]
    out += [f"  {'*' if not is_prose(p) else ' '} {p[:100]}" for p in cleaned.paragraphs]
    out += ["", "(* = not a sentence: headlines, and the likeliest furniture)"]
    return "\n".join(out)
