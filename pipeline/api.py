"""The pipeline from Python, around the pure per-document step (pipeline.document.process).

    doc = pipeline.extract_text("광둥성 선전시는 올해 96.56억 위엔을 투자했다.")
    doc.places[0].name_zh, doc.facts[0].value      # '广东省', Decimal('9656000000')

Results are `DocResult` objects (pipeline/model.py): `clean`, `title`, `published`,
`places` (PlaceMention) and `facts` (Fact) with the fields of docs/contract.md;
`pipeline.frames(results)` turns them into the DataFrames `pipeline.load` reads from disk.
"""
from __future__ import annotations

import dataclasses
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from pipeline.document import process
from pipeline.ingest.profiles import Profiles
from pipeline.model import BadInput, DocResult
from pipeline.rules import Rules, load_rules


@lru_cache(maxsize=4)
def default_rules(rules_dir: Path | None = None, subjects: str | None = None) -> Rules:
    """The packaged rules (plus `rules_dir`), loaded once per process: about a second.
    `subjects`: the subject reader, "eojeol" (the default) or "kiwi"."""
    return load_rules(rules_dir, subjects=subjects)


def extract_text(text: str, *, source: str | None = None, url: str | None = None,
                 rules: Rules | None = None, subjects: str | None = None) -> DocResult:
    """Clean one document given as text (plain or HTML) and find its places and facts.

    `source` names the source profile that cleans it (as in documents.csv; `generic` or a
    file in pipeline/ingest/profiles/); without it the profile is detected from the text.
    `url` becomes the result's `doc_id` (an `.html` ending also marks the text as HTML).
    `subjects="kiwi"` reads facts' subjects with Kiwi instead of the eojeol reader.
    Nothing is read or written but the rules. Raises BadInput when the text cannot be
    processed (the same one-line reason the CLI prints)."""
    rules = rules or (default_rules() if subjects is None else default_rules(subjects=subjects))
    if source is not None:
        rules = dataclasses.replace(rules, profiles=_only(rules.profiles, source))
    doc_id = url or (f"{source}/text" if source else "text")
    result = process(doc_id, text.encode("utf-8"), rules)
    if result.error:
        raise BadInput(result.error)
    return result


def extract_files(paths: Iterable[str | Path], jobs: int = 1, *,
                  rules_dir: Path | None = None, subjects: str | None = None) -> list[DocResult]:
    """Process files as `hanfacts extract` does, in the order given. A file's `doc_id` is
    `<folder>/<name>` (raw/<source>/<file> is detected like in a run), or more of its path
    when two files given would otherwise share one (`a/2025/01.html`, `b/2025/01.html`); files given from
    one folder share its template lines as in a run (pipeline/ingest/template.py); a
    document that fails has `.error` set instead of raising, so one bad file loses
    nothing else."""
    from pipeline.discover import Found, render_name
    from pipeline.engine import process_files, process_path   # the CLI's per-file step and workers

    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    paths = [Path(p) for p in paths]
    items = [Found(render_name(doc_id), p) for doc_id, p in zip(doc_ids(paths), paths)]
    rules = default_rules(rules_dir) if subjects is None else default_rules(rules_dir, subjects)
    items = _with_templates(items, rules)
    if jobs == 1 or len(items) < 2:
        return [process_path(item, rules) for item in items]
    return process_files(items, rules, jobs)


def doc_ids(paths: list[Path]) -> list[str]:
    """`<folder>/<name>` of each file, with as many more folders above as it takes to tell
    two different files apart (the same file given twice keeps one doc_id)."""
    full = [Path(os.path.abspath(p)).parts[1:] for p in paths]      # without the root
    depth = [min(2, len(parts)) for parts in full]
    while True:
        ids = ["/".join(parts[len(parts) - d:]) for parts, d in zip(full, depth)]
        files: dict[str, set[tuple[str, ...]]] = {}
        for doc_id, parts in zip(ids, full):
            files.setdefault(doc_id, set()).add(parts)
        longer = [k for k, doc_id in enumerate(ids) if len(files[doc_id]) > 1 and depth[k] < len(full[k])]
        if not longer:
            return ids
        for k in longer:
            depth[k] += 1


def _with_templates(items: list, rules: Rules) -> list:
    """The files, each with the template lines of its folder among the files given. A
    folder is the file's own (two folders named `2025/` of two sites are two sources, and
    their files' doc_ids `2025/01.html` may be the same): files are keyed by their place
    in `items`."""
    from pipeline.ingest.template import MIN_DOCS, assign
    keys = [f"{os.path.abspath(item.path.parent)}/{k}" for k, item in enumerate(items)]
    folders = Counter(os.path.abspath(item.path.parent) for item in items)
    found = [(key, _candidates(item, rules)) for key, item in zip(keys, items)
             if folders[os.path.abspath(item.path.parent)] >= MIN_DOCS]
    templates = assign([(key, c) for key, c in found if c is not None])
    return [dataclasses.replace(item, template=templates.get(key, frozenset())) for key, item in zip(keys, items)]


def _candidates(item, rules: Rules):
    """The file's template candidates; None when it cannot be read (the step reports it)."""
    from pipeline.work import document_candidates
    try:
        data = item.path.read_bytes()
    except OSError:
        return None
    return document_candidates(item.doc_id, data, rules, item.location)


def _only(profiles: Profiles, name: str) -> Profiles:
    """Profiles that always select `name`."""
    chosen = {p.name: p for p in profiles.all()}.get(name)
    if chosen is None:
        known = ", ".join(p.name for p in profiles.all())
        raise ValueError(f"unknown source profile {name!r}; known: {known}")
    return Profiles(generic=chosen, sources=())
