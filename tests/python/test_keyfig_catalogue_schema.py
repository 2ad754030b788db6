"""The key-figure catalogue (data/keyfig/catalogue.json) against its published JSON Schema
(docs/schemas/keyfig-catalogue.schema.json): the shipped file is valid and says what the brief
asks of the reconstruction, and documents broken in one place are not valid."""

from __future__ import annotations

import copy
import json
import pathlib

import pytest

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def validator(source_dir: pathlib.Path):
    path = source_dir / "docs" / "schemas" / "keyfig-catalogue.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def catalogue(source_dir: pathlib.Path) -> dict:
    path = source_dir / "data" / "keyfig" / "catalogue.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_shipped_catalogue_is_valid(validator, catalogue):
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(catalogue)]
    assert not errors, errors[:5]


def test_the_shipped_catalogue_is_the_reconstruction(catalogue):
    figures = catalogue["figures"]
    assert [f["id"] for f in figures] == [f"kf{i:02d}" for i in range(1, 21)]
    assert [f["number"] for f in figures] == list(range(1, 21))
    by_id = {f["id"]: f for f in figures}
    assert all(f["provisional"] is True for f in figures)
    assert all(f["averaging"] == "weighted" for f in figures)
    assert {i for i, f in by_id.items() if f["source"] == "self_collected"} == {
        "kf16", "kf17", "kf18", "kf19", "kf20"}
    units = {i: f["unit"] for i, f in by_id.items()}
    assert units.pop("kf01") == "per_10000"
    assert units.pop("kf15") == "per_100"
    assert units.pop("kf16") == units.pop("kf17") == "score"
    assert set(units.values()) == {"percent"}
    direction = {i: f["direction"] for i, f in by_id.items()}
    assert direction["kf01"] == "neutral"
    assert direction["kf02"] == direction["kf08"] == direction["kf11"] == direction["kf12"] == "higher_is_better"
    assert {direction[i] for i in ("kf05", "kf06", "kf09", "kf13", "kf14", "kf15")} == {"lower_is_better"}
    assert {direction[f"kf{i}"] for i in range(16, 21)} == {"higher_is_better"}


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
    (["format"], ...),
    (["format_version"], 2),
    (["format_version"], "1"),
    (["figures"], ...),
    (["figures"], {}),
    (["figures", 0], "kf01"),
    (["figures", 0, "id"], "KF01"),
    (["figures", 0, "id"], "1kf"),
    (["figures", 0, "id"], "k" * 33),
    (["figures", 0, "id"], ...),
    (["figures", 0, "number"], 0),
    (["figures", 0, "number"], 1.5),
    (["figures", 0, "name_da"], ""),
    (["figures", 0, "name_en"], ...),
    (["figures", 0, "theme"], 3),
    (["figures", 0, "source"], "dst"),
    (["figures", 0, "numerator"], ...),
    (["figures", 0, "denominator"], ""),
    (["figures", 0, "unit"], "promille"),
    (["figures", 0, "direction"], "up"),
    (["figures", 0, "averaging"], "median"),
    (["figures", 0, "provisional"], "yes"),
    (["figures", 0, "note"], 5),
]


@pytest.mark.parametrize("path,value", BROKEN, ids=lambda x: str(x))
def test_the_schema_rejects_a_broken_catalogue(validator, catalogue, path, value):
    assert not validator.is_valid(_break(catalogue, path, value))


def test_optional_members_may_be_absent_or_null_and_unknown_ones_pass(validator, catalogue):
    doc = copy.deepcopy(catalogue)
    first = doc["figures"][0]
    del first["averaging"], first["provisional"], first["note"]
    doc["figures"][1]["note"] = None
    doc["figures"][2]["dst_table"] = "HAND01"
    assert validator.is_valid(doc)
    assert validator.is_valid({"format": "rorkit-keyfig-catalogue", "format_version": 1, "figures": []})
