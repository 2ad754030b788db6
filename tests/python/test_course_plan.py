"""Planning a course from Python: phases and meetings on the Danish calendar, the registration
check, the composition rules, and bad input (specific exceptions, object unchanged).

Expected dates worked out by hand (docs/calendar.md; DOMAIN.md §5):
- autumn 2026 = 2026-08-10 (Monday after ISO week 32) .. 2026-12-19: 19 full weeks, no holiday,
  95 working days. Three meetings aim at working-day indices floor((2i+1)·95/6) = 15, 47, 79:
  Monday 2026-08-31, Wednesday 2026-10-14, Friday 2026-11-27.
- spring 2027 = 2027-01-04 .. 2027-07-02: 130 weekdays less skærtorsdag 03-25, langfredag 03-26,
  2. påskedag 03-29, Kristi himmelfartsdag 05-06, 2. pinsedag 05-17 = 125. Indices 20, 62, 104:
  2027-02-01, 2027-04-05, 2027-06-04.
- autumn 2027 = 2027-08-16 .. 2027-12-19: 18 weeks, 90 days. Indices 15, 45, 75: the Mondays
  2027-09-06, 2027-10-18, 2027-11-29.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

import rorkit
from rorkit import CoursePhase, MeetingKind

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "data" / "courses" / "randers-2026.json"
D = dt.date


def load(edit=None) -> rorkit.Course:
    """The fixture, optionally edited as a JSON dict first."""
    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    if edit is not None:
        edit(doc)
    return rorkit.Course.from_json(json.dumps(doc, ensure_ascii=False))


@pytest.fixture()
def course() -> rorkit.Course:
    return load()


def by_id(items):
    return {x.id: x for x in items}


# ---- planning ----------------------------------------------------------------------------------

def test_plan_lays_phases_and_meetings_on_the_calendar(course):
    before = course.to_json()
    planned, warnings = course.plan(D(2026, 8, 10))
    assert course.to_json() == before  # plan returns a new course
    assert [(p.phase, p.window.first, p.window.last, p.window.working_days)
            for p in planned.phases] == [
        (CoursePhase.forberede, D(2026, 8, 10), D(2026, 12, 19), 95),
        (CoursePhase.udvikle, D(2027, 1, 4), D(2027, 7, 2), 125),
        (CoursePhase.forankre, D(2027, 8, 16), D(2027, 12, 19), 90),
    ]
    m = by_id(planned.meetings)
    # Fase 1: one joint start + 2 more for steering and implementation, 3 per local group
    # Fase 2: one joint kick-off for all four groups + 2 more each; Fase 3: 3 per group
    assert len(m) == 1 + 2 * 2 + 2 * 3 + 1 + 4 * 2 + 4 * 3 == 32
    start = m["f1-joint-start"]
    assert (start.kind, start.date, start.number) == (MeetingKind.joint_start, D(2026, 8, 31), 1)
    assert start.group_ids == ["styregruppe", "implementeringsgruppe"]
    assert (start.start_minute, start.end_minute) == (540, 660)
    assert m["f1-lokal-bostoette-1"].date == D(2026, 8, 31)
    assert m["f1-styregruppe-2"].date == D(2026, 10, 14)
    assert m["f1-implementeringsgruppe-3"].date == D(2026, 11, 27)
    kickoff = m["f2-joint-kickoff"]
    assert (kickoff.kind, kickoff.date) == (MeetingKind.joint_kickoff, D(2027, 2, 1))
    assert sorted(kickoff.group_ids) == sorted(["styregruppe", "implementeringsgruppe",
                                                "lokal-bostoette", "lokal-myndighed"])
    assert m["f2-lokal-myndighed-2"].date == D(2027, 4, 5)
    assert m["f2-styregruppe-3"].date == D(2027, 6, 4)
    assert [m[f"f3-styregruppe-{i}"].date for i in (1, 2, 3)] == [
        D(2027, 9, 6), D(2027, 10, 18), D(2027, 11, 29)]
    assert "f3-joint-start" not in m and "f1-styregruppe-1" not in m
    assert any(w == "the course already had 32 meeting(s) and 11 activity(ies); the plan "
               "replaces them" for w in warnings)


def test_plan_creates_the_standard_activities(course):
    planned, _ = course.plan(D(2026, 8, 10))
    due = {a.id: a.due for a in planned.activities}
    # working day ceil(f·n) of each window (docs/course.md): e.g. Fase 1 f=1/4 -> day 24 of 95
    assert due == {
        "f1-prerequisites-overview": D(2026, 9, 10), "f1-baseline-temperature": D(2026, 9, 10),
        "f1-case-review": D(2026, 10, 14), "f1-keyfigure-review": D(2026, 10, 14),
        "f1-network-activity": D(2026, 10, 14), "f1-development-plan": D(2026, 11, 17),
        "f1-communication-plan": D(2026, 12, 18), "f2-network-activity": D(2027, 4, 5),
        "f2-trial-actions": D(2027, 7, 2), "f3-followup-temperature": D(2027, 10, 15),
        "f3-network-activity": D(2027, 10, 15), "f3-trial-actions": D(2027, 11, 17),
        "f3-anchoring-plan": D(2027, 12, 17),
    }
    assert {a.owner_id for a in planned.activities} == {"p-koordinator"}
    assert {a.status for a in planned.activities} == {rorkit.ActivityStatus.planned}


def test_plan_with_a_preferred_monday(course):
    planned, _ = course.plan(D(2026, 8, 10), preferred_weekday=1)
    m = by_id(planned.meetings)
    # slots Mon 08-31 (kept), Wed 10-14 -> Mon 10-12 (2 days) not 10-19 (5),
    # Fri 11-27 -> Mon 11-30 (3 days) not 11-23 (4)
    assert [m["f1-joint-start"].date, m["f1-styregruppe-2"].date, m["f1-styregruppe-3"].date] == [
        D(2026, 8, 31), D(2026, 10, 12), D(2026, 11, 30)]


def test_start_after_the_first_week_moves_to_the_next_window(course):
    planned, warnings = course.plan(D(2026, 9, 15))
    assert [(p.window.first, p.window.last) for p in planned.phases] == [
        (D(2027, 1, 4), D(2027, 7, 2)), (D(2027, 8, 16), D(2027, 12, 19)),
        (D(2028, 1, 4), D(2028, 6, 30))]
    assert planned.requested_start == D(2026, 9, 15)
    assert ("the requested start 2026-09-15 is day 37 of the phase window autumn 2026 "
            "(2026-08-10..2026-12-19), after its first 7 days; Fase 1 Forberede starts with the "
            "next phase window, spring 2027 (2027-01-04..2027-07-02)") in warnings


def test_start_in_the_summer_break_warns(course):
    planned, warnings = course.plan(D(2026, 7, 15))
    assert planned.phases[0].window.first == D(2026, 8, 10)
    assert any(w.startswith("the requested start 2026-07-15 falls in the summer break 2026 "
                            "(2026-06-27..2026-08-09)") for w in warnings)


def test_municipal_override_of_the_summer_break():
    # Aarhus (751) ends the summer break on Sunday 2026-08-02 instead of 2026-08-09: autumn 2026
    # is then 2026-08-03..2026-12-19, 20 weeks = 100 working days, and the meetings aim at
    # indices 16, 50, 83: Tue 2026-08-25, Mon 2026-10-12, Thu 2026-11-26.
    def edit(doc):
        doc["municipality"] = 751
        doc["school_breaks"] = [{"kind": "summer", "year": 2026, "first": "2026-06-27",
                                 "last": "2026-08-02", "overridden": True}]
    planned, warnings = load(edit).plan(D(2026, 8, 3))
    f1 = planned.phases[0].window
    assert (f1.first, f1.last, f1.working_days) == (D(2026, 8, 3), D(2026, 12, 19), 100)
    m = by_id(planned.meetings)
    assert [m["f1-joint-start"].date, m["f1-styregruppe-2"].date, m["f1-styregruppe-3"].date] == [
        D(2026, 8, 25), D(2026, 10, 12), D(2026, 11, 26)]
    assert not any(w.startswith("the requested start") for w in warnings)


def test_window_too_short(course):
    # 10 meetings 10 working days apart need 91 days; autumn 2027 has 90
    with pytest.raises(rorkit.WindowTooShortError) as e:
        course.plan(D(2026, 8, 10), meetings_per_group=10)
    assert str(e.value) == (
        "Fase 3 Forankre: the phase window autumn 2027 (2027-08-16..2027-12-19) has 90 working "
        "days; 10 meetings per group at least 10 working days apart need 91 working days")


def test_options_out_of_range(course):
    with pytest.raises(rorkit.OutOfRangeError):
        course.plan(D(2026, 8, 10), preferred_weekday=6)
    with pytest.raises(rorkit.OutOfRangeError):
        course.plan(D(2026, 8, 10), meetings_per_group=0)


# ---- registration -------------------------------------------------------------------------------

def test_registration_reasons():
    def edit(doc):
        reg = doc["registration"]
        reg["covers_tilbud"] = False
        reg["approved_by"] = "p-leder-myn"
        reg["meeting_participants"] = ["p-koordinator"]
    c = load(edit)
    results = c.check_registration()
    assert [(r.number, r.met) for r in results] == [(1, False), (2, False), (3, False)]
    assert results[0].reason == "criterion 1: tilbud is not covered"
    assert results[1].reason == 'criterion 2: approved_by "p-leder-myn" is a leader, not a director'
    assert results[2].reason == "criterion 3: the registration meeting has no director/chief present"
    assert not rorkit.registration_approved(results)


def test_plan_refuses_an_unapproved_registration():
    def edit(doc):
        doc["registration"]["covers_tilbud"] = False
        doc["registration"].pop("approved_by")
    c = load(edit)
    before = c.to_json()
    with pytest.raises(rorkit.RegistrationError) as e:
        c.plan(D(2026, 8, 10))
    assert str(e.value) == (
        "course randers-2026: the registration is not approved: criterion 1 (whole social "
        "psychiatry): tilbud is not covered; criterion 2 (approved by a director): no approver "
        "(approved_by is empty)")
    assert c.to_json() == before


# ---- composition rules --------------------------------------------------------------------------

def test_composition_rules_name_each_unmet_rule():
    def edit(doc):
        groups = {g["id"]: g for g in doc["organisation"]["groups"]}
        groups["styregruppe"]["political_mandate"] = False
        impl = groups["implementeringsgruppe"]
        impl["member_ids"] = [i for i in impl["member_ids"] if not i.startswith("p-borger")]
        local = groups["lokal-myndighed"]  # its only myndighed leader leaves
        local["member_ids"].remove("p-teamleder-myn")
    c = load(edit)
    errors = [(f.code, f.path) for f in c.validate_organisation()
              if f.severity == rorkit.Severity.error]
    assert errors == [
        ("steering-no-mandate", "/organisation/groups/0/political_mandate"),
        ("implementation-no-citizen", "/organisation/groups/1/member_ids"),
        ("local-no-leader", "/organisation/groups/3/member_ids"),
    ]
    with pytest.raises(rorkit.CompositionError) as e:
        c.plan(D(2026, 8, 10))
    msg = str(e.value)
    assert msg.startswith("course randers-2026: the organisation breaks 3 rules: ")
    for code, path in errors:
        assert f"{code} at {path}: " in msg


def test_the_fixture_organisation_is_valid(course):
    assert not [f for f in course.validate_organisation()
                if f.severity == rorkit.Severity.error]


# ---- edits given by hand -----------------------------------------------------------------------

def meeting(**kw):
    args = dict(id="m-extra", date=D(2027, 3, 10), kind=MeetingKind.group,
                phase=CoursePhase.udvikle, group_ids=["styregruppe"], number=2)
    args.update(kw)
    return rorkit.Meeting(**args)


def test_add_meeting_on_a_working_day(course):
    course.add_meeting(meeting())
    assert course.meetings[-1].id == "m-extra" and len(course.meetings) == 33


@pytest.mark.parametrize("kw, error, text", [
    # Thursday 2027-05-06 is Kristi himmelfartsdag (Easter 2027-03-28 + 39 days)
    (dict(date=D(2027, 5, 6)), rorkit.NotAWorkingDayError, "Kristi himmelfartsdag"),
    (dict(date=D(2027, 3, 13)), rorkit.NotAWorkingDayError, "2027-03-13"),  # a Saturday
    # Monday 2027-07-05 is in the summer break 2027 (2027-07-03..2027-08-15)
    (dict(date=D(2027, 7, 5)), rorkit.OutOfRangeError, "2027-07-05"),
    (dict(group_ids=["ingen-gruppe"]), rorkit.DanglingReferenceError, "ingen-gruppe"),
    (dict(id="m-udvikle-joint-kickoff"), rorkit.DuplicateError, "m-udvikle-joint-kickoff"),
    (dict(start_minute=600, end_minute=540), rorkit.DateOrderError, "m-extra"),
    (dict(kind=MeetingKind.joint_start), rorkit.ValidationError, "m-extra"),
])
def test_add_meeting_refused_leaves_the_course_unchanged(course, kw, error, text):
    before = course.to_json()
    with pytest.raises(error, match=text):
        course.add_meeting(meeting(**kw))
    assert course.to_json() == before


def test_add_trial_action(course):
    course.add_trial_action(rorkit.TrialAction(
        id="t-ny", phase=CoursePhase.forankre, title="Fælles sprog i journalen",
        owner_id="p-leder-myn", start=D(2027, 9, 1), end=D(2027, 11, 30)))
    assert course.trial_actions[-1].id == "t-ny"
    assert course.status(D(2027, 10, 1)).trials_planned == 2


@pytest.mark.parametrize("kw, error, text", [
    (dict(owner_id="p-ukendt"), rorkit.DanglingReferenceError, 'owner "p-ukendt"'),
    (dict(start=D(2027, 11, 30), end=D(2027, 9, 1)), rorkit.DateOrderError,
     "end 2027-09-01 is before start 2027-11-30"),
    (dict(phase=CoursePhase.forberede), rorkit.ValidationError, "Fase 1 Forberede"),
    (dict(id="t-foelgeskab"), rorkit.DuplicateError, '"t-foelgeskab"'),
])
def test_add_trial_action_refused(course, kw, error, text):
    args = dict(id="t-ny", phase=CoursePhase.forankre, title="x")
    args.update(kw)
    before = course.to_json()
    with pytest.raises(error, match=text):
        course.add_trial_action(rorkit.TrialAction(**args))
    assert course.to_json() == before


# ---- bad documents ------------------------------------------------------------------------------

def test_dates_out_of_order_in_a_document():
    def edit(doc):
        doc["school_breaks"][0]["last"] = "2026-06-01"
    with pytest.raises(rorkit.DateOrderError,
                       match="/school_breaks/0/last: 2026-06-01 is before 2026-06-27"):
        load(edit)


def test_unknown_member_reference_in_a_document():
    def edit(doc):
        doc["organisation"]["groups"][1]["member_ids"].append("p-ukendt")
    with pytest.raises(rorkit.DanglingReferenceError,
                       match="/organisation/groups/1/member_ids/12"):
        load(edit)


def test_unknown_code_and_missing_member():
    with pytest.raises(rorkit.SchemaError, match='/organisation/people/0/role: "direktør"'):
        load(lambda d: d["organisation"]["people"][0].update(role="direktør"))
    with pytest.raises(rorkit.UnsupportedVersionError, match="format_version"):
        load(lambda d: d.update(format_version=2))
    with pytest.raises(rorkit.ParseError, match="line 1, column"):
        rorkit.Course.from_json('{"format": }')


def test_constructor_checks_like_a_document():
    c = rorkit.Course("kursus-1", "Randers", D(2026, 8, 10))
    assert c.municipality == 730
    org = rorkit.Organisation(groups=[rorkit.Group("g", rorkit.GroupKind.steering, "Styregruppe",
                                                   member_ids=["p-x"])])
    with pytest.raises(rorkit.DanglingReferenceError, match="p-x"):
        rorkit.Course("kursus-1", 730, D(2026, 8, 10), organisation=org)
