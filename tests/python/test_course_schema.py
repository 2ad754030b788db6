"""The published JSON Schema of course documents (docs/schemas/course.schema.json): the fixture
under tests/data/courses and the documents rorkit writes are valid, and documents broken in one
place are not.

The written documents come from tests/tools/course_documents (the Randers fixture read and
written again, a course built in C++ with every member set, a minimal course). ctest runs that
tool first (FIXTURES_SETUP course_documents) and then this file with
RORKIT_COURSE_DOCUMENTS=<its output directory> (tests/python/CMakeLists.txt). In the ordinary
pytest runs RORKIT_COURSE_DOCUMENTS is unset and only those tests skip.
"""

from __future__ import annotations

import copy
import json
import os
import pathlib

import pytest

jsonschema = pytest.importorskip("jsonschema")

WRITTEN = ("randers-2026.compact.json", "randers-2026.pretty.json", "built.json", "minimal.json")


@pytest.fixture(scope="module")
def validator(source_dir: pathlib.Path):
    schema = json.loads((source_dir / "docs" / "schemas" / "course.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def fixture(source_dir: pathlib.Path) -> dict:
    path = source_dir / "tests" / "data" / "courses" / "randers-2026.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _errors(validator, doc: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]


def test_the_fixture_is_valid(validator, fixture):
    assert not _errors(validator, fixture)


def test_the_fixture_is_labelled_synthetic_and_complete(fixture):
    assert "SYNTETISK" in fixture["_comment"]
    assert fixture["municipality"] == 730
    assert [(p["phase"], p["first"], p["last"]) for p in fixture["phases"]] == [
        ("forberede", "2026-08-10", "2026-12-19"),
        ("udvikle", "2027-01-04", "2027-07-02"),
        ("forankre", "2027-08-16", "2027-12-19"),
    ]
    assert {t["state"] for t in fixture["trial_actions"]} == {"planned", "running", "evaluated"}
    assert [s["kind"] for s in fixture["temperature"]] == ["baseline", "followup"]
    roles: dict[str, int] = {}
    for r in fixture["temperature"][0]["responses"]:
        roles[r["role"]] = roles.get(r["role"], 0) + 1
    assert any(n >= 5 for n in roles.values()) and any(n < 5 for n in roles.values())


def test_the_fixture_generator_is_reproducible(source_dir, fixture):
    """make_fixture.py, run again, writes exactly the committed file."""
    import importlib.util

    path = source_dir / "tests" / "data" / "courses" / "make_fixture.py"
    spec = importlib.util.spec_from_file_location("make_course_fixture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.course() == fixture


@pytest.mark.parametrize("name", WRITTEN)
def test_written_documents_are_valid(validator, name):
    folder = os.environ.get("RORKIT_COURSE_DOCUMENTS")
    if not folder:
        pytest.skip("RORKIT_COURSE_DOCUMENTS is not set; ctest runs this after tests/tools/course_documents")
    path = pathlib.Path(folder) / name
    assert path.is_file(), f"{path} was not written"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert not _errors(validator, doc), name


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
    (["format"], "rorkit-plan"),
    (["format_version"], 2),
    (["id"], ...),
    (["id"], "ikke et id"),
    (["municipality"], "730"),
    (["requested_start"], "2026-8-10"),
    (["requested_start"], "2026-02-30"),
    (["registration", "covers_tilbud"], "ja"),
    (["organisation", "people", 0, "role"], "direktør"),
    (["organisation", "people", 0, "name"], ...),
    (["organisation", "groups", 0, "kind"], "styregruppe"),
    (["organisation", "groups", 0, "member_ids"], "p-direktoer"),
    (["school_breaks", 0, "kind"], "winter"),
    (["phases", 0, "season"], "fall"),
    (["phases", 0, "working_days"], -1),
    (["meetings", 0, "kind"], "joint"),
    (["meetings", 0, "date"], ...),
    (["meetings", 0, "start_minute"], 1500),
    (["meetings", 0, "number"], 0),
    (["activities", 0, "status"], "finished"),
    (["case_review", "tally"], []),
    (["case_review", "tally", 0, "principle"], "hope"),
    (["case_review", "tally", 0, "yes"], -1),
    (["development_plan", 0, "milestones", 0, "text"], ...),
    (["communication_plan", 0, "done"], "nej"),
    (["trial_actions", 0, "state"], "dropped"),
    (["trial_actions", 0, "decision"], "keep"),
    (["temperature", 0, "kind"], "initial"),
    (["temperature", 0, "responses", 0, "scores", 0], 6),
    (["temperature", 0, "responses", 0, "scores", 0], 0),
    (["temperature", 0, "responses", 0, "scores", 0], 2.5),
    (["temperature", 0, "responses", 0, "role"], "leder"),
    (["temperature", 0, "dimensions", 0, "name_da"], ...),
]


@pytest.mark.parametrize("path,value", BROKEN, ids=lambda x: str(x))
def test_the_schema_rejects_a_broken_document(validator, fixture, path, value):
    assert not validator.is_valid(_break(fixture, path, value))


def test_unknown_members_and_nulls_are_allowed(validator, fixture):
    doc = copy.deepcopy(fixture)
    doc["x_future"] = {"anything": [1, 2]}
    doc["organisation"]["x_unit"] = "Social og Sundhed"
    doc["development_plan"][0]["milestones"][0]["x_weight"] = 0.5
    doc["temperature"][0]["responses"][0]["x_channel"] = "paper"
    doc["case_review"] = None
    doc["meetings"][0]["start_minute"] = None
    doc["activities"][0]["due"] = None
    doc["trial_actions"][0]["decision"] = None
    doc["registration"] = None
    assert not _errors(validator, doc)
