"""Caseload queries against a brute-force loop over the plans, numpy columns, pandas frames and
the Fase 1 case review."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

import rorkit
from test_plan_helpers import BY, Clock, new_plan, realistic_plan

D = dt.date
OPEN = {rorkit.ActionStatus.planned, rorkit.ActionStatus.active, rorkit.ActionStatus.on_hold}
JONAS = "Jonas Kjær (sagsbehandler)"


def make_plans() -> list[rorkit.Plan]:
    plans = []
    for i in range(12):  # full plans created between 2025-09-01 and 2026-01-15
        created = D(2025, 9, 1) + dt.timedelta(days=12 * i)
        p = realistic_plan(plan_id=f"plan-full-{i:02d}", created=created)
        clock = Clock(dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.timezone.utc))
        if i % 3 == 0:
            p.set_followup_rule(3, by=BY, at=clock())
        if i % 4 == 1:
            p.add_action(rorkit.Action(
                f"ind-jonas-{i}", "Opfølgning på jobafklaring med jobcentret.",
                rorkit.Party(rorkit.PartyKind.staff, JONAS), rorkit.LegalBasis.sel_85,
                end=None if i % 8 == 1 else D(2026, 3, 1) + dt.timedelta(days=i),
                goal_ids=["mal-vaerksted"]), by=BY, at=clock())
        if i % 5 == 2:
            p.record_followup(rorkit.FollowUp("opf-slut", D(2026, 4, 30), rorkit.FollowUpResult.end, by=BY),
                              by=BY, at=clock())
        plans.append(p)
    for i in range(10):  # bare plans: only the plan-level follow-up, §141 missing
        created = D(2025, 12, 5) if i == 0 else D(2025, 7, 1) + dt.timedelta(days=29 * i)
        plans.append(new_plan(created, plan_id=f"plan-ny-{i:02d}"))
    return plans


@pytest.fixture(scope="module")
def plans() -> list[rorkit.Plan]:
    return make_plans()


@pytest.fixture(scope="module")
def caseload(plans) -> rorkit.Caseload:
    return rorkit.Caseload(plans=plans)


def none_first(goal_id):
    return (goal_id is not None, goal_id or "")


def brute_due(plans, first, last, customary=True):
    rows = [(d.plan_id, d.goal_id, d.due) for p in plans
            for d in p.followups_due(first, last, customary_days_off=customary)]
    return sorted(rows, key=lambda r: (r[2], r[0], none_first(r[1])))


def test_membership(plans, caseload):
    assert len(caseload) == len(plans) == 22
    assert caseload.plan_ids == [p.id for p in plans]
    assert "plan-ny-03" in caseload and "plan-findes-ikke" not in caseload
    assert caseload.get("plan-full-04") == plans[4] and caseload.get("nej") is None
    assert list(caseload) == plans == caseload.plans
    assert caseload.customary_days_off and repr(caseload) == "Caseload(22 planer)"


def test_add_replace_remove(plans):
    c = rorkit.Caseload()
    for p in plans[:3]:
        c.add(p)
    with pytest.raises(rorkit.DuplicateError):
        c.add(plans[0])
    with pytest.raises(rorkit.NotFoundError):
        c.replace(plans[5])
    changed = plans[1].copy()
    changed.set_followup_rule(2, by=BY, at="2026-11-01T00:00:00Z")
    c.replace(changed)
    assert c.get(changed.id) == changed and c.get(changed.id) != plans[1]
    assert c.remove(plans[0].id) and not c.remove(plans[0].id)
    assert len(c) == 2 and plans[0].id not in c
    with pytest.raises(rorkit.DuplicateError):
        rorkit.Caseload(plans=[plans[0], plans[0]])


def test_jsonl_all_or_nothing(plans):
    text = "\n".join(p.to_json() for p in plans[:4])
    c = rorkit.Caseload.from_jsonl(text)
    assert c.plans == plans[:4]
    assert c.add_jsonl(plans[4].to_json() + "\n" + plans[5].to_json()) == 2
    with pytest.raises(rorkit.DuplicateError):
        c.add_jsonl(plans[6].to_json() + "\n" + plans[0].to_json())
    assert len(c) == 6 and plans[6].id not in c  # nothing added
    with pytest.raises(rorkit.ParseError):
        c.add_jsonl(plans[7].to_json() + "\n{")
    assert len(c) == 6


@pytest.mark.parametrize("first, last", [
    (D(2026, 1, 1), D(2026, 12, 31)), (D(2026, 3, 1), D(2026, 3, 31)), (D(2026, 6, 8), D(2026, 6, 8)),
    (D(2020, 1, 1), D(2030, 1, 1)), (D(2026, 5, 1), D(2026, 4, 1))])
def test_followups_due_equals_brute_force(plans, caseload, first, last):
    got = [(d.plan_id, d.goal_id, d.due) for d in caseload.followups_due(first, last)]
    assert got == brute_due(plans, first, last)
    if last >= first and (last - first).days > 300:
        assert got and any(g is None for _, g, _ in got) and any(g is not None for _, g, _ in got)


def test_customary_days_off_rule(plans):
    # plan-ny-00 was created 2025-12-05: due 2026-06-05 (grundlovsdag) or moved to 2026-06-08.
    strict = rorkit.Caseload(customary_days_off=False, plans=plans)
    assert not strict.customary_days_off
    window = (D(2026, 6, 1), D(2026, 6, 12))
    assert ("plan-ny-00", None, D(2026, 6, 5)) in [(d.plan_id, d.goal_id, d.due) for d in strict.followups_due(*window)]
    assert [(d.plan_id, d.goal_id, d.due) for d in strict.followups_due(*window)] == \
        brute_due(plans, *window, customary=False)
    default = rorkit.Caseload(plans=plans)
    assert ("plan-ny-00", None, D(2026, 6, 8)) in [(d.plan_id, d.goal_id, d.due) for d in default.followups_due(*window)]


@pytest.mark.parametrize("on", [D(2025, 12, 1), D(2026, 4, 1), D(2026, 7, 1), D(2026, 11, 23)])
def test_overdue_queries_equal_brute_force(plans, caseload, on):
    due = sorted(((d.plan_id, d.goal_id, d.due) for p in plans for d in p.overdue_followups(on)),
                 key=lambda r: (r[2], r[0], none_first(r[1])))
    assert [(d.plan_id, d.goal_id, d.due) for d in caseload.overdue_followups(on)] == due
    goals = sorted((p.find("goals", g).due, p.id, g) for p in plans for g in p.overdue_goals(on))
    assert [(o.due, o.plan_id, o.id) for o in caseload.overdue_goals(on)] == goals
    actions = sorted((p.find("actions", a).end, p.id, a) for p in plans for a in p.overdue_actions(on))
    assert [(o.due, o.plan_id, o.id) for o in caseload.overdue_actions(on)] == actions
    overdue = json.loads(rorkit.overdue_to_json(caseload.overdue_goals(on), caseload.overdue_actions(on)))
    assert len(overdue["goals"]) == len(goals) and len(overdue["actions"]) == len(actions)


def test_missing_section141_equals_brute_force(plans, caseload):
    expected = sorted((p.id, p.missing_section141()) for p in plans if p.missing_section141())
    got = [(m.plan_id, m.missing) for m in caseload.missing_section141()]
    assert got == expected and len(got) == 10
    assert json.loads(rorkit.missing141_to_json(caseload.missing_section141()))[0]["plan_id"] == got[0][0]


@pytest.mark.parametrize("kind, name", [
    (rorkit.PartyKind.staff, None), ("staff", JONAS), (rorkit.PartyKind.staff, BY),
    (rorkit.PartyKind.civil_society, None), (rorkit.PartyKind.network_member, "net-line"),
    (rorkit.PartyKind.citizen, None), (rorkit.PartyKind.staff, "Ingen")])
def test_worklist_equals_brute_force(plans, caseload, kind, name):
    k = kind if isinstance(kind, rorkit.PartyKind) else rorkit.PartyKind.from_code(kind)
    rows = []
    for p in plans:
        for a in p.actions:
            r = a.responsible
            if a.status in OPEN and r.kind == k and (not name or name in (r.name, r.network_member_id)):
                rows.append((a.end is None, a.end or D.min, p.id, a.id, a.text, a.status))
    expected = [(pid, aid, text, None if open_ended else end, status)
                for open_ended, end, pid, aid, text, status in sorted(rows, key=lambda r: r[:4])]
    got = [(w.plan_id, w.action_id, w.text, w.end, w.status) for w in caseload.worklist(kind, name)]
    assert got == expected
    assert len(json.loads(rorkit.worklist_to_json(caseload.worklist(kind, name)))) == len(got)


def test_worklist_rejects_unknown_kind(caseload):
    with pytest.raises(rorkit.InvalidArgumentError, match="staff"):
        caseload.worklist("personale")


def test_due_arrays(plans, caseload):
    first, last = D(2025, 1, 1), D(2027, 12, 31)
    arrays = caseload.followups_due_arrays(first, last)
    assert set(arrays) == {"plan_id", "goal_id", "due"}
    due = caseload.followups_due(first, last)
    n = len(due)
    assert n > 20
    assert arrays["plan_id"].dtype == np.dtype(object) and arrays["goal_id"].dtype == np.dtype(object)
    assert arrays["due"].dtype == np.dtype("datetime64[D]")
    assert all(a.shape == (n,) for a in arrays.values())
    assert arrays["plan_id"].tolist() == [d.plan_id for d in due]
    assert arrays["goal_id"].tolist() == [d.goal_id for d in due]
    assert arrays["due"].tolist() == [d.due for d in due]
    assert (np.diff(arrays["due"].astype("int64")) >= 0).all()
    # One str object per distinct id.
    ids = arrays["plan_id"]
    same = [i for i in range(1, n) if ids[i] == ids[0]]
    assert all(ids[i] is ids[0] for i in same)
    empty = caseload.followups_due_arrays(D(2026, 5, 1), D(2026, 4, 1))
    assert [a.shape for a in empty.values()] == [(0,)] * 3
    assert empty["due"].dtype == np.dtype("datetime64[D]")
    json_due = json.loads(rorkit.due_to_json(due))
    assert [row["plan_id"] for row in json_due] == arrays["plan_id"].tolist()


def test_review_recent_cases(plans, caseload):
    on = D(2026, 1, 1)
    review = rorkit.review_recent_cases(caseload, on, count=5, seed=7)
    assert isinstance(review, rorkit.CaseReview) and len(review) == 5
    eligible = sorted((p for p in plans if p.created <= on), key=lambda p: p.created, reverse=True)
    created = [caseload.get(pid).created for pid in review.plan_ids]
    assert created == sorted(created, reverse=True)
    assert created == [p.created for p in eligible[:5]]
    assert [a.plan_id for a in review.audits] == review.plan_ids
    for a in review.audits:
        assert a == caseload.get(a.plan_id).audit(on)
    assert [t.principle for t in review.tally] == list(rorkit.Principle.__members__.values())
    for i, t in enumerate(review.tally):
        assert t.yes + t.partly + t.no == 5
        assert t.yes == sum(a.principles[i].verdict == rorkit.Verdict.yes for a in review.audits)
    same = rorkit.review_recent_cases(caseload.plans, on, count=5, seed=7)
    assert same.plan_ids == review.plan_ids and same.audits == review.audits
    everything = rorkit.review_recent_cases(plans, D(2030, 1, 1), count=100)
    assert len(everything) == len(plans)
    doc = json.loads(review.to_json())
    assert doc["plan_ids"] == review.plan_ids and len(doc["tally"]) == 8


def test_pandas_frames(plans, caseload):
    pd = pytest.importorskip("pandas")
    first, last = D(2026, 1, 1), D(2026, 12, 31)
    frame = rorkit.due_frame(caseload, first, last)
    assert list(frame.columns) == ["plan_id", "goal_id", "due"]
    assert frame["due"].dtype == np.dtype("datetime64[ns]")
    due = caseload.followups_due(first, last)
    assert frame["plan_id"].tolist() == [d.plan_id for d in due]
    assert frame["goal_id"].isna().tolist() == [d.goal_id is None for d in due]
    assert [x.date() for x in frame["due"]] == [d.due for d in due]
    single = rorkit.due_frame(plans[0], first, last)
    assert single["due"].dtype == np.dtype("datetime64[ns]")
    assert single["plan_id"].tolist() == [plans[0].id] * len(plans[0].followups_due(first, last))
    empty = rorkit.due_frame(caseload, last, first)
    assert len(empty) == 0 and list(empty.columns) == ["plan_id", "goal_id", "due"]

    findings = rorkit.findings_frame(new_plan().validate())
    assert list(findings.columns) == ["severity", "code", "path", "message"]
    assert findings["severity"].iloc[0] == "error"

    review = rorkit.review_recent_cases(caseload, D(2026, 11, 23), count=4)
    audits = rorkit.audit_frame(review)
    assert list(audits.columns) == ["plan_id", "number", "principle", "name_da", "verdict", "points", "reasons"]
    assert len(audits) == 4 * 8 and audits["points"].dtype == np.dtype("int64")
    assert audits.groupby("plan_id")["points"].sum().to_dict() == {a.plan_id: a.points for a in review.audits}
    assert audits["number"].tolist()[:8] == list(range(1, 9))
    assert len(rorkit.audit_frame(review.audits[0])) == 8
    assert rorkit.audit_frame(review.audits).equals(audits)

    work = rorkit.worklist_frame(caseload, rorkit.PartyKind.staff, JONAS)
    assert list(work.columns) == ["plan_id", "action_id", "text", "end", "status"]
    assert work["end"].dtype == np.dtype("datetime64[ns]")
    items = caseload.worklist("staff", JONAS)
    assert work["end"].isna().tolist() == [w.end is None for w in items] and any(w.end is None for w in items)
    assert set(work["status"]) <= {"planned", "active", "on-hold"}

    overdue = rorkit.overdue_frame(caseload, D(2026, 11, 23))
    assert list(overdue.columns) == ["kind", "plan_id", "id", "due"]
    assert overdue["due"].dtype == np.dtype("datetime64[ns]")
    assert (overdue["kind"] == "goal").sum() == len(caseload.overdue_goals(D(2026, 11, 23)))
    assert isinstance(frame, pd.DataFrame)
