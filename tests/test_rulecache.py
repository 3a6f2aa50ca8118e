"""pipeline/rulecache.py: a stored table is reused only for the same inputs, and a run
goes on without the cache when its folder cannot be written."""
import marshal

from pipeline import rulecache
from pipeline.places.gazetteer import DATA, _prefix_dict, _tokenizer


def test_value_is_reused_for_the_same_inputs_only(tmp_path, monkeypatch):
    monkeypatch.setenv("HANFACTS_CACHE", str(tmp_path))
    calls = []

    def build(value):
        calls.append(value)
        return {"가": value}

    assert rulecache.cached("t", [b"data", "v1"], lambda: build(1)) == {"가": 1}
    assert rulecache.cached("t", [b"data", "v1"], lambda: build(2)) == {"가": 1}   # stored
    assert rulecache.cached("t", [b"data", "v2"], lambda: build(3)) == {"가": 3}   # inputs changed
    assert rulecache.cached("t", [b"dat", "av2"], lambda: build(4)) == {"가": 4}   # parts kept apart
    assert calls == [1, 3, 4]
    assert len(list(tmp_path.glob("t-*.marshal"))) == 1      # older values of the name removed


def test_unwritable_or_damaged_cache_builds_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HANFACTS_CACHE", str(blocker / "cache"))
    assert rulecache.cached("t", [b"x"], lambda: [1, 2]) == [1, 2]
    monkeypatch.setenv("HANFACTS_CACHE", str(tmp_path))
    rulecache.cached("t", [b"x"], lambda: [1, 2])
    for stored in tmp_path.glob("t-*.marshal"):
        stored.write_bytes(b"\x00garbage")
    assert rulecache.cached("t", [b"x"], lambda: [3]) == [3]


def test_place_tokenizer_from_the_cache_is_the_one_built(tmp_path, monkeypatch, rules):
    monkeypatch.setenv("HANFACTS_CACHE", str(tmp_path))
    names = sorted(rules.gazetteer.hanzi)
    first, second = _tokenizer(names), _tokenizer(names)     # built, then read back
    assert list(tmp_path.glob("jieba-places-*.marshal"))
    built = _prefix_dict(first, (DATA / "common_words.txt").read_text(encoding="utf-8"), names)
    assert (first.FREQ, first.total) == (second.FREQ, second.total) == built
    assert second.lcut("上海浦东新区", HMM=False) == first.lcut("上海浦东新区", HMM=False)


# --- the compiled-regex table -----------------------------------------------------------

import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Shapes the rules use: named groups and back-references, look-arounds, classes with
# Hangul and hanzi ranges, inline and given flags, bytes, verbose, a conditional.
PATTERNS = [(r"(?P<n>\d{1,3}(?:,\d{3})*)(?:\.(?P<f>\d+))?\s?(?:억|만)?\s?(?P=n)?", 0),
            (r"(?<=[가-힣])(?:은|는)(?!\w)", 0), (r"[\u4e00-\u9fff]{2,}(?:省|市|自治区)", 0),
            (r"^\s*(?:관련기사|Copyright)\b.*$", re.M), (r"(?i)ⓒ\s*[a-z가-힣]+", 0),
            (rb"\xef\xbb\xbf|\xff\xfe", 0), (r" a  b # spaces are not read\n c", re.X),
            (r"(<)?[가-힣]+(?(1)>)", 0), (r"x", re.I | re.S), (r"[^\W\d_]+", re.A)]


@pytest.fixture
def stored(tmp_path, monkeypatch):
    """The table read from (and written to) an empty folder; re's own compile afterwards."""
    monkeypatch.setenv("HANFACTS_CACHE", str(tmp_path))
    rulecache.stop_stored_patterns()
    re.purge()
    yield tmp_path
    rulecache.stop_stored_patterns()
    re.purge()


def _compile_all() -> list[re.Pattern]:
    re.purge()      # re's own memory of compiled patterns would answer before the table
    return [re.compile(p, f) for p, f in PATTERNS]


def test_stored_patterns_equal_the_ones_re_compiles(stored):
    rulecache.use_stored_patterns()
    first = _compile_all()
    assert rulecache.pattern_counts() == (0, len(PATTERNS))
    rulecache.save_patterns()
    assert len(list(stored.glob("sre-*.marshal"))) == 1
    rulecache.stop_stored_patterns()
    own = _compile_all()                     # re alone
    rulecache.use_stored_patterns()          # a new process's view: read from the file
    again = _compile_all()
    assert rulecache.pattern_counts() == (len(PATTERNS), 0)
    for a, b, c in zip(first, own, again):
        assert a == b == c and a.groupindex == c.groupindex and a.groups == c.groups and a.flags == c.flags
    text = "지역총생산 1,234.5억 1,234는 上海市 관련기사 ⓒ 벤치 <광동>"
    probe = [p for p in again if isinstance(p.pattern, str)]
    assert [[m.span() for m in p.finditer(text)] for p in probe] == \
        [[m.span() for m in re.compile(p.pattern, p.flags).finditer(text)] for p in probe]
    assert again[0].search("1,234.5억 1,234").group("n", "f") == ("1,234", "5")


def test_table_is_written_only_when_four_patterns_were_missing(stored):
    rulecache.use_stored_patterns()
    for p in ("a1", "a2", "a3"):
        re.compile(p)
    rulecache.save_patterns()
    assert not list(stored.glob("sre-*.marshal"))         # three: not worth a write
    re.compile("a4")
    rulecache.save_patterns()
    (table,) = stored.glob("sre-*.marshal")
    assert set(marshal.loads(table.read_bytes())) == {(p, 0) for p in ("a1", "a2", "a3", "a4")}


def test_table_is_capped_keeping_this_process_patterns(stored, monkeypatch):
    monkeypatch.setattr(rulecache, "PATTERNS_MAX", 6)
    rulecache.use_stored_patterns()
    for i in range(6):
        re.compile(f"old{i}")
    rulecache.save_patterns()
    rulecache.stop_stored_patterns()
    re.purge()
    rulecache.use_stored_patterns()
    for p in ("old0", "new1", "new2", "new3", "new4"):
        re.compile(p)
    rulecache.save_patterns()
    (table,) = stored.glob("sre-*.marshal")
    keys = {k for k, _ in marshal.loads(table.read_bytes())}
    assert len(keys) == 6 and {"old0", "new1", "new2", "new3", "new4"} <= keys


def test_damaged_or_refused_table_falls_back_to_re(stored):
    rulecache.use_stored_patterns()
    _compile_all()
    rulecache.save_patterns()
    rulecache.stop_stored_patterns()
    (table,) = stored.glob("sre-*.marshal")
    good = marshal.loads(table.read_bytes())
    own = [re.compile(p, f) for p, f in PATTERNS]
    broken = {k: (v[0], [99999] * len(v[1]), *v[2:]) for k, v in good.items()}   # opcodes _sre refuses
    for data in (b"\x00garbage", marshal.dumps([1, 2]), marshal.dumps(broken)):
        table.write_bytes(data)
        rulecache.use_stored_patterns()
        assert _compile_all() == own
        assert rulecache.pattern_counts()[0] == 0      # nothing taken from it
        rulecache.stop_stored_patterns()


def test_another_pythons_table_is_not_read(stored, monkeypatch):
    rulecache.use_stored_patterns()
    _compile_all()
    rulecache.save_patterns()
    rulecache.stop_stored_patterns()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    rulecache.use_stored_patterns()
    _compile_all()
    assert rulecache.pattern_counts() == (0, len(PATTERNS))


_RUN = ("import sys\nfrom pipeline import cli, rulecache\ncode = cli.main(sys.argv[1:])\n"
        "print('patterns', *rulecache.pattern_counts(), file=sys.stderr)\nsys.exit(code)")


def _extract(raw: Path, out: Path, cache: Path) -> tuple[int, int]:
    env = {**os.environ, "HANFACTS_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", _RUN, "extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    hits, misses = done.stderr.split("patterns ")[1].split()
    return int(hits), int(misses)


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and (p.suffix == ".csv" or p.relative_to(out).parts[0] == "clean")}


@pytest.mark.parametrize("raw", ["raw", "tests/devset/unseen3/raw"])
def test_same_corpus_gives_the_same_bytes_with_and_without_the_table(tmp_path, raw):
    nowhere = tmp_path / "file"
    nowhere.write_text("a file, so the cache folder under it cannot be made")
    assert _extract(ROOT / raw, tmp_path / "plain", nowhere / "cache") == (0, pytest.approx(600, rel=0.5))
    _extract(ROOT / raw, tmp_path / "cold", tmp_path / "cache")               # builds and stores the table
    hits, misses = _extract(ROOT / raw, tmp_path / "warm", tmp_path / "cache")
    assert hits > 500 and misses < rulecache.PATTERNS_REWRITE
    plain = _outputs(tmp_path / "plain")
    assert len(plain) > 3 and _outputs(tmp_path / "cold") == plain and _outputs(tmp_path / "warm") == plain


# --- the table of needed strings (pipeline/ingest/regex_needs.py) ----------------------------

_LINES = ["관련기사", "Copyright ⓒ 벤치경제 All rights reserved.", "1. 개요", "상해시는 3억 위안을 투자했다.",
          "▲ 사진=연합뉴스", "홈 | 중국경제 | 지역 | 산업", "2026-03-01 10:00 입력", "홍길동 기자 hong@bench.com",
          "[사진] 上海市 浦东新区", "(끝)", "무단 전재 및 재배포 금지", "위안 193.42원 ▲0.35 | 달러 1,388.10원", ""]


def test_stored_needs_are_the_ones_read_from_the_patterns(stored):
    from pipeline.ingest import regex_needs
    from pipeline.rules import load_rules
    load_rules()          # reads the needs of every rule regex and stores them (the folder is empty)
    (table,) = stored.glob("needs-*.marshal")
    entries = marshal.loads(table.read_bytes())
    assert len(entries) > 200
    for (pattern, flags, ways), entry in entries.items():
        read = regex_needs._read(re.compile(pattern, flags), ways)
        stored_one = regex_needs._decode(entry)
        assert regex_needs._encode(stored_one) == regex_needs._encode(read), pattern
        assert [regex_needs.might_match(stored_one, t) for t in _LINES] == \
            [regex_needs.might_match(read, t) for t in _LINES], pattern
    rulecache.stop_stored_patterns()
    rulecache.use_stored_patterns()           # a new process's view: the rules' needs come from the file
    key = next(iter(entries))
    assert rulecache.stored_needs(key) == entries[key]


def test_needs_table_follows_the_code_that_reads_them(stored, monkeypatch):
    rulecache.use_stored_patterns()
    first = rulecache._needs.path
    rulecache.stop_stored_patterns()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    rulecache.use_stored_patterns()
    assert rulecache._needs.path != first


# --- parsed TOML --------------------------------------------------------------------------

def test_parsed_toml_is_tomllibs_and_each_read_is_a_copy(stored):
    import tomllib
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "pipeline").rglob("*.toml"))]
    assert len(texts) > 20
    rulecache._toml = None
    first = [rulecache.parse_toml(t) for t in texts]          # parsed, offered
    rulecache.save_patterns()
    assert len(list(stored.glob("toml-*.marshal"))) == 1
    rulecache._toml = None                                     # a new process's view: read from the file
    again = [rulecache.parse_toml(t) for t in texts]
    assert not rulecache._toml.new                             # every one from the table
    assert first == again == [tomllib.loads(t) for t in texts]
    again[0]["changed by a caller"] = 1
    assert rulecache.parse_toml(texts[0]) == first[0]
    dated = "when = 2026-12-02\n"                              # marshal cannot store a date
    assert rulecache.parse_toml(dated) == tomllib.loads(dated) and not rulecache._toml.new
    rulecache._toml = None
