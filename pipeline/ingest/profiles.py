"""Source profiles: per-source cleaning rules kept as TOML data in profiles/."""
from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PROFILES = Path(__file__).parent / "profiles"


@dataclass(frozen=True)
class LineRule:
    kind: str                       # drop | section | cut | strip
    name: str                       # "<profile>:<rule>"
    regex: re.Pattern
    max_chars: int = 10_000
    date: int | None = None         # priority when the line states the publication date
    examples: tuple = ()
    keep: tuple = ()

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_chars and bool(self.regex.search(line))


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
    data = tomllib.loads(path.read_text(encoding="utf-8"))
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


def _rule(kind: str, profile: str, r: dict) -> LineRule:
    return LineRule(kind=kind, name=f"{profile}:{r['name']}", regex=re.compile(r["pattern"]),
                    max_chars=r.get("max_chars", 10_000), date=r.get("date"),
                    examples=tuple(tuple(e) if isinstance(e, list) else e for e in r.get("examples", [])),
                    keep=tuple(r.get("keep", [])))
