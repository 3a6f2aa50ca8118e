"""Declared dependencies are exactly those the code uses, and the base install runs
without the extras."""
import ast
import re
import subprocess
import sys
import tomllib
from functools import lru_cache
from importlib.metadata import packages_distributions as _packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# An extra that only runs the tests; its packages are imported by tests/, not pipeline/.
TEST_EXTRA = "test"


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


packages_distributions = lru_cache(maxsize=1)(_packages_distributions)   # slow: reads every dist's RECORD


def declared() -> dict[str, set[str]]:
    """Distribution names by extra; "" for the base install."""
    project = PYPROJECT["project"]
    groups = {"": project["dependencies"], **project.get("optional-dependencies", {})}
    return {extra: {_name(r) for r in reqs} for extra, reqs in groups.items()}


# Calls that load a package named by a string (not every string that happens to name one:
# `tmp / "build"` is a folder, not the `build` module).
LOADERS = {"_package_dir", "find_spec", "import_module", "BeautifulSoup"}


def _called(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


@lru_cache(maxsize=4)
def used_modules(folder: Path) -> dict[str, set[Path]]:
    """Top-level module names a folder's code uses, with the files using them: imports, and
    installed packages passed by name to a call (`_package_dir("cpca")` reads a package's
    data files through importlib.util.find_spec; `BeautifulSoup(text, "lxml")` loads lxml)."""
    installed = packages_distributions()
    used: dict[str, set[Path]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Call) and _called(node) in LOADERS:
                names = [a.value for a in node.args if isinstance(a, ast.Constant) and a.value in installed]
            for name in names:
                used.setdefault(name.split(".")[0], set()).add(path)
    return used


# The repository's own modules: the package, scripts/ (its modules too, imported by the tests
# with scripts/ on sys.path). An installed distribution may own a same-named top-level
# module (cpca's dependency `proces` installs one called `scripts`); ours wins.
LOCAL = {"pipeline", "scripts"} | {p.stem for p in (ROOT / "scripts").glob("*.py")}


def distributions(modules) -> set[str]:
    """Third-party distributions providing the modules (not hanfacts itself)."""
    owners = packages_distributions()
    return {d.lower().replace("_", "-") for m in modules if m not in LOCAL for d in owners.get(m, [])}


def test_declared_dependencies_are_exactly_those_the_package_uses():
    groups = declared()
    package = {g for extra, names in groups.items() if extra != TEST_EXTRA for g in names}
    assert package == distributions(used_modules(ROOT / "pipeline"))


def test_the_test_extra_is_what_the_tests_use_beyond_the_package():
    beyond = distributions(used_modules(ROOT / "tests")) - distributions(used_modules(ROOT / "pipeline"))
    assert declared()[TEST_EXTRA] == beyond


def test_extras_are_imported_only_where_they_are_needed():
    # A module-level import of an extra's package in a module the CLI loads would
    # break the base install; the spaCy component module is only loaded by spaCy.
    allowed = {"spacy": {"spacy_component.py"}, "distributed": {"engine_dask.py"}}   # loaded by --engine dask only
    extras = {m for m in used_modules(ROOT / "pipeline")
              if distributions([m]) & (set().union(*(v for k, v in declared().items() if k)) - declared()[""])}
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:   # module level only
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    top = name.split(".")[0]
                    if top in extras:
                        assert path.name in allowed.get(top, set()), f"{path}: module-level import of {name}"


def test_base_install_works_without_the_extras(tmp_path):
    # The extras' packages are made unimportable; extract, load and the API still work.
    blocked = sorted(m for m in used_modules(ROOT / "pipeline")
                     if distributions([m]) and not distributions([m]) & declared()[""])
    assert "spacy" in blocked and "openpyxl" in blocked
    script = f"""
import sys
for name in {blocked!r}:
    sys.modules[name] = None
from pipeline.cli import main
assert main(["extract", "--raw", {str(ROOT / "raw")!r}, "--out", {str(tmp_path)!r}]) == 0
import pipeline
print(len(pipeline.load({str(tmp_path)!r}).documents))
print(main(["export", "--xlsx", {str(tmp_path / "x.xlsx")!r}, "--out", {str(tmp_path)!r}]))
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["3", "1"]
    assert "pip install 'hanfacts[xlsx]'" in proc.stderr
