// add_meeting / add_trial_action: every check runs before the course changes; find_survey and
// latest_survey.

#include <catch2/catch.hpp>

#include <functional>

#include "course/course_builders.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/course/edit.hpp"
#include "rorkit/course/schedule.hpp"

namespace test_edit {

using namespace rorkit;

namespace {

Course planned() { return plan_course(test::sample_course(), Date{2026, 8, 10}).course; }

Meeting meeting(std::string id, CoursePhase phase, Date date, std::vector<std::string> groups) {
  Meeting m;
  m.id = std::move(id);
  m.phase = phase;
  m.date = date;
  m.group_ids = std::move(groups);
  m.number = 4;
  return m;
}

rorkit_status status_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.status();
  }
  return RORKIT_OK;
}

TemperatureSurvey survey(std::string id, SurveyKind kind, Date date) {
  TemperatureSurvey s;
  s.id = std::move(id);
  s.kind = kind;
  s.date = date;
  return s;
}

}  // namespace

TEST_CASE("add_meeting appends a checked meeting and refuses a bad one unchanged") {
  Course c = planned();
  const std::size_t n = c.meetings.size();
  add_meeting(c, meeting("ekstra", CoursePhase::udvikle, Date{2027, 3, 10}, {"styregruppe"}));
  REQUIRE(c.meetings.size() == n + 1);
  CHECK(c.meetings.back().id == "ekstra");

  const Course before = c;
  CHECK(status_of([&] {
          add_meeting(c, meeting("kh", CoursePhase::udvikle, Date{2027, 5, 6}, {"styregruppe"}));
        }) == RORKIT_ERROR_NOT_A_WORKING_DAY);
  CHECK(status_of([&] {
          add_meeting(c, meeting("ekstra", CoursePhase::udvikle, Date{2027, 3, 11}, {"styregruppe"}));
        }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([&] {
          add_meeting(c, meeting("to", CoursePhase::udvikle, Date{2027, 3, 11},
                                 {"styregruppe", "styregruppe"}));
        }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([&] {
          add_meeting(c, meeting("ingen", CoursePhase::udvikle, Date{2027, 3, 11}, {"x"}));
        }) == RORKIT_ERROR_DANGLING_REFERENCE);
  CHECK(status_of([&] {
          add_meeting(c, meeting("bad id!", CoursePhase::udvikle, Date{2027, 3, 11}, {"styregruppe"}));
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(c == before);
}

TEST_CASE("add_trial_action checks phase, owner, dates and id") {
  Course c = planned();
  TrialAction t;
  t.id = "t1";
  t.title = "Følgeskab";
  t.owner_id = "led-til-1";
  t.start = Date{2027, 2, 1};
  t.end = Date{2027, 5, 31};
  add_trial_action(c, t);
  REQUIRE(c.trial_actions.size() == 1);

  const Course before = c;
  CHECK(status_of([&] { add_trial_action(c, t); }) == RORKIT_ERROR_DUPLICATE);
  TrialAction wrong_phase = t;
  wrong_phase.id = "t2";
  wrong_phase.phase = CoursePhase::forberede;
  CHECK(status_of([&] { add_trial_action(c, wrong_phase); }) == RORKIT_ERROR_VALIDATION);
  TrialAction nobody = t;
  nobody.id = "t3";
  nobody.owner_id = "ingen";
  CHECK(status_of([&] { add_trial_action(c, nobody); }) == RORKIT_ERROR_DANGLING_REFERENCE);
  TrialAction backwards = t;
  backwards.id = "t4";
  backwards.end = Date{2027, 1, 1};
  CHECK(status_of([&] { add_trial_action(c, backwards); }) == RORKIT_ERROR_DATE_ORDER);
  CHECK(c == before);
}

TEST_CASE("find_survey and latest_survey") {
  Course c = test::sample_course();
  CHECK(status_of([&] { (void)latest_survey(c); }) == RORKIT_ERROR_NOT_FOUND);
  c.temperature = {survey("b", SurveyKind::baseline, Date{2026, 9, 21}),
                   survey("f", SurveyKind::followup, Date{2027, 9, 20}),
                   survey("f2", SurveyKind::followup, Date{2027, 9, 20})};
  CHECK(find_survey(c, "b").id == "b");
  CHECK(latest_survey(c).id == "f2");  // of equal dates, the later listed
  try {
    (void)find_survey(c, "x");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.status() == RORKIT_ERROR_NOT_FOUND);
    CHECK(std::string(e.what()) ==
          "course randers-2026 has no temperature survey \"x\"; it has b, f, f2");
  }
}

}  // namespace test_edit
