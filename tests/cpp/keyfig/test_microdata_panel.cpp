// From aggregates to the panel: municipalities, regions on 1 July (Region Østdanmark from 2027),
// the whole country, weighted and unweighted figures, scores, and kf10's last year.

#include <catch2/catch.hpp>

#include <cmath>

#include "keyfig/microdata_fixture.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "support/errors.hpp"

namespace test_microdata_panel {

using rorkit::CellReason;
using rorkit::CellStatus;
using rorkit::KeyFigureAggregates;
using rorkit::test::day;
using rorkit::test::Micro;
using rorkit::test::open_end;

namespace {

// Sets (numerator, denominator) of one cell through the raw arrays.
void put(KeyFigureAggregates& a, int muni, int year, int figure, std::int64_t num, std::int64_t den) {
  const std::size_t i = (KeyFigureAggregates::municipality_slot(muni) * static_cast<std::size_t>(a.years()) +
                         static_cast<std::size_t>(year - a.first_year())) * 20 + static_cast<std::size_t>(figure - 1);
  a.numerators()[i] = num;
  a.denominators()[i] = den;
}

}  // namespace

TEST_CASE("a computed panel: municipalities, regions, country; kf10 missing in the last year") {
  Micro m;
  m.years = 2;
  m.person(1, 101, 1980, {1, 1}).person(2, 101, 1980).person(3, 147, 1980).person(4, 851, 1980);
  m.spell(1, 3, day(2020, 1, 1), day(2020, 5, 1)).spell(4, 8, day(2019, 1, 1), open_end, 851);
  m.survey(1, 101, 2020, {3, 3, 3, 3, 4}, 61.25, 5, 5, 1).survey(2, 101, 2020, {5, 5, 5, 5, 5}, 80, 1, 1, 0);
  const rorkit::Panel p = m.compute().to_panel();
  CHECK(p.first_year() == 2020);
  CHECK(p.last_year() == 2021);
  CHECK(p.figure_ids().size() == 20);
  auto cell = [&](const char* area, int year, const char* figure) { return p.cell(area, year, figure); };
  CHECK(cell("101", 2020, "kf01").value == Approx(5000.0));  // 1 of 2, per 10,000
  CHECK(cell("101", 2020, "kf01").numerator == 1);
  CHECK(cell("101", 2020, "kf01").denominator == 2);
  CHECK(cell("147", 2020, "kf01").status == CellStatus::true_zero);
  CHECK(cell("084", 2020, "kf01").value == Approx(10000.0 / 3));  // Hovedstaden: 101 + 147
  CHECK(cell("081", 2020, "kf01").value == Approx(10000.0));      // Nordjylland: 851
  CHECK(cell("000", 2020, "kf01").value == Approx(5000.0));       // 2 of 4
  CHECK(cell("082", 2020, "kf01").status == CellStatus::missing);  // nobody there
  CHECK(cell("082", 2020, "kf01").reason == CellReason::zero_denominator);
  CHECK(cell("086", 2020, "kf01").reason == CellReason::not_reported);  // no Østdanmark yet
  CHECK(cell("101", 2020, "kf11").value == Approx(100.0));
  // Scores are kept in thousandths: the panel shows points.
  CHECK(cell("101", 2020, "kf16").value == Approx((64.0 + 100.0) / 2));
  CHECK(cell("101", 2020, "kf16").numerator == Approx(164.0));
  CHECK(cell("101", 2020, "kf17").value == Approx((61.25 + 80) / 2));
  CHECK(cell("000", 2020, "kf18").value == Approx(50.0));
  // kf10 of 2020 is known (2021 is in the data), of 2021 never.
  CHECK(cell("101", 2020, "kf10").status == CellStatus::value);
  CHECK(cell("101", 2020, "kf10").value == Approx(100.0));
  for (const char* area : {"101", "851", "084", "000"}) {
    CHECK(cell(area, 2021, "kf10").status == CellStatus::missing);
    CHECK(cell(area, 2021, "kf10").reason == CellReason::incomplete_followup);
  }
}

TEST_CASE("regions on 1 July of each year: Region Østdanmark from 2027") {
  KeyFigureAggregates a(2026, 2027);
  for (int year : {2026, 2027}) {
    put(a, 101, year, 1, 10, 1000);  // Hovedstaden
    put(a, 259, year, 1, 30, 1000);  // Køge, Sjælland
  }
  const rorkit::Panel p = a.to_panel();
  CHECK(p.cell("084", 2026, "kf01").value == Approx(100.0));
  CHECK(p.cell("085", 2026, "kf01").value == Approx(300.0));
  CHECK(p.cell("086", 2026, "kf01").reason == CellReason::not_reported);
  CHECK(p.cell("086", 2027, "kf01").value == Approx(200.0));
  CHECK(p.cell("086", 2027, "kf01").denominator == 2000);
  CHECK(p.cell("084", 2027, "kf01").reason == CellReason::not_reported);
  CHECK(p.cell("000", 2027, "kf01").value == Approx(200.0));
}

TEST_CASE("unweighted figures average the municipalities' values") {
  KeyFigureAggregates a(2022, 2023);
  put(a, 101, 2022, 3, 1, 10);    // 10 %
  put(a, 147, 2022, 3, 30, 100);  // 30 %
  put(a, 851, 2022, 3, 0, 5);     // 0 %, a true zero
  rorkit::Catalogue c = rorkit::Catalogue::builtin();
  rorkit::KeyFigure k = c.at("kf03");
  k.averaging = rorkit::Averaging::unweighted;
  c.put(k);
  const rorkit::Panel weighted = a.to_panel();
  const rorkit::Panel plain = a.to_panel(c);
  CHECK(weighted.cell("084", 2022, "kf03").value == Approx(31.0 / 110 * 100));
  CHECK(plain.cell("084", 2022, "kf03").value == Approx(20.0));
  CHECK(plain.cell("000", 2022, "kf03").value == Approx((10.0 + 30.0 + 0.0) / 3));
  CHECK(plain.cell("083", 2022, "kf03").reason == CellReason::zero_denominator);
  CHECK(plain.cell("101", 2022, "kf03").value == Approx(10.0));
}

TEST_CASE("empty aggregates make no panel") {
  CHECK(rorkit::test::status_of([] { (void)KeyFigureAggregates().to_panel(); }) ==
        RORKIT_ERROR_INVALID_STATE);
}

}  // namespace test_microdata_panel
