// The Fase 1 case review: which cases are drawn, reproducible ties, and the tally.

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "plan/plan_builders.hpp"
#include "rorkit/plan/audit.hpp"

namespace test_case_review {

namespace {

using namespace rorkit;
using namespace rorkit::test;

std::string numbered(const char* prefix, int i) {
  return std::string(prefix) + (i < 10 ? "0" : "") + std::to_string(i);
}

AuditOptions options_on(const Date& d) {
  AuditOptions o;
  o.on = d;
  return o;
}

// Eight plans on distinct days in February 2026 plus six created on the same day, 2026-01-15:
// ten places leave two for the six tied plans.
std::vector<Plan> tied_plans() {
  std::vector<Plan> plans;
  for (int i = 0; i < 8; ++i)
    plans.push_back(poor_case(numbered("new-", i), add_days(Date{2026, 2, 1}, i)));
  for (int i = 0; i < 6; ++i) plans.push_back(poor_case(numbered("tie-", i), Date{2026, 1, 15}));
  plans.push_back(poor_case("old-00", Date{2025, 12, 1}));
  return plans;
}

std::vector<std::string> tied_part(const CaseReview& r) {
  std::vector<std::string> out;
  for (const auto& id : r.plan_ids)
    if (id.rfind("tie-", 0) == 0) out.push_back(id);
  return out;
}

}  // namespace

TEST_CASE("case review: draws the ten most recent cases, newest first") {
  std::vector<Plan> plans;
  for (int i = 14; i >= 0; --i)  // input oldest last, to show the order is by date
    plans.push_back(poor_case(numbered("plan-", i), add_days(Date{2025, 1, 10}, 7 * i)));
  std::rotate(plans.begin(), plans.begin() + 4, plans.end());
  CaseReview r = review_recent_cases(plans, options_on(Date{2026, 6, 1}));
  const std::vector<std::string> expected = {"plan-14", "plan-13", "plan-12", "plan-11", "plan-10",
                                             "plan-09", "plan-08", "plan-07", "plan-06", "plan-05"};
  CHECK(r.plan_ids == expected);
  REQUIRE(r.audits.size() == 10);
  for (std::size_t i = 0; i < 10; ++i) CHECK(r.audits[i].plan_id == r.plan_ids[i]);
}

TEST_CASE("case review: excludes plans created after the review date") {
  std::vector<Plan> plans = {poor_case("before", Date{2026, 5, 1}),
                             poor_case("on-the-day", Date{2026, 6, 1}),
                             poor_case("after", Date{2026, 6, 2})};
  CaseReview r = review_recent_cases(plans, options_on(Date{2026, 6, 1}));
  CHECK(r.plan_ids == std::vector<std::string>{"on-the-day", "before"});
}

TEST_CASE("case review: fewer plans than asked for gives all of them; zero gives none") {
  std::vector<Plan> plans = {poor_case("a", Date{2026, 1, 1}), poor_case("b", Date{2026, 1, 2})};
  CHECK(review_recent_cases(plans, options_on(Date{2026, 6, 1})).plan_ids ==
        std::vector<std::string>{"b", "a"});
  CaseReview none = review_recent_cases(plans, options_on(Date{2026, 6, 1}), 0);
  CHECK(none.plan_ids.empty());
  CHECK(none.audits.empty());
  CHECK(none.tally[0].principle == Principle::hopes_wishes_dreams);
  CHECK(none.tally[7].principle == Principle::knowledge_that_works);
  CHECK(review_recent_cases({}, options_on(Date{2026, 6, 1})).plan_ids.empty());
}

TEST_CASE("case review: ties at the cut-off are drawn reproducibly per seed") {
  const auto plans = tied_plans();
  const AuditOptions o = options_on(Date{2026, 6, 1});
  CaseReview first = review_recent_cases(plans, o, 10, 1);
  REQUIRE(first.plan_ids.size() == 10);
  // The eight newer plans always come first, newest first.
  for (int i = 0; i < 8; ++i) CHECK(first.plan_ids[static_cast<std::size_t>(i)] == numbered("new-", 7 - i));
  auto tied = tied_part(first);
  REQUIRE(tied.size() == 2);
  CHECK(std::is_sorted(tied.begin(), tied.end()));  // drawn ones are listed by id
  CHECK(std::find(first.plan_ids.begin(), first.plan_ids.end(), "old-00") == first.plan_ids.end());

  SECTION("the same seed gives the same draw, whatever the input order") {
    CHECK(review_recent_cases(plans, o, 10, 1).plan_ids == first.plan_ids);
    auto reversed = plans;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(review_recent_cases(reversed, o, 10, 1).plan_ids == first.plan_ids);
  }
  SECTION("the draw is fixed across platforms (splitmix64, not std::shuffle)") {
    // Worked independently (a Python transcription of docs/plans.md's algorithm).
    CHECK(tied == std::vector<std::string>{"tie-00", "tie-01"});
    CHECK(tied_part(review_recent_cases(plans, o, 10, 2)) ==
          std::vector<std::string>{"tie-02", "tie-05"});
    CHECK(tied_part(review_recent_cases(plans, o, 10, 3)) ==
          std::vector<std::string>{"tie-00", "tie-05"});
  }
  SECTION("other seeds draw other plans") {
    std::set<std::vector<std::string>> draws;
    for (std::uint64_t seed = 1; seed <= 40; ++seed)
      draws.insert(tied_part(review_recent_cases(plans, o, 10, seed)));
    CHECK(draws.size() > 5);  // 15 pairs are possible
    CHECK(tied_part(review_recent_cases(plans, o, 10, 2)) != tied);
  }
  SECTION("without ties the seed does not matter") {
    CHECK(review_recent_cases(plans, o, 8, 1).plan_ids ==
          review_recent_cases(plans, o, 8, 99).plan_ids);
    CHECK(review_recent_cases(plans, o, 14, 1).plan_ids ==
          review_recent_cases(plans, o, 14, 99).plan_ids);
  }
}

TEST_CASE("case review: tallies the verdicts per principle") {
  const Date on{2027, 2, 15};
  std::vector<Plan> plans = {good_case("good-1", Date{2026, 1, 15}),
                             good_case("good-2", Date{2026, 1, 16}),
                             good_case("good-3", Date{2026, 1, 17}),
                             poor_case("poor-1", Date{2026, 1, 18}),
                             poor_case("poor-2", Date{2026, 1, 19})};
  CaseReview r = review_recent_cases(plans, options_on(on));
  CHECK(r.plan_ids ==
        std::vector<std::string>{"poor-2", "poor-1", "good-3", "good-2", "good-1"});
  for (std::size_t i = 0; i < 8; ++i) {
    INFO("principle " << i + 1);
    CHECK(r.tally[i].principle == static_cast<Principle>(i + 1));
    CHECK(r.tally[i].yes == 3);
    CHECK(r.tally[i].partly == 0);
    CHECK(r.tally[i].no == 2);
  }

  SECTION("partly is counted too") {
    Plan& g = plans[0];
    add_goal(g, goal("g3", "Flytte", {}, true), change_on(Date{2027, 2, 1}));
    CaseReview r2 = review_recent_cases(plans, options_on(on));
    CHECK(r2.tally[0].yes == 2);
    CHECK(r2.tally[0].partly == 1);
    CHECK(r2.tally[0].no == 2);
  }
}

}  // namespace test_case_review
