"""spaCy integration (pip install 'hanfacts[spacy]'); both parts are found through entry points.

    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "hanfacts.tokenizer"}}})
    nlp.add_pipe("hanfacts")
    doc = nlp(pipeline.extract_text(page).clean)
    [(s.text, s._.name_zh, s._.adcode) for s in doc.spans["places"]]

The component runs the places and facts stages on `doc.text` as it is (clean it first
with `pipeline.extract_text`; cleaning drops lines, so it cannot run inside a Doc). It
sets `doc.spans["places"]`, `doc.spans["facts"]` and `doc.ents` (the places), with the
contract's columns as extension attributes (`span._.name_zh`, `span._.value`, ...).

Each span covers exactly the row's surface, never a widened token: Korean writes a
particle onto the name (`광둥성은`) and hanzi run together (`上海证券交易所`), so tokens
are split where the mentions start and end. The `hanfacts.tokenizer` does it at
tokenization: it splits on whitespace, splits punctuation off outside mentions, and then
splits every remaining token at the character offsets where the pipeline's mentions begin
and end (it runs the pipeline to find them, and hands the result on to the component).
With any other tokenizer (`spacy.blank("xx")`) the component splits the tokens it needs
to with spaCy's retokenizer instead.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import fields
from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry
from spacy.vocab import Vocab

from pipeline.api import default_rules
from pipeline.document import analyse
from pipeline.model import Fact, PlaceMention
from pipeline.rules import Rules

PLACE_FIELDS = [f.name for f in fields(PlaceMention) if f.name not in ("start", "end", "surface")]
FACT_FIELDS = [f.name for f in fields(Fact) if f.name not in ("start", "end", "surface")]
_CACHE = "hanfacts"     # doc.user_data key: (text, places, facts) found by the tokenizer


def _rules(rules_dir: str | None) -> Rules:
    return default_rules(Path(rules_dir) if rules_dir else None)


def mentions(text: str, rules: Rules, won_means_yuan: bool = False
             ) -> tuple[list[PlaceMention], list[Fact]]:
    """Places and facts of a clean text, offsets into `text`."""
    found = analyse(text, rules, won_means_yuan)
    return found.places, found.facts


class HanfactsTokenizer:
    """Whitespace tokens, split at punctuation outside mentions and at mention edges."""

    def __init__(self, vocab: Vocab, rules_dir: str | None = None, won_means_yuan: bool = False):
        self.vocab, self.rules_dir, self.won_means_yuan = vocab, rules_dir, won_means_yuan

    def __call__(self, text: str) -> Doc:
        places, facts = mentions(text, _rules(self.rules_dir), self.won_means_yuan)
        words, spaces = tokenize(text, [(m.start, m.end) for m in (*places, *facts)])
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[_CACHE] = (text, places, facts)
        return doc

    # spaCy saves a pipeline's tokenizer with the pipeline; this one has no state of its own.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "HanfactsTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, **kwargs) -> "HanfactsTokenizer":
        return self


def tokenize(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy words and trailing-space flags; every span edge is a token edge."""
    inside = [False] * (len(text) + 1)
    cuts = set()
    for start, end in spans:
        cuts.update((start, end))
        for i in range(start, end):
            inside[i] = True
    for i, ch in enumerate(text):
        if not inside[i] and unicodedata.category(ch).startswith("P"):
            cuts.update((i, i + 1))
    cuts = sorted(cuts)
    words: list[str] = []
    spaces: list[bool] = []
    i, n = 0, len(text)
    while i < n:
        j = i
        if text[i].isspace():
            while j < n and text[j].isspace():
                j += 1
            if words and not spaces[-1] and text[i] == " ":   # one space belongs to the token before
                spaces[-1] = True
                i += 1
            if i < j:
                words.append(text[i:j])
                spaces.append(False)
            i = j
            continue
        while j < n and not text[j].isspace():
            j += 1
        edges = [i, *_inside(cuts, i, j), j]
        for a, b in zip(edges, edges[1:]):
            words.append(text[a:b])
            spaces.append(False)
        i = j
    return words, spaces


def _inside(edges: list[int], start: int, end: int) -> list[int]:
    """The sorted `edges` strictly between start and end."""
    return edges[bisect.bisect_right(edges, start):bisect.bisect_left(edges, end)]


@registry.tokenizers("hanfacts.tokenizer")
def make_tokenizer(rules_dir: str | None = None, won_means_yuan: bool = False
                   ) -> Callable[[Language], HanfactsTokenizer]:
    def create(nlp: Language) -> HanfactsTokenizer:
        return HanfactsTokenizer(nlp.vocab, rules_dir, won_means_yuan)
    return create


class HanfactsComponent:
    def __init__(self, rules_dir: str | None, won_means_yuan: bool):
        self.rules_dir, self.won_means_yuan = rules_dir, won_means_yuan
        for name in (*PLACE_FIELDS, *FACT_FIELDS):
            if not Span.has_extension(name):
                Span.set_extension(name, default=None)

    def __call__(self, doc: Doc) -> Doc:
        cached = doc.user_data.pop(_CACHE, None)
        if cached and cached[0] == doc.text:
            places, facts = cached[1], cached[2]
        else:
            places, facts = mentions(doc.text, _rules(self.rules_dir), self.won_means_yuan)
        _split_tokens(doc, [(m.start, m.end) for m in (*places, *facts)])
        place_spans = [self._span(doc, m, "PLACE", PLACE_FIELDS) for m in places]
        fact_spans = [self._span(doc, f, f.quantity.upper(), FACT_FIELDS) for f in facts]
        doc.spans["places"] = place_spans
        doc.spans["facts"] = fact_spans
        doc.ents = filter_spans([*doc.ents, *place_spans])
        return doc

    @staticmethod
    def _span(doc: Doc, row: PlaceMention | Fact, label: str, names: list[str]) -> Span:
        span = doc.char_span(row.start, row.end, label=label, alignment_mode="strict")
        for name in names:
            setattr(span._, name, getattr(row, name))
        return span


def _split_tokens(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Split tokens that a span edge falls inside (another tokenizer's tokens)."""
    edges = sorted({e for span in spans for e in span})
    todo = []
    for tok in doc:
        start, end = tok.idx, tok.idx + len(tok.text)
        inner = _inside(edges, start, end)
        if inner:
            cuts = [start, *inner, end]
            todo.append((tok, [doc.text[a:b] for a, b in zip(cuts, cuts[1:])]))
    if not todo:
        return
    with doc.retokenize() as retokenizer:
        for tok, orths in todo:
            retokenizer.split(tok, orths, heads=[(tok, 0)] * len(orths))


@Language.factory("hanfacts", default_config={"rules_dir": None, "won_means_yuan": False})
def make_hanfacts(nlp: Language, name: str, rules_dir: str | None, won_means_yuan: bool) -> HanfactsComponent:
    """`rules_dir`: a --rules folder; `won_means_yuan`: the text writes 元 as 원 (조선어 sources)."""
    return HanfactsComponent(rules_dir, won_means_yuan)
