// Single meetings and trial actions as JSON, and the course report renderings.

#include <catch2/catch.hpp>

#include "rorkit/core/error.hpp"
#include "rorkit/io/course_entries.hpp"
#include "rorkit/io/course_reports.hpp"

namespace test_course_entries {

using namespace rorkit;

TEST_CASE("a meeting object reads and writes like the document's") {
  const std::string text =
      R"({"id":"m1","kind":"joint-kickoff","phase":"udvikle","group_ids":["a","b"],"number":1,)"
      R"("date":"2027-01-13","start_minute":780,"end_minute":960,"location":"Rådhuset",)"
      R"("held":true,"x_referat":{"ok":1}})";
  Meeting m = meeting_from_json(text);
  CHECK(m.kind == MeetingKind::joint_kickoff);
  CHECK(m.date == Date{2027, 1, 13});
  REQUIRE(m.unknown.size() == 1);
  CHECK(meeting_to_json(m) == text);
  CHECK(meetings_to_json({m, m}) == "[" + text + "," + text + "]");
  CHECK(meetings_to_json({}) == "[]");
}

TEST_CASE("meeting and trial-action objects are refused with a JSON pointer") {
  auto status = [](auto&& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.status();
    }
    return RORKIT_OK;
  };
  CHECK(status([] { meeting_from_json(R"({"id":"m1"})"); }) == RORKIT_ERROR_SCHEMA);
  CHECK(status([] { meeting_from_json("{"); }) == RORKIT_ERROR_PARSE);
  CHECK(status([] {
          meeting_from_json(R"({"id":"m1","kind":"group","phase":"udvikle","group_ids":[],)"
                            R"("date":"2027-01-13","start_minute":600,"end_minute":540})");
        }) == RORKIT_ERROR_DATE_ORDER);
  CHECK(status([] { trial_action_from_json(R"({"id":"t","phase":"udvikle"})"); }) ==
        RORKIT_ERROR_SCHEMA);
  try {
    trial_action_from_json(R"({"id":"t","phase":"udvikle","title":"x","state":"done"})");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).rfind("/state: ", 0) == 0);
  }
}

TEST_CASE("a trial-action object round-trips") {
  const std::string text =
      R"({"id":"t1","phase":"forankre","title":"Mål i egne ord","hypothesis":"Hvis ..., så ...",)"
      R"("owner_id":"p1","start":"2027-08-20","end":"2027-11-30","state":"evaluated",)"
      R"("evaluation":"Godt","decision":"adapt"})";
  CHECK(trial_action_to_json(trial_action_from_json(text)) == text);
}

TEST_CASE("report shapes") {
  CriterionResult met{1, "whole social psychiatry", true, ""};
  CriterionResult unmet{2, "approved by a director", false, "criterion 2: no approver"};
  CHECK(registration_to_json({met, unmet}) ==
        R"({"approved":false,"criteria":[{"number":1,"name":"whole social psychiatry","met":true,)"
        R"("reason":""},{"number":2,"name":"approved by a director","met":false,)"
        R"("reason":"criterion 2: no approver"}]})");
  CHECK(strings_to_json({}) == "[]");

  CourseStatus s;
  s.on = Date{2027, 12, 28};
  s.finished = true;
  CHECK(course_status_to_json(s) ==
        R"({"on":"2027-12-28","phase":null,"phase_name_da":null,"between_phases":false,)"
        R"("finished":true,"meetings":{"held":0,"planned":0,"missed":0},)"
        R"("activities":{"done":0,"due":0,"overdue":[]},)"
        R"("trial_actions":{"planned":0,"running":0,"evaluated":0},"temperature":[]})");

  PhaseSchedule p;
  p.phase = CoursePhase::forberede;
  p.window = PhaseWindow{2026, Season::autumn, DateRange{Date{2026, 8, 10}, Date{2026, 12, 19}}, 95};
  CHECK(phases_to_json({p}) ==
        R"([{"phase":"forberede","name_da":"Fase 1 Forberede","year":2026,"season":"autumn",)"
        R"("first":"2026-08-10","last":"2026-12-19","working_days":95}])");
}

}  // namespace test_course_entries
