"""Comment threads, furniture sections under their heading, and lists of links (jusText's link density).
(Split out of clean.py by family, no behaviour change.)"""
from __future__ import annotations

import bisect
import itertools
import re

from pipeline.ingest.clean_words import word_pattern
from pipeline.ingest.lineshape import _first_prose, is_prose
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile, reads_as_sentence
from pipeline.model import Removed


_REPLY_MAX_LINES = 3
# A comment's stamp tells the time of day or how long ago; a date alone heads a timeline's entry.
_CLOCK = word_pattern("clock")
_NICKNAME_MAX_CHARS = 15


def _cut_names(profile: Profile) -> set[str]:
    return {r.name for r in profile.rules_of("cut")}


# A post's reaction bar counts its comments (`공감 9 · 댓글 1 · 공유`).
_COMMENT_COUNT = re.compile(r"(?:댓글|덧글|코멘트)\s*[(\[]?\s*[1-9]\d*")


def _comment_bar(removed, first_line: int, stamp: int) -> int | None:
    """The line number of a line removed whole between the text's start and the first stamp that counts the post's
    comments, if any: a single stamp under it heads a comment (round 18, devset furniture18: a blog post with one
    comment under `공감 9 · 댓글 1 · 공유`), and the comments' nicknames stand under it, never the post's last line."""
    return max((r.line_no for r in removed if r.whole_line and first_line < r.line_no < stamp
                and _COMMENT_COUNT.search(r.text)), default=None)


def _drop_comment_thread(items, profile, removed, first_line):
    """Comments with no heading above them: after the article has begun, two or more stamp
    lines (a nickname and a time, `[edges] comment_stamps` names their rules; one when a reaction bar
    above it counts the comments, `댓글 1`), each followed
    by at most three short lines, none of them a sentence in the plain style of an article
    (`…했다.`): comments are written `…네요`, `…할까요?`. A live report's time-stamped updates
    are plain sentences and stay. The nickname on its own line above a stamp goes too."""
    names = set(profile.edges.get("comment_stamps", ()))
    # Comments stand under their heading (`댓글 3`, a cut rule's): a stamp above it is the post's
    # own (a café post's `<nickname> 2025.09.14 21:07 조회 214`), and so is the stamp right under
    # the post's title when that title is the first line of prose (a question).
    heading = min((r.line_no for r in removed if r.whole_line and r.rule in _cut_names(profile)), default=None)
    kept_at = [i for i, _ in items]
    stamps = sorted(r.line_no for r in removed if r.whole_line and r.line_no > first_line
                    and r.rule.rsplit(":", 1)[-1] in names and _CLOCK.search(r.text)
                    and (heading is None or r.line_no > heading)
                    and kept_at[max(bisect.bisect_left(kept_at, r.line_no) - 1, 0)] > first_line)
    bar = _comment_bar(removed, first_line, stamps[0]) if stamps else None
    if len(stamps) < 2 and bar is None:
        return items
    replies: list[list[tuple[int, str]]] = [[] for _ in stamps]     # the lines after each stamp
    before = None                                                   # the line above the first
    for i, raw in items:
        if i < stamps[0]:
            before = (i, squeeze_spaces(raw))
        else:
            replies[bisect.bisect_right(stamps, i) - 1].append((i, squeeze_spaces(raw)))
    drop = set()
    for n, reply in enumerate(replies):
        if n == len(stamps) - 1:
            reply = reply[:_REPLY_MAX_LINES]
        elif reply and len(reply[-1][1]) <= _NICKNAME_MAX_CHARS and not is_prose(reply[-1][1]):
            drop.add(reply[-1][0])          # the next comment's nickname, above its stamp
            reply = reply[:-1]
        if len(reply) > _REPLY_MAX_LINES or any(_PLAIN_END.search(line.rstrip(".")) for _, line in reply):
            return items
        drop.update(i for i, _ in reply)
    # The nickname above the first stamp stands under the comments' heading, and is no
    # sentence: the post's short last sentence (`한 그릇에 25위안이었다.`) stays.
    if (before and len(before[1]) <= _NICKNAME_MAX_CHARS and not is_prose(before[1])
            and (heading is None or before[0] > heading) and (bar is None or before[0] > bar)
            and not _PLAIN_END.search(before[1].rstrip("."))):
        drop.add(before[0])
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:comment_thread") for i, raw in items if i in drop)
    return [(i, raw) for i, raw in items if i not in drop]


# A statement in note style (개조식), `…수입이 크게 늘어남`, `…추진됨`, `…검토할 필요`: the text
# of a newsletter or report, not the headline of another article (`… 6월 개장 예정`: a noun
# before 예정 — unless the line is a bullet of a list of such statements).
_NOTE_END = re.compile(r"(?:[어아여]남|[었았였했됐겠]음|[있없]음|[가-힣]\s?[함됨]|[어아여]짐)\.?$")
_MODAL_END = re.compile(r"([가-힣])\s*(?:필요|전망|예정|계획|방침|시급)(?:함|됨|임)?\.?$")
_BULLET = re.compile(r"^[-–ㅇ○◦•▪□■◇◆※]\s")
_NOTE_MIN_CHARS = 12


def _is_note_statement(line: str) -> bool:
    if len(line) < _NOTE_MIN_CHARS:
        return False
    if _NOTE_END.search(line):
        return True
    m = _MODAL_END.search(line)
    # `검토할 필요`, `늘어날 전망`: an adnominal verb (final ㄹ) before the modal noun.
    return m is not None and ((ord(m.group(1)) - 0xAC00) % 28 == 8 or bool(_BULLET.match(line)))


# A short question alone on its line is an item of the list under a furniture heading (`관련 질문`:
# `이우에서 한국까지 해운 배송 기간은?`), not the prose that ends it.
_LISTED_QUESTION = re.compile(r"^[^.?!。]{4,40}[?？]$")
# ... nor is another post's headline, written as a statement without its period (`푸젠 푸딩 백차 산지 가격 20%
# 뛰었다` under `관련글`, round 18): a sentence of the text that ends a furniture section ends in its mark.
_LISTED_HEADLINE = re.compile(r"^[^.?!。]{4,40}(?<![.?!。…\"'”’)])$")


def _named_above(heading: str, kept) -> bool:
    """The heading's words (without brackets and spaces) stand in the lines kept above it: a law
    firm's article on exemption clauses heads its own section `면책조항`, which is no disclaimer."""
    words = re.sub(r"[\s\[\]【】<>()]", "", heading)
    return len(words) >= 2 and any(words in re.sub(r"\s", "", x) for _, x in kept)


def _drop_sections(items, profile, removed):
    """After the article has begun, a furniture heading takes the lines after it until
    the next line of prose, a cut heading all the rest (above the article, such words
    are menu items). A section that reaches a statement in note style before any prose
    is the page's own text under a heading that sites also use for furniture (a
    newsletter's `핫 이슈`): it stays whole."""
    kept, in_section, held = [], None, []
    first = _first_prose(items)
    written = _written_through(items)
    for k, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        rule = k > first and profile.first_of(("section", "cut"), line)
        if not rule and k <= first and written[k]:
            rule = profile.first_of(("cut",), line)
        if rule and rule.own_if_named and _named_above(line, kept):
            rule = None
        if rule and rule.kind == "cut":
            removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
            removed.extend(Removed(j, squeeze_spaces(x), rule.name) for j, x in items[k:])
            return kept
        if rule:
            removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
            in_section, held = rule, []
        elif in_section and is_prose(line) and not _LISTED_QUESTION.match(line) and not _LISTED_HEADLINE.match(line):
            removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
            in_section, held = None, []
        elif in_section and _is_note_statement(line):
            kept.extend((j, x) for j, x, _ in held)
            in_section, held = None, []
        if in_section:
            held.append((i, raw, in_section))
        else:
            kept.append((i, raw))
    removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
    return kept


# Plain sentences (`…다.`) above a cut heading that make it the article's end, when none of the
# article's sentences is long enough to count as prose (a blog's `다롄 창싱시장에 다녀왔다.` /
# `정말 쌌다.` over `댓글 2`): comments go from there. One sentence could be a headline's.
_WRITTEN_MIN_SENTENCES = 2


def _written_through(items) -> list[bool]:
    """Per line: whether at least `_WRITTEN_MIN_SENTENCES` plain sentences stand above it."""
    out, seen = [], 0
    for _, raw in items:
        out.append(seen >= _WRITTEN_MIN_SENTENCES)
        line = squeeze_spaces(raw)
        seen += bool(reads_as_sentence(line) and _PLAIN_END.search(line.rstrip(".")))
    return out


def _drop_links(items, density, profile, removed):
    """After the article has begun, a line that is mostly link text and not a sentence
    is a list of other articles or a menu (jusText's link density)."""
    limit = profile.edges.get("link_density")
    first = _first_prose(items)
    if limit is None:
        return items
    linked = [i < len(density) and density[i] >= limit and not reads_as_sentence(squeeze_spaces(raw)) for i, raw in items]
    above = _listed_above(items, linked, first, profile)
    kept = []
    for k, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        if k > first and linked[k] or k in above:
            removed.append(Removed(i, line, f"{profile.name}:{'links' if k > first else 'links_above'}"))
        else:
            kept.append((i, raw))
    return kept


def _listed_above(items, linked: list[bool], first: int, profile) -> set[int]:
    """Above the article's first sentence, a furniture heading (`많이 본 뉴스`, a [[section]] rule) right
    over a run of linked lines that are no sentences: a list of other articles in a side column that
    the page's text puts first. The heading and its links go; a heading over unlinked lines stays
    (it may be the text's own)."""
    out: set[int] = set()
    for k in range(min(first, len(items))):
        if linked[k] or profile.first_of(("section",), squeeze_spaces(items[k][1])) is None:
            continue
        run = list(itertools.takewhile(lambda j: j < first and linked[j], range(k + 1, len(items))))
        if run:
            out.update([k, *run])
    return out


# A sentence of news or a report without its period ends in the plain style (`…않았다`);
# the polite endings of a short line at a page's foot are buttons and comments
# (`이 기사를 공유합니다`, `네 다음 글에 올릴게요`).
_PLAIN_END = re.compile(r"(?<!니)다[\"'”’」』)]*$")
