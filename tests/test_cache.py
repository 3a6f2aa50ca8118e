from pipeline.cache import Cache, Fingerprint, Stored, fingerprint, stored_count
from pipeline.model import DocResult
from pipeline.write import Shard, render


def _result(doc_id: str, source: str, **kw) -> Shard:
    return render(DocResult(doc_id=doc_id, source=source, sha256="ab" * 32, clean="본문"), **kw)


def test_a_changed_profile_invalidates_only_its_own_documents(tmp_path):
    before = Fingerprint("code", {"generic": "g1", "report-2004": "r1"})
    cache = Cache(tmp_path, before)
    cache.put(_result("report-2004/a.txt", "report-2004"))
    cache.put(_result("news-2025/b.txt", "generic"))
    after = Cache(tmp_path, Fingerprint("code", {"generic": "g1", "report-2004": "r2"}))
    assert after.get("report-2004/a.txt", "ab" * 32) is None
    assert after.get("news-2025/b.txt", "ab" * 32).clean == "본문\n".encode()
    assert Cache(tmp_path, Fingerprint("code2", before.profiles)).get("news-2025/b.txt", "ab" * 32) is None
    assert cache.get("news-2025/b.txt", "cd" * 32) is None          # new bytes


def test_prune_forgets_removed_documents(tmp_path):
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    cache.put(_result("x/a.txt", "generic"))
    cache.put(_result("x/b.txt", "generic"))
    cache.prune(["x/a.txt"])
    assert cache.get("x/a.txt", "ab" * 32) and cache.get("x/b.txt", "ab" * 32) is None


def test_fingerprint_has_one_entry_per_profile():
    fp = fingerprint()
    assert {"generic", "report-2004", "dongbuk-joseon", "hwanghae-biz"} <= set(fp.profiles)
    assert len(set(fp.profiles.values())) == len(fp.profiles)


def test_a_result_that_may_not_recur_is_stored_but_never_reused(tmp_path):
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    cache.put(_result("x/slow.txt", "generic", reusable=False))
    assert cache.get("x/slow.txt", "ab" * 32) is None
    assert cache.shard("x/slow.txt").doc_id == "x/slow.txt"       # the writer still reads it back


def test_an_unreadable_document_is_never_a_hit(tmp_path):
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    cache.put(render(DocResult(doc_id="x/gone.txt", error="cannot read: Permission denied")))
    assert cache.get("x/gone.txt", "") is None


def test_a_damaged_entry_is_a_miss(tmp_path):
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    cache.put(_result("x/a.txt", "generic"))
    cache.put(_result("x/b.txt", "generic"))
    cache.close()
    pack = next(tmp_path.glob("*.pack"))
    data = bytearray(pack.read_bytes())
    data[10:30] = b"\x80\x05truncated" + bytes(7)     # inside the first record
    pack.write_bytes(bytes(data))
    again = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    assert again.get("x/a.txt", "ab" * 32) is None and again.get("x/b.txt", "ab" * 32).doc_id == "x/b.txt"


def test_results_live_in_a_few_packs_and_a_killed_run_s_are_found_again(tmp_path):
    """Creating a file per document was most of the cache's cost: a run appends to one
    pack; records appended after the index was last saved (a run killed) are read again
    from the pack, up to a record cut short."""
    fp = Fingerprint("code", {"generic": "g"})
    cache = Cache(tmp_path, fp)
    for name in "abc":
        cache.put(_result(f"x/{name}.txt", "generic"))
    cache.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["000001.pack", "index"]
    killed = Cache(tmp_path, fp)
    killed.put(_result("x/d.txt", "generic"))
    killed.put(_result("x/e.txt", "generic"))       # no close: the process died
    pack = tmp_path / "000002.pack"
    pack.write_bytes(pack.read_bytes()[:-5])        # ... while writing its last record
    again = Cache(tmp_path, fp)
    assert [again.get(f"x/{n}.txt", "ab" * 32) is not None for n in "abcde"] == [True] * 4 + [False]
    assert stored_count(tmp_path) == 4


def test_dead_records_are_compacted_away(tmp_path):
    fp = Fingerprint("code", {"generic": "g"})
    for _ in range(3):              # each run stores every result again: the older records are dead
        cache = Cache(tmp_path, fp)
        for name in "abc":
            cache.put(_result(f"x/{name}.txt", "generic"))
        cache.prune(["x/a.txt", "x/b.txt"])
        cache.close()
    assert len(list(tmp_path.glob("*.pack"))) == 1
    again = Cache(tmp_path, fp)
    assert again.get("x/b.txt", "ab" * 32).doc_id == "x/b.txt" and again.get("x/c.txt", "ab" * 32) is None
    assert len(again) == 2


def test_a_result_is_reused_only_with_the_same_template_lines(tmp_path):
    from pipeline.ingest.template import digest
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    cache.put(_result("x/a.txt", "generic"), digest(frozenset({"메뉴"})))
    assert cache.get("x/a.txt", "ab" * 32, digest(frozenset({"메뉴"})))
    assert cache.get("x/a.txt", "ab" * 32, digest(frozenset({"메뉴", "배너"}))) is None   # the folder's template changed
    assert cache.get("x/a.txt", "ab" * 32) is None                                      # ... or it has none now


def test_candidates_are_found_by_doc_bytes_and_rules_and_kept_while_current(tmp_path):
    from pipeline.ingest.template import Candidates
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    found = Stored(Candidates(frozenset({"메뉴", "배너"}), "헤드라인"), frozenset({"메뉴"}), ("CNY", "위안"))
    cache.put_candidates("x/a.txt", "ab" * 32, found)
    assert cache.has_candidates("x/a.txt", "ab" * 32) and cache.candidates("x/a.txt", "ab" * 32) == found
    assert not cache.has_candidates("x/a.txt", "cd" * 32)                       # new bytes
    assert Cache(tmp_path, Fingerprint("code2", {"generic": "g"})).candidates("x/a.txt", "ab" * 32) is None
    cache.put_candidates("x/a.txt", "cd" * 32, found)
    cache.prune(["x/a.txt"])
    assert cache.has_candidates("x/a.txt", "cd" * 32) and not cache.has_candidates("x/a.txt", "ab" * 32)
    cache.prune([])
    assert not cache.has_candidates("x/a.txt", "cd" * 32)


def test_a_result_and_its_candidates_share_one_file_and_a_later_result_keeps_them(tmp_path):
    """The pre-pass stores a document's result and its template candidates in one record,
    and the step's second result keeps the candidates."""
    from pipeline.ingest.template import Candidates, digest
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    found = Stored(Candidates(frozenset({"메뉴"}), "헤드라인"), frozenset({"메뉴"}), ("KRW", ""))
    cache.put(_result("x/a.txt", "generic"), "", "/r/x/a.txt", ("ab" * 32, found))
    assert [p.name for p in tmp_path.iterdir()] == ["000001.pack"]
    assert cache.candidates("x/a.txt", "ab" * 32, "/r/x/a.txt") == found
    cache.put(_result("x/a.txt", "generic"), digest(frozenset({"메뉴"})), "/r/x/a.txt")   # with its template lines
    assert cache.candidates("x/a.txt", "ab" * 32, "/r/x/a.txt") == found
    assert cache.get("x/a.txt", "ab" * 32, digest(frozenset({"메뉴"})), "/r/x/a.txt").doc_id == "x/a.txt"
    key, shard, stored = cache.with_candidates("x/a.txt", "ab" * 32, "/r/x/a.txt")
    assert shard.doc_id == "x/a.txt" and stored == found and key[3] == digest(frozenset({"메뉴"}))


def test_the_same_name_and_bytes_at_another_path_are_another_document(tmp_path):
    """Source profiles match the folders above --raw too (`--raw raw/dongbuk-joseon`), so a
    file of the same doc_id and bytes at another absolute path may be cleaned by another
    profile: neither its result nor its template candidates are taken for it."""
    from pipeline.ingest.template import Candidates
    cache = Cache(tmp_path, Fingerprint("code", {"generic": "g"}))
    cache.put(_result("a.txt", "generic"), "", "/data/dongbuk-joseon/a.txt")
    assert cache.get("a.txt", "ab" * 32, "", "/data/dongbuk-joseon/a.txt")
    assert cache.get("a.txt", "ab" * 32, "", "/data/hwanghae-biz/a.txt") is None
    cache.put_candidates("a.txt", "ab" * 32, Stored(Candidates(frozenset({"메뉴"}))), "/data/dongbuk-joseon/a.txt")
    assert cache.has_candidates("a.txt", "ab" * 32, "/data/dongbuk-joseon/a.txt")
    assert not cache.has_candidates("a.txt", "ab" * 32, "/data/hwanghae-biz/a.txt")
