"""`rorkit plan validate|audit|fhir|due|review` on the synthetic example plan
(examples/data/plan-randers-0042.json, written by examples/cpp/plan.cpp).

Hand-checked facts about that plan: created 2026-01-12; last follow-up 2026-04-14, so the plan's
next follow-up is six months on, Wednesday 2026-10-14; goal g2 has a 3-month interval from its
assessment on 2026-04-14, so Tuesday 2026-07-14.
"""

from __future__ import annotations

import json
import shutil

import pytest




@pytest.fixture(scope="module")
def plan_file(source_dir):
    return str(source_dir / "examples" / "data" / "plan-randers-0042.json")


def test_validate_valid_plan(run, plan_file):
    r = run("plan", "validate", plan_file, "--on", "2026-04-20")
    assert r.code == 0
    assert r.out.strip().endswith("0 error(s), 0 warning(s) on 2026-04-20: valid")


def test_validate_reports_overdue_follow_up_as_a_warning(run, plan_file):
    # On 2026-10-15 the follow-up due 2026-10-14 is overdue: a warning, still valid.
    r = run("plan", "validate", plan_file, "--on", "2026-10-15", "--json")
    assert r.code == 0
    codes = [f["code"] for f in json.loads(r.out)]
    assert "followup-overdue" in codes


def test_validate_invalid_plan_exits_1_with_findings(run, plan_file, tmp_path):
    doc = json.loads(open(plan_file, encoding="utf-8").read())
    doc["section141"]["purpose"] = ""
    doc.pop("history")  # the state no longer matches a history, so leave it out
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("plan", "validate", str(bad), "--on", "2026-04-20")
    assert r.code == 1
    assert "s141-purpose-missing" in r.out
    assert "invalid" in r.out.splitlines()[-1]


def test_validate_unreadable_document_exits_1_with_line_and_column(run, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "rorkit-plan",\n  "id": }', encoding="utf-8")
    r = run("plan", "validate", str(bad))
    assert r.code == 1
    assert "line 2, column" in r.out


def test_validate_missing_file_is_an_input_error(run, tmp_path):
    r = run("plan", "validate", str(tmp_path / "nope.json"))
    assert (r.code, r.out) == (3, "")
    assert "[I/O error]" in r.err


def test_audit_json(run, plan_file):
    r = run("plan", "audit", plan_file, "--on", "2026-04-20", "--json")
    assert r.code == 0
    audit = json.loads(r.out)
    assert audit["plan_id"] == "randers-2026-0042"
    assert [p["number"] for p in audit["principles"]] == list(range(1, 9))
    assert audit["points"] == sum({"yes": 2, "partly": 1, "no": 0}[p["verdict"]]
                                  for p in audit["principles"])
    assert audit["principles"][0]["name_da"] == "Tag udgangspunkt i borgernes håb, ønsker og drømme"


def test_fhir_bundle(run, plan_file):
    r = run("plan", "fhir", plan_file, "--timestamp", "2026-04-20T10:00:00Z")
    assert r.code == 0
    bundle = json.loads(r.out)
    assert bundle["resourceType"] == "Bundle"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("CarePlan") == 1
    assert "0000000000" not in r.out  # no CPR in this synthetic plan, and none invented
    again = run("plan", "fhir", plan_file, "--timestamp", "2026-04-20T10:00:00Z")
    assert again.out == r.out  # deterministic for a fixed timestamp


def test_due_over_a_directory_and_jsonl(run, plan_file, tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    shutil.copy(plan_file, d / "one.json")
    r = run("plan", "due", str(d), "--from", "2026-07-01", "--to", "2026-12-31", "--json")
    assert r.code == 0
    assert json.loads(r.out) == [
        {"plan_id": "randers-2026-0042", "goal_id": "g2", "due": "2026-07-14"},
        {"plan_id": "randers-2026-0042", "goal_id": "", "due": "2026-10-14"},
    ]
    jsonl = tmp_path / "plans.jsonl"
    compact = json.dumps(json.loads(open(plan_file, encoding="utf-8").read()), ensure_ascii=False)
    jsonl.write_text(compact + "\n", encoding="utf-8")
    r2 = run("plan", "due", str(jsonl), "--from", "2026-07-15", "--to", "2026-10-13")
    assert r2.code == 0
    assert r2.out.strip() == "0 follow-up(s) due 2026-07-15 .. 2026-10-13 in 1 plan(s)"
    r3 = run("plan", "due", str(jsonl), "--from", "2026-12-01", "--to", "2026-07-01")
    assert r3.code == 3 and "[dates out of order]" in r3.err


def test_due_names_the_bad_file(run, tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    (d / "a.json").write_text("[]", encoding="utf-8")
    r = run("plan", "due", str(d), "--from", "2026-01-01", "--to", "2026-12-31")
    assert r.code == 3
    assert "a.json" in r.err


def test_review(run, plan_file, tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    shutil.copy(plan_file, d / "one.json")
    r = run("plan", "review", str(d), "--on", "2026-04-20", "--json")
    assert r.code == 0
    review = json.loads(r.out)
    assert review["plan_ids"] == ["randers-2026-0042"]
    assert len(review["tally"]) == 8
