"""`rorkit course plan|status|validate|temperature`.

Dates worked out by hand (see test_course_plan.py): autumn 2026 is 2026-08-10..2026-12-19 with
95 working days and meeting slots Mon 2026-08-31, Wed 2026-10-14, Fri 2026-11-27; spring 2027
is 2027-01-04..2027-07-02 (125) with slots 2027-02-01, 2027-04-05, 2027-06-04; autumn 2027 is
2027-08-16..2027-12-19 (90) with slots 2027-09-06, 2027-10-18, 2027-11-29.

Without a course document `course plan` sketches the two groups every course has: Fase 1 has a
joint start and two more meetings per group (5), Fase 2 a joint kick-off and two more each (5),
Fase 3 three each (6): 16 meetings.
"""

from __future__ import annotations

import json
import pathlib

import pytest

FIXTURE = str(pathlib.Path(__file__).resolve().parents[1] / "data" / "courses" / "randers-2026.json")


def test_plan_sketch_for_a_municipality(run):
    r = run("course", "plan", "--municipality", "730", "--start", "2026-08-10")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == "Course sketch-730 for Randers (730), requested start 2026-08-10"
    assert "Registration (Fase 0): not approved" in lines
    assert ("  1. whole social psychiatry: not met - criterion 1: strategic leadership, myndighed "
            "and tilbud are not covered") in lines
    assert "  Fase 1 Forberede  autumn 2026  2026-08-10 .. 2026-12-19  95 working days" in lines
    assert "  Fase 2 Udvikle    spring 2027  2027-01-04 .. 2027-07-02  125 working days" in lines
    assert "  Fase 3 Forankre   autumn 2027  2027-08-16 .. 2027-12-19  90 working days" in lines
    assert "Meetings (16):" in lines
    meeting_lines = [ln for ln in lines if ln.startswith("  20")]
    assert meeting_lines[0].split()[:4] == ["2026-08-31", "Mon", "09:00-11:00", "f1-joint-start"]
    assert [ln.split()[0] for ln in meeting_lines if "styregruppe-" in ln] == [
        "2026-10-14", "2026-11-27", "2027-04-05", "2027-06-04",
        "2027-09-06", "2027-10-18", "2027-11-29"]
    assert not any(ln.startswith("warning:") for ln in lines)


def test_plan_sketch_json_by_municipality_name(run):
    r = run("course", "plan", "--municipality", "Randers", "--start", "2026-08-10", "--json")
    assert r.code == 0, r.err
    j = json.loads(r.out)
    assert (j["municipality"], j["planned"]) == (730, False)
    assert j["registration"]["approved"] is False
    assert [(p["phase"], p["first"], p["last"], p["working_days"]) for p in j["phases"]] == [
        ("forberede", "2026-08-10", "2026-12-19", 95), ("udvikle", "2027-01-04", "2027-07-02", 125),
        ("forankre", "2027-08-16", "2027-12-19", 90)]
    kickoff = next(m for m in j["meetings"] if m["kind"] == "joint-kickoff")
    assert (kickoff["id"], kickoff["date"]) == ("f2-joint-kickoff", "2027-02-01")


def test_plan_start_in_the_summer_break_warns(run):
    r = run("course", "plan", "--municipality", "730", "--start", "2026-07-15")
    assert r.code == 0, r.err
    assert ("warning: the requested start 2026-07-15 falls in the summer break 2026 "
            "(2026-06-27..2026-08-09)") in r.out


def test_plan_writes_ics(run, tmp_path):
    ics = tmp_path / "course.ics"
    r = run("course", "plan", "--municipality", "730", "--start", "2026-08-10", "--ics", str(ics),
            "--dtstamp", "20260101T000000Z")
    assert r.code == 0, r.err
    text = ics.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 16
    assert "UID:sketch-730-meeting-f1-joint-start@rorkit" in text.replace("\r\n ", "")


def test_plan_a_course_document(run, tmp_path):
    out = tmp_path / "planned.json"
    r = run("course", "plan", FIXTURE, "--start", "2026-08-10", "--out", str(out))
    assert r.code == 0, r.err
    assert "Registration (Fase 0): approved" in r.out
    assert "Meetings (32):" in r.out and "Activities (13):" in r.out
    assert "  2026-12-18  f1-communication-plan" in r.out
    assert ("warning: the course already had 32 meeting(s) and 11 activity(ies); the plan "
            "replaces them") in r.out
    # the written document reads back: on 2026-09-01 the three meetings of 2026-08-31 (the joint
    # start and the two local groups' first) are past and not marked held
    s = json.loads(run("course", "status", str(out), "--on", "2026-09-01", "--json").out)
    assert s["meetings"] == {"held": 0, "planned": 29, "missed": 3}


def test_plan_refuses_an_unapproved_registration(run, tmp_path):
    doc = json.loads(pathlib.Path(FIXTURE).read_text(encoding="utf-8"))
    doc["registration"]["covers_tilbud"] = False
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("course", "plan", str(bad))
    assert r.code == 1
    assert "  1. whole social psychiatry: not met - criterion 1: tilbud is not covered" in r.out
    assert r.out.splitlines()[-1] == (
        "not planned: course randers-2026: the registration is not approved: criterion 1 (whole "
        "social psychiatry): tilbud is not covered [registration criterion not met]")
    r = run("course", "plan", str(bad), "--json")
    assert r.code == 1
    j = json.loads(r.out)
    assert (j["planned"], j["registration"]["approved"], j["phases"], j["meetings"]) == (
        False, False, [], [])
    assert j["errors"] == ["course randers-2026: the registration is not approved: criterion 1 "
                           "(whole social psychiatry): tilbud is not covered"]


@pytest.mark.parametrize("args, code, text", [
    (["--municipality", "9999", "--start", "2026-08-10"], 3, "9999"),
    (["--municipality", "730", "--start", "2026-02-30"], 3, "2026-02-30"),
    (["--municipality", "730"], 2, "--municipality and --start"),
    ([FIXTURE, "--municipality", "751"], 2, "not the course's (730)"),
])
def test_plan_bad_input(run, args, code, text):
    r = run("course", "plan", *args)
    assert r.code == code
    assert text in r.err and r.out == ""


def test_status_text_and_json(run):
    r = run("course", "status", FIXTURE, "--on", "2027-12-11")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == "Status for udviklingsforløbet randers-2026 pr. 11. december 2027"
    assert lines[1] == "Fase: Fase 3 Forankre (16. august 2027 – 19. december 2027)."
    j = json.loads(run("course", "status", FIXTURE, "--on", "2027-12-11", "--json").out)
    assert j["activities"]["overdue"] == ["a-proevehandlinger-3", "a-forankringsplan"]
    assert j["meetings"] == {"held": 24, "planned": 0, "missed": 8}


def test_status_needs_a_date(run):
    assert run("course", "status", FIXTURE).code == 2


def test_validate(run, tmp_path):
    r = run("course", "validate", FIXTURE)
    assert r.code == 0, r.err
    assert r.out.splitlines()[-1].startswith("course randers-2026: 0 error(s)")
    assert r.out.splitlines()[-1].endswith(": valid")
    doc = json.loads(pathlib.Path(FIXTURE).read_text(encoding="utf-8"))
    doc["organisation"]["groups"][0]["political_mandate"] = False
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("course", "validate", str(bad))
    assert r.code == 1
    assert "steering-no-mandate" in r.out and r.out.splitlines()[-1].endswith(": invalid")
    doc["organisation"]["groups"][0]["member_ids"].append("p-ukendt")
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("course", "validate", str(bad))
    assert r.code == 1
    assert "/organisation/groups/0/member_ids/5" in r.out and "[dangling reference]" in r.out


def test_temperature_with_suppression(run):
    r = run("course", "temperature", FIXTURE, "--survey", "temp-baseline-2026")
    assert r.code == 0, r.err
    rows = [ln.split() for ln in r.out.splitlines()[1:]]
    assert ["strategic-direction", "all", "n=28", "2.04", "red"] in rows  # 57/28
    assert ["competences-methods", "all", "n=28", "4.64", "green"] in rows  # 130/28
    citizen = [row for row in rows if row[1] == "citizen"]
    assert len(citizen) == 9 and all(row[-1] == "suppressed" for row in citizen)
    j = json.loads(run("course", "temperature", FIXTURE, "--min-cell", "3", "--json").out)
    assert j["survey_id"] == "temp-opfoelgning-2027" and j["min_cell"] == 3
    assert run("course", "temperature", FIXTURE, "--survey", "nope").code == 3
