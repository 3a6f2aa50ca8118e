"""Byte decoding. Korean archives mix UTF-8, UTF-16 and CP949 (EUC-KR's superset);
we detect from BOMs and strict decodes instead of guessing, and refuse what would be mojibake."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from pipeline.model import BadInput

_HANGUL_OR_HANJA = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A CP949 decode whose non-ASCII text is mostly not Hangul/hanja is almost surely another encoding.
_MIN_KOREAN_SHARE = 0.8


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name as written to documents.csv); raise BadInput."""
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise BadInput("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e.start
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        raise BadInput(f"undecodable bytes at offset {utf8_error}: not UTF-8, UTF-16 or CP949{_guess(data)}") from None
    if _korean_share(text) < _MIN_KOREAN_SHARE:
        raise BadInput(f"not UTF-8, UTF-16 or CP949 text{_guess(data)}")
    return text, "cp949"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise BadInput(f"invalid {encoding} at byte {e.start}") from None


def _korean_share(text: str) -> float:
    non_ascii = len(_NON_ASCII.findall(text))
    return len(_HANGUL_OR_HANJA.findall(text)) / non_ascii if non_ascii else 1.0


def _guess(data: bytes) -> str:
    """charset-normalizer's opinion, to make the error message useful."""
    best = from_bytes(data[:65536]).best()
    return f" (looks like {best.encoding})" if best else ""
