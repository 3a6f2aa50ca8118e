"""Unicode normalisation of text before cleaning; the clean text (and every offset)
is in this form: NFC, ASCII digits/Latin, one middle dot.

Hanja stay as the page writes them: a Korean variant form (靑島, 鎭江, KS X 1001 glyphs) is the
writer's text, and the clean text is what a reader searches the page for and what every
`surface` quotes ("the text as written", docs/contract.md). The places stage reads variant
forms itself (pipeline/places/data/variants.tsv), so nothing needs them rewritten here.
(Until 30 Nov they were rewritten to 青, 鎮: a sentence with `청도(靑島)` was then not to be
found in the clean text.) `standard_hanja` gives the places stage a view of the clean
text with each variant replaced by its standard form, character for character, so that
offsets stay those of the clean text."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"


# Full-width ASCII (U+FF01..FF5E) is ASCII shifted by 0xFEE0.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
# Every Unicode space separator (Zs) is a plain space, and so are the Hangul fillers (U+3164,
# U+FFA0 and the conjoining U+115F, U+1160), which hostile or careless pages put for a space and
# which would otherwise glue two names into one word (교주만ㅤ대교).
_SPACES = {c: " " for c in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000,
                            0x3164, 0xFFA0, 0x115F, 0x1160)}
_INVISIBLE = {c: None for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)}
# ⋅ ․ ・ ･ ∙ ‧ and ㆍ (the old-Hangul letter araea) all serve as the Korean 가운뎃점 in our sources.
MIDDLE_DOT = "\u00b7"
_DOTS = {c: MIDDLE_DOT for c in (0x22C5, 0x2024, 0x30FB, 0xFF65, 0x2219, 0x2027, 0x318D)}


@dataclass(frozen=True)
class Normalizer:
    table: dict[int, object]
    nfc: bool = True          # also NFC (and one kind of line end); False: only the table

    def __post_init__(self) -> None:
        # The characters the table maps, as one class: finding them is some fifty times
        # cheaper than str.translate (a dict lookup per character), and most text has
        # none or few of them.
        chars = "".join(re.escape(chr(c)) for c in sorted(self.table))
        object.__setattr__(self, "_mapped", re.compile(f"[{chars}]") if chars else re.compile("(?!)"))

    def __call__(self, text: str) -> str:
        if self.nfc:
            text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        # The same as .translate(self.table), mapping only the characters found.
        return self._mapped.sub(self._replace, text)

    def _replace(self, m: re.Match) -> str:
        to = self.table[ord(m.group())]
        return "" if to is None else chr(to) if isinstance(to, int) else to


def load_normalizer() -> Normalizer:
    table: dict[int, object] = {**_FULLWIDTH, **_SPACES, **_INVISIBLE, **_DOTS}
    # U+FF5E (full-width tilde) and U+301C (wave dash) both mean a range.
    table[0x301C] = "~"
    return Normalizer(table)


def load_variant_hanja(path: Path = DATA / "variant_hanja.tsv") -> list[tuple[str, str, str, str]]:
    """Rows (variant, standard, example, expected) of the variant-hanja table."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            variant, standard, example, expected = line.split("\t")
            rows.append((variant, standard, example, expected))
    return rows


def load_standard_hanja() -> Normalizer:
    """Korean variant hanja -> standard traditional form, one character for one (靑 -> 青): for
    the places stage's view of the clean text, never for the clean text itself."""
    return Normalizer({ord(v): ord(s) for v, s, _, _ in load_variant_hanja()}, nfc=False)


_WS_RUN = re.compile(r"[ \t]+")


def squeeze_spaces(line: str) -> str:
    if "  " not in line and "\t" not in line:     # no run to squeeze (most lines): skip the regex
        return line.strip()
    return _WS_RUN.sub(" ", line).strip()
