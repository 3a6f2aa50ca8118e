import pytest

from pipeline.rules import Rules, load_rules


@pytest.fixture(scope="session")
def ingest_rules() -> Rules:
    """Rules for cleaning only (no gazetteer, no Kiwi): fast."""
    return load_rules(stages=())


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def seeds_extracted(tmp_path_factory):
    """raw/ extracted once by the CLI, for the tests of what reads extracted/ (API, export)."""
    from pathlib import Path

    from pipeline.cli import extract
    out = tmp_path_factory.mktemp("seeds_extracted")
    assert extract(Path(__file__).parent.parent / "raw", out, None, 1) == 0
    return out
