"""`hanfacts export --xlsx`: read back with openpyxl (and LibreOffice where installed)."""
import csv
import datetime
import shutil
import subprocess
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from pipeline.cli import main  # noqa: E402

FORMULA = '=HYPERLINK("http://example.com","클릭")'
BIG = "12345678901234567.5"      # 18 significant digits: Excel would keep 15


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def folder(seeds_extracted, tmp_path_factory) -> Path:
    """The seeds' output with a title that looks like a formula and a value Excel would round."""
    out = tmp_path_factory.mktemp("export")
    for name in ("documents", "places", "facts"):
        rows = read_csv(seeds_extracted / f"{name}.csv")
        if name == "documents":
            rows[0]["title"] = FORMULA
        if name == "facts":
            rows[1]["value"] = BIG
        with open(out / f"{name}.csv", "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return out


@pytest.fixture(scope="module")
def workbook(folder) -> Path:
    xlsx = folder / "hanfacts.xlsx"
    assert main(["export", "--xlsx", str(xlsx), "--out", str(folder)]) == 0
    return xlsx


def sheet_rows(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_one_sheet_per_table_with_the_same_rows(folder, workbook):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == ["documents", "places", "facts"]
    for name in wb.sheetnames:
        want = read_csv(folder / f"{name}.csv")
        got = sheet_rows(wb[name])
        assert len(got) == len(want)
        for g, w in zip(got, want):
            for col, text in w.items():
                value = g[col]
                if value is None:
                    assert text == "", (name, col)
                elif isinstance(value, datetime.datetime):
                    assert value.date().isoformat() == text
                elif isinstance(value, (int, float)):
                    assert value == pytest.approx(float(text), rel=1e-15), (name, col)
                else:
                    assert value == text, (name, col)


def test_no_cell_is_a_formula_and_text_stays_text(workbook):
    wb = openpyxl.load_workbook(workbook)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    docs = wb["documents"]
    title = next(c for c in docs[2] if docs.cell(1, c.column).value == "title")
    assert (title.value, title.data_type) == (FORMULA, "s")


def test_numbers_dates_and_exact_values(workbook):
    wb = openpyxl.load_workbook(workbook)
    facts = sheet_rows(wb["facts"])
    assert isinstance(facts[0]["value"], (int, float)) and isinstance(facts[0]["start"], int)
    assert facts[1]["value_exact"] == BIG                # Excel would show 12345678901234500
    assert all(r["value_exact"] is None for i, r in enumerate(facts) if i != 1)
    published = sheet_rows(wb["documents"])[0]["published"]
    assert published == datetime.datetime(2025, 11, 18)
    assert wb["places"].cell(2, 1 + [c.value for c in wb["places"][1]].index("adcode")).data_type == "s"


def test_header_frozen_filtered_and_sized(workbook):
    wb = openpyxl.load_workbook(workbook)
    for ws in wb:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    facts = wb["facts"]
    width = {c.value: facts.column_dimensions[c.column_letter].width for c in facts[1]}
    assert width["sentence"] == 80 and width["start"] < 10 and width["surface"] > width["start"]


def test_export_without_extracted_folder_says_so(tmp_path, capsys):
    assert main(["export", "--xlsx", str(tmp_path / "x.xlsx"), "--out", str(tmp_path)]) == 1
    assert "no documents.csv" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed (make test does not install it)")
def test_libreoffice_opens_the_workbook(workbook, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(tmp_path),
                    str(workbook)], check=True, capture_output=True, timeout=120)
    with open(tmp_path / "hanfacts.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))      # the first sheet: documents
    assert len(rows) == 3 and rows[0]["title"] == FORMULA
