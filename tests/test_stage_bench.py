"""The per-stage bench that `make bench` calls (figures themselves are never asserted)."""
from pipeline.facts.bench import one_document, stage_times, varied_corpus


def test_varied_corpus_redraws_digits_and_keeps_sources():
    docs = varied_corpus(copies=2)
    first, second = docs[0], docs[1]
    assert first[0].split("/")[0] == second[0].split("/")[0]
    assert first[1] != second[1] and len(first[1]) == len(second[1])


def test_stage_times_reports_every_stage(rules):
    docs = [d for d in varied_corpus(copies=1) if d[0].startswith(("news-2025/", "hwanghae-biz/"))]
    figures = stage_times(docs, rules)
    assert figures["documents"] == len(docs) == 2
    for stage in ("ingest", "sentences", "places", "facts", "whole step"):
        assert set(figures[stage]) == {"wall_s", "cpu_s", "mb_per_s_cpu"}
    assert figures["subjects"] == "eojeol" and figures["kiwi"]["calls"] == 0   # the default reads no Kiwi
    assert figures["kiwi"]["facts"] > 10


def test_one_document_times_each_stage(rules):
    figures = one_document(0.02, rules, one_line=True)
    assert figures["mb"] >= 0.02 and {"sentences", "places", "facts", "mb_per_s"} <= set(figures)


def test_bench_help_prints():
    """`scripts/bench.py --help` printed a traceback: a `%` in a help text is argparse syntax."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "bench.py"
    out = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "80% of body sentences" in out.stdout
