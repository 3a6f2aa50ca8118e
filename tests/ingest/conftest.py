"""Fixtures shared by the cleaning tests."""
import pytest

from pipeline.ingest.profiles import Profile, load_profiles


@pytest.fixture(scope="module")
def generic() -> Profile:
    """The generic profile alone, as an unprofiled plain-text page gets it."""
    return load_profiles().select("x.txt", "")
