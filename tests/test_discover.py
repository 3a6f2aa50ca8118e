"""Which files are documents, how they are named, where their outputs go (pipeline/discover.py)."""
import os
from pathlib import Path

import random

import pytest

from pipeline.discover import (MAX_NAME_BYTES, clean_path, find_documents, output_path, parse_name,
                               raw_path, render_name)
from pipeline.ingest.profiles import load_profiles

CP949_NAME = os.fsdecode("광동성 보고서.txt".encode("cp949"))       # as Python sees a CP949 name on Linux


def test_non_utf8_name_renders_reversibly():
    doc_id = render_name(CP949_NAME)
    assert doc_id == r"\xb1\xa4\xb5\xbf\xbc\xba \xba\xb8\xb0\xed\xbc\xad.txt"
    assert doc_id.encode("utf-8")                             # writable to a UTF-8 CSV
    assert parse_name(doc_id) == CP949_NAME
    assert os.fsencode(parse_name(doc_id)) == "광동성 보고서.txt".encode("cp949")


@pytest.mark.parametrize("name,rendered", [
    ("광동성.txt", "광동성.txt"),
    ("a\\xb1.txt", "a\\\\xb1.txt"),                           # a literal backslash is doubled: no confusion
    ("line\nbreak.txt", "line\\x0abreak.txt"),                # control characters are escaped
    ("tab\t.txt", "tab\\x09.txt"),
])
def test_rendering(name, rendered):
    assert render_name(name) == rendered and parse_name(rendered) == name


def test_every_byte_name_round_trips():
    rng = random.Random(9)
    allowed = [b for b in range(1, 256) if b != ord("/")]
    for _ in range(3000):
        name = bytes(rng.choice(allowed) for _ in range(rng.randint(1, 30)))
        rendered = render_name(os.fsdecode(name))
        rendered.encode("utf-8")
        assert "\n" not in rendered and os.fsencode(parse_name(rendered)) == name


def test_clean_path_is_doc_id_plus_txt():
    assert clean_path("kic/2025-12-15.html") == Path("clean/kic/2025-12-15.html.txt")


def test_folder_never_takes_a_file_name():
    """`d.txt` (document) and `d.txt.txt/e.txt` (folder named like the first one's output)."""
    doc, in_folder = output_path("a/d.txt", ".txt"), output_path("a/d.txt.txt/e.txt", ".txt")
    assert doc == Path("a/d.txt.txt") and in_folder == Path("a/d.txt.txt_/e.txt.txt")
    assert output_path("a/d.txt.txt_/e.txt", ".txt") == Path("a/d.txt.txt__/e.txt.txt")   # injective
    assert output_path("x.txt/y.txt", ".txt") == Path("x.txt/y.txt.txt")


def test_long_names_are_cut_with_a_hash():
    long = "가" * 84 + ".txt"                                  # 256 bytes: fits no file system once .txt is added
    other = "가" * 84 + "나.txt"
    p, q = output_path(f"src/{long}", ".txt"), output_path(f"src/{other}", ".txt")
    assert p != q and p.parent == Path("src")
    assert len(p.name.encode()) <= MAX_NAME_BYTES and p.name.endswith(".txt") and p.name.startswith("가" * 70)
    escaped = render_name(os.fsdecode("광".encode("cp949") * 120 + b".txt"))   # 244 bytes on disk, 964 rendered
    assert len(output_path(escaped, ".html").name.encode()) <= MAX_NAME_BYTES


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    outside = tmp_path / "outside.txt"
    outside.write_text("밖", encoding="utf-8")
    for name in ("a/doc.txt", "a/page.HTML", "a/notes.md", "x.txt/inner.txt", ".git/HEAD.txt", ".ipynb_checkpoints/c.txt",
                 "__MACOSX/a/doc.txt", "a/._doc.txt", "a/.hidden.txt"):
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text("광동성", encoding="utf-8")
    open(os.fsencode(raw / "a") + b"/" + "광동.txt".encode("cp949"), "w").close()
    (raw / "links").mkdir()
    (raw / "links" / "inside.txt").symlink_to(raw / "a" / "doc.txt")
    (raw / "links" / "outside.txt").symlink_to(outside)
    (raw / "links" / "folder").symlink_to(raw / "a")
    (raw / "links" / "dangling.txt").symlink_to(raw / "nowhere.txt")
    (raw / "links" / "loop.txt").symlink_to(raw / "links" / "loop.txt")
    (raw / "links" / "dangling.pdf").symlink_to(raw / "nowhere.pdf")     # not a document either way
    (raw / "links" / "up").symlink_to(raw)                                # a loop when folder links are followed
    os.mkfifo(raw / "a" / "fifo.txt")
    return raw


def test_discovery_policy(tree):
    found = {f.doc_id: f.problem for f in find_documents(tree)}
    assert found == {
        "a/doc.txt": "",
        "a/page.HTML": "",
        "a/fifo.txt": "not a regular file",
        r"a/\xb1\xa4\xb5\xbf.txt": "",
        "x.txt/inner.txt": "",
        "links/inside.txt": "",
        "links/outside.txt": "symbolic link to a file outside --raw, not followed",
        "links/folder": "symbolic link to a folder, not followed",
        "links/up": "symbolic link to a folder, not followed",
        "links/dangling.txt": f"dangling symbolic link to {tree}/nowhere.txt",
        "links/loop.txt": "symbolic link loop, not followed",
    }
    cp949 = next(f for f in find_documents(tree) if f.doc_id.startswith("a/\\x"))
    assert raw_path(tree, cp949.doc_id) == cp949.path and cp949.path.exists()


def test_following_links(tree):
    found = {f.doc_id: f.problem for f in find_documents(tree, follow_links=True)}
    assert found["links/outside.txt"] == "" and found["links/up"] == "symbolic link loop (to a folder above it), not followed"
    assert found["links/folder/doc.txt"] == "" and found[r"links/folder/\xb1\xa4\xb5\xbf.txt"] == ""
    assert found["links/loop.txt"] == "symbolic link loop, not followed" and "links/dangling.txt" in found


def test_out_inside_raw_is_not_read(tree):
    (tree / "extracted" / "clean" / "a").mkdir(parents=True)
    (tree / "extracted" / "clean" / "a" / "doc.txt.txt").write_text("광동성", encoding="utf-8")
    assert not any(f.doc_id.startswith("extracted/") for f in find_documents(tree, tree / "extracted"))
    assert any(f.doc_id.startswith("extracted/") for f in find_documents(tree))


def test_unreadable_folder_is_reported(tree, monkeypatch):
    real = os.scandir

    def scandir(path):
        if str(path).endswith("x.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    found = {f.doc_id: f.problem for f in find_documents(tree)}
    assert found["x.txt/"] == "cannot read folder: Permission denied" and "x.txt/inner.txt" not in found


def test_profiles_match_wherever_raw_points():
    profiles = load_profiles()
    for path in ("dongbuk-joseon/2025/a.txt", "raw/dongbuk-joseon/a.txt", "/home/k/archive/raw/dongbuk-joseon/a.txt"):
        assert profiles.select(path, "").name == "dongbuk-joseon", path
    assert profiles.select("/home/k/raw/dongbuk-joseon-old/a.txt", "").name == "generic"
    assert profiles.select("a.txt", "").name == "generic"


def test_profile_found_when_raw_is_the_source_folder(tmp_path):
    """--raw raw/dongbuk-joseon: the doc_id has no source folder, the location does."""
    src = tmp_path / "dongbuk-joseon"
    src.mkdir()
    (src / "a.txt").write_text("광동성", encoding="utf-8")
    [found] = find_documents(src)
    assert found.doc_id == "a.txt" and load_profiles().select(found.location, "").name == "dongbuk-joseon"
