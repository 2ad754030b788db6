"""Every FHIR R4 bundle rorkit writes validates against the official FHIR R4 JSON Schema.

The bundles come from tests/tools/fhir_bundles (synthetic plans built through the C++ edit API).
ctest runs that tool first (FIXTURES_SETUP fhir_bundles) and then this file alone with
RORKIT_FHIR_BUNDLES=<its output directory> (tests/python/CMakeLists.txt). In the ordinary
pytest runs RORKIT_FHIR_BUNDLES is unset and the module skips.

The schema is not ours to ship: it is read from RORKIT_FHIR_SCHEMA or from
../shared/data/fhir-r4/fhir.schema.json next to the checkout. Where it is absent (a fresh machine
without ../shared) the tests skip and say so; CI always has it.
"""

from __future__ import annotations

import copy
import json
import os
import pathlib

import pytest

BUNDLE_DIR = os.environ.get("RORKIT_FHIR_BUNDLES")
if not BUNDLE_DIR:
    pytest.skip(
        "RORKIT_FHIR_BUNDLES is not set; ctest runs this file after tests/tools/fhir_bundles",
        allow_module_level=True,
    )

BUNDLES = sorted(pathlib.Path(BUNDLE_DIR).glob("*.json"))


def _schema_path() -> pathlib.Path:
    explicit = os.environ.get("RORKIT_FHIR_SCHEMA")
    if explicit:
        path = pathlib.Path(explicit)
        if not path.is_file():
            pytest.fail(f"RORKIT_FHIR_SCHEMA={explicit} is not a file")
        return path
    root = pathlib.Path(os.environ.get("RORKIT_SOURCE_DIR") or pathlib.Path(__file__).resolve().parents[2])
    return (root / ".." / "shared" / "data" / "fhir-r4" / "fhir.schema.json").resolve()


@pytest.fixture(scope="session")
def schema() -> dict:
    path = _schema_path()
    if not path.is_file():
        pytest.skip(
            f"FHIR R4 JSON Schema not found at {path} (../shared is absent on this machine; "
            "set RORKIT_FHIR_SCHEMA to validate): the FHIR bundles were NOT validated"
        )
    with path.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def validator(schema: dict):
    # Imported here, not at module level: this file runs only where jsonschema is installed
    # (the .venv leg), and a missing package must fail the run, not skip it.
    import jsonschema

    # The schema declares its draft ($schema: draft-06); let jsonschema pick the matching class.
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft6Validator, f"unexpected draft {schema.get('$schema')}"
    cls.check_schema(schema)
    return cls(schema)


def _explain(validator, schema: dict, bundle: dict) -> list[str]:
    """Readable reasons: the bundle-level oneOf only says 'not valid under any', so validate each
    entry's resource against its own definition to find the field."""
    out = []
    for i, entry in enumerate(bundle.get("entry", [])):
        resource = entry.get("resource", {})
        kind = resource.get("resourceType", "?")
        sub = type(validator)({"$ref": f"#/definitions/{kind}", "definitions": schema["definitions"]})
        for error in sub.iter_errors(resource):
            path = "/".join(str(p) for p in error.absolute_path)
            out.append(f"entry[{i}] {kind} /{path}: {error.message[:300]}")
    return out or ["(bundle level) " + e.message[:300] for e in validator.iter_errors(bundle)]


def _load(path: pathlib.Path) -> dict:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def test_the_tool_wrote_bundles():
    assert BUNDLES, f"no *.json in {BUNDLE_DIR}: did 'tools: write FHIR bundles' run?"
    names = {p.stem for p in BUNDLES}
    assert {"minimal", "realistic", "every-code", "ended", "with-cpr"} <= names
    for path in BUNDLES:
        bundle = _load(path)
        assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection", path.name


@pytest.mark.parametrize("path", BUNDLES, ids=[p.stem for p in BUNDLES])
def test_bundle_validates_against_the_r4_schema(path: pathlib.Path, schema: dict, validator):
    bundle = _load(path)
    if not validator.is_valid(bundle):
        problems = _explain(validator, schema, bundle)
        pytest.fail(f"{path.name} is not valid FHIR R4 JSON:\n  " + "\n  ".join(problems[:20]))


def test_the_schema_check_is_not_vacuous(schema: dict, validator):
    """A wrong code, an unknown member, a malformed date and an empty string in a Goal are each
    caught (on a one-entry bundle: invalid bundles are slow to reject, every resource type of
    the schema's oneOf is tried)."""
    realistic = _load(next(p for p in BUNDLES if p.stem == "realistic"))
    goal = next(e for e in realistic["entry"] if e["resource"]["resourceType"] == "Goal")
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [goal]}
    assert validator.is_valid(bundle)
    for field, value in [("lifecycleStatus", "achieved"), ("nonsense", 1), ("statusDate", "12-01-2026")]:
        broken = copy.deepcopy(bundle)
        broken["entry"][0]["resource"][field] = value
        assert not validator.is_valid(broken), field
    broken = copy.deepcopy(bundle)
    broken["entry"][0]["resource"]["description"]["text"] = ""
    assert not validator.is_valid(broken)
    assert any("Goal" in p for p in _explain(validator, schema, broken))
