"""End to end through `python -m pipeline`: bad input costs only its own document."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.diff import read_rows
from pipeline.discover import clean_path

ROOT = Path(__file__).parent.parent
SEED = ROOT / "raw" / "news-2025" / "004_781489ab579a93bd.txt"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    (raw / "good").mkdir()
    shutil.copy(SEED, raw / "good" / "seed.txt")
    shutil.copy(SEED, raw / "good" / "이름 에 공백.txt")               # Hangul and spaces in the name
    (raw / "good" / "cp949.txt").write_bytes("광동성은 요령성에 982개 기업을 설립하였다.".encode("cp949"))
    (raw / "good" / "truncated.html").write_text(
        "<html><head><meta property='og:title' content='잘린 페이지'></head><body><p>상해시는 "
        "푸둥신구에 3억 위안을 투자했다.</p><div><p>두 번째 문단은 전송 도중에 잘려서 끝까지 도착하지 못한 채로 남", encoding="utf-8")
    bad = raw / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (bad / "undecodable.txt").write_bytes("광동성".encode("utf-8") + b"\xff\xfe\xfa\xfb" + "북경".encode("utf-8"))
    line = ("광동성은 성장했다. " * 1000 + "\n").encode("utf-8")
    (bad / "huge.txt").write_bytes((line * (50 * 2**20 // len(line) + 1))[:50 * 2**20])   # 50 MiB
    (raw / "ignored.pdf").write_bytes(b"%PDF-1.4")
    return raw


@pytest.fixture(scope="module")
def first_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return run("extract", "--raw", str(corpus), "--out", str(out)), out


def test_bad_documents_fail_alone(first_run):
    proc, out = first_run
    assert proc.returncode == 1
    status = {r["doc_id"]: r["status"] for r in read_rows(out / "documents.csv")}
    assert status == {
        "bad/binary.html": "error: binary file (contains NUL bytes)",
        "bad/empty.txt": "error: empty file",
        "bad/huge.txt": "error: file too large (50 MiB > 16 MiB)",
        "bad/undecodable.txt": status["bad/undecodable.txt"],
        "good/cp949.txt": "ok",
        "good/seed.txt": "ok",
        "good/truncated.html": "ok",
        "good/이름 에 공백.txt": "ok",
    }
    assert status["bad/undecodable.txt"].startswith("error: encoding not recognised with confidence: not UTF-8 (bad byte at offset 9)")
    errors = [l for l in proc.stderr.splitlines() if l.startswith("error: ")]
    assert len(errors) == 4 and all(l.count("\n") == 0 for l in errors)


def test_good_documents_are_written(first_run):
    _, out = first_run
    docs = {r["doc_id"]: r for r in read_rows(out / "documents.csv")}
    assert docs["good/cp949.txt"]["encoding"] == "cp949"
    assert (out / "clean" / "good" / "cp949.txt.txt").read_text(encoding="utf-8") == "광동성은 요령성에 982개 기업을 설립하였다.\n"
    assert docs["good/truncated.html"]["title"] == "잘린 페이지"
    assert "두 번째 문단은 전송 도중에 잘려서 끝까지 도착하지 못한 채로 남" in (out / "clean" / "good" / "truncated.html.txt").read_text(encoding="utf-8")
    assert (out / "clean" / "good" / "이름 에 공백.txt.txt").exists()
    assert not (out / "clean" / "bad").exists()


def test_files_are_utf8_with_bom_and_lf(first_run):
    _, out = first_run
    for name in ("documents.csv", "places.csv", "facts.csv"):
        data = (out / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data


def test_two_runs_are_byte_identical(corpus, first_run, tmp_path):
    _, out1 = first_run
    proc = run("extract", "--raw", str(corpus), "--out", str(tmp_path), "--jobs", "2")
    assert proc.returncode == 1
    # every output file; not the cache, whose packs hold the same records in the order the
    # workers finished them (pipeline/cache.py)
    files = sorted(p.relative_to(out1) for p in out1.rglob("*") if p.is_file() and ".cache" not in p.parts)
    assert files == sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file() and ".cache" not in p.parts)
    assert [p.name for p in (out1 / ".cache").iterdir()] and [p.name for p in (tmp_path / ".cache").iterdir()]
    for f in files:
        assert (out1 / f).read_bytes() == (tmp_path / f).read_bytes(), f


def test_removed_document_disappears(corpus, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(corpus / "good", raw / "good")
    out = tmp_path / "out"
    assert run("extract", "--raw", str(raw), "--out", str(out)).returncode == 0
    (raw / "good" / "seed.txt").unlink()
    assert run("extract", "--raw", str(raw), "--out", str(out)).returncode == 0
    assert "good/seed.txt" not in {r["doc_id"] for r in read_rows(out / "documents.csv")}
    assert not (out / "clean" / "good" / "seed.txt.txt").exists()


@pytest.mark.parametrize("args", [["extract", "--raw", "/nonexistent"], ["extract", "--jobs", "0"], ["frobnicate"], []])
def test_bad_arguments_exit_2(args):
    assert run(*args).returncode == 2


@pytest.fixture(scope="module")
def a_file(tmp_path_factory) -> Path:
    f = tmp_path_factory.mktemp("args") / "a-file"
    f.write_text("x")
    return f


@pytest.mark.parametrize("args,message", [
    (["extract", "--rules", "/nonexistent"], "--rules /nonexistent: not a folder"),
    (["extract", "--out", "{file}"], "--out {file}: {file} is a file, not a folder"),
    (["extract", "--out", "{file}/sub/out"], "--out {file}/sub/out: {file} is a file, not a folder"),
    (["extract", "--out", "/proc/hanfacts-out"], "--out /proc/hanfacts-out: cannot write in /proc"),
    (["extract", "--out", "raw"], "--out raw is the --raw folder"),
    (["extract", "--jobs", "0"], "--jobs must be at least 1"),
    (["clean", "--rules", "/nonexistent", str(SEED)], "--rules /nonexistent: not a folder"),
    (["clean", "/nonexistent.txt"], "/nonexistent.txt: no such file"),
    (["clean", "tests"], "tests: not a file"),
    (["diff", "/nonexistent", "extracted"], "OLD /nonexistent: not a folder"),
    (["diff", "tests", "extracted"], "OLD tests: no documents.csv or places.csv or facts.csv"),
    (["diff", "--git", "no-such-revision-here"], "--git no-such-revision-here: not a git revision here"),
    (["review", "--out", "tests"], "--out tests: no documents.csv"),
])
def test_bad_paths_exit_2_with_one_line_before_any_work(args, message, a_file):
    proc = run(*[a.format(file=a_file) for a in args])
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message.format(file=a_file) in proc.stderr
    assert proc.stdout == ""


def _awkward_corpus(root: Path) -> Path:
    """raw/ one folder below root, with the names issue #9 lists."""
    src = root / "raw" / "dongbuk-joseon"
    src.mkdir(parents=True)
    text = "본사소식 연길시정부는 7일 투자액이 1.8억원이라고 밝혔다.\n"
    (src / "plain.txt").write_text(text, encoding="utf-8")
    with open(os.fsencode(src) + b"/" + "광동 보고서.txt".encode("cp949"), "w", encoding="utf-8") as f:
        f.write(text)                                           # a CP949 name from an old Windows archive
    (src / ("가" * 83 + ".txt")).write_text(text, encoding="utf-8")   # 253 bytes; 257 with .txt added
    (src / "=cmd|' -C calc'!A0\n.txt").write_text(text, encoding="utf-8")   # a formula and a line break
    (src / "d.txt").write_text(text, encoding="utf-8")
    (src / "d.txt.txt").mkdir()                                 # a folder named like d.txt's clean text
    (src / "d.txt.txt" / "e.txt").write_text(text, encoding="utf-8")
    for hidden in (".git/x.txt", ".ipynb_checkpoints/plain-checkpoint.txt", "__MACOSX/._plain.txt", "._plain.txt"):
        (src / hidden).parent.mkdir(exist_ok=True)
        (src / hidden).write_text(text, encoding="utf-8")
    (src / "outside.txt").symlink_to(SEED)
    (src / "inside.txt").symlink_to(src / "plain.txt")
    return root


def test_awkward_names_are_processed_and_never_collide(tmp_path):
    root = _awkward_corpus(tmp_path)
    out = root / "extracted"                                    # inside --raw: must not be read back
    for force in ([], ["--force"]):
        proc = run("extract", "--raw", str(root), "--out", str(out), *force)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        docs = {r["doc_id"]: r for r in read_rows(out / "documents.csv")}
        src = "raw/dongbuk-joseon/"
        cp949 = src + r"\xb1\xa4\xb5\xbf \xba\xb8\xb0\xed\xbc\xad.txt"
        long = src + "가" * 83 + ".txt"
        formula = src + "=cmd|' -C calc'!A0\\x0a.txt"
        assert sorted(docs) == sorted([src + "d.txt", src + "d.txt.txt/e.txt", src + "inside.txt", src + "outside.txt",
                                       src + "plain.txt", cp949, long, formula]), force
        assert docs[src + "outside.txt"]["status"] == "error: symbolic link to a file outside --raw, not followed"
        assert f"error: {src}outside.txt: symbolic link to a file outside --raw" in proc.stderr
        for doc_id, row in docs.items():
            if doc_id != src + "outside.txt":
                assert row["status"] == "ok" and row["source"] == "dongbuk-joseon", doc_id   # profile found one folder up
                assert (out / clean_path(doc_id)).read_text(encoding="utf-8").startswith("연길시정부는"), doc_id
        facts = read_rows(out / "facts.csv")
        assert {f["unit"] for f in facts if f["doc_id"] == cp949} == {"CNY"}     # 원 means 元 in this source
    assert (out / "clean/raw/dongbuk-joseon/d.txt.txt").is_file()
    assert (out / "clean/raw/dongbuk-joseon/d.txt.txt_/e.txt.txt").is_file()


def test_clean_command_finds_the_profile_from_the_path(tmp_path):
    root = _awkward_corpus(tmp_path)
    proc = run("clean", str(root / "raw" / "dongbuk-joseon" / "plain.txt"), "--explain")
    assert "profile dongbuk-joseon" in proc.stdout and "dongbuk-joseon:own_report" in proc.stdout


def test_clean_explain_lists_removed_lines_with_rules():
    proc = run("clean", str(SEED), "--explain")
    assert proc.returncode == 0
    assert "generic:weather" in proc.stdout and "• 동두천 -5.9℃맑음" in proc.stdout
    assert "generic:furniture_section" in proc.stdout and "통찰·견해" in proc.stdout
    assert "21 lines removed" in proc.stdout


def test_incremental_runs_redo_only_what_changed(corpus, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(corpus / "good", raw / "good")
    out = tmp_path / "out"
    first = run("extract", "--raw", str(raw), "--out", str(out))
    assert "4 processed, 0 cached" in first.stderr
    snapshot = {p: p.read_bytes() for p in out.rglob("*.csv")}
    again = run("extract", "--raw", str(raw), "--out", str(out))
    assert "0 processed, 4 cached" in again.stderr
    assert {p: p.read_bytes() for p in out.rglob("*.csv")} == snapshot
    (raw / "good" / "new.txt").write_text("상해시는 푸둥신구에 3억 위안을 투자했다.", encoding="utf-8")
    assert "1 processed, 4 cached" in run("extract", "--raw", str(raw), "--out", str(out)).stderr
    assert "5 processed, 0 cached" in run("extract", "--raw", str(raw), "--out", str(out), "--force").stderr
