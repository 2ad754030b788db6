"""Building a plan in Python, edit errors -> exception classes (plan unchanged), history."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

import rorkit
from test_plan_helpers import BY, CREATED, Clock, assert_unchanged_after, citizen, new_plan, realistic_plan

LATER = "2026-11-01T12:00:00Z"  # after every event of realistic_plan()


@pytest.fixture
def plan() -> rorkit.Plan:
    return realistic_plan()


def test_a_realistic_plan_built_in_python(plan):
    assert plan.id == "plan-aarhus-0101" and plan.created == CREATED
    assert plan.citizen == citizen() and plan.citizen.municipality == 751
    assert [a.id for a in plan.aspirations] == ["asp-vaerksted", "asp-sovn", "asp-soster"]
    assert plan.aspirations[0].text.startswith("Jeg drømmer om at få mit eget lille værksted")
    assert [r.kind for r in plan.resources] == [rorkit.ResourceKind.personal, rorkit.ResourceKind.network,
                                                 rorkit.ResourceKind.community]
    assert [n.name for n in plan.network] == ["Line", "Cykelværkstedet Kæden"]
    assert [g.id for g in plan.goals] == ["mal-vaerksted", "delmal-kaeden", "mal-sovn"]
    assert all(g.lifecycle == rorkit.GoalLifecycle.active for g in plan.goals)
    assert plan.find("goals", "delmal-kaeden").parent_id == "mal-vaerksted"
    assert plan.find(rorkit.Collection.actions, "ind-soster").responsible.network_member_id == "net-line"
    assert plan.find("goals", "findes-ikke") is None
    assert plan.section141.created_with_citizen and plan.missing_section141() == []
    assert plan.followups[0].assessments[0] == rorkit.GoalAssessment("delmal-kaeden", 5.0, note="kommer fast")
    assert plan.measurements[0].id == "who5-1"
    assert isinstance(plan.find("measurements", "who5-1"), rorkit.Measurement)
    assert plan.followup_rule == rorkit.FollowUpRule(6)
    assert plan.check_history() is None
    assert "borger 'borger-syntetisk-0101'" in repr(plan) and "3 mål" in repr(plan)


def test_plan_has_no_public_constructor_and_new_checks_its_arguments():
    with pytest.raises(TypeError):
        rorkit.Plan()
    with pytest.raises(rorkit.InvalidArgumentError):
        rorkit.Plan.new("plan med mellemrum", citizen(), CREATED, by=BY)
    with pytest.raises(rorkit.NotFoundError):
        rorkit.Plan.new("p1", rorkit.Citizen("b1", 9999), CREATED, by=BY)
    with pytest.raises(rorkit.InvalidArgumentError):
        rorkit.Plan.new("p1", citizen(), CREATED, by="  ")
    with pytest.raises(TypeError):  # by is required and keyword-only
        rorkit.Plan.new("p1", citizen(), CREATED)  # type: ignore[call-arg]


def test_change_timestamps_str_aware_datetime_or_now():
    p = rorkit.Plan.new("p1", citizen(), CREATED, by=BY,
                        at=dt.datetime(2026, 1, 15, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    assert p.history[0].at == "2026-01-15T09:30:00Z"
    # Sub-second parts are dropped (whole seconds, like at=None).
    p.add_resource(rorkit.Resource("r1", text="Humor"), by=BY,
                   at=dt.datetime(2026, 1, 15, 9, 30, 0, 750000, tzinfo=dt.timezone.utc))
    assert p.history[1].at == "2026-01-15T09:30:00Z"
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    p.add_resource(rorkit.Resource("r2", text="Nysgerrig"), by=BY)  # at=None: now
    stamp = dt.datetime.strptime(p.history[2].at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    assert before <= stamp <= dt.datetime.now(dt.timezone.utc)
    assert_unchanged_after(p, rorkit.InvalidDateError, lambda q: q.add_resource(
        rorkit.Resource("r3", text="x"), by=BY, at=dt.datetime(2030, 1, 1)))  # naive
    assert_unchanged_after(p, rorkit.InvalidDateError, lambda q: q.add_resource(
        rorkit.Resource("r3", text="x"), by=BY, at="2030-02-30T00:00:00Z"))
    assert_unchanged_after(p, rorkit.InvalidDateError, lambda q: q.add_resource(
        rorkit.Resource("r3", text="x"), by=BY, at="2030-01-01 00:00:00"))
    with pytest.raises(TypeError):
        p.add_resource(rorkit.Resource("r3", text="x"), by=BY, at=dt.date(2030, 1, 1))


def _illegal_from_active() -> rorkit.GoalLifecycle:
    active = rorkit.GoalLifecycle.active
    return next(s for s in rorkit.GoalLifecycle.__members__.values()
                if s != active and not rorkit.goal_transition_allowed(active, s))


EDIT_ERRORS = [
    ("duplicate aspiration", rorkit.DuplicateError, lambda p: p.add_aspiration(
        rorkit.Aspiration("asp-sovn", text="Igen"), by=BY, at=LATER)),
    ("duplicate follow-up", rorkit.DuplicateError, lambda p: p.record_followup(
        rorkit.FollowUp("opf-1", dt.date(2026, 10, 1)), by=BY, at=LATER)),
    ("goal -> unknown aspiration", rorkit.DanglingReferenceError, lambda p: p.add_goal(
        rorkit.Goal("mal-ny", text="Nyt mål", aspiration_ids=["asp-findes-ikke"]), by=BY, at=LATER)),
    ("action -> unknown goal", rorkit.DanglingReferenceError, lambda p: p.add_action(
        rorkit.Action("ind-ny", "Ny indsats", rorkit.Party(rorkit.PartyKind.staff, BY),
                      rorkit.LegalBasis.sel_85, goal_ids=["mal-findes-ikke"]), by=BY, at=LATER)),
    ("assessment -> unknown goal", rorkit.DanglingReferenceError, lambda p: p.record_followup(
        rorkit.FollowUp("opf-2", dt.date(2026, 10, 1), assessments=[rorkit.GoalAssessment("mal-x", 3)]),
        by=BY, at=LATER)),
    ("goal without aspiration or reason", rorkit.ValidationError, lambda p: p.add_goal(
        rorkit.Goal("mal-ny", text="Et mål uden ønske"), by=BY, at=LATER)),
    ("action serving no goal", rorkit.ValidationError, lambda p: p.add_action(
        rorkit.Action("ind-ny", "Ny indsats", rorkit.Party(rorkit.PartyKind.staff, BY),
                      rorkit.LegalBasis.sel_85), by=BY, at=LATER)),
    ("illegal lifecycle move", rorkit.IllegalTransitionError, lambda p: p.transition_goal(
        "mal-sovn", _illegal_from_active(), by=BY, at=LATER)),
    ("remove a referenced aspiration", rorkit.ReferencedError, lambda p: p.remove(
        "aspirations", "asp-vaerksted", by=BY, at=LATER)),
    ("remove a referenced goal", rorkit.ReferencedError, lambda p: p.remove(
        rorkit.Collection.goals, "mal-vaerksted", by=BY, at=LATER)),
    ("WHO-5 item out of range", rorkit.ItemOutOfRangeError, lambda p: p.record_measurement(
        rorkit.Measurement("who5", dt.date(2026, 10, 1), [3, 2, 7, 2, 3], id="who5-2"), by=BY, at=LATER)),
    ("WHO-5 all items missing", rorkit.MissingItemsError, lambda p: p.record_measurement(
        rorkit.Measurement("who5", dt.date(2026, 10, 1), [None] * 5, id="who5-2"), by=BY, at=LATER)),
    ("malformed timestamp", rorkit.InvalidDateError, lambda p: p.set_followup_rule(
        3, by=BY, at="2026-11-01T25:00:00Z")),
    ("update an unknown goal", rorkit.NotFoundError, lambda p: p.update_goal(
        rorkit.Goal("mal-findes-ikke", text="x", aspiration_ids=["asp-sovn"]), by=BY, at=LATER)),
    ("remove an unknown action", rorkit.NotFoundError, lambda p: p.remove(
        "actions", "ind-findes-ikke", by=BY, at=LATER)),
    ("transition an unknown goal", rorkit.NotFoundError, lambda p: p.transition_goal(
        "mal-findes-ikke", rorkit.GoalLifecycle.completed, by=BY, at=LATER)),
    ("event before the last one", rorkit.DateOrderError, lambda p: p.set_followup_rule(
        3, by=BY, at="2026-01-01T00:00:00Z")),
    ("end before start", rorkit.DateOrderError, lambda p: p.add_action(
        rorkit.Action("ind-ny", "x", rorkit.Party(rorkit.PartyKind.staff, BY), rorkit.LegalBasis.sel_85,
                      start=dt.date(2026, 5, 1), end=dt.date(2026, 4, 1), goal_ids=["mal-sovn"]),
        by=BY, at=LATER)),
    ("lifecycle through update_goal", rorkit.InvalidArgumentError, lambda p: p.update_goal(
        rorkit.Goal("mal-sovn", text="x", aspiration_ids=["asp-sovn"],
                    lifecycle=rorkit.GoalLifecycle.completed), by=BY, at=LATER)),
    ("empty by", rorkit.InvalidArgumentError, lambda p: p.set_followup_rule(3, by="", at=LATER)),
    ("invalid entry id", rorkit.InvalidArgumentError, lambda p: p.add_resource(
        rorkit.Resource("ressource med mellemrum", text="x"), by=BY, at=LATER)),
    ("unknown collection code", rorkit.InvalidArgumentError, lambda p: p.remove(
        "mål", "mal-sovn", by=BY, at=LATER)),
    ("unknown lifecycle code", rorkit.InvalidArgumentError, lambda p: p.transition_goal(
        "mal-sovn", "færdig", by=BY, at=LATER)),
    ("follow-up interval out of range", rorkit.OutOfRangeError, lambda p: p.set_followup_rule(
        0, by=BY, at=LATER)),
    ("unknown municipality", rorkit.NotFoundError, lambda p: p.set_citizen(
        rorkit.Citizen("borger-syntetisk-0101", 9999), by=BY, at=LATER)),
    ("text with a lone surrogate", rorkit.InvalidUtf8Error, lambda p: p.set_followup_rule(
        3, by="M\udce6tte", at=LATER)),
]


@pytest.mark.parametrize("exc, edit", [(e, f) for _, e, f in EDIT_ERRORS], ids=[n for n, _, _ in EDIT_ERRORS])
def test_every_edit_error_maps_to_its_exception_and_leaves_the_plan_unchanged(plan, exc, edit):
    err = assert_unchanged_after(plan, exc, edit)
    assert err.status == exc.status
    assert str(err)


def test_every_plan_error_class_is_covered():
    covered = {e for _, e, _ in EDIT_ERRORS}
    for cls in (rorkit.DuplicateError, rorkit.DanglingReferenceError, rorkit.ValidationError,
                rorkit.IllegalTransitionError, rorkit.ReferencedError, rorkit.ItemOutOfRangeError,
                rorkit.InvalidDateError, rorkit.NotFoundError):
        assert cls in covered


def test_successful_edits(plan):
    clock = Clock(dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc))
    a = plan.find("aspirations", "asp-soster")
    a.text = "Jeg vil se min søster hver anden uge."
    plan.update_aspiration(a, by=BY, at=clock(), why="Borgeren har rettet formuleringen")
    assert plan.find("aspirations", "asp-soster").text == "Jeg vil se min søster hver anden uge."
    g = plan.find("goals", "mal-sovn")
    g.due = dt.date(2026, 12, 31)
    plan.update_goal(g, by=BY, at=clock())
    assert plan.find("goals", "mal-sovn").due == dt.date(2026, 12, 31)
    plan.transition_goal("mal-sovn", "on-hold", by=BY, at=clock())
    assert plan.find("goals", "mal-sovn").lifecycle == rorkit.GoalLifecycle.on_hold
    plan.remove("actions", "ind-soster", by=BY, at=clock())
    assert plan.find("actions", "ind-soster") is None
    plan.set_followup_rule(3, by=BY, at=clock())
    assert plan.followup_rule.interval_months == 3
    c = plan.citizen
    c.municipality = "Skanderborg"
    plan.set_citizen(c, by=BY, at=clock())
    assert plan.citizen.municipality == 746
    n = plan.find("network", "net-line")
    n.involved = False
    plan.update_network_member(n, by=BY, at=clock())
    r = plan.find("resources", "res-humor")
    assert r is None
    plan.add_resource(rorkit.Resource("res-humor", text="Har humor."), by=BY, at=clock())
    plan.update_resource(rorkit.Resource("res-humor", text="Har god humor."), by=BY, at=clock())
    act = plan.find("actions", "ind-kaeden")
    act.status = rorkit.ActionStatus.completed
    plan.update_action(act, by=BY, at=clock())
    assert plan.check_history() is None
    last = plan.history[-1]
    assert (last.op, last.collection, last.target_id, last.by) == (
        rorkit.ChangeOp.update, rorkit.Collection.actions, "ind-kaeden", BY)


def test_copies_are_independent(plan):
    for other in (plan.copy(), copy.copy(plan), copy.deepcopy(plan)):
        assert other == plan
        other.set_followup_rule(4, by=BY, at=LATER)
        assert other != plan and plan.followup_rule.interval_months == 6
    goals = plan.goals
    goals.clear()  # a copy
    assert len(plan.goals) == 3


def test_history_events_and_payloads(plan):
    h = plan.history
    assert [e.seq for e in h] == list(range(1, len(h) + 1))
    assert all(e.by == BY for e in h)
    assert h == sorted(h, key=lambda e: e.at)
    first = h[0]
    assert first.op == rorkit.ChangeOp.create and first.why == "Første samtale"
    assert isinstance(first.payload, rorkit.PlanHeader)
    assert first.payload.id == plan.id and first.payload.created == CREATED
    adds = [e for e in h if e.op == rorkit.ChangeOp.add and e.collection == rorkit.Collection.goals]
    assert [e.target_id for e in adds] == ["mal-vaerksted", "delmal-kaeden", "mal-sovn"]
    assert isinstance(adds[1].payload, rorkit.Goal) and adds[1].payload.parent_id == "mal-vaerksted"
    moves = [e.payload for e in h if e.op == rorkit.ChangeOp.transition]
    assert len(moves) == 6 and isinstance(moves[0], rorkit.GoalTransition)
    assert (moves[0].from_, moves[0].to) == (rorkit.GoalLifecycle.proposed, rorkit.GoalLifecycle.accepted)
    s141 = next(e for e in h if e.op == rorkit.ChangeOp.set_section141)
    assert s141.collection is None and s141.payload == plan.section141
    assert isinstance(h[-1].payload, rorkit.Measurement)
    plan.remove("actions", "ind-soster", by=BY, at=LATER, why="Line kan ikke alligevel")
    removed = plan.history[-1]
    assert removed.payload is None and removed.target_id == "ind-soster"
    assert removed.why == "Line kan ikke alligevel"
    assert "remove actions 'ind-soster'" in repr(removed)


def test_versions_replay_the_history(plan):
    n = len(plan.history)
    assert plan.version(n) == plan
    empty = plan.version(0)
    assert empty.id == "" and empty.history == []
    one = plan.version(1)
    assert one.id == plan.id and one.citizen == plan.citizen and one.aspirations == []
    for k in range(n + 1):
        v = plan.version(k)
        assert len(v.history) == k and v.history == plan.history[:k]
        assert v.check_history() is None
    goals_added = next(i for i, e in enumerate(plan.history, 1) if e.target_id == "mal-sovn")
    assert [g.id for g in plan.version(goals_added).goals][-1] == "mal-sovn"
    assert [g.id for g in plan.version(goals_added - 1).goals] == ["mal-vaerksted", "delmal-kaeden"]
    with pytest.raises(rorkit.OutOfRangeError):
        plan.version(n + 1)


def test_as_of_a_moment(plan):
    h = plan.history
    moment = h[5].at
    assert plan.as_of(moment) == plan.version(6)
    aware = dt.datetime.strptime(moment, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=dt.timezone.utc).astimezone(dt.timezone(dt.timedelta(hours=2)))
    assert plan.as_of(aware) == plan.version(6)
    assert plan.as_of("2000-01-01T00:00:00Z").history == []
    assert plan.as_of("2099-01-01T00:00:00Z") == plan


def test_a_new_plan_is_minimal():
    p = new_plan()
    assert len(p.history) == 1 and p.goals == [] and p.unknown == []
    assert p.section141 == rorkit.Section141()
