// Completeness findings: §141 stk. 3 element by element, aspirations, time-bound sub-goals.
#include <catch2/catch.hpp>

#include <algorithm>

#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/validate.hpp"

namespace test_validate {

using namespace rorkit;

namespace {

Change at(const char* ts) { return Change{"sagsbehandler", Timestamp::parse(ts), ""}; }

bool has(const std::vector<Finding>& fs, const std::string& code) {
  return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
}

Plan plan_with_goal() {
  Citizen c;
  c.id = "borger-1";
  c.municipality = 101;
  Plan p = new_plan("plan-1", c, Date{2026, 1, 15}, at("2026-01-15T09:00:00Z"));
  add_aspiration(p, Aspiration{"a1", AspirationKind::dream, "Arbejde med heste", Date{2026, 1, 15}, "", {}, {}},
                 at("2026-01-15T09:01:00Z"));
  Goal g;
  g.id = "g1";
  g.text = "Praktik på en rideskole";
  g.citizens_words = true;
  g.aspiration_ids = {"a1"};
  add_goal(p, g, at("2026-01-15T09:02:00Z"));
  return p;
}

}  // namespace

TEST_CASE("every missing §141 stk. 3 element is named") {
  Plan p = plan_with_goal();
  auto fs = validate(p);
  for (const char* code : {"s141-purpose-missing", "s141-needed-intervention-missing",
                           "s141-expected-duration-missing", "s141-housing-missing",
                           "s141-employment-missing", "s141-personal-help-missing",
                           "s141-treatment-missing", "s141-aids-missing"}) {
    CAPTURE(code);
    CHECK(has(fs, code));
  }
  CHECK(missing_section141(p) ==
        std::vector<std::string>{"purpose", "needed_intervention", "expected_duration",
                                 "special.housing", "special.employment", "special.personal_help",
                                 "special.treatment", "special.aids"});
  CHECK_FALSE(is_valid(fs));

  Section141 s;
  s.purpose = "Komme i praktik";
  s.needed_intervention = "Socialpædagogisk støtte to gange om ugen";
  s.expected_duration = "12 måneder";
  s.special = {"Ingen", "Praktik, senere fleksjob", "Ingen", "Samtaler i psykiatrien", "Ingen"};
  s.created_with_citizen = true;
  set_section141(p, s, at("2026-01-16T09:00:00Z"));
  fs = validate(p);
  CHECK(missing_section141(p).empty());
  CHECK(is_valid(fs));
  CHECK(has(fs, "no-actions"));  // a warning only
  // Blank text is not an answer.
  s.special.aids = "  ";
  set_section141(p, s, at("2026-01-17T09:00:00Z"));
  CHECK(missing_section141(p) == std::vector<std::string>{"special.aids"});
}

TEST_CASE("findings for aspirations, goals and time-bound sub-goals") {
  Citizen c;
  c.id = "borger-1";
  c.municipality = 101;
  Plan empty = new_plan("plan-2", c, Date{2026, 1, 15}, at("2026-01-15T09:00:00Z"));
  auto fs = validate(empty);
  CHECK(has(fs, "no-aspirations"));
  CHECK(has(fs, "no-goals"));

  Plan p = plan_with_goal();
  Goal sub;
  sub.id = "s1";
  sub.parent_id = "g1";
  sub.text = "Besøge to rideskoler";
  add_goal(p, sub, at("2026-01-15T09:03:00Z"));
  fs = validate(p);
  auto it = std::find_if(fs.begin(), fs.end(), [](const Finding& f) { return f.code == "subgoal-without-due"; });
  REQUIRE(it != fs.end());
  CHECK(it->severity == Severity::error);
  CHECK(it->path == "/goals/1/due");
  CHECK(has(fs, "goal-without-target"));
  CHECK(has(fs, "goal-without-action"));
  // Errors come before warnings.
  auto first_warning = std::find_if(fs.begin(), fs.end(), [](const Finding& f) { return f.severity == Severity::warning; });
  CHECK(std::all_of(first_warning, fs.end(), [](const Finding& f) { return f.severity == Severity::warning; }));
}

TEST_CASE("date-dependent findings only with a date; history mismatches are errors") {
  Plan p = plan_with_goal();
  // Created 2026-01-15: the follow-up is due Wednesday 2026-07-15.
  CHECK_FALSE(has(validate(p, {Date{2026, 7, 15}, true}), "followup-overdue"));
  CHECK(has(validate(p, {Date{2026, 7, 16}, true}), "followup-overdue"));
  CHECK_FALSE(has(validate(p), "followup-overdue"));
  p.goals[0].text = "Ændret uden om historikken";
  CHECK(has(validate(p), "history-mismatch"));
  CHECK_FALSE(has(validate(p, {std::nullopt, false}), "history-mismatch"));
}

}  // namespace test_validate
