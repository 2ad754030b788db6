"""`rorkit keyfig import|compute|report|synth`.

The small microdata set below is written by hand and its figures worked out by hand (2022, all
persons in København 101):

- persons 1-8 born 1980 (42 years old: in the 18-64 band), person 9 born 2010 (12: outside).
  P = 8.
- spells: 1 §85 own home (basis 3) from 2022-03-01, open; 2 §82a (basis 1) 2021-01-01 ..
  2022-06-30; 3 §108 (basis 8) ended 2021-12-31 (not active in 2022); 9 basis 3 (not in P).
  T = {1, 2}: kf01 = 2 / 8 x 10,000 = 2500; kf02 (only §82a/b) = 1/2; kf03 (§85 own home) = 1/2.
- stair: on 1 January only person 2 is on a step (low threshold); on 31 December person 2 is on
  none (moved down) and person 1 is on home support but started the year on none (not in the
  denominator). kf08 = 1/1 = 100 %, kf09 = 0/1, a true zero.
- status bits 2022: person 1 employed (1), person 2 førtidspension (4): kf11 = kf13 = 1/2.
- admissions: person 1 twice in 2022, person 4 once (not in T): kf15 = 2 / 2 x 100 = 100.
- surveys: person 1 WHO-5 3,3,3,3,3 (raw 15, x4 = 60), satisfaction 5; person 2 four items and
  one missing (not scored), satisfaction 2: kf16 = 60, kf18 = 1/2 = 50 %.
- kf10 in the last year of the data is missing (incomplete_followup), never 0.
"""

from __future__ import annotations

import csv
import io

import pytest

import rorkit

PERSONS = "id;municipality;birth_year;status_2022\n" + "".join(
    f"{i};101;1980;{ {1: 1, 2: 4}.get(i, 0) }\n" for i in range(1, 9)) + "9;101;2010;0\n"
SPELLS = ("person;municipality;basis;start;end\n"
          "1;101;3;2022-03-01;\n"
          "2;101;1;2021-01-01;2022-06-30\n"
          "3;101;8;2020-01-01;2021-12-31\n"
          "9;101;3;2022-01-01;\n")
ADMISSIONS = "person;date\n1;2022-05-05\n1;2022-09-09\n4;2022-01-01\n"
SURVEYS = ("person;municipality;year;who5_1;who5_2;who5_3;who5_4;who5_5;satisfaction\n"
           "1;101;2022;3;3;3;3;3;5\n"
           "2;101;2022;4;4;4;4;;2\n")


def write(tmp_path, **tables):
    paths = {}
    for name, text in tables.items():
        p = tmp_path / f"{name}.csv"
        p.write_text(text, encoding="utf-8")
        paths[name] = str(p)
    return paths


def rows_of(path):
    with open(path, encoding="utf-8") as f:
        return {(r["area"], int(r["year"]), r["figure"]): r for r in csv.DictReader(f, delimiter=";")}


def compute(run, tmp_path, threshold="0", **tables):
    p = write(tmp_path, **{"persons": PERSONS, "spells": SPELLS, **tables})
    out = tmp_path / "panel.csv"
    args = ["keyfig", "compute", "--persons", p["persons"], "--spells", p["spells"], "--out", str(out),
            "--threshold", threshold]
    for name in ("admissions", "surveys"):
        if name in p:
            args += [f"--{name}", p[name]]
    return run(*args), out


def test_compute_hand_checked_figures(run, tmp_path):
    r, out = compute(run, tmp_path, admissions=ADMISSIONS, surveys=SURVEYS)
    assert r.code == 0, r.err
    assert "read 9 person(s), 4 spell(s), 3 admission(s), 2 survey response(s); years 2022-2022" in r.out
    cells = rows_of(out)
    expect = {"kf01": (2500, 2, 8), "kf02": (50, 1, 2), "kf03": (50, 1, 2), "kf08": (100, 1, 1),
              "kf11": (50, 1, 2), "kf13": (50, 1, 2), "kf15": (100, 2, 2), "kf16": (60, 60, 1),
              "kf18": (50, 1, 2)}
    for area in ("101", "084", "000"):  # København is Hovedstaden's and the country's only data
        for fig, (value, num, den) in expect.items():
            c = cells[(area, 2022, fig)]
            assert (float(c["value"]), float(c["numerator"]), float(c["denominator"])) == (value, num, den), (area, fig)
            assert c["status"] == "value"
    assert cells[("101", 2022, "kf09")]["status"] == "true_zero"
    kf10 = cells[("101", 2022, "kf10")]
    assert (kf10["value"], kf10["status"], kf10["reason"]) == ("", "missing", "incomplete_followup")
    # a municipality without persons has no denominator: missing, never 0
    other = cells[("730", 2022, "kf01")]
    assert (other["value"], other["status"], other["reason"]) == ("", "missing", "zero_denominator")
    # the file reads back into the same panel through the library
    assert rorkit.Panel.from_csv(str(out)).cell("101", 2022, "kf01").value == 2500


def test_compute_suppresses_small_cells_by_default(run, tmp_path):
    r, out = compute(run, tmp_path, threshold="5")
    assert r.code == 0, r.err
    c = rows_of(out)[("101", 2022, "kf01")]
    # numerator 2 < 5: withheld, and the number is gone from the file
    assert (c["value"], c["numerator"], c["denominator"], c["status"], c["reason"]) == (
        "", "", "", "suppressed", "small_numerator")
    assert "suppressed" in r.out


@pytest.mark.parametrize("table,text,message", [
    ("spells", SPELLS.replace("2021-01-01;2022-06-30", "2022-07-01;2022-06-30"),
     "spells.csv: line 3, column end: the spell ends (2022-06-30, day 19173) before it starts (2022-07-01, day 19174)"),
    ("persons", PERSONS.replace("3;101;1980", "3;999;1980"),
     "persons.csv: line 4, column municipality: municipality code 999 is not one of the 98 municipalities"),
    ("persons", PERSONS.replace("5;101;1980", "2;101;1980"),
     "persons.csv: line 6, column id: id 2 is a duplicate (also on line 3)"),
    ("persons", PERSONS.replace("2;101;1980;4", "2;101;1980;16"),
     "persons.csv: line 3, column status_2022: status 16 (year 2022) has bits other than 1, 2, 4, 8"),
    ("persons", PERSONS.replace("2;101;1980", "2;101;19x0"),
     'persons.csv: line 3, column 7 (birth_year): "19x0" is not a whole number'),
    ("persons", PERSONS.replace("2;101;1980;4", "2;101;1980;4;7"),
     "persons.csv: line 3, column 14: 5 fields where the header has 4"),
    ("spells", SPELLS.replace("2022-03-01", "2022-02-30"),
     'spells.csv: line 2, column 9 (start): "2022-02-30" is not a date YYYY-MM-DD'),
    ("spells", SPELLS.replace("1;101;3;", "1;101;300;"),
     "spells.csv: line 2, column 7 (basis): 300 is outside -128..127"),
    ("spells", SPELLS.replace("1;101;3;", "1;101;12;"),
     "spells.csv: line 2, column basis: legal-basis code 12 is outside 1-9"),
    ("persons", PERSONS.replace("status_2022", "statis_2022"),
     'persons.csv: line 1, column 28: unknown column "statis_2022"'),
    ("spells", SPELLS.replace(";end\n", "\n"),
     "spells.csv: line 1, column 1: the column end is missing"),
])
def test_compute_bad_input_names_file_line_and_column(run, tmp_path, table, text, message):
    r, out = compute(run, tmp_path, **{table: text})
    assert r.code == 3
    assert message in r.err
    assert not out.exists()


def test_compute_missing_file_and_usage(run, tmp_path):
    r = run("keyfig", "compute", "--persons", str(tmp_path / "nope.csv"), "--spells", "x", "--out", "o.csv")
    assert r.code == 3 and f"cannot read {tmp_path / 'nope.csv'}" in r.err
    r = run("keyfig", "compute", "--persons", "p.csv", "--spells", "s.csv")  # no --out
    assert r.code == 2 and "--out" in r.err


def test_import_statbank_csv(run, source_dir, tmp_path):
    path = source_dir / "tests" / "data" / "statbank" / "folk1a_codes.csv"
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    out = tmp_path / "population.csv"
    r = run("keyfig", "import", str(path), "--out", str(out))
    assert r.code == 0, r.err
    areas = {a for a, _, _ in rows}
    missing = [r for r in rows if r[2] in ("..", ".", "-", "x", "X", "")]  # StatBank's tokens
    assert missing  # the fixture has one, and it must not become 0
    assert (f"{len(rows)} row(s), {len(missing)} missing, {len(areas)} area(s); "
            "columns: OMRÅDE TID INDHOLD") in r.out
    panel = rorkit.Panel.from_csv(str(out))
    assert panel.figures == ["folk1a_codes"]  # the file name, without .csv
    for area, year, value in rows:
        cell = panel.cell(area, int(year), "folk1a_codes")
        if [area, year, value] in missing:
            assert (cell.status, cell.reason) == (rorkit.CellStatus.missing, rorkit.CellReason.source_missing)
        else:
            assert cell.value == float(value)


def test_import_errors(run, source_dir):
    data = source_dir / "tests" / "data" / "statbank"
    r = run("keyfig", "import", str(data / "err_unknown_area.csv"))
    assert r.code == 3
    assert 'err_unknown_area.csv: line 3, column 1: OMRÅDE "999" is not a known area code or label' in r.err
    r = run("keyfig", "import", str(data / "folk1a_sex.csv"))  # KØN needs a selection
    assert r.code == 3 and "KØN" in r.err


@pytest.fixture(scope="module")
def synth_dir(run, tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    r = run("keyfig", "synth", "--persons", "20000", "--years", "3", "--first-year", "2021", "--seed", "7",
            "--out", str(out))
    assert r.code == 0, r.err
    assert r.out.startswith("SYNTHETIC microdata in")
    return out


def test_synth_writes_labelled_deterministic_files(run, synth_dir, tmp_path):
    assert (synth_dir / "README.txt").read_text(encoding="utf-8").startswith("SYNTHETIC DATA")
    header = (synth_dir / "persons.csv").read_text(encoding="utf-8").splitlines()
    assert header[0] == "id;municipality;birth_year;status_2021;status_2022;status_2023"
    assert len(header) == 1 + 20000
    again = tmp_path / "again"
    assert run("keyfig", "synth", "--persons", "20000", "--years", "3", "--first-year", "2021", "--seed", "7",
               "--out", str(again)).code == 0
    for name in ("persons", "spells", "admissions", "surveys"):
        assert (again / f"{name}.csv").read_bytes() == (synth_dir / f"{name}.csv").read_bytes()


def test_synth_compute_equals_the_in_memory_engine(run, synth_dir, tmp_path):
    out = tmp_path / "panel.csv"
    d = synth_dir
    r = run("keyfig", "compute", "--persons", str(d / "persons.csv"), "--spells", str(d / "spells.csv"),
            "--admissions", str(d / "admissions.csv"), "--surveys", str(d / "surveys.csv"), "--out", str(out))
    assert r.code == 0, r.err
    # Second method: the same generator and engine in memory, no CSV in between.
    expected = rorkit.synthetic_aggregates(persons=20000, years=3, seed=7, first_year=2021).to_panel()
    expected.suppress(threshold=5)
    assert rorkit.Panel.from_csv(str(out)) == expected


def test_report_from_panel(run, synth_dir, tmp_path):
    panel = tmp_path / "panel.csv"
    d = synth_dir
    assert run("keyfig", "compute", "--persons", str(d / "persons.csv"), "--spells", str(d / "spells.csv"),
               "--out", str(panel)).code == 0
    html = tmp_path / "report.html"
    r = run("keyfig", "report", "--municipality", "Randers", "--panel", str(panel), "--out", str(html))
    assert r.code == 0, r.err
    text = html.read_text(encoding="utf-8")
    assert r.out == f"wrote {html} ({len(text.encode('utf-8'))} bytes) for Randers\n"
    assert text.startswith("<!DOCTYPE html>")
    assert "Randers" in text and "730" in text
    assert "<script" not in text and "http://" not in text and "https://" not in text
    # unknown municipality: NOT_FOUND, exit 3
    r = run("keyfig", "report", "--municipality", "999", "--panel", str(panel), "--out", str(html))
    assert r.code == 3 and "999" in r.err and "[not found]" in r.err.lower()
