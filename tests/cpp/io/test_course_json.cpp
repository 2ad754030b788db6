// Course documents: the Randers fixture read completely and checked against rorkit's calendar and
// temperature rules, lossless round trips of the fixture and of a course built in C++, unknown
// members kept where the model has room for them, and optional members absent or null.

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "io/course_json_fixtures.hpp"
#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/io/course_json.hpp"

namespace test_course_json {

using namespace course_json_test;

namespace {

std::string fixture_text() {
  std::string text = read_text(courses_dir() / "randers-2026.json");
  REQUIRE_FALSE(text.empty());
  return text;
}

const Course& fixture() {
  static const Course course = course_from_json(fixture_text());
  return course;
}

const std::string* unknown_of(const UnknownFields& fields, const std::string& name) {
  for (const auto& [n, raw] : fields)
    if (n == name) return &raw;
  return nullptr;
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("course json: the Randers fixture reads completely", "[course_json]") {
  const Course& c = fixture();
  CHECK(c.id == "randers-2026");
  CHECK(c.municipality == 730);
  CHECK(c.requested_start == Date{2026, 8, 10});
  REQUIRE(unknown_of(c.unknown, "_comment") != nullptr);
  CHECK(has(*unknown_of(c.unknown, "_comment"), "SYNTETISK"));

  CHECK(c.registration.covers_strategic);
  CHECK(c.registration.approved_by == "p-direktoer");
  CHECK(c.organisation.people.size() == 26);
  CHECK(c.organisation.groups.size() == 4);
  CHECK(c.organisation.coordinator_id == "p-koordinator");
  CHECK(c.school_breaks.size() == 4);
  CHECK(c.meetings.size() == 32);
  CHECK(c.activities.size() == 11);
  REQUIRE(c.case_review.has_value());
  CHECK(c.case_review->plan_ids.size() == 10);
  for (std::size_t i = 0; i < 8; ++i) {
    const auto& t = c.case_review->tally[i];
    CHECK(t.principle == static_cast<Principle>(i + 1));
    CHECK(t.yes + t.partly + t.no == 10);
  }
  CHECK(c.development_plan.size() == 3);
  CHECK(c.communication_plan.size() == 4);
  CHECK(c.anchoring_plan.size() == 3);

  std::set<TrialState> states;
  std::set<TrialDecision> decisions;
  for (const auto& t : c.trial_actions) {
    states.insert(t.state);
    if (t.decision) decisions.insert(*t.decision);
  }
  CHECK(states == std::set<TrialState>{TrialState::planned, TrialState::running, TrialState::evaluated});
  CHECK(decisions.size() == 3);

  REQUIRE(c.temperature.size() == 2);
  CHECK(c.temperature[0].kind == SurveyKind::baseline);
  CHECK(c.temperature[1].kind == SurveyKind::followup);
  CHECK(c.temperature[0].dimensions == default_temperature_dimensions());
}

TEST_CASE("course json: the fixture's phases are rorkit's phase windows", "[course_json]") {
  const Course& c = fixture();
  const Calendar cal;
  REQUIRE(c.phases.size() == 3);
  PhaseWindow w = cal.phase_window_at_or_after(c.requested_start, "730");
  const CoursePhase order[] = {CoursePhase::forberede, CoursePhase::udvikle, CoursePhase::forankre};
  for (std::size_t i = 0; i < 3; ++i) {
    INFO("phase " << i);
    CHECK(c.phases[i].phase == order[i]);
    CHECK(c.phases[i].window == w);
    w = cal.next_phase_window(w, "730");
  }
  CHECK(c.phases[0].window.dates == DateRange{Date{2026, 8, 10}, Date{2026, 12, 19}});
  CHECK(c.phases[1].window.dates == DateRange{Date{2027, 1, 4}, Date{2027, 7, 2}});
  CHECK(c.phases[2].window.dates == DateRange{Date{2027, 8, 16}, Date{2027, 12, 19}});
  // The breaks it records are the defaults in force.
  for (const auto& b : c.school_breaks) {
    CHECK_FALSE(b.overridden);
    CHECK(b == cal.school_break(b.kind, b.year, "730"));
  }
}

TEST_CASE("course json: the fixture's meetings are three per group and phase on working days",
          "[course_json]") {
  const Course& c = fixture();
  const Calendar cal;
  std::map<std::pair<std::string, CoursePhase>, std::vector<std::int32_t>> numbers;
  std::map<CoursePhase, Date> first_meeting;
  for (const auto& m : c.meetings) {
    INFO(m.id);
    CHECK(cal.is_working_day(m.date));
    auto phase = std::find_if(c.phases.begin(), c.phases.end(),
                              [&](const PhaseSchedule& p) { return p.phase == m.phase; });
    REQUIRE(phase != c.phases.end());
    CHECK(phase->window.dates.contains(m.date));
    CHECK(*m.start_minute < *m.end_minute);
    for (const auto& g : m.group_ids) numbers[{g, m.phase}].push_back(m.number);
    auto [at, fresh] = first_meeting.emplace(m.phase, m.date);
    if (!fresh && m.date < at->second) at->second = m.date;
  }
  CHECK(numbers.size() == 4 * 3);
  for (auto& [key, list] : numbers) {
    INFO(key.first << " " << to_code(key.second));
    std::sort(list.begin(), list.end());
    CHECK(list == std::vector<std::int32_t>{1, 2, 3});
  }
  // Fase 1 opens with the joint start, Fase 2 with the kick-off of every group.
  for (const auto& m : c.meetings) {
    if (m.kind == MeetingKind::joint_start) {
      CHECK(m.phase == CoursePhase::forberede);
      CHECK(m.date == first_meeting[m.phase]);
      CHECK(m.group_ids.size() == 2);
    }
    if (m.kind == MeetingKind::joint_kickoff) {
      CHECK(m.phase == CoursePhase::udvikle);
      CHECK(m.date == first_meeting[m.phase]);
      CHECK(m.group_ids.size() == 4);
    }
  }
}

TEST_CASE("course json: the fixture's surveys show suppression and flags", "[course_json]") {
  const Course& c = fixture();
  const auto cells = summarise(c.temperature[0]);
  std::set<RespondentRole> shown_roles, suppressed_roles;
  for (const auto& cell : cells) {
    if (!cell.role) {
      CHECK_FALSE(cell.suppressed);
      continue;
    }
    (cell.suppressed ? suppressed_roles : shown_roles).insert(*cell.role);
  }
  CHECK(shown_roles.count(RespondentRole::strategic_leader));
  CHECK(shown_roles.count(RespondentRole::tilbud));
  CHECK(suppressed_roles.count(RespondentRole::citizen));
  CHECK(suppressed_roles.count(RespondentRole::partner));
  CHECK_FALSE(shown_roles.count(RespondentRole::partner));

  const auto changes = compare(c.temperature[0], c.temperature[1]);
  REQUIRE(changes.size() == 9);
  const auto flagged = std::count_if(changes.begin(), changes.end(),
                                     [](const TemperatureChange& ch) { return ch.needs_work; });
  CHECK(flagged > 0);
  CHECK(flagged < 9);
}

TEST_CASE("course json: read, write and read again gives the same course", "[course_json]") {
  const std::string text = fixture_text();
  const Course once = course_from_json(text);
  for (bool pretty : {false, true}) {
    const std::string written = course_to_json(once, pretty);
    const Course twice = course_from_json(written);
    CHECK(twice == once);
    CHECK(course_to_json(twice, pretty) == written);  // stable text
  }
  // The fixture is written by Python with two-space indentation too; only the place of the
  // unknown "_comment" (first there, after the known members here) differs.
  const std::string pretty = course_to_json(once, true);
  CHECK(pretty.size() == text.size());
  CHECK(pretty.back() == '\n');
  CHECK(course_to_json(once).find('\n') == std::string::npos);
}

TEST_CASE("course json: a course built in C++ survives writing and reading", "[course_json]") {
  Course fresh_review = minimal_course();
  fresh_review.id = "fresh-review";
  fresh_review.case_review.emplace();  // a default tally is in the principles' order
  for (const Course& built : {built_course(), minimal_course(), fresh_review}) {
    INFO(built.id);
    for (bool pretty : {false, true}) {
      const Course back = course_from_json(course_to_json(built, pretty));
      CHECK(back == built);
      CHECK(back.organisation == built.organisation);
      CHECK(back.temperature == built.temperature);
      CHECK(back.case_review == built.case_review);
    }
  }
}

TEST_CASE("course json: the writer leaves out what is empty and writes the rest", "[course_json]") {
  const std::string minimal = course_to_json(minimal_course());
  CHECK(minimal ==
        R"({"format":"rorkit-course","format_version":1,"id":"minimal","municipality":101,)"
        R"("requested_start":"2026-08-10","registration":{"covers_strategic":false,)"
        R"("covers_myndighed":false,"covers_tilbud":false,"meeting_participants":[]},)"
        R"("organisation":{"people":[],"groups":[]},"school_breaks":[],"phases":[],"meetings":[],)"
        R"("activities":[],"development_plan":[],"communication_plan":[],"anchoring_plan":[],)"
        R"("trial_actions":[],"temperature":[]})");
  const std::string built = course_to_json(built_course());
  CHECK(has(built, R"("scores":[1,2,3,4,5,null,1,2,3])"));
  CHECK(has(built, R"({"id":"m-styre-2","kind":"group","phase":"forberede","group_ids":["styregruppe"],)"
                   R"("number":2,"date":"2026-10-05","held":false})"));
  CHECK(has(built, R"({"id":"u-1-b","text":"Kursus for alle","done":false})"));
  CHECK(has(built, R"("name":"Æblegrød på Ærø – \"citat\" \\ 🚲 linje 1\nlinje 2\ttab \u0001 slut")"));
  CHECK(has(built, R"({"principle":"hopes-wishes-dreams","yes":0,"partly":3,"no":7})"));
  CHECK(has(built, R"("decision":"adapt")"));
}

TEST_CASE("course json: unknown members are kept where the model has room", "[course_json]") {
  const Course& f = fixture();
  CHECK(*unknown_of(f.registration.unknown, "x_sagsnummer") == "\"27.00.00-A00-0001-26 (synthetic)\"");
  CHECK(*unknown_of(f.organisation.people[4].unknown, "x_initialer") == "\"SWH\"");
  CHECK(*unknown_of(f.organisation.groups[0].unknown, "x_mandat_dato") == "\"2026-04-22\"");
  CHECK(unknown_of(f.meetings[0].unknown, "x_referat") != nullptr);
  CHECK(unknown_of(f.activities[3].unknown, "x_bilag") != nullptr);
  CHECK(*unknown_of(f.trial_actions[3].unknown, "x_budget_kr") == "120000");
  CHECK(*unknown_of(f.temperature[0].unknown, "x_svarprocent") == "71");

  // Every level with an `unknown`, in one small document; values are kept compact and in order.
  const std::string doc = R"({"format":"rorkit-course","format_version":1,"id":"c","municipality":730,
    "requested_start":"2026-08-10","x_b":1,"x_a":{"n" : [1, 2]},
    "registration":{"x_r":true},
    "organisation":{"people":[{"id":"p","name":"P","role":"staff","area":"tilbud","x_p":"æ"}],
                    "groups":[{"id":"g","kind":"steering","name":"G","member_ids":["p"],"x_g":null}],
                    "x_dropped":1},
    "meetings":[{"id":"m","kind":"group","phase":"forberede","group_ids":["g"],"date":"2026-08-17","x_m":[]}],
    "activities":[{"id":"a","kind":"other","phase":"udvikle","x_a":{}}],
    "trial_actions":[{"id":"t","phase":"udvikle","title":"T","x_t":"t"}],
    "temperature":[{"id":"s","kind":"baseline","date":"2026-09-21","dimensions":[{"id":"d","name_da":"D","x_d":1}],
                    "responses":[{"respondent_id":"r","role":"citizen","scores":[3],"x_resp":2}],"x_s":0.5}],
    "development_plan":[{"id":"u","text":"U","x_u":1,"milestones":[{"id":"u1","text":"U1","x_m":1}]}]})";
  const Course c = course_from_json(doc);
  CHECK(c.unknown == UnknownFields{{"x_b", "1"}, {"x_a", R"({"n":[1,2]})"}});
  CHECK(c.registration.unknown == UnknownFields{{"x_r", "true"}});
  CHECK(c.organisation.people[0].unknown == UnknownFields{{"x_p", "\"æ\""}});
  CHECK(c.organisation.groups[0].unknown == UnknownFields{{"x_g", "null"}});
  CHECK(c.meetings[0].unknown == UnknownFields{{"x_m", "[]"}});
  CHECK(c.activities[0].unknown == UnknownFields{{"x_a", "{}"}});
  CHECK(c.trial_actions[0].unknown == UnknownFields{{"x_t", "\"t\""}});
  CHECK(c.temperature[0].unknown == UnknownFields{{"x_s", "0.5"}});

  // Written back after the known members of the same object; the members of objects without an
  // `unknown` (organisation, dimension, response, development goal, milestone) are dropped.
  const std::string out = course_to_json(c);
  CHECK(has(out, R"("temperature":[{"id":"s","kind":"baseline","date":"2026-09-21",)"
                 R"("dimensions":[{"id":"d","name_da":"D"}],)"
                 R"("responses":[{"respondent_id":"r","role":"citizen","scores":[3]}],"x_s":0.5}],"x_b":1,"x_a":{"n":[1,2]}})"));
  CHECK(has(out, R"("registration":{"covers_strategic":false,"covers_myndighed":false,"covers_tilbud":false,)"
                 R"("meeting_participants":[],"x_r":true})"));
  CHECK_FALSE(has(out, "x_dropped"));
  CHECK_FALSE(has(out, "x_u"));
  CHECK_FALSE(has(out, "x_resp"));
  CHECK(course_from_json(out) == c);

  // Pretty output re-indents them.
  const std::string pretty = course_to_json(c, true);
  CHECK(has(pretty, "  \"x_a\": {\n    \"n\": [\n      1,\n      2\n    ]\n  }\n}\n"));
}

TEST_CASE("course json: optional members may be absent or null", "[course_json]") {
  const std::string head =
      R"({"format":"rorkit-course","format_version":1,"id":"c","municipality":730,"requested_start":"2026-08-10",)";
  const Course absent = course_from_json(head + R"("meetings":[{"id":"m","kind":"group","phase":"forberede",)"
                                                R"("group_ids":[],"date":"2026-08-17"}]})");
  const Course nulls = course_from_json(
      head + R"("registration":null,"organisation":null,"case_review":null,"temperature":null,)"
             R"("meetings":[{"id":"m","kind":"group","phase":"forberede","group_ids":[],"date":"2026-08-17",)"
             R"("number":null,"start_minute":null,"end_minute":null,"location":null,"held":null}]})");
  CHECK(nulls == absent);
  CHECK(absent.meetings[0].number == 1);
  CHECK_FALSE(absent.meetings[0].start_minute.has_value());
  CHECK_FALSE(absent.case_review.has_value());
  // A leading byte order mark is skipped.
  CHECK(course_from_json("\xEF\xBB\xBF" + course_to_json(absent)) == absent);
}

}  // namespace test_course_json
