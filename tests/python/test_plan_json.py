"""Plan documents: JSON round trips (built plans and the fixtures), unknown members, errors."""

from __future__ import annotations

import json
import pickle
import threading

import pytest

import rorkit
from test_plan_helpers import BY, fixture_path, new_plan, realistic_plan


def unknown_members(doc, path=""):
    """{json path: value} of every member rorkit does not know (x_*, _comment) in a document."""
    found = {}
    if isinstance(doc, dict):
        for key, value in doc.items():
            here = f"{path}/{key}"
            if key.startswith(("x_", "_")):
                found[here] = value
            else:
                found.update(unknown_members(value, here))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found.update(unknown_members(value, f"{path}/{i}"))
    return found


def test_round_trip_of_a_plan_built_in_python():
    p = realistic_plan()
    for pretty in (False, True):
        text = p.to_json(pretty=pretty)
        assert rorkit.Plan.from_json(text) == p
    compact = p.to_json()
    assert "\n" not in compact and compact == p.to_json(pretty=False, history=True)
    assert "værksted" in compact and "\\u00e6" not in compact  # UTF-8, not escapes
    doc = json.loads(compact)
    assert doc["format"] == "rorkit-plan" and doc["format_version"] == 1
    assert doc["citizen"]["municipality"] == 751 and len(doc["history"]) == len(p.history)


def test_state_only_document():
    p = realistic_plan()
    state = rorkit.Plan.from_json(p.to_json(history=False))
    assert json.loads(p.to_json(history=False)).get("history", []) == []
    assert state.history == [] and state != p
    assert (state.goals, state.actions, state.section141) == (p.goals, p.actions, p.section141)
    # The first edit records the state it started from as a snapshot event.
    state.set_followup_rule(3, by=BY, at="2026-11-01T12:00:00Z")
    assert [e.op for e in state.history] == [rorkit.ChangeOp.snapshot, rorkit.ChangeOp.set_followup_rule]
    snapshot = state.history[0].payload
    assert isinstance(snapshot, rorkit.Plan) and snapshot.goals == p.goals and snapshot.history == []
    assert state.check_history() is None
    assert rorkit.Plan.from_json(state.to_json()) == state


@pytest.mark.parametrize("name", ["realistic.json", "minimal.json", "unknown_members.json"])
def test_fixture_round_trip(name):
    text = fixture_path(name).read_text(encoding="utf-8")
    p = rorkit.Plan.from_json(text)
    again = rorkit.Plan.from_json(p.to_json())
    assert again == p
    assert again.to_json(pretty=True) == p.to_json(pretty=True)
    # Every member rorkit does not know survives, at its place, with its value.
    written = unknown_members(json.loads(p.to_json()))
    for path, value in unknown_members(json.loads(text)).items():
        assert written.get(path) == value, path
    assert p.check_history() is None


def test_fixture_contents():
    real = rorkit.Plan.from_json(fixture_path("realistic.json").read_text(encoding="utf-8"))
    assert real.id == "plan-aarhus-0001" and real.citizen.municipality == 751
    assert any("værksted" in a.text for a in real.aspirations)
    assert len(real.history) > 100 and real.history[0].op == rorkit.ChangeOp.create
    minimal = rorkit.Plan.from_json(fixture_path("minimal.json").read_text(encoding="utf-8"))
    assert minimal.history == [] and minimal.goals == [] and minimal.citizen.municipality == 101
    assert minimal.next_followup_due() is not None


def test_unknown_members_are_exposed():
    p = rorkit.Plan.from_json(fixture_path("unknown_members.json").read_text(encoding="utf-8"))
    top = dict(p.unknown)
    assert json.loads(top["x_generator"])["version"] == "9.9.9"
    assert p.citizen.unknown == [("x_language", '"da"')]
    assert ("x_priority", "1") in p.goals[0].unknown
    assert json.loads(dict(p.section141.unknown)["x_version"]) == 2


def test_pickle_uses_the_document():
    p = realistic_plan()
    clone = pickle.loads(pickle.dumps(p))
    assert clone == p and clone is not p


def test_reading_errors():
    good = json.loads(new_plan().to_json())
    with pytest.raises(rorkit.ParseError, match="line"):
        rorkit.Plan.from_json('{"format": "rorkit-plan",\n "id": }')
    bad_type = dict(good, created=20260115)
    with pytest.raises(rorkit.SchemaError, match="created"):
        rorkit.Plan.from_json(json.dumps(bad_type))
    with pytest.raises(rorkit.UnsupportedVersionError):
        rorkit.Plan.from_json(json.dumps(dict(good, format_version=99)))
    dangling = dict(good, history=[], goals=[{"id": "g", "text": "x", "aspiration_ids": ["nope"],
                                              "lifecycle": "proposed"}])
    with pytest.raises(rorkit.DanglingReferenceError):
        rorkit.Plan.from_json(json.dumps(dangling))
    with pytest.raises(rorkit.InvalidUtf8Error):
        rorkit.Plan.from_json('{"id": "\udcff"}')
    with pytest.raises(TypeError):
        rorkit.Plan.from_json(b"{}")


def test_json_lines():
    a = realistic_plan(plan_id="plan-a")
    b = new_plan(plan_id="plan-b")
    text = a.to_json() + "\n\n" + b.to_json() + "\n"
    assert rorkit.plans_from_jsonl(text) == [a, b]
    with pytest.raises(rorkit.ParseError, match="line 3"):
        rorkit.plans_from_jsonl(a.to_json() + "\n\n{oops\n")


def big_plan_text() -> str:
    """A plan document well above the size where parsing releases the GIL."""
    p = realistic_plan()
    for i in range(400):
        p.add_resource(rorkit.Resource(f"res-{i}", rorkit.ResourceKind.community,
                                       f"Forening nummer {i} i lokalområdet, åben hver onsdag."),
                       by=BY, at="2026-11-01T12:00:00Z")
    text = p.to_json()
    assert len(text) > 64 * 1024
    return text


def test_large_documents_in_threads():
    text = big_plan_text()
    expected = rorkit.Plan.from_json(text)
    results: list[bool] = []

    def work():
        for _ in range(3):
            p = rorkit.Plan.from_json(text)
            results.append(p == expected and p.to_json() == text and p.validate() == expected.validate())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 12
