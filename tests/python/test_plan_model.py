"""The plan's data classes and enums: constructors, attributes, equality, repr, JSON of entries."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

import rorkit

ENUMS = [
    rorkit.AspirationKind, rorkit.FfbTheme, rorkit.ResourceKind, rorkit.NetworkRole,
    rorkit.PartyKind, rorkit.LegalBasis, rorkit.GoalLifecycle, rorkit.GoalAchievement,
    rorkit.TargetKind, rorkit.ChangeType, rorkit.ActionStatus, rorkit.FollowUpResult,
    rorkit.Principle, rorkit.Collection, rorkit.ChangeOp, rorkit.Severity, rorkit.Verdict,
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_enum_member_round_trips_through_its_code(enum):
    members = list(enum.__members__.values())
    assert members
    codes = [m.code for m in members]
    assert len(set(codes)) == len(codes)
    for m in members:
        assert enum.from_code(m.code) == m
        # Python names are the codes with '-' -> '_' (plus the trailing _ of keywords).
        assert m.name.rstrip("_") == m.code.replace("-", "_")
    with pytest.raises(rorkit.InvalidArgumentError, match="allowed: " + codes[0]):
        enum.from_code("ikke-en-kode")


def test_enum_details():
    assert rorkit.FollowUpResult.continue_.code == "continue"
    assert rorkit.NetworkRole.friend_.code == "friend"
    assert rorkit.GoalLifecycle.on_hold.code == "on-hold"
    assert rorkit.LegalBasis.sel_85_botilbudslignende.code == "sel-85-botilbudslignende"
    assert rorkit.TargetKind.none.value == 0
    assert rorkit.FfbTheme.mentale_funktioner.name_da == "Mentale funktioner"
    assert rorkit.AspirationKind.hope.name_da == "Håb"
    assert rorkit.LegalBasis.sel_85.name_da.startswith("SEL §85")
    assert [p.value for p in rorkit.Principle.__members__.values()] == list(range(1, 9))
    assert rorkit.Principle.hopes_wishes_dreams.name_da.startswith("Tag udgangspunkt")
    assert [v.value for v in (rorkit.Verdict.no, rorkit.Verdict.partly, rorkit.Verdict.yes)] == [0, 1, 2]
    assert rorkit.GoalLifecycle.completed.is_terminal and not rorkit.GoalLifecycle.active.is_terminal
    assert rorkit.goal_transition_allowed(rorkit.GoalLifecycle.proposed, rorkit.GoalLifecycle.accepted)
    assert not rorkit.goal_transition_allowed(rorkit.GoalLifecycle.completed, rorkit.GoalLifecycle.active)


def test_defaults_are_sensible_and_equal():
    assert rorkit.Resource() == rorkit.Resource()
    g = rorkit.Goal()
    assert (g.id, g.parent_id, g.text, g.aspiration_ids, g.theme, g.start, g.due) == ("", "", "", [], None, None, None)
    assert g.lifecycle == rorkit.GoalLifecycle.proposed and g.achievement is None
    assert g.target == rorkit.GoalTarget() and g.target.kind == rorkit.TargetKind.none
    assert g.followup_interval_months is None and g.unknown == []
    a = rorkit.Action()
    assert a.responsible == rorkit.Party() and a.responsible.kind == rorkit.PartyKind.citizen
    assert a.legal_basis == rorkit.LegalBasis.other and a.status == rorkit.ActionStatus.planned
    assert rorkit.FollowUpRule().interval_months == 6
    assert rorkit.Aspiration().recorded_on == dt.date.today()
    assert rorkit.FollowUp().date == dt.date.today()
    assert rorkit.FollowUp().result == rorkit.FollowUpResult.continue_
    assert rorkit.Section141().special == rorkit.SpecialCircumstances()
    c = rorkit.Citizen()
    assert (c.id, c.municipality, c.birth_date, c.cpr) == ("", 0, None, None)


def test_keyword_construction_and_attributes():
    g = rorkit.Goal(id="delmal-1", parent_id="mal-1", text="Jeg vil cykle til Kæden selv.",
                    citizens_words=True, aspiration_ids=["asp-1", "asp-2"],
                    theme=rorkit.FfbTheme.mobilitet,
                    target=rorkit.GoalTarget(kind=rorkit.TargetKind.range, low=2, high=4),
                    start=dt.date(2026, 2, 1), due="2026-05-31",
                    lifecycle=rorkit.GoalLifecycle.planned,
                    achievement=rorkit.GoalAchievement.improving, followup_interval_months=3)
    assert g.due == dt.date(2026, 5, 31) and g.start == dt.date(2026, 2, 1)
    assert g.target.low == 2.0 and g.target.high == 4.0
    g.text = "Ændret tekst – med æøå"
    g.due = None
    g.theme = None
    g.followup_interval_months = None
    assert g.text == "Ændret tekst – med æøå" and g.due is None and g.theme is None
    g2 = copy.copy(g)
    assert g2 == g and g2 is not g
    g2.text = "andet"
    assert g2 != g
    assert copy.deepcopy(g) == g


def test_lists_are_copies_assign_whole_lists():
    g = rorkit.Goal(aspiration_ids=["asp-1"])
    g.aspiration_ids.append("asp-2")  # changes a temporary copy only
    assert g.aspiration_ids == ["asp-1"]
    g.aspiration_ids = g.aspiration_ids + ["asp-2"]
    assert g.aspiration_ids == ["asp-1", "asp-2"]
    # Nested objects (not lists) are views into their owner, kept alive by it.
    target = g.target
    target.kind, target.value = rorkit.TargetKind.scale_value, 9
    assert g.target == rorkit.GoalTarget(rorkit.TargetKind.scale_value, 9)
    del g
    assert target.value == 9
    a = rorkit.Action(responsible=rorkit.Party(rorkit.PartyKind.staff))
    a.responsible.name = "Anne"
    assert a.responsible == rorkit.Party(rorkit.PartyKind.staff, "Anne")


def test_citizen_municipality_by_name_and_cpr_never_shown():
    c = rorkit.Citizen("borger-1", "Aarhus", dt.date(1990, 3, 4), "040390-1234")
    assert c.municipality == 751
    assert isinstance(c.cpr, rorkit.Cpr)
    assert c.cpr.digits == "0403901234"
    for text in (repr(c), str(c), repr(c.cpr), str(c.cpr)):
        assert "0403" not in text and "1234" not in text
    assert repr(c.cpr) == "Cpr(<skjult>)"
    assert rorkit.Cpr("0403901234") == c.cpr
    c.cpr = None
    assert c.cpr is None
    c.cpr = "0101001234"
    assert c.cpr == rorkit.Cpr("010100-1234")
    c.municipality = "København"
    assert c.municipality == 101
    with pytest.raises(rorkit.InvalidArgumentError) as err:
        rorkit.Cpr("3213901234")
    assert "3213" not in str(err.value) and "value not shown" in str(err.value)
    with pytest.raises(rorkit.NotFoundError):
        rorkit.Citizen("b", "Atlantis")


def test_reprs_are_short_and_danish():
    assert repr(rorkit.Aspiration("a1", rorkit.AspirationKind.dream, "Eget værksted")) == \
        "Aspiration('a1', dream, 'Eget værksted')"
    long = rorkit.Resource("r1", text="ø" * 100)
    assert len(repr(long)) < 80 and repr(long).endswith("…')")
    assert repr(rorkit.GoalTarget(rorkit.TargetKind.scale_value, 7)) == "GoalTarget(scale-value 7.0)"
    assert repr(rorkit.FollowUpRule(3)) == "FollowUpRule(interval_months=3)"
    assert "frist 2026-06-30" in repr(rorkit.Goal("g1", due=dt.date(2026, 6, 30)))
    assert repr(rorkit.Party(rorkit.PartyKind.staff, "Anne")) == "Party(staff, 'Anne')"
    assert "vurderinger" in repr(rorkit.FollowUp("f1", dt.date(2026, 1, 1)))


def test_text_with_a_lone_surrogate_raises_invalid_utf8():
    with pytest.raises(rorkit.InvalidUtf8Error):
        rorkit.Goal(text="K\udcf8benhavn")
    g = rorkit.Goal()
    with pytest.raises(rorkit.InvalidUtf8Error):
        g.text = "\udcff"
    with pytest.raises(rorkit.InvalidUtf8Error):
        g.aspiration_ids = ["\udcff"]


def test_wrong_types_raise_type_error():
    with pytest.raises(TypeError):
        rorkit.Goal(due=dt.datetime(2026, 1, 1, 12, 0))
    with pytest.raises(TypeError):
        rorkit.Goal(lifecycle="active")
    with pytest.raises(TypeError):
        rorkit.Aspiration(themes=["samfundsliv"])


ENTRIES = [
    rorkit.Aspiration("asp-1", rorkit.AspirationKind.wish, "Se min søster 🚲", dt.date(2026, 1, 2),
                      "Anne", [rorkit.FfbTheme.relationer]),
    rorkit.Resource("res-1", rorkit.ResourceKind.community, "Kæden"),
    rorkit.NetworkMember("net-1", "Line", rorkit.NetworkRole.friend_, "veninde", True),
    rorkit.Goal("g-1", text="Mål", aspiration_ids=["asp-1"], due=dt.date(2026, 6, 1),
                target=rorkit.GoalTarget(rorkit.TargetKind.code_, code="in-employment"),
                followup_interval_months=3),
    rorkit.Action("act-1", "Bostøtte", rorkit.Party(rorkit.PartyKind.staff, "Anne"),
                  rorkit.LegalBasis.sel_85, goal_ids=["g-1"], end=dt.date(2026, 12, 31)),
    rorkit.FollowUp("f-1", dt.date(2026, 3, 1), rorkit.FollowUpResult.change, "noter", "godt", "Anne",
                    [rorkit.GoalAssessment("g-1", 4.5, note="x")]),
    rorkit.Citizen("borger-1", 751, dt.date(1990, 1, 1)),
    rorkit.Section141("formål", "indsats", "et år", rorkit.SpecialCircumstances(housing="ingen"), True),
]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: type(e).__name__)
def test_entry_json_and_dict_round_trip(entry):
    cls = type(entry)
    text = entry.to_json()
    assert json.loads(text) == entry.to_dict()
    assert cls.from_json(text) == entry
    assert cls.from_dict(entry.to_dict()) == entry


def test_entry_json_keeps_unknown_members_and_danish_text():
    d = ENTRIES[0].to_dict()
    assert d["kind"] == "wish" and d["themes"] == ["relationer"] and d["recorded_on"] == "2026-01-02"
    assert "søster 🚲" in ENTRIES[0].to_json()  # UTF-8, not \u escapes
    d["x_mood"] = {"glad": True}
    a = rorkit.Aspiration.from_dict(d)
    assert [name for name, _ in a.unknown] == ["x_mood"]
    assert json.loads(a.unknown[0][1]) == {"glad": True}
    assert a.to_dict()["x_mood"] == {"glad": True}
    a.unknown = []
    assert "x_mood" not in a.to_dict()
    with pytest.raises(rorkit.SchemaError):
        rorkit.Aspiration.from_dict({"id": "a", "kind": "nightmare", "text": "x", "recorded_on": "2026-01-01"})
    with pytest.raises(rorkit.ParseError):
        rorkit.Goal.from_json("{")


def test_result_classes_are_read_only():
    with pytest.raises(TypeError):
        rorkit.Finding()
    with pytest.raises(TypeError):
        rorkit.PlanEvent()
