import pytest

from pipeline.rules import Rules, load_rules


@pytest.fixture(scope="session")
def ingest_rules() -> Rules:
    """Rules for cleaning only (no gazetteer, no Kiwi): fast."""
    return load_rules(stages=())


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()
