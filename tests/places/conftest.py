import pytest

from pipeline.places import load_gazetteer


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()
