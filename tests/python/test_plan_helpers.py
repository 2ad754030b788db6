"""Builders shared by the test_plan_* modules (no tests here).

`realistic_plan()` builds a synthetic but realistic recovery plan through the Python API, step by
step as a caseworker would: Danish text in the citizen's own words, a network, long-term goals
with sub-goals, actions under SEL §85 and in civil society, §141 content, a follow-up and a
WHO-5 measurement. No real person: names and texts are made up.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib

import pytest

import rorkit

BY = "Mette Lund (bostøttemedarbejder)"
CREATED = dt.date(2026, 1, 15)


class Clock:
    """Increasing change timestamps: 2026-01-15T09:00:00Z, then one minute later each time."""

    def __init__(self, start: dt.datetime = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.timezone.utc)):
        self.now = start

    def __call__(self, days: int = 0) -> str:
        self.now = self.now + dt.timedelta(days=days, minutes=1)
        return self.now.strftime("%Y-%m-%dT%H:%M:%SZ")


def citizen() -> rorkit.Citizen:
    return rorkit.Citizen("borger-syntetisk-0101", "Aarhus", dt.date(1994, 3, 17))


def new_plan(created: dt.date = CREATED, clock: Clock | None = None, plan_id: str = "plan-aarhus-0101") -> rorkit.Plan:
    clock = clock or Clock()
    return rorkit.Plan.new(plan_id, citizen(), created, by=BY, at=clock(), why="Første samtale")


def realistic_plan(clock: Clock | None = None, plan_id: str = "plan-aarhus-0101",
                   created: dt.date = CREATED) -> rorkit.Plan:
    clock = clock or Clock()
    p = new_plan(created, clock, plan_id)
    day = created
    for a in [
        rorkit.Aspiration("asp-vaerksted", rorkit.AspirationKind.dream,
                          "Jeg drømmer om at få mit eget lille værksted, hvor jeg kan reparere cykler.",
                          day, BY, [rorkit.FfbTheme.samfundsliv]),
        rorkit.Aspiration("asp-sovn", rorkit.AspirationKind.hope,
                          "Jeg håber, at jeg kan sove bedre og ikke være så bange om natten.",
                          day, BY, [rorkit.FfbTheme.sundhedsforhold, rorkit.FfbTheme.mentale_funktioner]),
        rorkit.Aspiration("asp-soster", rorkit.AspirationKind.wish,
                          "Jeg vil gerne se min søster og hendes børn én gang om måneden.",
                          day, BY, [rorkit.FfbTheme.relationer]),
    ]:
        p.add_aspiration(a, by=BY, at=clock(), why="Borgerens egne ord")
    for r in [
        rorkit.Resource("res-haender", rorkit.ResourceKind.personal,
                        "Er god med sine hænder og kan skille en cykel ad og samle den igen."),
        rorkit.Resource("res-soster", rorkit.ResourceKind.network,
                        "Søsteren Line ringer hver søndag og vil gerne hjælpe."),
        rorkit.Resource("res-kaeden", rorkit.ResourceKind.community,
                        "Det frivillige cykelværksted Kæden holder åbent tirsdag og torsdag."),
    ]:
        p.add_resource(r, by=BY, at=clock())
    p.add_network_member(rorkit.NetworkMember("net-line", "Line", rorkit.NetworkRole.relative,
                                              "søster", involved=True), by=BY, at=clock())
    p.add_network_member(rorkit.NetworkMember("net-kaeden", "Cykelværkstedet Kæden",
                                              rorkit.NetworkRole.civil_society, "frivilligt værksted",
                                              involved=True), by=BY, at=clock())
    p.add_goal(rorkit.Goal(
        "mal-vaerksted", text="Jeg vil have mit eget cykelværksted.", citizens_words=True,
        aspiration_ids=["asp-vaerksted"], theme=rorkit.FfbTheme.samfundsliv,
        target=rorkit.GoalTarget(rorkit.TargetKind.change, change=rorkit.ChangeType.develop)),
        by=BY, at=clock())
    p.add_goal(rorkit.Goal(
        "delmal-kaeden", parent_id="mal-vaerksted",
        text="Jeg kommer i Kæden hver tirsdag og hjælper med at reparere cykler.",
        citizens_words=True, aspiration_ids=["asp-vaerksted"], theme=rorkit.FfbTheme.samfundsliv,
        target=rorkit.GoalTarget(rorkit.TargetKind.scale_value, 7, measure="egen vurdering 1-10"),
        start=dt.date(2026, 2, 2), due=dt.date(2026, 6, 30), followup_interval_months=3),
        by=BY, at=clock())
    p.add_goal(rorkit.Goal(
        "mal-sovn", text="Sove mindst seks timer de fleste nætter.",
        aspiration_ids=["asp-sovn"], theme=rorkit.FfbTheme.sundhedsforhold,
        target=rorkit.GoalTarget(rorkit.TargetKind.range, low=6, high=9, measure="timers søvn"),
        due=dt.date(2026, 9, 30)), by=BY, at=clock())
    p.add_action(rorkit.Action(
        "ind-bostotte", "Bostøtte to gange om ugen: struktur på hverdagen og søvn.",
        rorkit.Party(rorkit.PartyKind.staff, BY), rorkit.LegalBasis.sel_85,
        start=dt.date(2026, 1, 20), end=dt.date(2026, 12, 31), status=rorkit.ActionStatus.active,
        goal_ids=["mal-sovn", "delmal-kaeden"], resource_ids=["res-haender"]), by=BY, at=clock())
    p.add_action(rorkit.Action(
        "ind-kaeden", "Følges til Kæden de første tre tirsdage.",
        rorkit.Party(rorkit.PartyKind.civil_society, "Cykelværkstedet Kæden"),
        rorkit.LegalBasis.other, "frivilligt tilbud i civilsamfundet",
        start=dt.date(2026, 2, 3), end=dt.date(2026, 2, 17), status=rorkit.ActionStatus.active,
        goal_ids=["delmal-kaeden"], resource_ids=["res-kaeden"]), by=BY, at=clock())
    p.add_action(rorkit.Action(
        "ind-soster", "Line tager med på den første tur til Kæden.",
        rorkit.Party(rorkit.PartyKind.network_member, network_member_id="net-line"),
        rorkit.LegalBasis.other, "netværkets egen indsats", goal_ids=["delmal-kaeden"],
        resource_ids=["res-soster"]), by=BY, at=clock())
    p.set_section141(rorkit.Section141(
        "At borgeren kommer sig og får et meningsfuldt hverdagsliv med værkstedsarbejde.",
        "Socialpædagogisk støtte efter SEL §85 og brobygning til Kæden.",
        "Cirka et år; vurderes ved hver opfølgning.",
        rorkit.SpecialCircumstances("ingen", "afklares med jobcentret", "ingen", "egen læge", "ingen"),
        created_with_citizen=True), by=BY, at=clock())
    for goal_id in ["mal-vaerksted", "delmal-kaeden", "mal-sovn"]:
        p.transition_goal(goal_id, rorkit.GoalLifecycle.accepted, by=BY, at=clock())
        p.transition_goal(goal_id, rorkit.GoalLifecycle.active, by=BY, at=clock())
    p.record_followup(rorkit.FollowUp(
        "opf-1", dt.date(2026, 4, 15), rorkit.FollowUpResult.continue_,
        "Går i Kæden hver tirsdag; søvnen svinger.", "Det går bedre, end jeg troede.", BY,
        [rorkit.GoalAssessment("delmal-kaeden", 5.0, note="kommer fast"),
         rorkit.GoalAssessment("mal-sovn", 5.5)]), by=BY, at=clock(days=90))
    p.record_measurement(rorkit.Measurement("who5", dt.date(2026, 4, 15), [3, 2, 3, 2, 3],
                                            id="who5-1", recorded_by=BY), by=BY, at=clock())
    return p


def fixture_path(name: str) -> pathlib.Path:
    """tests/data/plans/<name>, found through RORKIT_SOURCE_DIR or next to this file."""
    root = os.environ.get("RORKIT_SOURCE_DIR")
    base = pathlib.Path(root) if root else pathlib.Path(__file__).resolve().parents[2]
    path = base / "tests" / "data" / "plans" / name
    if not path.exists():
        pytest.skip(f"fixture {path} is not there")
    return path


def assert_unchanged_after(plan: rorkit.Plan, exc: type[BaseException], edit) -> BaseException:
    """Run `edit(plan)`, expect `exc` exactly, and check the plan equals its copy from before."""
    before = plan.copy()
    with pytest.raises(exc) as info:
        edit(plan)
    assert type(info.value) is exc, f"{type(info.value).__name__}: {info.value}"
    assert plan == before
    assert plan.to_json() == before.to_json()
    return info.value
