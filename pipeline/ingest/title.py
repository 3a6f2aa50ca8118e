"""The headline of a page: the line of the text that is its title (when the page's metadata gives
none), the page's own line for a title that the metadata cut, and the lines around the headline
that go with it (what stands above it, tools below it, the headline printed again)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.ingest.lineshape import (_INNER_SENTENCE_END, _LETTERS, _PARTICLE_WORD, _PROSE, _TABLE_ROW, _WIDE_PAGE_MARK,
                                       _continues, _first_prose, _heads_notes, _is_heading, _part, _piece_of_a_sentence,
                                       is_prose)
from pipeline.ingest.dates import event_date, iso_date, system_stamp
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile, header_lines, reads_as_sentence
from pipeline.ingest.unwrap import display_width, first_full_line, reaches_margin
from pipeline.model import Removed
from pipeline.rulecache import parse_toml


# A headline: letters enough to say something, not a sentence, not a menu.
_HEADLINE_CHARS = (6, 100)
_HEADLINE_PREFERRED = 12          # shorter head lines are mostly series names and kickers


_OPENING_QUOTES = "\"“‘'「『"


# A subtitle after the title on the same line, behind a colon or a dash (`…의 성장과 한계: 베트남 접경 …`).
_SUBTITLE_AFTER = re.compile(r"\s*[:：]\s*(\S.{3,})$|\s+[-–—―]\s+(\S.{3,})$")


def _shown_title(title: str, items, site_names=()) -> str:
    """The page's own line for a `<title>`/`og:title` that the site cut (`…`) or glued a series
    label to (`[차이나 인사이드] …`), or cut at its first quotation mark (`웨이하이시` of `웨이하이시 "한국
    카페리 노선 늘린다"`), while the page shows the whole headline on its own: that line, as the page
    shows it (with a label only when the page prints it on the line). Also a heading that goes on
    with a subtitle the metadata left out (`광시 … 성장과 한계` shown as `광시 … 성장과 한계: 베트남 접경
    교역 자료를 바탕으로`), unless what follows is one of `site_names` (`헤드라인 - 남해일보`)."""
    lines = [squeeze_spaces(raw) for _, raw in items[:_first_prose(items)]]
    if title in lines:
        return ""
    label, cut = _part("headline_label"), _part("cut_end")
    core = cut.sub("", label.sub("", title))
    was_cut = core != label.sub("", title)
    for line in reversed(lines):    # cut at its first quotation mark (a site that left `"` unescaped in `og:title`)
        if line.startswith(title) and line[len(title):].lstrip()[:1] in _OPENING_QUOTES and _headline_like(line):
            return line
    for line in reversed(lines):    # the page's heading goes on with a subtitle that `og:title` left out
        if line.startswith(title) and (m := _SUBTITLE_AFTER.match(line, len(title))) and _headline_like(line) \
                and not any((m.group(1) or m.group(2)).startswith(site) for site in site_names if site):
            return line
    if (glued := _glued_to_a_label(title, lines)):
        return glued
    if (whole := _cut_at_a_word(title, lines, site_names)):
        return whole
    if len(core) < _HEADLINE_PREFERRED:
        return ""
    for line in reversed(lines):    # the closest above the text: lists of other articles stand higher
        bare = label.sub("", line)
        if _headline_like(line) and (bare == core or (was_cut and bare.startswith(core) and len(bare) > len(core))):
            return line
    return ""


def site_slogan(title: str, whole: str, site_names, shown_lines) -> bool:
    """`title` is what a metadata title `whole` leaves once the site's name is cut off (`돈의 흐름을 읽는 경제신문`
    of `og:title` `매일시장 - 돈의 흐름을 읽는 경제신문`, the site named first, by `<title>`'s other part or `og:site_name`),
    and no line of the page shows it: the site's slogan, never the article's headline (a headline glued to the
    site's name is the page's `<h1>` or a line of its own; a site's name after a headline is its suffix)."""
    if not title or title == whole or not any(site and whole.startswith(site) and site not in title for site in site_names):
        return False
    return not any(title in line for line in shown_lines)


# A board's tag after a café's name in its `og:title` (`선양 한인 교류방 [생활정보]`): the menu the post is filed under.
_BOARD_TAG = re.compile(r"\s*[\[(【]\s*[^\[\]()【】]{1,16}?\s*[\])】]$")
# A part of `<title>` that names a café or blog platform (`가상 카페`, `… 블로그`) or a board (`수출입 실무 게시판`).
_PLATFORM_PART = re.compile(r"(?i)(?:카페|블로그|cafe|café|blog)$")


# A café's or blog's name, then its slogan after a dash (`화남상인모임 - 광저우 한인 무역인 카페`).
_NAME_AND_SLOGAN = re.compile(r"^(\S.{1,20}?)\s+[-–—|]\s+\S")


def name_of_board(og_title: str, title_parts: list[str]) -> str:
    """`og_title` is a café's or forum's own name, returned without its board's tag ("" when not): a part of `<title>`
    followed in `og:title` by the board's tag, the other parts naming a platform or a board (`선양 한인 교류방 [생활정보]`
    of `선양 한인 교류방 : 가상 카페`); or a short name (a site's, not a post's length) whose other parts of `<title>` name
    a board (`무역인 광장` of `무역인 광장 - 수출입 실무 게시판`); or the name and its slogan (`이우상인방 - 이우 한인 잡화
    무역인 카페` over a `<title>` `이우상인방 : 가상 카페`: returned whole, the slogan is no post's title either). Such a
    name never titles a post; the post's heading on the page does. (A blog's `og:title` that is its post's title, `<post> : <platform>` in `<title>`, stays.)"""
    name = _BOARD_TAG.sub("", og_title).strip()
    slogan = _NAME_AND_SLOGAN.match(name)
    platforms = [p for p in title_parts if slogan and p != slogan.group(1)]
    if slogan and platforms and slogan.group(1) in title_parts and name not in title_parts \
            and all(_PLATFORM_PART.search(p) for p in platforms):
        return name     # `<café> - <slogan>` over `<café> : <platform>`: the café's name with its slogan, whole
    others = [p for p in title_parts if p != name]
    if not name or name not in title_parts or not others:
        return ""
    board = dict(not_headline_rules())["board_name"]
    tagged = name != og_title.strip() and all(_PLATFORM_PART.search(p) or board.search(p) for p in others)
    on_a_board = len(name) < _HEADLINE_PREFERRED and all(board.search(p) for p in others)
    return name if tagged or on_a_board else ""


_CUT_WORDS_MAX = 2       # words a site's `og:title` may leave off its headline's end with no mark
# ... or the headline's second half after its ellipsis (`… 공장 증설` of `… 공장 증설…"3억 위안 기금으로 지원"`)
_ELLIPSIS_ON = re.compile(r"\s*(?:…|\.{3}|‥)\s*[\w\"'“‘「『\u4e00-\u9fff가-힣]")


def _cut_at_a_word(title: str, lines: list[str], site_names=()) -> str:
    """The page's headline when `title` is it cut after a word with no mark (`충칭 전기차 공장 증설…연 50만대` of
    `… 연 50만대 생산`): the closest line above the text that goes on from `title` with a word or two (no mark
    between, no site's name) or with the half after an ellipsis (`…"3억 위안 기금으로 지원"`), the longest agreeing form."""
    if len(title) < _HEADLINE_PREFERRED:
        return ""
    for line in reversed(lines):
        rest = line[len(title):]
        if line.startswith(title) and (re.match(r"\s+[\w\u4e00-\u9fff가-힣]", rest) and len(rest.split()) <= _CUT_WORDS_MAX
                                       or _ELLIPSIS_ON.match(rest)) \
                and _headline_like(line) and not any(site and site in rest for site in site_names):
            return line
    return ""


_GLUE_MARKS = " |:-–—·"


def _glued_to_a_label(title: str, lines: list[str]) -> str:
    """The headline when `title` is two lines of the page glued: a label line the page sets apart
    above it (a series with its installment, `[연속기획] 중국 내륙을 가다 ⑤`) and then the headline,
    `<label> <headline>` in `<title>`/`og:title`. The label stays out of the title."""
    for k, line in enumerate(lines):
        if len(line) < _HEADLINE_PREFERRED or not title.endswith(line) or title == line:
            continue
        label = title[:-len(line)].rstrip(_GLUE_MARKS)
        if label and label in lines[:k] and _headline_like(line):
            return line
    return ""


_STAMP_RULES = {"posted_time", "header_date", "timestamp", "dated_byline", "print_edition"}


def _wrapped_start(items) -> int:
    """Where the wrapped body of a hard-wrapped text starts: at the first line that reaches
    the margin, and not before the first run of lines with no blank line between them (a
    headline that happens to reach the margin stands alone, blank lines around it, or runs
    on into its wrapped end). Text that puts a blank line after every line has no such runs."""
    raws = [raw for _, raw in items]
    full = first_full_line(raws)
    if full < len(items) and _over_the_wrap(raws, full) and _headline_like(squeeze_spaces(raws[full])):
        full += 1 + first_full_line(raws[full + 1:])     # a headline wider than the wrap, right above it
    # A headline at the margin (one or two lines) is no paragraph, in text whose paragraphs are
    # blocks of lines (a text with a blank line after every line has no such blocks).
    blocks = sum(1 for m in range(len(items) - 1) if items[m + 1][0] == items[m][0] + 1) >= _BLOCK_PAIRS_MIN
    for _ in range(_TITLE_BLOCKS_MAX):
        if not blocks or (end := _title_block_end(items, full)) is None:
            break
        full = end + 1 + first_full_line(raws[end + 1:])
    run = next((k for k in range(len(items) - 1)
                if items[k + 1][0] == items[k][0] + 1 and not _continues(items[k], items[k + 1])), 0)
    # a narrow copy with no blank line: its stamp line (`2025.11.05 가상연변통신`) among the first lines ends the head
    stamp = date_stamp()
    dated = next((k for k in range(1, min(_STAMP_WITHIN, len(items))) if stamp.search(squeeze_spaces(items[k][1]))), 0)
    return max(full, run, dated and dated + 1)


_STAMP_WITHIN = 3     # lines: a headline over one or two lines, then its stamp


def _over_the_wrap(raws: list[str], k: int) -> bool:
    """Line `k` is wider than every line of the wrapped text under it (a wrap never makes a line wider
    than its margin): a headline above a text wrapped at a short width, with no blank line between."""
    below = [display_width(raw.rstrip()) for raw in raws[k + 1:k + 1 + _OVER_WINDOW] if raw.strip()]
    return len(below) >= _OVER_WINDOW // 2 and display_width(raws[k].rstrip()) > max(below) + _OVER_SLACK


_OVER_WINDOW = 6     # lines under it that set the wrap
_OVER_SLACK = 2      # columns: a closing mark may run past the margin


_BLOCK_PAIRS_MIN = 3     # lines directly after another: a text whose paragraphs are blocks
_TITLE_BLOCKS_MAX = 2    # a headline and a subtitle at the margin, at most, above the text


def _title_block_end(items, k: int) -> int | None:
    """The last position of a block of at most two lines (no blank line between) that starts
    at `k` and is a headline, not a paragraph: headline-like lines, the last not closing a
    sentence, a blank line after it."""
    if k >= len(items):
        return None
    end = k
    while end + 1 < len(items) and items[end + 1][0] == items[end][0] + 1:
        end += 1
    starts_block = k == 0 or items[k - 1][0] != items[k][0] - 1
    lines = [squeeze_spaces(raw) for _, raw in items[k:end + 1]]
    if len(lines) == 2 and _never_headline(lines[1]) and not _never_headline(lines[0]):
        end, lines = k, lines[:1]       # a headline over its stamp line (`2025.10.15 가상조선어방송`)
    if starts_block and len(lines) <= 2 and all(_headline_like(line) for line in lines) and not _PROSE.search(lines[-1]):
        return end
    return None


def _linked(density: list[float] | None, profile: Profile) -> set[int]:
    """Line numbers that are mostly link text (HTML): menus and lists, never the headline."""
    limit = profile.edges.get("link_density")
    return {i for i, d in enumerate(density or ()) if limit is not None and d >= limit}


_QUESTION_HEADLINE = re.compile(r"[?？]$")


def _question_headline(items, head_end: int, removed, plain: bool = False) -> int | None:
    """The position of a question of a headline's length, at or above the text's first sentence
    (`items[head_end]`), whose very next line went as the post's stamp or byline (`… 소식
    들으셨나요?` over `<nickname> 2026.02.21 22:14 조회 87`): a café's or forum's post title, not
    a sentence of the text."""
    under = {r.line_no for r in removed if r.whole_line and r.rule.rsplit(":", 1)[-1] in _UNDER_TITLE_RULES}
    # a blog's or café's posting line, the writer's name before the date and time: the line above it
    # is the post's title whatever it ends with (`광저우 캔톤페어 다녀왔어요 (2025 가을)`)
    # ... and a broadcast's date line (`방송일 2025.10.17`, `방송 2025.10.3(금) 07:40`): the line above it is
    # the item's headline, the program's name stands higher (`아침의 창 중국 리포트`)
    posted = {r.line_no for r in removed if r.whole_line and not event_date(r.text) and (
        r.rule.rsplit(":", 1)[-1] == "timestamp" and _NICKNAME_STAMP.match(r.text)
        or r.rule.rsplit(":", 1)[-1] == "broadcast_date")}
    after = _next_lines(items, removed)
    stamped = {r.line_no for r in removed if r.whole_line and r.rule.rsplit(":", 1)[-1] in _POST_STAMP_RULES
               and iso_date(r.text) and not system_stamp(r.text) and not event_date(r.text)}
    texts = {**{r.line_no: r.text for r in removed if r.whole_line}, **{i: squeeze_spaces(raw) for i, raw in items}}
    for k in range(min(head_end, len(items) - 1), -1, -1):
        i, raw = items[k]
        line = squeeze_spaces(raw)
        if after.get(i) in under and _QUESTION_HEADLINE.search(line) and len(line) <= _HEADLINE_CHARS[1] \
                and line.count("?") + line.count("？") == 1 and not any(mark in line for mark in ".!。"):
            return k
        if _over_writer_lines(i, after, stamped, texts) and _headline_like(line) and len(line) >= _HEADLINE_PREFERRED \
                and not _never_headline(line):
            return k    # a post's subject over its writer's lines (nickname, masked id, grade) and its stamp
        if after.get(i) in posted and _headline_like(line) and len(line) >= _HEADLINE_PREFERRED and not _never_headline(line) \
                and not writer_line(line, ("writer_mark",)):    # the writer's line with a grade over the stamp is no title
            if _PARENTHESISED.match(line) and k > 0 and after.get(items[k - 1][0]) == i \
                    and _headline_like(above := squeeze_spaces(items[k - 1][1])) and not _PARENTHESISED.match(above):
                return k - 1    # a subtitle in parentheses (`(보세구역 안쪽 2동)`) under the post's title
            return k - 1 if plain and after[i] != i + 1 and _subtitle_of(items, k) else k
    return None


_PARENTHESISED = re.compile(r"^[(（][^()（）]+[)）]$")


_WRITER_LINES_MAX = 3    # a nickname, a masked id, a member's grade


def _over_writer_lines(i: int, after: dict[int, int], stamped: set[int], texts: dict[int, str]) -> bool:
    """Line `i` stands over one to three writer lines of a post (data/title_labels.toml `writer`: `바닷바람`,
    `sy_new****`, `새싹멤버`) and then its dated stamp (`stamped`, removed: `2026.03.20 | 조회 12 |`): the post's subject."""
    n, seen = after.get(i), 0
    while n is not None and seen <= _WRITER_LINES_MAX:
        if n in stamped:
            return seen > 0
        if not writer_line(texts.get(n, "")):
            return False
        n, seen = after.get(n), seen + 1
    return False


def writer_line(line: str, kinds: tuple[str, ...] = ("writer_name", "writer_mark")) -> bool:
    """`line` is a post's writer line: a nickname or id alone, a masked id, a member's grade (data/title_labels.toml;
    of `kinds` only, when given)."""
    return any(rx.match(line) for name, rx in _named_patterns(TITLE_LABELS, "writer") if name in kinds)


def _subtitle_of(items, k: int) -> bool:
    """Line `k` (plain text) is the second of a block of two headline-like lines, set apart from the
    stamp under it by a blank line: the headline's subtitle (`시안 반도체 클러스터, 한국 기업의 기회` /
    `삼성 공장 20년, 협력사 120곳으로` / `` / `방송일 2025.10.02`). A program's name stands over a headline
    with its stamp right under it (`아침의 창 중국 리포트` / headline / `방송일 …`)."""
    if k == 0 or items[k - 1][0] != items[k][0] - 1 or (k >= 2 and items[k - 2][0] == items[k][0] - 2):
        return False
    above = squeeze_spaces(items[k - 1][1])
    return _headline_like(above) and len(above) >= _HEADLINE_PREFERRED and not _never_headline(above)


def _next_lines(items, removed) -> dict[int, int]:
    """Line number -> the number of the next line that holds text, kept or removed (an HTML page's
    blocks stand one or more line numbers apart)."""
    numbers = sorted({i for i, _ in items} | {r.line_no for r in removed if r.whole_line})
    return dict(zip(numbers, numbers[1:]))


_POST_LIST_MIN = 2      # stamped titles one under another: a list of posts, not the post


def _post_list(items, head_end: int, removed) -> set[int]:
    """Line numbers of a list of other posts above the text (a blog's `최근 글`): two or more
    headline-like lines, each over its posting stamp (`라오산 등산로 다녀왔어요` / `2025. 10. 3. 14:20`),
    with a headline-like line of no stamp between the last of them and the text, the post's own
    title. The list's titles and stamps (whose dates are not the page's)."""
    posted = {r.line_no for r in removed if r.whole_line and r.rule.rsplit(":", 1)[-1] in ("timestamp", "header_date")
              and _NICKNAME_STAMP.match(r.text)}
    head = items[:min(head_end, len(items))]
    after = _next_lines(items, removed)
    stamped = [k for k, (i, raw) in enumerate(head) if after.get(i) in posted and _headline_like(squeeze_spaces(raw))]
    if len(stamped) < _POST_LIST_MIN or not any(
            _headline_like(squeeze_spaces(raw)) and after.get(i) not in posted for i, raw in head[stamped[-1] + 1:]):
        return set()
    return {items[k][0] for k in stamped} | {after[items[k][0]] for k in stamped}


# A posting line headed by the writer's name (`곰돌이무역  2025. 10. 20. 23:11`), no label (`입력`).
# A portal's posting line may have no name, only the date, time and counters (`2025-03-12 08:30 조회 3,482`);
# a blog's only the date and time, maybe a reading time (`2025. 11. 5. 20:31 · 읽는 데 2분`). The name may stand
# before a middle dot as before a bar (`구름위상인 · 2026. 5. 2. 22:14 · 공감 18`, devset titles17).
_NICKNAME_STAMP = re.compile(r"^(?!입력|등록|작성|수정|기사|발행|게재|업데이트|송고|승인)(?:[^\d\s]\S{0,15}\s*(?:[|·]\s*)?"
                             r"|(?=.*(?:조회|추천|댓글))|(?=\d{4}\s?[.\-/]\s?\d{1,2}\s?[.\-/]\s?\d{1,2}\.?\s+\d{1,2}:\d{2}))"
                             r"\d{4}\s?[.\-/년]")
# What goes right under a post's title besides a time stamp: a byline, the writer's name, a board's
# post line with its counters (`작성자 … | 2025.10.13 11:47 | 조회 96`, `연변새내기 | 5시간 전 | 조회 41`).
_UNDER_TITLE_RULES = _STAMP_RULES | {"byline", "author_label", "user_handle", "member_grade", "article_meta",
                                     "relative_stamp"}
# A post's dated stamp under its writer's lines: one of those, or a date alone with its time (`2026. 4. 2. 21:37`).
_POST_STAMP_RULES = _UNDER_TITLE_RULES | {"header_date"}


def _find_headline(items, head_end, profile, removed, linked=frozenset(), wrapped=False,
                   headings=frozenset(), chrome=(), closest=False, question=None, broken=frozenset(), plain=False):
    """The headline is the first headline-like line above the article's first sentence
    (a longer one preferred: short head lines are series names and kickers; a section
    heading only when nothing else is there); the non-sentence lines above it are menus
    and mastheads. Mastheads, series lines, tickers and the like (data/not_headlines.toml)
    are passed over while another candidate is there. On a page whose title is unknown, a
    heading element (h1-h3) closest above the body is the post's title, else (`closest`)
    the headline-like line closest above it that is not a subtitle; a line headed by the
    site's name, as its header and footer are, is never the headline. `plain`: lines of a plain text
    (not HTML blocks), where a headline may run on to the next line."""
    head = [(k, squeeze_spaces(raw), i in linked) for k, (i, raw) in enumerate(items[:head_end])
            if not squeeze_spaces(raw).startswith(chrome) and not _piece_of_a_sentence(items, k)
            and i not in broken and i - 1 not in broken                # half a number
            and not _WIDE_PAGE_MARK.match(raw.strip())]       # `<series>      1`: a page's header
    head = _without_led_lines(head)
    titled = [(k, line) for k, line, _ in head if items[k][0] in headings and _headline_like(line)
              and not _never_headline(line) and not _section_over_story(items, k)]
    likely = titled[-1:] or _likely([h for h in head if not _never_headline(h[1])], profile) \
        or _likely([h for h in head if not _never_headline(h[1], _NEVER_EVEN_ALONE)], profile)
    preferred = [(k, line) for k, line in likely if len(line) >= _HEADLINE_PREFERRED and not _SUBTITLE.match(line)]
    if closest and preferred:
        likely = preferred[-1:]       # a post's title stands right above its body, the blog's blurb higher up
    pick = next(((k, line) for k, line in likely if len(line) >= _HEADLINE_PREFERRED), likely[0] if likely else None)
    if plain and pick is not None and _opens_a_wrapped_paragraph(items, pick[0]):
        # the first line of a wrapped paragraph is no headline: a short one standing alone above it is
        pick = next(((k, line) for k, line in reversed(likely) if k < pick[0] and _alone(items, k)), pick)
    if question is not None:
        pick = question, squeeze_spaces(items[question][1])
    if pick is None:
        return items, ""
    k, line = pick
    if (wrapped or plain) and question is None and k > 0 and _dangles(items[k - 1], items[k]) \
            and _headline_like(above := squeeze_spaces(items[k - 1][1])) and not _never_headline(above) \
            and (k < 2 or items[k - 2][0] != items[k - 1][0] - 1):
        k, line = k - 1, above      # its first half, cut after a joining particle (`광둥성 제조업 이전과`), right above it
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:before_title") for i, raw in items[:k])
    if (wrapped or plain) and _over_its_stamp(items, k, removed):
        # a narrow copy's headline over two lines, right above its stamp (`장춘 자동차 수출` / `50% 늘어` /
        # `2026.11.19 10:02 가상모바일뉴스`): one headline
        (i, raw), (_, rest) = items[k], items[k + 1]
        return [(i, raw.rstrip() + " " + rest.strip())] + items[k + 2:], squeeze_spaces(raw + " " + rest)
    if k + 1 < len(items) and _never_headline(squeeze_spaces(items[k + 1][1])):
        return items[k:], line      # a stamp or a series line under it is no part of it (`2025.10.15 가상조선어방송`)
    if k + 1 < len(items) and items[k + 1][0] == items[k][0] + 1 and _DASHED_SUBTITLE.match(items[k + 1][1]) \
            and _a_paper(items, removed):
        # A paper's subtitle between dashes on the next line (`― 훈춘과 단둥을 중심으로 ―`) is its title's.
        (i, raw), (_, sub) = items[k], items[k + 1]
        joined = squeeze_spaces(raw) + " " + squeeze_spaces(sub)
        return [(i, joined)] + items[k + 2:], joined
    if wrapped and k + 1 < len(items) and _continues(items[k], items[k + 1]):
        # A headline wrapped before a particle (`… 한국 기업` / `의 진출 전략`): one headline.
        (i, raw), (j, rest) = items[k], items[k + 1]
        joined = raw.rstrip() + (" " if raw != raw.rstrip() else "") + rest.strip()
        return [(i, joined)] + items[k + 2:], squeeze_spaces(joined)
    if k + 1 < len(items) and (wrapped and _wraps_on(items, k) or (wrapped or plain) and _dangles(items[k], items[k + 1])):
        # A headline wrapped after a particle that needs more (`… 전기차 전환과` / `한국 부품기업의 기회`),
        # also on a plain text's cover whose body is not wrapped (`중국 서부 신에너지 기지의` / `전력 송출 구조`).
        (i, raw), (_, rest) = items[k], items[k + 1]
        return [(i, raw.rstrip() + " " + rest.strip())] + items[k + 2:], squeeze_spaces(raw + " " + rest)
    return items[k:], line


def _section_over_story(items, k: int) -> bool:
    """Line `k` is a newsletter's section label (data/page_parts.toml section_label, `■ 이슈 포커스`) over a
    longer headline-like line as the next line kept: the story's head, the title (a section's heading element is no post's title)."""
    if k + 1 >= len(items) or not _part("section_label").match(items[k][1].strip()):
        return False
    below = squeeze_spaces(items[k + 1][1])
    return _headline_like(below) and len(below) >= _HEADLINE_PREFERRED and not _never_headline(below)


def _without_led_lines(head):
    """`head` without the lines a dateline opens (data/page_parts.toml dateline_open) when a headline-like line
    stands above them: there the dateline leads the article's first line (`延吉 변경무역 활기` over `【延吉=本社】
    연길시의 …`); with none above, an archive glued its dateline to the headline (`【上海=本紙 …】 포동지구에 …`)."""
    led = _part("dateline_open")
    first = next((n for n, (_, line, _) in enumerate(head) if led.match(line)), None)
    if first is None or not any(_headline_like(line) and not _never_headline(line) for _, line, _ in head[:first]):
        return head
    return [h for h in head if not led.match(h[1])]


def _over_its_stamp(items, k: int, removed) -> bool:
    """Lines k and k + 1 are a block of two headline-like lines standing on the line right above a date stamp
    (data/not_headlines.toml date_stamp; kept or already removed), nothing directly above them: a headline
    wrapped over two lines."""
    if k + 1 >= len(items) or (k and items[k - 1][0] == items[k][0] - 1):
        return False
    (i, raw), (j, rest) = items[k:k + 2]
    below = [line for n, line in items[k + 2:k + 3] if n == j + 1] + [r.text for r in removed if r.line_no == j + 1]
    rest = squeeze_spaces(rest)
    return j == i + 1 and bool(below) and not is_prose(rest) and bool(_LETTERS.search(rest)) and not _never_headline(rest) \
        and not writer_line(rest, ("writer_mark",)) \
        and bool(date_stamp().search(squeeze_spaces(below[0]))) \
        and len(raw.strip()) + len(rest) <= _HEADLINE_CHARS[1]


def _alone(items, k: int) -> bool:
    """Line `k` stands alone, a blank line (or the page's edge) above and under it."""
    i = items[k][0]
    return (k == 0 or items[k - 1][0] < i - 1) and (k + 1 == len(items) or items[k + 1][0] > i + 1)


def _opens_a_wrapped_paragraph(items, k: int) -> bool:
    """Line `k` goes on in the very next line, which closes a sentence inside itself and runs on past it
    (`중국 요녕성의 올해 수출은 작년보다 3.5% 줄어` / `모두 120억 달러에 그쳤다. 대`): a wrapped paragraph's
    first line, too short a text to be recognised as wrapped."""
    if k + 1 >= len(items) or items[k + 1][0] != items[k][0] + 1 or _PROSE.search(items[k][1].strip()):
        return False
    below = squeeze_spaces(items[k + 1][1])
    return bool(_INNER_SENTENCE_END.search(below)) and not _PROSE.search(below)


# A subtitle between dashes on a line of its own (`― 훈춘과 단둥을 중심으로 ―`, `- 사례 연구 -`).
_DASHED_SUBTITLE = re.compile(r"^\s*([-–—―])\s*[^\d\s\-–—―].*[가-힣\u4e00-\u9fff]{2}.*\s*[-–—―]\s*$")
# A scholarly paper's marks: its abstract's and keywords' headings, the dates of its review, its authors'
# notes. A press release's subtitle between dashes is its own line, not part of the headline.
_PAPER_MARK = re.compile(r"^(?:국문\s*|영문\s*)?(?:초록|Abstract|ABSTRACT)$|^(?:주제어|핵심어|Key\s?words?)\s*[:：]"
                         r"|投稿|揭載|게재\s*(?:확정|승인)|심사\s*(?:일|완료)|교신\s*저자|제1\s*저자")


def _a_paper(items, removed) -> bool:
    """The text carries a scholarly paper's marks, in its kept lines or in what went."""
    return any(_PAPER_MARK.search(squeeze_spaces(raw)) for _, raw in items) \
        or any(_PAPER_MARK.search(r.text) for r in removed)


# A word left alone on a headline's second line: letters only, shorter than any headline.
_WORD_ALONE = re.compile(r"[가-힣\u4e00-\u9fff]{2,5}")


def _wraps_on(items, k: int) -> bool:
    """In wrapped text, headline line `k` reaches the margin and the very next line is a short
    headline-like line (`칭다오 해양경제 특구의 현황과 한국` / `기업의 참여 방안`), or a word or two with a
    blank line after it (`충칭 신에너지차, 부품 국산화의 다음` / `단계`): one headline wrapped."""
    (i, raw), (j, rest) = items[k], items[k + 1]
    rest = rest.strip()
    # a block of its own, blank lines around it, whose second line is a word or two: the headline's last
    # word wrapped, however narrow the headline's own wrap is against the text's margin
    block = (k == 0 or items[k - 1][0] != i - 1) and (k + 2 >= len(items) or items[k + 2][0] != j + 1)
    word = block and bool(_WORD_ALONE.fullmatch(rest)) and _headline_like(raw.strip())
    raws = [r for _, r in items]
    return j == i + 1 and not is_prose(squeeze_spaces(rest)) and len(raw.strip()) + len(rest) <= _HEADLINE_CHARS[1] \
        and (word or _headline_like(rest) and reaches_margin(raws, k) and not _over_the_wrap(raws, k))


# A headline never ends on a particle that joins it to more: `과`, `와`, `및`, `의`, a middle dot,
# nor on a verb that only ever leads to a noun (`…철도와 연계한` / `복합물류 거점으로 부상`), nor on a colon that
# leads to its subtitle (`… 인구 유출과 지방재정:` / `랴오닝·지린·헤이룽장 비교`, a paper's title wrapped at it).
_DANGLING_END = re.compile(r"(?:[가-힣](?:과|와|의|및|에\s*대한|을|를)|[·,:：]"
                           r"|(?:^|\s)(?:위한|대한|통한|향한|관한|연계한|따른|의한)|[가-힣](?:을|를|와|과|에)\s+(?:위한|통한|향한|연계한|앞둔))$")


# ... but a headline often ends on a noun whose last syllable reads so (`… 타결 합의`, `… 개정안 통과`,
# `… 10년 성과`, `… 정기 회의`): the line under it is its deck or its stamp, not its second half.
_NOUN_END = re.compile(r"(?:회의|합의|논의|협의|결의|건의|동의|주의|강의|토의|심의|결과|성과|효과|통과|사과|학과|경과"
                       r"|초과|부과)$")
# A dated stamp (`2025.11.02 작성자 관리자`) is never a headline's second half.
_DATED = re.compile(r"\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}")


def _dangles(line: tuple[int, str], after: tuple[int, str]) -> bool:
    """`line` ends on a joining particle and the very next line of the text is a short
    headline-like line: the headline's second half."""
    (i, raw), (j, rest) = line, after
    return j == i + 1 and bool(_DANGLING_END.search(raw.strip())) and not _NOUN_END.search(raw.strip()) \
        and _headline_like(rest.strip()) and not _DATED.search(rest) \
        and len(raw.strip()) + len(rest.strip()) <= _HEADLINE_CHARS[1]


# A subtitle between dashes or after an arrow (`- 도내 기업 12곳 진출 지원 -`, `▶ …`).
_SUBTITLE = re.compile(r"^\s*(?:[-–—―▶►·•]|<|\()")


def _chrome_sites(lines: list[str], site_names) -> tuple[str, ...]:
    """The site names that head two or more lines of the page that are not sentences: its
    header and footer (`카페 이름 카페 홈 · 가입하기`, `카페 이름 · 이용 안내`)."""
    lines = [squeeze_spaces(raw) for raw in lines if raw.strip()]
    return tuple(s for s in site_names if s and sum(
        1 for line in lines if line.startswith(s) and not reads_as_sentence(line)) >= 2)


def _likely(head, profile):
    """Headline-like lines of the head, (k, line): those that are not links and not section
    headings; else a chapter's heading; else a linked headline."""
    return ([(k, line) for k, line, link in head if not link and _headline_like(line) and not _is_heading(line, profile)]
            or [(k, line) for k, line, link in head if not link and _headline_like(line)]   # a chapter: its heading
            or [(k, line) for k, line, _ in head if _headline_like(line)])                 # a linked headline


# A sentence in plain style of two words or more (`수출액은 다음과 같다.`), whatever its length.
_SHORT_SENTENCE = re.compile(r"\S\s+\S*[가-힣]다\.$")


def _drop_below_title(items, title, profile, removed, wrapped=False):
    """Between the headline and the first sentence stand the subtitle, the byline and the
    page's tools; a line there shorter than any subtitle, not a sentence and not a section
    heading, is a tool (`기사원문`, `SNS 보내기`). In hard-wrapped text (`wrapped`) the lines from
    the first one at the margin are the text's (at a short width every line is short)."""
    if not items or not title or squeeze_spaces(items[0][1]) not in (title, squeeze_spaces(title)):
        return items
    first = _first_prose(items)
    if first == len(items):     # a narrow text, no line long enough for prose: its first sentence however short
        first = next((k for k in range(1, len(items)) if _SHORT_SENTENCE.search(squeeze_spaces(items[k][1]))), first)
    if wrapped:
        first = min(first, 1 + _wrapped_start(items[1:]))
    marks = _heading_marks(items[first:])
    drop = {k for k in range(1, first) if _is_tool(line := squeeze_spaces(items[k][1]), profile)
            and not _TABLE_ROW.search(items[k][1]) and not _piece_of_a_sentence(items, k) and not _heads_notes(items, k)
            and not (line[:1] in marks and line[1:2] == " ")}
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:below_title")
                   for k, (i, raw) in enumerate(items) if k in drop)
    return [it for k, it in enumerate(items) if k not in drop]


# The marks a text's own heads start with (`■ 투자 포인트` under its sentences): a short line with the same mark
# above the first sentence (`■ 지역 동향`) is a head of the same text, no tool (round 16, devset furniture16).
_HEAD_MARKS = "■□▣◆◇●◎▶►◈"
_MARKED_HEAD_MAX_CHARS = 30


def _heading_marks(text) -> set[str]:
    """The marks of the short marked lines of the text, no sentences: its own heads."""
    lines = (squeeze_spaces(raw) for _, raw in text)
    return {line[0] for line in lines if line[:1] in _HEAD_MARKS and line[1:2] == " "
            and len(line) <= _MARKED_HEAD_MAX_CHARS and not reads_as_sentence(line) and not _PROSE.search(line)}


_STAMP_DATE_PRIORITY = 2     # as `입력 …` (posted_time): the copy's own stamp


def drop_stamp_line(items, title, profile, removed, dates):
    """The line right under the headline that is only a date, a time and the source's name (`2025-11-08 연길
    가상라디오`, data/not_headlines.toml date_stamp): the copy's stamp; it dates the page and goes. Elsewhere
    such a line is left to the rules (a list of other items carries dates and names too), but one that went
    above the headline (`[조선어신문] 2025년 9월 3일`) dates the page when no better line does."""
    stamp = date_stamp()
    # a head line above the headline that is only a date (and a label or a source) dates it too; several such
    # lines are a list of other items (`2026-11-02 훈춘 물류단지 착공`, …) and date nothing
    above = [(r.line_no, day) for r in removed if r.whole_line and r.rule.endswith(":before_title")
             and stamp.search(r.text) and not system_stamp(r.text) and (day := iso_date(r.text))]
    if len(above) == 1:
        dates.append((_STAMP_DATE_PRIORITY + 1, *above[0]))
    if not title and len(items) >= 2 and _stamp_over_text(items):
        # a copy with no headline, its stamp over its first sentence (`2025.11.05 가상연변통신` / `연길시는 …`)
        i, raw = items[0]
        removed.append(Removed(i, squeeze_spaces(raw), f"{profile.name}:stamp_line"))
        dates.append((_STAMP_DATE_PRIORITY, i, iso_date(raw)))
        return items[1:]
    if len(items) < 2 or not title or squeeze_spaces(items[0][1]) != squeeze_spaces(title):
        return items
    i, raw = items[1]
    line = squeeze_spaces(raw)
    if not stamp.search(line) or system_stamp(line) or not (day := iso_date(line)):
        return items
    removed.append(Removed(i, line, f"{profile.name}:stamp_line"))
    dates.append((_STAMP_DATE_PRIORITY, i, day))
    return items[:1] + items[2:]


def _stamp_over_text(items) -> bool:
    """The first line is a copy's stamp (a date, a source's name; not a system's) and the next one is prose."""
    line = squeeze_spaces(items[0][1])
    return bool(date_stamp().search(line)) and not system_stamp(line) and bool(iso_date(line)) \
        and is_prose(squeeze_spaces(items[1][1]))


_TITLE_REPEAT_MIN_CHARS = 8


def _drop_title_repeats(items, title, profile, removed):
    """The headline printed again below it, no sentence: a report's title as the running header
    of its later pages (in wrapped text often mid-sentence)."""
    title = squeeze_spaces(title)
    if len(title) < _TITLE_REPEAT_MIN_CHARS or is_prose(title):
        return items
    first = next((k for k, (_, raw) in enumerate(items) if squeeze_spaces(raw) == title), None)
    if first is None:
        return items
    drop = {k for k in range(first + 1, len(items)) if squeeze_spaces(items[k][1]) == title}
    removed.extend(Removed(items[k][0], title, f"{profile.name}:running_header") for k in sorted(drop))
    return [it for k, it in enumerate(items) if k not in drop]


# A sentence's closing mark alone on a line (`.`, `.”`): a wrapped sentence's end, no tool.
_CLOSING_MARK = re.compile(r"^[.?!。][\"'”’」』)]*$")


def _is_tool(line: str, profile: Profile) -> bool:
    return len(line) < _HEADLINE_PREFERRED and not reads_as_sentence(line) and not _is_heading(line, profile) \
        and not _PARTICLE_WORD.search(line) and not _CLOSING_MARK.match(line)


def _headline_like(line: str) -> bool:
    lo, hi = _HEADLINE_CHARS
    return lo <= len(line) <= hi and not _PROSE.search(line) and "|" not in line and len(_LETTERS.findall(line)) >= 4


NOT_HEADLINES = Path(__file__).parent / "data" / "not_headlines.toml"


@lru_cache(maxsize=None)
def _named_patterns(path: Path, key: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(name, pattern) of the tables `key` of the rule file `path`."""
    data = parse_toml(path.read_text(encoding="utf-8"))
    return tuple((r["name"], re.compile(_with_shared(r))) for r in data[key])


# A shared header line counts as a stamp only when it carries a date (`[대본] … | 진행 …` carries none).
_CARRIES_A_DATE = r"(?=.*?\d{4}\s*(?:[.\-/]|년)\s*\d{1,2})"


def _with_shared(rule: dict) -> str:
    """`rule`'s pattern, or with the dated forms of the header lines it names in `also` (data/header_lines.toml,
    read by the cleaner's generic profile too: the one entry for each)."""
    also = [header_lines()[name]["pattern"] for name in rule.get("also", ())]
    # the date check stands after a header's own `^`: before it, a search would scan the rest of the line from
    # every position (quadratic: 10 ms on a 500-character line); it matches the same lines
    return "|".join([f"(?:{rule['pattern']})"] + [f"{'^' if p.startswith('^') else ''}{_CARRIES_A_DATE}(?:{p})"
                                                 for p in also]) if also else rule["pattern"]


def not_headline_rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(name, pattern) of the lines that are never a headline (data/not_headlines.toml)."""
    return _named_patterns(NOT_HEADLINES, "rule")


@lru_cache(maxsize=1)
def date_stamp() -> re.Pattern:
    """A copy's stamp line: a date, a time or not, and a source's name (data/not_headlines.toml date_stamp)."""
    return dict(not_headline_rules())["date_stamp"]



def _never_headline(line: str, kinds: frozenset[str] | None = None) -> bool:
    """A masthead, a publisher's line, a series or issue line, a ticker, a document number,
    a section path or an organisation's name alone (of `kinds` only, when given)."""
    return any(rx.search(line) for name, rx in not_headline_rules() if kinds is None or name in kinds)


# Never-headline kinds that are no headline even with no other line above the text: a date stamp, a
# system's banner, a ticker, a document number (a publication's name or a series line may be a report's only title).
_NEVER_EVEN_ALONE = frozenset({"date_stamp", "system_banner", "ticker", "document_number", "calendar_date", "mail_view"})


# Never-headline kinds that a page's `<title>` may hold instead of the headline: who issues the
# page, not what it says (a series or issue line may be part of a real headline: `제9호 태풍 …`).
_ISSUER_KINDS = {"masthead", "publisher", "organisation", "mail_view", "archive_service", "document_number",
                 "board_name", "publication", "system_banner"}


def _names_the_issuer(title: str) -> bool:
    return any(rx.search(title) for name, rx in not_headline_rules() if name in _ISSUER_KINDS)


_ISSUE_REST_MAX = 30      # characters of an issue's mark and date after a newsletter's name (`Vol.23`, `제41호 (2026.11.27)`)


def names_an_issue(title: str, lines: list[str]) -> bool:
    """`title` is a newsletter's or series' name with its issue (`한중통상 브리프 Vol.23`, `서부통상 리포트 제41호`,
    `남해통상 레터 2026년 12월호`, `… 2025 겨울호`: data/not_headlines.toml `series`, the one entry for issue marks),
    and the page prints that name alone on a line of its own: the mail's masthead, never its headline (a headline
    that holds an issue number, `제9호 태풍 …`, leaves no name line behind). Also a title that is a line of the page
    standing right over an issue line (`남해통상 레터` over `2026년 12월호 · … 발송`)."""
    shown = [squeeze_spaces(line) for line in lines if line.strip()]
    series = dict(not_headline_rules())["series"]
    return any(len(name) < len(title) and title.startswith(name) and len(rest := title[len(name):]) <= _ISSUE_REST_MAX
               and rest[:1] in _GLUE_MARKS and series.search(rest) for name in set(shown)) \
        or any(line == title and k + 1 < len(shown) and series.search(shown[k + 1]) for k, line in enumerate(shown))


def _drop_before_title(items, title, profile, removed):
    """Everything above the headline, once the headline is found above the first prose."""
    if len(title) < 8:
        return items
    head = items[:_first_prose(items) + 1]       # the title may be the first line of prose: a question
    k = next((k for k, (_, raw) in enumerate(head)
              if len(line := squeeze_spaces(raw)) >= 8 and (line in title or title in line)), None)
    if not k:
        return items
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:before_title") for i, raw in items[:k])
    return items[k:]


TITLE_LABELS = Path(__file__).parent / "data" / "title_labels.toml"


def title_label_rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(name, pattern) of the labels a board puts before a post's subject (data/title_labels.toml)."""
    return _named_patterns(TITLE_LABELS, "label")


def without_board_label(title: str) -> str:
    """`[질문] 선양 세관에서 …` -> `선양 세관에서 …`: the post's kind on its board is no part of its title."""
    for _, rx in title_label_rules():
        title = rx.sub("", title, count=1)
    return title


def title_field_rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(name, pattern) of a record's title field labels (data/title_labels.toml `field`)."""
    return _named_patterns(TITLE_LABELS, "field")


def without_field_label(line: str) -> str:
    """`[標題] 天津 開發區에 …` -> `天津 開發區에 …`: a record's title field without its label."""
    for _, rx in title_field_rules():
        if (m := rx.match(line)):
            return line[m.end():].strip()
    return line


def field_title(items, head_end: int) -> int | None:
    """The position of the first line above the text's first sentence (`items[head_end]`) that is a record's title
    field holding a headline (`[標題] 天津 開發區에 韓國 投資 몰린다`, `제목: …`): an archive's or database's record names
    its article there, whatever header lines of the database stand higher (`<archive> 기사 데이터베이스 / 경제면`)."""
    for k, (_, raw) in enumerate(items[:head_end + 1]):
        line = squeeze_spaces(raw)
        if (bare := without_field_label(line)) != line and _headline_like(bare):
            return k
    return None


# A label in brackets at the head of a headline: `[경제와이어] 쿤밍, …`, `【가상일보】 …`.
_LEADING_LABEL = re.compile(r"^\s*[\[【<〈]\s*([^\]】>〉\s][^\]】>〉]{0,18}?)\s*[\]】>〉]\s*(?=\S)")


def without_site_tag(headline: str, furniture: list[str], site_names=()) -> str:
    """`[경제와이어] 쿤밍, …` -> `쿤밍, …` when the label names the site: the page writes that name
    outside brackets in its furniture (`경제와이어 > 국제 > 중국`, `<저작권자 ⓒ 경제와이어, …>`), or it is
    one of `site_names`. A paper's genre or series label (`[단독]`, `[무역브리핑]`) names no site and
    stays, even when a list of other articles under the text carries it in brackets."""
    m = _LEADING_LABEL.match(headline)
    if not m:
        return headline
    name = m.group(1).strip()
    bare = re.compile(rf"(?<![\[【<〈\w]){re.escape(name)}(?![\]】>〉\w])")
    if name in site_names or any(bare.search(line) for line in furniture):
        return headline[m.end():]
    return headline


# A site's name after a headline on its line, behind a separator (`… 늘어 - 백두가상라디오`, `… 늘어 | <site>`, `… :: <site>`).
_SITE_SUFFIX = re.compile(r"^(.{6,}?)\s+(?:[-–—|]|::|ㅣ)\s+([^\s\d|]{2,20}(?:\s[^\s\d|]{1,12}){0,2})$")


def unglue_site_suffix(items, head_end: int, lines: list[str], removed, profile_name: str, site_names=()):
    """A head line (above `items[head_end]`) that is a headline with the site's name after a separator, as a text copy of
    a page keeps its `<title>` (`훈춘-자루비노 화물렬차 주 3회로 늘어 - 백두가상라디오`): the name goes when the page writes it
    elsewhere outside brackets, in a line that is no sentence (its masthead line, `ⓒ 백두가상라디오 판권소유`), or it is one
    of `site_names`; the headline
    stays on the line. A dash inside a headline (`훈춘-자루비노`, `선전 - 홍콩 교통 정보`) names no site the page shows."""
    out = list(items)
    for k, (i, raw) in enumerate(items[:head_end]):
        m = _SITE_SUFFIX.match(line := squeeze_spaces(raw))
        if not m or not _headline_like(m.group(1)):
            continue
        name = m.group(2)
        bare = re.compile(rf"(?<![\[【<〈\w]){re.escape(name)}(?![\]】>〉\w])")
        if name in site_names or any(bare.search(other) and not is_prose(squeeze_spaces(other))
                                     for n, other in enumerate(lines) if n != i and other.strip()):
            out[k] = (i, m.group(1))
            removed.append(Removed(i, line[len(m.group(1)):].strip(), f"{profile_name}:site_suffix", whole_line=False))
    return out


def names_over_a_post(items, title: str, removed) -> bool:
    """The page's title is a café's or blog's name that stands as a line above its post (on a platform or
    not: the page shows it): a short line (shorter than any headline preferred) equal to `title`, and below
    it, above the post's first sentence, another line over the post's stamp (`라오산구 스쿨버스 노선 바뀌었나요?`
    over `칭다오아빠 2025.11.05. 22:31 조회 88`): that line is the post's title (looked for in the text)."""
    title = squeeze_spaces(title)
    if not title or len(title) >= _HEADLINE_PREFERRED:
        return False
    head_end = _first_prose(items)
    at = next((i for i, raw in items[:head_end] if squeeze_spaces(raw) == title), None)
    if at is None and head_end < len(items):
        # ... or heads the page's header line, kept or gone as furniture (`<café> | 카페 홈 · 가입하기 · 멤버 2,341`,
        # `<blog> <its blurb>`)
        heads = [(r.line_no, r.text) for r in removed if r.whole_line] + [(i, squeeze_spaces(raw)) for i, raw in items]
        at = min((i for i, line in heads if i < items[head_end][0] and line.startswith(title)
                  and _NAME_HEADS.match(line[len(title):])), default=None)
    post = _question_headline(items, head_end, removed) if at is not None else None
    return post is not None and items[post][0] > at and squeeze_spaces(items[post][1]) != title


# What goes after a site's name that heads a header line: a space (a separator or not), then its links, counters or blurb.
_NAME_HEADS = re.compile(r"^\s+\S")
