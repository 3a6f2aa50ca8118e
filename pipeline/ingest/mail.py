"""A plain-text mail copied with its header block (`보낸 사람:`, `From:`, `Date:`, `제목:`/`Subject:`): the
block's lines are no text of the document, its subject is the document's title (what the sender named it,
without `Fwd:`/`RE:`/`[광고]`), and its `Date:` line dates it. Vocabulary: data/mail_headers.toml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.ingest.dates import iso_date
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.rulecache import parse_toml

MAIL_HEADERS = Path(__file__).parent / "data" / "mail_headers.toml"


@dataclass(frozen=True)
class MailHeader:
    lines: tuple[int, ...]     # line numbers of the header block
    subject: str               # the title: the subject without its label and marks
    date: str                  # ISO date of the `Date:` line, or ""
    date_line: int = -1


@lru_cache(maxsize=1)
def mail_rules() -> dict:
    """The tables of data/mail_headers.toml, their patterns compiled."""
    data = parse_toml(MAIL_HEADERS.read_text(encoding="utf-8"))
    return {k: {**v, "rx": re.compile(v["pattern"])} if "pattern" in v else v for k, v in data.items()}


def without_subject_marks(subject: str) -> str:
    """`RE: [광고] 하얼빈 박람회 안내` -> `하얼빈 박람회 안내`: a reply's, a forward's, an advertisement's marks go."""
    marks = mail_rules()["subject_marks"]["rx"]
    while (m := marks.match(subject)) and m.end() < len(subject):
        subject = subject[m.end():]
    return subject.strip()


def mail_header(items: list[tuple[int, str]]) -> MailHeader | None:
    """The header block among the first lines of `items` ((line number, text), blank lines left out; a plain
    text's lines or a mail reader's page's blocks): header lines one under another, one of them the subject
    and one more; None when the text is no mail with a subject."""
    rules = mail_rules()
    subject_rx, sender_rx, dated_rx = rules["subject"]["rx"], rules["sender"]["rx"], rules["dated"]["rx"]
    marker_rx = rules["marker"]["rx"]
    within, least = rules["block"]["within"], rules["block"]["min_lines"]
    block: list[tuple[tuple[int, ...], str]] = []
    for numbers, line in _header_rows(items, within, (subject_rx, sender_rx)):
        if not (subject_rx.match(line) or sender_rx.match(line) or marker_rx.match(line) and not block):
            if block:
                break
            continue
        block.append((numbers, line))
    subjects = [line for _, line in block if subject_rx.match(line)]
    if len([b for b in block if not marker_rx.match(b[1])]) < least or len(subjects) != 1:
        return None
    subject = without_subject_marks(subjects[0][subject_rx.match(subjects[0]).end():])
    dated = [(numbers[0], iso_date(text)) for numbers, text in block if dated_rx.match(text) and iso_date(text)]
    date_line, date = dated[0] if dated else (-1, "")
    return MailHeader(tuple(j for numbers, _ in block for j in numbers), subject, date, date_line) if subject else None


_BARE_LABEL_MAX = 8      # characters of a header's label standing alone in its table cell (`보낸사람`, `제목`)


def _header_rows(items: list[tuple[int, str]], within: int, labels) -> list[tuple[tuple[int, ...], str]]:
    """The first `within` header rows of `items`: each line, or a label alone on its line joined to the value on the next
    one (`제목` / `[…] …` -> `제목: […] …`), as a mail reader's page gives its header table's cells as blocks."""
    rows: list[tuple[tuple[int, ...], str]] = []
    k = 0
    while k < len(items) and len(rows) < within:
        (i, raw), line = items[k], squeeze_spaces(items[k][1])
        if k + 1 < len(items) and len(line) <= _BARE_LABEL_MAX and not any(c in line for c in ":：") \
                and any(rx.match(line + ": -") for rx in labels):      # (`-`: a value, as the labels' patterns ask one)
            rows.append(((i, items[k + 1][0]), f"{line}: {squeeze_spaces(items[k + 1][1])}"))
            k += 2
        else:
            rows.append(((i,), line))
            k += 1
    return rows
