"""A Chinese outlet or domain the text cites as its source is no evidence that 원 means 元
(data/currency.toml [cited]): its examples are cited, its keep texts still count."""
import pytest

from pipeline.facts import read_table

TABLE = read_table("currency")["cited"]


@pytest.fixture(scope="module")
def signals(rules):
    return [sig for _, sig in rules.facts.currency.signals if sig.name in TABLE["signals"]]


@pytest.mark.parametrize("text", TABLE["examples"])
def test_a_cited_source_is_no_hit(signals, text):
    assert any(sig.pattern.search(text) for sig in signals), text      # the signal is there ...
    assert not any(sig.hits(text) for sig in signals), text            # ... and cited


@pytest.mark.parametrize("text", TABLE["keep"])
def test_the_sites_own_name_still_counts(signals, text):
    assert any(sig.hits(text) for sig in signals), text


def test_a_seoul_daily_quoting_a_yanbian_paper_writes_won(rules):
    from pipeline.document import process
    text = ("조선족 인구 10년 새 20% 줄어\n\n중국 연변조선족자치주의 조선족 인구가 크게 줄었다고 현지 조선어 신문인 "
            "연변일보가 19일 보도했다. 연변일보에 따르면 주 내 조선족은 59만명이다. 정부는 동포 정착 지원 예산으로 "
            "올해 120억원을 편성했다. 연길시의 최저임금은 월 2,000위안이다.\n")
    r = process("seoul-daily/page.txt", text.encode("utf-8"), rules)
    assert r.won_as == "KRW", r.won_evidence
    assert [(f.surface, f.unit) for f in r.facts if f.surface.endswith("원")] == [("120억원", "KRW")]
