"""Kiwi, created on first use and called as cheaply as it can be; shared by the stages that read Korean
morphology (facts: subjects with `--subjects kiwi`; places: a common word used as the word, places/word_use.py).

Kiwi's cost is about 9 µs per character analysed whatever the options (model type,
dictionaries, match options: measured with pipeline/facts/bench.py), so the savings
are in what is analysed (facts/tokens.py: a window around the figures, only when a rule
asks) and in not creating Kiwi at all for a run that needs no subject. Batching
texts into one call gains nothing on one core (measured: 0.674 s against 0.687 s of
CPU for 1,000 sentences), so texts are analysed one by one as the rules need them.

Options, measured on the 3,230 texts Kiwi analyses in the samples and devset pages
with digits varied (/tmp corpus of pipeline/facts/bench.py): without the typo
dictionary no token changes; without the multi-word dictionary (WikiData names)
one name changes (베이징 다싱 국제공항 becomes three nouns, the same noun phrase),
and no output of any set; together they make Kiwi's creation about 1.4 s of CPU
cheaper (2.4 s -> 1.0 s), most of the start-up of a one-document run. The default
dictionary stays: without it no output of our sets changes either, but 63 texts
lose proper nouns (주하이 -> 주하 + 이, 중국과학원 -> 중국 + 과학원), which would
change subjects in other texts, for only 0.3 s.

Tried and dropped (30 Nov 2026, scripts/kiwi_diff.py): tokens put together from
each word analysed alone (cached across the corpus, digits masked), trusted where
Kiwi's alternative readings of the word within a log-score margin agree. It cut
the characters Kiwi reads by about 28 % but no CPU (most sentences still needed
Kiwi: a figure's own words such as 5천억원 have close readings, and analysing a word
with its alternatives costs as much as the characters saved), and it is not exact:
용지보고 alone reads 용지 + 보(VV) + 고 4.2 points ahead of 용지 + 보고(NNG), which
Kiwi picks in 심사한 용지보고 건수는 90건, so the subject lost 용지보고. Analysing
each unsure word again with two words before and one after it, when a rule first
reads it, kept the saving (Kiwi read 5,904 characters of raw/ + tests/devset instead
of 19,463 at a margin of 3) but 7 of 627 subjects differed; at a margin of 6, 1
differed and the saving was 12 %. Kiwi's reading of a word depends on more than its
neighbours: 요령성은 at the start of a text is one proper noun, inside the sentence
요령 + 성, and 성급 after it turns from 성 + 급 into 성급 (so 성급 개발구 42곳 lost 성급)."""
from __future__ import annotations

import warnings

import time

Token = tuple[str, str, int, int]     # form, tag, start, end (offsets in the analysed text)

# Repeated sentences (a site's fixed phrases, a report's recurring line) are
# analysed once; a bounded cache keeps memory flat over any corpus.
CACHE_SIZE = 4096


class Analyser:
    """`analyse(text)` -> Kiwi's tokens of text; Kiwi is created by the first call."""

    def __init__(self, cache_size: int = CACHE_SIZE):
        self._kiwi = None
        self._cache: dict[str, list[Token]] = {}
        self.cache_size = cache_size
        self.calls = self.chars = 0        # analysed (cache misses), for the bench
        self.seconds = 0.0

    def load(self) -> "Analyser":
        """Create Kiwi now (before forking workers, so that they share it)."""
        if self._kiwi is None:
            from kiwipiepy import Kiwi
            # num_workers=0: no thread pool, so a worker forked after Kiwi ran (the engine
            # warms up in the parent; a notebook may have called extract_text) inherits no lock
            with warnings.catch_warnings():      # it warns that 0 meant "all cores" before 0.21
                warnings.simplefilter("ignore", DeprecationWarning)
                self._kiwi = Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)
            self._kiwi.tokenize("")        # Kiwi finishes loading its model on the first call
        return self

    @property
    def loaded(self) -> bool:
        return self._kiwi is not None

    @property
    def kiwi(self):
        """The kiwipiepy.Kiwi itself (created now if need be), for other uses than tokens."""
        return self.load()._kiwi

    def tokenize(self, text: str):
        """Kiwi's own tokenize, uncached (the naive approach of `make bench` uses it)."""
        return self.kiwi.tokenize(text)

    def analyse(self, text: str) -> list[Token]:
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        self.load()
        t0 = time.perf_counter()
        toks = [(t.form, t.tag, t.start, t.start + t.len) for t in self._kiwi.tokenize(text)]
        self.seconds += time.perf_counter() - t0
        self.calls += 1
        self.chars += len(text)
        if len(self._cache) >= self.cache_size:
            self._cache.clear()
        self._cache[text] = toks
        return toks

    def __getstate__(self):               # a worker process creates its own Kiwi
        return {"cache_size": self.cache_size}

    def __setstate__(self, state):
        self.__init__(state["cache_size"])
