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
# spells, moves on the stair, re-visitations).
DATASETS = {
    "realistic": ["--persons", "20000", "--years", "6", "--first-year", "2018", "--seed", "11"],
    "stressed": ["--persons", "20000", "--years", "6", "--first-year", "2018", "--seed", "12",
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
