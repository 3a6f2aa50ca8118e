"""원 decided per amount (pipeline/facts/currency.py `_own_evidence`, data/currency.toml
`per_amount`, `korean_owner`, `domestic_owner`, magnitudes `unit_price` and `fare`): a page
mixing a Chinese city's 元 with a wage earned in Korea gets each right; an amount with no
evidence of its own takes the document's decision; a clause naming owners of both currencies
gives no row.  Expectations worked out by reading each sentence (who pays, where the money is
earned or spent, what size makes sense)."""
import re

import pytest

from pipeline.document import process
from pipeline.facts import read_table

TABLE = read_table("currency")


def _doc(text, rules):
    result = process("unprofiled/page.txt", text.encode("utf-8"), rules)
    assert result.error == ""
    return result


def _units(text, rules):
    return [(f.surface, f.unit) for f in _doc(text, rules).facts if f.quantity == "money"]


AMOUNTS = TABLE["amounts"]      # data/currency.toml [[amounts]]: class won_per_amount


@pytest.mark.parametrize("row", AMOUNTS, ids=[r["text"][:24] for r in AMOUNTS])
def test_each_amount_gets_its_own_currency(row, rules):
    assert _units(row["text"], rules) == [tuple(f) for f in row["facts"]]


def test_amounts_decided_against_the_document_are_listed(rules):
    result = _doc("연길시 로동자의 월평균 로임은 5,200원이다. 한국에서 일하면 월 250만원을 번다.", rules)
    assert result.won_as == "CNY"
    assert "per amount: 250만원 KRW (korean_owner: 한국에서)" in result.won_evidence


def test_owners_of_both_currencies_give_no_row(rules):
    result = _doc("로동자 로임은 4500원이다. 한국 기업 B사와 훈춘시 정부는 공동으로 3억원을 투자한다.", rules)
    assert [f.surface for f in result.facts] == ["4500원"]
    assert "3억원 no row (conflict: 한국 기업 / 시 정부)" in result.won_evidence


def test_a_previous_amount_closes_the_clause(rules):
    # 한국에서 belongs to the first amount's clause; the second amount has no evidence of its own
    text = "로동자 로임은 4500원이다. 한국에서는 월 250만원을 벌지만 연길에서는 월 5,200원을 번다."
    assert _units(text, rules) == [("4500원", "CNY"), ("250만원", "KRW"), ("5,200원", "CNY")]


@pytest.mark.parametrize("name", ["korean_owner", "domestic_owner"])
def test_owner_examples(name):
    row = TABLE[name]
    pattern = re.compile(row["pattern"]) if "pattern" in row else re.compile(
        "|".join([*map(re.escape, row["words"]), *row.get("patterns", [])]))
    for text in row["examples"]:
        assert pattern.search(text), text
    for text in row["keep"]:
        assert not pattern.search(text), text


@pytest.mark.parametrize("row", [m for m in TABLE["magnitude"] if "keep" in m], ids=lambda r: r["name"])
def test_a_change_is_no_magnitude(row, rules):
    for text in row["keep"]:
        result = _doc(text, rules)
        assert result.won_as == "KRW", (text, result.won_evidence)


def test_per_amount_examples(rules):
    per = TABLE["per_amount"]
    assert _units(per["examples"][0], rules)[0][1] == "CNY"
    assert _units(per["keep"][0], rules)[-1][1] == "KRW"
