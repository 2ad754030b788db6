"""rorkit's register-based key figures (kf01-kf15) against independent implementations of the
same definitions in pandas, polars and DuckDB (tests/benchmarks/keyfig_reference, the ones the
comparison benchmark times), on synthetic data written by tests/tools/keyfig_synth: every
numerator and denominator must agree exactly with rorkit's aggregates.csv.

ctest sets RORKIT_KEYFIG_SYNTH to the tool; without it the tests skip.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from keyfig_reference import check, load  # noqa: E402

# (name, keyfig_synth options): a realistic population (about 0.8 % of the adults in the target
# group) and a stressed one (40 % hold spells, five each on average: overlapping and chained
# spells, moves on the stair, re-visitations) over 11 years: the engine counts 8 years per word
# and flushes a municipality's words every 255 persons, so this crosses both boundaries.
DATASETS = {
    "realistic": ["--persons", "20000", "--years", "6", "--first-year", "2018", "--seed", "11"],
    "stressed": ["--persons", "20000", "--years", "11", "--first-year", "2014", "--seed", "12",
                 "--spell-share", "0.4", "--spells-per-person", "5"],
}


@pytest.fixture(scope="module", params=sorted(DATASETS))
def dataset(request, tmp_path_factory):
    tool = os.environ.get("RORKIT_KEYFIG_SYNTH")
    if not tool:
        pytest.skip("RORKIT_KEYFIG_SYNTH is not set (run the suite through ctest)")
    out = tmp_path_factory.mktemp(f"keyfig-{request.param}")
    subprocess.run([tool, *DATASETS[request.param], "--out", str(out)], check=True,
                   capture_output=True)
    return out, load.load(out), load.read_aggregates(out)


@pytest.mark.parametrize("tool", ["pandas", "polars", "duckdb"])
def test_reference_agrees_exactly_with_rorkit(dataset, tool):
    pytest.importorskip(tool, reason=f"{tool} is not installed in this environment")
    directory, md, expected = dataset
    ref = importlib.import_module(f"keyfig_reference.{tool}_ref")
    got = check.cells(ref.key_figures(ref.prepare(md)))
    diffs = check.differences(expected, got, md.last_year, rorkit_side=True)
    assert not diffs, f"{tool} differs from rorkit ({directory}):\n" + "\n".join(diffs)
    # The last year's kf10 is missing on the reference side (incomplete follow-up).
    last = [v for (m, y, f), v in got.items() if f == 10 and y == md.last_year]
    assert last and all(num == check.MISSING for num, _ in last)


def test_the_data_exercise_every_figure(dataset):
    """The comparison is not vacuous: every figure has non-zero counts somewhere, and the stair
    moves both ways."""
    _, md, expected = dataset
    for figure in range(1, 16):
        nums = [num for (m, y, f), (num, den) in expected.items()
                if f == figure and y < md.last_year]
        dens = [den for (m, y, f), (num, den) in expected.items() if f == figure]
        assert sum(dens) > 0, f"kf{figure:02d} has no denominator anywhere"
        assert sum(nums) > 0, f"kf{figure:02d} has no numerator anywhere"


def test_a_changed_count_is_reported(dataset):
    _, md, expected = dataset
    key = next(k for k, (num, den) in expected.items() if k[2] == 3 and den > 0)
    changed = dict(expected)
    changed[key] = (expected[key][0] + 1, expected[key][1])
    # Both sides hold every count (no missing last-year kf10): compare every cell.
    diffs = check.differences(expected, changed, last_year=None)
    assert len(diffs) == 1 and "kf03" in diffs[0]


def _edge_microdata(seed: int = 5):
    """A small data set dense in the boundaries of the Definitions, built here (not by the
    generator whose counts are checked): dates on and next to 1 January and 31 December, one-day
    spells, open spells, spells before and after the years, spells chained exactly 365 and 366
    days after an end (kf10), basis 9, ages 17/18/64/65, spells and admissions of persons not in
    the persons table, admissions outside the years, unsorted child tables."""
    import numpy as np

    rng = np.random.default_rng(seed)
    first, years, n = 2019, 4, 3000
    j = [load.jan1(first + k) for k in range(-2, years + 3)]
    days = np.array(sorted({d + o for d in j for o in (-366, -365, -2, -1, 0, 1, 2, 180)}),
                    dtype=np.int32)
    ids = np.arange(10, 10 + 3 * n, 3, dtype=np.int64)
    munis = np.array([101, 147, 851, 860], dtype=np.int16)
    ages = np.array([17, 18, 19, 40, 63, 64, 65])
    birth = (first + rng.integers(0, years, n) - rng.choice(ages, n)).astype(np.int16)
    status = rng.integers(0, 16, (n, years), dtype=np.uint8)
    holders = rng.choice(ids, n // 2, replace=False)
    persons_s = np.concatenate([rng.choice(holders, 4 * n), rng.integers(0, 9 * n, 200)])
    start = rng.choice(days, persons_s.size)
    length = rng.choice(np.array([0, 0, 1, 30, 364, 365, 366, 800, -1]), persons_s.size)
    end = np.where(length < 0, np.iinfo(np.int32).max, start + np.maximum(length, 0)).astype(np.int32)
    # Chains: a follow-up spell exactly 365 or 366 days after some ends.
    pick = rng.choice(np.flatnonzero(length >= 0), n // 2, replace=False)
    gap = rng.choice(np.array([1, 364, 365, 366]), pick.size)
    persons_s = np.concatenate([persons_s, persons_s[pick]])
    start = np.concatenate([start, (end[pick] + gap).astype(np.int32)])
    end = np.concatenate([end, (end[pick] + gap + 10).astype(np.int32)])
    basis = rng.integers(1, 10, persons_s.size, dtype=np.int8)
    order = rng.permutation(persons_s.size)
    adm_person = np.concatenate([rng.choice(holders, 2 * n), rng.integers(0, 9 * n, 50)])
    adm_date = rng.choice(days, adm_person.size)
    columns = {
        "persons_id": ids, "persons_municipality": rng.choice(munis, n),
        "persons_birth_year": birth, "persons_status": status,
        "spells_person": persons_s[order].astype(np.int64),
        "spells_municipality": rng.choice(munis, persons_s.size)[order],
        "spells_basis": basis[order], "spells_start": start[order], "spells_end": end[order],
        "admissions_person": adm_person.astype(np.int64), "admissions_date": adm_date,
    }
    return load.Microdata(columns, first, years)


def test_references_and_rorkit_agree_on_the_boundaries():
    """The three references and rorkit (through its Python module) on the boundary cases."""
    rorkit = pytest.importorskip("rorkit", reason="the rorkit module is not importable here")
    import numpy as np

    compute = getattr(rorkit, "compute_key_figures", None) or \
        importlib.import_module("rorkit.keyfig").compute_key_figures
    md = _edge_microdata()
    p = md.table("persons")
    agg = compute(
        persons={**p, "first_year": md.first_year}, spells=md.table("spells"),
        admissions=md.table("admissions"), threads=2)
    codes = [int(c) for c in type(agg).municipalities]
    num, den = np.asarray(agg.numerators), np.asarray(agg.denominators)
    expected = {(m, md.first_year + y, f + 1): (int(num[i, y, f]), int(den[i, y, f]))
                for i, m in enumerate(codes) for y in range(md.years) for f in range(15)}
    assert any(v[0] > 0 for k, v in expected.items() if k[2] == 10 and k[1] < md.last_year)
    for tool in ("pandas", "polars", "duckdb"):
        pytest.importorskip(tool)
        ref = importlib.import_module(f"keyfig_reference.{tool}_ref")
        got = check.cells(ref.key_figures(ref.prepare(md)))
        diffs = check.differences(expected, got, md.last_year, rorkit_side=True)
        assert not diffs, f"{tool} differs from rorkit on the boundary cases:\n" + "\n".join(diffs)
