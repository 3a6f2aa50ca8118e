"""Find Chinese place mentions in clean text (Korean with hanja/hanzi runs)."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from pipeline.ingest.regex_needs import bit_indexes, might_match, needs
from pipeline.leadscan import LeadScan
from pipeline.model import PlaceMention
from pipeline.places import aspirates, namesakes
from pipeline.places.gazetteer import Candidate, Gazetteer, Place
from pipeline.places.mention import Mention
from pipeline.places.same_reading import (NATIONAL, by_neighbours, named_apart, page_topic, rivals, sentence_backs,
                                         set_aside)
from pipeline.places.namesakes import (LOCAL as _LOCAL, NamedSince, former_beside_current, korean_only,
                                       named_otherwise_since, told_apart, twinning)
from pipeline.places.translit import DATA
from pipeline.places.vocabulary import (city_noun, compass_before, container_after, destination_after, facility_name,
                                        institution_head, korean_institution, name_noun, new_area_page, origin_suffix,
                                        own_area_gap, place_noun, several_before, topic_switch, vocabulary)
from pipeline.places.word_use import used_as_word
from pipeline.spans import Cover, overlaps_any

_SHORT_RUN = 4
_HANZI_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_GLOSS = re.compile(r"\s?[(（]([^()（）]{1,60})[)）]")
_GAP_TO_GLOSS = re.compile(r"[^()（）.,;。\n]{1,20}?(?=[(（])")   # rest of a name up to its gloss
_OPEN_BRACKET = re.compile(r"[(（]")
_GLOSS_REACH = 20        # the farthest bracket _GLOSS or _GAP_TO_GLOSS then _GLOSS reach from a name's end
_GLOSS_BODY = re.compile(r"[\u3400-\u9fffA-Za-z ,/·'’.-]+")
# Particles (and copula forms) that may follow a name without making it part
# of a longer word: 광동성은, 상해에서, 북경과의, 심양이다, 다리시까지는, 이창구라면.
_PARTICLE = re.compile(
    r"(?:(?:까지|부터|보다|처럼|에게)(?:는|도|의|만)|"          # 다리시까지는, 광주부터도
    r"에서부터|에서는|에서도|에서의|으로는|으로의|으로도|에게|에서|으로|까지|부터|보다|처럼|"
    r"과의|와의|과는|와는|과도|와도|에는|에도|로는|로의|로도|이나|이며|이고|이다|이었|였다|이라는|라는|이라면|라면|"
    r"은|는|이|가|을|를|의|에|와|과|도|로|만|나|인|께)(?![가-힣])")
# A Korean place continues: 광주광역시, 양양군.
_KOREAN_TAIL = re.compile(r"(?:광역시|특별시|특별자치|군(?![가-힣])|군[은는이가을를의에도])")
_KOREAN_TAIL_FIRST = "광특군"     # the characters a match of _KOREAN_TAIL starts with (a test checks)
# (나/이나/또는/혹은: places offered as choices are listed as much as with 와: 시남구나 황도구, 청양구 혹은 이창구)
_ENUM_GAP = re.compile(r"\s*(?:[,，、·‧・/\-–—~]|및|와|과|,\s*및|와\s*및|이나|나|또는|혹은|,\s*또는|,\s*혹은)?\s*")
# Words that often follow a place name in a compound (서안고신기술산업개발구,
# 중경지역, 심양국제회의청); a bare two-syllable name before them stays strong.
_COMPOUND_HEAD = re.compile(
    r"(?:지역|지방|일대|일원|지구|시정부|성정부|정부|대학|공항|경제|국제|과학|과기|고신|가오신|징카이|개발구|"
    r"신구|출신|현지|인근|근교|교외|방면|항구|역|시내|시장|성장|당국|대표|소재|연구|"
    r"계(?![가-힣])|계[은는이가을를의에도와과])")       # 대만계 업체, 홍콩계 자본: firms of that origin
# What may follow a county name with its suffix without making it another word:
# 다싱구청, 바오안구정부 (but 보안구역 "security zone", 안정구간, 신화현상 are words).
_COUNTY_HEAD = re.compile(r"(?:청(?![가-힣])|청[은는이가을를의에도과와]|정부|당위|위원회|인민)")


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _korean_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    # The hottest loops of the stage: names bound locally, Hangul tested inline.
    found = []
    inner: list[tuple[int, int, tuple]] = []
    tail, tail_first, size = _KOREAN_TAIL.match, _KOREAN_TAIL_FIRST, len(text)
    for end_idx, hit in gaz.automaton.iter(text):
        start, end = end_idx - len(hit[0]) + 1, end_idx + 1
        if end < size and text[end] in tail_first and tail(text, end):
            continue
        if start > 0 and "가" <= text[start - 1] <= "힣" and not hit[3]:
            if hit[0][-1] in "구현":
                inner.append((start, end, hit))    # 선양톄시구: maybe a district glued to its city
            continue                       # cut out of the middle of a word (gazetteer.long_strong)
        found.append((start, -end, hit))   # (start, -end) differs between hits: hits never compared
    out: list[Mention] = []
    demoted: list[int] = []
    last = -1
    for start, neg_end, (alias, cands, strong, _) in sorted(found):
        if start < last:
            continue
        end = -neg_end
        # A bare two-syllable reading that runs on into more Hangul may be an
        # ordinary word (강소기업): it needs evidence like an ambiguous reading.
        runs_on = (end < size and "가" <= text[end] <= "힣" and not _PARTICLE.match(text, end)
                   and not _COMPOUND_HEAD.match(text, end))
        if alias[-1] in _SUFFIX_CHARS and _suffix_starts_a_word(text, end, alias, cands, gaz):
            continue                       # 보안구역, 임상시험, 상담시간: not 宝安区, 临湘市, 湘潭市
        if strong and runs_on and len(alias) <= 2 and origin_suffix().match(text, end):
            runs_on = False                # 대만산 고산차, 대만식, 대만행: the name with a suffix of origin
        if strong and runs_on and len(alias) <= 2:
            strong = False
            demoted.append(len(out))
        out.append(Mention(start, end, cands, True, strong, end, runs_on=runs_on))
        last = end
    if inner:
        out = _districts_glued_to_their_city(text, out, demoted, inner)
    _glued_to_its_part(out, demoted)
    return out


def _districts_glued_to_their_city(text: str, out: list[Mention], demoted: list[int],
                                   inner: list[tuple[int, int, tuple]]) -> list[Mention]:
    """A district or county written with its suffix right after its own city, as one word (선양톄시구, 심양철서구,
    선양시톄시구, 대련금주구): two names, the city and the district, as when spaced (선양 톄시구), when the word ends
    there (a particle or no more Hangul). Round 17 (devset places17)."""
    by_end = {m.end: k for k, m in enumerate(out)}
    starts = {m.start for m in out}
    was_demoted = set(demoted)
    added: list[Mention] = []
    for start, end, (alias, cands, _strong, _) in inner:
        k = by_end.get(start)
        suffix = k is None and text[start - 1] == "시" and by_end.get(start - 1) is not None
        if suffix:
            k = by_end[start - 1]          # 선양시톄시구: the city's 시 was read as starting the next word
        if k is None or end in starts or end < len(text) and _is_hangul(text[end]) and not _PARTICLE.match(text, end):
            continue
        city = out[k]
        if k + 1 < len(out) and out[k + 1].start < end:
            continue                       # another name already stands there
        if not any(_contains(ca.place, cb.place) for ca in city.cands for cb in cands):
            continue
        mine = [c for c in cands if any(_contains(ca.place, c.place) for ca in city.cands)]
        added.append(Mention(start, end, mine, True, True, end))
        if suffix:
            city.end = city.ext_end = start
        city.runs_on = False
        if city.cands and all(c.strength in ("strong", "weak") for c in city.cands) and k in was_demoted:
            city.strong = True
    if not added:
        return out
    # (the demoted indexes shift with the new mentions; a glued city made strong above needs no second look)
    # (by identity, one pass: list.index in this loop was quadratic in a document's mentions, round 18)
    merged = sorted(out + added, key=lambda m: m.start)
    position = {id(m): i for i, m in enumerate(merged)}
    demoted[:] = [position[id(out[k])] for k in demoted]
    return merged


def _glued_to_its_part(ms: list[Mention], demoted: list[int]) -> None:
    """A city glued to a strong name of a place inside it stands as a name, as when
    spaced: 충칭량장신구 and 청두톈푸신구 are the city and its new area (not a word running
    on, like 강소기업). `demoted`: the short strong names that runs_on made weak."""
    for k in demoted:
        a, b = ms[k], ms[k + 1] if k + 1 < len(ms) else None
        if b is not None and a.end == b.start and b.strong \
                and any(_contains(ca.place, cb.place) for ca in a.cands for cb in b.cands):
            a.runs_on, a.strong = False, True


def _suffix_starts_a_word(text: str, end: int, alias: str, cands: list[Candidate], gaz: Gazetteer) -> bool:
    """A name read with its suffix whose suffix begins the next word: 임상+시험 (not
    临湘市), 상담+시간 (not 湘潭市), 공유+구역 (not 赣榆区), 보안+구역. It happens when the
    reading alone is an ordinary word (a weak alias of the same place) or the place is
    a county; 선전시정부, 다싱구청 keep their government word."""
    if alias[-1] not in _SUFFIX_CHARS or end >= len(text) or not _is_hangul(text[end]) \
            or _PARTICLE.match(text, end) or _COUNTY_HEAD.match(text, end) or _COPULA.match(text, end):
        return False
    if all(c.place.level == "county" for c in cands) and not _COMPOUND_HEAD.match(text, end):
        return True
    keys = {c.place.key for c in cands}
    return any(not c.strong and c.place.key in keys for c in gaz.korean.get(alias[:-1], ()))


_SUFFIX_CHARS = "시구현성주기맹"
_COPULA = re.compile(r"다(?![가-힣])")          # 주도는 다리시다.


_RUNS_KEPT = 50_000     # runs remembered per gazetteer (memory stays bounded on any corpus)


def _run_words(run: str, gaz: Gazetteer) -> tuple[str, list[tuple[str, int, int]]]:
    """(script, the names in `run` with their offsets), remembered in gaz.runs. The script
    is hanja for traditional characters (as Korean writes them), chinese for simplified,
    "" for a run that is both (上海: the document's default decides). The names are
    jieba's words that are hanzi aliases, or a name that starts a longer word
    (上海|证券交易所, 北京|大学)."""
    found = gaz.runs.get(run)
    if found is None:
        script = "hanja" if gaz.t2s.convert(run) != run else "chinese" if gaz.s2t.convert(run) != run else ""
        names = []
        for word, s, e in gaz.tokenizer.tokenize(run, HMM=False):
            if word in gaz.hanzi:
                names.append((word, s, e))
            elif len(word) >= 3:
                pre = next((word[:n] for n in range(len(word) - 1, 1, -1) if word[:n] in gaz.hanzi), "")
                if pre:
                    names.append((pre, s, s + len(pre)))
        found = script, names
        if len(gaz.runs) >= _RUNS_KEPT:
            gaz.runs.clear()
        gaz.runs[run] = found
    return found


def _labelled(name: str, label: str, gaz: Gazetteer) -> tuple[list[Candidate], bool, bool]:
    """The candidates of a hanzi name with `label` as their match, whether one is strong,
    and whether one is more than a planning word; remembered in gaz.labelled (bounded by
    the alias table)."""
    key = name, label
    found = gaz.labelled.get(key)
    if found is None:
        cands = [Candidate(c.place, label, c.strength) for c in gaz.hanzi[name]]
        found = gaz.labelled[key] = (cands, any(c.strong for c in cands),
                                     any(c.strength in ("strong", "weak") for c in cands))
    return found


def _hanzi_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    out = []
    doc_default = ""
    for m in _HANZI_RUN.finditer(text):
        if not doc_default:       # decided once, only for a text with Han characters
            # In a Korean text, characters that are the same in both scripts are hanja.
            doc_default = "hanja" if _mostly_hangul(text) else "chinese"
        run, at = m.group(), m.start()
        script, names = _run_words(run, gaz)
        for name, s, e in names:
            cands, any_strong, not_only_parent = _labelled(name, script or doc_default, gaz)
            # a weak name (bare county) stands alone only as a short hanja word: 海門;
            # a planning word (新城区) or a former name (安東, also Korea's Andong) never does
            strong = any_strong or (len(run) <= _SHORT_RUN and not_only_parent)
            out.append(Mention(at + s, at + e, cands, False, strong, at + e))
    return out


_HANGUL_RUN = re.compile(r"[가-힣]+")


def _mostly_hangul(text: str) -> bool:
    """At least a tenth of `text` is Hangul, or more than 200 syllables: counted run by run
    and only as far as the answer is known (a Korean text says so in its first lines)."""
    enough, hangul = min(0.1 * len(text), 201), 0
    for m in _HANGUL_RUN.finditer(text):
        hangul += m.end() - m.start()
        if hangul >= enough:
            return True
    return False


def _attach_glosses(text: str, korean: list[Mention], hanzi: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """헤이룽장성(黑龍江省): the gloss confirms the Korean mention and is not a row."""
    starts = [h.start for h in hanzi]
    korean_starts = [k.start for k in korean]
    dropped: set[int] = set()
    # a gloss opens a bracket at most _GLOSS_REACH characters after a name: only those are tried
    opens = [m.start() for m in _OPEN_BRACKET.finditer(text)]
    for n, k in enumerate(korean):
        i = bisect.bisect_left(opens, k.end)
        if i == len(opens) or opens[i] > k.end + _GLOSS_REACH:
            continue
        g = _GLOSS.match(text, k.end)
        direct = g is not None
        if not g:
            # 포두희토고신기술산업개발구(包頭稀土高新區): the gloss of a longer name that
            # starts with the place names the same place once more; still one mention
            gap = _GAP_TO_GLOSS.match(text, k.end)
            g = _GLOSS.match(text, gap.end()) if gap else None
            # (광주시는 중국 광둥성 광저우(廣州)시와: a gloss is its nearest name's, never
            # one before another place in the gap)
            if not g or bisect.bisect_left(korean_starts, gap.end(), n + 1) > n + 1:
                continue
        if direct and _GLOSS_BODY.fullmatch(g.group(1)):
            k.ext_end = g.end()            # 상해(Shanghai), 항주: the gloss is part of the name
        lo, hi = bisect.bisect_left(starts, g.start(1)), bisect.bisect_left(starts, g.end(1))
        inside = hanzi[lo:hi]
        keys = {c.place.key for c in k.cands}
        for h in inside:
            hits = [c.place for c in h.cands if c.place.key in keys]
            if hits:
                hit = hits[0]
                # a gloss tells which place, but not that 신성구(新城區) is a place at all;
                # 통주구(通州區) is still Beijing's or Nantong's: the gloss names both
                k.strong, k.reason = not k.parent_only, "glossed"
                hit_keys = {p.key for p in hits}
                if len(hit_keys) == 1:
                    k.place = hit
                else:
                    k.cands = [c for c in k.cands if c.place.key in hit_keys]
                if direct:
                    k.ext_end = g.end()
                    dropped.update(id(x) for x in inside)
                else:
                    dropped.update(id(x) for x in inside if any(c.place.key == hit.key for c in x.cands))
                break
        else:
            body = g.group(1)
            by_core = _glossed_core(body, k.cands, gaz) if direct else []
            if by_core and not inside and all(c.strength == "word" for c in by_core) \
                    and text[k.start:k.end] not in gaz.korean_places:
                # 안정(安定)이 중요하다, 평화(平和)롭게: the reading is an everyday Korean word (kiwi's) and its gloss
                # an everyday Chinese word too common to be an alias (jieba's): both say the word, whose hanja
                # these are; the gloss is no evidence of the county (안정구(安定區) or 딩시 안정 still is). A Korean
                # place's reading is no everyday word: 우한의 한양(漢陽) is 汉阳区
                continue
            if by_core:
                # 우창(武昌): the gloss writes the name without its suffix, a word too common
                # in Chinese (武昌 the old city) to be an alias alone; still that place
                keys = {c.place.key for c in by_core}
                k.cands = by_core
                k.place = by_core[0].place if len(keys) == 1 else None
                k.strong, k.reason, k.ext_end = not k.parent_only, "glossed", g.end()
                dropped.update(id(x) for x in inside)
                continue
            same_length = direct and len(body) == k.end - k.start and bool(_HANZI_RUN.fullmatch(body))
            named = [h for h in inside if h.start == g.start(1) and h.end == g.end(1)
                     and h.cands and all(c.strong for c in h.cands)]
            if same_length and named and all(c.strength in ("strong", "weak") for c in k.cands):
                # 호주(滁州): a reading of one place (湖州) glossed with another place's name;
                # the writer's hanja say which is meant: one row, the gloss's place
                k.cands = [Candidate(c.place, "alias", "strong") for c in named[0].cands]
                k.place = k.cands[0].place if len(k.cands) == 1 else None
                k.strong, k.reason, k.ext_end = not k.parent_only, "glossed", g.end()
                dropped.add(id(named[0]))
                continue
            # 광주(光州), 상해(傷害), 청주(淸州): one hanja per syllable, naming none of its places
            k.other_gloss = same_length
    return [h for h in hanzi if id(h) not in dropped]


def _glossed_core(body: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates whose name the gloss writes whole or without its administrative
    suffix (武昌 for 武昌区, 義烏 for 义乌市), when no hanzi alias found it."""
    if len(body) < 2 or not _HANZI_RUN.fullmatch(body):
        return []
    simple = gaz.t2s.convert(body)
    suffixes = {zh for zh, _ in _hangul_suffixes()}
    return [c for c in cands if c.place.name_zh == simple
            or c.place.name_zh.startswith(simple) and c.place.name_zh[len(simple):] in suffixes]


def _reverse_glosses(text: str, korean: list[Mention], hanzi: list[Mention]) -> list[Mention]:
    """上海(상해), 浦東(포동)신구, 深圳(선전·심천), 광주(廣州, 광저우): the Hangul readings in
    the brackets right after a name, of that name's place, are its gloss; one mention, the
    name's, and no rows of their own."""
    starts = [k.start for k in korean]
    dropped: set[int] = set()
    for a in korean + hanzi:
        g = _GLOSS.match(text, a.end)
        if g is None or id(a) in dropped:
            continue
        keys = {c.place.key for c in a.cands} | ({a.place.key} if a.place is not None else set())
        for k in korean[bisect.bisect_left(starts, g.start(1)):bisect.bisect_left(starts, g.end(1))]:
            shared = keys & {c.place.key for c in k.cands}
            if k.end <= g.end(1) and shared:
                dropped.add(id(k))
                a.ext_end = max(a.ext_end, g.end())
                if a.korean and not a.strong and k.strong and a.place is None:
                    # 동관(둥관): a reading glossed with the standard name of one of its
                    # places is that place, as a hanja gloss would say
                    a.cands = [c for c in a.cands if c.place.key in shared]
                    a.strong, a.reason = not a.parent_only, "glossed"
                    if len(shared) == 1:
                        a.place = a.cands[0].place
    return [k for k in korean if id(k) not in dropped]


def follows_joseon_norm(text: str, korean: list[Mention], gaz: Gazetteer) -> bool:
    """The text is written in the Chinese-Korean (조선어) norm: a marker word (딸라,
    프로센트, 리용) or a spelling only that norm uses (할빈, 쟈무스)."""
    return found_in(gaz.joseon_markers, text) or any(
        c.match == "joseon" and c.strong for k in korean for c in k.cands)


def _joseon_readings(text: str, korean: list[Mention], gaz: Gazetteer) -> None:
    """In a 조선어 text its own spellings of county names (안도, 왕청, 화룡) are
    ordinary names: they need the evidence of a weak reading, not a gloss. Its
    spellings of provinces and cities (심수 深圳, 녕하 宁夏) are the names it writes:
    found alone, unless the spelling is also a Korean word or place (무한, 영하)."""
    for k in korean:
        k.cands = [Candidate(c.place, c.match, "weak") if c.match == "joseon" and c.strength in ("gloss", "word")
                   else c for c in k.cands]
        if not k.strong and not k.runs_on and text[k.start:k.end] not in gaz.shared_readings and any(
                c.match == "joseon" and c.strength == "weak" and c.place.level in ("province", "prefecture")
                for c in k.cands):
            k.strong = True


def _suffix_after_gloss(text: str, korean: list[Mention], gaz: Gazetteer) -> None:
    """평화(平和)현, 안정(安定)구: the gloss is an ordinary word in Chinese too, but the
    administrative suffix written after it makes the name unmistakable."""
    for k in korean:
        # (also a glossed one: 다리(大理)시 is 大理市, though 大理 names the prefecture)
        g = None if k.strong and k.reason != "glossed" else _GLOSS.match(text, k.end)
        if g is None:
            continue
        name = text[k.start:k.end]
        for n in (1, 2, 3):
            full = gaz.korean.get(name + text[g.end():g.end() + n], [])
            keys = {c.place.key for c in full if c.strong} & {c.place.key for c in k.cands}
            if keys and not _HANGUL_AFTER.match(text, g.end() + n):
                k.cands = [c for c in k.cands if c.place.key in keys]
                if k.place is not None and k.place.key not in keys and len(keys) == 1:
                    k.place = k.cands[0].place
                k.strong, k.reason, k.ext_end = True, "glossed", g.end() + n
                break


_HANGUL_AFTER = re.compile(r"(?!{})[가-힣]".format(_PARTICLE.pattern.replace("(?![가-힣])", "")))


def _spans(patterns: list[re.Pattern], text: str) -> list[tuple[int, int]]:
    # Only the patterns whose needed strings the text holds (regex_needs.py: one automaton
    # pass instead of a search per pattern; most texts hold none of the 86 ordinary uses).
    # Each searched through its core (leadscan.py): most start with a look-behind.
    shortlist = _SHORTLISTS.get(id(patterns))
    if shortlist is None or shortlist[0] is not patterns or shortlist[1] != len(patterns):
        from pipeline.ingest.regex_needs import Shortlist
        shortlist = _SHORTLISTS[id(patterns)] = (
            patterns, len(patterns), [LeadScan(p) for p in patterns],
            Shortlist([needs(p) for p in patterns]) if len(patterns) >= _SHORTLIST_MIN else None)
    scans = shortlist[2]
    if shortlist[3] is None:
        return [span for scan in scans for span in scan.spans(text)]
    found = []
    for i in bit_indexes(shortlist[3].mask(text)):
        found += scans[i].spans(text)
    return found


_SHORTLIST_MIN = 8       # fewer patterns: searching each is as cheap
_NEEDS: dict[int, tuple] = {}         # per pattern searched whole by found_in: (it, its needs)


def found_in(pattern: re.Pattern, text: str) -> bool:
    """bool(pattern.search(text)), not searched when `text` lacks what every match of it
    holds (regex_needs.py): an alternation of words is tried at every position otherwise,
    and most texts hold none of its words."""
    known = _NEEDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _NEEDS[id(pattern)] = (pattern, needs(pattern))
    return might_match(known[1], text) and pattern.search(text) is not None
_SHORTLISTS: dict[int, tuple] = {}    # per list of patterns (the gazetteer's): (it, its length, LeadScans, Shortlist)


def _inside(m: Mention, spans: Cover) -> bool:
    return spans.contains(m.start, m.end)


_HANGUL_WORD_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{2,8}$")


def _sounds_like(word: str, alias: str) -> bool:
    """꽝저우 ~ 광저우, 하얼삔 ~ 하얼빈: same length, and at least half the
    syllables share vowel and final (tense/plain initials vary in real spellings)."""
    if len(word) != len(alias):
        return False
    same = sum(a == b or (ord(a) - 0xAC00) % 588 == (ord(b) - 0xAC00) % 588
               for a, b in zip(word, alias) if _is_hangul(a) and _is_hangul(b))
    return same * 2 >= len(word) and same >= 1 and word[-1] == alias[-1] or same == len(word)


_WORD_AFTER_GLOSS = re.compile(r"[ \t]?([가-힣]+)")


def _named_around_gloss(word: str, alias: str, after: re.Match | None) -> bool:
    """외고교(外高橋) 보세구: the word before the gloss and the word after it make the reading
    (외고교 보세구), as a zone's name is written with its hanzi glossed in the middle."""
    rest = alias[len(word):].lstrip() if alias.startswith(word) else ""
    return bool(rest) and after is not None and after.group(1).startswith(rest)


def _gloss_fallback(text: str, korean: list[Mention], hanzi: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """꽝저우(廣州): a Hangul word no table knows, glossed by exactly a place name,
    is that place; the row covers the Hangul word, as for known names."""
    taken = [(k.start, k.end) for k in korean]          # sorted and disjoint
    taken_starts = [a for a, _ in taken]
    out = []
    for h in hanzi:
        if text[h.start - 1:h.start] not in "(（" or not text[h.end:h.end + 1] in ")）":
            out.append(h)
            continue
        w = _HANGUL_WORD_BEFORE.search(text, max(0, h.start - 10), h.start - 1)
        after = _WORD_AFTER_GLOSS.match(text, h.end + 1)
        if (w is None or overlaps_any(taken_starts, taken, w.start(), w.end())
                or not any(_sounds_like(w.group(), a) or _named_around_gloss(w.group(), a, after)
                           for c in h.cands for a in gaz.readings.get(c.place.key, ()))):
            out.append(h)
            continue
        k = Mention(w.start(), w.end(), [Candidate(c.place, "alias", "strong") for c in h.cands],
                    True, True, h.end + 1)
        k.place = h.cands[0].place
        korean.append(k)
    korean.sort(key=lambda m: m.start)
    return out


_HANGUL_GLOSS = re.compile(r"[(（][가-힣]+[)）]")


def _accept(text: str, ms: list[Mention], gaz: Gazetteer, scopes: "Scopes", norm: bool = False) -> None:
    """Strong mentions are accepted; weak ones need evidence, found to a fixpoint.
    A weak mention inside an ordinary-word use (korean_use) is never accepted.
    Evidence only grows as mentions are accepted, so the fixpoint is reached by
    re-checking only the mentions an acceptance can help: its neighbours, and the
    mentions of a place or surface it confirms (linear in the mentions)."""
    veto = Cover(_spans(gaz.korean_use, text))
    support = Cover(_spans(gaz.place_use, text))
    # 홍콩 달러 names a currency; 해동신문 a Korean paper
    money = Cover(_spans(gaz.currency_names, text) + _spans(gaz.korea_names, text))
    for i, m in enumerate(ms):
        m.gloss_only = m.place is None and all(c.strength in ("gloss", "word", "parent") for c in m.cands)
        m.accepted = m.strong
        m.facility = _in_a_facility_name(text, ms, i)
        if _inside(m, money) or m.other_gloss and not m.strong or m.facility:
            m.accepted, m.vetoed = False, True
        elif m.korean and not all(c.strong for c in m.cands) and _inside(m, veto):
            m.accepted, m.vetoed = False, True       # an ordinary word here, even if glossed
        elif m.korean and m.reason == "glossed" and text[m.start:m.end] in gaz.korean_places \
                and gaz.korean_history.search(text, *scopes.sentence(m.start)):
            m.accepted, m.vetoed = False, True       # 한양(漢陽)은 조선의 수도였다: Korea's, glossed or not
        elif not m.accepted and not m.gloss_only and not m.parent_only and _inside(m, support):
            m.accepted, m.reason = True, "context"
    for i in _word_lists(text, ms, gaz):
        ms[i].accepted, ms[i].vetoed = False, True   # 중국의 선전, 통화, 보안 정책
    # 광주 may be Gwangju in a text about Korean places: no confirmation from afar
    korean_table = namesakes.korean_table(text, gaz)
    from_afar = not found_in(gaz.korean_context, text) and not korean_table
    confirmed: set[str] = set()
    glossed: set[str] = set()
    starts = [m.start for m in ms]
    named: set[str] = set()
    surfaces: set[str] = set()
    by_key: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    by_surface: dict[str, list[int]] = {}
    by_own: dict[str, list[int]] = {}
    for i, m in enumerate(ms):
        if not (m.accepted or m.vetoed):
            for c in m.cands:
                by_key.setdefault(c.place.key, []).append(i)
                for name in {c.place.parent_zh, c.place.province_zh}:
                    by_name.setdefault(name, []).append(i)
                by_own.setdefault(c.place.name_zh, []).append(i)
            by_surface.setdefault(text[m.start:m.end], []).append(i)
    todo: list[int] = []
    written: dict[str, set[str]] = {}
    glossed_names: set[str] = set()
    holders: set[str] = set()

    def confirm(m: Mention) -> None:
        if m.place is not None:
            glossed.add(m.place.key)
            for key in ({c.place.key for c in m.cands[:1]} | {m.place.key}) - confirmed:
                confirmed.add(key)
                todo.extend(by_key.get(key, ()))
        elif m.cands and m.cands[0].place.key not in confirmed:     # one key: no set to make
            key = m.cands[0].place.key
            confirmed.add(key)
            todo.extend(by_key.get(key, ()))
        # (a reading two places share names both until it is decided: 태주시 … 온령과 황암 are
        # counties of 台州 listed together, though 泰州 ranks first)
        names = {(m.place or m.cands[0].place).name_zh} if m.place is not None or _one_place(m.cands) \
            else {c.place.name_zh for c in m.cands if c.strength == m.cands[0].strength}
        for name in names - named:
            named.add(name)
            todo.extend(by_name.get(name, ()))
        surface = text[m.start:m.end]
        if m.korean and m.strong and not _former(m):
            # the names the writer gives the place (광저우, 샹탄, 상해(上海); not 봉천 for 沈阳)
            written.setdefault((m.place or m.cands[0].place).key, set()).add(surface)
            if m.place is not None:
                glossed_names.add(surface)
        if from_afar and surface not in surfaces:
            surfaces.add(surface)
            todo.extend(by_surface.get(surface, ()))
        parent = (m.place or m.cands[0].place).parent_zh
        if parent and parent not in holders:
            holders.add(parent)                  # 라오산구 names a district of 青岛市,
            todo.extend(by_own.get(parent, ()))  # 연길시 a county-level city of 延边
            todo.extend(by_name.get(parent, ()))

    since = NamedSince(starts)
    for i, m in enumerate(ms):
        if m.accepted:
            confirm(m)
            since.add(i, (m.place or m.cands[0].place).key, text[m.start:m.end])
    todo.extend(range(len(ms) - 1, -1, -1))
    names = frozenset(x.start for x in ms if any(c.strength in ("strong", "weak") for c in x.cands))
    known = Known(confirmed, named, surfaces, glossed, not from_afar, starts, written, glossed_names,
                  holders, {}, _marked_korean(text, ms, gaz),
                  True if norm else functools.partial(_about_koreans_in_china, text, gaz), korean_table, since)
    for m in ms:
        if m.korean and m.place is not None and m.accepted and _HANGUL_GLOSS.match(text, m.end):
            # 광주(광저우): a reading glossed with another spelling of its place (_reverse_glosses):
            # the writer has said which, as 중국 광주 says
            known.local.setdefault(text[m.start:m.end], {}).setdefault(m.place.key, m.start)
    while todo:
        i = todo.pop()
        m = ms[i]
        if m.accepted or m.vetoed:
            continue
        reason = _evidence(text, ms, i, known, gaz, scopes, norm)
        if not reason:
            continue
        if reason in _FROM_AFAR and _a_word_in_its_phrase(text, m, gaz, scopes, names):
            m.vetoed = True                          # 연대시 … 공동 연대를 모색: the page's city, the phrase's word
            continue
        m.accepted, m.reason = True, reason
        if m.by_column and m.korean:
            known.glossed_names.add(text[m.start:m.end])   # 하문 1,255 in a column of ports: a name, as a gloss says
        if reason in _LOCAL:
            # 중국 광주: the reading decided as the city by evidence at this mention
            surface = text[m.start:m.end]
            known.local.setdefault(surface, {}).update((c.place.key, min(m.start, known.local.get(surface, {}).get(
                c.place.key, m.start))) for c in m.cands)
            todo.extend(by_surface.get(surface, ()))
        confirm(m)
        since.add(i, (m.place or m.cands[0].place).key, text[m.start:m.end])
        todo.extend(j for j in (i + 2, i + 1, i - 1, i - 2) if 0 <= j < len(ms))   # ±2: a table row holds two
    namesakes.follow_running_referents(
        text, ms, gaz, functools.partial(_korea_marks, text),
        lambda m: not known.korean_table and not _switched(text, m, scopes)
        and not gaz.korean_context.search(text, *scopes.sentence(m.start)),
        lambda pos: scopes.sentence(pos)[0])
    _former_needs_province(ms)
    _former_county_needs_province(text, ms, gaz, scopes)


# Evidence away from the mention (the place named elsewhere in the document, its paragraph or sentence, the page's
# topic): it says the page speaks of the place, not that this use of the reading names it
_FROM_AFAR = frozenset({"document", "paragraph", "sentence", "topic"})


def _a_word_in_its_phrase(text: str, m: Mention, gaz: Gazetteer, scopes: "Scopes", names: frozenset[int]) -> bool:
    """A bare reading of a common word (_a_word: no gloss, no suffix) that its phrase uses as the word (word_use.py: 공동 연대를 모색, 보안을
    강화하고, 장사를 시작한), however the page names the place elsewhere (round 18, held-out set 14's `연대`)."""
    return (_a_word(text, m, gaz) or text[m.start:m.end] in gaz.listed_words) \
        and used_as_word(text, m.start, m.end, scopes.sentence(m.start), names)


def _in_a_facility_name(text: str, ms: list[Mention], i: int) -> bool:
    """A district's or zone's name between a city and a facility word glued to it is part of the facility's name
    (광주 백운공항: 白云 of the airport, not 白云区; 청두 톈푸국제공항, not 天府新区; 상하이 푸둥공항, not 浦东新区):
    vocabulary.toml [facility_names]. Round 18 took in the strong names (푸둥), which the weak-only rule left a row."""
    m = ms[i]
    # (a strong name too, 상하이 푸둥공항: 浦东 of the airport, as 白云 is; but a city is no airport's name: 광둥성
    # 선전공항 is 선전's airport, a row)
    if i == 0 or not m.korean or not facility_name().match(text, m.end) \
            or any(c.place.level in ("province", "prefecture") for c in m.cands):
        return False
    city = ms[i - 1]
    return text[city.ext_end:m.start] in (" ", "\t") and any(
        c.place.level in ("province", "prefecture") for c in city.cands)


def _beside(ms: list[Mention], i: int, step: int) -> int:
    """The mention listed beside ms[i] on one side, over an airport's or station's name (상하이 훙차오공항, 광주)."""
    j = i + step
    return j + step if 0 <= j < len(ms) and ms[j].facility else j


@functools.cache
def _facility_in_gap() -> re.Pattern:
    return re.compile(r"[ \t]+[가-힣]{1,6}?(?:" + facility_name().pattern + ")")


def _over_a_facility(gap: str) -> str:
    """The gap between two listed cities without the facility name after the first (` 백운공항, ` -> `, `): a list
    of cities with their airports (광주 백운공항, 선전 바오안공항, 하문 고기공항) is a list of the cities."""
    found = _facility_in_gap().match(gap)
    return gap[found.end():] if found and found.end() < len(gap) else gap


def _korea_marks(text: str, base: str) -> list[int]:
    """Where the text writes a Korean place's reading as Korea's with a Korean suffix or a Korean
    local institution after it (청도군, 광주광역시, 안양시청), which are no mentions themselves."""
    out = []
    k = text.find(base)
    while k >= 0:
        end = k + len(base)
        if not (k and _is_hangul(text[k - 1])) and (
                _KOREAN_TAIL.match(text, end) or korean_institution().match(text, end)
                or text.startswith("시", end) and korean_institution().match(text, end + 1)):
            out.append(k)
        k = text.find(base, k + 1)
    return out


def _compass_region(text: str, m: Mention) -> frozenset[str]:
    """The provinces of the compass region right before m (서북 지역의 산시성), if any."""
    found = compass_before().search(text, max(0, m.start - 12), m.start)
    return frozenset(vocabulary()["compass_regions"]["regions"][found.group(1)]) if found else frozenset()


def _switched(text: str, m: Mention, scopes: "Scopes") -> bool:
    """m's sentence opens on another topic (topic_switch)."""
    start = scopes.sentence(m.start)[0]
    while start < m.start and text[start] in " \t\n":
        start += 1
    return bool(topic_switch().match(text, start))


def _a_destination(text: str, m: Mention) -> bool:
    return bool(destination_after().match(text, m.ext_end or m.end))


# A reading with 도 'also' right after it (산시성도 관할한다): added to what the sentence named, so a
# place inside one candidate there (시안에 있는 총영사관) is not what it is
_ALSO = re.compile(r"도(?![가-힣])")


def _names_an_institution(text: str, m: Mention) -> bool:
    return m.runs_on and bool(institution_head().match(text, m.end))


def _word_lists(text: str, ms: list[Mention], gaz: Gazetteer) -> list[int]:
    """The mentions of a list of ordinary words that reads like places (중국의 선전, 통화,
    보안 정책: propaganda, monetary and security policy, not 深圳, 通化, 宝安): three or
    more readings, or two after a Chinese context word (중국, 중국의), each of them a word
    by itself (ambiguous.toml, korean_words.txt, a county reading that is a word, an
    unlisted everyday word) with no gloss, no suffix, no strong reading, one of them only
    a county's reading or the last a word by its use (통화 정책), and the list ending in a
    noun that is no place word (정책, not 세 도시 or 지역). Such a list is no evidence,
    and nothing else in the document makes its members places."""
    out: list[int] = []
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and _listed(text, ms[j], ms[j + 1]):
            j += 1
        members = ms[i:j + 1]
        # and the list says it is words: a member only a county's reading (보안 宝安区), or
        # its last member a word by its own use (통화 정책); 중국 정주, 무한, 장사 공장 stays
        if j > i and (any(all(c.place.level == "county" for c in k.cands) for k in members) or members[-1].vetoed) \
                and all(_a_word(text, k, gaz) for k in members):
            before = text[max(0, ms[i].start - 12):ms[i].start].rstrip()
            after_context = any(before.endswith(w) for w in gaz.context_words)
            last = members[-1]
            noun = _NOUN_AFTER.match(text, last.ext_end)
            if (len(members) >= 3 or after_context) and noun and not place_noun().match(text, last.ext_end) \
                    and not any(k.start == noun.end() - 1 for k in ms[j + 1:j + 2]):
                out += range(i, j + 1)
        i = j + 1
    return out


def _a_word(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """A Korean mention that is an ordinary word as much as a place (see _word_lists)."""
    surface = text[m.start:m.end]
    return (m.korean and not m.strong and m.place is None and not m.runs_on
            and (surface in gaz.shared_readings or any(c.strength == "word" for c in m.cands)
                 or _everyday(surface, m.cands, gaz)))


def _pairs_with_a_korean_city(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """Another cell of m's table row is a Korean city (영천 청도 4): the table pairs Korean
    cities with others, so m stands in the other column."""
    row = _row(text, m.start)
    return row is not None and any(korean_only(w, gaz) for w in
                                   (text[row[0]:m.start] + " " + text[m.end:row[1]]).split())


@dataclass
class Known:
    """What the accepted mentions have established so far (grows to a fixpoint)."""
    confirmed: set[str]          # place keys named
    named: set[str]              # name_zh of the places named
    surfaces: set[str]           # surfaces accepted (only in a text that names no Korean place)
    glossed: set[str]            # place keys named with their hanzi gloss
    korean_text: bool            # the text names Korean places (서울, 경북, 광역시)
    starts: list[int]            # start of every mention, in order
    written: dict[str, set[str]]  # place key -> the Hangul surfaces it was accepted under alone
    glossed_names: set[str]      # Hangul surfaces accepted with their gloss (방부(蚌埠)) or as a cell
                                 # of a column of places (하문 1,255 under 청도 2,875)
    holders: set[str] = field(default_factory=set)           # name_zh of cities a named district lies in
    local: dict[str, dict[str, int]] = field(default_factory=dict)  # surface -> key it was read as by evidence
                                                                    # at it -> where first
    korean_marked: set[str] = field(default_factory=set)     # readings the text marks as Korea's (경북 청도, 청도군)
    abroad: bool | Callable[[], bool] = False                # written by or for Koreans living in China
                                                             # (or in the 조선어 norm of its Korean media);
                                                             # a callable answers it on first use (Known.is_abroad)
    korean_table: bool = False                               # a table of Korean cities (see namesakes.korean_table)
    since: NamedSince = field(default_factory=lambda: NamedSince([]))   # accepted mentions by place

    def is_abroad(self) -> bool:
        """`abroad`, searched for only when a rule first asks (most documents never do)."""
        if callable(self.abroad):
            self.abroad = self.abroad()
        return self.abroad


def _marked_korean(text: str, ms: list[Mention], gaz: Gazetteer) -> set[str]:
    """Readings of Korean places that the text marks as Korea's at one of their mentions:
    a mention vetoed by an ordinary or Korean use (경북 청도, 청도 반시) or the reading with
    a Korean suffix (청도군, 광주광역시, which are no mentions at all) or a Korean local
    institution after it (광주시청, 안양 시의회: vocabulary.toml [korean_institutions])."""
    out = {text[m.start:m.end] for m in ms if m.vetoed and m.korean and text[m.start:m.end] in gaz.korean_places}
    # (한국 안산시: a Korean city vetoed with its 시 marks it and its bare reading)
    for w in {text[m.start:m.end] for m in ms if m.vetoed and m.korean}:
        if w.endswith("시") and w[:-1] in gaz.korean_places:
            out |= {w, w[:-1]}
    for word in {text[m.start:m.end] for m in ms if m.korean} & gaz.korean_places - out:
        # (여수시 is marked by 여수시청 as 여수 is: the institution's 시 is the suffix's)
        bare = word[:-1] if word[-1] in "시군" and word[:-1] in gaz.korean_places else word
        k = text.find(bare)
        while k >= 0:
            if (_KOREAN_TAIL.match(text, k + len(bare)) or korean_institution().match(text, k + len(bare))) \
                    and not (k and _is_hangul(text[k - 1])):
                out.add(word)
                break
            k = text.find(bare, k + 1)
    return out


def _about_koreans_in_china(text: str, gaz: Gazetteer) -> bool:
    """The page is written by or for Koreans living in China: it speaks of them (교민,
    주재원, 한인회) and of China (위안, 인민폐, 중국); ambiguous.toml [topic]."""
    return bool(gaz.abroad_words.search(text)) and bool(gaz.china_words.search(text))


def _evidence(text: str, ms: list[Mention], i: int, known: Known, gaz: Gazetteer, scopes: "Scopes",
              norm: bool = False) -> str:
    """Why a weak mention is a place (glossed | nearby | document | context | sentence |
    paragraph | topic), or ""."""
    reason = _nearer_evidence(text, ms, i, known, gaz, scopes, norm)
    m = ms[i]
    surface = text[m.start:m.end]
    if reason or not m.korean or surface not in gaz.korean_places and surface.removesuffix("시") not in gaz.korean_places:
        return reason                                # (청도시 is weak as 청도 is: Korea writes its cities so)
    if namesakes.county_beside_city(text, surface, gaz) and not gaz.korean_context.search(text, *scopes.sentence(m.start)):
        return "topic"                               # 청도시 on a page writing 경북 청도군: Korea's is a 군
    return "topic" if _about_china(text, ms, m, known, gaz, scopes) else ""


_SPACE = re.compile(r"[ \t]?")


def _home_elsewhere(text: str, ms: list[Mention], m: Mention, gaz: Gazetteer) -> bool:
    """A page by Koreans living in one Chinese city reads by its topic only that city: the
    one its Koreans are named after (심양 교민, 청도 한인회) or whose district it names
    (청양구 for 青岛), and with neither, the one Korean place's reading it leaves bare. A
    troupe from 광주, a hometown 사천 or 고성, a wife's family in 광주 there are Korea's."""
    mine = {c.place.name_zh for c in m.cands} | {c.place.parent_zh for c in m.cands}
    homes, rivals = set(), set()
    surface = text[m.start:m.end]
    for x in ms:
        if x is m or x.vetoed:
            continue
        if gaz.abroad_words.match(text, _SPACE.match(text, x.ext_end).end()):
            homes.update(c.place.name_zh for c in x.cands if c.strength in ("strong", "weak"))   # 심양 교민
        elif x.accepted and (x.place or x.cands[0].place).level == "county":
            homes.add((x.place or x.cands[0].place).parent_zh)                               # 청양구: 青岛市
        elif x.korean and not (x.accepted and x.reason in _LOCAL) and text[x.start:x.end] != surface \
                and text[x.start:x.end] in gaz.korean_places:
            rivals.update(c.place.name_zh for c in x.cands)                                   # 청도 … 광주
    return not homes & mine if homes else bool(rivals - mine)


def _about_china(text: str, ms: list[Mention], m: Mention, known: Known, gaz: Gazetteer, scopes: "Scopes") -> bool:
    """A bare reading that is also a Korean place (청도, 광주), with no evidence at it, on a
    page about that Chinese city: the page names a district of it (라오산구 for 青岛), or,
    when the page marks none of the reading's mentions as Korea's (경북 청도, 청도군), reads
    it so at a mention before (중국 광주 … 광주 공장) or is written by or for Koreans living
    in China (교민 … 위안: ambiguous.toml [topic]; or in the 조선어 norm of Korean-language
    media in China: 래년, 딸라) and names no Korean place. Never when the
    page names the city otherwise (광저우: then 광주 is Gwangju), the reading runs on, or its
    sentence names a Korean place (양주시와 광주시는 경기도 북부에 있다)."""
    surface = text[m.start:m.end]
    if m.runs_on or m.gloss_only or gaz.korean_context.search(text, *scopes.sentence(m.start)):
        return False
    if _written_otherwise(surface, m, known, gaz) and not (
            # (a page by Koreans living in the city writes 칭다오 and 청도 alike: 청도 한인들)
            surface not in known.korean_marked and not known.korean_text and known.is_abroad()
            and not _home_elsewhere(text, ms, m, gaz)):
        return False
    cands = [c for c in m.cands if c.strength in ("strong", "weak")]
    if any(c.place.name_zh in known.holders for c in cands):
        return True
    if surface in known.korean_marked or known.korean_table:
        return False
    decided = known.local.get(surface, {})
    if any(decided.get(c.place.key, m.start) < m.start for c in cands) and not _switched(text, m, scopes):
        return True                                  # after 중국 광주: the writer has said which
    return known.is_abroad() and not known.korean_text and not _home_elsewhere(text, ms, m, gaz) \
        and not gaz.korea_here.search(text, scopes.paragraph(m.start), m.start)   # 한국으로 류학 … 광주의 대학


def _nearer_evidence(text: str, ms: list[Mention], i: int, known: Known, gaz: Gazetteer, scopes: "Scopes",
                     norm: bool = False) -> str:
    """The evidence of _evidence but the page's topic."""
    confirmed, named, surfaces = known.confirmed, known.named, known.surfaces
    m = ms[i]
    prev = ms[i - 1] if i > 0 else None
    # 광둥성 조경 사업, 허베이성 형태 변화: an everyday word modified by the place before it
    modifier = _everyday(text[m.start:m.end], m.cands, gaz) and _modifies_a_noun(text, m, known.starts)
    # 선전시 보안 당국 is the city's security office (선전 보안국제공항 is the
    # airport's name since round 17: _in_a_facility_name).
    # Only a word reading of a place inside the one before counts: 판즈화시 동구 is 东区 though
    # 동구 is also a word reading of Hunan's 洞口县
    parent = prev.place or prev.cands[0].place if prev is not None else None
    word = any(c.strength == "word" and (parent is None or _contains(parent, c.place)) for c in m.cands) \
        and not _COMPOUND_HEAD.match(text, m.end)
    if prev is not None and (prev.accepted or not (prev.vetoed or m.gloss_only)) and not word \
            and _parent_before(text, prev, m) and not modifier:
        return "nearby"                              # 진강(鎭江) 단도, 신장 스허쯔: after its city
    if m.gloss_only:
        # 보안, 평화, 新城区: nothing else will do; a former name (安東, 봉천) once glossed
        # in the document is that place again where it stands as a name
        if _former(m):
            return "document" if any(c.place.key in known.glossed for c in m.cands) \
                and _former_again(text, m, gaz, scopes) and not former_beside_current(text, m, known.korean_marked) else ""
        # 강문시의 개평, 태산, 학산: a county listed with another county of the same city,
        # that city named in the document (태산 is also 'a great mountain')
        # (or with three or more places all of one province the document names: 수분하, 동녕,
        # 밀산, 호림 in a text on 흑룡강성)
        if m.parent_only:
            # 황다오구와 스난구, 황다오구에서 스난구까지: a district written only with planning words
            # (市南区) that no other city has, in Hangul, listed with or routed from a district of
            # its city that the document names, is that district (신성구 is in many cities: not so)
            return "nearby" if m.korean and len(m.cands) == 1 and m.cands[0].place.parent_zh in named and (
                _listed_with_kin(text, ms, i, named, "parent_zh") or _on_a_route(text, ms, i)) else ""
        if _listed_with_kin(text, ms, i, named, "parent_zh") or _list_of_one_province(text, ms, i, named) \
                or _listed_after_its_city(text, ms, i) or _listed_after_its_province(text, ms, i):
            return "nearby"
        return "paragraph" if _said_again(text, ms, i, scopes) else ""

    surface = text[m.start:m.end]
    korean_place = surface in gaz.korean_places
    # 광주 beside 광저우: the document names the Chinese city otherwise, so 광주 is Gwangju
    # unless a containing place before it says otherwise (not its other mentions, not a
    # place after it, not a district of it somewhere in its sentence: 광주의 청년 … 광저우
    # 톈허구). (A word's reading beside another name of its place, 상해 beside 상하이, 선전
    # beside 심천, is left to its listed ordinary uses: writers mix the two namings.)
    everyday = _everyday(surface, m.cands, gaz)
    otherwise = korean_place and _written_otherwise(surface, m, known, gaz)
    if m.runs_on and not any(c.strong for c in m.cands) and (everyday or surface in gaz.shared_readings) \
            and _WORD_TAIL.match(text, m.end) and not (gaz.place_heads and gaz.place_heads.match(text, m.end)):
        pass                                         # 천주교, 일조량, 연대하지: the word, with its suffix or verb
                                                     # (서안교통대, 훈춘통상구, 홍콩계 are names in compounds)
    elif korean_place and _names_an_institution(text, m):
        pass                                         # 광주은행: only evidence at it (중국 광주은행)
    elif korean_place:
        # 광주: confirmed from afar only by the same surface, in a text that
        # names no Korean place at all (else it may be Gwangju)
        # (not a reading the page marks as Korea's: 경기 안양시 … 안양 시민들)
        if surface in surfaces and not otherwise and not _switched(text, m, scopes) \
                and surface not in known.korean_marked and not told_apart(text, ms, i, scopes.sentence(m.start)[1]):
            return "document"
    elif any(c.place.key in confirmed for c in m.cands) and not otherwise \
            and not ((everyday or surface in gaz.listed_words) and not _named_by_this_reading(text, m, known)):
        # the place is named elsewhere; a word nobody listed the uses of (다리, leg or bridge,
        # after 쿤밍, 다리, 리장; 일조 'sunshine' in a text on 르자오) only where the document
        # names the place by this very reading, glossed or with its suffix, and it stands as
        # a name there (연대(煙臺) … 연대 보증 is a surety)
        return "document"
    elif not m.runs_on and any(
            c.place.level == "county" and c.strength == "weak"
            and {c.place.parent_zh, c.place.province_zh} & (named | known.holders)
            and (c.match == "joseon" or norm and c.match == "sino_korean"
                 or c.match == "transliteration" and len(surface) >= 3
                 or c.match == "sino_korean" and c.place.parent_zh in named) for c in m.cands):
        return "document"                            # 바오안 in a text on 선전, 왕청 or 연길 in one on 연변,
                                                     # 상숙 or 순덕현 in one on 소주 or 불산
    elif not m.runs_on and any(c.place.level == "county" and c.strength == "weak" and c.place.name_zh in known.holders
                               for c in m.cands):
        return "document"                            # 쿤산 in a text naming 쿤산 종합보세구, a zone inside it
    elif _district_of_named_city(text, m, named, ms):
        return "document"                            # 룽강이나 광밍은 in a text that names 선전 itself
    if gaz.abroad_heads.match(text, m.end) and any(c.strength in ("strong", "weak") for c in m.cands):
        return "context"                             # 청도 한인회: a city where Koreans live abroad
    if not korean_place and gaz.place_heads is not None and gaz.place_heads.match(text, m.end):
        return "context"                             # 천진항 (but 군산항 is Korean)
    if any(c.place.level == "zone" and c.strength == "weak" for c in m.cands) and gaz.zone_heads.match(text, m.end):
        return "context"                             # 톈푸 지구, 빈하이 개발구
    if m.runs_on:
        return ""                                    # 로씨야: part of another word
    before = text[max(0, m.start - 12):m.start].rstrip()
    # (중국 훈춘, 러시아 하산: a county's reading that is no word is a name before any noun)
    if any(before.endswith(w) for w in gaz.context_words) and (korean_place or not (
            everyday or surface in gaz.shared_readings and _modifies_a_noun(text, m, known.starts))):
        return "context"
    if (korean_place or surface.removesuffix("시") in gaz.korean_places) \
            and all(c.place.level != "province" for c in m.cands) and _listed_with_a_province(text, ms, i):
        return ""                                    # 청주시와 산둥성 교류: partners, not kin
    keys = {c.place.key for c in m.cands}
    for j in (_beside(ms, i, -1), _beside(ms, i, 1)):
        # (광주와 광저우: a place listed with itself is two places, so not that one)
        if 0 <= j < len(ms) and ms[j].accepted and (ms[j].place or ms[j].cands[0].place).key not in keys:
            a, b = (ms[j], m) if j < i else (m, ms[j])
            gap = _over_a_facility(text[a.ext_end:b.start])
            if "\n" in gap or not _ENUM_GAP.fullmatch(gap):
                continue
            if gap.strip():
                # 사천과 청두 in a text on Korean places may compare a Korean city with a
                # Chinese one: a Korean place's reading there needs a list of three (청도·연태·위해);
                # so does one the page marks as Korea's (한국 안산시 … 안산시와 연길시는 우호도시)
                if (korean_place and (known.korean_text or twinning().search(text, *scopes.sentence(m.start)))
                        or surface in known.korean_marked) \
                        and _list_size(text, ms, i) < 3 and not _after_context(text, ms, i, gaz):
                    continue
                # (간쑤성 딩시, 감자 가공단지: an everyday word after a comma beside one place of another province
                # is the word; a list of its province's places, or of three, still names it: 부양·화이난)
                if (everyday or surface in gaz.listed_words) and not _same_province(m, ms[j]) \
                        and _list_size(text, ms, i) < 3:
                    continue
                return "nearby"                      # 장춘, 대련 / 장사·주저우
            if _same_province(m, ms[j]) and not modifier:
                return "nearby"                      # 선전 첸하이 / 베이징 다싱
    if not (korean_place and known.korean_text) and _on_a_route(text, ms, i):
        return "nearby"                              # 천주에서 하문까지: a route between two places
    if not (korean_place and known.korean_text) and _listed_with_kin(text, ms, i, named, "province_zh"):
        return "nearby"                              # 동관과 중산 in a text on 광동성
    if _with_its_province_in_brackets(text, ms, i):
        return "nearby"                              # 정주(하남), and 하남 in 정주(하남)
    if _list_of_cities(text, ms, i, gaz, known.korean_text):
        return "nearby"                              # 청도, 대련, 천진 세 항만: readings that list cities
    # a column of a table in a text on Korean places may mix Korean cities with Chinese
    # ones (부산, 광주 under 상하이, 닝보; 안동, 상주 above 베이징): it does not decide a
    # Korean place's reading
    if not (korean_place and known.korean_text) and _table_column(text, ms, i, known.starts):
        m.by_column = True
        return "nearby"                              # 상해 4,916 under 영파 3,530: a column of places
    if _pairs_with_a_korean_city(text, m, gaz) and _under_china_header(text, m, known.starts, gaz):
        return "context"                             # 구미 소주 12, 영천 청도 4 under 중국 법인 소재지
    if not (korean_place and known.korean_text) and _under_china_cities_header(text, m, known.starts, gaz):
        return "context"                             # ▶ 청도 — … under 중국 도시별 바이어 동향
    # a bare county reading (다이 for 代县, 다이 캐스팅) is too often a word for its
    # province to tell: only its own city may (선전 ... 바오안)
    cands = [c for c in m.cands if c.strength in ("strong", "weak")]
    if surface in gaz.bare_names and (len(known.confirmed - {c.place.key for c in m.cands}) >= 3
                                      or any(c.place.province_zh in named for c in cands)):
        return "document"                            # 선양 사무소, 상해와 선전 on a page naming Chinese places
                                                     # or their province (랴오닝성 … 선양으로 갔다):
                                                     # every word use of the reading is vetoed (ambiguous.toml)
    if _everyday(surface, cands, gaz) or surface in gaz.listed_words:
        # a reading weak only because it is an everyday word whose uses nobody listed
        # (부양 정책, 형태 변화, 주주 총회, 소통 채널: 阜阳, 邢台, 株洲, 昭通; 일조 시간 in
        # korean_words.txt): a province somewhere in its sentence is no evidence; a gloss,
        # its suffix, its province right before it, a list of places or a column still are
        return ""
    # in a text on Korean places, a Korean place's reading (사천, 청도) is decided only by a
    # containing place before it (산동성의 … 청도), not by a city after it (사천과 청두)
    # (광주의 한 호텔에서 중국 광둥성 대표단을: a place after it marked 중국 is the other side)
    china_after = korean_place and any(w in text[m.end:scopes.sentence(m.start)[1]] for w in gaz.context_words)
    if korean_place and surface in known.korean_marked:
        return ""                                    # 청도군 … 산둥성 여행사의 관광객이 청도를 찾는다
    found = _scope_choice(text, ms, i, cands, scopes, cities_only=True,
                          before_only=korean_place and (known.korean_text or otherwise or china_after)) if cands else None
    if found is None or found[1] == "tie":
        return "sentence" if cands and not otherwise and _pair_in_sentence(ms, i, cands, scopes) else ""
    # 광주 after 광둥성 is Guangzhou, unless the same sentence names Korean places
    # (광둥성 대표단이 서울과 광주를 방문했다)
    start = scopes.sentence(m.start)[0] if found[1] == "sentence" else scopes.paragraph(m.start)
    if korean_place and gaz.korean_context.search(text, start, scopes.sentence(m.start)[1]):
        return ""
    if otherwise and named_otherwise_since(text, ms, i, found[0], start, known.since):
        return ""                                    # 광둥성 광저우(廣州)시와 … 광주 대표단: the province was 광저우's
    return found[1]                                  # 안후이성 북부 쑤저우: sentence | paragraph


def _district_of_named_city(text: str, m: Mention, named: set[str], ms: list[Mention]) -> bool:
    """A short transliteration of a county-level place (룽강 龙岗区, 광밍 光明区, 쿠처 库车市)
    in a document that names its own city (선전, 아커쑤), standing as a name (a particle,
    a place noun or nothing after it: not 다이 캐스팅 in a text that names 성도): that
    place, and only it (the candidates narrow to it)."""
    if m.runs_on or _NOUN_AFTER.match(text, m.ext_end) and not name_noun().match(text, m.ext_end):
        return False
    # (a district of a municipality has the municipality for its city: 칭푸 in a text on 상하이)
    kin = [c for c in m.cands if c.place.level == "county" and c.strength == "weak"
           and c.match == "transliteration" and (c.place.parent_zh or c.place.province_zh) in named]
    if len({c.place.key for c in kin}) != 1:
        return False
    # (with a rival of the reading elsewhere, its city named before it: 이우 시장 상인들이 신장 하미를
    # 찾았다 is the Yiwu market, 义乌, its merchants visiting 哈密, not 哈密's 伊吾县)
    area = kin[0].place.parent_zh or kin[0].place.province_zh
    if any(c.strength == "weak" and c.place.key != kin[0].place.key for c in m.cands) and not any(
            x.accepted and x.start < m.start and area in {p.name_zh for p in _possible(x)} for x in ms):
        return False
    m.cands = kin
    return True


def _named_by_this_reading(text: str, m: Mention, known: Known) -> bool:
    """The document names m's place by m's reading, glossed (방부(蚌埠)), in a column of
    places (하문 1,255) or with its suffix (카스시, 카스지구), and m stands as a name: a particle, a place noun (공항, 구시가지,
    지역) or nothing follows it, not another noun it would form a word with (연대 보증,
    일조 시간: the words)."""
    surface = text[m.start:m.end]
    if m.runs_on:
        return False                                 # 일조시간, 일조량: the word runs on into a word of its own
    if not (surface in known.glossed_names or any(
            other != surface and other.startswith(surface)
            for c in m.cands for other in known.written.get(c.place.key, ()))):
        return False
    return not _NOUN_AFTER.match(text, m.ext_end) or bool(name_noun().match(text, m.ext_end))


# What runs on from a word into a longer word of its own: a one-syllable suffix that ends
# the word (천주교, 천주님께, 일조량이, 연대감) or a verb made of it (연대하지, 연대한);
# not a particle (샤먼만의).
_WORD_TAIL = re.compile(r"(?:하|했|한|할|해|되|된|될|돼|시키)|(?!만|뿐|씩)[가-힣](?:(?![가-힣])|(?:[은는이가을를의에도와과로께]|에서|으로|에게|께서)(?![가-힣]))")

# 천주에서 하문까지, 하문에서 천주로: from one place to another
_ROUTE_FROM = re.compile(r"에서[ \t]?")
_ROUTE_TO = re.compile(r"(?:까지|으로|로)(?![가-힣])|(?:까지|으로|로)[는도의]")


def _on_a_route(text: str, ms: list[Mention], i: int) -> bool:
    """ms[i] is one end of a route whose other end is a place (천주에서 하문까지,
    하문에서 천주로): a word seldom stands in a route from or to a city."""
    m = ms[i]
    if m.runs_on:
        return False
    if i > 0 and ms[i - 1].accepted and ms[i - 1].korean == m.korean \
            and _ROUTE_FROM.fullmatch(text, ms[i - 1].ext_end, m.start) and _ROUTE_TO.match(text, m.ext_end):
        return True
    return i + 1 < len(ms) and ms[i + 1].accepted and _ROUTE_FROM.fullmatch(text, m.ext_end, ms[i + 1].start) \
        and bool(_ROUTE_TO.match(text, ms[i + 1].ext_end))


def _written_otherwise(surface: str, m: Mention, known: Known, gaz: Gazetteer) -> bool:
    """The document names m's Chinese place under another Hangul name that is no word
    (광저우 for 广州): a text that writes 광저우 for Guangzhou writes 광주 for Gwangju. Not
    when it also names the place by this reading (광주(廣州), 광주시 as the writer's name)."""
    names = [other for c in m.cands for other in known.written.get(c.place.key, ())]
    return any(other not in gaz.shared_readings for other in names) and not any(
        other.startswith(surface) for other in names)


def _listed_with_kin(text: str, ms: list[Mention], i: int, named: set[str], area: str) -> bool:
    """ms[i] is listed next to another reading (a comma, 와/과, a middle dot between) with
    which it shares its city (area = parent_zh) or its province (province_zh), and the
    document names that city or province: two readings of one area side by side are
    seldom two ordinary words (동관과 중산 in a text on 광동성, 강문시의 개평, 태산)."""
    m = ms[i]
    mine = {getattr(c.place, area) for c in m.cands if c.place.level != "province"} & named
    if not mine or m.runs_on or m.vetoed:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ms) or ms[j].vetoed or ms[j].runs_on:
            continue
        a, b = (ms[j], m) if j < i else (m, ms[j])
        if _listed(text, a, b) and any(getattr(c.place, area) in mine and c.place.key not in {x.place.key for x in m.cands}
                                       for c in ms[j].cands):
            return True
    return False


def _listed_after_its_city(text: str, ms: list[Mention], i: int) -> bool:
    """A county's reading listed right after its own city, named after its province (산동성
    청도와 교주에 공장을: 胶州, a county-level city of 青岛; 교주 alone is also 教主, a cult's
    leader): the city, accepted, and its province right before it say where the list lies."""
    m = ms[i]
    if i < 2 or m.runs_on or m.vetoed:
        return False
    city, province = ms[i - 1], ms[i - 2]
    if not (city.accepted and province.accepted and _listed(text, city, m) and _adjacent(text, province, city)):
        return False
    here = city.place or city.cands[0].place
    above = province.place or province.cands[0].place
    return here.province_zh == above.name_zh and any(c.place.parent_zh == here.name_zh for c in m.cands)


def _said_again(text: str, ms: list[Mention], i: int, scopes: "Scopes") -> bool:
    """A county reading that needs a gloss (순덕, no everyday word), standing as a name (a particle or no Hangul
    after it), in a paragraph where the same reading was already accepted as the place by evidence at it (광둥성
    순덕, 남해 … 순덕에는): the paragraph is speaking of it. Not an everyday word's reading (보안, 안정)."""
    m = ms[i]
    if m.runs_on or not all(c.strength == "gloss" for c in m.cands):
        return False
    surface, start = text[m.start:m.end], scopes.paragraph(m.start)
    return any(ms[j].accepted and ms[j].start >= start and text[ms[j].start:ms[j].end] == surface
               for j in range(i - 1, max(-1, i - 1 - _SCOPE_REACH), -1))


def _listed_after_its_province(text: str, ms: list[Mention], i: int) -> bool:
    """ms[i] is one of two or more county readings listed right after their province, each a county of it
    (광둥성 순덕, 남해: Foshan's 顺德区 and 南海区; 남해 alone is the South Sea or Korea's 남해군, 순덕 a given
    name): the province, accepted, says where the list lies, and two of its counties side by side are seldom
    two words."""
    lo = hi = i
    while lo > 0 and _listed(text, ms[lo - 1], ms[lo]):
        lo -= 1
    while hi + 1 < len(ms) and _listed(text, ms[hi], ms[hi + 1]):
        hi += 1
    if hi == lo or lo == 0 or any(ms[j].vetoed or ms[j].runs_on for j in range(lo, hi + 1)):
        return False
    province = ms[lo - 1]
    if not (province.accepted and _adjacent(text, province, ms[lo])):
        return False
    above = province.place or province.cands[0].place
    return above.level == "province" and all(
        any(c.place.level == "county" and c.place.province_zh == above.name_zh for c in ms[j].cands)
        for j in range(lo, hi + 1))


def _with_its_province_in_brackets(text: str, ms: list[Mention], i: int) -> bool:
    """A city's reading with its province's in brackets right after it (정주(하남), 무한(호북)):
    each names the other, so both are places (두 readings of words seldom nest so)."""
    def nest(city: Mention, province: Mention) -> bool:
        return (text[city.end:city.end + 1] in "(（" and province.start == city.end + 1
                and text[province.end:province.end + 1] in ")）" and not city.runs_on
                and any(_within(p.place, c.place) for c in city.cands for p in province.cands
                        if p.place.level == "province"))
    m = ms[i]
    return (i + 1 < len(ms) and nest(m, ms[i + 1])) or (i > 0 and nest(ms[i - 1], m))


def _list_of_one_province(text: str, ms: list[Mention], i: int, named: set[str]) -> bool:
    """ms[i] is one of three or more readings listed together that all may lie in one
    province the document names (수분하, 동녕, 밀산, 호림 in a text on 흑룡강성)."""
    lo = hi = i
    while lo > 0 and _listed(text, ms[lo - 1], ms[lo]):
        lo -= 1
    while hi + 1 < len(ms) and _listed(text, ms[hi], ms[hi + 1]):
        hi += 1
    if hi - lo < 2 or any(ms[j].vetoed or ms[j].runs_on for j in range(lo, hi + 1)):
        return False
    shared = set.intersection(*({c.place.province_zh for c in ms[j].cands} for j in range(lo, hi + 1)))
    return bool(shared & named)


def _everyday(surface: str, cands: list[Candidate], gaz: Gazetteer) -> bool:
    """A city's or province's reading that is weak only because it is an everyday word
    whose ordinary uses nobody listed (부양, 형태, 주주, 조경): not in ambiguous.toml,
    korean_places.txt or korean_words.txt."""
    named = [c for c in cands if c.strength in ("strong", "weak")]      # 株洲县's 주주 is gloss only
    return surface not in gaz.shared_readings and bool(named) and all(
        c.strength == "weak" and c.match in ("sino_korean", "transliteration")
        and c.place.level in ("province", "prefecture") for c in named)


_NOUN_AFTER = re.compile(r"[ \t]+[가-힣]")
# 중국 통화·재정 당국, 중국 영구·임시 거주: a word listed with another word that is no place
_WORD_LISTED_AFTER = re.compile(r"[ \t]*[·・,/][ \t]*[가-힣]")


def _modifies_a_noun(text: str, m: Mention, starts: list[int]) -> bool:
    """중국 부양 정책, 중국 지주 회사, 중국 통화 당국: a reading right after 중국 and
    followed by another noun is mostly an ordinary word modified by 중국, not the place
    (중국 장사에서, 중국 광주의 캔톤페어 stand as names: a particle or a place follows).
    A Korean place's reading (중국 광주 캔톤페어, 중국 청도 맥주) is a name either way:
    the caller lets 중국 decide it."""
    nxt = _NOUN_AFTER.match(text, m.ext_end) or _WORD_LISTED_AFTER.match(text, m.ext_end)
    if nxt is None:
        return False
    k = bisect.bisect_left(starts, nxt.end() - 1)
    return not (k < len(starts) and starts[k] == nxt.end() - 1)


def _former(m: Mention) -> bool:
    """A former name (안동 安東, 봉천 奉天): every candidate one (curated `former`)."""
    if m.korean:
        return any(c.match == "old_name" for c in m.cands)      # 봉천: also 凤泉区's bare reading
    return all(c.strength == "gloss" for c in m.cands)          # a hanzi alias is gloss only when former


def _former_again(text: str, m: Mention, gaz: Gazetteer, scopes: "Scopes") -> bool:
    """A former name repeated after its gloss stands as a name: no word runs on from it
    (봉천동 is a Seoul ward), its city suffix or a particle ends it rather than another
    word (신경 쓰이는 'bothering', 서울 여대 졸업생), and no Korean place before it in its
    sentence (경북 안동시는 is Korea's Andong; 안동시 당국은 after 안동(安東)시 stays)."""
    if m.runs_on:
        return False
    if not text[m.start:m.end].endswith("시") and _NOUN_AFTER.match(text, m.ext_end):
        return False
    return not gaz.korean_context.search(text, scopes.sentence(m.start)[0], m.start)


def _former_county_needs_province(text: str, ms: list[Mention], gaz: Gazetteer, scopes: "Scopes") -> None:
    """A county-level city or district named by the 현 it had before (의오현 for 义乌市) stays
    only in a document that names its province by another mention, and not after a Korean
    era in its sentence: Korea had its own 현 (조선 시대 의흥현 is not 宜兴). Any 현 right
    after a Korean province or 일본 is not China's (전라도 용담현 beside 길림성 is not 龙潭区,
    일본 정강현 is 静冈 in Japan)."""
    def by_former_hyeon(m: Mention) -> bool:
        return m.korean and text[m.start:m.end].endswith("현") and all(
            c.place.level == "county" and not c.place.name_zh.endswith("县") for c in m.cands)
    hyeon = [m for m in ms if m.accepted and m.korean and text[m.start:m.end].endswith("현")]
    if not hyeon:                # most documents: no 현 read, nothing to check
        return
    provinces = {c.place.province_zh for m in ms if m.accepted and not by_former_hyeon(m) for c in m.cands[:1]}
    for m in hyeon:
        if m.accepted and by_former_hyeon(m) and (
                not any(c.place.province_zh in provinces for c in m.cands)
                or gaz.korean_era.search(text, scopes.sentence(m.start)[0], m.start)):
            m.accepted = False
        elif m.accepted and m.korean and text[m.start:m.end].endswith("현") \
                and gaz.foreign_hyeon.search(text, max(0, m.start - 8), m.start):
            m.accepted = False


def _former_needs_province(ms: list[Mention]) -> None:
    """A former name stays only in a document that names its province by another name
    (安東 with 요령성, 봉천 with 요령성 or 심양): a glossed 안동(安東) alone may still be Korea's."""
    formers = [m for m in ms if m.accepted and _former(m)]
    if not formers:              # most documents: no former name, nothing to check
        return
    provinces = {c.place.province_zh for m in ms if m.accepted and not _former(m) for c in m.cands[:1]}
    for m in formers:
        if not any(c.place.province_zh in provinces for c in m.cands):
            m.accepted = False


def _after_context(text: str, ms: list[Mention], i: int, gaz: Gazetteer) -> bool:
    """The list holding ms[i] follows a Chinese context word (중국 상해와 청도)."""
    while i > 0 and _listed(text, ms[i - 1], ms[i]):
        i -= 1
    before = text[max(0, ms[i].start - 12):ms[i].start].rstrip()
    return any(before.endswith(w) for w in gaz.context_words)


def _list_size(text: str, ms: list[Mention], i: int) -> int:
    """How many mentions the list holding ms[i] names (청도·연태·위해: 3)."""
    lo = hi = i
    while lo > 0 and _listed(text, ms[lo - 1], ms[lo]):
        lo -= 1
    while hi + 1 < len(ms) and _listed(text, ms[hi], ms[hi + 1]):
        hi += 1
    return sum(not ms[j].vetoed for j in range(lo, hi + 1))


def _list_of_cities(text: str, ms: list[Mention], i: int, gaz: Gazetteer, korean_text: bool) -> bool:
    """ms[i] is one of three or more readings of Chinese cities or provinces listed together
    (청도, 대련, 천진; 정주, 무한, 장사), none of them an unlisted everyday word, nor, in a
    text on Korean places, a Korean place's name: ordinary words seldom line up so; or one
    of two followed by a zone word (대련과 청도의 개발구) or named as ports or cities (대련, 청도 등
    발해만 연안 항구: ambiguous.toml city_list_heads), in a text on no Korean place."""
    def city(k: Mention) -> bool:
        surface = text[k.start:k.end]
        return (not k.vetoed and not k.runs_on and not _everyday(surface, k.cands, gaz)
                and not (korean_text and surface in gaz.korean_places)
                and any(c.strength in ("strong", "weak") and c.place.level in ("province", "prefecture")
                        for c in k.cands))
    if not city(ms[i]):
        return False
    lo = hi = i
    while lo > 0 and _listed(text, ms[lo - 1], ms[lo]):
        lo -= 1
    while hi + 1 < len(ms) and _listed(text, ms[hi], ms[hi + 1]):
        hi += 1
    cities = [ms[j] for j in range(lo, hi + 1) if city(ms[j])]
    # 안산, 광주, 청도 may all be Korea's: two at least must be no Korean place's name
    if len(cities) >= 3 and sum(text[k.start:k.end] not in gaz.korean_places for k in cities) >= 2:
        return True
    # 대련과 청도의 개발구: two cities' readings whose zones the sentence speaks of
    last = ms[hi]
    return len(cities) == 2 == hi - lo + 1 and not korean_text \
        and any(text[k.start:k.end] not in gaz.korean_places for k in cities) \
        and bool(gaz.zone_heads.match(text, last.ext_end + (text.startswith("의", last.ext_end)))
                 or gaz.city_list_heads.match(text, last.ext_end))


def _listed_with_itself(text: str, kept: list[Mention], i: int) -> bool:
    """산시성과 산시성, 타이저우·타이저우: a shared reading listed with the same surface
    names both of its places, neither alone."""
    m, surface = kept[i], text[kept[i].start:kept[i].end]
    return any(0 <= j < len(kept) and kept[j].place is None and text[kept[j].start:kept[j].end] == surface
               and _listed(text, *sorted((kept[j], m), key=lambda x: x.start)) for j in (i - 1, i + 1))


def _listed_with_a_province(text: str, ms: list[Mention], i: int) -> bool:
    """ms[i] is listed right beside a province (청주시와 산둥성, 광주와 광둥성의 우호; not a
    municipality, 상해, 광주): a Korean city pairs so with a Chinese province in partnership
    news, while a city is seldom listed with its own province."""
    return any(0 <= j < len(ms) and (ms[j].place or ms[j].cands[0].place).name_zh.endswith(("省", "自治区"))
               and _listed(text, *((ms[j], ms[i]) if j < i else (ms[i], ms[j]))) for j in (i - 1, i + 1))


def _listed(text: str, a: Mention, b: Mention) -> bool:
    gap = text[a.ext_end:b.start]
    return "\n" not in gap and bool(gap.strip()) and bool(_ENUM_GAP.fullmatch(gap))


_ROW_MAX = 60                                        # a table row or list item is a short line
# the cell after a name: a figure, the line end, or the end of a label — a colon, a bar, an
# equals sign, a dash between spaces, a closing bracket (정주: 물류센터 신설; ▲ 정주 — …;
# [정주] …; ◇정주=…)
_ROW_NEXT = re.compile(r"[ \t]*(?:$|\n|[0-9０-９]|[:：|=](?![0-9])|[—–](?=[ \t])|-(?=[ \t])|[\]】](?=[ \t]))")


def _row(text: str, pos: int) -> tuple[int, int] | None:
    """The line around pos when it reads as a table row or a list item (short, no
    sentence end), else None."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or len(line) > _ROW_MAX or line[-1] in ".!?。？！" or line.endswith(("다", "요")):
        return None
    return start, end


def _cell(text: str, m: Mention, starts: list[int]) -> tuple[int, int] | None:
    """The row m is a cell of — a table row or list item whose next cell is a figure, a
    label's end or another place — when m may name a city or province; else None."""
    row = _row(text, m.start)
    if row is None or not any(c.place.level in ("province", "prefecture") for c in m.cands):
        return None
    after = m.ext_end
    nxt = bisect.bisect_left(starts, after)
    gap = text[after:starts[nxt]] if nxt < len(starts) else "x"
    if not _ROW_NEXT.match(text, after) and not (gap.strip() == "" and "\n" not in gap):
        return None
    return row


_FIGURE_END = re.compile(r"[0-9０-９%]\s*$")


def _under_china_header(text: str, m: Mention, starts: list[int], gaz: Gazetteer) -> bool:
    """m is a cell of a table whose header — the nearest line above its rows that does not
    end in a figure — names China (`도내 기업 중국 법인 소재지` over `구미 소주 12`). With a
    Korean city beside m in its row (the caller asks), the table pairs Korean cities with
    Chinese ones. A header naming China over words (`중국 경제 지표` over `통화 8.1`) is no
    such table, nor is a header naming another country (`한국 항만`)."""
    row = _cell(text, m, starts)
    for _ in range(_BLOCK_ROWS):
        if row is None:
            return False
        line = text[row[0]:row[1]]
        if not _FIGURE_END.search(line):
            return any(w in line for w in gaz.context_words)
        row = _next_row(text, row, -1)
    return False


def _under_china_cities_header(text: str, m: Mention, starts: list[int], gaz: Gazetteer) -> bool:
    """m heads a line of a block whose heading names China's cities (`중국 도시별 바이어 동향`
    over `▶ 청도 — 수산물 가공업체 …`): the lines are about those cities. Only the row's first
    cell (after a bullet or a number) counts."""
    row = _cell(text, m, starts)
    if row is None or len(text[row[0]:m.start].split()) > 1:
        return False
    for _ in range(_BLOCK_ROWS):
        row = _next_row(text, row, -1)
        if row is None:
            return False
        line = text[row[0]:row[1]]
        if city_noun().search(line):
            return any(w in line for w in gaz.context_words)
    return False


def _table_column(text: str, ms: list[Mention], i: int, starts: list[int]) -> bool:
    """ms[i] stands in a column of places: its line is a table row or a list item whose
    cell after it is a figure or another place (상해 4,916; 1) 심양 7,695억 위안; 1 포동신구
    상해 1992), and the rows around it (a block of such lines) hold in the same column
    at least two cities or provinces accepted on other evidence. 청도 반시 20톤 or 통화
    정책의 변화 is no such row; one 베이징 in a table of contents makes no column."""
    m = ms[i]
    row = _cell(text, m, starts)
    if row is None:
        return False
    column = len(text[row[0]:m.start].split())
    anchors = 0
    for step in (-1, 1):
        other = row
        for _ in range(_BLOCK_ROWS):
            other = _next_row(text, other, step)
            if other is None:
                break
            lo, hi = bisect.bisect_left(starts, other[0]), bisect.bisect_left(starts, other[1])
            anchors += any(o.accepted and not o.by_column and len(text[other[0]:o.start].split()) == column
                           and o.cands[0].place.level in ("province", "prefecture") for o in ms[lo:hi])
            if anchors >= 2:
                return True
    return False


_BLOCK_ROWS = 40                                     # rows looked at above and below (keeps it linear)


def _next_row(text: str, row: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The nearest non-blank line above (step -1) or below (+1), if it reads as a row."""
    pos = row[0] - 1 if step < 0 else row[1] + 1
    while 0 <= pos < len(text) and text[pos] in "\n \t":
        pos += step
    if not 0 <= pos < len(text):
        return None
    return _row(text, pos)


_SENTENCE_END = re.compile(r"[.!?。？！](?=[\s\"'”’)]|$)|\n")
_NEWLINE = re.compile(r"\n")
_ORIGIN = re.compile(r"\s?(?:출신|태생|토박이|사람|籍)")
_SCOPE_REACH = 16                                    # mentions looked at around one (keeps it linear)


@dataclass
class Scopes:
    """Where sentences and paragraphs (lines of the clean text) start."""
    sentence_starts: list[int]
    paragraph_starts: list[int]
    size: int

    @classmethod
    def of(cls, text: str) -> "Scopes":
        return cls([0] + [m.end() for m in _SENTENCE_END.finditer(text)],
                   [0] + [m.end() for m in _NEWLINE.finditer(text)], len(text))

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sentence_starts, pos)
        end = self.sentence_starts[k] if k < len(self.sentence_starts) else self.size
        return self.sentence_starts[k - 1], end

    def paragraph(self, pos: int) -> int:
        return self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, pos) - 1]


_ORIGIN_LIST_MAX = 12


def _an_origin(text: str, ms: list[Mention], j: int) -> bool:
    """ms[j] says where someone is from: 출신 after it, or after the list it starts or
    stands in (광둥성과 산둥성 출신이다). A list longer than _ORIGIN_LIST_MAX is a bulletin's
    column, no one's origin: the walk stops there, so a long list stays linear."""
    last = min(len(ms) - 1, j + _ORIGIN_LIST_MAX)
    while j < last and _listed(text, ms[j], ms[j + 1]):
        j += 1
    if j == last < len(ms) - 1 and _listed(text, ms[j], ms[j + 1]):
        return False
    return bool(_ORIGIN.match(text, ms[j].ext_end))


def _possible(m: Mention) -> list[Place]:
    """The places a mention may name: its gloss's, else its best-ranked candidates."""
    if m.place is not None:
        return [m.place]
    return [c.place for c in m.cands if c.strength == m.cands[0].strength]


def _within(outer: Place, inner: Place) -> bool:
    """inner lies in outer: its province or its city (天府新区 in 成都市, 泰州市 in 江苏省)."""
    return inner.key != outer.key and outer.name_zh in (inner.parent_zh, inner.province_zh)


def _inside_of(cands: list[Candidate], other: Mention, cities_only: bool = False) -> list[Candidate]:
    return [c for c in cands if any(_within(p, c.place) and not (cities_only and c.place.level == "county"
                                                                  and p.name_zh != c.place.parent_zh)
                                    for p in _possible(other))]


def _scope_choice(text: str, ms: list[Mention], i: int, cands: list[Candidate],
                  scopes: Scopes, cities_only: bool = False,
                  before_only: bool = False, siblings: bool = False,
                  skip: frozenset[int] = frozenset()) -> tuple[list[Candidate], str] | None:
    """The candidates of ms[i] that the places around it in its sentence, then its
    paragraph, point to, and which scope it was: the nearest containing place named
    before it (안후이성 북부 쑤저우, 저장성 남부 해안에 자리한 타이저우); a place inside one
    candidate in the same sentence (산시성 정부가 ... 시안); a containing place after it
    in the sentence (난사(南沙) 지역은 광저우의); the nearest containing place earlier in
    the paragraph, when all of them there point to the same candidates. A containing
    place listed with a rival (장쑤성과 저장성에 모두 타이저우) decides nothing, and says
    so (scope "tie"), so that no evidence from farther away decides it either. Mentions whose
    id is in `skip` count for nothing (the province of a mistaken identity). With
    `siblings`, the cities of its sentence that lie in one province (양저우와 난퉁 사이의
    타이저우). Only accepted mentions count."""
    m = ms[i]
    s_start, s_end = scopes.sentence(m.start)
    p_start = scopes.paragraph(m.start)
    before = [j for j in range(i - 1, max(-1, i - 1 - _SCOPE_REACH), -1) if ms[j].start >= p_start and ms[j].accepted]
    after = [j for j in range(i + 1, min(len(ms), i + 1 + _SCOPE_REACH)) if ms[j].start < s_end and ms[j].accepted]
    # (a place after it is its container only when linked so: 광저우의, 진화시에 속한; not 안후이성으로 이전)
    linked = [j for j in after if container_after().match(text, ms[j].ext_end)]
    also = bool(_ALSO.match(text, m.ext_end))
    # 안후이성 출신 기업인의 쑤저우 공장: a place that says where a person is from
    # says nothing of where the next place lies
    before = [j for j in before if not _an_origin(text, ms, j) and not _a_destination(text, ms[j])
              and id(ms[j]) not in skip]
    after = [j for j in after if id(ms[j]) not in skip]
    in_sentence = [j for j in before if ms[j].start >= s_start]
    for scope, js in (("sentence", in_sentence), ("paragraph", before)):
        if scope == "paragraph":
            # further back only when the paragraph points one way (저장성은 ... 그중 타이저우)
            insides = [_inside_of(cands, ms[j], cities_only) for j in js]
            keys = {frozenset(c.place.key for c in x) for x in insides if x}
            if len(keys) == 1:
                return next(x for x in insides if x), "paragraph"
            # or its other cities, all in one province (양저우와 난퉁 사이의 타이저우는 … 이 타이저우의)
            by_kin = _by_siblings(ms, js, cands) if siblings and not keys else None
            return (by_kin[0], "paragraph") if by_kin is not None and by_kin[1] != "tie" else None
        for j in js:
            inside = _inside_of(cands, ms[j], cities_only)
            if inside:
                # (복건성 복주시 is a province and its city, no rival: the city decides)
                if j > 0 and ms[j - 1].accepted and ms[j - 1].start >= p_start and _adjacent(text, ms[j - 1], ms[j]) \
                        and not any(_within(p, q) for p in _possible(ms[j - 1]) for q in _possible(ms[j])):
                    rival = _inside_of(cands, ms[j - 1])
                    if rival and {c.place.key for c in rival} != {c.place.key for c in inside}:
                        return rival + inside, "tie"
                return inside, "sentence"
        if scope == "sentence" and not before_only:
            held = [] if also else [[c for c in cands if all(_within(c.place, p) for p in _possible(ms[j]))]
                                    for j in in_sentence + after]
            keys = {c.place.key for h in held for c in h}
            if len(keys) == 1:
                return next(h for h in held if h), "sentence"
            if not keys:
                for j in linked:
                    inside = _inside_of(cands, ms[j], cities_only)
                    if inside:
                        return inside, "sentence"
        if scope == "sentence" and siblings and not also:
            # (a place after it counts only linked as its container: not 안후이성으로 이전, 하미를 찾았다)
            by_kin = _by_siblings(ms, in_sentence + linked, cands)
            if by_kin is not None:
                return by_kin
    return None


def _by_siblings(ms: list[Mention], js: list[int], cands: list[Candidate]) -> tuple[list[Candidate], str] | None:
    """Which candidate the other cities of the sentence point to when none contains it:
    cities named together mostly lie in one province (양저우와 난퉁 사이의 타이저우 is 泰州,
    Jiangsu's, not 台州). Only when every such city lies in one province and one candidate
    does. A sentence that names two candidates themselves (台州와 泰州 … 모두 타이저우) gives
    them both back, so the reading stays undecided."""
    keys = {c.place.key for c in cands}
    # (another mention of the same reading, itself undecided, names nothing yet)
    named = [p for j in js for p in _possible(ms[j])
             if len(_possible(ms[j])) == 1 or not {q.key for q in _possible(ms[j])} & keys]
    rivals = [c for c in cands if any(p.key == c.place.key for p in named)]
    if len({c.place.key for c in rivals}) >= 2:
        return rivals, "tie"
    provinces = {p.province_zh for p in named if p.key not in keys and p.level in ("prefecture", "county")}
    pick = [c for c in cands if c.place.province_zh in provinces]
    if len(provinces) == 1 and len({c.place.key for c in pick}) == 1:
        return pick, "sentence"
    return None


def _pair_in_sentence(ms: list[Mention], i: int, cands: list[Candidate], scopes: Scopes) -> bool:
    """Two weak readings in one sentence that fit together as a city and its own
    district (선전으로 넘어가 난산 지구를 봤다) confirm each other: ordinary words
    seldom pair up so."""
    m = ms[i]
    start, end = scopes.sentence(m.start)
    keys = {c.place.key for c in cands}
    for j in range(max(0, i - _SCOPE_REACH), min(len(ms), i + 1 + _SCOPE_REACH)):
        o = ms[j]
        # (상담 beside 샹탄 names 湘潭市 twice, not a city and its county 湘潭县)
        if j == i or o.vetoed or o.runs_on or not start <= o.start < end or (o.place or o.cands[0].place).key in keys:
            continue
        others = [c.place for c in o.cands if c.strength in ("strong", "weak")]
        if any(c.place.name_zh == p.parent_zh or p.name_zh == c.place.parent_zh for c in cands for p in others):
            return True
    return False


def _contains(parent: Place, child: Place) -> bool:
    """child is a district of parent (or of the municipality parent: 北京市 东城区)."""
    return child.parent_zh == parent.name_zh or (
        not child.parent_zh and child.province_zh == parent.name_zh != child.name_zh)


def _parent_before(text: str, prev: Mention, m: Mention) -> bool:
    gap = text[prev.ext_end:m.start]
    # (정저우의 중원구: a district or county with its suffix after its city and 의, not a bare reading:
    # 쓰촨성의 성도 is the provincial capital)
    of = _OF_GAP.fullmatch(gap) is not None and m.korean and text[m.end - 1] in "구현"
    if not (of or (gap == "" or gap.isspace()) and len(gap) <= 2 and "\n" not in gap):
        return False
    if gap == "" and m.korean:
        return False                                 # Hangul glued to a name is one word with it
    parent = prev.place or prev.cands[0].place
    return any(_contains(parent, c.place) for c in m.cands)


_OF_GAP = re.compile(r"의[ \t]")
_NEAR_GAP = re.compile(r"[ \t,，、·/]*(?:의 ?)?")


def _adjacent(text: str, a: Mention, b: Mention) -> bool:
    """b follows a with only a space or a list separator between (산시성 시안)."""
    gap = text[a.ext_end:b.start]
    return len(gap) <= 3 and "\n" not in gap and bool(_ENUM_GAP.fullmatch(gap))


def _same_province(m: Mention, other: Mention) -> bool:
    others = [other.place] if other.place else [c.place for c in other.cands]
    return any(c.place.province_zh and c.place.province_zh in (o.province_zh, o.name_zh)
               and c.place.key != o.key for c in m.cands for o in others)


def _near(cands: list[Candidate], other: Place | None) -> list[Candidate]:
    """Candidates inside (or beside) a neighbouring mention's place."""
    if other is None:
        return []
    # inside it first (삼명시의 장락현 is 将乐县 of 三明, not 长乐区 of 福州 beside it)
    inside = [c for c in cands if other.name_zh in (c.place.province_zh, c.place.parent_zh)]
    return inside or [c for c in cands if other.province_zh and other.province_zh == c.place.province_zh
                      and other.level != "region"]


Scoped = Callable[[list[Candidate]], "tuple[list[Candidate], str] | None"]


def _resolve(m: Mention, prev: Place | None, glossed: set[str], nxt: Place | None = None,
             provinces: frozenset[str] = frozenset(), scoped: Scoped | None = None,
             own_province: Place | None = None, earlier: Place | None = None,
             region: frozenset[str] = frozenset(), kin: frozenset[str] = frozenset()) -> tuple[Candidate, str] | None:
    """The place a mention names and, when several places share the reading, what
    decided between them (glossed | nearby | sentence | paragraph | document); None
    when nothing tells them apart (bare 산시성: 山西 or 陕西; 타이저우: 台州 or 泰州; 남산구).
    `earlier` is the place the same surface was read as before in the document, when it
    was always read as that one place whenever it was decided: it decides
    where nothing nearer does, over the rank of the candidates (진강 after `천주시 관할
    진강` is 晋江 again, not the prefecture 镇江 its rank would give). `region`: the
    provinces of a compass region right before it (서북 지역의 산시성 is 陕西)."""
    cands = [c for c in m.cands if c.strong] if m.strong else m.cands
    cands = cands or m.cands
    in_region = [c for c in cands if c.place.province_zh in region]
    if m.place is not None:
        found = next(c for c in m.cands if c.place.key == m.place.key), "glossed"
    elif len({c.place.key for c in in_region}) == 1 and len({c.place.key for c in cands}) > 1:
        found = in_region[0], "context"
    else:
        found = _in_its_province(m, cands, own_province) or _weaker_in_scope(m, scoped, kin) \
            or _decide(cands, prev, glossed, nxt, provinces, scoped, earlier)
        # (not where the province or city right before holds the place found: 푸톈구 …
        # 푸젠성 푸톈 is 莆田市 again, the province deciding first)
        if found is not None and not found[1] and earlier is not None and earlier.key != found[0].place.key \
                and not any(p is not None and _within(p, found[0].place) for p in (prev, own_province)):
            found = next(((c, "document") for c in m.cands if c.place.key == earlier.key), found)
    if found is None:
        return None
    # the evidence is the reason only where it was needed: 吉林 is the province
    # (over 吉林市) by its level alone, whatever the document says
    default = _unique(cands, "")
    if default is not None and default[0].place.key == found[0].place.key:
        return default
    return found


def _sentence_glosses(text: str, kept: list[Mention], scopes: Scopes) -> dict[int, dict[str, set[str]]]:
    """Per sentence (its start), the places its mentions already name (a gloss, one reading) and
    the surfaces that name them: built once, so one long sentence of many shared readings stays
    linear (a bulletin's list with no full stop)."""
    index: dict[int, dict[str, set[str]]] = {}
    for m in kept:
        if m.place is not None:
            index.setdefault(scopes.sentence(m.start)[0], {}).setdefault(m.place.key, set()).add(text[m.start:m.end])
    return index


def _sentence_provinces(text: str, kept: list[Mention], start: int, end: int, starts: list[int]) -> set[tuple[str, str]]:
    """(province, surface) of the mentions of a sentence that name a province as such (허베이성, 충칭, 닝샤), read
    by one place each; asked once per sentence (a bulletin's one long sentence of 산시성 stays linear)."""
    out = set()
    for k in kept[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        p = k.place or (k.cands[0].place if _one_place(k.cands) else None)
        if p is not None and p.level == "province":
            out.add((p.name_zh, text[k.start:k.end]))
    return out


def _sentence_places(text: str, kept: list[Mention], start: int, end: int, starts: list[int]) -> list[tuple[Place, ...]]:
    """Each mention of a sentence as the places it may be (one when a gloss or one best-ranked reading
    decides it: 우시 is 无锡 over a weak 巫溪县; else its readings: 창저우 常州 or 沧州), leaving out places
    it goes to (안후이성으로 이전); asked once per sentence."""
    out = []
    for k in kept[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        if _a_destination(text, k):
            continue
        p = k.place or (k.cands[0].place if len(rivals(k)) == 1 else None)
        out.append((p,) if p is not None else tuple(c.place for c in k.cands))
    return out


def _against_gloss(m: Mention, found: tuple[Candidate, str], places: list[tuple[Place, ...]]
                   ) -> tuple[Candidate, str] | None:
    """A shared reading decided by a gloss elsewhere on the page (`glossed`), checked against its own
    sentence: when the sentence speaks firmly for another namesake only (its province or prefecture, or two
    places of its province: 양저우, 난징 for 泰州 against 台州's gloss), that one ("sentence"); when it
    speaks for the gloss's namesake and another too, no row; one place of another province alone (타이저우
    기업들은 난징에도 … on a page about 台州) leaves the gloss."""
    weight = sentence_backs(m.cands, places)
    glossed = found[0].place.key
    other = {k: w for k, w in weight.items() if k != glossed and w}
    if not other:
        return found
    if weight.get(glossed) or len(other) > 1:
        return None
    key, w = next(iter(other.items()))
    if w < 2:
        return found
    return next((c, "sentence") for c in m.cands if c.place.key == key)


def _glossed_in_sentence(text: str, m: Mention, glosses: dict[int, dict[str, set[str]]],
                         scopes: Scopes) -> tuple[Candidate, str] | None:
    """A shared reading whose sentence glosses the same reading once, as one of its places
    (산시성 북부의 위린은 산시(陕西)성의 …: 陕西, whatever 산시성 was read as before): that place,
    "sentence". Two glosses of different places there decide nothing. `glosses`: _sentence_glosses."""
    if m.place is not None:
        return None
    surface = text[m.start:m.end]
    keys = {c.place.key for c in m.cands}
    if len(keys) < 2:
        return None                                  # one place: nothing to decide
    named = glosses.get(scopes.sentence(m.start)[0], {})
    glossed = {key for key in keys if any(_one_reading(surface, w) for w in named.get(key, ()))}
    if len(glossed) != 1:
        return None
    key = glossed.pop()
    return next((c, "sentence") for c in m.cands if c.place.key == key)


def _one_reading(a: str, b: str) -> bool:
    """산시 and 산시성: one reading, with and without its suffix."""
    return a.startswith(b) or b.startswith(a)


def _in_its_province(m: Mention, strong: list[Candidate], province: Place | None) -> tuple[Candidate, str] | None:
    """광시 핑샹: a weaker reading right after its own province (nothing but a space or 의
    between) over a stronger reading of another province (凭祥 of Guangxi, not 萍乡 of
    Jiangxi). Never over a province's own name (톈진 허베이 stays 河北省), nor when a
    stronger reading lies in that province too (신장 우루무치 stays the city)."""
    if province is None or any(c.place.level == "province" or _within(province, c.place) for c in strong):
        return None
    inside = {c.place.key: c for c in m.cands if _within(province, c.place)}
    return (next(iter(inside.values())), "nearby") if len(inside) == 1 else None


def _weaker_in_scope(m: Mention, scoped: Scoped | None, kin: frozenset[str]) -> tuple[Candidate, str] | None:
    """광시 자치구는 … 핑샹과 둥싱의 통상구: a weaker reading inside the province or city that
    its sentence, then its paragraph, names before it (凭祥 of Guangxi), over a stronger
    reading that lies elsewhere (萍乡 of Jiangxi), when a place listed with it may lie in
    that province too (둥싱: 东兴 of Guangxi). Not over a province's own name (톈진·허베이
    stays 河北省), nor for a place visited from there (충칭시 대표단이 우시를 방문: 无锡,
    with nothing listed beside it)."""
    if scoped is None or not m.strong or m.place is not None or not kin \
            or not any(c.strength == "weak" for c in m.cands) \
            or any(c.strong and c.place.level == "province" for c in m.cands):
        return None
    found = scoped([c for c in m.cands if c.strength in ("strong", "weak")])
    if found is None or found[1] == "tie" or len({c.place.key for c in found[0]}) != 1 or found[0][0].strong:
        return None
    pick = found[0][0]
    if pick.place.province_zh not in kin or any(c.strong and c.place.province_zh in kin for c in m.cands):
        return None
    return pick, found[1]


def _decide(cands: list[Candidate], prev: Place | None, glossed: set[str], nxt: Place | None,
            provinces: frozenset[str], scoped: Scoped | None = None,
            earlier: Place | None = None) -> tuple[Candidate, str] | None:
    """The nearest evidence first: the places right beside it, its sentence and paragraph;
    then the document: a gloss of one candidate elsewhere, the same surface read before,
    the only candidate whose province the document names."""
    if len({c.place.key for c in cands}) == 1:
        return cands[0], ""
    # 광시좡족자치구 핑샹시 -> 凭祥 (in Guangxi), not 萍乡 (Jiangxi);
    # 산시성 타이위안 -> 山西, 산시성 시안 -> 陕西
    # (after it, among the readings that may stand alone: 신장과 산시성 is 新疆, not 新绛县 of
    # 山西; before it any: 온주시 관할 락청, 서안 is 瑞安, whose reading is a word)
    pool = [c for c in cands if c.strength in ("strong", "weak")] or cands
    # but its own province or city right before it first (저장성 타이저우와 장쑤성 타이저우:
    # 台州, then 泰州; 허베이성 창저우와 장쑤성 창저우: 沧州)
    inside_prev = [c for c in cands if prev is not None and prev.name_zh in (c.place.province_zh, c.place.parent_zh)]
    near = inside_prev or _near(pool, nxt) or _near(cands, prev)
    if near:
        return near[0], "nearby"
    # 안후이성 북부 쑤저우, 저장성은 ... 그중 타이저우: its sentence, then its paragraph
    # (among the readings that may stand alone: 천진 is 天津, not 天镇县, in a sentence on 산서);
    # 산시성 북부의 위린(榆林) is 陕西 even after 산시(山西)성 above
    in_scope = scoped([c for c in cands if c.strength in ("strong", "weak")] or cands) if scoped else None
    if in_scope is not None:
        return None if in_scope[1] == "tie" else _unique(*in_scope)
    # 산시성 after 산시성(陕西省) in the same document: the glossed one
    chosen = [c for c in cands if c.place.key in glossed]
    if chosen:
        return _unique(chosen, "glossed")
    # 이곳 타이저우 after 저장성 남부의 타이저우: as the same surface was read before
    same = [c for c in cands if earlier is not None and c.place.key == earlier.key]
    if same:
        return same[0], "document"
    # 타이저우 (台州 or 泰州) in a text that elsewhere names 저장성 only
    in_doc = [c for c in cands if c.place.province_zh in provinces]
    if in_doc and len({c.place.province_zh for c in in_doc}) == 1:
        return _unique(in_doc, "document")
    return _unique(cands, "")


def _unique(cands: list[Candidate], reason: str) -> tuple[Candidate, str] | None:
    """The preferred candidate, unless another of the same level shares the reading
    (쑤저우: 苏州 and 宿州; a county reading over 肃州区 is no rival). Under a modern
    transliteration, one county-level city whose only rivals are rural counties is
    preferred (이우: 义乌市 over 伊吾县); a district among them keeps the tie (우창: 五常市
    or 武昌区; 마산), and so does a Sino-Korean 현 form (자계현: 慈溪市 was a county)."""
    top = cands[0].place
    same = {c.place.key: c for c in cands if c.place.rank()[:2] == top.rank()[:2]}
    if len(same) == 1:
        return cands[0], reason
    cities = [c for c in same.values() if c.place.name_zh.endswith("市") and c.match == "transliteration"]
    if top.level == "county" and len(cities) == 1 and all(
            c.place.name_zh.endswith(_RURAL) for c in same.values() if c is not cities[0]):
        return cities[0], reason
    return None


_RURAL = ("县", "旗")


def find_places(text: str, gaz: Gazetteer) -> list[PlaceMention]:
    """Every mention of a Chinese place, sorted by start, non-overlapping."""
    korean = _korean_mentions(text, gaz)
    norm = follows_joseon_norm(text, korean, gaz)
    if norm:
        _joseon_readings(text, korean, gaz)
    hanzi = _attach_glosses(text, korean, _hanzi_mentions(text, gaz), gaz)
    hanzi = _gloss_fallback(text, korean, hanzi, gaz)
    korean = _reverse_glosses(text, korean, hanzi)
    _suffix_after_gloss(text, korean, gaz)
    ms = sorted(korean + hanzi, key=lambda m: m.start)
    scopes = Scopes.of(text)
    _accept(text, ms, gaz, scopes, norm)
    # a gloss in a contrast (쑤저우(宿州)와 혼동하지 말 것) decides its own mention only; a gloss
    # of another spelling (섬서성(陕西省)) is no gloss of the shared reading (산시성)
    aside = set_aside(text, [m for m in ms if m.place is not None], scopes.sentence)
    glossed = {m.place.key for m in ms if m.place is not None and id(m) not in aside
               and not (m.korean and _one_spelling(text[m.start:m.end], gaz))}
    # (the places of a contrast's sentence are no evidence for the page: 안후이성 북부의
    # 쑤저우(宿州)와 혼동하지 말 것, 장시성 푸저우(抚州)와 헷갈리지 말자)
    contrasted = {scopes.sentence(m.start)[0] for m in ms if id(m) in aside}
    provinces = {(m.place or m.cands[0].place).province_zh for m in ms if m.accepted
                 and (m.place or len({c.place.province_zh for c in m.cands}) == 1) and not _a_destination(text, m)
                 and scopes.sentence(m.start)[0] not in contrasted}
    kept = [m for m in ms if m.accepted]
    # first without the document's other provinces, whose places the mentions
    # decided by nearer evidence then tell (a 시안 read in its sentence names 陕西)
    resolved, undecided = _resolve_all(text, kept, glossed, frozenset(), scopes, aside=aside)
    if undecided:
        provinces |= {c.place.province_zh for m, (c, _r) in resolved
                      if scopes.sentence(m.start)[0] not in contrasted and not _a_destination(text, m)}
        # the places the page names by nearer evidence, for a shared reading nothing else decides
        page = [(text[m.start:m.end], c.place) for m, (c, r) in resolved
                if r != "document" and scopes.sentence(m.start)[0] not in contrasted and not _a_destination(text, m)]
        resolved, _ = _resolve_all(text, kept, glossed, frozenset(provinces), scopes,
                                   frozenset(_document_provinces(kept, provinces)), aside, page)
    out: list[PlaceMention] = []
    # (for a transliteration with a swapped aspirate: the cities named so far, and every place and
    # province the page names)
    cities: set[str] = set()
    areas: dict[str, set[str]] = {}              # name_zh or province_zh -> the keys naming it
    for _m, (c, _d) in resolved:
        for a in (c.place.name_zh, c.place.province_zh):
            areas.setdefault(a, set()).add(c.place.key)
    # (for a new area's short form that a district of its city shares, 난사: whether the page is on the
    # new areas, the other new areas it names, and the zones named as zones so far)
    on_new_areas = bool(new_area_page().search(text))
    new_areas = {c.place.name_zh for _m, (c, _d) in resolved if c.place.name_zh.endswith("新区")}
    as_zones: set[str] = set()
    for m, (c, decided) in resolved:
        end = m.end if m.korean else _hangul_suffix_end(text, m.end, c.place)
        surface = text[m.start:end]
        # a reading shared with a Korean place or word says what made it Chinese
        shared = m.reason if surface in gaz.shared_readings or m.reason == "topic" else ""
        p = c.place
        if m.korean and p.level == "zone" and p.parent_zh:
            p = _zone_or_district(text, m, p, on_new_areas or bool(new_areas - {p.name_zh}) or p.key in as_zones, gaz)
            if p.level == "zone":
                as_zones.add(p.key)
        if m.korean and m.place is None and c.match == "transliteration" and p.level == "county" \
                and len(cities) == 1 and not any(areas.get(a, set()) - {p.key} for a in (p.parent_zh, p.province_zh)):
            # 장닝구 after 상하이 on a page naming nothing of Nanjing or Jiangsu: 창닝구 (长宁区)
            # spelt with ㅈ, not 江宁区 (aspirates.py)
            swapped = aspirates.in_the_city(surface, next(iter(cities)), gaz)
            if swapped is not None:
                p, decided = swapped, "aspirate"
        if p.level == "prefecture" or p.level == "province" and p.name_zh.endswith("市"):
            cities.add(p.name_zh)
        out.append(PlaceMention(m.start, end, surface, p.name_zh, p.name_ko, p.hanja, p.pinyin,
                                p.adcode, p.level, p.province_zh, p.lat, p.lon, decided or shared or c.match))
    return _on_the_reading(text, out)


# A Hangul word standing right before the gloss, as long as the gloss's name: `감주(赣州)` (贛 is read 공 in the
# gazetteer's readings, so the word alone is no known reading)
_READING_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{2,4}$")


def _on_the_reading(text: str, out: list[PlaceMention]) -> list[PlaceMention]:
    """A place found only in its gloss is a mention of the word the gloss glosses (`강서성 감주(赣州)로` → `감주`,
    as `낭방(廊坊)시` → `낭방`): the writer's hanja say which place the word names. Round 16 (held-out set 13,
    spent: `赣州` was the row, on the gloss)."""
    ends = {m.end for m in out}
    taught: dict[str, PlaceMention] = {}
    for k, m in enumerate(out):
        if m.match != "hanja" and m.match != "chinese" or m.start < 3 or text[m.start - 1] not in "(（" \
                or text[m.end:m.end + 1] not in ")）" or m.start - 1 in ends:
            continue
        word = _READING_BEFORE.search(text, max(0, m.start - 5), m.start - 1)
        if word and len(word.group()) == m.end - m.start:
            out[k] = replace(m, start=word.start(), end=word.end(), surface=word.group(), match="glossed")
            taught.setdefault(word.group(), out[k])
    return _taught_readings(text, out, taught) if taught else out


# A reading the page taught by its gloss, standing again as a name: a particle of place or topic right after it
# (감주에, 감주의, 감주는), not one that a word takes as readily (감주를 마셨다: 감주 is also a sweet rice drink)
_TAUGHT_AFTER = re.compile(r"(?:에서|에는|에도|으로|에|의|은|는|과|와|로|까지)(?![가-힣])")


def _taught_readings(text: str, out: list[PlaceMention], taught: dict[str, PlaceMention]) -> list[PlaceMention]:
    """The other mentions of a reading the gazetteer lacks but the page glossed (`감주(贛州)시` … `감주에 공장을`):
    the writer's gloss made the word the place's name on this page, so it is the place again where it stands
    bare as a name. Round 17 (devset places17)."""
    starts = [m.start for m in out]          # rows in reading order, never overlapping
    added = []
    for word, m in taught.items():
        for hit in re.finditer(r"(?<![가-힣])" + re.escape(word), text):
            a, b = hit.span()
            k = bisect.bisect_left(starts, b)
            if _TAUGHT_AFTER.match(text, b) and not (k > 0 and out[k - 1].end > a):
                added.append(replace(m, start=a, end=b, surface=word, match="glossed"))
    return sorted(out + added, key=lambda x: x.start) if added else out


_NEW_AREA_GLOSS = re.compile(r"新[区區]|신구")


def _zone_or_district(text: str, m: Mention, zone: Place, zone_page: bool, gaz: Gazetteer) -> Place:
    """A new area's short form that a district of its city shares (난사: 南沙新区, 南沙区) is the
    district when it stands bare (광저우 난사에 사무소, 광저우 난사항), and the new area with a zone
    word after it (난사 개발구, 난사 편구), a 新区 gloss, or on a page on the new areas (`zone_page`:
    국가급 신구, another new area named, or this one named as a zone before it)."""
    district = next((k.place for k in m.cands if k.place.level == "county" and aspirates.city_of(k.place) == zone.parent_zh),
                    None)
    if district is None or zone_page or gaz.zone_heads.match(text, m.end) \
            or _NEW_AREA_GLOSS.search(text, m.end, max(m.end, m.ext_end)):
        return zone
    return district


@functools.cache
def _hangul_suffixes() -> tuple[tuple[str, str], ...]:
    """(Chinese suffix, its Hangul reading), longest first (data/suffixes.tsv)."""
    rows = [line.split("\t") for line in (DATA / "suffixes.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return tuple(sorted(((zh, ko) for zh, ko, *_ in rows), key=lambda r: -len(r[0])))


def _hangul_suffix_end(text: str, end: int, place: Place) -> int:
    """A name in Han script with its suffix written in Hangul (上海시, 浦東신구, 昆山시의) is
    one mention with the suffix attached, as the contract says of attached suffixes; not
    when more Hangul than a particle follows (上海시정부 keeps 上海)."""
    ko = next((k for zh, k in _hangul_suffixes() if place.name_zh.endswith(zh)), "")
    if ko and text.startswith(ko, end) and not _HANGUL_AFTER.match(text, end + len(ko)):
        return end + len(ko)
    return end


def _document_provinces(kept: list[Mention], provinces: set[str]) -> set[str]:
    """The provinces the document speaks of, as evidence for a shared reading in a column
    of places (a table row, a ranking) with no nearer evidence. A text whose places lie in
    three provinces or more (a national ranking: 상해, 심천, 소주, 타이저우) speaks of a
    province there only by naming it: 소주 in the column says nothing of 타이저우."""
    if len(provinces - {""}) < NATIONAL:      # (a text on the whole country)
        return provinces
    return {p.province_zh for m in kept if m.place is not None or len({c.place.key for c in m.cands}) == 1
            for p in [m.place or m.cands[0].place] if p.level == "province"}


def _said_with_suffix(surface: str, m: Mention, said: dict[str, "Place | None"]) -> "Place | None":
    """The one place the document read this name with a suffix as, before (푸톈구 … 푸톈:
    深圳's 福田区, not the prefecture 莆田市 the bare reading ranks first; 차오양구 … 차오양),
    when it is a candidate of m; None when there is none or more than one."""
    keys = {c.place.key for c in m.cands}
    found = {p.key: p for _, ko in _hangul_suffixes() for p in [said.get(surface + ko)]
             if p is not None and p.key in keys}
    return next(iter(found.values())) if len(found) == 1 else None


def _one_place(cands: list[Candidate]) -> bool:
    """Every candidate names the same place (most mentions: one candidate)."""
    key = cands[0].place.key
    return len(cands) == 1 or all(c.place.key == key for c in cands)


def _only_place(m: Mention) -> tuple[Candidate, str]:
    """What _resolve gives a mention without a gloss whose candidates all name one place,
    whatever the evidence around it: its first candidate (of the strong ones, when it is
    strong) with no reason, since the place was never in doubt (tests/places/test_places_speed8.py)."""
    strong = [c for c in m.cands if c.strong] if m.strong else m.cands
    return (strong or m.cands)[0], ""


def _one_spelling(surface: str, gaz: Gazetteer) -> bool:
    """A Korean spelling that names one place only (섬서성 is 陕西 alone; 산시성 is 山西 or 陕西)."""
    return len({c.place.key for c in gaz.korean.get(surface, ())}) == 1


_FROM_AFAR = ("sentence", "paragraph", "document")     # evidence farther than at or beside a mention


def _apart_in_sentence(text: str, kept: list[Mention], i: int, scopes: Scopes) -> tuple[Candidate, str] | None:
    """A shared reading whose sentence names all its candidates but one under other,
    unambiguous spellings (섬서성 옌안의 탄광과 비교하면 산시성 탄광: 陕西 is 섬서성 there, so 산시성
    is 山西): the one left, decided by its sentence."""
    m = kept[i]
    cands = [c for c in m.cands if c.strength == m.cands[0].strength]
    # (two places of one level: 봉천은 선양의 옛 이름이다 names 沈阳 by its former name, not apart)
    if len({c.place.key for c in cands}) < 2 or len({c.place.level for c in cands}) > 1 \
            or any(c.match == "old_name" for c in cands):
        return None
    start, end = scopes.sentence(m.start)
    surface = text[m.start:m.end]
    others = [x.place or x.cands[0].place for x in kept[max(0, i - _SCOPE_REACH):i + _SCOPE_REACH + 1]
              if x is not m and start <= x.start < end and text[x.start:x.end] != surface
              and (x.place is not None and len(rivals(x)) == 1 or x.place is None and _one_place(x.cands))]
    left = named_apart(cands, others)
    return (left[0], "sentence") if left and len(left) < len(cands) and len({c.place.key for c in left}) == 1 else None


def _resolve_all(text: str, kept: list[Mention], glossed: set[str], provinces: frozenset[str],
                 scopes: Scopes, named_provinces: frozenset[str] | None = None, aside: set[int] = frozenset(),
                 page: list[tuple[str, Place]] | None = None
                 ) -> tuple[list[tuple[Mention, tuple[Candidate, str]]], bool]:
    """Each accepted mention with the place it names, in reading order, non-overlapping;
    and whether any was left undecided. `aside`: ids of mentions glossed in a contrast (their
    reading is not carried to the page's other mentions); `page`: the places the page names
    (surface, place), for a shared reading nothing nearer decides (same_reading.page_topic)."""
    out = []
    undecided = False
    prev: Place | None = None
    prev_end = last_end = -1
    said: dict[str, Place | None] = {}   # the place each surface was read as (None: not one place)
    listed_in: Place | None = None       # the area a list of its places started from
    starts = [k.start for k in kept]
    glosses = functools.cache(lambda: _sentence_glosses(text, kept, scopes))
    provinces_of = functools.cache(lambda span: _sentence_provinces(text, kept, span[0], span[1], starts))
    placed = functools.cache(lambda span: _sentence_places(text, kept, span[0], span[1], starts))
    # the surfaces the page read as two places by nearer evidence (두 타이저우: 장쑤성 중부의
    # 타이저우 … 저장성 남부의 타이저우): the page is about both, so its topic decides neither
    read: dict[str, set[str]] = {}
    for w, p in page or ():
        read.setdefault(w, set()).add(p.key)
    page_split = {w for w, keys in read.items() if len(keys) > 1}
    others: dict[str, list[Place]] = {}   # the page's places under other surfaces, one of each
    # (장쑤성 타이저우(泰州)로 오해받지만: the place right before a contrast's gloss is the mistaken
    # identity's, no containing place of the sentence's other mentions)
    mistaken = frozenset(id(kept[j - 1]) for j in range(1, len(kept))
                         if id(kept[j]) in aside and _adjacent(text, kept[j - 1], kept[j]))
    for i, m in enumerate(kept):
        if m.start < last_end:
            continue
        # its own province or city right before (광시 핑샹, 천주시 관할 진강)
        own = prev if (prev is not None and (prev.level == "prefecture" or prev.level == "province"
                                             and not prev.name_zh.endswith("市"))
                       and own_area_gap().fullmatch(text, max(prev_end, 0), m.start)) else None
        # and along a list of its places (온주시 관할 락청, 서안: 瑞安, not 西安)
        if own is None and listed_in is not None and prev is not None and _within(listed_in, prev) \
                and _listed(text, kept[i - 1], m):
            own = listed_in
        listed_in = own
        surface = text[m.start:m.end]
        if m.place is None and _one_place(m.cands):
            found = _only_place(m)           # nothing to decide: the evidence below is not read
        else:
            if m.place is None and len({c.place.key for c in m.cands if c.strength == m.cands[0].strength}) > 1 \
                    and (several_before().search(text, max(0, m.start - 8), m.start) or _listed_with_itself(text, kept, i)):
                undecided = True                 # 두 산시성, 두 타이저우, 산시성과 산시성: it names them all
                continue
            nxt = kept[i + 1] if i + 1 < len(kept) and _adjacent(text, m, kept[i + 1]) else None
            nxt_place = None if nxt is None else (nxt.place or nxt.cands[0].place)
            # the place right before decides first (장쑤성의 타이저우, 광시좡족자치구 핑샹시)
            near_prev = prev if _NEAR_GAP.fullmatch(text, max(prev_end, 0), m.start) else None
            # the provinces of the places listed with it (핑샹과 둥싱)
            kin = frozenset(c.place.province_zh for j in (i - 1, i + 1) if 0 <= j < len(kept)
                            and _listed(text, kept[min(i, j)], kept[max(i, j)]) for c in kept[j].cands)
            # (in a column of places, only a province the document names: _document_provinces)
            in_column = named_provinces is not None and m.place is None and _cell(text, m, starts) is not None
            found = _resolve(m, near_prev, glossed, nxt_place, named_provinces if in_column else provinces,
                             lambda cands, i=i: _scope_choice(text, kept, i, cands, scopes, siblings=True,
                                                              skip=mistaken), own,
                             said.get(surface) or _said_with_suffix(surface, m, said),
                             _compass_region(text, m) if m.place is None else frozenset(), kin)
            if m.place is None and (found is None or found[1] in _FROM_AFAR):
                # (its sentence naming one candidate otherwise outweighs all but evidence at it:
                # 산시성 시안과 섬서성 바오지 is 陕西 by 시안 right after it)
                found = _apart_in_sentence(text, kept, i, scopes) or found
            if m.place is None and found is not None and found[1] == "glossed":
                # (장쑤성 … 타이저우는 양저우, 난징과 가까워 … 저장성 타이저우(台州): the gloss of one namesake
                # elsewhere does not decide a mention whose own sentence names the other's places)
                found = _against_gloss(m, found, placed(scopes.sentence(m.start)))
            if found is None or found[1] in ("", "document", "paragraph"):
                # (farther evidence than its sentence's gloss of the same reading: 산시(陕西)성)
                found = _glossed_in_sentence(text, m, glosses(), scopes) or found
            if m.place is None and (found is None or found[1] in ("", "document", "paragraph")):
                # (산시성은 동쪽으로 허베이성과 맞닿아: a province of its sentence bordering one rival only)
                # (a mention of the same surface, the rival reading, is left out)
                chosen = by_neighbours(m.cands, {p for p, w in provinces_of(scopes.sentence(m.start)) if w != surface})
                found = (chosen, "sentence") if chosen is not None else found
            if found is None and page is not None and surface not in page_split:
                # (산시성 on a page that names 타이위안 and 다퉁: the page's other places decide)
                if surface not in others:       # (once per surface: per mention it was quadratic)
                    others[surface] = list({p.key: p for w, p in page if w != surface}.values())
                chosen = page_topic(m.cands, others[surface])
                found = None if chosen is None else (chosen, "document")
            if found is None:
                undecided = True
                continue
        place = found[0].place
        if id(m) not in aside:               # (쑤저우(宿州)와 혼동하지 말 것 is no reading of 쑤저우)
            earlier = said.get(surface, place)
            said[surface] = place if earlier is place or earlier == place else None
        out.append((m, found))
        prev, last_end, prev_end = found[0].place, m.end, m.end
    return out, undecided
