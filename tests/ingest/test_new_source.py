import tomllib
from pathlib import Path

import pytest

from pipeline.document import clean_into
from pipeline.ingest.new_source import new_source, report
from pipeline.ingest.profiles import load_profiles
from pipeline.model import DocResult

SAMPLE = Path(__file__).parent.parent.parent / "raw" / "hwanghae-biz" / "2025-11-18.html"


def test_new_source_writes_a_profile_and_a_passing_sample(tmp_path, ingest_rules):
    profiles, sites = tmp_path / "profiles", tmp_path / "sites"
    profiles.mkdir()
    profile, site, cleaned, result = new_source("some-site", SAMPLE, ingest_rules, profiles, sites)
    loaded = load_profiles(profiles).select("some-site/page.html", "")
    assert loaded.name == "some-site" and not loaded.won_means_yuan
    expect = tomllib.loads((site / "expect.toml").read_text(encoding="utf-8"))
    assert expect["profile"] == "some-site" and (site / expect["file"]).resolve() == SAMPLE.resolve()   # referred to, not copied
    assert expect["title"] == "中 장쑤성 쑤저우, 공업원구 외자 유치 30년…누적 5백억 달러 돌파"
    assert "[오늘의 환율] 위안 193.42원 ▲0.35 달러 1,388.10원 ▼" in expect["without"]
    text = report(cleaned, result)
    assert "generic:before_title" in text and "* ▶ 황해비즈 텔레그램 채널에서" in text
    # the written expectations hold for what generic does today
    check = DocResult(doc_id="some-site/page.html")
    clean_into(check, (site / expect["file"]).read_bytes(), ingest_rules)
    assert all(s in check.clean for s in expect["with"])
    assert not any(s in check.clean for s in expect["without"])
    with pytest.raises(ValueError, match="exists already"):
        new_source("some-site", SAMPLE, ingest_rules, profiles, sites)
    with pytest.raises(ValueError, match="lower-case"):
        new_source("Bad Name", SAMPLE, ingest_rules, profiles, sites)
