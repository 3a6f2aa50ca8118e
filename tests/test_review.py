"""Review pages: highlighting logic, and the pages as a real headless browser loads them."""
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import extract
from pipeline.review import highlight, write_review
from pipeline.rules import load_rules

ROOT = Path(__file__).parent.parent


def _row(start, end, **kw):
    base = {"start": str(start), "end": str(end), "name_zh": "广东省", "name_ko": "광둥성", "adcode": "440000",
            "level": "province", "province_zh": "广东省", "match": "sino_korean", "value": "88", "value_max": "",
            "unit": "건", "qualifier": "", "change": "", "subject": "", "period": "", "place": ""}
    return {**base, **kw}


def test_highlight_marks_and_escapes():
    text = "광동성은 88건 <계약>\n\n끝."
    out = highlight(text, [_row(0, 3)], [_row(5, 8)])
    assert out == ('<p><mark class="place" title="广东省 · 광둥성 · 440000 · province · 广东省 · match: sino_korean">'
                   '광동성</mark>은 <mark class="fact" title="88 건">88건</mark> &lt;계약&gt;</p>\n<p>끝.</p>')


def test_highlight_keeps_nesting_valid():
    out = highlight("상해시 3억 위안", [_row(0, 3), _row(2, 5)], [_row(0, 9)])
    assert out.count("<mark") == out.count("</mark>") == 2      # the crossing place is left unmarked


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(not CHROMIUM, reason="chromium not installed (make test installs it when run as root)")
def test_pages_in_headless_chromium(tmp_path):
    out = tmp_path / "extracted"
    assert extract(ROOT / "raw", out, None, 1) == 0
    index = write_review(ROOT / "raw", out, load_rules(stages=()))

    def dom(page: Path) -> str:
        proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-500:]
        return proc.stdout

    page = dom(index.parent / "report-2004__000_8c6fa38a57622a72.txt.html")
    assert page.count('<mark class="place"') >= 100 and page.count('<mark class="fact"') >= 50
    assert 'title="广东省 · 광둥성 · 440000 · province · 广东省' in page
    assert '<mark class="fact" title="9656000000 CNY' in page
    news = dom(index.parent / "news-2025__004_781489ab579a93bd.txt.html")
    assert "generic:weather" in news and "• 동두천 -5.9℃맑음" in news     # removed lines, greyed
    front = dom(index)
    assert front.count("<circle") >= 10 and "report-2004__000_8c6fa38a57622a72.txt.html" in front
