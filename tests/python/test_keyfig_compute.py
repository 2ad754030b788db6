"""Computing key figures from columns: numpy arrays and pandas DataFrames give the same
aggregates as the C++ generator's own data, any partition merged gives the one-pass result,
aggregates pickle, the synthetic arrays share memory with the generator, and bad input is
refused with the table, row and column."""

from __future__ import annotations

import gc
import pickle

import numpy as np
import pytest

import rorkit

ARGS = dict(persons=40_000, years=4, seed=5, first_year=2020)


@pytest.fixture(scope="module")
def data():
    return rorkit.synthetic_microdata(**ARGS)


@pytest.fixture(scope="module")
def one_pass(data):
    return rorkit.compute_key_figures(**data)


def _subset(data, mask):
    persons = {k: (v[mask] if k != "first_year" else v) for k, v in data["persons"].items()}
    return {**data, "persons": persons}


def test_synthetic_arrays_share_memory_with_the_generator(data):
    p = data["persons"]
    assert p["id"].dtype == np.int64 and p["municipality"].dtype == np.int16
    assert p["status"].shape == (40_000, 4) and p["status"].dtype == np.uint8
    assert data["surveys"]["who5"].shape[1] == 5
    for table in data.values():
        for name, a in table.items():
            if isinstance(a, np.ndarray):
                assert a.flags.owndata is False, name
                assert a.flags.writeable is False, name
                assert a.base is not None
    # Every array keeps the generator's data alive on its own.
    fresh = rorkit.synthetic_microdata(**ARGS)
    ids = fresh["persons"]["id"]
    expected = ids.copy()
    del fresh
    gc.collect()
    junk = [bytearray(b"\xff" * 100_000) for _ in range(50)]
    assert np.array_equal(ids, expected)
    del junk


def test_numpy_equals_the_generators_own_data(one_pass):
    assert one_pass == rorkit.synthetic_aggregates(**ARGS)
    assert (one_pass.first_year, one_pass.last_year) == (2020, 2023)
    assert one_pass.numerators.shape == (98, 4, 20)
    assert one_pass.stair.shape == (98, 4, 7, 7)
    assert one_pass.numerators.flags.writeable is False and one_pass.numerators.base is one_pass
    slot = rorkit.KeyFigureAggregates.municipalities.index("730")
    assert one_pass.numerators[slot, 2, 0] == one_pass.numerator(730, 2022, 1)
    assert one_pass.denominators[slot, 2, 0] == one_pass.denominator(730, 2022, 1)


def test_thread_count_does_not_matter(data, one_pass):
    assert rorkit.compute_key_figures(**data, threads=1) == one_pass
    assert rorkit.compute_key_figures(**data, threads=3) == one_pass


def test_pandas_frames_equal_numpy(data, one_pass):
    pytest.importorskip("pandas")
    frames = rorkit.keyfig.microdata_frames(data)
    assert "status_2020" in frames["persons"].columns and "who5_3" in frames["surveys"].columns
    assert rorkit.compute_key_figures(**frames) == one_pass


def test_other_dtypes_are_converted_once(data, one_pass):
    persons = dict(data["persons"])
    persons["municipality"] = persons["municipality"].astype(np.int64)
    persons["birth_year"] = persons["birth_year"].astype(np.float64)
    spells = dict(data["spells"])
    spells["start"] = spells["start"].astype("datetime64[D]")
    assert rorkit.compute_key_figures(persons, spells, data["admissions"], data["surveys"]) == one_pass


@pytest.mark.parametrize("partitions", [2, 5])
def test_partitions_by_id_range_merge_to_one_pass(data, one_pass, partitions):
    ids = data["persons"]["id"]
    edges = np.linspace(0, len(ids), partitions + 1).astype(int)
    parts = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = np.zeros(len(ids), dtype=bool)
        mask[lo:hi] = True
        parts.append(rorkit.compute_key_figures(**_subset(data, mask)))
    assert rorkit.KeyFigureAggregates.merge_all(parts) == one_pass
    assert rorkit.KeyFigureAggregates.merge_all(parts[::-1]) == one_pass  # commutative


def test_partitions_by_municipality_merge_to_one_pass(data, one_pass):
    muni = data["persons"]["municipality"]
    total = rorkit.KeyFigureAggregates()
    for group in np.array_split(np.unique(muni), 4):
        total = total + rorkit.compute_key_figures(**_subset(data, np.isin(muni, group)))
    assert total == one_pass
    assert total.to_panel() == one_pass.to_panel()


def test_merge_is_associative(data):
    ids = data["persons"]["id"]
    a, b, c = (rorkit.compute_key_figures(**_subset(data, (ids % 3) == k)) for k in range(3))
    assert (a + b) + c == a + (b + c) == (c + a) + b
    empty = rorkit.KeyFigureAggregates()
    assert empty.empty and empty + a == a == a + empty


def test_pickle_and_serialize(one_pass):
    raw = one_pass.serialize()
    assert isinstance(raw, bytes) and raw[:4] == b"RKFA"
    assert rorkit.KeyFigureAggregates.deserialize(raw) == one_pass
    assert pickle.loads(pickle.dumps(one_pass)) == one_pass
    with pytest.raises(rorkit.ParseError):
        rorkit.KeyFigureAggregates.deserialize(b"RKFB" + raw[4:])
    bad = bytearray(raw)
    bad[40 + 2 * 98:40 + 2 * 98 + 8] = b"\xff" * 8
    with pytest.raises(rorkit.ParseError, match="negative"):
        rorkit.KeyFigureAggregates.deserialize(bytes(bad))


def test_merge_refuses_other_years(data, one_pass):
    later = rorkit.compute_key_figures(**data, first_year=2021)
    with pytest.raises(rorkit.InvalidArgumentError, match="merge"):
        one_pass.merge(later)


def _small(data, n=200):
    persons = {k: (np.array(v[:n]) if k != "first_year" else v) for k, v in data["persons"].items()}
    spells = {k: np.array(v[:50]) for k, v in data["spells"].items()}
    return persons, spells


def test_bad_rows_name_table_row_and_column(data):
    persons, spells = _small(data)
    persons["municipality"][17] = 999
    with pytest.raises(rorkit.InvalidArgumentError, match=r"persons row 17, column municipality.*999"):
        rorkit.compute_key_figures(persons)
    persons, spells = _small(data)
    spells["end"][5] = spells["start"][5] - 1
    with pytest.raises(rorkit.InvalidArgumentError, match=r"spells row 5.*before it starts"):
        rorkit.compute_key_figures(persons, spells)
    persons, spells = _small(data)
    persons["id"][3] = persons["id"][2]
    with pytest.raises(rorkit.InvalidArgumentError, match="duplicate"):
        rorkit.compute_key_figures(persons)


def test_bad_columns(data):
    persons, spells = _small(data)
    p = dict(persons, municipality=persons["municipality"].astype(np.int64) + 40_000)
    with pytest.raises(rorkit.InvalidArgumentError, match="persons.municipality"):
        rorkit.compute_key_figures(p)
    p = dict(persons, birth_year=persons["birth_year"] + 0.5)
    with pytest.raises(rorkit.InvalidArgumentError, match="fractional"):
        rorkit.compute_key_figures(p)
    p = dict(persons, id=persons["id"][:-1])
    with pytest.raises(rorkit.InvalidArgumentError, match="lengths differ"):
        rorkit.compute_key_figures(p)
    p = dict(persons)
    del p["birth_year"]
    with pytest.raises(rorkit.InvalidArgumentError, match="birth_year"):
        rorkit.compute_key_figures(p)
    with pytest.raises(rorkit.InvalidArgumentError, match="age band"):
        rorkit.compute_key_figures(persons, min_age=70)
