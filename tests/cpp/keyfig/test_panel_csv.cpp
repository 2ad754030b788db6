// The panel CSV writes numbers in a form its own reader takes back: fixed notation, because the
// reader (like StatBank's) takes no exponents. Large national counts and tiny shares are where the
// shortest form would switch to an exponent (100000 -> "1e+05", 1e-05).

#include <catch2/catch.hpp>

#include <string>

#include "keyfig_panels.hpp"
#include "rorkit/keyfig/panel_csv.hpp"

namespace test_panel_csv {

using rorkit::Panel;
using keyfig_test::municipalities_panel;
using keyfig_test::put;

TEST_CASE("panel csv: counts of 100000 and shares near 1e-05 % read back exactly") {
  Panel p = municipalities_panel({"101", "147"}, 2023, 2023, {"kf02"});
  put(p, "101", 2023, "kf02", 100000, 400000);  // 25 %
  put(p, "147", 2023, "kf02", 1, 10000000);     // 1e-05 %
  const std::string csv = rorkit::panel_to_csv(p);
  // 100000/400000 = 25 % by hand. 1/10^7 x 100 in doubles is 9.999999999999999e-06 (Python's
  // repr of the same expression, the shortest form that reads back), in fixed notation
  // 0.000009999999999999999.
  CHECK(csv.find("101;2023;kf02;25;100000;400000;value;none") != std::string::npos);
  CHECK(csv.find("147;2023;kf02;0.000009999999999999999;1;10000000;value;none") !=
        std::string::npos);
  CHECK(csv.find("e+") == std::string::npos);  // no exponent anywhere in the numbers
  CHECK(csv.find("e-") == std::string::npos);
  const Panel back = rorkit::panel_from_csv(csv);
  CHECK(back.cell("101", 2023, "kf02").numerator == 100000);
  CHECK(back.cell("101", 2023, "kf02").value == 25);
  CHECK(back.cell("147", 2023, "kf02").denominator == 10000000);
  CHECK(back.cell("147", 2023, "kf02").value == p.cell("147", 2023, "kf02").value);
}

}  // namespace test_panel_csv
