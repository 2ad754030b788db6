"""Key figures in Python: catalogue, Panel (zero-copy views, tidy frames, CSV), suppression,
analytics and the HTML report; bad input gives a specific exception with the place."""

from __future__ import annotations

import copy
import gc
import math

import numpy as np
import pytest

import rorkit

STATBANK = "OMRÅDE;TID;INDHOLD\n000;2022;5873500\n101;2022;644400\nThisted;2022;43500\n787;2023;..\n"


@pytest.fixture(scope="module")
def aggregates():
    return rorkit.synthetic_aggregates(persons=60_000, years=4, first_year=2020, seed=11)


@pytest.fixture()
def panel(aggregates):
    return aggregates.to_panel()


# ---- catalogue -------------------------------------------------------------------------------


def test_catalogue():
    cat = rorkit.Catalogue.builtin()
    assert len(cat) == 20
    assert [k.id for k in cat][:3] == ["kf01", "kf02", "kf03"]
    assert cat["kf16"].unit == rorkit.FigureUnit.score
    assert cat["kf01"].unit.code == "per_10000"
    assert "kf20" in cat and "kf99" not in cat
    assert cat.find("kf99") is None
    with pytest.raises(rorkit.NotFoundError, match="kf99"):
        cat["kf99"]
    assert rorkit.Catalogue.from_json(cat.to_json()) == cat
    with pytest.raises(rorkit.ParseError):
        rorkit.Catalogue.from_json('{"format":\n')


# ---- panels from StatBank CSV ----------------------------------------------------------------


def test_statbank_panel(tmp_path):
    p = rorkit.Panel.from_statbank_csv(STATBANK, "folk1a")
    assert p.shape == (1, 2, 3)
    assert p.areas == ["000", "101", "787"]
    assert p.years == [2022, 2023]
    assert p.figures == ["folk1a"]
    assert p.cell("0101", 2022, "folk1a").value == 644400
    c = p.cell("787", 2023, "folk1a")
    assert c.status == rorkit.CellStatus.missing and c.reason == rorkit.CellReason.source_missing
    assert math.isnan(c.value)
    path = tmp_path / "folk.csv"
    path.write_text(STATBANK, encoding="utf-8")
    assert rorkit.Panel.from_statbank_csv(path, "folk1a") == p
    assert rorkit.Panel.from_statbank_csv(str(path), "folk1a") == p


@pytest.mark.parametrize(
    "text, error, words",
    [
        ("OMRÅDE;TID;INDHOLD\n000;2022;58x\n", rorkit.ParseError, ["line 2", "column"]),
        ("OMRÅDE;TID;INDHOLD\n999;2022;1\n", rorkit.NotFoundError, ["999", "line 2"]),
        ("OMRÅDE;TID;INDHOLD\nAtlantis;2022;1\n", rorkit.NotFoundError, ["Atlantis"]),
        ("OMRÅDE;TID;INDHOLD\n101;2022;1\n0101;2022;2\n", rorkit.DuplicateError, ["line 3"]),
    ],
)
def test_statbank_errors(text, error, words):
    with pytest.raises(error) as e:
        rorkit.Panel.from_statbank_csv(text, "f")
    for w in words:
        assert w in str(e.value)


def test_missing_file_is_an_io_error(tmp_path):
    with pytest.raises(rorkit.IoError, match="nope.csv"):
        rorkit.Panel.from_statbank_csv(tmp_path / "nope.csv", "f")


# ---- zero-copy views -------------------------------------------------------------------------


@pytest.mark.parametrize("name, dtype", [("values", np.float64), ("numerators", np.float64),
                                         ("denominators", np.float64), ("status", np.uint8),
                                         ("reason", np.uint8)])
def test_views_are_read_only_and_share_memory(panel, name, dtype):
    a = getattr(panel, name)
    assert a.dtype == dtype
    assert a.shape == panel.shape == (20, 4, 105)
    assert a.flags.owndata is False
    assert a.flags.writeable is False
    assert a.flags.c_contiguous
    assert a.base is panel
    # Two views of the same array share the same memory: no copy was made.
    assert np.shares_memory(a, getattr(panel, name))
    with pytest.raises(ValueError):
        a[0, 0, 0] = 1


def test_view_keeps_the_panel_alive(aggregates):
    p = aggregates.to_panel()
    values = p.values
    expected = values.copy()
    del p
    gc.collect()
    junk = [aggregates.to_panel() for _ in range(5)] + [bytearray(b"\xff" * 100_000) for _ in range(50)]
    assert np.array_equal(values, expected, equal_nan=True)
    assert isinstance(values.base, rorkit.Panel)
    del junk


def test_views_agree_with_cells(panel):
    f, y, a = panel.figures.index("kf01"), panel.years.index(2022), panel.areas.index("730")
    c = panel.cell("Randers", 2022, "kf01")
    assert panel.values[f, y, a] == c.value
    assert panel.numerators[f, y, a] == c.numerator
    assert panel.denominators[f, y, a] == c.denominator
    assert panel.status[f, y, a] == int(c.status)
    # kf10 needs twelve months after the year: missing in the last year, NaN, never 0.
    k = panel.figures.index("kf10")
    assert (panel.reason[k, -1, :] == int(rorkit.CellReason.incomplete_followup)).all()
    assert np.isnan(panel.values[k, -1, :]).all()


def test_suppress_in_place_updates_existing_views(panel):
    values = panel.values
    before = values.__array_interface__["data"][0]
    report = panel.suppress(threshold=5, complementary=True)
    assert report.primary > 0 and report.complementary >= 0
    assert panel.values.__array_interface__["data"][0] == before  # same storage
    suppressed = panel.status == int(rorkit.CellStatus.suppressed)
    assert suppressed.any()
    assert np.isnan(values[suppressed]).all()  # the old view sees it: nothing leaks
    assert np.isnan(panel.numerators[suppressed]).all()
    assert panel.find_recoverable() == ""
    again = panel.suppress()
    assert (again.primary, again.complementary) == (0, 0)


def test_failed_suppress_changes_nothing(panel):
    before = panel.to_csv()
    with pytest.raises(rorkit.InvalidArgumentError, match="threshold"):
        panel.suppress(threshold=-1)
    assert panel.to_csv() == before


# ---- tidy frames -----------------------------------------------------------------------------


def test_to_pandas(panel):
    pd = pytest.importorskip("pandas")
    panel.suppress()
    df = panel.to_pandas()
    assert list(df.columns) == ["area", "area_name", "year", "figure", "value", "numerator",
                                "denominator", "status", "reason"]
    assert len(df) == 105 * 4 * 20
    assert df["year"].dtype == np.int64
    for col in ("value", "numerator", "denominator"):
        assert df[col].dtype == np.float64
    for col in ("area", "area_name", "figure", "status", "reason"):
        assert pd.api.types.is_string_dtype(df[col]) or df[col].dtype == object
    row = df[(df.area == "730") & (df.year == 2022) & (df.figure == "kf01")].iloc[0]
    c = panel.cell("730", 2022, "kf01")
    assert row.area_name == "Randers"
    assert row.value == c.value and row.status == c.status.code
    gone = df[df.status == "suppressed"]
    assert len(gone) > 0 and gone.value.isna().all() and gone.numerator.isna().all()
    assert set(gone.reason) <= {"small_numerator", "small_denominator", "complementary"}
    last = df[(df.figure == "kf10") & (df.year == 2023)]
    assert (last.status == "missing").all() and (last.reason == "incomplete_followup").all()
    assert last.value.isna().all()
    assert set(df.status) <= {"value", "true_zero", "missing", "suppressed"}


# ---- the panel CSV ---------------------------------------------------------------------------


def test_panel_csv_round_trip(panel, tmp_path):
    panel.suppress()
    text = panel.to_csv()
    assert text.startswith("area;year;figure;value;numerator;denominator;status;reason\n")
    back = rorkit.Panel.from_csv(text)
    assert back == panel
    path = tmp_path / "panel.csv"
    path.write_text(text, encoding="utf-8")
    assert rorkit.Panel.from_csv(path) == panel


HEAD = "area;year;figure;value;numerator;denominator;status;reason\n"


@pytest.mark.parametrize(
    "rows, error, words",
    [
        ("101;2022;kf02;50;-1;2;value;none\n", rorkit.InvalidArgumentError, ["negative", "line 2", "numerator"]),
        ("101;2022;kf02;0;0;0;value;none\n", rorkit.InvalidArgumentError, ["zero denominator"]),
        ("999;2022;kf02;1;;;value;none\n", rorkit.NotFoundError, ["999", "line 2, column 1"]),
        ("101;2022;kf02;1;;;value;none\n101;2022;kf02;1;;;value;none\n", rorkit.DuplicateError, ["line 3"]),
        ("101;2022;kf02;1;;value;none\n", rorkit.ParseError, ["line 2", "8 fields"]),
        ("101;20x2;kf02;1;;;value;none\n", rorkit.ParseError, ["year"]),
        ("101;2022;kf02;0;;;missing;not_reported\n", rorkit.InvalidArgumentError, ["missing"]),
        ("101;2022;kf02;51;10;20;value;none\n", rorkit.InvalidArgumentError, ["does not match"]),
    ],
)
def test_panel_csv_errors(rows, error, words):
    with pytest.raises(error) as e:
        rorkit.Panel.from_csv(HEAD + rows)
    for w in words:
        assert w in str(e.value)


# ---- analytics -------------------------------------------------------------------------------


def test_development_and_trend(panel):
    d = panel.development("Randers", "kf01")
    assert d.area == "730" and d.base_year == 2020
    assert [p.year for p in d.points] == [2020, 2021, 2022, 2023]
    assert not d.points[0].change_previous.ok
    assert math.isnan(d.points[0].change_previous.value)
    assert d.points[1].change_previous.value == pytest.approx(
        d.points[1].level.value - d.points[0].level.value)
    assert d.points[0].index.value == pytest.approx(100)
    t = panel.trend("730", "kf01")
    assert t.points == 4 and t.slope_low <= t.slope <= t.slope_high
    with pytest.raises(rorkit.OutOfRangeError):
        panel.development("730", "kf01", base_year=1999)
    with pytest.raises(rorkit.NotFoundError, match="Atlantis"):
        panel.development("Atlantis", "kf01")


def test_rank_and_comparisons(panel):
    r = panel.rank("730", 2022, "kf01")
    assert 1 <= r.rank <= r.of == 98
    country = panel.compare_with_country("730", 2022, "kf01")
    assert country.reference == "000" and country.rule.startswith("reported")
    region = panel.compare_with_region("730", 2022, "kf01")
    assert region.reference == "082"
    group = panel.compare_with_group("730", ["751", "Viborg", "746"], 2022, "kf01")
    assert group.members == ["751", "791", "746"] or sorted(group.members) == ["746", "751", "791"]
    assert group.member_count == 3 and group.averaging == rorkit.Averaging.weighted
    assert "3 municipalities" in group.rule
    assert group.difference.value == pytest.approx(
        panel.cell("730", 2022, "kf01").value - group.reference_value.value)
    unweighted = panel.compare_with_group("730", ["751", "791"], 2022, "kf01",
                                          averaging=rorkit.Averaging.unweighted)
    assert unweighted.averaging == rorkit.Averaging.unweighted
    with pytest.raises(rorkit.DuplicateError):
        panel.compare_with_group("730", ["751", "0751"], 2022, "kf01")
    with pytest.raises(rorkit.InvalidArgumentError):
        panel.rank("000", 2022, "kf01")


def test_most_similar(panel):
    similar = panel.most_similar("Randers", 2022)
    assert len(similar) == 5 and "730" not in similar
    codes = [a.code for a in panel.area_list if a.kind == rorkit.AreaKind.municipality]
    variables = panel.structural_variables(2022, ["kf01", "kf11", "kf13"])
    assert variables.shape == (98, 3)
    assert rorkit.most_similar(codes, variables, "730", 5) == similar


def test_html_report(panel, aggregates):
    html = rorkit.html_report(panel, "730", data_note="Syntetiske data", stair=aggregates)
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "Randers" in html and "<svg" in html and "Syntetiske data" in html
    assert "<script" not in html
    with pytest.raises(rorkit.NotFoundError):
        rorkit.html_report(panel, "Atlantis")
    with pytest.raises(rorkit.OutOfRangeError):
        rorkit.html_report(panel, "730", year=2040)


def test_copy(panel):
    assert copy.deepcopy(panel) == panel
    assert copy.copy(panel) == panel


def _stair_aggregates(on_step1: int, on_step3: int):
    # Adults in København, all with an open spell from 2021: `on_step3` on §85 own home (step 3),
    # `on_step1` on §82a (step 1), so the same distribution on 1 January and 31 December 2022.
    n = on_step1 + on_step3
    ids = np.arange(1, n + 1, dtype=np.int64)
    persons = {"id": ids, "municipality": np.full(n, 101), "birth_year": np.full(n, 1980),
               "status": np.zeros((n, 1), dtype=np.uint8), "first_year": 2022}
    spells = {"person": ids, "municipality": np.full(n, 101),
              "basis": np.array([3] * on_step3 + [1] * on_step1),
              "start": np.full(n, 18628), "end": np.full(n, np.iinfo(np.int32).max)}  # 2021-01-01
    return rorkit.compute_key_figures(persons, spells)


def test_stair_shares_withhold_small_steps_and_the_step_that_would_give_them_away():
    start, end = _stair_aggregates(6, 10).stair_shares(101, 2022)
    np.testing.assert_allclose(start, [37.5, 0, 62.5, 0, 0, 0])
    np.testing.assert_allclose(end, start)
    # 2 on step 1 is withheld; step 3 would then be 100 % minus it, so it is withheld too.
    agg = _stair_aggregates(2, 10)
    for side in agg.stair_shares(101, 2022):
        assert np.isnan(side[[0, 2]]).all() and (side[[1, 3, 4, 5]] == 0).all()
    np.testing.assert_allclose(agg.stair_shares(101, 2022, threshold=0)[0],
                               [100 * 2 / 12, 0, 100 * 10 / 12, 0, 0, 0])
    # 4 persons in all: nothing at all.
    assert np.isnan(_stair_aggregates(2, 2).stair_shares(101, 2022)[0]).all()
    with pytest.raises(rorkit.InvalidArgumentError, match="threshold"):
        agg.stair_shares(101, 2022, threshold=-1)
    with pytest.raises(rorkit.NotFoundError, match="999"):
        agg.stair_shares(999, 2022)
    with pytest.raises(rorkit.OutOfRangeError, match="2030"):
        agg.stair_shares(101, 2030)


def test_plot_stair_never_leaves_one_share_recoverable():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # 2 on step 1 (withheld: 1-4) and 10 on step 3: drawn alone, step 3 would be 10/12 and
    # step 1 = 100 % - 83.3 %; so step 3 is withheld too and no share is drawn.
    ax = rorkit.plot_stair(_stair_aggregates(2, 10), "101", 2022)
    heights = np.array([p.get_height() for p in ax.patches])
    assert len(heights) == 12
    for bars in (heights[:6], heights[6:]):  # 1 January, 31 December; empty steps are 0 %
        assert np.isnan(bars[[0, 2]]).all() and (bars[[1, 3, 4, 5]] == 0).all()
    plt.close("all")
    # 6 and 10: nothing small; shares 6/16 = 37.5 % and 10/16 = 62.5 %, start and end alike.
    ax = rorkit.plot_stair(_stair_aggregates(6, 10), "101", 2022)
    heights = [p.get_height() for p in ax.patches]
    assert heights[:6] == pytest.approx([37.5, 0, 62.5, 0, 0, 0])
    assert heights[6:] == pytest.approx([37.5, 0, 62.5, 0, 0, 0])
    plt.close("all")
