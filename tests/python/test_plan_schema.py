"""The published JSON Schema of plan documents (docs/schemas/plan.schema.json): every fixture
under tests/data/plans is valid, and documents broken in one place are not."""

from __future__ import annotations

import copy
import json
import pathlib

import pytest

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def validator(source_dir: pathlib.Path):
    schema = json.loads((source_dir / "docs" / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def fixtures(source_dir: pathlib.Path) -> dict[str, dict]:
    folder = source_dir / "tests" / "data" / "plans"
    found = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}
    assert {"realistic.json", "minimal.json", "unknown_members.json"} <= found.keys()
    return found


def test_every_fixture_is_valid(validator, fixtures):
    for name, doc in fixtures.items():
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
        assert not errors, f"{name}: {errors[:5]}"


def test_fixtures_are_labelled_synthetic(fixtures):
    for name, doc in fixtures.items():
        assert "SYNTETISK" in doc["_comment"], name


def test_the_realistic_fixture_has_the_benchmark_shape(fixtures):
    doc = fixtures["realistic.json"]
    assert [len(doc[k]) for k in ("goals", "actions", "followups", "measurements")] == [10, 30, 20, 20]
    assert {m["instrument"] for m in doc["measurements"]} >= {"who5", "ors", "inspire_o", "qpr15"}
    assert any(g.get("parent_id") for g in doc["goals"])
    assert {a["responsible"]["kind"] for a in doc["actions"]} == {
        "citizen", "staff", "network-member", "civil-society", "employer-education"}
    assert [e["seq"] for e in doc["history"]] == list(range(1, len(doc["history"]) + 1))
    stamps = [e["at"] for e in doc["history"]]
    assert stamps == sorted(stamps)


def _break(doc: dict, path: list, value) -> dict:
    """A copy of doc with the value at path replaced (value ... = delete the member)."""
    broken = copy.deepcopy(doc)
    target = broken
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


BROKEN = [
    (["format"], "rorkit-course"),
    (["format_version"], 2),
    (["citizen"], ...),
    (["citizen", "municipality"], "751"),
    (["citizen", "cpr"], "12345"),
    (["created"], "2025-1-6"),
    (["created"], "2025-02-30"),
    (["goals", 0, "lifecycle"], "finished"),
    (["goals", 0, "target", "kind"], "value"),
    (["goals", 0, "text"], ...),
    (["actions", 0, "legal_basis"], "sel-999"),
    (["actions", 0, "responsible"], {"name": "Mette"}),
    (["actions", 0, "goal_ids"], "g-arbejde"),
    (["followups", 0, "result"], "done"),
    (["followups", 0, "assessments", 0, "value"], "4"),
    (["measurements", 0, "instrument"], "WHO-5"),
    (["measurements", 0, "items"], [1, "2", 3, 4, 5]),
    (["measurements", 0, "items"], []),
    (["aspirations", 0, "id"], "ikke et id"),
    (["network", 0, "involved"], "ja"),
    (["followup_rule", "interval_months"], 2.5),
    (["section141", "special", "housing"], 1),
    (["history", 0, "at"], "2025-01-06 09:00"),
    (["history", 0, "op"], "delete"),
    (["history", 0, "payload"], ...),
    (["history", 5, "collection"], ...),
    (["history", 5, "payload", "kind"], "fear"),
]


@pytest.mark.parametrize("path,value", BROKEN, ids=lambda x: str(x))
def test_the_schema_rejects_a_broken_document(validator, fixtures, path, value):
    doc = fixtures["realistic.json"]
    assert doc["history"][5]["op"] == "add" and doc["history"][5]["collection"] == "aspirations"
    assert not validator.is_valid(_break(doc, path, value))


def test_remove_events_carry_no_payload_and_snapshots_no_history(validator, fixtures):
    doc = copy.deepcopy(fixtures["minimal.json"])
    remove = {"seq": 2, "at": "2025-03-03T10:00:00Z", "by": "Mette", "op": "remove",
              "collection": "resources", "target_id": "r-1"}
    snapshot = {"seq": 1, "at": "2025-03-03T09:00:00Z", "by": "Mette", "op": "snapshot",
                "payload": copy.deepcopy(fixtures["minimal.json"])}
    doc["history"] = [snapshot, remove]
    assert validator.is_valid(doc)
    assert validator.is_valid(_break(doc, ["history", 1, "payload"], None))
    assert not validator.is_valid(_break(doc, ["history", 1, "payload"], {"id": "r-1"}))
    assert not validator.is_valid(_break(doc, ["history", 0, "payload", "history"], [remove]))
    assert validator.is_valid(_break(doc, ["history", 0, "payload", "history"], []))


def test_unknown_members_and_nulls_are_allowed(validator, fixtures):
    doc = copy.deepcopy(fixtures["realistic.json"])
    doc["x_future"] = {"anything": [1, 2]}
    doc["goals"][0]["x_weight"] = 0.5
    doc["goals"][0]["target"]["x_unit"] = "point"
    doc["actions"][0]["responsible"]["x_team"] = "Nord"
    doc["history"][0]["payload"]["x_signed"] = True
    doc["goals"][0]["due"] = None
    doc["citizen"]["birth_date"] = None
    assert validator.is_valid(doc)
