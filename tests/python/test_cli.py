"""The `rorkit` command-line tool, run as a subprocess (RORKIT_CLI, set by ctest).

Exit codes: 0 ok, 2 usage error, 3 bad input or failed lookup ("rorkit: error: ... [status]" on
stderr).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess

import jsonschema
import pytest

import refcal
import rorkit




def test_version(run):
    r = run("--version")
    assert r.code == 0
    assert r.out.strip() == f"rorkit {rorkit.__version__}"
    expected = os.environ.get("RORKIT_EXPECTED_VERSION")
    if expected:
        assert r.out.strip() == f"rorkit {expected}"


def test_holidays_text(run):
    r = run("holidays", "2025")
    assert (r.code, r.err) == (0, "")
    lines = r.out.splitlines()
    # Exact lines: date, two spaces, the Danish name; customary days off are marked.
    assert "2025-04-18  Langfredag" in lines
    assert "2025-12-25  Juledag" in lines
    assert "2025-06-05  Grundlovsdag  (customary day off)" in lines
    assert "2025-12-31  Nytårsaftensdag  (customary day off)" in lines
    expected = [(d.isoformat(), hid) for d, hid, _ in refcal.holidays(2025)]
    assert [line[:10] for line in lines] == [d for d, _ in expected]
    api = rorkit.holidays(2025)
    assert [line[12:].replace("  (customary day off)", "") for line in lines] == [h.name_da for h in api]


HOLIDAYS_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["date", "id", "name_da", "name_en", "kind"],
        "additionalProperties": False,
        "properties": {
            "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "id": {"type": "string", "pattern": "^[a-z_]+$"},
            "name_da": {"type": "string", "minLength": 1},
            "name_en": {"type": "string", "minLength": 1},
            "kind": {"enum": ["public_holiday", "customary_day_off"]},
        },
    },
}


@pytest.mark.parametrize("year", ["1900", "2023", "2024", "2200"])
def test_holidays_json_matches_the_api(run, year):
    r = run("holidays", year, "--json")
    assert r.code == 0
    data = json.loads(r.out)
    jsonschema.validate(data, HOLIDAYS_SCHEMA)
    assert data == [{"date": h.date.isoformat(), "id": h.id, "name_da": h.name_da,
                     "name_en": h.name_en, "kind": h.kind.name} for h in rorkit.holidays(int(year))]
    assert [(dt.date.fromisoformat(x["date"]), x["id"], x["kind"]) for x in data] == \
        list(refcal.holidays(int(year)))


def test_municipality_before_the_merger(run):
    r = run("municipality", "hoeje-taastrup", "--on", "2026-06-01")
    assert (r.code, r.out, r.err) == (0, "169  Høje-Taastrup  Region Hovedstaden\n", "")


def test_municipality_after_the_merger(run):
    r = run("municipality", "hoeje-taastrup", "--on", "2027-01-01")
    assert (r.code, r.out) == (0, "169  Høje-Taastrup  Region Østdanmark\n")


def test_municipality_json(run):
    r = run("municipality", "Tønder", "--on", "2027-01-01", "--json")
    assert r.code == 0
    assert json.loads(r.out) == {"code": "550", "code4": "0550", "name": "Tønder",
                                 "region_code": 1083, "region": "Region Syddanmark"}


@pytest.mark.parametrize("region, on, count", [("1085", "2026-06-01", 17), ("Sjælland", "2026-06-01", 17),
                                               ("1086", "2027-01-01", 46), ("081", "2027-01-01", 11)])
def test_municipality_list_by_region(run, region, on, count):
    r = run("municipality", "--list", "--region", region, "--on", on)
    assert r.code == 0
    lines = r.out.splitlines()
    assert len(lines) == count
    expected = rorkit.municipalities(region, dt.date.fromisoformat(on))
    assert [line.split("  ")[0] for line in lines] == [m.code3 for m in expected]


def test_municipality_list_all_json(run):
    r = run("municipality", "--list", "--json", "--on", "2027-01-01")
    data = json.loads(r.out)
    assert len(data) == 98
    assert sum(x["region"] == "Region Østdanmark" for x in data) == 46


def test_regions(run):
    r = run("regions", "--on", "2027-01-01")
    assert r.code == 0
    assert r.out.splitlines() == ["1081  081  Region Nordjylland", "1082  082  Region Midtjylland",
                                  "1083  083  Region Syddanmark", "1086  086  Region Østdanmark"]
    assert len(run("regions", "--on", "2026-12-31").out.splitlines()) == 5


@pytest.mark.parametrize("query", ["Atlantis", "999", "Kxbenhavn", "411"])
def test_unknown_municipality(run, query):
    r = run("municipality", query)
    assert r.code == 3
    assert r.out == ""
    assert r.err.startswith("rorkit: error: ")
    assert query in r.err
    assert r.err.rstrip().endswith("[not found]")


@pytest.mark.parametrize("args, status, code", [
    (("holidays", "1899"), "year out of range", -101),
    (("holidays", "2201"), "year out of range", -101),
    (("calendar", "windows", "2201"), "year out of range", -101),
    (("calendar", "workdays", "2025-01-31", "2025-01-01"), "dates out of order", -102),
    (("calendar", "workdays", "2025-02-30", "2025-03-01"), "invalid date", -100),
    (("calendar", "add-workdays", "2025-13-01", "1"), "invalid date", -100),
    (("calendar", "add-workdays", "2200-12-30", "5"), "year out of range", -101),
    (("regions", "--on", "2027-13-01"), "invalid date", -100),
    (("calendar", "windows", "2026", "--municipality", "Atlantis"), "not found", -7),
])
def test_bad_input_exit_3(run, args, status, code):
    r = run(*args)
    assert r.code == 3
    assert r.out == ""
    assert r.err.startswith("rorkit: error: ")
    # The bracketed text is the C ABI's rorkit_status_str of the status.
    assert status == rorkit.status_str(code)
    assert r.err.rstrip().endswith(f"[{status}]")


@pytest.mark.parametrize("args", [
    (), ("holidays",), ("holidays", "abc"), ("holidays", "2025", "extra"), ("calendar",),
    ("calendar", "windows"), ("calendar", "workdays", "2025-01-01"),
    ("calendar", "add-workdays", "2025-01-01"), ("calendar", "add-workdays", "2025-01-01", "x"),
    ("no-such-command",), ("municipality", "--on"),
])
def test_usage_errors_exit_2(run, args):
    r = run(*args)
    assert r.code == 2
    assert r.out == ""
    assert r.err


def test_help_exits_0(run):
    r = run("--help")
    assert r.code == 0
    assert "holidays" in r.out and "municipality" in r.out and "calendar" in r.out


def _windows_2026():
    summer, christmas = refcal.default_summer_break(2026), refcal.default_christmas_break(2026)
    spring = (refcal.default_christmas_break(2025)[1] + refcal.ONE_DAY, summer[0] - refcal.ONE_DAY)
    autumn = (summer[1] + refcal.ONE_DAY, christmas[0] - refcal.ONE_DAY)
    return [(season, f, l, refcal.count_working_days(f, l))
            for season, (f, l) in (("spring", spring), ("autumn", autumn))]


def test_calendar_windows_text(run):
    r = run("calendar", "windows", "2026")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "Phase windows 2026 (default calendar)"
    assert lines[1:] == [f"{s}  {f.isoformat()} .. {l.isoformat()}  {n} working days"
                         for s, f, l, n in _windows_2026()]
    # i.e. spring 2026-01-04 .. 2026-06-26, autumn 2026-08-10 .. 2026-12-19


def test_calendar_windows_json(run):
    r = run("calendar", "windows", "2026", "--json")
    assert json.loads(r.out) == [
        {"year": 2026, "season": s, "first": f.isoformat(), "last": l.isoformat(), "working_days": n}
        for s, f, l, n in _windows_2026()]


def test_calendar_windows_for_a_municipality(run):
    r = run("calendar", "windows", "2026", "--municipality", "toender")
    assert r.code == 0
    assert r.out.splitlines()[0] == "Phase windows 2026 (550 Tønder)"


def test_calendar_breaks_json(run):
    r = run("calendar", "breaks", "2026", "--json")
    assert json.loads(r.out) == [
        {"kind": "summer", "year": 2026, "first": "2026-06-27", "last": "2026-08-09", "overridden": False},
        {"kind": "christmas", "year": 2026, "first": "2026-12-20", "last": "2027-01-03", "overridden": False},
    ]
    assert (dt.date(2026, 6, 27), dt.date(2026, 8, 9)) == refcal.default_summer_break(2026)


def test_calendar_workdays(run):
    # January 2025 by hand: 23 weekdays minus nytårsdag (Wednesday) = 22.
    r = run("calendar", "workdays", "2025-01-01", "2025-01-31")
    assert (r.code, r.out) == (0, "22\n")
    # December 2025: 19, or 21 when juleaftensdag and nytårsaftensdag (both Wednesdays) are working.
    assert run("calendar", "workdays", "2025-12-01", "2025-12-31").out == "19\n"
    assert run("calendar", "workdays", "2025-12-01", "2025-12-31",
               "--customary-days-are-working").out == "21\n"


@pytest.mark.parametrize("date, n, expected", [
    ("2025-12-23", "1", "2025-12-29"),   # 24-28 Dec are off
    ("2025-12-23", "-3", "2025-12-18"),  # Mon 22, Fri 19, Thu 18
    ("2025-12-27", "0", "2025-12-27"),   # n = 0: the date itself
    ("2025-04-16", "1", "2025-04-22"),   # over Easter 2025
])
def test_calendar_add_workdays(run, date, n, expected):
    r = run("calendar", "add-workdays", date, n)
    assert (r.code, r.out) == (0, expected + "\n")
    assert rorkit.add_working_days(date, int(n)).isoformat() == expected


def test_add_workdays_customary_flag(run):
    r = run("calendar", "add-workdays", "2025-12-23", "1", "--customary-days-are-working")
    assert r.out == "2025-12-24\n"


def test_municipality_without_query_is_a_usage_error(run):
    assert run("municipality").code == 2


def test_failed_command_prints_nothing_on_stdout(run):
    r = run("municipality", "101", "--on", "2006-01-01")
    assert r.code == 3
    assert "[out of range]" in r.err
    assert r.out == ""


def test_region_without_list_is_a_usage_error(run):
    r = run("municipality", "101", "--region", "1085")
    assert r.code == 2
    assert r.out == ""


def test_windows_with_a_municipal_summer_break(run):
    # Tønder's summer break 2025 ran 30 Jun - 8 Aug (DOMAIN.md §5, toender.dk), so its autumn
    # window starts Saturday 9 Aug instead of the default Monday 11 Aug; Aug 9-10 is a weekend,
    # so the working-day count equals the default window's.
    r = run("calendar", "windows", "2025", "--municipality", "Tønder",
            "--summer", "2025-06-30..2025-08-08", "--json")
    assert r.code == 0
    autumn = [w for w in json.loads(r.out) if w["season"] == "autumn"][0]
    assert (autumn["first"], autumn["last"]) == ("2025-08-09", "2025-12-19")
    default = rorkit.Calendar().phase_windows(2025)[1]
    assert autumn["working_days"] == default.working_days
    spring = [w for w in json.loads(r.out) if w["season"] == "spring"][0]
    assert spring["last"] == "2025-06-29"


def test_break_override_needs_a_municipality(run):
    r = run("calendar", "breaks", "2025", "--summer", "2025-06-30..2025-08-08")
    assert (r.code, r.out) == (3, "")
    assert "--municipality" in r.err


def test_break_override_that_cannot_be_right_is_refused(run):
    r = run("calendar", "breaks", "2025", "--municipality", "550", "--summer", "2025-10-01..2025-10-20")
    assert (r.code, r.out) == (3, "")
    assert "[invalid school break]" in r.err
