"""Cleaning: drop page furniture line by line with a source profile, rejoin wrapped
text, and account for every removed line."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile
from pipeline.ingest.unwrap import is_hard_wrapped, unwrap
from pipeline.model import Removed

_PROSE = re.compile(r"[.?!。][\"'”’」』)]*$")
_PROSE_MIN_CHARS = 20
_DATE = re.compile(r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})")


@dataclass
class Cleaned:
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    published: str = ""
    layout: str = "lines"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def iso_date(s: str) -> str:
    """`2025.12.15 (월)`, `2025-11-03T14:20:00+09:00`, `2025년 11월 3일` -> `2025-12-15`."""
    m = _DATE.search(s)
    if not m:
        return ""
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


def is_prose(line: str) -> bool:
    return len(line) >= _PROSE_MIN_CHARS and bool(_PROSE.search(line))


def clean(lines: list[str], profile: Profile, wrapped_ok: bool = True, title: str = "") -> Cleaned:
    """`lines` are normalised lines, trailing spaces kept (they matter for unwrapping).
    `wrapped_ok` is False for HTML, whose lines are blocks, never wraps. A known `title`
    (from the page's metadata) marks where the article starts."""
    items = [(i, raw) for i, raw in enumerate(lines) if raw.strip()]
    removed: list[Removed] = []
    dates: list[tuple[int, str]] = []
    kept = _drop_lines(items, profile, removed, dates)
    kept = _drop_before_title(kept, title, profile, removed)
    kept = _drop_sections(kept, profile, removed)
    kept = _drop_edges(kept, profile, removed)
    layout = profile.layout
    if layout == "auto":
        layout = "hard-wrapped" if wrapped_ok and is_hard_wrapped([raw for _, raw in kept]) else "lines"
    if layout == "hard-wrapped":
        kept = _drop_page_furniture(kept, profile, removed)
        paragraphs = unwrap([raw for _, raw in kept], profile.heading)
    else:
        paragraphs = [squeeze_spaces(raw) for _, raw in kept]
    paragraphs = [squeeze_spaces(_strip(p, profile, removed)) for p in paragraphs]
    removed.sort(key=lambda r: r.line_no)
    published = min(dates, key=lambda d: d[0])[1] if dates else ""   # first of the best kind
    return Cleaned([p for p in paragraphs if p], removed, published, layout)


def _drop_lines(items, profile, removed, dates):
    kept = []
    for i, raw in items:
        line = squeeze_spaces(raw)
        rule = next((r for r in profile.rules if r.kind == "drop" and r.matches(line)), None)
        if rule is None or any(r.kind == "cut" and r.matches(line) for r in profile.rules):
            kept.append((i, raw))
            continue
        removed.append(Removed(i, line, rule.name))
        if rule.date is not None and iso_date(line):
            dates.append((rule.date, iso_date(line)))
    return kept


def _first_prose(items) -> int:
    return next((k for k, (_, raw) in enumerate(items) if is_prose(squeeze_spaces(raw))), len(items))


def _drop_before_title(items, title, profile, removed):
    """Everything above the headline, once the headline is found above the first prose."""
    if len(title) < 8:
        return items
    head = items[:_first_prose(items)]
    k = next((k for k, (_, raw) in enumerate(head)
              if len(line := squeeze_spaces(raw)) >= 8 and (line in title or title in line)), None)
    if not k:
        return items
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:before_title") for i, raw in items[:k])
    return items[k:]


def _drop_sections(items, profile, removed):
    """After the article has begun, a furniture heading takes the lines after it until
    the next line of prose, a cut heading all the rest (above the article, such words
    are menu items)."""
    kept, in_section = [], None
    first = _first_prose(items)
    for k, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        rule = k > first and next((r for r in profile.rules if r.kind in ("section", "cut") and r.matches(line)), None)
        if rule and rule.kind == "cut":
            removed.extend(Removed(j, squeeze_spaces(x), rule.name) for j, x in items[k:])
            break
        if rule:
            in_section = rule
        elif in_section and is_prose(line):
            in_section = None
        if in_section:
            removed.append(Removed(i, line, in_section.name))
        else:
            kept.append((i, raw))
    return kept


def _drop_edges(items, profile, removed):
    """Before the first line of prose, runs of menu-like short lines; after the last,
    every short line that is not a sentence."""
    edges = profile.edges
    prose = [k for k, (_, raw) in enumerate(items) if is_prose(squeeze_spaces(raw))]
    if not prose or not edges:
        return items
    first, last = prose[0], prose[-1]
    drop = set()
    run: list[int] = []
    for k in range(first + 1):
        line = squeeze_spaces(items[k][1])
        if k < first and len(line) <= edges["menu_max_chars"] and not _PROSE.search(line):
            run.append(k)
            continue
        if len(run) >= edges["menu_min_run"]:
            drop.update(run)
        run = []
    for k in range(last + 1, len(items)):
        line = squeeze_spaces(items[k][1])
        if len(line) <= edges["tail_max_chars"] and not _PROSE.search(line):
            drop.add(k)
    for k in sorted(drop):
        i, raw = items[k]
        removed.append(Removed(i, squeeze_spaces(raw), f"{profile.name}:{'menu' if k < first else 'tail'}"))
    return [it for k, it in enumerate(items) if k not in drop]


_RUNNING_HEADER_MIN = 3      # a short line repeated this often is a page header or footer
_RUNNING_HEADER_MAX_CHARS = 60


def _drop_page_furniture(items, profile, removed):
    """Page numbers and running headers of a paginated report, even mid-sentence."""
    counts: dict[str, int] = {}
    for _, raw in items:
        counts[raw.strip()] = counts.get(raw.strip(), 0) + 1
    kept = []
    for i, raw in items:
        line = raw.strip()
        if profile.page_number and profile.page_number.match(line):
            removed.append(Removed(i, line, f"{profile.name}:page_number"))
        elif counts[line] >= _RUNNING_HEADER_MIN and len(line) <= _RUNNING_HEADER_MAX_CHARS:
            removed.append(Removed(i, line, f"{profile.name}:running_header"))
        else:
            kept.append((i, raw))
    return kept


def _strip(paragraph: str, profile: Profile, removed: list[Removed]) -> str:
    for rule in profile.rules:
        if rule.kind == "strip":
            m = rule.regex.match(paragraph)
            if m and m.end() < len(paragraph):
                removed.append(Removed(-1, m.group(0).strip(), rule.name, whole_line=False))
                return paragraph[m.end():]
    return paragraph
