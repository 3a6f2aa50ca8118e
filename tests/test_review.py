"""Review pages: highlighting logic, and the pages as a real headless browser loads them."""
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest
from bs4 import BeautifulSoup

from pipeline.cli import extract
from pipeline.diff import read_rows
from pipeline.review import CSP, highlight, write_review
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

    page = dom(index.parent / "docs/report-2004/000_8c6fa38a57622a72.txt.html")
    assert page.count('<mark class="place"') >= 100 and page.count('<mark class="fact"') >= 50
    assert 'title="广东省 · 광둥성 · 440000 · province · 广东省' in page
    assert '<mark class="fact" title="9656000000 CNY' in page
    news = dom(index.parent / "docs/news-2025/004_781489ab579a93bd.txt.html")
    assert "generic:weather" in news and "• 동두천 -5.9℃맑음" in news     # removed lines, greyed
    front = dom(index)
    assert front.count("<circle") >= 10 and 'href="docs/report-2004/000_8c6fa38a57622a72.txt.html"' in front


HOSTILE = ['f" autofocus onfocus="document.title=\'pwned\'" x=".txt',       # the name from issue #9
           "<img src=x onerror=document.title='pwned'>.txt",
           "100% #1?.txt",                                                  # %, # and ? end or change a URL
           "a/b.txt", "a__b.txt"]                                           # both were review/a__b.txt.html


@pytest.fixture(scope="module")
def hostile_review(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    raw, out = root / "raw", root / "extracted"
    names = HOSTILE + [os.fsdecode(b"cp949/" + "광동.txt".encode("cp949"))]
    for i, name in enumerate(names):
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{i}번 문서: 상해시는 푸둥신구에 3억 위안을 투자했다.\n", encoding="utf-8")
    assert extract(raw, out, None, 1) == 0
    return write_review(raw, out, load_rules(stages=()))


def _links(page: Path) -> list[Path]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return [page.parent / unquote(a["href"]) for a in soup.find_all("a")]


def test_every_document_has_its_own_page_and_links_reach_it(hostile_review):
    docs = read_rows(hostile_review.parent.parent / "documents.csv")
    pages = _links(hostile_review)
    assert len(pages) == len(set(pages)) == len(docs) == 6
    for doc, page in zip(docs, pages):
        assert page.is_file(), doc["doc_id"]
        text = page.read_text(encoding="utf-8")
        assert doc["doc_id"] in BeautifulSoup(text, "html.parser").get_text()   # the right document's page
        assert [p.resolve() for p in _links(page)] == [hostile_review.resolve()]


def test_pages_forbid_script():
    assert "default-src 'none'" in CSP and "script-src" not in CSP and "unsafe-inline" not in CSP


def _dom(page: Path | str, profile: Path, violations_ok: bool = False) -> str:
    """The DOM of a page (a path or a URL) after Chromium ran it; our own pages break no rule of
    their policy (so their style applies)."""
    url = page.as_uri() if isinstance(page, Path) else page
    proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                           "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert violations_ok or "Content Security Policy" not in proc.stderr, proc.stderr[-500:]
    return proc.stdout


def _handlers(dom: str) -> list[str]:
    soup = BeautifulSoup(dom, "html.parser")
    return [f"{el.name} {a}" for el in soup.find_all(True) for a in el.attrs if a.startswith("on") or a == "autofocus"]


@pytest.mark.skipif(not CHROMIUM, reason="chromium not installed (make test installs it when run as root)")
def test_hostile_names_run_nothing_in_chromium(hostile_review, tmp_path):
    title = lambda dom: BeautifulSoup(dom, "html.parser").title.text  # noqa: E731  a script would change it
    index = _dom(hostile_review, tmp_path / "profile")
    assert title(index) == "hanfacts review" and _handlers(index) == []
    docs = read_rows(hostile_review.parent.parent / "documents.csv")
    hrefs = [a["href"] for a in BeautifulSoup(index, "html.parser").find_all("a")]
    followed = [(doc, href) for doc, href in zip(docs, hrefs) if doc["doc_id"] in HOSTILE[:3] or "\\x" in doc["doc_id"]]
    assert len(followed) == 4
    for doc, href in followed:                  # the browser follows the index's link to the document's page
        dom = _dom(urljoin(hostile_review.as_uri(), href), tmp_path / "profile")
        assert _handlers(dom) == [] and title(dom) == doc["doc_id"]
    # And were escaping ever to fail, the policy itself stops inline script and handlers.
    page = _links(hostile_review)[0]
    attacked = page.with_name("attacked.html")
    attacked.write_text(page.read_text(encoding="utf-8").replace(
        "<body>", "<body><script>document.title='ran'</script><img src=x onerror=\"document.title='ran'\">"),
        encoding="utf-8")
    assert title(_dom(attacked, tmp_path / "profile", violations_ok=True)) == docs[0]["doc_id"]
