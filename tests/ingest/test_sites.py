"""Whole pages through cleaning, checked with snippets that must and must not survive
(trafilatura's with/without style): one folder per site under sites/."""
import tomllib
from pathlib import Path

import pytest

from pipeline.document import clean_into
from pipeline.model import DocResult

SITES = sorted(d for d in (Path(__file__).parent / "sites").iterdir() if (d / "expect.toml").exists())


@pytest.mark.parametrize("site", SITES, ids=[s.name for s in SITES])
def test_site(site, ingest_rules):
    expect = tomllib.loads((site / "expect.toml").read_text(encoding="utf-8"))
    path = (site / expect["file"]).resolve()
    result = DocResult(doc_id=f"{site.name}/{path.name}")
    clean_into(result, path.read_bytes(), ingest_rules)
    text = result.clean
    assert result.source == expect.get("profile", "generic")
    assert result.encoding == expect["encoding"]
    assert result.title == expect["title"]
    assert result.published == expect["published"]
    assert text.startswith(expect["first"]), text[:200]
    assert text.endswith(expect["last"]), text[-200:]
    missing = [s for s in expect["with"] if s not in text]
    assert not missing, f"lost from the article: {missing}"
    leaked = [s for s in expect["without"] if s in text]
    assert not leaked, f"boilerplate left in: {leaked}"
