"""Finding the documents under --raw, naming them, and placing their outputs.

A document is a regular file named `*.txt`, `*.html` or `*.htm` (any case). What is not a
document, and what is reported instead of processed, is decided here once for every command:

- hidden files and folders (a name starting with `.`: `.git/`, `.ipynb_checkpoints/`,
  `._x.txt` from macOS archives) and `__MACOSX/` are not documents and are not entered;
- the `--out` folder is never read back as input when it sits inside `--raw`;
- a symbolic link to a file inside `--raw` is followed; a link leading outside `--raw`,
  a link to a folder, a dangling link, a link loop, an unreadable folder and a special
  file (FIFO, socket, device) are *reported*: they become a `documents.csv` row with
  `status` = `error: <reason>` and a line on stderr, like any document that failed.

`doc_id` is the path relative to `--raw` with `/` separators, rendered reversibly so that
every name can be written to a UTF-8 CSV: a byte that is not valid UTF-8 (a CP949 name from
an old Windows archive) and a control character are written `\\xNN`, and a backslash is
written `\\\\`. `raw_path()` turns a doc_id back into the file's path.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = (".txt", ".html", ".htm")
NOT_DOCUMENT_FOLDERS = {"__MACOSX"}
# Most file systems hold 255 bytes per name; the writer appends `.txt` (clean/) or `.html` (review/).
MAX_NAME_BYTES = 255


@dataclass(frozen=True)
class Found:
    """One entry of the corpus: a document to process, or a reason it cannot be."""
    doc_id: str
    path: Path
    problem: str = ""           # non-empty: report `error: <problem>`, do not read the file
    # The template lines of its source folder that it holds (set by the engine's pre-pass,
    # pipeline/ingest/template.py); the step drops them.
    template: frozenset[str] = frozenset()

    @property
    def location(self) -> str:
        """The document's absolute path as a rendered string: what source profiles match on,
        so a profile keyed on a folder name works wherever --raw points."""
        return render_name(os.path.abspath(self.path))


def render_name(name: str) -> str:
    """A file name (as Python gives it: undecodable bytes as surrogates) as printable UTF-8."""
    if not _TO_RENDER.search(name):
        return name              # most names: nothing to escape (the engine asks for several per document)
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:                 # surrogateescape: the raw byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    return "".join(out)


_TO_RENDER = re.compile("[\x00-\x1f\x7f\\\\\udc80-\udcff]")
_ESCAPE = re.compile(r"\\(?:x([0-9a-f]{2})|(\\))")


def parse_name(rendered: str) -> str:
    """Inverse of render_name: the name as the operating system knows it."""
    def one(m: re.Match) -> str:
        if m.group(2):
            return "\\"
        code = int(m.group(1), 16)
        return chr(code) if code < 0x80 else chr(0xDC00 + code)
    return _ESCAPE.sub(one, rendered)


def raw_path(raw: Path, doc_id: str) -> Path:
    """The file a doc_id names."""
    return raw / parse_name(doc_id)


def is_hidden(name: str) -> bool:
    return name.startswith(".") or name in NOT_DOCUMENT_FOLDERS


def is_document_name(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def find_documents(raw: Path, out: Path | None = None, follow_links: bool = False) -> list[Found]:
    """Every document and every reported problem under `raw`, sorted by doc_id.
    `out` (the output folder) is skipped when it lies inside `raw`. With `follow_links`, links
    to files anywhere and to folders are followed too (a link back to a folder being walked
    is still reported as a loop)."""
    walk = _Walk(raw.resolve(), out.resolve() if out is not None else None, follow_links)
    walk.folder(raw, "", frozenset())
    return sorted(walk.found, key=lambda f: f.doc_id)


@dataclass
class _Walk:
    root: Path
    skip: Path | None
    follow_links: bool
    found: list[Found] = field(default_factory=list)

    def report(self, doc_id: str, path: Path, problem: str) -> None:
        self.found.append(Found(doc_id, path, problem))

    def folder(self, folder: Path, prefix: str, above: frozenset[Path]) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            self.report(prefix or "./", folder, f"cannot read folder: {e.strerror}")
            return
        above = above | {folder.resolve()}
        for entry in entries:
            if is_hidden(entry.name):
                continue
            doc_id, path = prefix + render_name(entry.name), Path(entry.path)
            try:
                if entry.is_symlink():
                    self.link(path, doc_id, entry.name, above)
                elif entry.is_dir(follow_symlinks=False):
                    if path.resolve() != self.skip:
                        self.folder(path, doc_id + "/", above)
                elif is_document_name(entry.name):
                    regular = stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode)
                    self.found.append(Found(doc_id, path, "" if regular else "not a regular file"))
            except OSError as e:            # gone or unreadable while we looked
                self.report(doc_id, path, f"cannot read: {e.strerror}")

    def link(self, path: Path, doc_id: str, name: str, above: frozenset[Path]) -> None:
        try:
            target = path.resolve(strict=True)
            mode = target.stat().st_mode
        except RuntimeError:            # Python < 3.13 signals a loop this way
            return self.report(doc_id, path, "symbolic link loop, not followed")
        except OSError as e:
            if e.errno == errno.ELOOP:
                self.report(doc_id, path, "symbolic link loop, not followed")
            elif is_document_name(name) or "." not in name:
                self.report(doc_id, path, f"dangling symbolic link to {render_name(os.readlink(path))}")
            return None
        if stat.S_ISDIR(mode):
            if not self.follow_links:
                self.report(doc_id, path, "symbolic link to a folder, not followed")
            elif target in above:
                self.report(doc_id, path, "symbolic link loop (to a folder above it), not followed")
            elif target != self.skip:
                self.folder(path, doc_id + "/", above)
        elif not is_document_name(name):
            return None
        elif not (self.follow_links or target.is_relative_to(self.root)):
            self.report(doc_id, path, "symbolic link to a file outside --raw, not followed")
        elif not stat.S_ISREG(mode):
            self.report(doc_id, path, "not a regular file")
        else:
            self.found.append(Found(doc_id, path))
        return None


def _short(component: str, suffix: str) -> str:
    """`component + suffix`, cut with a hash when it would pass the file system's name limit."""
    name = component + suffix
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha256(component.encode("utf-8")).hexdigest()[:16]
    keep = component.encode("utf-8")[:MAX_NAME_BYTES - len(suffix.encode()) - 18].decode("utf-8", "ignore")
    return f"{keep}~{digest}{suffix}"


def output_path(doc_id: str, suffix: str) -> Path:
    """Relative path of a per-document output file: the doc_id's folders, then its name + suffix.
    Collision-free: a folder whose name could be an output file's name (ends in a document
    suffix or a name hash, then `suffix`, then any number of `_`) gets one more `_`
    (`d.txt` the document -> `d.txt.txt`; `d.txt.txt/` the folder -> `d.txt.txt_/`).
    Names too long for the file system are cut and end with `~` and a hash of the full name."""
    *folders, name = doc_id.split("/")
    taken = re.compile(r"(?:(?i:\.txt|\.html|\.htm)|~[0-9a-f]{16})" + re.escape(suffix) + "_*$")
    parts = [_short(f + "_" if taken.search(f) else f, "") for f in folders]
    return Path(*parts, _short(name, suffix))


def clean_path(doc_id: str) -> Path:
    """Where the clean text of a document goes, relative to --out: `clean/<doc_id>.txt`
    (see output_path for the rare names that are changed)."""
    return Path("clean") / output_path(doc_id, ".txt")
