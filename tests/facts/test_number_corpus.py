"""Issue 8's number corpus (data/corpus.toml): every class of figures once read wrong on
unseen sources has at least `minimum` examples, negatives included, counted where they
live (units, numbers, not_facts, currency, corpus); and the corpus's whole documents,
run through the pipeline, give exactly the facts written beside them."""
from collections import Counter
from decimal import Decimal

import pytest

from pipeline.document import process
from pipeline.facts import read_table

CORPUS = read_table("corpus")


def examples_per_class() -> Counter:
    """Examples of each class: one per text, surface or document."""
    n: Counter = Counter()
    for row in read_table("units").get("examples", []):
        n[row.get("class")] += len(row["texts"])
    numbers = read_table("numbers")
    for row in numbers["examples"] + numbers["not_numbers"]:
        n[row.get("class")] += len(row["surfaces"])
    for row in read_table("not_facts")["negatives"]:
        n[row["class"]] += len(row["texts"])
    n["won_yuan"] += len(read_table("currency")["examples"])
    n["won_per_amount"] += len(read_table("currency")["amounts"])
    for row in CORPUS["documents"]:
        n[row["class"]] += 1
    del n[None]
    return n


def test_every_class_has_its_minimum_of_examples():
    n = examples_per_class()
    short = {c: n[c] for c in CORPUS["classes"] if n[c] < CORPUS["minimum"]}
    assert short == {}, f"classes below {CORPUS['minimum']} examples: {short}"


def test_every_class_tag_is_a_declared_class():
    assert set(examples_per_class()) <= set(CORPUS["classes"])


def test_negatives_are_counted_in_every_class_that_has_a_guard():
    tagged = {row["class"] for row in read_table("not_facts")["negatives"]}
    tagged |= {row.get("class") for row in read_table("numbers")["not_numbers"]}
    assert set(CORPUS["classes"]) - tagged <= {"won_yuan", "won_per_amount", "currency_country", "hangul_numeral"} - tagged


def _params():
    out = []
    for i, row in enumerate(CORPUS["documents"]):
        marks = [pytest.mark.xfail(reason=row["pending"], strict=True)] if "pending" in row else []
        out.append(pytest.param(row, id=f"{row['class']}-{i}", marks=marks))
    return out


@pytest.mark.parametrize("row", _params())
def test_document_gives_exactly_its_facts(row, rules):
    result = process("corpus/page.txt", row["text"].encode("utf-8"), rules)
    assert result.error == ""
    got = [(f.surface.replace("\n", ""), f.value, f.unit) for f in result.facts]
    assert got == [(s, Decimal(v), u) for s, v, u in row["facts"]]
