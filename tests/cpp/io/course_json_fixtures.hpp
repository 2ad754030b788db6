#pragma once
// Test helpers for course documents: the fixture under tests/data/courses (found relative to this
// header) and a course built in C++ with every member set, awkward text and unknown members at
// every level that keeps them. Also used by tests/tools/course_documents.cpp (no Catch2 here).

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "course/course_builders.hpp"
#include "rorkit/course/temperature.hpp"

namespace course_json_test {

using namespace rorkit;

inline std::filesystem::path courses_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "data" / "courses";
}

/// The text of a file; empty when it cannot be read.
inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Danish letters, an emoji, quotes, a backslash and control characters in one string.
inline const std::string kAwkward = "Æblegrød på Ærø – \"citat\" \\ 🚲 linje 1\nlinje 2\ttab \x01 slut";

inline PlanItem plan_item(std::string id, std::string text, std::string owner, std::optional<Date> date,
                          std::string materials, bool done) {
  PlanItem p;
  p.id = std::move(id);
  p.text = std::move(text);
  p.owner_id = std::move(owner);
  p.date = date;
  p.materials = std::move(materials);
  p.done = done;
  return p;
}

/// The sample course (course_builders.hpp) with every list filled and every optional member set
/// somewhere, and unset somewhere else.
inline Course built_course() {
  Course c = test::sample_course();
  c.unknown = {{"x_vendor", R"({"system":"Fagsystem","version":[3,1]})"}, {"_comment", "\"SYNTETISK\""}};
  c.registration.unknown = {{"x_sagsnummer", "\"26-0001\""}};
  c.organisation.people[0].unknown = {{"x_initialer", "\"AD\""}};
  c.organisation.people[10].name = kAwkward;  // a citizen's name with everything in it
  c.organisation.groups[0].unknown = {{"x_mandat", "{\"dato\":\"2026-04-22\",\"udvalg\":null}"}};

  SchoolBreak summer{BreakKind::summer, 2026, {Date{2026, 6, 27}, Date{2026, 8, 9}}, false};
  SchoolBreak christmas{BreakKind::christmas, 2026, {Date{2026, 12, 19}, Date{2027, 1, 3}}, true};
  c.school_breaks = {summer, christmas};
  c.phases = {test::phase_on(CoursePhase::forberede, 2026, Season::autumn, Date{2026, 8, 10}, Date{2026, 12, 18}),
              test::phase_on(CoursePhase::udvikle, 2027, Season::spring, Date{2027, 1, 4}, Date{2027, 7, 2})};
  c.phases[0].window.working_days = 94;
  c.phases[1].window.working_days = 125;

  Meeting start;
  start.id = "m-start";
  start.kind = MeetingKind::joint_start;
  start.phase = CoursePhase::forberede;
  start.group_ids = {"styregruppe", "implementeringsgruppe"};
  start.date = Date{2026, 8, 17};
  start.start_minute = 13 * 60;
  start.end_minute = 16 * 60;
  start.location = "Rådhuset, byrådssalen";
  start.held = true;
  start.unknown = {{"x_referat", "\"ESDH 26/1234\""}};
  Meeting plain;  // only the required members
  plain.id = "m-styre-2";
  plain.group_ids = {"styregruppe"};
  plain.number = 2;
  plain.date = Date{2026, 10, 5};
  c.meetings = {start, plain};

  Activity done;
  done.id = "a-temp";
  done.kind = ActivityKind::baseline_temperature;
  done.title = "Temperaturmåling (baseline)";
  done.owner_id = "koord-1";
  done.due = Date{2026, 9, 25};
  done.status = ActivityStatus::done;
  done.done_on = Date{2026, 9, 21};
  done.notes = kAwkward;
  done.unknown = {{"x_bilag", "[\"skema.pdf\"]"}};
  Activity open;
  open.id = "a-anker";
  open.kind = ActivityKind::anchoring_plan;
  open.phase = CoursePhase::forankre;
  c.activities = {done, open};

  CaseReviewRecord review;
  review.date = Date{2026, 10, 15};
  for (int i = 1; i <= 10; ++i) review.plan_ids.push_back("plan-" + std::to_string(i));
  for (std::size_t i = 0; i < review.tally.size(); ++i)
    review.tally[i] = {static_cast<Principle>(i + 1), static_cast<std::int32_t>(i % 4),
                       3, static_cast<std::int32_t>(7 - i % 4)};
  c.case_review = review;

  DevelopmentGoal goal;
  goal.id = "u-1";
  goal.text = "Borgernes håb, ønsker og drømme er udgangspunktet.";
  goal.milestones = {{"u-1-a", "Ny skabelon", "led-myn-1", Date{2027, 3, 1}, true},
                     {"u-1-b", "Kursus for alle", "", std::nullopt, false}};
  DevelopmentGoal bare;
  bare.id = "u-2";
  bare.text = "Flere i fællesskaber";
  c.development_plan = {goal, bare};
  c.communication_plan = {plan_item("k-1", "Nyhedsbrev", "koord-1", Date{2027, 2, 1}, "Skabelon", true),
                          plan_item("k-2", "Borgermøde", "", std::nullopt, "", false)};
  c.anchoring_plan = {plan_item("f-1", "Skabelonen bliver standard", "led-myn-1", Date{2027, 12, 1}, "", false)};

  TrialAction planned;
  planned.id = "t-planned";
  planned.phase = CoursePhase::forankre;
  planned.title = "Recoverymentor ved visitation";
  TrialAction running = planned;
  running.id = "t-running";
  running.state = TrialState::running;
  running.hypothesis = "Hvis ..., så ...";
  running.owner_id = "med-til-2";
  running.start = Date{2027, 8, 23};
  running.unknown = {{"x_budget_kr", "120000"}};
  TrialAction evaluated = running;
  evaluated.id = "t-evaluated";
  evaluated.phase = CoursePhase::udvikle;
  evaluated.state = TrialState::evaluated;
  evaluated.start = Date{2027, 2, 1};
  evaluated.end = Date{2027, 5, 31};
  evaluated.evaluation = "11 af 14 kom igen.";
  evaluated.decision = TrialDecision::adapt;
  evaluated.unknown.clear();
  c.trial_actions = {planned, running, evaluated};

  TemperatureSurvey base;
  base.id = "temp-1";
  base.kind = SurveyKind::baseline;
  base.date = Date{2026, 9, 21};
  base.dimensions = default_temperature_dimensions();
  base.responses = {{"r-1", RespondentRole::citizen, {1, 2, 3, 4, 5, std::nullopt, 1, 2, 3}},
                    {"r-2", RespondentRole::strategic_leader, {5, 5, 5, 5, 5, 5, 5, 5, 5}}};
  base.unknown = {{"x_svarprocent", "71.5"}};
  TemperatureSurvey follow = base;
  follow.id = "temp-2";
  follow.kind = SurveyKind::followup;
  follow.date = Date{2027, 9, 20};
  follow.responses.clear();
  follow.unknown.clear();
  c.temperature = {base, follow};
  return c;
}

/// A course with nothing but its required members.
inline Course minimal_course() {
  Course c;
  c.id = "minimal";
  c.municipality = 101;
  c.requested_start = Date{2026, 8, 10};
  return c;
}

}  // namespace course_json_test
