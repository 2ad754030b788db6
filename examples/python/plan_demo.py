"""A citizen plan from Python: read the synthetic plan document, look at it as pandas frames,
validate and audit it, record a follow-up, and query a caseload. The person is synthetic."""

import datetime as dt
import sys
from pathlib import Path

import rorkit

path = Path(sys.argv[1]) if len(sys.argv) > 1 else \
    Path(__file__).resolve().parents[1] / "data" / "plan-randers-0042.json"
plan = rorkit.Plan.from_json(path.read_text(encoding="utf-8"))
print(f"Plan {plan.id}: {len(plan.goals)} goals, {len(plan.actions)} actions, "
      f"{len(plan.history)} events")

for a in plan.aspirations:
    print(f"  {a.kind.name}: {a.text}")

on = dt.date(2026, 4, 20)
findings = plan.validate(on=on)
print(rorkit.findings_frame(findings)[["severity", "code"]].to_string(index=False))

audit = plan.audit(on)
print(f"Audit: {audit.points} of 16 points")

follow_up = rorkit.FollowUp(
    id="f2", date=dt.date(2026, 7, 14), result=rorkit.FollowUpResult.continue_,
    citizen_view="Jeg spiser nu hos Lene hver onsdag og med holdet i klubben om lørdagen.",
    assessments=[rorkit.GoalAssessment(goal_id="g2", value=2.0)])
plan.record_followup(follow_up, by="Jonas (bostøtte)", at="2026-07-14T13:00:00Z")
print("Goal g2 is now", plan.achievement("g2").name)
print("Next follow-up of the plan:", plan.next_followup_due())

caseload = rorkit.Caseload()
caseload.add(plan)
frame = rorkit.due_frame(caseload, dt.date(2026, 7, 1), dt.date(2026, 12, 31))
print(frame.to_string(index=False))
