"""The package installed outside the checkout: a wheel built from a copy of the repository,
installed into a fresh virtual environment, runs `hanfacts extract` from another folder
with only the packaged rules, and writes what the checkout writes.

The fresh environment takes the pinned dependencies from this venv (a .pth line) instead
of the package index, so the test needs no network and takes about a minute; installing
`pip install <repo>` with the index is the same wheel plus its declared dependencies."""
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src") / "hanfacts"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", "build",
                                                             "extracted", "tests", ".pytest_cache"))
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(dist), str(src)], check=True, capture_output=True)
    [whl] = dist.glob("hanfacts-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=False)
    site = next(env.glob("lib/python3*/site-packages"))
    ours = next(Path(sys.executable).parent.parent.glob("lib/python3*/site-packages"))
    (site / "_deps_from_test_venv.pth").write_text(f"{ours}\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(env / "bin" / "python"), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True)
    return env


def test_the_wheel_carries_every_rule_file(wheel):
    tracked = subprocess.run(["git", "ls-files", "pipeline"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    data = {p for p in tracked if not p.endswith(".py")}
    assert data, "rule files are tracked under pipeline/"
    assert data <= set(zipfile.ZipFile(wheel).namelist())


def test_hanfacts_extract_from_another_folder(installed, tmp_path, seeds_extracted):
    work = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "raw", work / "R")
    proc = subprocess.run([str(installed / "bin" / "hanfacts"), "extract", "--raw", "R", "--out", "O"],
                          cwd=work, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for name in ("documents.csv", "places.csv", "facts.csv"):
        assert (work / "O" / name).read_bytes() == (seeds_extracted / name).read_bytes(), name
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import pipeline; print(pipeline.__file__)"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(installed)), where      # the installed copy, not the checkout
    proc = subprocess.run([str(installed / "bin" / "python"), "-m", "pipeline", "--help"], cwd=work,
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "export" in proc.stdout
