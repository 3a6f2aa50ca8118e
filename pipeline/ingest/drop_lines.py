"""Line rules of a profile: a line that a drop rule finds goes whole, furniture glued to a sentence is cut
off it (strip rules), a section's label leaves the head lines, the polite intro above a post goes.
(Split out of clean.py by family, no behaviour change.)"""
from __future__ import annotations

import re

from pipeline.ingest.clean_words import word_pattern
from pipeline.ingest.dates import date_priority, iso_date
from pipeline.ingest.lineshape import _LETTERS, _PROSE_MIN_CHARS, _first_prose, _part, is_prose
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile, reads_as_sentence
from pipeline.ingest.regex_needs import might_match
from pipeline.ingest.title import _HEADLINE_CHARS, _STAMP_RULES, _headline_like
from pipeline.model import Removed


def _drop_lines(items, profile, removed, dates, site_names):
    kept = []
    first = None        # the first line of prose, found when a rule asks for it
    for n, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        if line in site_names:
            removed.append(Removed(i, line, f"{profile.name}:site_name"))
            continue
        rule = _drop_rule(line, profile) or _logo_with_furniture(line, profile, site_names) \
            or _site_sign_off(line, profile, site_names)
        if rule is not None and rule.alone and _beside_its_like(items, n, rule):
            rule = None        # rows of a table or list (`국무원 2021-10 | …` over `생태환경부 2023-03 | …`)
        if rule is not None and not rule.in_text and _between_sentences(items, n, rule, profile):
            rule = None        # a reference cited between two sentences, not a list of references
        if rule is not None and rule.under_text and n < (first := _first_prose(items) if first is None else first):
            rule = None        # above the text: the headline of an interview, not a caption in a script
        if rule is not None and rule.over_stamp_ok and _over_a_stamp(items, n, profile) \
                and n < (first := _first_prose(items) if first is None else first):
            rule = None        # `공지: …` right over `2025.07.01`: a board post's headline, not a pinned notice
        if rule is not None and _part("summary_head").match(line):
            rule = None        # `< 요 약 >`, `■ 핵심 요약`: the text's summary box head, no site tag nor tool
        if rule is None or profile.first_of(("cut",), line) is not None:
            kept.append((i, raw))
            continue
        prose = _prose_before(line, rule)
        if prose and (before := _drop_rule(prose, profile)) is not None and not _prose_before(prose, before):
            prose = ""     # the sentences in front are furniture too (`본 소식지는 … 배포됩니다. 수신을 …`)
        furniture = line[len(prose):].strip()
        if prose:          # furniture glued after a sentence of the article: only it goes
            kept.append((i, prose))
        removed.append(Removed(i, furniture, rule.name, whole_line=not prose))
        if (priority := date_priority(furniture, rule.date)) is not None and iso_date(furniture) \
                and not _part("other_issue").search(furniture):
            dates.append((priority, i, iso_date(furniture)))     # another issue's date is not the page's
    return kept


# A page's section label is the last step of its breadcrumb (`동녘일보 온라인 > 중국소식`); only a
# label whose last word names a kind of section (`…소식`, `…뉴스`, `…정보`) may be cut off a headline:
# `경제` of `홈 > 경제` also begins `경제성장률 5.2%로 둔화`.
# The label names what the section is about before its kind (`중국소식`): a bare `종합` also begins
# `종합보세구 …`.
_CRUMB_STEP = word_pattern("crumb_step")
_PATH_RULES = {"breadcrumb", "you_are_here"}
# Strip rules for a section's label before the headline (`[중국소식] …`, `중국소식 | …`): taken off the
# lines above the text before the headline is looked for (a line with a bar is never a headline).
_HEAD_LABEL_STRIPS = {"category_label_prefix", "program_label_prefix"}


def _unglue_section_label(kept, profile, removed):
    """A section's label before the headline goes before the headline is looked for: in brackets
    or before a bar (the strip rule `category_label_prefix`), or glued to it in a text copy
    (`중국소식웨이하이 카페리 …`) when the page's breadcrumb ends in that label, which is the
    evidence: above the first sentence, a line that starts with it and goes on loses it."""
    labels = {m.group(1).strip() for r in removed if r.whole_line and r.rule.rsplit(":", 1)[-1] in _PATH_RULES
              for m in [_CRUMB_STEP.search(r.text)] if m}
    strips = [r for r in profile.rules_of("strip") if r.name.rsplit(":", 1)[-1] in _HEAD_LABEL_STRIPS]
    out = list(kept)
    for k, (i, raw) in enumerate(kept[:_first_prose(kept)]):
        line = squeeze_spaces(raw)
        label = next((lb for lb in sorted(labels, key=len, reverse=True)
                      if line.startswith(lb) and len(line) - len(lb) >= _HEADLINE_CHARS[0]
                      and not _a_word_of_the_text(line, kept, k)), None)
        m = None if label is not None else next((m for r in strips for m in [r.regex.match(line)] if m), None)
        if m is not None and len(line) - m.end() >= _HEADLINE_CHARS[0]:
            label = m.group(0)
        if label is not None:
            out[k] = (i, line[len(label):].lstrip(" |:·"))
            removed.append(Removed(i, label.strip(), f"{profile.name}:section_label", whole_line=False))
    return out


def _a_word_of_the_text(line: str, kept, k: int) -> bool:
    """Whether the line's first word comes again in another line of the text: then the label it
    starts with is part of that word (`지역정보센터` of `홈 > 지역정보`), not glued to it."""
    word = line.split(maxsplit=1)[0].rstrip(",.…·:")
    return any(word in raw for j, (_, raw) in enumerate(kept) if j != k)


def _beside_its_like(items, n: int, rule) -> bool:
    """Whether the line before or after `items[n]` is another line that `rule` matches."""
    line = squeeze_spaces(items[n][1])
    for m in (n - 1, n + 1):
        if 0 <= m < len(items):
            other = squeeze_spaces(items[m][1])
            if other != line and len(other) <= rule.max_chars and rule.matches(other, reads_as_sentence(other)):
                return True
    return False


def _between_sentences(items, n: int, rule, profile: Profile | None = None) -> bool:
    """Whether the line right before `items[n]` closes a sentence and the one after is a line of
    text (wrapped text: the end and the start of two paragraphs), neither of them matched by
    `rule` (two entries one under another are a list). Given the `profile`, a line after that one
    of its drop rules takes whole (a broadcast's camera credit under its sign-off) is no text."""
    if not 0 < n < len(items) - 1:
        return False
    before, after = squeeze_spaces(items[n - 1][1]), squeeze_spaces(items[n + 1][1])
    return bool(_CLOSES_KOREAN.search(before) or is_prose(before)) and len(after) >= _PROSE_MIN_CHARS \
        and len(_LETTERS.findall(after)) >= _PROSE_MIN_CHARS // 2 and not rule.matches(before) and not rule.matches(after) \
        and (profile is None or _drop_rule(after, profile) is None)


# A self-introduction is written in the polite style (`…하고 있습니다.`, `…나눠요.`).
_POLITE_END = re.compile(r"(?:니다|요)[.!]?$")
_INTRO_MAX_CHARS = 120


def _drop_head_intro(items, kept, profile, removed):
    """A blog's or café's profile box holds the writer's introduction, a line of prose in the
    polite style, above the post's headline: furniture stands beside it in the page
    (`바람따라 (windtrade)` / intro / `이웃 1,024명`), and a headline-like line stands between it
    and the article's first two sentences in a row. A lead sentence has no headline below it."""
    kept_at = {i for i, _ in kept}
    order = [i for i, _ in items]
    where = {i: n for n, i in enumerate(order)}
    lines = [squeeze_spaces(raw) for _, raw in kept]
    prose = [is_prose(line) for line in lines]
    run = next((k for k in range(len(kept) - 1) if prose[k] and prose[k + 1]), len(kept))
    headline_below = [False] * (run + 1)          # a headline-like line between k and the run
    for k in range(run - 1, -1, -1):
        headline_below[k] = headline_below[k + 1] or (k + 1 < run and not prose[k + 1] and _headline_like(lines[k + 1]))
    # a time stamp beside it is no profile box: a news lead in the polite style sits under its 입력 line
    stamps = {r.line_no for r in removed if r.rule.split(":")[-1] in _STAMP_RULES}
    first_stamp = min(stamps, default=len(order) and order[-1] + 1)
    drop = set()
    for k in range(run):
        i, n = kept[k][0], where[kept[k][0]]
        if i > first_stamp:
            break       # under the post's stamp stands its body: the profile box is above its title
        beside = [order[m] for m in (n - 1, n + 1) if 0 <= m < len(order)]
        if (prose[k] and len(lines[k]) <= _INTRO_MAX_CHARS and _POLITE_END.search(lines[k])
                and any(b not in kept_at and b not in stamps for b in beside) and headline_below[k]):
            drop.add(i)
            removed.append(Removed(i, lines[k], f"{profile.name}:profile_intro"))
    return [(i, raw) for i, raw in kept if i not in drop]


def _drop_rule(line: str, profile: Profile):
    return profile.first_drop(line)


def _over_a_stamp(items, n: int, profile: Profile) -> bool:
    """Whether the line right after `items[n]` is a post's stamp (a date-bearing stamp rule's line)."""
    if n + 1 >= len(items):
        return False
    rule = _drop_rule(squeeze_spaces(items[n + 1][1]), profile)
    return rule is not None and rule.name.rsplit(":", 1)[-1] in _STAMP_RULES


def _logo_with_furniture(line: str, profile: Profile, site_names):
    """`블로그 이름 이웃추가 본문 기타 기능`: the site's name, then a line that a rule drops."""
    for name in site_names:
        if line.startswith(name) and len(line) > len(name):
            rule = _drop_rule(line[len(name):].strip(), profile)
            if rule is not None:
                return rule
    return None


# A broadcast's closing line that names the program or the site: `지금까지 930 경제매거진이었습니다.`
_SIGN_OFF = word_pattern("sign_off")


def _site_sign_off(line: str, profile: Profile, site_names):
    """The sign-off that names one of the page's site or program names (`<title>`'s parts): the
    `sign_off` rule's, as one naming a station and a reporter is. A sentence naming anything else
    (`지금까지 최대 규모였습니다.`) is the text's."""
    m = _SIGN_OFF.match(line) if site_names else None
    if m is None or m.group(1) not in site_names:
        return None
    return next((r for r in profile.rules_of("drop") if r.name.endswith(":sign_off")), None)


_WORD_END = re.compile(r"[가-힣\u4e00-\u9fff][\"'”’」』)]*[.?!。][\"'”’」』)]*$")
_SENTENCE_BREAK = re.compile(r"[.?!。][\"'”’」』)]*\s")


def _prose_before(line: str, rule) -> str:
    """The sentences in front of where `rule` matched `line`, when they are prose: a rule
    removes a whole line only when the whole line is furniture."""
    m = rule.regex.search(line) if rule.words is None else None
    if m is None or m.start() == 0:
        return ""
    # The longest run of sentences in front: a sentence ends on a word (`…했다.`), not on
    # `Tel.` or `2025.02.08.`, and menus and footers separate their items with bars.
    for b in reversed(list(_SENTENCE_BREAK.finditer(line, 0, m.start() + 1))):
        prose = line[:b.end()].rstrip()
        if is_prose(prose) and _WORD_END.search(prose) and "|" not in prose:
            return prose
    return ""


_CLOSES_KOREAN = re.compile(r"[가-힣]다\.[\"'”’」』)]*$")


def _drop_paragraphs(paragraphs: list[str], profile: Profile, removed: list[Removed]) -> list[str]:
    """Hard-wrapped text, once unwrapped: a paragraph that a drop rule takes whole (a note
    or a disclaimer wrapped over lines, whose first line alone matched nothing)."""
    kept = []
    for n, p in enumerate(paragraphs):
        line = squeeze_spaces(p)
        rule = _drop_rule(line, profile)
        if rule is not None and not rule.in_text and _between_sentences(list(enumerate(paragraphs)), n, rule):
            rule = None        # a reference cited between two paragraphs of the text
        if rule is not None and not _prose_before(line, rule):
            removed.append(Removed(-1, line, rule.name))
        else:
            kept.append(p)
    return kept


def _strip(paragraph: str, profile: Profile, removed: list[Removed], dates: list, skip: frozenset | set = frozenset()) -> str:
    """Furniture glued to prose goes, the prose stays: the first matching prefix rule
    (a dateline) and the first matching suffix rule (a trailing byline or agency tag); not the
    rules named in `skip`."""
    listed, of = profile.strips_for(paragraph), paragraph    # one shortlist for both ends (one pass)
    for at_end in (False, True):
        if paragraph is not of:      # a prefix went: the rest is another text
            listed = profile.strips_for(paragraph)
        for rule in listed:
            if rule.at_end != at_end or rule.name.rsplit(":", 1)[-1] in skip or not rule.might_match(paragraph, listed=True):
                continue
            if at_end:
                m = rule.regex.search(paragraph)
                glued = m is not None and 0 < m.start() and m.end() == len(paragraph)
            else:
                m = rule.regex.match(paragraph)
                glued = m is not None and m.end() < len(paragraph)
            if glued:
                removed.append(Removed(-1, m.group(0).strip(), rule.name, whole_line=False))
                if (priority := date_priority(m.group(0), rule.date)) is not None and iso_date(m.group(0)):
                    dates.append((priority, -1, iso_date(m.group(0))))
                paragraph = paragraph[:m.start()] if at_end else paragraph[m.end():]
                break
    return paragraph
