"""`make golden`: rewrite the golden files of the seeds from the current output and
print what changed. Read every changed row against the text before committing:
a golden file that encodes a bug is a defect."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.cli import extract  # noqa: E402
from pipeline.diff import diff_rows, format_diff, read_rows  # noqa: E402
from pipeline.write import DOC_COLUMNS, FACT_COLUMNS, PLACE_COLUMNS, write_csv  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
COLUMNS = {"documents": DOC_COLUMNS, "places": PLACE_COLUMNS, "facts": FACT_COLUMNS}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        extract(ROOT / "raw", out, None, 1)
        changed = False
        for clean in sorted((out / "clean").rglob("*.txt")):
            target = GOLDEN / "clean" / clean.relative_to(out / "clean")
            if not target.exists() or target.read_bytes() != clean.read_bytes():
                changed = True
                print(f"clean text changed: {target.relative_to(ROOT)}")
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(clean, target)
        for table, columns in COLUMNS.items():
            old, new = read_rows(GOLDEN / f"{table}.csv"), read_rows(out / f"{table}.csv")
            d = diff_rows(table, old, new)
            if d:
                changed = True
                print(format_diff(d))
                write_csv(GOLDEN / f"{table}.csv", columns, new)
    print("golden files rewritten: review `git diff tests/golden` row by row" if changed else "golden files unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
