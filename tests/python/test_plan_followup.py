"""Plan queries: validation, SEL §148 follow-up dates (worked by hand on a 2026 wall calendar:
1 January 2026 is a Thursday), overdue goals/actions, achievement, the audit and FHIR export."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import rorkit
from test_plan_helpers import BY, Clock, new_plan, realistic_plan

D = dt.date


@pytest.fixture
def plan() -> rorkit.Plan:
    return realistic_plan()


def test_next_followup_six_months_on_moved_to_a_working_day():
    # 2026-01-15 + 6 months = Wednesday 2026-07-15, a working day.
    assert new_plan(D(2026, 1, 15)).next_followup_due() == D(2026, 7, 15)
    # 2025-12-05 + 6 months = Friday 2026-06-05, grundlovsdag: Monday 2026-06-08 ...
    p = new_plan(D(2025, 12, 5))
    assert p.next_followup_due() == D(2026, 6, 8)
    # ... unless customary days off count as working days.
    assert p.next_followup_due(customary_days_off=False) == D(2026, 6, 5)
    # 2025-10-06 + 6 months = Monday 2026-04-06, 2. påskedag: Tuesday 2026-04-07.
    assert new_plan(D(2025, 10, 6)).next_followup_due() == D(2026, 4, 7)
    # 2025-08-31 + 6 months is clamped to Saturday 2026-02-28: Monday 2026-03-02.
    assert new_plan(D(2025, 8, 31)).next_followup_due() == D(2026, 3, 2)


def test_followups_count_from_the_latest_and_stop_at_end(plan):
    clock = Clock(dt.datetime(2026, 7, 14, 8, 0, tzinfo=dt.timezone.utc))
    # opf-1 on 2026-04-15: plan level +6 months = Thursday 2026-10-15; the sub-goal's own
    # 3-month interval from its assessment at opf-1 = Wednesday 2026-07-15.
    assert plan.next_followup_due() == D(2026, 10, 15)
    assert plan.next_goal_followup_due("delmal-kaeden") == D(2026, 7, 15)
    assert plan.next_goal_followup_due("mal-sovn") is None  # no own interval
    with pytest.raises(rorkit.NotFoundError):
        plan.next_goal_followup_due("findes-ikke")
    assert plan.followups_due(D(2026, 1, 1), D(2026, 12, 31)) == plan.overdue_followups(D(2026, 11, 23))
    due = plan.followups_due(D(2026, 1, 1), D(2026, 12, 31))
    assert [(d.plan_id, d.goal_id, d.due) for d in due] == [
        ("plan-aarhus-0101", None, D(2026, 10, 15)),          # plan level first
        ("plan-aarhus-0101", "delmal-kaeden", D(2026, 7, 15)),  # then goals by id
    ]
    assert plan.followups_due(D(2026, 7, 16), D(2026, 10, 14)) == []
    assert plan.overdue_followups(D(2026, 7, 15)) == []
    plan.record_followup(rorkit.FollowUp("opf-2", D(2026, 7, 14), rorkit.FollowUpResult.change, by=BY,
                                         assessments=[rorkit.GoalAssessment("delmal-kaeden", 6)]),
                         by=BY, at=clock())
    # Thursday 2027-01-14; the sub-goal: Wednesday 2026-10-14.
    assert plan.next_followup_due() == D(2027, 1, 14)
    assert plan.next_goal_followup_due("delmal-kaeden") == D(2026, 10, 14)
    plan.set_followup_rule(3, by=BY, at=clock())
    assert plan.next_followup_due() == D(2026, 10, 14)
    plan.record_followup(rorkit.FollowUp("opf-3", D(2026, 9, 1), rorkit.FollowUpResult.end, by=BY),
                         by=BY, at=clock(days=60))
    assert plan.next_followup_due() is None


def test_overdue_goals_and_actions(plan):
    # delmal-kaeden is due 2026-06-30, mal-sovn 2026-09-30; ind-kaeden ends 2026-02-17.
    assert plan.overdue_goals(D(2026, 6, 30)) == []
    assert plan.overdue_goals(D(2026, 7, 1)) == ["delmal-kaeden"]
    assert sorted(plan.overdue_goals(D(2026, 10, 1))) == ["delmal-kaeden", "mal-sovn"]
    assert plan.overdue_actions(D(2026, 2, 17)) == []
    assert plan.overdue_actions(D(2026, 3, 1)) == ["ind-kaeden"]
    plan.transition_goal("delmal-kaeden", rorkit.GoalLifecycle.completed, by=BY, at="2026-11-01T00:00:00Z")
    assert plan.overdue_goals(D(2026, 7, 1)) == []


def test_achievement_worked_by_hand(plan):
    clock = Clock(dt.datetime(2026, 7, 14, 8, 0, tzinfo=dt.timezone.utc))
    # One assessment each, below target: in progress; no assessment and nothing recorded: too.
    assert [plan.achievement(g) for g in ("mal-vaerksted", "delmal-kaeden", "mal-sovn")] == \
        [rorkit.GoalAchievement.in_progress] * 3
    g = plan.find("goals", "mal-vaerksted")
    g.achievement = rorkit.GoalAchievement.improving  # what staff recorded
    plan.update_goal(g, by=BY, at=clock())
    assert plan.achievement("mal-vaerksted") == rorkit.GoalAchievement.improving
    # delmal-kaeden (at least 7): 5 -> 6 improving; mal-sovn (6-9 hours): 5.5 -> 7 achieved.
    plan.record_followup(rorkit.FollowUp("opf-2", D(2026, 7, 14), assessments=[
        rorkit.GoalAssessment("delmal-kaeden", 6), rorkit.GoalAssessment("mal-sovn", 7)]), by=BY, at=clock())
    assert plan.achievement("delmal-kaeden") == rorkit.GoalAchievement.improving
    assert plan.achievement("mal-sovn") == rorkit.GoalAchievement.achieved
    # 6 -> 7 reaches the target; 7 -> 8 stays in range: sustaining.
    plan.record_followup(rorkit.FollowUp("opf-3", D(2026, 10, 14), assessments=[
        rorkit.GoalAssessment("delmal-kaeden", 7), rorkit.GoalAssessment("mal-sovn", 8)]), by=BY, at=clock(days=90))
    assert plan.achievement("delmal-kaeden") == rorkit.GoalAchievement.achieved
    assert plan.achievement("mal-sovn") == rorkit.GoalAchievement.sustaining
    # 8 -> 4 leaves the range and moves away from it.
    plan.record_followup(rorkit.FollowUp("opf-4", D(2026, 11, 1), assessments=[
        rorkit.GoalAssessment("mal-sovn", 4)]), by=BY, at=clock(days=20))
    assert plan.achievement("mal-sovn") == rorkit.GoalAchievement.worsening
    with pytest.raises(rorkit.NotFoundError):
        plan.achievement("findes-ikke")


def test_validate(plan):
    findings = plan.validate()
    assert all(isinstance(f, rorkit.Finding) for f in findings)
    assert not any(f.severity == rorkit.Severity.error for f in findings)
    # mal-sovn is not in the citizen's own words.
    assert [(f.severity, f.code, f.path) for f in findings] == [
        (rorkit.Severity.warning, "goal-not-in-citizens-words", "/goals/2/citizens_words")]
    dated = plan.validate(on=D(2026, 11, 23))
    codes = [f.code for f in dated]
    assert codes.count("goal-overdue") == 2 and "action-overdue" in codes and "followup-overdue" in codes
    assert plan.validate(check_history=False) == findings
    fresh = new_plan().validate()
    errors = [f for f in fresh if f.severity == rorkit.Severity.error]
    assert errors and errors == fresh[:len(errors)]  # errors first
    assert {f.code for f in errors} >= {"s141-purpose-missing", "s141-aids-missing"}
    assert all(f.message for f in fresh)
    assert new_plan().missing_section141() == [
        "purpose", "needed_intervention", "expected_duration", "special.housing",
        "special.employment", "special.personal_help", "special.treatment", "special.aids"]
    assert json.loads(rorkit.findings_to_json(fresh))[0] == {
        "severity": fresh[0].severity.code, "code": fresh[0].code, "path": fresh[0].path,
        "message": fresh[0].message}


def test_audit_shape(plan):
    a = plan.audit(D(2026, 11, 23))
    assert isinstance(a, rorkit.Audit) and a.plan_id == plan.id
    assert [r.principle for r in a.principles] == list(rorkit.Principle.__members__.values())
    assert a.points == sum(int(r.verdict.value) for r in a.principles)
    assert 0 <= a.points <= 16
    for r in a.principles:
        assert isinstance(r.verdict, rorkit.Verdict)
        assert r.reasons and all(isinstance(s, str) and s for s in r.reasons)
    doc = json.loads(a.to_json())
    assert doc["plan_id"] == plan.id and doc["points"] == a.points
    assert [p["verdict"] for p in doc["principles"]] == [r.verdict.code for r in a.principles]
    assert [p["number"] for p in doc["principles"]] == list(range(1, 9))
    assert a == plan.audit(D(2026, 11, 23))
    # Hopes, wishes and dreams are recorded and every long-term goal traces to them.
    assert a.principles[0].verdict == rorkit.Verdict.yes
    # A stricter early-help window can only lower the verdict on principle 5.
    strict = plan.audit(D(2026, 11, 23), early_help_days=1)
    assert strict.principles[4].verdict.value <= a.principles[4].verdict.value
    assert repr(a) == f"Audit('{plan.id}', {a.points}/16 point)"


def test_fhir_export(plan):
    text = plan.to_fhir(timestamp="2026-03-01T12:00:00Z")
    bundle = json.loads(text)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    assert bundle["timestamp"] == "2026-03-01T12:00:00Z"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("CarePlan") == 1
    assert kinds.count("Goal") == len(plan.aspirations) + len(plan.goals)
    assert kinds.count("Task") == len(plan.actions)
    assert all(e["fullUrl"].startswith("urn:uuid:") for e in bundle["entry"])
    # Deterministic for a fixed timestamp; a datetime works too.
    assert plan.to_fhir(timestamp="2026-03-01T12:00:00Z") == text
    cet = dt.timezone(dt.timedelta(hours=1))
    assert plan.to_fhir(timestamp=dt.datetime(2026, 3, 1, 13, 0, tzinfo=cet)) == text
    assert "\n" in plan.to_fhir(timestamp="2026-03-01T12:00:00Z", pretty=True)
    based = json.loads(plan.to_fhir(timestamp="2026-03-01T12:00:00Z", base_url="https://fhir.example.dk/fhir"))
    assert based["entry"][0]["fullUrl"].startswith("https://fhir.example.dk/fhir/")
    assert json.loads(plan.to_fhir())["timestamp"].endswith("Z")  # default: now
    with pytest.raises(rorkit.InvalidDateError):
        plan.to_fhir(timestamp="1. marts 2026")
    with pytest.raises(rorkit.InvalidArgumentError):
        plan.to_fhir(base_url="ikke en url")


def test_fhir_cpr_only_on_request(plan):
    c = plan.citizen
    c.cpr = "170394-1234"
    plan.set_citizen(c, by=BY, at="2026-11-01T00:00:00Z")
    assert "1703941234" not in plan.to_fhir(timestamp="2026-03-01T12:00:00Z")
    assert "1703941234" in plan.to_fhir(include_cpr=True, timestamp="2026-03-01T12:00:00Z")
