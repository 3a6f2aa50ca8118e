"""Records passed between stages. Field order of the row types is the column
order of docs/contract.md (after doc_id and sent, which the writer adds)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


class BadInput(Exception):
    """A document that cannot be processed; the message is its one-line reason."""


@dataclass(frozen=True)
class Removed:
    """A line (or part of one) that cleaning dropped, and the rule that dropped it."""
    line_no: int          # 0-based line number in the decoded (or HTML block) text
    text: str
    rule: str             # "<profile>:<rule name>"
    whole_line: bool = True


@dataclass
class PlaceMention:
    start: int
    end: int
    surface: str
    name_zh: str
    name_ko: str
    hanja: str
    pinyin: str
    adcode: str           # six digits, or "" for non-administrative places
    level: str            # province | prefecture | county | zone | region
    province_zh: str
    lat: Decimal | None
    lon: Decimal | None
    match: str            # hanja | sino_korean | transliteration | chinese | alias


@dataclass
class Fact:
    start: int
    end: int
    surface: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    quantity: str
    qualifier: str = ""
    change: str = ""
    subject: str = ""
    period: str = ""
    place: str = ""
    sentence: str = ""


@dataclass
class DocResult:
    """Everything extracted from one document."""
    doc_id: str
    source: str = "generic"
    sha256: str = ""
    encoding: str = ""
    title: str = ""
    published: str = ""
    chars_raw: int = 0
    clean: str = ""
    removed: list[Removed] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    error: str = ""
    won_as: str = ""          # what 원 means here: KRW, CNY, or "" (no amount in 원)
    won_evidence: str = ""    # the signals that decided it (pipeline/facts/currency.py)

    @property
    def status(self) -> str:
        return f"error: {self.error}" if self.error else "ok"
