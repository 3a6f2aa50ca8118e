"""A mention of a place in the clean text as the matcher finds it and decides it (matcher.py;
the rules of namesakes.py and same_reading.py read it too)."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.places.gazetteer import Candidate, Place


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    cands: list[Candidate]
    korean: bool
    strong: bool
    ext_end: int = 0                       # end including a following gloss
    place: Place | None = None             # fixed by a gloss
    accepted: bool = False
    gloss_only: bool = False
    vetoed: bool = False
    runs_on: bool = False                  # more Hangul follows that is no particle
    reason: str = ""                       # the evidence that accepted it: glossed | nearby | document | context
    by_column: bool = False                # accepted only as a cell of a column of places
    other_gloss: bool = False              # glossed with hanja naming no place of it: 광주(光州)
    facility: bool = False                 # the name of an airport or station after its city: 광주 백운공항

    @property
    def parent_only(self) -> bool:
        """新城区, 신성구: a district named only right after its own city."""
        return all(c.strength == "parent" for c in self.cands)
