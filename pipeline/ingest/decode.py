"""Byte decoding: only what the evidence supports, never a guess into mojibake.

In order, the first that applies wins:
1. a PDF (`%PDF-`) is refused as a PDF; a file of only whitespace (or only a BOM) is `empty file`;
2. a byte-order mark: UTF-32 (LE/BE), UTF-8, UTF-16 (LE/BE), decoded strictly;
3. NUL bytes: UTF-16 without a BOM when at least 10% of the 2-byte units are ASCII (a NUL in
   one byte position, at least 4 times as often as in the other) and the text decodes strictly
   with no control characters but tab, line ends and form feed; else the file is binary;
4. strict UTF-8 (non-ASCII bytes that form valid UTF-8 are UTF-8 whatever a page declares);
5. a multi-byte charset declared by the page (`<meta charset>`, `http-equiv`, `<?xml encoding>`)
   that decodes cleanly (EUC-KR labels read as CP949, GB2312/GBK as GB18030, Big5 as Big5-HKSCS);
6. CP949 when at least 30% of the non-ASCII characters are Hangul syllables of KS X 1001
   (EUC-KR's 2,350 common ones; the rest may be hanja) and 60% of all syllables are such and
   frequent in Korean (data/hangul_common.txt): Shift-JIS, Latin-1 and Chinese bytes read as
   CP949 give rare syllables, outside KS X 1001 or not frequent;
7. a single-byte charset declared by the page (Latin-1, Windows-1252, ...) that decodes;
8. Chinese without a declaration: GB18030 or Big5 when the result is CJK text made of common
   Chinese characters (the most frequent in jieba's dictionary), and the bytes are clearly not
   Korean: not CP949, or CP949 that reads as Hangul of which under 35% are frequent syllables
   (short text that could be either, such as pure hanja, is refused);
9. CP949 with UTF-8 blocks: a page that is CP949 by step 6's evidence once each run of UTF-8
   Hangul/hanja (an ad inserted as UTF-8) is set aside, those characters replaced by U+FFFD;
anything else is refused, with charset-normalizer's opinion in the message."""
from __future__ import annotations

import codecs
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pipeline.model import BadInput

DATA = Path(__file__).parent / "data"
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
         (codecs.BOM_UTF8, "utf-8", "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"))
# WHATWG's label table, reduced to the encodings a page about Korea and China uses.
_LABELS = {**dict.fromkeys(("euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "korean", "cp949",
                            "windows-949", "x-windows-949", "uhc", "csksc56011987", "iso-ir-149"), "cp949"),
           **dict.fromkeys(("gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "cp936",
                            "windows-936", "iso-ir-58", "euc-cn"), "gb18030"),
           **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "cp950"), "big5hkscs")}
_REPORTED = {"big5hkscs": "big5"}
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|"""
                       rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SIGNIFICANT = re.compile(r"[^\x00-\x7f\s]")     # non-ASCII, not whitespace
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Shares below which the evidence is not enough (measured on the examples in tests/ingest/test_decode.py:
# real Korean text scores >= 0.9 on the second, mojibake from GBK/Shift-JIS/Latin-1 below 0.5).
MIN_HANGUL_SHARE = 0.3        # KS X 1001 Hangul syllables among non-ASCII characters (국한문 mixes much hanja)
MIN_COMMON_SHARE = 0.6        # of those, frequent Korean syllables (or frequent hanzi, for Chinese)
MAX_COMMON_NOT_KOREAN = 0.35  # bytes that read as Hangul this rare may be Chinese; in between: refused
MIN_UTF16_ASCII = 0.1         # share of UTF-16 units that are ASCII, for UTF-16 without a BOM


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name as written to documents.csv); raise BadInput with the reason."""
    if data[:1024].lstrip()[:5] == b"%PDF-":
        raise BadInput("PDF file, not text: convert it to text first (pdftotext)")
    text, encoding = _decode(data)
    if not text.strip().lstrip("\ufeff").strip():
        raise BadInput("empty file")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, name), name
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e.start
    declared = _declared(data)
    if declared and not _single_byte(declared) and (text := _try(data, declared)) is not None:
        return text, _REPORTED.get(declared, declared)
    korean = _try(data, "cp949")
    hangul, common = _hangul_evidence(korean) if korean is not None else (0.0, 0.0)
    if hangul >= MIN_HANGUL_SHARE and common >= MIN_COMMON_SHARE:
        return korean, "cp949"
    if declared and _single_byte(declared) and (text := _try(data, declared)) is not None:
        return text, declared
    # Chinese only when its bytes are clearly not Korean: they fail CP949, or read as rare syllables.
    if korean is None or (hangul >= MIN_HANGUL_SHARE and common < MAX_COMMON_NOT_KOREAN):
        for codec in ("gb18030", "big5hkscs"):
            if (text := _try(data, codec)) is not None and _looks_chinese(text, traditional=codec != "gb18030"):
                return text, _REPORTED.get(codec, codec)
    if (mixed := _korean_with_utf8_blocks(data, declared)) is not None:
        return mixed, "cp949"
    raise BadInput(f"encoding not recognised with confidence: not UTF-8 (bad byte at offset {utf8_error}), "
                   f"nor Korean CP949 or Chinese GB18030/Big5 text{_guess(data)}")


# A run of at least this many 3-byte UTF-8 characters (Hangul, hanja), ASCII allowed between them.
# CP949 text forms such a run only by chance alignment of rare hanja pairs, never four in a row.
_UTF8_RUN = re.compile(rb"(?:(?:\xe0[\xa0-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]|\xed[\x80-\x9f])[\x80-\xbf]"
                       rb"[\x00-\x7f]*){4,}")   # valid 3-byte UTF-8 only (no overlong forms, no surrogates)


def _korean_with_utf8_blocks(data: bytes, declared: str | None) -> str | None:
    """A CP949 page with a block pasted in as UTF-8 (an ad server's insert): the majority
    encoding decodes the page and each non-ASCII character of a UTF-8 run becomes U+FFFD (its
    markup stays), so the block is visibly replaced, never read as mojibake, and the rest of
    the page is kept. Only when the rest is CP949 by the same evidence as a whole page (step 6)."""
    if declared not in (None, "cp949"):
        return None
    pieces, end = [], 0
    for m in _UTF8_RUN.finditer(data):   # its non-ASCII characters become NUL (absent from the data: step 3)
        pieces += [data[end:m.start()], _NON_ASCII.sub("\x00", m.group().decode("utf-8")).encode("ascii")]
        end = m.end()
    if not end:
        return None
    korean = _try(b"".join(pieces) + data[end:], "cp949")
    if korean is None:
        return None
    hangul, common = _hangul_evidence(korean)
    if hangul < MIN_HANGUL_SHARE or common < MIN_COMMON_SHARE:
        return None
    return korean.replace("\x00", "\ufffd")


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise BadInput(f"invalid {name} at byte {e.start}") from None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str]:
    units = len(data) // 2
    if len(data) % 2 == 0 and units >= 4:
        zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
        for codec, high, low in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
            if high >= MIN_UTF16_ASCII * units and low * 4 <= high:
                text = _try(data, codec)
                if text is not None and not _CONTROL.search(text):
                    return text, "utf-16"
    raise BadInput("binary file (contains NUL bytes)")


def _declared(data: bytes) -> str | None:
    """The Python codec of the charset a page declares in its first 4 KB, if known."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name


@lru_cache(maxsize=None)
def _single_byte(codec: str) -> bool:
    """Every byte is a character by itself (Latin-1, Windows-1252...): any bytes 'decode cleanly'."""
    return len(bytes(range(0x80, 0x100)).decode(codec, errors="replace")) == 0x80


def _hangul_evidence(text: str) -> tuple[float, float]:
    """(share of KS X 1001 Hangul syllables among non-ASCII characters, share of all syllables that
    are such and frequent in Korean). Mixed script (국한문) keeps much hanja, hence two shares."""
    significant = len(_SIGNIFICANT.findall(text))
    syllables = Counter(_HANGUL.findall(text))
    ks, common = _ks_x_1001(), _hangul_common()
    in_ks = sum(n for s, n in syllables.items() if s in ks)
    if not in_ks:
        return 0.0, 0.0
    return in_ks / significant, sum(n for s, n in syllables.items() if s in ks and s in common) / sum(syllables.values())


@lru_cache(maxsize=1)
def _ks_x_1001() -> frozenset[str]:
    """The 2,350 Hangul syllables of EUC-KR (CP949 bytes B0A1-C8FE), not CP949's extensions."""
    return frozenset(bytes((lead, trail)).decode("cp949") for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF))


def _looks_chinese(text: str, traditional: bool) -> bool:
    chars = Counter(_SIGNIFICANT.findall(text))
    hanzi = {c: n for c, n in chars.items() if "\u4e00" <= c <= "\u9fff"}
    # Chinese punctuation and full-width forms are fine; anything else (kana, Hangul, symbols) is not.
    if sum(hanzi.values()) < 4 or any(c not in hanzi and not ("\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
                                      for c in chars):
        return False
    common = _hanzi_common()
    simplified = _t2s().convert if traditional else str
    return sum(n for c, n in hanzi.items() if simplified(c)[:1] in common) >= MIN_COMMON_SHARE * sum(hanzi.values())


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _hangul_common() -> frozenset[str]:
    lines = (DATA / "hangul_common.txt").read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line for line in lines if not line.startswith("#")).replace(" ", ""))


@lru_cache(maxsize=1)
def _hanzi_common(top: int = 2500) -> frozenset[str]:
    """The `top` most frequent characters of jieba's dictionary (word counts spread over their characters)."""
    from pipeline.lazylibs import jieba as import_jieba
    jieba = import_jieba()
    counts: Counter = Counter()
    with jieba.get_dict_file() as f:
        for line in f:
            word, freq, *_ = line.decode("utf-8").split(" ")
            for ch in word:
                counts[ch] += int(freq)
    return frozenset(c for c, _ in counts.most_common(top) if "\u4e00" <= c <= "\u9fff")


def _guess(data: bytes) -> str:
    """charset-normalizer's opinion, to make the error message useful (imported here: only
    a refused file needs it)."""
    from charset_normalizer import from_bytes
    best = from_bytes(data[:65536]).best()
    return f" (charset-normalizer guesses {best.encoding}{', ' + best.language if best.language != 'Unknown' else ''})" \
        if best else ""
