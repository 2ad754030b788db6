"""The strategic development course from Python: reading the synthetic Randers course
(tests/data/courses/randers-2026.json), its status on dates, temperature summaries with
suppression, the change from baseline to follow-up, iCalendar and the pandas views.

Hand-checked facts about the fixture: phases autumn 2026 (2026-08-10..2026-12-19), spring 2027
(2027-01-04..2027-07-02) and autumn 2027 (2027-08-16..2027-12-19); 32 meetings, of which the
first 24 (up to 2027-08-31) are marked held and the 8 from 2027-10-06 on are not; 11 activities,
9 done, the two open ones (a-proevehandlinger-3, a-forankringsplan) due 2027-12-10; trial actions
3 evaluated, 1 running, 1 planned; a baseline on 2026-09-21 and a follow-up on 2027-09-20.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import pathlib
import pickle

import pytest

import rorkit
from rorkit import CoursePhase, RespondentRole, TrafficLight

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "data" / "courses" / "randers-2026.json"
D = dt.date


@pytest.fixture(scope="module")
def doc() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture()
def course() -> rorkit.Course:
    return rorkit.Course.from_json(FIXTURE.read_text(encoding="utf-8"))


def test_exports_are_in_all():
    for name in ("Course", "CoursePhase", "Meeting", "TrialAction", "TemperatureSurvey",
                 "CourseStatus", "registration_approved", "course_purposes", "meetings_frame",
                 "temperature_frame"):
        assert name in rorkit.__all__
        assert hasattr(rorkit, name)


def test_fixture_reads_with_its_parts(course):
    assert course.id == "randers-2026"
    assert course.municipality == 730
    assert course.requested_start == D(2026, 8, 10)
    assert [(p.phase, p.window.first, p.window.last, p.window.working_days)
            for p in course.phases] == [
        (CoursePhase.forberede, D(2026, 8, 10), D(2026, 12, 19), 95),
        (CoursePhase.udvikle, D(2027, 1, 4), D(2027, 7, 2), 125),
        (CoursePhase.forankre, D(2027, 8, 16), D(2027, 12, 19), 90),
    ]
    assert len(course.meetings) == 32
    assert len(course.activities) == 11
    assert course.find_group("styregruppe").political_mandate is True
    assert course.find_person("p-direktoer").role == rorkit.MemberRole.director
    assert course.find_person("nobody") is None


def test_round_trip_keeps_unknown_members(course, doc):
    again = json.loads(course.to_json())
    assert again["_comment"] == doc["_comment"]
    assert again["registration"]["x_sagsnummer"] == doc["registration"]["x_sagsnummer"]
    assert rorkit.Course.from_json(course.to_json(pretty=True)) == course
    assert pickle.loads(pickle.dumps(course)) == course
    assert copy.deepcopy(course) == course


def test_codes_and_danish_names():
    assert CoursePhase.from_code("forankre") == CoursePhase.forankre
    assert CoursePhase.udvikle.name_da == "Fase 2 Udvikle"
    assert rorkit.GroupKind.local_implementation.code == "local-implementation"
    with pytest.raises(rorkit.InvalidArgumentError, match='unknown code "Forberede"'):
        CoursePhase.from_code("Forberede")


def test_registration_of_the_fixture_is_approved(course):
    results = course.check_registration()
    assert [(r.number, r.met, r.reason) for r in results] == [(1, True, ""), (2, True, ""),
                                                              (3, True, "")]
    assert rorkit.registration_approved(results)
    assert not rorkit.registration_approved([])


# ---- status on dates ---------------------------------------------------------------------------

def test_status_before_fase_1_is_tilmelding(course):
    s = course.status(D(2026, 8, 1))
    assert s.phase == CoursePhase.tilmelding
    assert not s.between_phases and not s.finished
    # held meetings count whatever their date; none is unheld before 2026-08-01
    assert (s.meetings_held, s.meetings_planned, s.meetings_missed) == (24, 8, 0)
    assert s.temperature == []


def test_status_in_the_christmas_break_is_between_phases(course):
    s = course.status(D(2026, 12, 25))
    assert s.phase is None and s.between_phases and not s.finished
    assert "Fase 2 Udvikle begynder 4. januar 2027" in s.text


def test_status_mid_fase_3(course):
    s = course.status(D(2027, 10, 15))
    assert s.phase == CoursePhase.forankre
    # the four second meetings of Fase 3 (2027-10-06..11) are past and not marked held
    assert (s.meetings_held, s.meetings_planned, s.meetings_missed) == (24, 4, 4)
    # 2027-12-10 is 56 days after 2027-10-15: neither due (30 days) nor overdue
    assert (s.activities_done, s.activities_due, s.activities_overdue) == (9, 0, [])
    assert (s.trials_planned, s.trials_running, s.trials_evaluated) == (1, 1, 3)
    assert len(s.temperature) == 9
    lines = s.text.splitlines()
    assert lines[0] == "Status for udviklingsforløbet randers-2026 pr. 15. oktober 2027"
    assert lines[1] == "Fase: Fase 3 Forankre (16. august 2027 – 19. december 2027)."
    assert str(s) == s.text


def test_status_due_then_overdue(course):
    due = course.status(D(2027, 12, 1))  # 9 days before 2027-12-10
    assert (due.activities_due, due.activities_overdue) == (2, [])
    assert due.meetings_missed == 8 and due.meetings_planned == 0
    over = course.status(D(2027, 12, 11))
    assert over.activities_due == 0
    assert over.activities_overdue == ["a-proevehandlinger-3", "a-forankringsplan"]
    assert "Forankringsplan (frist 10. december 2027)" in over.text


def test_status_after_the_course_is_finished(course):
    s = course.status(D(2027, 12, 20))
    assert s.finished and s.phase is None
    assert "Fase 3 Forankre sluttede 19. december 2027" in s.text


def test_status_json_has_the_counts(course):
    j = json.loads(course.status(D(2027, 12, 11)).to_json())
    assert j["on"] == "2027-12-11"
    assert j["phase"] == "forankre"
    assert j["meetings"] == {"held": 24, "planned": 0, "missed": 8}
    assert j["activities"]["overdue"] == ["a-proevehandlinger-3", "a-forankringsplan"]
    assert j["trial_actions"] == {"planned": 1, "running": 1, "evaluated": 3}


# ---- temperature ------------------------------------------------------------------------------

def _answers(doc, survey_id, dim_index, role=None):
    """The answered scores of one dimension, computed from the raw document."""
    survey = next(s for s in doc["temperature"] if s["id"] == survey_id)
    return [r["scores"][dim_index] for r in survey["responses"]
            if r["scores"][dim_index] is not None and (role is None or r["role"] == role)]


def test_temperature_summary_of_the_baseline(course, doc):
    cells = course.temperature("temp-baseline-2026")
    roles = [None, RespondentRole.strategic_leader, RespondentRole.myndighed,
             RespondentRole.tilbud, RespondentRole.citizen, RespondentRole.partner]
    assert len(cells) == 9 * len(roles)
    assert [c.role for c in cells[:6]] == roles
    first = cells[0]  # strategic-direction, all: 8 ones, 11 twos, 9 threes = 57 / 28
    assert (first.dimension_id, first.n, first.suppressed) == ("strategic-direction", 28, False)
    assert first.mean == pytest.approx(57 / 28)
    assert first.distribution == [8, 11, 9, 0, 0]
    assert first.light == TrafficLight.red
    codes = [code for code in (r.code for r in roles[1:])]
    for c in cells:
        dim = [d["id"] for d in doc["temperature"][0]["dimensions"]].index(c.dimension_id)
        role = None if c.role is None else codes[roles[1:].index(c.role)]
        scores = _answers(doc, "temp-baseline-2026", dim, role)
        assert c.n == len(scores)
        # four citizens and three partners answered: always fewer than 5, so suppressed
        assert c.suppressed == (len(scores) < 5)
        if c.suppressed:
            assert c.mean is None and c.light is None and c.distribution == [0] * 5
        else:
            assert c.mean == pytest.approx(sum(scores) / len(scores))
            assert c.distribution == [scores.count(k) for k in range(1, 6)]
            assert c.light == rorkit.traffic_light(c.mean)
    assert all(c.suppressed for c in cells if c.role in (RespondentRole.citizen,
                                                          RespondentRole.partner))


def test_min_cell_3_shows_the_partners(course, doc):
    cells = course.temperature("temp-baseline-2026", min_cell=3)
    partner = next(c for c in cells if c.dimension_id == "competences-methods"
                   and c.role == RespondentRole.partner)
    scores = _answers(doc, "temp-baseline-2026", 3, "partner")
    assert partner.n == len(scores) == 3 and not partner.suppressed
    assert partner.mean == pytest.approx(sum(scores) / 3)


def test_temperature_default_is_the_latest_survey(course):
    cells = course.temperature()
    assert cells[0].n == 28 and cells[0].mean == pytest.approx(115 / 28)  # follow-up 2027-09-20


def test_temperature_change_flags(course):
    changes = {c.dimension_id: c for c in
               course.temperature_change("temp-baseline-2026", "temp-opfoelgning-2027")}
    assert len(changes) == 9
    up = changes["strategic-direction"]  # 57/28 -> 115/28, green
    assert up.change == pytest.approx(58 / 28) and not up.needs_work and up.reason == ""
    fell = changes["competences-methods"]  # green 119/30 but down from 130/28
    assert fell.needs_work and fell.reason == "fell 0.68 from 4.64 to 3.97"
    red = changes["administrative-workflows"]  # 47/27
    assert red.needs_work and red.reason.startswith("follow-up mean 1.74 is red")
    both = changes["flexible-tilbud"]  # 110/28 -> 92/30: yellow and fell 0.86
    assert both.reason == "follow-up mean 3.07 is yellow; fell 0.86 from 3.93 to 3.07"
    assert sorted(k for k, c in changes.items() if not c.needs_work) == [
        "results-followup", "strategic-direction"]


def test_traffic_light_boundaries():
    assert rorkit.traffic_light(2.4999) == TrafficLight.red
    assert rorkit.traffic_light(2.5) == TrafficLight.yellow
    assert rorkit.traffic_light(3.5) == TrafficLight.green
    assert rorkit.traffic_light(float("nan")) == TrafficLight.red


def test_temperature_errors_name_what_was_wrong(course):
    with pytest.raises(rorkit.NotFoundError, match="no-such-survey"):
        course.temperature("no-such-survey")
    with pytest.raises(rorkit.InvalidArgumentError, match="min_cell"):
        course.temperature("temp-baseline-2026", min_cell=0)


def test_default_dimensions_and_purposes():
    dims = rorkit.default_temperature_dimensions()
    assert [d.id for d in dims][:2] == ["strategic-direction", "coordination-backing"]
    assert len(dims) == 9
    purposes = rorkit.course_purposes()
    assert [p.code for p in purposes] == ["wellbeing", "communities", "satisfaction",
                                          "less-intrusive", "education-employment"]
    figures = sorted(k for p in purposes for k in p.key_figures)
    assert figures == [f"kf{i:02d}" for i in range(1, 21)]  # each measures exactly one purpose


# ---- iCalendar --------------------------------------------------------------------------------

def test_ical_has_one_event_per_meeting_and_deadline(course):
    text = course.to_ical(dtstamp="20260101T000000Z")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    unfolded = text.replace("\r\n ", "")
    # 32 meetings + 11 activities with a due date, none cancelled
    assert unfolded.count("BEGIN:VEVENT") == 43
    assert "UID:randers-2026-meeting-m-forberede-joint-start@rorkit" in unfolded
    assert "UID:randers-2026-activity-a-forankringsplan@rorkit" in unfolded
    assert "SUMMARY:Fælles startmøde (Fase 1 Forberede)" in unfolded
    assert text == course.to_ical(dtstamp="20260101T000000Z")  # reproducible
    assert len(course.events()) == 43


# ---- pandas -----------------------------------------------------------------------------------

def test_meetings_and_activities_frames(course):
    m = rorkit.meetings_frame(course)
    assert len(m) == 32
    assert m["date"].dtype == "datetime64[ns]"
    assert m.loc[0, "id"] == "m-forberede-joint-start"
    assert m.loc[0, "groups"] == "styregruppe,implementeringsgruppe"
    assert m.loc[0, "date"].date() == D(2026, 8, 17)
    assert int(m["held"].sum()) == 24
    a = rorkit.activities_frame(course)
    assert list(a.loc[a["status"] != "done", "id"]) == ["a-proevehandlinger-3",
                                                         "a-forankringsplan"]
    assert a["due"].dtype == "datetime64[ns]"


def test_temperature_frames(course):
    t = rorkit.temperature_frame(course, "temp-baseline-2026")
    assert len(t) == 54
    row = t[(t["dimension_id"] == "strategic-direction") & (t["role"] == "all")].iloc[0]
    assert (row["n"], row["n1"], row["n2"], row["n3"], row["light"]) == (28, 8, 11, 9, "red")
    citizen = t[t["role"] == "citizen"]
    assert citizen["suppressed"].all() and citizen["mean"].isna().all()
    assert citizen["n1"].isna().all()
    c = rorkit.temperature_change_frame(course, "temp-baseline-2026", "temp-opfoelgning-2027")
    assert list(c.loc[~c["needs_work"], "dimension_id"]) == ["strategic-direction",
                                                             "results-followup"]
    assert math.isclose(c.loc[0, "change"], 58 / 28)
