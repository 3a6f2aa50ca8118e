"""pipeline/rulecache.py: a stored table is reused only for the same inputs, and a run
goes on without the cache when its folder cannot be written."""
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
