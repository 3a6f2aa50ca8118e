"""Helpers turning the example tables of pipeline/facts/data into test cases."""
from decimal import Decimal

from pipeline.facts import find_facts, read_table


def cases(table: str, key: str = "texts"):
    """(id, text, expectation row) for every example text of a table."""
    out = []
    for row in read_table(table).get("examples", []):
        for text in row[key]:
            out.append(pytest_param(text, row))
    return out


def pytest_param(text, row):
    import pytest
    return pytest.param(text, row, id=text)


def facts_of(text, fact_rules, won_means_yuan=False):
    return find_facts(text, [(0, len(text))], [], fact_rules, won_means_yuan)


def check_one(text, row, fact_rules):
    facts = facts_of(text, fact_rules)
    assert len(facts) == 1, [(f.surface, f.value) for f in facts]
    f = facts[0]
    assert f.value == Decimal(row["value"])
    assert f.unit == row["unit"]
    assert str(f.value_max or "") == row.get("value_max", "")
    assert f.qualifier == row.get("qualifier", f.qualifier)
    assert f.change == row.get("change", f.change)
    return f
