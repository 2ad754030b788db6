// Scoring. Every expected value is worked by hand in the comment beside it, from the rules of
// DOMAIN.md §7: WHO-5 score = item sum x 4; ORS/SRS/QPR-15 score = item sum; Brief INSPIRE-O
// score = item mean x 25; multi-area score = item mean. Proration replaces each missing item with
// the mean of the answered ones: raw = sum / answered x item count.

#include <catch2/catch.hpp>

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"
#include "support/errors.hpp"

namespace test_scoring {

using rorkit::InstrumentId;
using rorkit::ScoreBand;
using rorkit::ScoreOptions;
using rorkit::test::error_of;
using rorkit::test::message_of;
using rorkit::test::status_of;
using Items = std::vector<std::optional<double>>;

namespace {

constexpr auto none = std::nullopt;

ScoreOptions allow(std::int32_t n) {
  ScoreOptions o;
  o.max_missing = n;
  return o;
}

}  // namespace

TEST_CASE("WHO-5 at its extremes and around the cut-off", "[measures][scoring]") {
  auto lo = rorkit::score(InstrumentId::who5, {0, 0, 0, 0, 0});
  CHECK(lo.instrument == InstrumentId::who5);
  CHECK(lo.raw == 0);
  CHECK(lo.score == 0);
  CHECK(lo.answered == 5);
  CHECK_FALSE(lo.prorated);
  CHECK(lo.band == ScoreBand::clinical);

  auto hi = rorkit::score(InstrumentId::who5, {5, 5, 5, 5, 5});
  CHECK(hi.raw == 25);   // 5 x 5
  CHECK(hi.score == 100);  // 25 x 4
  CHECK(hi.band == ScoreBand::non_clinical);

  // 3+3+2+3+1 = 12 < 13 -> 48: poor well-being.
  auto poor = rorkit::score(InstrumentId::who5, {3, 3, 2, 3, 1});
  CHECK(poor.raw == 12);
  CHECK(poor.score == 48);
  CHECK(poor.band == ScoreBand::clinical);
  CHECK(poor.interpretation == rorkit::interpretation(InstrumentId::who5, ScoreBand::clinical));
  CHECK_THAT(poor.interpretation, Catch::Contains("poor well-being"));

  // 3+4+2+3+1 = 13 -> 52: the first score above the cut-off.
  auto ok = rorkit::score(InstrumentId::who5, {3, 4, 2, 3, 1});
  CHECK(ok.raw == 13);
  CHECK(ok.score == 52);
  CHECK(ok.band == ScoreBand::non_clinical);
  CHECK(ok.interpretation ==
        rorkit::interpretation(InstrumentId::who5, ScoreBand::non_clinical));
}

TEST_CASE("WHO-5: raw < 13 and score <= 50 agree on every score WHO-5 can produce",
          "[measures][scoring]") {
  // All 7^5 - 1 answer patterns (each item missing or 0-5, not all missing), prorated with up to
  // 4 missing: the documented raw rule and the score rule never disagree, because a prorated raw
  // is sum x 5 / answered and no such value lies in (12.5, 13) - checked here exhaustively.
  int checked = 0;
  int disagreements = 0;
  Items items(5);
  for (int code = 0; code < 7 * 7 * 7 * 7 * 7; ++code) {
    int c = code;
    for (auto& item : items) {
      const int v = c % 7;
      c /= 7;
      item = v == 6 ? std::optional<double>() : std::optional<double>(v);
    }
    bool all_missing = true;
    for (const auto& item : items) all_missing = all_missing && !item;
    if (all_missing) continue;
    auto s = rorkit::score(InstrumentId::who5, items, allow(4));
    const bool raw_rule = s.raw < 13;
    if (raw_rule != (s.band == ScoreBand::clinical)) ++disagreements;
    ++checked;
  }
  CHECK(checked == 7 * 7 * 7 * 7 * 7 - 1);  // every pattern but the all-missing one
  CHECK(disagreements == 0);
}

TEST_CASE("ORS: visual-analogue items with one decimal", "[measures][scoring]") {
  CHECK(rorkit::score(InstrumentId::ors, {0, 0, 0, 0}).score == 0);
  auto hi = rorkit::score(InstrumentId::ors, {10, 10, 10, 10});
  CHECK(hi.score == 40);
  CHECK(hi.band == ScoreBand::non_clinical);

  // 6.5 x 3 + 5.5 = 25, exactly the cut-off (binary-exact halves): clinical (<= 25).
  auto edge = rorkit::score(InstrumentId::ors, {6.5, 6.5, 6.5, 5.5});
  CHECK(edge.score == 25);
  CHECK(edge.band == ScoreBand::clinical);
  CHECK_THAT(edge.interpretation, Catch::Contains("clinical range"));
  // 19.5 + 5.6 = 25.1: just above.
  auto above = rorkit::score(InstrumentId::ors, {6.5, 6.5, 6.5, 5.6});
  CHECK(above.score == Approx(25.1));
  CHECK(above.band == ScoreBand::non_clinical);

  // Typical: 4.3 + 5.1 + 6.2 + 3.9 = 19.5.
  auto typical = rorkit::score(InstrumentId::ors, {4.3, 5.1, 6.2, 3.9});
  CHECK(typical.raw == Approx(19.5));
  CHECK(typical.score == Approx(19.5));
  // Finer readings are accepted as given (the line is read to the millimetre, not enforced).
  CHECK(rorkit::score(InstrumentId::ors, {3.14, 0, 0, 0}).score == Approx(3.14));
}

TEST_CASE("SRS: the cut-off 36 itself is not a concern", "[measures][scoring]") {
  auto at = rorkit::score(InstrumentId::srs, {9, 9, 9, 9});  // 36
  CHECK(at.score == 36);
  CHECK(at.band == ScoreBand::non_clinical);
  auto below = rorkit::score(InstrumentId::srs, {9, 9, 9, 8.5});  // 35.5
  CHECK(below.score == 35.5);
  CHECK(below.band == ScoreBand::clinical);
  CHECK_THAT(below.interpretation, Catch::Contains("alliance concern"));
  CHECK(rorkit::score(InstrumentId::srs, {0, 0, 0, 0}).score == 0);
  CHECK(rorkit::score(InstrumentId::srs, {10, 10, 10, 10}).score == 40);
}

TEST_CASE("QPR-15: sum of 15 items 0-4, no cut-off", "[measures][scoring]") {
  auto lo = rorkit::score(InstrumentId::qpr15, Items(15, 0.0));
  CHECK(lo.score == 0);
  CHECK(lo.band == ScoreBand::none);
  CHECK_THAT(lo.interpretation, Catch::Contains("no cut-off"));
  CHECK(rorkit::score(InstrumentId::qpr15, Items(15, 4.0)).score == 60);  // 15 x 4
  // 3+2+3+4+2 = 14, 3+3+2+1+3 = 12, 2+3+4+3+2 = 14: 40.
  auto typical =
      rorkit::score(InstrumentId::qpr15, {3, 2, 3, 4, 2, 3, 3, 2, 1, 3, 2, 3, 4, 3, 2});
  CHECK(typical.raw == 40);
  CHECK(typical.score == 40);
  CHECK(typical.answered == 15);
}

TEST_CASE("QPR-15 prorates up to 2 missing items by default", "[measures][scoring]") {
  // The typical answers above with items 2 and 7 (a 2 and a 3) missing: 13 answered summing to
  // 35, mean 35/13, raw = 35/13 x 15 = 525/13 = 40.3846...
  Items items{3, none, 3, 4, 2, 3, none, 2, 1, 3, 2, 3, 4, 3, 2};
  auto s = rorkit::score(InstrumentId::qpr15, items);
  CHECK(s.answered == 13);
  CHECK(s.prorated);
  CHECK(s.raw == Approx(525.0 / 13.0));
  CHECK(s.score == Approx(40.384615385));

  // One missing among items summing to 39 over 14: 39/14 x 15 = 41.7857...
  Items one{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, none, 0};
  auto p = rorkit::score(InstrumentId::qpr15, one);
  CHECK(p.answered == 14);
  CHECK(p.raw == Approx(585.0 / 14.0));

  // A third missing item is one too many.
  items[14] = none;
  auto e = error_of([&] { rorkit::score(InstrumentId::qpr15, items); });
  CHECK(e.status() == RORKIT_ERROR_MISSING_ITEMS);
  CHECK(std::string(e.what()) ==
        "QPR-15: 3 of 15 items missing (items 2, 7, 15); at most 2 may be missing");
  // ... unless the caller allows it: 12 answered summing to 33, 33/12 x 15 = 41.25.
  auto three = rorkit::score(InstrumentId::qpr15, items, allow(3));
  CHECK(three.answered == 12);
  CHECK(three.raw == 41.25);
  // And the caller may forbid any.
  CHECK(status_of([&] { rorkit::score(InstrumentId::qpr15, one, allow(0)); }) ==
        RORKIT_ERROR_MISSING_ITEMS);
}

TEST_CASE("Brief INSPIRE-O: mean x 25, 50 and above is personal recovery",
          "[measures][scoring]") {
  CHECK(rorkit::score(InstrumentId::inspire_o, {0, 0, 0, 0, 0}).score == 0);
  CHECK(rorkit::score(InstrumentId::inspire_o, {4, 4, 4, 4, 4}).score == 100);
  auto at = rorkit::score(InstrumentId::inspire_o, {2, 2, 2, 2, 2});  // mean 2 -> 50
  CHECK(at.raw == 10);
  CHECK(at.score == 50);
  CHECK(at.band == ScoreBand::non_clinical);
  auto below = rorkit::score(InstrumentId::inspire_o, {2, 2, 2, 2, 1});  // 9/5 x 25 = 45
  CHECK(below.score == 45);
  CHECK(below.band == ScoreBand::clinical);
  CHECK(rorkit::score(InstrumentId::inspire_o, {3, 4, 2, 3, 3}).score == 75);  // 15/5 x 25
  // With one missing allowed: 3+4+2+3 = 12 over 4, mean 3 -> 75; raw prorated to 15.
  auto p = rorkit::score(InstrumentId::inspire_o, {3, 4, none, 2, 3}, allow(1));
  CHECK(p.raw == 15);
  CHECK(p.score == 75);
  CHECK(p.prorated);
}

TEST_CASE("multi-area: the mean of the caller's areas", "[measures][scoring]") {
  CHECK(rorkit::score(InstrumentId::multi_area, {1}).score == 1);
  CHECK(rorkit::score(InstrumentId::multi_area, {10, 10}).score == 10);
  auto three = rorkit::score(InstrumentId::multi_area, {4, 6, 7});  // 17 / 3
  CHECK(three.raw == 17);
  CHECK(three.score == Approx(5.666666667));
  CHECK(three.band == ScoreBand::none);
  CHECK(rorkit::score(InstrumentId::multi_area, Items(100, 5.0)).score == 5);
  // Proration keeps the mean: (4 + 7) / 2 = 5.5, raw 5.5 x 3 = 16.5.
  auto p = rorkit::score(InstrumentId::multi_area, {4, none, 7}, allow(1));
  CHECK(p.raw == 16.5);
  CHECK(p.score == 5.5);
}

TEST_CASE("the wrong number of items is an invalid argument naming the count",
          "[measures][scoring]") {
  auto e = error_of([] { rorkit::score(InstrumentId::who5, {1, 2, 3, 4}); });
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(std::string(e.what()) == "WHO-5 has 5 items, got 4");
  CHECK(message_of([] { rorkit::score(InstrumentId::ors, {1, 2, 3, 4, 5}); }) ==
        "ORS has 4 items, got 5");
  CHECK(message_of([] { rorkit::score(InstrumentId::qpr15, {}); }) == "QPR-15 has 15 items, got 0");
  CHECK(message_of([] { rorkit::score(InstrumentId::multi_area, {}); }) ==
        "multi-area scale takes 1-100 areas, got 0");
  CHECK(status_of([] { rorkit::score(InstrumentId::multi_area, Items(101, 5.0)); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("every range error names the item (from 1) and the allowed range",
          "[measures][scoring]") {
  auto msg = [](InstrumentId id, Items items) {
    auto e = error_of([&] { rorkit::score(id, items); });
    CHECK(e.status() == RORKIT_ERROR_ITEM_OUT_OF_RANGE);
    return std::string(e.what());
  };
  CHECK(msg(InstrumentId::who5, {1, 2, 6, 4, 5}) == "WHO-5 item 3 is 6; allowed: whole numbers 0-5");
  CHECK(msg(InstrumentId::who5, {-1, 2, 3, 4, 5}) == "WHO-5 item 1 is -1; allowed: whole numbers 0-5");
  CHECK(msg(InstrumentId::who5, {1, 2, 3, 4, 2.5}) ==
        "WHO-5 item 5 is 2.5; allowed: whole numbers 0-5");
  CHECK(msg(InstrumentId::ors, {1, 10.5, 3, 4}) == "ORS item 2 is 10.5; allowed: 0-10");
  CHECK(msg(InstrumentId::ors, {1, 2, 3, -0.1}) == "ORS item 4 is -0.1; allowed: 0-10");
  CHECK(msg(InstrumentId::srs, {11, 2, 3, 4}) == "SRS item 1 is 11; allowed: 0-10");
  Items qpr(15, 2.0);
  qpr[11] = 5;
  CHECK(msg(InstrumentId::qpr15, qpr) == "QPR-15 item 12 is 5; allowed: whole numbers 0-4");
  CHECK(msg(InstrumentId::inspire_o, {0, 0, 0, 0, 4.5}) ==
        "Brief INSPIRE-O item 5 is 4.5; allowed: whole numbers 0-4");
  CHECK(msg(InstrumentId::multi_area, {5, 0}) ==
        "multi-area scale item 2 is 0; allowed: whole numbers 1-10");
  CHECK(msg(InstrumentId::multi_area, {11}) ==
        "multi-area scale item 1 is 11; allowed: whole numbers 1-10");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(msg(InstrumentId::ors, {nan, 1, 1, 1}) == "ORS item 1 is NaN; allowed: 0-10");
  CHECK(msg(InstrumentId::ors, {1, inf, 1, 1}) == "ORS item 2 is inf; allowed: 0-10");
}

TEST_CASE("a bad value is reported before missing items", "[measures][scoring]") {
  CHECK(status_of([] { rorkit::score(InstrumentId::who5, {7, none, none, none, none}); }) ==
        RORKIT_ERROR_ITEM_OUT_OF_RANGE);
}

TEST_CASE("missing items: WHO-5, ORS and SRS allow none by default", "[measures][scoring]") {
  auto e = error_of([] { rorkit::score(InstrumentId::who5, {3, none, 3, 3, 3}); });
  CHECK(e.status() == RORKIT_ERROR_MISSING_ITEMS);
  CHECK(std::string(e.what()) == "WHO-5: 1 of 5 items missing (item 2); at most 0 may be missing");
  CHECK(status_of([] { rorkit::score(InstrumentId::ors, {1, 1, 1, none}); }) ==
        RORKIT_ERROR_MISSING_ITEMS);
  CHECK(status_of([] { rorkit::score(InstrumentId::srs, {none, 1, 1, 1}); }) ==
        RORKIT_ERROR_MISSING_ITEMS);
  CHECK(status_of([] { rorkit::score(InstrumentId::inspire_o, {1, 1, 1, 1, none}); }) ==
        RORKIT_ERROR_MISSING_ITEMS);
  CHECK(status_of([] { rorkit::score(InstrumentId::multi_area, {5, none}); }) ==
        RORKIT_ERROR_MISSING_ITEMS);

  // Allowed: 4 + 3 + 3 + 2 = 12 over 4 answered, mean 3, raw 15, score 60.
  auto s = rorkit::score(InstrumentId::who5, {4, none, 3, 3, 2}, allow(1));
  CHECK(s.answered == 4);
  CHECK(s.prorated);
  CHECK(s.raw == 15);
  CHECK(s.score == 60);
  // 3 + 2 + 3 + 2 = 10 over 4: raw 12.5, score 50, still poor well-being.
  auto edge = rorkit::score(InstrumentId::who5, {3, 2, 3, 2, none}, allow(1));
  CHECK(edge.raw == 12.5);
  CHECK(edge.score == 50);
  CHECK(edge.band == ScoreBand::clinical);
}

TEST_CASE("all items missing can never be scored", "[measures][scoring]") {
  auto e = error_of([] { rorkit::score(InstrumentId::who5, Items(5), allow(5)); });
  CHECK(e.status() == RORKIT_ERROR_MISSING_ITEMS);
  CHECK(std::string(e.what()) == "WHO-5: all 5 items are missing; at least one must be answered");
  CHECK(status_of([] { rorkit::score(InstrumentId::multi_area, Items(1), allow(99)); }) ==
        RORKIT_ERROR_MISSING_ITEMS);
}

TEST_CASE("max_missing must not be negative", "[measures][scoring]") {
  auto e = error_of([] { rorkit::score(InstrumentId::who5, {1, 1, 1, 1, 1}, allow(-1)); });
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK_THAT(std::string(e.what()), Catch::Contains("max_missing is -1"));
}

TEST_CASE("an unknown instrument id is NOT_FOUND", "[measures][scoring]") {
  CHECK(status_of([] { rorkit::score(static_cast<InstrumentId>(7), {1}); }) ==
        RORKIT_ERROR_NOT_FOUND);
}

}  // namespace test_scoring
