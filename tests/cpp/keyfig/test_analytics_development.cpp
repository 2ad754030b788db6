// Development over time: change against the previous and the base year, index, CAGR; series
// breaks and missing or suppressed inputs. Numbers worked out by hand: the series 20, 22, 24.2,
// 26.62 grows by exactly 10 % a year.

#include <catch2/catch.hpp>

#include "keyfig_panels.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "support/errors.hpp"

namespace test_analytics_development {

using namespace rorkit;
using keyfig_test::put;
using keyfig_test::suppress;
using rorkit::test::status_of;

namespace {

// kf11 for København 2018-2021: 20 %, 22 %, 24.2 %, 26.62 %.
Panel growing() {
  Panel p = keyfig_test::municipalities_panel({"101", "147"}, 2018, 2021, {"kf11"});
  put(p, "101", 2018, "kf11", 200, 1000);
  put(p, "101", 2019, "kf11", 220, 1000);
  put(p, "101", 2020, "kf11", 242, 1000);
  put(p, "101", 2021, "kf11", 2662, 10000);
  return p;
}

void check_value(const Derived& d, double expected) {
  CHECK(d.status == CellStatus::value);
  CHECK(d.reason == CellReason::none);
  CHECK(d.ok());
  CHECK(d.value == Approx(expected).margin(1e-12));
}

void check_missing(const Derived& d, CellReason reason) {
  CHECK(d.status == CellStatus::missing);
  CHECK(d.reason == reason);
  CHECK_FALSE(d.ok());
}

}  // namespace

TEST_CASE("development: changes, index and CAGR of a steady series", "[keyfig][analytics][development]") {
  const Development d = development(growing(), "101", "kf11");
  CHECK(d.area == "101");
  CHECK(d.figure == "kf11");
  CHECK(d.base_year == 2018);
  REQUIRE(d.points.size() == 4);
  CHECK(d.points[0].year == 2018);
  CHECK(d.points[0].level.value == Approx(20));
  check_missing(d.points[0].change_previous, CellReason::not_reported);  // no year before
  check_value(d.points[0].change_base, 0);
  check_value(d.points[0].index, 100);
  check_value(d.points[1].change_previous, 2);
  check_value(d.points[1].change_base, 2);
  check_value(d.points[1].index, 110);
  check_value(d.points[2].change_previous, 2.2);
  check_value(d.points[2].change_base, 4.2);
  check_value(d.points[2].index, 121);
  check_value(d.points[3].change_previous, 2.42);
  check_value(d.points[3].change_base, 6.62);
  check_value(d.points[3].index, 133.1);
  // (26.62 / 20)^(1/3) - 1 = 1.331^(1/3) - 1 = 10 %.
  check_value(d.cagr, 10);
}

TEST_CASE("development from a later base year", "[keyfig][analytics][development]") {
  const Development d = development(growing(), "København", "kf11", 2019);
  CHECK(d.base_year == 2019);
  check_value(d.points[0].change_base, -2);
  check_value(d.points[0].index, 20.0 / 22.0 * 100);
  check_value(d.points[1].index, 100);
  check_value(d.cagr, 10);  // (26.62 / 22)^(1/2) - 1 = 1.21^(1/2) - 1
  CHECK(status_of([] { (void)development(growing(), "101", "kf11", 2017); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([] { (void)development(growing(), "151", "kf11"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { (void)development(growing(), "101", "kf12"); }) == RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("a series break blocks every change that crosses it", "[keyfig][analytics][development]") {
  Panel p = growing();
  p.mark_break("kf11", 2020);
  Development d = development(p, "101", "kf11");
  check_value(d.points[1].change_previous, 2);  // 2018 -> 2019: before the break
  check_value(d.points[1].index, 110);
  check_missing(d.points[2].change_previous, CellReason::series_break);
  check_value(d.points[3].change_previous, 2.42);  // 2020 -> 2021: both after the break
  check_missing(d.points[2].change_base, CellReason::series_break);
  check_missing(d.points[2].index, CellReason::series_break);
  check_missing(d.points[3].change_base, CellReason::series_break);
  check_missing(d.points[3].index, CellReason::series_break);
  check_missing(d.cagr, CellReason::series_break);

  // From the break year on the series is comparable again.
  d = development(p, "101", "kf11", 2020);
  check_missing(d.points[1].change_base, CellReason::series_break);  // 2019 lies before
  check_value(d.points[3].change_base, 2.42);
  check_value(d.points[3].index, 110);
  check_value(d.cagr, 10);
}

TEST_CASE("suppressed and missing inputs make missing results with their reason", "[keyfig][analytics][development]") {
  Panel p = growing();
  suppress(p, "101", 2019, "kf11");
  Development d = development(p, "101", "kf11");
  CHECK(d.points[1].level.status == CellStatus::suppressed);
  check_missing(d.points[1].change_previous, CellReason::small_numerator);
  check_missing(d.points[1].change_base, CellReason::small_numerator);
  check_missing(d.points[1].index, CellReason::small_numerator);
  check_missing(d.points[2].change_previous, CellReason::small_numerator);  // its previous year
  check_value(d.points[2].change_base, 4.2);
  check_value(d.cagr, 10);  // both ends have values

  // The last year withheld: the CAGR runs to the last year with a value, 2020.
  suppress(p, "101", 2021, "kf11", CellReason::complementary);
  d = development(p, "101", "kf11");
  check_value(d.cagr, 10);  // (24.2 / 20)^(1/2) - 1
  check_missing(d.points[3].index, CellReason::complementary);

  // The base withheld: nothing relative to it.
  p.set_missing(0, 0, p.area_index("101"), CellReason::source_missing);
  d = development(p, "101", "kf11");
  check_missing(d.points[2].change_base, CellReason::source_missing);
  check_missing(d.points[2].index, CellReason::source_missing);
  check_missing(d.cagr, CellReason::source_missing);

  // An area with no values at all.
  d = development(p, "147", "kf11");
  for (const auto& pt : d.points) {
    CHECK(pt.level.status == CellStatus::missing);
    check_missing(pt.change_base, CellReason::not_reported);
  }
  check_missing(d.cagr, CellReason::not_reported);
}

TEST_CASE("index and CAGR of zero levels", "[keyfig][analytics][development]") {
  Panel p = keyfig_test::municipalities_panel({"101"}, 2020, 2022, {"kf05"});
  put(p, "101", 2020, "kf05", 0, 50);  // a true zero
  put(p, "101", 2021, "kf05", 1, 50);
  put(p, "101", 2022, "kf05", 2, 50);
  Development d = development(p, "101", "kf05");
  CHECK(d.points[0].level.status == CellStatus::true_zero);
  check_missing(d.points[1].index, CellReason::zero_denominator);
  check_value(d.points[1].change_base, 2);  // 2 % - 0 %
  check_missing(d.cagr, CellReason::non_positive);

  d = development(p, "101", "kf05", 2021);
  check_value(d.points[0].index, 0);
  check_value(d.cagr, 100);  // 2 % -> 4 % in one year
  put(p, "101", 2022, "kf05", 0, 50);
  d = development(p, "101", "kf05", 2021);
  check_missing(d.cagr, CellReason::non_positive);

  // The base year is the last year: no later value to grow to.
  d = development(p, "101", "kf05", 2022);
  check_missing(d.cagr, CellReason::not_reported);
}

}  // namespace test_analytics_development
