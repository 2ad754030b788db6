// The panel (areas x years x figures with statuses) and the standard areas.

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "keyfig_panels.hpp"
#include "rorkit/keyfig/panel.hpp"
#include "support/errors.hpp"

namespace test_panel {

using namespace rorkit;
using rorkit::test::error_of;
using rorkit::test::status_of;

TEST_CASE("standard areas: the country, the regions of the year, the 98 municipalities", "[keyfig][panel]") {
  const auto y2026 = standard_areas(2026);
  REQUIRE(y2026.size() == 1 + 5 + 98);
  CHECK(y2026[0] == Area{"000", AreaKind::country, "Hele landet"});
  CHECK(y2026[0].name == "Hele landet");
  CHECK(y2026[0].kind == AreaKind::country);
  CHECK(y2026[1].code == "081");
  CHECK(y2026[1].name == "Region Nordjylland");
  CHECK(y2026[4].code == "084");
  CHECK(y2026[4].name == "Region Hovedstaden");
  CHECK(y2026[5].code == "085");
  CHECK(y2026[5].kind == AreaKind::region);
  CHECK(y2026[6].code == "101");
  CHECK(y2026[6].name == "København");
  CHECK(y2026[6].kind == AreaKind::municipality);
  CHECK(y2026.back().code == "860");
  for (std::size_t i = 1; i < y2026.size(); ++i) CHECK(y2026[i - 1].code < y2026[i].code);

  const auto y2027 = standard_areas(2027);
  REQUIRE(y2027.size() == 1 + 4 + 98);
  CHECK(y2027[4].code == "086");
  CHECK(y2027[4].name == "Region Østdanmark");
  CHECK(y2027[5].code == "101");

  const auto all = standard_areas();
  REQUIRE(all.size() == 1 + 6 + 98);
  CHECK(all[6].code == "086");
  CHECK(status_of([] { (void)standard_areas(2006); }) == RORKIT_ERROR_OUT_OF_RANGE);
}

TEST_CASE("find_area takes StatBank codes, DAWA codes and labels", "[keyfig][panel]") {
  CHECK(find_area("000").kind == AreaKind::country);
  CHECK(find_area("Hele landet").code == "000");
  CHECK(find_area("hele landet").code == "000");
  CHECK(find_area("081").name == "Region Nordjylland");
  CHECK(find_area("084").kind == AreaKind::region);
  CHECK(find_area("086").name == "Region Østdanmark");
  CHECK(find_area("1085").code == "085");
  CHECK(find_area("Region Hovedstaden").code == "084");
  CHECK(find_area("Region Sjælland").code == "085");
  CHECK(find_area("101").name == "København");
  CHECK(find_area("0101").code == "101");
  CHECK(find_area(" 773 ").name == "Morsø");
  CHECK(find_area("Thisted").code == "787");
  CHECK(find_area("Aabenraa Kommune").code == "580");
  CHECK(find_area("Bornholm").code == "400");

  for (const char* q : {"", "087", "999", "0", "Atlantis", "411"}) {
    INFO(q);
    const auto e = error_of([&] { (void)find_area(q); });
    CHECK(e.status() == RORKIT_ERROR_NOT_FOUND);
  }
  CHECK_THAT(error_of([] { (void)find_area("Atlantis"); }).what(), Catch::Contains("\"Atlantis\""));
  CHECK(status_of([] { (void)find_area("K\xF8" "benhavn"); }) == RORKIT_ERROR_INVALID_UTF8);
}

TEST_CASE("a new panel is all missing, with NaN numbers", "[keyfig][panel]") {
  const Panel p = keyfig_test::municipalities_panel({"101", "147"}, 2020, 2022, {"kf01", "kf02"});
  CHECK(p.year_count() == 3);
  CHECK(p.values().size() == 2 * 3 * 2);
  CHECK(p.statuses().size() == 12);
  for (std::size_t i = 0; i < 12; ++i) {
    CHECK(std::isnan(p.values()[i]));
    CHECK(std::isnan(p.numerators()[i]));
    CHECK(std::isnan(p.denominators()[i]));
    CHECK(p.statuses()[i] == static_cast<std::uint8_t>(CellStatus::missing));
    CHECK(p.reasons()[i] == static_cast<std::uint8_t>(CellReason::not_reported));
  }
  CHECK(Panel().year_count() == 0);
  CHECK(Panel().areas().empty());
}

TEST_CASE("cells are stored figure-major, then year, then area", "[keyfig][panel]") {
  Panel p = keyfig_test::municipalities_panel({"101", "147", "151"}, 2020, 2021, {"kf01", "kf02"});
  p.set_counts(1, 1, 2, 3, 4, FigureUnit::percent);  // kf02, 2021, 151
  const std::size_t flat = (1 * 2 + 1) * 3 + 2;
  CHECK(p.values()[flat] == 75.0);
  CHECK(p.numerators()[flat] == 3.0);
  CHECK(p.denominators()[flat] == 4.0);
  const Cell c = p.cell("151", 2021, "kf02");
  CHECK(c.value == 75.0);
  CHECK(c.status == CellStatus::value);
  CHECK(c.reason == CellReason::none);
  CHECK(p.cell("0151", 2021, "kf02").value == 75.0);      // DAWA code
  CHECK(p.cell("Ballerup", 2021, "kf02").value == 75.0);  // label
}

TEST_CASE("set_counts applies the unit and tells zeros apart", "[keyfig][panel]") {
  Panel p = keyfig_test::municipalities_panel({"101"}, 2020, 2020, {"kf01", "kf15", "kf16", "n"});
  p.set_counts(0, 0, 0, 450, 60000, FigureUnit::per_10000);
  CHECK(p.cell_at(0, 0, 0).value == Approx(75.0));
  p.set_counts(1, 0, 0, 130, 100, FigureUnit::per_100);  // a rate may pass 100
  CHECK(p.cell_at(1, 0, 0).value == Approx(130.0));
  p.set_counts(2, 0, 0, 1040, 20, FigureUnit::score);
  CHECK(p.cell_at(2, 0, 0).value == Approx(52.0));

  p.set_counts(1, 0, 0, 0, 100, FigureUnit::per_100);
  CHECK(p.cell_at(1, 0, 0).status == CellStatus::true_zero);
  CHECK(p.cell_at(1, 0, 0).value == 0.0);
  p.set_counts(1, 0, 0, 0, 0, FigureUnit::per_100);
  CHECK(p.cell_at(1, 0, 0).status == CellStatus::missing);
  CHECK(p.cell_at(1, 0, 0).reason == CellReason::zero_denominator);
  CHECK(std::isnan(p.cell_at(1, 0, 0).value));

  p.set_counts(3, 0, 0, 7, 0, FigureUnit::count);  // a count needs no denominator
  CHECK(p.cell_at(3, 0, 0).value == 7.0);
  CHECK(p.cell_at(3, 0, 0).status == CellStatus::value);

  CHECK(status_of([&] { p.set_counts(0, 0, 0, -1, 5, FigureUnit::percent); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { p.set_counts(0, 0, 0, 1, -5, FigureUnit::percent); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { p.set_counts(0, 0, 0, NAN, 5, FigureUnit::percent); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { p.set_counts(4, 0, 0, 1, 5, FigureUnit::percent); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([&] { p.set_counts(0, 1, 0, 1, 5, FigureUnit::percent); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([&] { p.set_counts(0, 0, 1, 1, 5, FigureUnit::percent); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(p.cell_at(0, 0, 0).value == Approx(75.0));  // unchanged by the failed calls
  CHECK(p.cell_at(9, 9, 9).status == CellStatus::missing);  // out of shape: a default cell
}

TEST_CASE("set_value, set_missing and set_status", "[keyfig][panel]") {
  Panel p = keyfig_test::municipalities_panel({"101"}, 2020, 2020, {"kf05"});
  p.set_value(0, 0, 0, 3.5);
  Cell c = p.cell_at(0, 0, 0);
  CHECK(c.value == 3.5);
  CHECK(c.status == CellStatus::value);
  CHECK(std::isnan(c.numerator));  // reported without counts
  CHECK(std::isnan(c.denominator));
  p.set_value(0, 0, 0, 0.0);
  CHECK(p.cell_at(0, 0, 0).status == CellStatus::true_zero);
  CHECK(status_of([&] { p.set_value(0, 0, 0, INFINITY); }) == RORKIT_ERROR_INVALID_ARGUMENT);

  p.set_counts(0, 0, 0, 2, 40, FigureUnit::percent);
  p.set_status(0, 0, 0, CellStatus::suppressed, CellReason::small_numerator);
  c = p.cell_at(0, 0, 0);
  CHECK(c.status == CellStatus::suppressed);
  CHECK(c.reason == CellReason::small_numerator);
  CHECK(c.value == 5.0);  // set_status leaves the numbers; the suppression clears them

  p.set_missing(0, 0, 0, CellReason::source_missing);
  c = p.cell_at(0, 0, 0);
  CHECK(c.status == CellStatus::missing);
  CHECK(c.reason == CellReason::source_missing);
  CHECK(std::isnan(c.value));
  CHECK(std::isnan(c.numerator));
  p.set_missing(0, 0, 0, CellReason::none);
  CHECK(p.cell_at(0, 0, 0).reason == CellReason::not_reported);
}

TEST_CASE("lookups name what they miss", "[keyfig][panel]") {
  const Panel p = keyfig_test::municipalities_panel({"101"}, 2020, 2022, {"kf05"});
  auto e = error_of([&] { (void)p.area_index("147"); });
  CHECK(e.status() == RORKIT_ERROR_NOT_FOUND);
  CHECK_THAT(e.what(), Catch::Contains("\"147\""));
  CHECK(status_of([&] { (void)p.area_index("nowhere"); }) == RORKIT_ERROR_NOT_FOUND);
  e = error_of([&] { (void)p.year_index(2019); });
  CHECK(e.status() == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK_THAT(e.what(), Catch::Contains("2019") && Catch::Contains("2020-2022"));
  e = error_of([&] { (void)p.figure_index("kf06"); });
  CHECK(e.status() == RORKIT_ERROR_NOT_FOUND);
  CHECK_THAT(e.what(), Catch::Contains("kf06"));
  CHECK(p.year_index(2022) == 2);
}

TEST_CASE("the constructor refuses duplicates and reversed years", "[keyfig][panel]") {
  const Area a = find_area("101");
  CHECK(status_of([&] { Panel({a, a}, 2020, 2021, {"kf01"}); }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([&] { Panel({a}, 2020, 2021, {"kf01", "kf01"}); }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([&] { Panel({a}, 2021, 2020, {"kf01"}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { Panel({Area{}}, 2020, 2020, {"kf01"}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { Panel({a}, 2020, 2020, {""}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("series breaks", "[keyfig][panel]") {
  Panel p = keyfig_test::municipalities_panel({"101"}, 2018, 2023, {"kf05", "kf06"});
  p.mark_break("kf05", 2021);
  p.mark_break("kf05", 2021);
  p.mark_break("kf05", 2019);
  REQUIRE(p.breaks().size() == 2);
  CHECK(p.breaks()[0] == std::pair<std::string, std::int32_t>{"kf05", 2019});
  CHECK(p.crosses_break("kf05", 2020, 2021));
  CHECK(p.crosses_break("kf05", 2021, 2020));  // either order
  CHECK_FALSE(p.crosses_break("kf05", 2021, 2023));  // the break year itself starts the new series
  CHECK_FALSE(p.crosses_break("kf05", 2019, 2020));
  CHECK(p.crosses_break("kf05", 2018, 2019));
  CHECK_FALSE(p.crosses_break("kf06", 2018, 2023));
  CHECK(status_of([&] { p.mark_break("kf07", 2020); }) == RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("panels compare by everything, NaN cells included", "[keyfig][panel]") {
  Panel a = keyfig_test::municipalities_panel({"101", "147"}, 2020, 2021, {"kf05"});
  Panel b = a;
  CHECK(a == b);
  b.set_counts(0, 0, 0, 1, 10, FigureUnit::percent);
  CHECK_FALSE(a == b);
  a.set_counts(0, 0, 0, 1, 10, FigureUnit::percent);
  CHECK(a == b);
  b.mark_break("kf05", 2021);
  CHECK_FALSE(a == b);
}

TEST_CASE("status, reason and kind codes", "[keyfig][panel]") {
  CHECK(to_code(CellStatus::true_zero) == "true_zero");
  CHECK(to_code(CellStatus::suppressed) == "suppressed");
  CHECK(to_code(CellReason::incomplete_followup) == "incomplete_followup");
  CHECK(to_code(CellReason::series_break) == "series_break");
  CHECK(to_code(CellReason::non_positive) == "non_positive");
  CHECK(to_code(CellReason::complementary) == "complementary");
  CHECK(to_code(AreaKind::region) == "region");
  CHECK(to_code(static_cast<CellReason>(99)).empty());
}

}  // namespace test_panel
