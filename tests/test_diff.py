import json
import subprocess
import sys
from pathlib import Path

from pipeline.diff import diff_folders, diff_rows, render
from pipeline.write import FACT_COLUMNS, write_csv

FACT = {"doc_id": "a.txt", "sent": "3", "start": "10", "end": "19", "surface": "96.56억 위엔", "value": "9656000000",
        "value_max": "", "unit": "CNY", "quantity": "money", "qualifier": "", "change": "", "subject": "분야",
        "period": "", "place": "广东省", "sentence": "광동성은 ... 96.56억 위엔 ..."}


def test_shifted_offsets_are_no_change():
    moved = {**FACT, "sent": "4", "start": "30", "end": "39"}
    assert not diff_rows("facts", [FACT], [moved])


def test_value_change_is_one_changed_row():
    d = diff_rows("facts", [FACT], [{**FACT, "value": "965600000"}])
    assert not d.added and not d.removed and len(d.changed) == 1
    assert render(diff_folders({"documents": [], "places": [], "facts": [FACT]},
                               {"documents": [], "places": [], "facts": [{**FACT, "value": "965600000"}]}), "text") == \
        "a.txt\n  ~ facts     96.56억 위엔: value '9656000000' -> '965600000'"


def test_repeated_surfaces_pair_in_order():
    second = {**FACT, "start": "50", "end": "59", "subject": "계약액"}
    d = diff_rows("facts", [FACT, second], [FACT])
    assert d.removed == [second] and not d.changed


def _folder(path: Path, facts: list[dict]) -> Path:
    write_csv(path / "facts.csv", FACT_COLUMNS, facts)
    return path


def test_cli_exit_status_and_formats(tmp_path):
    old = _folder(tmp_path / "old", [FACT])
    new = _folder(tmp_path / "new", [FACT, {**FACT, "surface": "88건", "value": "88", "unit": "건", "quantity": "count"}])
    run = lambda *a: subprocess.run([sys.executable, "-m", "pipeline", "diff", *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    same = run(old, old)
    assert same.returncode == 0 and same.stdout == ""
    text = run(old, new)
    assert text.returncode == 1 and "+ facts     surface=88건  value=88  unit=건" in text.stdout
    recs = json.loads(run(old, new, "--format", "json").stdout)
    assert [(r["doc_id"], r["change"], r["surface"]) for r in recs] == [("a.txt", "added", "88건")]
    assert run(old, new, "--format", "csv").stdout.splitlines()[0] == "doc_id,table,change,surface,field,old,new,detail"
    assert run(old, new, "--format", "markdown").stdout.startswith("| doc_id | table |")
    assert run().returncode == 2
