"""What 원 means in a document (data/currency.toml): every signal's examples
fire, its `keep` texts do not, and every example document gets its decision."""
import re
from pathlib import Path

import pytest

from pipeline.document import process
from pipeline.facts import read_table
from pipeline.facts.currency import settle_won

TABLE = read_table("currency")
SIGNALS = [n for n, row in TABLE.items() if isinstance(row, dict) and "examples" in row and "weight" in row]


def _pattern(row):
    if "pattern" in row:
        return re.compile(row["pattern"])
    return re.compile("|".join([*map(re.escape, row["words"]), *row.get("patterns", [])]))


@pytest.mark.parametrize("name", SIGNALS)
def test_signal_examples(name):
    row = TABLE[name]
    p = _pattern(row)
    for text in row["examples"]:
        assert len(set(p.findall(text))) >= row.get("min_words", 1), text
    for text in row["keep"]:
        assert len(set(p.findall(text))) < row.get("min_words", 1), text


def _decide(text, rules):
    result = process("unprofiled/page.txt", text.encode("utf-8"), rules)
    assert result.error == ""
    return result


@pytest.mark.parametrize("row", TABLE["examples"], ids=lambda r: r["text"][:24])
def test_document_examples(row, rules):
    result = _decide(row["text"], rules)
    assert (result.won_as, result.won_evidence != "") == (row["won_as"], row["won_as"] != ""), result.won_evidence
    won = [f for f in result.facts if f.surface.endswith("원")]
    hinted = re.compile("한화|원화|인민폐|인민페")
    for f in won:
        if not hinted.search(result.clean[max(0, f.start - 10):f.start]) and f.start not in _conversion_starts(result):
            assert f.unit == row["won_as"], (f.surface, f.unit)


def _conversion_starts(result):
    return {f.start for f in result.facts if "(" in result.clean[max(0, f.start - 4):f.start]
            or "에 " in result.clean[max(0, f.start - 3):f.start]}


@pytest.mark.parametrize("row", TABLE["magnitude"], ids=lambda r: r["name"])
def test_magnitude_examples_alone_say_yuan(row, rules):
    # a magnitude example needs nothing else in the document to read 원 as 元: the page's 원, or (a price of
    # one thing, `amount_only`, round 14) at least the example's own amounts, whatever the page decides
    for text in row["examples"]:
        result = _decide(text, rules)
        assert row["name"] in result.won_evidence
        if row.get("amount_only"):
            assert {f.unit for f in result.facts if f.surface.endswith("원")} == {"CNY"}, (text, result.won_evidence)
        else:
            assert result.won_as == "CNY", (text, result.won_evidence)


def test_conversions_decide_their_own_amount(rules):
    result = _decide("동북조선문보. 투자액은 10억 위안(약 1,900억 원)이고 시정부는 3억 원을 보탰다.", rules)
    units = {f.surface: f.unit for f in result.facts}
    assert units["1,900억 원"] == "KRW"            # a conversion into won, in a page that reads 원 as 元
    result = _decide("환률은 1딸라에 7.1원이다.", rules)
    assert [(f.surface, f.unit) for f in result.facts] == [("1딸라", "USD"), ("7.1원", "CNY")]
    assert result.won_as == "CNY" and "conversion" in result.won_evidence


def test_profile_still_decides(rules):
    facts_doc = "동북조선문보\n\n시는 200만 원을 들였다."
    result = process("dongbuk-joseon/x.txt", facts_doc.encode("utf-8"), rules)
    assert (result.source, result.won_as) == ("dongbuk-joseon", "CNY")
    assert result.won_evidence.startswith("source profile")
    assert [f.unit for f in result.facts] == ["CNY"]


def test_hint_beats_the_document(rules):
    result = _decide("연변일보. 연길시 정부는 한화로 약 450억 원, 인민폐로 약 2.4억원을 들였다. 시는 3억 원을 보탰다.", rules)
    assert [(f.surface, f.unit) for f in result.facts] == [
        ("450억 원", "KRW"), ("2.4억원", "CNY"), ("3억 원", "CNY")]


def test_no_amount_in_won_no_decision(rules):
    result = _decide("상하이시는 10억 위안을 투입한다.", rules)
    assert (result.won_as, result.won_evidence) == ("", "")


def test_settle_without_facts_is_empty(rules):
    assert settle_won("", [], [], [], rules.facts.currency, rules.facts.units).code == ""


def test_an_unprofiled_copy_of_the_chinese_korean_daily_reads_yuan(rules):
    # the devset's Yanbian daily, under another name and folder: no profile applies
    page = Path(__file__).parents[1] / "devset" / "raw" / "dongbuk-joseon" / "2025-04-08-yanbian-farming.html"
    data = page.read_text(encoding="utf-8").replace("동북조선문보", "북방소식").encode("utf-8")
    result = process("elsewhere/2025-04-08.html", data, rules)
    assert result.source == "generic" and result.won_as == "CNY", result.won_evidence
    units = {f.surface: f.unit for f in result.facts if f.surface.endswith("원")}
    assert units == {"1.8억원": "CNY", "32.7억원": "CNY", "450억 원": "KRW", "2.4억원": "CNY",
                     "4.5원": "CNY", "0.8원": "CNY"}


def test_part_of_yuan_words_and_keep(rules):
    row = TABLE["part_of_yuan"]
    for text in row["examples"]:
        result = _decide(text, rules)
        assert result.won_as == "CNY" and "part_of_yuan" in result.won_evidence, result.won_evidence
    for text in row["keep"]:
        assert "part_of_yuan" not in _decide(text, rules).won_evidence, text
