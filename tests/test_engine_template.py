"""The engine's template pre-pass (pipeline/ingest/template.py around the step): each source
folder's recurring lines are dropped from its documents, the files are the same with any
number of workers, and the cache re-runs exactly the documents whose template changed."""
import re
import shutil
from pathlib import Path

import pytest

from pipeline import engine, work
from pipeline.diff import read_rows
from pipeline.discover import find_documents
from pipeline.engine import Options, extract
from pipeline.ingest import template

ROOT = Path(__file__).parent.parent
SITES4 = ROOT / "tests" / "devset" / "sites4" / "raw"


@pytest.fixture
def shared_rules(monkeypatch, rules):
    """Workers get the session's rules instead of loading them again."""
    monkeypatch.setattr(engine, "load_rules", lambda rules_dir=None: rules)
    return rules


@pytest.fixture
def counted(monkeypatch, tmp_path):
    """Each document the pre-pass reads leaves its doc_id in a file (workers are forked)."""
    log = tmp_path / "candidates.log"
    real = work.first_pass

    def counting(item, rules):
        with open(log, "a", encoding="utf-8") as f:
            f.write(item.doc_id + "\n")
        return real(item, rules)
    monkeypatch.setattr(engine, "first_pass", counting)
    return lambda: sorted(log.read_text(encoding="utf-8").split()) if log.exists() else []


def outputs(out: Path) -> dict:
    files = [p for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts and p.name != ".lock"]
    return {p.relative_to(out): p.read_bytes() for p in files}


def run(raw: Path, out: Path, capsys, **opts) -> tuple[int, int]:
    """(processed, cached) of a run, as it reports them."""
    capsys.readouterr()
    assert extract(find_documents(raw, out), out, Options(**opts)) == 0
    m = re.search(r"(\d+) processed, (\d+) cached", capsys.readouterr().err)
    return int(m.group(1)), int(m.group(2))


def clean(out: Path, doc_id: str) -> str:
    return (out / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")


def test_a_folder_s_template_goes_and_its_pages_keep_their_headlines(tmp_path, shared_rules, capsys):
    out = tmp_path / "one"
    run(SITES4, out, capsys, jobs=1)
    docs = {r["doc_id"]: r for r in read_rows(out / "documents.csv")}
    own = "namhae-ilbo/2025-09-05-tianjin-plant.html"
    other = "namhae-ilbo/2025-09-01-guangzhou-fair.html"
    # the headline is in the box of related headlines on every other page: template there ...
    assert "톈진에 합작공장" not in clean(out, other)
    assert not any(r["surface"] == "톈진" for r in read_rows(out / "places.csv") if r["doc_id"] == other)
    # ... and still the headline of its own page, in its text and its title
    assert "창원 기계업체, 톈진에 합작공장 세운다" in clean(out, own)
    assert docs[own]["title"] == "창원 기계업체, 톈진에 합작공장 세운다"
    # a banner above the headline of every issue is template, so the headline is the title
    assert docs["mulryu-letter/2025-09-05-no31.txt"]["title"].endswith("웨이하이항 카페리 화물 8% 증가")
    assert "상담 창구" not in clean(out, "mulryu-letter/2025-09-05-no31.txt")
    # a report's section headings recur in every issue and stay
    assert all("2. 시사점" in clean(out, d) for d in docs if d.startswith("dongbang-brief/"))


def test_the_files_are_the_same_with_one_or_two_workers(tmp_path, shared_rules, capsys):
    run(SITES4, tmp_path / "one", capsys, jobs=1)
    run(SITES4, tmp_path / "two", capsys, jobs=2)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def _site(raw: Path, n: int, extra: dict[int, str] | None = None) -> None:
    """Page i of a small site: a menu line on every page, its own headline and sentence, and
    `extra[i]` (a line that may recur) under it."""
    (raw / "site").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lines = ["가상물류 홈 | 뉴스 | 회원사", f"가상물류 소식 제{i + 1}보 요약", (extra or {}).get(i, ""),
                 f"상해시는 푸둥신구에 {i + 3}억 위안을 투자했다고 밝혔다."]
        (raw / "site" / f"{i}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_rerun_reads_no_unchanged_document_again(tmp_path, shared_rules, capsys, counted):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _site(raw, 4)
    assert run(raw, out, capsys) == (4, 0)
    assert counted() == [f"site/{i}.txt" for i in range(4)]
    (raw / "other").mkdir()
    (raw / "other" / "x.txt").write_text("광둥성 수출은 12% 늘었다.", encoding="utf-8")
    assert run(raw, out, capsys) == (1, 4)            # the site's template is unchanged
    assert counted() == [f"site/{i}.txt" for i in range(4)]     # and its pages were not read again
    assert "가상물류 소식 제1보 요약" in clean(out, "site/0.txt")


def test_adding_a_page_reruns_only_the_pages_whose_template_lines_changed(tmp_path, shared_rules, capsys, counted):
    raw, out = tmp_path / "raw", tmp_path / "out"
    banner = "회원사 전용 상담 창구 운영 중"
    _site(raw, 4, {1: banner, 2: banner})      # in two pages of four: not yet template
    assert run(raw, out, capsys) == (4, 0)
    assert banner in clean(out, "site/1.txt")
    _site(raw, 5, {1: banner, 2: banner, 4: banner})  # a fifth page with it: three of five
    assert run(raw, out, capsys) == (3, 2)            # the new page, and pages 1 and 2
    assert banner not in clean(out, "site/1.txt") and banner not in clean(out, "site/4.txt")
    assert counted().count("site/0.txt") == 1          # unchanged pages are not read again


def test_a_page_that_changes_the_template_reruns_the_others(tmp_path, shared_rules, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    banner = "회원사 전용 상담 창구 운영 중"
    _site(raw, 3, dict.fromkeys(range(3), banner))
    assert run(raw, out, capsys) == (3, 0)
    assert banner not in clean(out, "site/0.txt")
    _site(raw, 3, dict.fromkeys(range(2), banner))     # page 2 loses it: in two pages, no template
    assert run(raw, out, capsys) == (3, 0)
    assert banner in clean(out, "site/0.txt")


def test_a_folder_of_too_few_documents_and_the_top_of_raw_have_no_template(tmp_path, shared_rules, capsys, counted):
    raw, out = tmp_path / "raw", tmp_path / "out"
    banner = "회원사 전용 상담 창구 운영 중"
    _site(raw, template.MIN_DOCS - 1, dict.fromkeys(range(3), banner))
    for i in range(3):
        shutil.copy(raw / "site" / "0.txt", raw / f"top{i}.txt")
    run(raw, out, capsys)
    assert counted() == []                             # the pre-pass does not even read them
    assert banner in clean(out, "site/0.txt") and banner in clean(out, "top0.txt")


def test_the_python_api_gives_files_of_one_folder_its_template(rules, monkeypatch):
    from pipeline import api
    monkeypatch.setattr(api, "default_rules", lambda rules_dir=None: rules)
    pages = sorted((SITES4 / "namhae-ilbo").iterdir())
    results = {r.doc_id: r for r in api.extract_files(pages)}
    page = results["namhae-ilbo/2025-09-01-guangzhou-fair.html"]
    assert "톈진에 합작공장" not in page.clean and "generic:template" in {r.rule for r in page.removed}
    assert results["namhae-ilbo/2025-09-05-tianjin-plant.html"].title == "창원 기계업체, 톈진에 합작공장 세운다"
    assert "generic:template" not in {r.rule for r in api.extract_files(pages[:2])[0].removed}   # two files: none


def test_extract_files_keeps_two_folders_of_one_name_apart(monkeypatch, rules, tmp_path):
    """Two sites' `2025/` folders are two sources: each keeps its own template (their files'
    doc_ids `2025/0.html` are the same, and once one site's template replaced the other's)."""
    from pipeline import api
    monkeypatch.setattr(api, "default_rules", lambda rules_dir=None: rules)
    paths = []
    for site, menu, places in (("siteA", "홈 | 동북 | 경제", ("선양", "단둥", "창춘")),
                               ("siteB", "홈 | 화남 | 산업", ("광저우", "선전", "주하이"))):
        for k, place in enumerate(places):
            path = tmp_path / site / "2025" / f"{k}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"<html><body><div>{menu}</div><h1>{place} 소식 {k}</h1>"
                            f"<p>{place}시는 올해 투자를 {k + 2}% 늘리겠다고 밝혔다.</p></body></html>", encoding="utf-8")
            paths.append(path)
    for path, result in zip(paths, api.extract_files(paths)):
        menu = "홈 | 동북 | 경제" if path.parts[-3] == "siteA" else "홈 | 화남 | 산업"
        assert [r.text for r in result.removed if r.rule == "generic:template"] == [menu], path
    assert len({r.doc_id for r in api.extract_files(paths)}) == len(paths)     # and two doc_ids, not one
    assert api.doc_ids(paths)[:2] == ["siteA/2025/0.html", "siteA/2025/1.html"]


def test_a_page_s_own_template_lines_give_the_rows_of_the_whole_template(tmp_path, shared_rules, capsys, counted):
    """The engine gives a page only the folder's template lines that its template step looks
    at (those no drop rule took first), and keeps the pre-pass's result when there are none:
    the rows are those of the step run with the folder's whole template (as the Python API
    runs it), and a page whose template lines all went to other rules is read once."""
    import pipeline
    from pipeline import api
    out = tmp_path / "out"
    run(SITES4, out, capsys)
    pages = sorted(p for p in SITES4.rglob("*.*") if p.is_file())
    got, want = pipeline.load(out), pipeline.frames(api.extract_files(pages))
    for name in want._fields:
        assert getattr(got, name).equals(getattr(want, name)), name
    read = counted()
    assert sorted(read) == sorted(p.relative_to(SITES4).as_posix() for p in pages)   # each page in the pre-pass, once


def test_a_profile_named_by_a_folder_above_raw_is_not_taken_from_the_cache(tmp_path, shared_rules, capsys):
    """`--raw data/dongbuk-joseon` then `--raw data/hwanghae-biz` into one --out, with a file
    of the same name and bytes: the second run is the other source's, not the cached first."""
    from pipeline.discover import find_documents
    out = tmp_path / "out"
    for source in ("dongbuk-joseon", "hwanghae-biz"):
        raw = tmp_path / "data" / source
        _site(raw, 3)
        assert extract(find_documents(raw, out), out, Options()) == 0
        assert {r["source"] for r in read_rows(out / "documents.csv")} == {source}


def test_the_second_pass_keeps_the_pre_pass_s_rows_only_when_the_clean_text_is_the_same(rules):
    """work.step with the pre-pass's result (work.Job.before) gives the bytes of the step run
    from scratch, whether the template lines change the clean text or not."""
    from dataclasses import replace
    from pipeline.discover import Found
    from pipeline.write import render
    pages = sorted(p for p in (SITES4 / "namhae-ilbo").iterdir())
    found = [Found(f"namhae-ilbo/{p.name}", p) for p in pages]
    firsts = [work.first_pass(f, rules) for f in found]
    templates = template.assign([(f.doc_id, fp.candidates) for f, fp in zip(found, firsts)])
    kept = changed = 0
    for f, fp in zip(found, firsts):
        item = replace(f, template=templates.get(f.doc_id, frozenset()) & fp.reach)
        again = work.step(work.Job(item, fp.shard, fp.won), rules)
        assert again == render(work.process_path(item, rules)), f.doc_id
        kept += again.places is fp.shard.places
        changed += again.clean != fp.shard.clean
    assert kept and changed           # both ways are taken on this site


def test_the_second_pass_goes_on_from_the_pre_pass_s_cleaning_and_gives_the_same_bytes(rules, tmp_path):
    """work.step with the pre-pass's cleaning to go on from (work.Job.resume: the page as read
    and what cleaning did before its template step) gives the bytes of the step run from
    scratch, on every page of the sample sites with template lines; and a resume made from
    other bytes is not used."""
    from dataclasses import replace
    from pipeline.discover import Found
    from pipeline.write import render
    resumed = 0
    for folder in sorted(p for p in SITES4.iterdir() if p.is_dir()):
        found = [Found(f"{folder.name}/{p.name}", p) for p in sorted(folder.iterdir())]
        firsts = [work.first_pass(f, rules) for f in found]
        templates = template.assign([(f.doc_id, fp.candidates) for f, fp in zip(found, firsts)])
        for f, fp in zip(found, firsts):
            assert (fp.resume is None) == (not fp.reach)       # kept only when a second pass may come
            item = replace(f, template=templates.get(f.doc_id, frozenset()) & fp.reach)
            if fp.resume is None or not item.template:
                continue
            scratch = render(work.process_path(item, rules))
            assert work.step(work.Job(item, fp.shard, fp.won, fp.resume), rules) == scratch, f.doc_id
            assert render(work.process_path(item, rules, resume=fp.resume)) == scratch, f.doc_id
            resumed += 1
            other = tmp_path / f.path.name                        # the same name, other bytes
            other.write_bytes(f.path.read_bytes().replace(b"\n", b"\n\n", 1))
            moved = replace(item, path=other)
            assert render(work.process_path(moved, rules, resume=fp.resume)) == render(work.process_path(moved, rules))
    assert resumed >= 5
