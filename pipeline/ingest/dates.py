"""Dates of a page: the forms a date is written in (`2025.12.15 (월)`, `2025년 11월 3일`,
`24-11-05 08:15`) and the priorities that decide which of the dates seen is the page's own."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from pipeline.rulecache import parse_toml


# Also in Chinese characters, as Korean-language media in China print it (`2025年11月03日`). Never digits
# cut from a longer run: `SD19880614-07-0231` held `0614-07-02`, a page dated in the year 614 (round 16). Nor an
# issue numbered by year and month (`주간 중국 브리핑 2026-04-1호`: the first issue of April, no day; round 18).
_DATE = re.compile(r"(?<!\d)(\d{4})\s*[.\-/년年]\s*(\d{1,2})\s*[.\-/월月]\s*(\d{1,2})(?!\d)(?!\s?[호號号])")
_YEARS = range(1900, 2100)      # a page's date: nothing printed before 1900 or after 2099 is read
# A date of this priority or weaker (page headers, print-edition marks, time stamps)
# counts only above the article's first sentence: below it, such dates belong to
# comments, related articles and widgets.
_WEAK_DATE = 3
# A date of this priority counts wherever it stands, but only when the page states no other
# (an archive's print mark below the text it stored; one quoted mid-article cites another day).
_LAST_RESORT_DATE = 4


# A date written as eight digits inside a document number, `HJ-20030412-0153`: read only when
# the line holds no date with separators.
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


# A board's stamp with a two-digit year and the time after it (`24-11-05 08:15`): YY-MM-DD.
_STAMP_DATE = re.compile(r"(?<![\d.\-/])(\d{2})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?!\d)")


# An archive's stamp with a two-digit year first (`89/06/11 3면 경제`, `94.03.05`): YY/MM/DD only when the first
# field cannot be a day or a month (32-99, the 1900s: archives of printed papers); `11/06/05` stays unread.
_ARCHIVE_YY = re.compile(r"(?<![\d.\-/])(3[2-9]|[4-9]\d)([/.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d.\-/])")


# A date in English, as a mail's `Date:` header or an English stamp writes it: `Mon, 23 Nov 2026`, `November 3, 2026`.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_MONTHS) + r")[a-z]*\.?,?\s+(\d{4})(?!\d)", re.I)
_EN_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)", re.I)


def _english_date(s: str) -> tuple[int, int, int] | None:
    if m := _EN_DAY_MONTH.search(s):
        return int(m.group(3)), _MONTHS.index(m.group(2).lower()) + 1, int(m.group(1))
    if m := _EN_MONTH_DAY.search(s):
        return int(m.group(3)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))
    return None


def iso_date(s: str) -> str:
    """`2025.12.15 (월)`, `2025-11-03T14:20:00+09:00`, `2025년 11월 3일`, `2025年11月3日`, `HJ-20251215-0153`,
    `24-11-05 08:15`, `89/06/11`, `Mon, 15 Dec 2025` -> `2025-12-15`."""
    m = _own_date(s) or _COMPACT_DATE.search(s)
    century = 0
    if not m and (yy := _ARCHIVE_YY.search(s)):
        return f"19{yy.group(1)}-{yy.group(3)}-{yy.group(4)}"
    if not m and (en := _english_date(s)):
        y, mo, d = en
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 and y in _YEARS else ""
    if not m:
        m, century = _STAMP_DATE.search(s), 2000
        if not m:
            return ""
    y, mo, d = (int(g) for g in m.groups())
    return f"{century + y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 and century + y in _YEARS else ""


def _own_date(s: str) -> re.Match | None:
    """The first date of `s` that no modification label stands right before (`기사수정 2025.11.28 |
    기사등록 2025.11.26` -> the second), or its first date when every one is so labelled."""
    dates = list(_DATE.finditer(s))
    before = 0
    for m in dates:
        if not _label("modified").search(s, before, m.start()):
            return m
        before = m.end()
    return dates[0] if dates else None


DATE_LABELS = Path(__file__).parent / "data" / "date_labels.toml"

@lru_cache(maxsize=None)     # one pattern per kind of label
def _label(kind: str) -> re.Pattern:
    return re.compile(parse_toml(DATE_LABELS.read_text(encoding="utf-8"))[kind]["pattern"])


NOT_HEADLINES = Path(__file__).parent / "data" / "not_headlines.toml"


@lru_cache(maxsize=1)
def _banner() -> re.Pattern:
    """A system's banner framed by runs of marks (data/not_headlines.toml system_banner: the one entry for it)."""
    rules = parse_toml(NOT_HEADLINES.read_text(encoding="utf-8"))["rule"]
    return re.compile(next(r["pattern"] for r in rules if r["name"] == "system_banner"))


def system_stamp(text: str) -> bool:
    """`text` carries a date of the system that exported, printed, fetched or showed the page (`출력일시: …`,
    `다운로드: …`, `Retrieved on …`; data/date_labels.toml system), or stands in a system's banner
    (`=== 가상DB 2026-11-27 ===`): never the article's date."""
    return bool(_label("system").search(text) or _banner().match(text))


def event_date(text: str) -> bool:
    """`text` labels its date as an event's the page announces (`일시: …`, `신청기간: …`, `접수 마감: …`;
    data/date_labels.toml event): never the page's own date."""
    return bool(_label("event").match(text))


def under_an_event_label(lines: list[str], line_no: int) -> bool:
    """The nearest line above `line_no` that holds text is an event's label alone (`일시`, `신청기간`: a table's header
    cell over its value): the date on `line_no` is the event's, never the page's."""
    above = next((line.strip() for line in reversed(lines[:line_no]) if line.strip()), "")
    return bool(above) and event_date(above) and not _DATE.search(above)


def date_priority(text: str, priority: int | None) -> int | None:
    """The priority (lower wins) with which the furniture line `text`, removed by a rule of `priority`
    (None: a rule that dates nothing), dates the page: never when its date is a system's stamp or an announced
    event's (`일시: …`, `신청기간: …`); when a
    label says it is the article's own (`게시일 …`, data/date_labels.toml own) and no rule dates it, as a
    page header's date (weak: above the article's first sentence only, where a post's stamp stands)."""
    if system_stamp(text) or event_date(text):
        return None
    if priority is None and _label("own").match(text):
        return _WEAK_DATE
    return priority
