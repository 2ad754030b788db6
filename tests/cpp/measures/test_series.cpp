// A citizen's series: measurements of one instrument sorted by date (ties in input order),
// scored, each compared with the first. Scores are worked by hand: WHO-5 = sum x 4, and its
// default S_diff is 10 / 1.96 = 5.102041 (see test_reliable_change.cpp).

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"
#include "support/errors.hpp"

namespace test_series {

using rorkit::ChangeClass;
using rorkit::Date;
using rorkit::InstrumentId;
using rorkit::Measurement;
using rorkit::ScoreBand;
using rorkit::test::error_of;
using rorkit::test::status_of;

namespace {

Measurement m(std::string id, InstrumentId instrument, const char* date,
              std::vector<std::optional<double>> items) {
  Measurement out;
  out.id = std::move(id);
  out.instrument = instrument;
  out.date = Date::parse(date);
  out.items = std::move(items);
  out.recorded_by = "kontaktperson";
  return out;
}

}  // namespace

TEST_CASE("a WHO-5 series is sorted by date and compared with the first point",
          "[measures][series]") {
  std::vector<Measurement> ms{
      m("m2", InstrumentId::who5, "2025-03-01", {3, 3, 3, 3, 3}),       // 15 -> 60
      m("ors", InstrumentId::ors, "2025-02-01", {5, 5, 5, 5}),          // another instrument
      m("m1", InstrumentId::who5, "2025-01-10", {2, 2, 2, 1, 2}),       // 9 -> 36
      m("m3", InstrumentId::who5, "2025-06-01", {4, 4, 3, 4, 4}),       // 19 -> 76
      m("m4", InstrumentId::who5, "2025-09-01", {2, 2, 2, 2, 2}),       // 10 -> 40
  };
  auto s = rorkit::series(ms, InstrumentId::who5);
  REQUIRE(s.size() == 4);
  CHECK(s[0].date == Date::parse("2025-01-10"));
  CHECK(s[1].date == Date::parse("2025-03-01"));
  CHECK(s[2].date == Date::parse("2025-06-01"));
  CHECK(s[3].date == Date::parse("2025-09-01"));
  CHECK(s[0].score.score == 36);
  CHECK(s[1].score.score == 60);
  CHECK(s[2].score.score == 76);
  CHECK(s[3].score.score == 40);
  CHECK(s[0].score.band == ScoreBand::clinical);
  CHECK(s[1].score.band == ScoreBand::non_clinical);

  // The baseline compared with itself: nothing.
  CHECK(s[0].since_baseline.difference == 0);
  CHECK(s[0].since_baseline.classification == ChangeClass::no_reliable_change);
  // 36 -> 60: +24, RCI 24 / 5.102041 = 4.704, from <= 50 to > 50: recovered.
  CHECK(s[1].since_baseline.difference == 24);
  CHECK(s[1].since_baseline.rci == Approx(4.704));
  CHECK(s[1].since_baseline.classification == ChangeClass::recovered);
  // 36 -> 76: +40, RCI 7.84.
  CHECK(s[2].since_baseline.rci == Approx(7.84));
  CHECK(s[2].since_baseline.classification == ChangeClass::recovered);
  // 36 -> 40: +4, RCI 0.784: compared with the baseline, not with the previous point.
  CHECK(s[3].since_baseline.difference == 4);
  CHECK(s[3].since_baseline.rci == Approx(0.784));
  CHECK(s[3].since_baseline.classification == ChangeClass::no_reliable_change);
}

TEST_CASE("measurements on the same date keep their input order", "[measures][series]") {
  std::vector<Measurement> ms{
      m("late", InstrumentId::ors, "2025-05-01", {9, 9, 9, 9}),  // 36
      m("a", InstrumentId::ors, "2025-04-01", {5, 5, 5, 5}),     // 20
      m("b", InstrumentId::ors, "2025-04-01", {6, 6, 6, 6}),     // 24
      m("c", InstrumentId::ors, "2025-04-01", {4, 4, 4, 4}),     // 16
  };
  auto s = rorkit::series(ms, InstrumentId::ors);
  REQUIRE(s.size() == 4);
  CHECK(s[0].id == "a");
  CHECK(s[1].id == "b");
  CHECK(s[2].id == "c");
  CHECK(s[3].id == "late");
  CHECK(s[0].score.score == 20);
  CHECK(s[1].score.score == 24);
  CHECK(s[2].score.score == 16);
  CHECK(s[3].score.score == 36);
  // 20 -> 16: -4, RCI -4 / 2.551020 = -1.568: no reliable change.
  CHECK(s[2].since_baseline.rci == Approx(-1.568));
  CHECK(s[2].since_baseline.classification == ChangeClass::no_reliable_change);
  // 20 -> 36: +16, from <= 25 to > 25: recovered.
  CHECK(s[3].since_baseline.classification == ChangeClass::recovered);
}

TEST_CASE("a series of a reliably deteriorating Brief INSPIRE-O", "[measures][series]") {
  std::vector<Measurement> ms{
      m("x", InstrumentId::inspire_o, "2024-01-01", {3, 3, 3, 3, 3}),  // 75
      m("y", InstrumentId::inspire_o, "2024-06-01", {2, 2, 2, 2, 2}),  // 50, -25
  };
  auto s = rorkit::series(ms, InstrumentId::inspire_o);
  REQUIRE(s.size() == 2);
  CHECK(s[1].since_baseline.difference == -25);
  CHECK(s[1].since_baseline.rci == Approx(-25 / (8 / 1.96)));  // -6.125
  CHECK(s[1].since_baseline.classification == ChangeClass::reliably_deteriorated);
}

TEST_CASE("empty series and series without that instrument are empty", "[measures][series]") {
  CHECK(rorkit::series({}, InstrumentId::who5).empty());
  std::vector<Measurement> ms{m("o", InstrumentId::ors, "2025-01-01", {1, 1, 1, 1})};
  CHECK(rorkit::series(ms, InstrumentId::who5).empty());
  CHECK(status_of([] { rorkit::series({}, static_cast<InstrumentId>(9)); }) ==
        RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("a measurement that cannot be scored is named in the error", "[measures][series]") {
  std::vector<Measurement> ms{
      m("m1", InstrumentId::who5, "2025-01-10", {2, 2, 2, 1, 2}),
      m("m2", InstrumentId::who5, "2025-03-01", {3, 9, 3, 3, 3}),
  };
  auto e = error_of([&] { rorkit::series(ms, InstrumentId::who5); });
  CHECK(e.status() == RORKIT_ERROR_ITEM_OUT_OF_RANGE);
  CHECK(std::string(e.what()) ==
        "measurement \"m2\" (2025-03-01): WHO-5 item 2 is 9; allowed: whole numbers 0-5");

  ms[1].id.clear();
  ms[1].items = {3, std::nullopt, 3, 3, 3};
  auto missing = error_of([&] { rorkit::series(ms, InstrumentId::who5); });
  CHECK(missing.status() == RORKIT_ERROR_MISSING_ITEMS);
  CHECK_THAT(std::string(missing.what()),
             Catch::StartsWith("measurement at index 1 (2025-03-01): WHO-5: 1 of 5"));

  ms[1].date = Date{2025, 2, 30};
  auto bad_date = error_of([&] { rorkit::series(ms, InstrumentId::who5); });
  CHECK(bad_date.status() == RORKIT_ERROR_INVALID_DATE);
  CHECK_THAT(std::string(bad_date.what()), Catch::StartsWith("measurement at index 1: "));
}

TEST_CASE("series passes the missing-item options on", "[measures][series]") {
  std::vector<Measurement> ms{
      m("q1", InstrumentId::who5, "2025-01-01", {1, 1, 1, 1, 1}),                        // 20
      m("q2", InstrumentId::who5, "2025-02-01", {4, std::nullopt, 4, 3, 3}),              // 14/4 x 5
  };
  CHECK(status_of([&] { rorkit::series(ms, InstrumentId::who5); }) == RORKIT_ERROR_MISSING_ITEMS);
  rorkit::ScoreOptions allow_one;
  allow_one.max_missing = 1;
  auto s = rorkit::series(ms, InstrumentId::who5, allow_one);
  REQUIRE(s.size() == 2);
  // 4+4+3+3 = 14 over 4 -> raw 17.5 -> 70; 20 -> 70 is +50.
  CHECK(s[1].score.prorated);
  CHECK(s[1].score.score == 70);
  CHECK(s[1].since_baseline.difference == 50);
  CHECK(s[1].since_baseline.classification == ChangeClass::recovered);
}

TEST_CASE("multi-area measurements may name their areas", "[measures][series]") {
  auto a = m("a", InstrumentId::multi_area, "2025-01-01", {4, 5, 6});  // 5
  a.areas = {"bolig", "netværk", "arbejde"};
  auto b = m("b", InstrumentId::multi_area, "2025-04-01", {6, 7, 8});  // 7
  b.areas = a.areas;
  auto s = rorkit::series({a, b}, InstrumentId::multi_area);
  REQUIRE(s.size() == 2);
  CHECK(s[1].since_baseline.difference == 2);
  CHECK(s[1].since_baseline.classification == ChangeClass::reliably_improved);

  b.areas.pop_back();
  CHECK(status_of([&] { rorkit::series({a, b}, InstrumentId::multi_area); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  auto w = m("w", InstrumentId::who5, "2025-01-01", {1, 1, 1, 1, 1});
  w.areas = {"a", "b", "c", "d", "e"};
  CHECK(status_of([&] { rorkit::series({w}, InstrumentId::who5); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("Measurement is a regular value", "[measures][series]") {
  auto a = m("a", InstrumentId::who5, "2025-01-01", {1, 2, 3, 4, 5});
  auto b = a;
  CHECK(a == b);
  b.items[2] = std::nullopt;
  CHECK(a != b);
}

}  // namespace test_series
