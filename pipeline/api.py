"""The pipeline from Python, around the pure per-document step (pipeline.document.process).

    doc = pipeline.extract_text("광둥성 선전시는 올해 96.56억 위엔을 투자했다.")
    doc.places[0].name_zh, doc.facts[0].value      # '广东省', Decimal('9656000000')

Results are `DocResult` objects (pipeline/model.py): `clean`, `title`, `published`,
`places` (PlaceMention) and `facts` (Fact) with the fields of docs/contract.md;
`pipeline.frames(results)` turns them into the DataFrames `pipeline.load` reads from disk.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from pipeline.document import process
from pipeline.ingest.profiles import Profiles
from pipeline.model import BadInput, DocResult
from pipeline.rules import Rules, load_rules


@lru_cache(maxsize=4)
def default_rules(rules_dir: Path | None = None) -> Rules:
    """The packaged rules (plus `rules_dir`), loaded once per process: about a second."""
    return load_rules(rules_dir)


def extract_text(text: str, *, source: str | None = None, url: str | None = None,
                 rules: Rules | None = None) -> DocResult:
    """Clean one document given as text (plain or HTML) and find its places and facts.

    `source` names the source profile that cleans it (as in documents.csv; `generic` or a
    file in pipeline/ingest/profiles/); without it the profile is detected from the text.
    `url` becomes the result's `doc_id` (an `.html` ending also marks the text as HTML).
    Nothing is read or written but the rules. Raises BadInput when the text cannot be
    processed (the same one-line reason the CLI prints)."""
    rules = rules or default_rules()
    if source is not None:
        rules = dataclasses.replace(rules, profiles=_only(rules.profiles, source))
    doc_id = url or (f"{source}/text" if source else "text")
    result = process(doc_id, text.encode("utf-8"), rules)
    if result.error:
        raise BadInput(result.error)
    return result


def extract_files(paths: Iterable[str | Path], jobs: int = 1, *,
                  rules_dir: Path | None = None) -> list[DocResult]:
    """Process files as `hanfacts extract` does, in the order given. A file's `doc_id` is
    `<folder>/<name>` (raw/<source>/<file> is detected like in a run); files given from
    one folder share its template lines as in a run (pipeline/ingest/template.py); a
    document that fails has `.error` set instead of raising, so one bad file loses
    nothing else."""
    from pipeline.discover import Found, render_name
    from pipeline.engine import process_files, process_path   # the CLI's per-file step and workers

    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    items = [Found(render_name(f"{Path(p).parent.name}/{Path(p).name}"), Path(p)) for p in paths]
    rules = default_rules(rules_dir)
    items = _with_templates(items, rules)
    if jobs == 1 or len(items) < 2:
        return [process_path(item, rules) for item in items]
    return process_files(items, rules, jobs)


def _with_templates(items: list, rules: Rules) -> list:
    """The files, each with the template lines of its folder among the files given."""
    from pipeline.ingest.template import MIN_DOCS, assign, source_of
    from pipeline.work import candidates_path
    folders = Counter(source_of(item.doc_id) for item in items)
    found = [candidates_path(item, rules) for item in items if folders[source_of(item.doc_id)] >= MIN_DOCS]
    templates = assign([(doc_id, c) for doc_id, c in found if c is not None])
    return [dataclasses.replace(item, template=templates.get(item.doc_id, frozenset())) for item in items]


def _only(profiles: Profiles, name: str) -> Profiles:
    """Profiles that always select `name`."""
    chosen = {p.name: p for p in profiles.all()}.get(name)
    if chosen is None:
        known = ", ".join(p.name for p in profiles.all())
        raise ValueError(f"unknown source profile {name!r}; known: {known}")
    return Profiles(generic=chosen, sources=())
