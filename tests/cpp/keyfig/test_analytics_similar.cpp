// most_similar (z-scored Euclidean distance, NaN handled as R's dist() does) and
// structural_variables.

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "keyfig_panels.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "support/errors.hpp"

namespace test_analytics_similar {

using namespace rorkit;
using keyfig_test::put;
using keyfig_test::suppress;
using rorkit::test::status_of;

namespace {
constexpr double na = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("most_similar: nearest by standardised distance", "[keyfig][analytics][similar]") {
  // Variable 1: 0, 1, 0, 3 (mean 1, population sd sqrt(1.5)); variable 2: 0, 0, 2, NaN (mean
  // 2/3, sd sqrt(8/9)). From 101: 147 at 1/1.5 = 0.667; 151 at 4 / (8/9) = 4.5; 153 has only
  // variable 1, (3^2 / 1.5) = 6, scaled by 2 variables / 1 shared = 12.
  const std::vector<std::string> codes = {"101", "147", "151", "153"};
  const std::vector<std::vector<double>> vars = {{0, 0}, {1, 0}, {0, 2}, {3, na}};
  CHECK(most_similar(codes, vars, "101", 3) == std::vector<std::string>{"147", "151", "153"});
  CHECK(most_similar(codes, vars, "101", 1) == std::vector<std::string>{"147"});
  CHECK(most_similar(codes, vars, "101", 10).size() == 3);
  CHECK(most_similar(codes, vars, "101", 0).empty());
  // From 147: 101 at 0.667; 151 at 0.667 + 4.5 = 5.17; 153 at (2^2 / 1.5) * 2 = 5.33. Without
  // the scaling 153 (2.67) would come before 151.
  CHECK(most_similar(codes, vars, "147", 3) == std::vector<std::string>{"101", "151", "153"});
}

TEST_CASE("most_similar: ties by code, variables the target lacks are skipped", "[keyfig][analytics][similar]") {
  const std::vector<std::string> codes = {"155", "101", "147", "151"};
  const std::vector<std::vector<double>> vars = {{1, 0}, {0, 0}, {1, 0}, {0, 2}};
  // 155 and 147 are equally near to 101: the lower code first.
  CHECK(most_similar(codes, vars, "101", 2) == std::vector<std::string>{"147", "155"});

  // The target has no value of variable 2: only variable 1 counts, for everyone. 151 then
  // equals 101 exactly.
  const std::vector<std::vector<double>> gap = {{1, 0}, {0, na}, {1, 0}, {0, 2}};
  CHECK(most_similar(codes, gap, "101", 3) == std::vector<std::string>{"151", "147", "155"});

  // A variable without spread tells nothing; a target with nothing usable has no neighbours.
  const std::vector<std::vector<double>> flat = {{5, 1}, {5, 2}, {5, 3}, {5, 9}};
  CHECK(most_similar(codes, flat, "101", 1) == std::vector<std::string>{"147"});
  const std::vector<std::vector<double>> nothing = {{5, 1}, {5, na}, {5, 3}, {5, 9}};
  CHECK(most_similar(codes, nothing, "101", 3).empty());
  // A candidate sharing no variable with the target is not returned.
  const std::vector<std::vector<double>> lonely = {{na, 1}, {0, na}, {1, 3}, {3, 9}};
  CHECK(most_similar(codes, lonely, "101", 3) == std::vector<std::string>{"147", "151"});
}

TEST_CASE("most_similar checks its arguments", "[keyfig][analytics][similar]") {
  const std::vector<std::string> codes = {"101", "147"};
  CHECK(status_of([&] { (void)most_similar(codes, {{1.0}}, "101", 1); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { (void)most_similar(codes, {{1.0}, {1.0, 2.0}}, "101", 1); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { (void)most_similar(codes, {{1.0}, {2.0}}, "151", 1); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([&] { (void)most_similar({"101", "101"}, {{1.0}, {2.0}}, "101", 1); }) == RORKIT_ERROR_DUPLICATE);
}

TEST_CASE("structural_variables: one row per municipality of the panel", "[keyfig][analytics][similar]") {
  std::vector<Area> areas = {find_area("000"), find_area("101"), find_area("084"), find_area("147")};
  Panel p(areas, 2022, 2023, {"kf01", "kf11"});
  put(p, "101", 2022, "kf01", 500, 100000, FigureUnit::per_10000);
  put(p, "147", 2022, "kf01", 300, 100000, FigureUnit::per_10000);
  put(p, "101", 2022, "kf11", 10, 100);
  suppress(p, "147", 2022, "kf11");
  put(p, "000", 2022, "kf11", 30, 100);
  const auto rows = structural_variables(p, 2022, {"kf11", "kf01"});
  REQUIRE(rows.size() == 2);  // 101 and 147; the country and the region are not rows
  CHECK(rows[0][0] == Approx(10));
  CHECK(rows[0][1] == Approx(50));
  CHECK(std::isnan(rows[1][0]));  // withheld
  CHECK(rows[1][1] == Approx(30));
  CHECK(most_similar({"101", "147"}, rows, "101", 1) == std::vector<std::string>{"147"});
  CHECK(status_of([&] { (void)structural_variables(p, 2021, {"kf01"}); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([&] { (void)structural_variables(p, 2022, {"kf02"}); }) == RORKIT_ERROR_NOT_FOUND);
}

}  // namespace test_analytics_similar
