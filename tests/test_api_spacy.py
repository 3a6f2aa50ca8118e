"""The spaCy component and tokenizer: spans are exactly the rows' surfaces."""
import csv
from decimal import Decimal
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from pipeline.spacy_component import tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEEDS = sorted(p.relative_to(GOLDEN / "clean").as_posix()[:-len(".txt")]
               for p in (GOLDEN / "clean").rglob("*.txt"))
TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "hanfacts.tokenizer"}}}


@pytest.fixture(scope="module", params=["ko+hanfacts.tokenizer", "xx"])
def nlp(request):
    # Found through the package's entry points: no import of pipeline.spacy_component needed.
    nlp = spacy.blank("ko", config=TOKENIZER) if request.param.startswith("ko") else spacy.blank("xx")
    nlp.add_pipe("hanfacts")
    return nlp


def golden_rows(table: str, doc_id: str) -> list[dict]:
    with open(GOLDEN / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.DictReader(f) if r["doc_id"] == doc_id]


@pytest.mark.parametrize("doc_id", SEEDS)
def test_spans_are_the_csv_rows(nlp, doc_id):
    clean = (GOLDEN / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")[:-1]   # the file ends in "\n"
    doc = nlp(clean)
    assert doc.text == clean
    places = [(s.start_char, s.end_char, s.text, s._.name_zh, s._.adcode, s._.level) for s in doc.spans["places"]]
    assert sorted(places) == [(int(r["start"]), int(r["end"]), r["surface"], r["name_zh"], r["adcode"], r["level"])
                              for r in golden_rows("places", doc_id)]
    facts = [(s.start_char, s.end_char, s.text, s._.value, s._.unit, s._.quantity) for s in doc.spans["facts"]]
    assert sorted(facts) == [(int(r["start"]), int(r["end"]), r["surface"], Decimal(r["value"]), r["unit"], r["quantity"])
                             for r in golden_rows("facts", doc_id)]
    assert [e.text for e in doc.ents] == [s.text for s in doc.spans["places"]]


def test_a_particle_or_a_longer_hanzi_word_is_not_part_of_the_span(nlp):
    doc = nlp("광동성은 上海证券交易所에서 96.56억 위엔을 모았다.")
    assert [s.text for s in doc.spans["places"]] == ["광동성", "上海"]
    assert [s.text for s in doc.spans["facts"]] == ["96.56억 위엔"]
    [fact] = doc.spans["facts"]
    assert (fact._.value, fact._.unit, fact.label_) == (Decimal("9656000000"), "CNY", "MONEY")
    assert doc.spans["places"][0]._.hanja == "廣東省"


def test_tokenizer_keeps_every_character_and_cuts_at_span_edges():
    text = "광동성은  3%\n\n上海证券交易所, 끝. "
    words, spaces = tokenize(text, [(0, 3), (10, 12)])
    assert "".join(w + " " * s for w, s in zip(words, spaces)) == text
    assert words[:2] == ["광동성", "은"] and "上海" in words and "证券交易所" in words
    assert "," in words and "." in words


def test_displacy_shows_places_and_facts(nlp):
    from spacy import displacy
    doc = nlp("광둥성 선전시는 96.56억 위엔을 투자했다.")
    html = displacy.render(doc, style="span", options={"spans_key": "facts"})
    assert "96.56억" in html and "MONEY" in html   # displacy writes one token at a time


def test_a_saved_pipeline_loads_with_the_component_and_tokenizer(tmp_path):
    nlp = spacy.blank("ko", config=TOKENIZER)
    nlp.add_pipe("hanfacts")
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    [doc] = loaded.pipe(["광동성은 3% 성장했다."])
    assert loaded.pipe_names == ["hanfacts"]
    assert [s.text for s in doc.spans["places"]] == ["광동성"] and [s.text for s in doc.spans["facts"]] == ["3%"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet=st.sampled_from(list("광동성은 上海市.,%\n\t 3a")), max_size=40))
    edges = draw(st.lists(st.integers(0, len(text)), max_size=6))
    # A mention never starts or ends with whitespace (surfaces are stripped).
    spans = [(a, b) for a, b in zip(edges[::2], edges[1::2]) if a < b and text[a:b] == text[a:b].strip()]
    return text, spans


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_tokens_rebuild_the_text_and_every_span_edge_is_a_token_edge(case):
    text, spans = case
    words, spaces = tokenize(text, spans)
    assert "".join(w + " " * s for w, s in zip(words, spaces)) == text
    assert all(words) and not any(w != " " and w.strip() and " " in w for w in words)
    edges, at = {0}, 0
    for w, s in zip(words, spaces):
        at += len(w)
        edges.add(at)
        at += s
        edges.add(at)
    assert {e for span in spans for e in span} <= edges
    spacy.tokens.Doc(spacy.blank("xx").vocab, words=words, spaces=spaces)   # spaCy accepts them
