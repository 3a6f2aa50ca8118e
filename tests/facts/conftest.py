import pytest

from pipeline.facts import load_fact_rules


@pytest.fixture(scope="session")
def fact_rules():
    return load_fact_rules()
