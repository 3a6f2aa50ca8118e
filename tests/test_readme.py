"""Every command block of README.md runs, against a copy of the repository.

A block is an indented block of shell commands (lines starting with `make`, `hanfacts`,
`.venv/bin/...`, `pip`, `cd`) or a fenced ```python block. A block that must not run here
is marked on the line before it with `<!-- not run: REASON -->` (the reason names the test
that runs it instead, or says why it is only an illustration); the marker
`<!-- output -->` marks the example output of the command above, whose format is checked
against a real run."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
VENV = Path(sys.executable).parent.parent
COMMAND = re.compile(r"(make|hanfacts|\.venv/bin/\S+|pip|cd)\b")
MARKER = re.compile(r"<!-- (not run: .+|output) -->")


def blocks(text: str) -> list[dict]:
    """Code blocks with their kind ("shell", "python", other languages, "text"), their
    marker and line number."""
    lines = text.split("\n")
    found, i = [], 0
    while i < len(lines):
        line = lines[i]
        marker = MARKER.search(lines[i - 1]) if i and MARKER.search(lines[i - 1]) else None
        if line.lstrip().startswith("```"):
            lang = line.strip()[3:]
            j = i + 1
            while not lines[j].lstrip().startswith("```"):
                j += 1
            found.append({"kind": lang or "text", "code": _dedent(lines[i + 1:j]), "line": i + 1,
                          "marker": marker and marker.group(1)})
            i = j + 1
            continue
        indent = len(line) - len(line.lstrip())
        if line.strip() and indent >= 4 and (i == 0 or not lines[i - 1].strip() or marker):
            j = i
            while j < len(lines) and (lines[j].strip() == "" or len(lines[j]) - len(lines[j].lstrip()) >= indent):
                if lines[j].strip() == "" and (j + 1 >= len(lines) or not lines[j + 1].startswith(" " * indent)):
                    break
                j += 1
            code = _dedent(lines[i:j])
            kind = "shell" if any(COMMAND.match(c) for c in code.split("\n")) else "text"
            # Indented prose (a list item's second line) is no block: it follows a text line.
            found.append({"kind": kind, "code": code, "line": i + 1, "marker": marker and marker.group(1)})
            i = j
            continue
        i += 1
    return found


def _dedent(lines: list[str]) -> str:
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return "\n".join(x[indent:] for x in lines).strip("\n")


BLOCKS = blocks(README.read_text(encoding="utf-8"))
SHELL = [b for b in BLOCKS if b["kind"] == "shell" and not b["marker"]]
PYTHON = [b for b in BLOCKS if b["kind"] == "python" and not b["marker"]]


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """A copy of the checkout (committed files and extracted/) in its own git repository,
    using this venv."""
    copy = tmp_path_factory.mktemp("readme") / "hanfacts"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info",
                                                              ".pytest_cache", "review", ".cache"))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run(git + ["add", "-A"], cwd=copy, check=True)
    subprocess.run(git + ["commit", "-qm", "copy"], cwd=copy, check=True)
    return copy


def run_shell(line: str, repo: Path) -> subprocess.CompletedProcess:
    line = line.split("  #")[0].strip()
    line = re.sub(r"^\.venv/bin/", f"{VENV}/bin/", line)
    if line.startswith("make "):
        # This venv, counted as installed (make would otherwise install into the copy).
        line = f"make -s VENV={VENV} -o {VENV}/.installed " + line[5:]
    env = {**os.environ, "PATH": f"{VENV}/bin:{os.environ['PATH']}"}
    return subprocess.run(line, shell=True, cwd=repo, capture_output=True, text=True, env=env, timeout=300)


def test_the_readme_has_runnable_blocks():
    assert len(SHELL) >= 5 and len(PYTHON) >= 3
    for b in BLOCKS:
        if b["marker"] and b["marker"].startswith("not run"):
            assert len(b["marker"]) > len("not run: ") + 10, f"README line {b['line']}: say why"


@pytest.mark.parametrize("block", SHELL, ids=lambda b: f"line{b['line']}")
def test_shell_block_runs(block, repo):
    for line in block["code"].replace("\\\n", " ").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("make test"):
            assert "\ntest:" in (repo / "Makefile").read_text()     # this very suite
            continue
        proc = run_shell(line, repo)
        # diff exits 1 when the folders differ, by design (README says so); make reports that as its own 2.
        differs = " diff" in line and (proc.returncode == 1 or "diff] Error 1" in proc.stderr)
        assert proc.returncode == 0 or differs, f"README line {block['line']}: {line}\n{proc.stderr[-2000:]}"


def test_python_blocks_run(repo):
    # One interpreter for all blocks (the rules load once), each block in its own namespace,
    # printing a separator so every block's output is checked against its own comments.
    script = "\n".join(f"exec({b['code']!r}, {{}})\nprint('@@block@@')" for b in PYTHON)
    proc = subprocess.run([sys.executable, "-c", script], cwd=repo, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    outputs = proc.stdout.split("@@block@@")
    for block, out in zip(PYTHON, outputs):
        # Results written in the block's comments are what it prints.
        for expected in re.findall(r"# (\[\(.+\)\]|\S+ \S+)$", block["code"], re.M):
            assert expected in out, f"README line {block['line']}: {expected}"


def test_example_output_has_the_format_of_a_real_run(repo, tmp_path):
    [example] = [b for b in BLOCKS if b["marker"] == "output"]
    raw = tmp_path / "raw"
    shutil.copytree(repo / "raw", raw)
    (raw / "bad").mkdir()
    (raw / "bad" / "empty.txt").write_bytes(b"")
    proc = run_shell(f".venv/bin/hanfacts extract --raw {raw} --out {tmp_path / 'out'}", repo)
    assert proc.returncode == 1
    got = proc.stderr.strip().split("\n")
    for want in example["code"].split("\n"):
        # Same words and punctuation; any numbers, any output folder.
        shape = re.escape(re.sub(r"\d+(?:\.\d+)?", "NUM", want)).replace("NUM", r"[\d.]+").replace("extracted", r"\S+")
        assert any(re.fullmatch(shape, g) for g in got), f"README example {want!r} vs\n{proc.stderr}"
