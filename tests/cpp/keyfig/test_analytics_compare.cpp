// Rank and comparisons with the country, the region and a group, worked by hand.

#include <catch2/catch.hpp>

#include <algorithm>

#include "keyfig_panels.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "support/errors.hpp"

namespace test_analytics_compare {

using namespace rorkit;
using keyfig_test::put;
using keyfig_test::suppress;
using rorkit::test::error_of;
using rorkit::test::status_of;

namespace {

// kf03 in 2022: København 10/100 = 10 %, Frederiksberg 30/50 = 60 %, Ballerup 1/10 = 10 %.
// Weighted: 41/160 = 25.625 %; unweighted: (10 + 60 + 10) / 3 = 26.67 %.
Panel three() {
  Panel p = keyfig_test::municipalities_panel({"101", "147", "151"}, 2022, 2022, {"kf03"});
  put(p, "101", 2022, "kf03", 10, 100);
  put(p, "147", 2022, "kf03", 30, 50);
  put(p, "151", 2022, "kf03", 1, 10);
  return p;
}

const std::vector<std::string> group3 = {"101", "147", "151"};

// kf11 (higher is better), kf13 (lower is better) and kf01 (neutral) all with the values
// 20, 30, 20, 10, 30 for 101, 147, 151, 153, 155.
Panel five() {
  Panel p(standard_areas(2022), 2022, 2022, {"kf11", "kf13", "kf01"});
  const std::pair<const char*, double> values[] = {{"101", 20}, {"147", 30}, {"151", 20}, {"153", 10}, {"155", 30}};
  for (const char* fig : {"kf11", "kf13"})
    for (const auto& [code, v] : values) put(p, code, 2022, fig, v, 100);
  for (const auto& [code, v] : values) put(p, code, 2022, "kf01", v, 10000, FigureUnit::per_10000);
  p.set_value(0, 0, p.area_index("000"), 99);  // the country row is not ranked
  return p;
}

}  // namespace

TEST_CASE("weighted and unweighted group means differ", "[keyfig][analytics][compare]") {
  const Comparison w = compare_with_group(three(), "101", group3, 2022, "kf03");
  CHECK(w.reference == "group");
  CHECK(w.averaging == Averaging::weighted);  // the catalogue's rule for kf03
  CHECK(w.member_count == 3);
  CHECK(w.members == group3);
  CHECK(w.reference_value.status == CellStatus::value);
  CHECK(w.reference_value.value == Approx(25.625));
  CHECK(w.difference.value == Approx(10 - 25.625));
  CHECK(w.rule == "weighted: sum of numerators / sum of denominators over 3 municipalities");

  const Comparison u = compare_with_group(three(), "101", group3, 2022, "kf03", Catalogue::builtin(),
                                          Averaging::unweighted);
  CHECK(u.averaging == Averaging::unweighted);
  CHECK(u.reference_value.value == Approx(80.0 / 3.0));
  CHECK(u.difference.value == Approx(10 - 80.0 / 3.0));
  CHECK(u.rule == "unweighted: mean of the values of 3 municipalities");

  // A catalogue whose kf03 is unweighted makes that the default.
  Catalogue mine = Catalogue::builtin();
  KeyFigure kf03 = mine.at("kf03");
  kf03.averaging = Averaging::unweighted;
  mine.put(kf03);
  CHECK(compare_with_group(three(), "101", group3, 2022, "kf03", mine).reference_value.value ==
        Approx(80.0 / 3.0));
}

TEST_CASE("a suppressed member is left out and named", "[keyfig][analytics][compare]") {
  Panel p = three();
  suppress(p, "147", 2022, "kf03");
  const Comparison c = compare_with_group(p, "151", group3, 2022, "kf03");
  CHECK(c.member_count == 2);
  CHECK(c.members == std::vector<std::string>{"101", "151"});
  CHECK(c.reference_value.value == Approx(10.0));  // 11 / 110
  CHECK(c.difference.value == Approx(0.0).margin(1e-12));
  CHECK(c.rule == "weighted: sum of numerators / sum of denominators over 2 municipalities; 1 of 3 "
                  "without a value (147)");

  // The compared area itself withheld: the difference is missing with its reason.
  const Comparison own = compare_with_group(p, "147", group3, 2022, "kf03");
  CHECK(own.reference_value.ok());
  CHECK(own.difference.status == CellStatus::missing);
  CHECK(own.difference.reason == CellReason::small_numerator);

  // Every member withheld: no reference.
  suppress(p, "101", 2022, "kf03");
  suppress(p, "151", 2022, "kf03", CellReason::complementary);
  const Comparison none = compare_with_group(p, "101", group3, 2022, "kf03");
  CHECK(none.member_count == 0);
  CHECK(none.reference_value.status == CellStatus::missing);
  CHECK(none.reference_value.reason == CellReason::small_numerator);
}

TEST_CASE("weighted averaging needs counts", "[keyfig][analytics][compare]") {
  Panel p = three();
  p.set_value(0, 0, p.area_index("147"), 60);  // as StatBank reports it: no counts
  const Comparison w = compare_with_group(p, "101", group3, 2022, "kf03");
  CHECK(w.reference_value.status == CellStatus::missing);
  CHECK(w.difference.status == CellStatus::missing);
  CHECK_THAT(w.rule, Catch::Contains("needs counts") && Catch::Contains("147"));
  const Comparison u = compare_with_group(p, "101", group3, 2022, "kf03", Catalogue::builtin(),
                                          Averaging::unweighted);
  CHECK(u.reference_value.value == Approx(80.0 / 3.0));
}

TEST_CASE("group arguments are checked", "[keyfig][analytics][compare]") {
  const Panel p = three();
  CHECK(status_of([&] { (void)compare_with_group(p, "101", {}, 2022, "kf03"); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { (void)compare_with_group(p, "101", {"101", "153"}, 2022, "kf03"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([&] { (void)compare_with_group(p, "101", {"101", "0101"}, 2022, "kf03"); }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([&] { (void)compare_with_group(p, "101", group3, 2021, "kf03"); }) == RORKIT_ERROR_OUT_OF_RANGE);
  Panel with_region(standard_areas(2022), 2022, 2022, {"kf03"});
  CHECK(status_of([&] { (void)compare_with_group(with_region, "101", {"101", "084"}, 2022, "kf03"); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  Panel custom = keyfig_test::municipalities_panel({"101"}, 2022, 2022, {"mine"});
  CHECK(status_of([&] { (void)compare_with_group(custom, "101", {"101"}, 2022, "mine"); }) == RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("the country: the panel's own 000, or computed from the municipalities", "[keyfig][analytics][compare]") {
  // No 000 in the panel: computed from the three municipalities it has.
  Comparison c = compare_with_country(three(), "147", 2022, "kf03");
  CHECK(c.reference == "000");
  CHECK(c.member_count == 3);
  CHECK(c.reference_value.value == Approx(25.625));
  CHECK(c.difference.value == Approx(60 - 25.625));
  CHECK_THAT(c.rule, Catch::StartsWith("weighted: sum of numerators / sum of denominators over 3 "
                                       "municipalities; 95 of 98 without a value ("));

  // A panel with the country row: a reported value is used as it is.
  Panel p(standard_areas(2022), 2022, 2022, {"kf03"});
  put(p, "101", 2022, "kf03", 10, 100);
  put(p, "147", 2022, "kf03", 30, 50);
  c = compare_with_country(p, "101", 2022, "kf03");  // 000 has no input yet: computed
  CHECK(c.member_count == 2);
  CHECK(c.reference_value.value == Approx(40.0 / 150 * 100));
  p.set_value(0, 0, p.area_index("000"), 12.5);
  c = compare_with_country(p, "101", 2022, "kf03");
  CHECK(c.reference_value.value == 12.5);
  CHECK(c.member_count == 0);
  CHECK(c.members.empty());
  CHECK(c.rule == "reported: the panel's cell for 000 Hele landet, used as it is");
  CHECK(c.difference.value == Approx(-2.5));
  // A withheld country cell is never recomputed from its parts.
  suppress(p, "000", 2022, "kf03", CellReason::complementary);
  c = compare_with_country(p, "101", 2022, "kf03");
  CHECK(c.reference_value.status == CellStatus::missing);
  CHECK(c.reference_value.reason == CellReason::complementary);
  CHECK(c.difference.reason == CellReason::complementary);
  // A region compared with the country.
  put(p, "084", 2022, "kf03", 40, 150);
  p.set_value(0, 0, p.area_index("000"), 20);
  CHECK(compare_with_country(p, "084", 2022, "kf03").difference.value == Approx(40.0 / 150 * 100 - 20));
}

TEST_CASE("the region follows the year: Østdanmark from 2027", "[keyfig][analytics][compare]") {
  // kf05: København (Hovedstaden) 5/100, Greve (Sjælland) 3/50, Thisted (Nordjylland) 2/40.
  Panel p(standard_areas(), 2026, 2027, {"kf05"});
  for (std::int32_t y : {2026, 2027}) {
    put(p, "101", y, "kf05", 5, 100);
    put(p, "253", y, "kf05", 3, 50);
    put(p, "787", y, "kf05", 2, 40);
  }
  Comparison c = compare_with_region(p, "101", 2026, "kf05");
  CHECK(c.reference == "084");
  CHECK(c.members == std::vector<std::string>{"101"});
  CHECK(c.reference_value.value == Approx(5.0));
  CHECK(c.difference.value == Approx(0.0).margin(1e-12));
  CHECK_THAT(c.rule, Catch::Contains("28 of 29 without a value") &&
                         Catch::EndsWith("(Region Hovedstaden in 2026)"));
  c = compare_with_region(p, "253", 2026, "kf05");
  CHECK(c.reference == "085");
  CHECK(c.reference_value.value == Approx(6.0));

  // 2027: both in Region Østdanmark, 46 municipalities: (5 + 3) / (100 + 50) = 5.33 %.
  c = compare_with_region(p, "101", 2027, "kf05");
  CHECK(c.reference == "086");
  CHECK(c.member_count == 2);
  CHECK(c.members == std::vector<std::string>{"101", "253"});
  CHECK(c.reference_value.value == Approx(8.0 / 150 * 100));
  CHECK(c.difference.value == Approx(5 - 8.0 / 150 * 100));
  CHECK_THAT(c.rule, Catch::Contains("over 2 municipalities; 44 of 46 without a value") &&
                         Catch::EndsWith("(Region Østdanmark in 2027)"));
  CHECK(compare_with_region(p, "Greve", 2027, "kf05").reference_value.value == Approx(8.0 / 150 * 100));
  c = compare_with_region(p, "787", 2027, "kf05");
  CHECK(c.reference == "081");
  CHECK(c.members == std::vector<std::string>{"787"});

  // A reported 086 cell is used as it is.
  p.set_value(0, p.year_index(2027), p.area_index("086"), 7);
  c = compare_with_region(p, "101", 2027, "kf05");
  CHECK(c.reference_value.value == 7);
  CHECK(c.member_count == 0);
  CHECK_THAT(c.rule, Catch::StartsWith("reported: the panel's cell for 086 Region Østdanmark"));

  CHECK(status_of([&] { (void)compare_with_region(p, "084", 2026, "kf05"); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { (void)compare_with_region(p, "000", 2026, "kf05"); }) == RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("rank with ties, by direction", "[keyfig][analytics][rank]") {
  const Panel p = five();
  // Higher is better: 30, 30, 20, 20, 10. Ties share the better rank (1, 1, 3, 3, 5).
  Rank r = rank(p, "101", 2022, "kf11");
  CHECK(r.status == CellStatus::value);
  CHECK(r.rank == 3);
  CHECK(r.of == 5);
  CHECK(r.percentile == Approx(60.0));  // at least as good as 101, 151, 153
  r = rank(p, "147", 2022, "kf11");
  CHECK(r.rank == 1);
  CHECK(r.percentile == Approx(100.0));
  CHECK(rank(p, "155", 2022, "kf11").rank == 1);
  r = rank(p, "153", 2022, "kf11");
  CHECK(r.rank == 5);
  CHECK(r.percentile == Approx(20.0));

  // Lower is better: 10, 20, 20, 30, 30.
  r = rank(p, "153", 2022, "kf13");
  CHECK(r.rank == 1);
  CHECK(r.percentile == Approx(100.0));
  r = rank(p, "151", 2022, "kf13");
  CHECK(r.rank == 2);
  CHECK(r.percentile == Approx(80.0));
  r = rank(p, "147", 2022, "kf13");
  CHECK(r.rank == 4);
  CHECK(r.percentile == Approx(40.0));

  // Neutral: the highest first.
  CHECK(rank(p, "147", 2022, "kf01").rank == 1);
  CHECK(rank(p, "153", 2022, "kf01").rank == 5);
}

TEST_CASE("rank leaves out municipalities without a value", "[keyfig][analytics][rank]") {
  Panel p = five();
  suppress(p, "155", 2022, "kf11");
  Rank r = rank(p, "101", 2022, "kf11");
  CHECK(r.of == 4);
  CHECK(r.rank == 2);
  CHECK(r.percentile == Approx(75.0));
  r = rank(p, "155", 2022, "kf11");
  CHECK(r.status == CellStatus::missing);
  CHECK(r.reason == CellReason::small_numerator);
  CHECK(r.rank == 0);
  CHECK(r.of == 4);
  CHECK(status_of([&] { (void)rank(p, "000", 2022, "kf11"); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([&] { (void)rank(p, "999", 2022, "kf11"); }) == RORKIT_ERROR_NOT_FOUND);
}

}  // namespace test_analytics_compare
