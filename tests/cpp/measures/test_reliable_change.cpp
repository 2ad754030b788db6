// The Jacobson-Truax reliable change index, worked by hand:
//   SE = sd x sqrt(1 - r),  S_diff = sqrt(2) x SE,  RCI = (after - before) / S_diff,
//   reliable when |RCI| >= 1.96.
// Default parameters solve 1.96 x S_diff = the documented change for sd, so S_diff is simply
// change / 1.96: WHO-5 10 / 1.96 = 5.102041, ORS/SRS/QPR-15 5 / 1.96 = 2.551020, Brief
// INSPIRE-O 8 / 1.96 = 4.081633, multi-area 2 / 1.96 = 1.020408.

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"
#include "support/errors.hpp"

namespace test_reliable_change {

using rorkit::ChangeClass;
using rorkit::InstrumentId;
using rorkit::RciParams;
using rorkit::test::error_of;
using rorkit::test::message_of;
using rorkit::test::status_of;

namespace {

RciParams params(double sd, double r, double z = 1.96) {
  RciParams p;
  p.sd = sd;
  p.reliability = r;
  p.z = z;
  return p;
}

}  // namespace

TEST_CASE("default parameters: published reliabilities, derived SDs", "[measures][rci]") {
  // WHO-5, r = 0.84: sqrt(1 - r) = 0.4; 1.96 x 1.414214 x 0.4 = 1.108743; sd = 10 / 1.108743.
  auto who5 = rorkit::default_rci_params(InstrumentId::who5);
  CHECK(who5.reliability == 0.84);
  CHECK(who5.z == 1.96);
  CHECK(who5.sd == Approx(9.019219).epsilon(1e-6));
  // ORS, r = 0.93: sqrt(0.07) = 0.264575; 1.96 x 1.414214 x 0.264575 = 0.733365; 5 / that.
  auto ors = rorkit::default_rci_params(InstrumentId::ors);
  CHECK(ors.reliability == 0.93);
  CHECK(ors.sd == Approx(6.817889).epsilon(1e-6));
  // SRS, r = 0.88: sqrt(0.12) = 0.346410; x 2.771859 = 0.960201; 5 / that.
  auto srs = rorkit::default_rci_params(InstrumentId::srs);
  CHECK(srs.reliability == 0.88);
  CHECK(srs.sd == Approx(5.207249).epsilon(1e-6));
  // QPR-15, r = 0.93, change 5: the same sd as the ORS.
  auto qpr = rorkit::default_rci_params(InstrumentId::qpr15);
  CHECK(qpr.reliability == 0.93);
  CHECK(qpr.sd == Approx(6.817889).epsilon(1e-6));
  // Brief INSPIRE-O, r = 0.73: sqrt(0.27) = 0.519615; x 2.771859 = 1.440300; 8 / that.
  auto ins = rorkit::default_rci_params(InstrumentId::inspire_o);
  CHECK(ins.reliability == 0.73);
  CHECK(ins.sd == Approx(5.554399).epsilon(1e-6));
  // multi-area, r = 0.80 [I]: sqrt(0.2) = 0.447214; x 2.771859 = 1.239612; 2 / that.
  auto multi = rorkit::default_rci_params(InstrumentId::multi_area);
  CHECK(multi.reliability == 0.80);
  CHECK(multi.sd == Approx(1.613407).epsilon(1e-6));

  // And so z x S_diff is the documented change, for every instrument.
  for (const auto& info : rorkit::instruments()) {
    auto rc = rorkit::reliable_change(info.id, info.score_min, info.score_min);
    CHECK(1.96 * rc.s_diff == Approx(info.reliable_change_points));
  }
}

TEST_CASE("RCI arithmetic with explicit parameters", "[measures][rci]") {
  // sd 10, r 0.75: SE = 10 x 0.5 = 5, S_diff = 5 x 1.414214 = 7.071068.
  // WHO-5 30 -> 45: difference 15, RCI = 15 / 7.071068 = 2.121320 >= 1.96, but 45 is still
  // <= 50, so reliably improved and not recovered.
  auto a = rorkit::reliable_change(InstrumentId::who5, 30, 45, params(10, 0.75));
  CHECK(a.difference == 15);
  CHECK(a.s_diff == Approx(7.071068));
  CHECK(a.rci == Approx(2.121320));
  CHECK(a.classification == ChangeClass::reliably_improved);
  // 40 -> 55: the same 15 points, from <= 50 to > 50: recovered.
  auto b = rorkit::reliable_change(InstrumentId::who5, 40, 55, params(10, 0.75));
  CHECK(b.rci == Approx(2.121320));
  CHECK(b.classification == ChangeClass::recovered);

  // sd 8, r 0.91: SE = 8 x 0.3 = 2.4, S_diff = 3.394113.
  // ORS 20 -> 23: RCI = 3 / 3.394113 = 0.883883: no reliable change.
  auto c = rorkit::reliable_change(InstrumentId::ors, 20, 23, params(8, 0.91));
  CHECK(c.s_diff == Approx(3.394113));
  CHECK(c.rci == Approx(0.883883));
  CHECK(c.classification == ChangeClass::no_reliable_change);
  // ORS 20 -> 27: RCI = 7 / 3.394113 = 2.062395, from <= 25 to > 25: recovered.
  auto d = rorkit::reliable_change(InstrumentId::ors, 20, 27, params(8, 0.91));
  CHECK(d.rci == Approx(2.062395));
  CHECK(d.classification == ChangeClass::recovered);
  // ORS 30 -> 23: RCI = -2.062395: reliably deteriorated.
  auto e = rorkit::reliable_change(InstrumentId::ors, 30, 23, params(8, 0.91));
  CHECK(e.difference == -7);
  CHECK(e.rci == Approx(-2.062395));
  CHECK(e.classification == ChangeClass::reliably_deteriorated);
  // A stricter z (2.58, p < .01) turns the same change into no reliable change.
  auto f = rorkit::reliable_change(InstrumentId::ors, 20, 27, params(8, 0.91, 2.58));
  CHECK(f.classification == ChangeClass::no_reliable_change);
  // r = 0 is allowed: S_diff = sqrt(2) x sd = 1.414214 x 4 = 5.656854.
  auto g = rorkit::reliable_change(InstrumentId::srs, 20, 32, params(4, 0));
  CHECK(g.s_diff == Approx(5.656854));
  CHECK(g.rci == Approx(2.121320));
}

TEST_CASE("classification with the default parameters", "[measures][rci]") {
  using C = ChangeClass;
  auto cls = [](InstrumentId id, double before, double after) {
    return rorkit::reliable_change(id, before, after).classification;
  };
  // WHO-5, S_diff 5.102041: exactly 10 points is reliable (RCI 1.96).
  CHECK(rorkit::reliable_change(InstrumentId::who5, 40, 50).rci == Approx(1.96));
  CHECK(cls(InstrumentId::who5, 40, 50) == C::reliably_improved);  // 50 is still <= 50
  CHECK(cls(InstrumentId::who5, 44, 56) == C::recovered);          // 12 / 5.102 = 2.352
  CHECK(cls(InstrumentId::who5, 48, 56) == C::no_reliable_change); // 8 / 5.102 = 1.568
  CHECK(cls(InstrumentId::who5, 60, 48) == C::reliably_deteriorated);
  CHECK(cls(InstrumentId::who5, 60, 80) == C::reliably_improved);  // both above the cut-off
  CHECK(cls(InstrumentId::who5, 20, 44) == C::reliably_improved);  // both at or below it
  // ORS: 22 -> 27 is exactly 5 points and crosses 25.
  CHECK(cls(InstrumentId::ors, 22, 27) == C::recovered);
  CHECK(cls(InstrumentId::ors, 20.1, 25.1) == C::recovered);
  // 8.2 - 3.2 is 4.999999999999999 in binary floating point (RCI 1.9599999999999997); it still
  // counts as the documented 5 points.
  CHECK(8.2 - 3.2 < 5.0);
  CHECK(cls(InstrumentId::ors, 3.2, 8.2) == C::reliably_improved);
  CHECK(cls(InstrumentId::ors, 22, 26.9) == C::no_reliable_change);
  // SRS: 31 -> 36 crosses "below 36".
  CHECK(cls(InstrumentId::srs, 31, 36) == C::recovered);
  CHECK(cls(InstrumentId::srs, 30, 35) == C::reliably_improved);
  // QPR-15 has no cut-off, so never "recovered".
  CHECK(cls(InstrumentId::qpr15, 10, 50) == C::reliably_improved);
  CHECK(cls(InstrumentId::qpr15, 30, 26) == C::no_reliable_change);
  // Brief INSPIRE-O: 8 points; 40 -> 50 crosses into personal recovery.
  CHECK(cls(InstrumentId::inspire_o, 40, 50) == C::recovered);
  CHECK(cls(InstrumentId::inspire_o, 45, 50) == C::no_reliable_change);
  CHECK(cls(InstrumentId::inspire_o, 50, 40) == C::reliably_deteriorated);
  // multi-area: 2 points.
  CHECK(cls(InstrumentId::multi_area, 4, 6) == C::reliably_improved);
  CHECK(cls(InstrumentId::multi_area, 4, 5.5) == C::no_reliable_change);
  CHECK(cls(InstrumentId::multi_area, 7, 5) == C::reliably_deteriorated);
  // No change at all.
  auto same = rorkit::reliable_change(InstrumentId::who5, 52, 52);
  CHECK(same.difference == 0);
  CHECK(same.rci == 0);
  CHECK(same.classification == C::no_reliable_change);
}

TEST_CASE("the RCI is antisymmetric", "[measures][rci]") {
  for (double before : {0.0, 12.0, 36.0, 52.0, 100.0})
    for (double after : {4.0, 48.0, 60.0, 96.0}) {
      auto up = rorkit::reliable_change(InstrumentId::who5, before, after);
      auto down = rorkit::reliable_change(InstrumentId::who5, after, before);
      CHECK(up.rci == -down.rci);
      CHECK(up.s_diff == down.s_diff);
    }
}

TEST_CASE("scores outside the instrument's range are refused", "[measures][rci]") {
  auto e = error_of([] { rorkit::reliable_change(InstrumentId::who5, 101, 50); });
  CHECK(e.status() == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(std::string(e.what()) == "before is 101, outside the WHO-5 score range 0-100");
  CHECK(message_of([] { rorkit::reliable_change(InstrumentId::ors, 20, 40.5); }) ==
        "after is 40.5, outside the ORS score range 0-40");
  CHECK(status_of([] { rorkit::reliable_change(InstrumentId::multi_area, 0, 5); }) ==
        RORKIT_ERROR_OUT_OF_RANGE);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(status_of([&] { rorkit::reliable_change(InstrumentId::srs, nan, 5); }) ==
        RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([] { rorkit::reliable_change(static_cast<InstrumentId>(0), 1, 2); }) ==
        RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("impossible parameters are invalid arguments naming the field", "[measures][rci]") {
  auto msg = [](RciParams p) {
    auto e = error_of([&] { rorkit::reliable_change(InstrumentId::ors, 10, 20, p); });
    CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
    return std::string(e.what());
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(msg(params(0, 0.9)) == "sd is 0; it must be > 0");
  CHECK(msg(params(-2, 0.9)) == "sd is -2; it must be > 0");
  CHECK(msg(params(nan, 0.9)) == "sd is NaN; it must be > 0");
  CHECK(msg(params(5, 1)) == "reliability is 1; it must be in [0, 1)");
  CHECK(msg(params(5, -0.1)) == "reliability is -0.1; it must be in [0, 1)");
  CHECK(msg(params(5, nan)) == "reliability is NaN; it must be in [0, 1)");
  CHECK(msg(params(5, 0.9, 0)) == "z is 0; it must be > 0");
  CHECK(msg(RciParams{}) == "sd is 0; it must be > 0");  // a default-constructed RciParams
}

}  // namespace test_reliable_change
