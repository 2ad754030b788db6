// The course on a date: phase, meetings, deliverables, trial actions and temperature; the
// Danish status text; the five purposes and their key figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "course/course_builders.hpp"
#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/status.hpp"
#include "support/errors.hpp"

namespace test_status {

using namespace rorkit;
using rorkit::test::phase_on;
using rorkit::test::sample_course;

namespace {

// The default calendar's windows, checked by hand (DOMAIN.md §5): the summer break runs from
// Saturday of ISO week 26 to Sunday of ISO week 32, Christmas from 20 December to 3 January.
//   autumn 2026: Sun 9 Aug 2026 ends the summer break  -> 2026-08-10 .. 2026-12-19
//   spring 2027: Sun 3 Jan 2027 ends Christmas         -> 2027-01-04 .. 2027-07-02 (Sat 3 Jul)
//   autumn 2027: Sun 15 Aug 2027 ends the summer break -> 2027-08-16 .. 2027-12-19
const Date autumn26_first{2026, 8, 10}, autumn26_last{2026, 12, 19};
const Date spring27_first{2027, 1, 4}, spring27_last{2027, 7, 2};
const Date autumn27_first{2027, 8, 16}, autumn27_last{2027, 12, 19};

Course planned_course() {
  Course c = sample_course();
  c.phases = {
      phase_on(CoursePhase::forberede, 2026, Season::autumn, autumn26_first, autumn26_last),
      phase_on(CoursePhase::udvikle, 2027, Season::spring, spring27_first, spring27_last),
      phase_on(CoursePhase::forankre, 2027, Season::autumn, autumn27_first, autumn27_last),
  };
  return c;
}

Meeting meeting(std::string id, const Date& date, bool held) {
  Meeting m;
  m.id = std::move(id);
  m.group_ids = {"styregruppe"};
  m.date = date;
  m.held = held;
  return m;
}

Activity activity(std::string id, ActivityKind kind, std::optional<Date> due,
                  ActivityStatus status = ActivityStatus::planned, std::string title = {}) {
  Activity a;
  a.id = std::move(id);
  a.kind = kind;
  a.due = due;
  a.status = status;
  a.title = std::move(title);
  return a;
}

TrialAction trial(std::string id, TrialState state) {
  TrialAction t;
  t.id = std::move(id);
  t.state = state;
  return t;
}

std::vector<TemperatureDimension> two_dimensions() {
  return {{"retning", "Klar strategisk retning"}, {"it", "Fleksible arbejdsgange og IT"}};
}

/// Five respondents (enough for an unsuppressed cell) answering the same two scores.
TemperatureSurvey survey(std::string id, SurveyKind kind, const Date& date, int retning, int it) {
  TemperatureSurvey s;
  s.id = std::move(id);
  s.kind = kind;
  s.date = date;
  s.dimensions = two_dimensions();
  for (int i = 0; i < 5; ++i)
    s.responses.push_back({"r" + std::to_string(i), RespondentRole::tilbud, {retning, it}});
  return s;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the hand-checked windows are the default calendar's") {
  Calendar cal;
  auto w26 = cal.phase_windows(2026);
  auto w27 = cal.phase_windows(2027);
  REQUIRE(w26.size() == 2);
  REQUIRE(w27.size() == 2);
  CHECK(w26[1].dates == DateRange{autumn26_first, autumn26_last});
  CHECK(w27[0].dates == DateRange{spring27_first, spring27_last});
  CHECK(w27[1].dates == DateRange{autumn27_first, autumn27_last});
}

TEST_CASE("the phase on a date follows the phase windows, first and last days included") {
  Course c = planned_course();
  struct Case {
    Date on;
    std::optional<CoursePhase> phase;
    bool between, finished;
  };
  const Case cases[] = {
      {{2026, 6, 1}, CoursePhase::tilmelding, false, false},
      {{2026, 8, 9}, CoursePhase::tilmelding, false, false},
      {{2026, 8, 10}, CoursePhase::forberede, false, false},
      {{2026, 12, 19}, CoursePhase::forberede, false, false},
      {{2026, 12, 20}, std::nullopt, true, false},
      {{2027, 1, 3}, std::nullopt, true, false},
      {{2027, 1, 4}, CoursePhase::udvikle, false, false},
      {{2027, 7, 2}, CoursePhase::udvikle, false, false},
      {{2027, 7, 3}, std::nullopt, true, false},
      {{2027, 8, 16}, CoursePhase::forankre, false, false},
      {{2027, 12, 19}, CoursePhase::forankre, false, false},
      {{2027, 12, 20}, std::nullopt, false, true},
      {{2030, 1, 1}, std::nullopt, false, true},
  };
  for (const Case& k : cases) {
    CAPTURE(k.on.iso());
    auto s = course_status(c, k.on);
    CHECK(s.on == k.on);
    CHECK(s.phase == k.phase);
    CHECK(s.between_phases == k.between);
    CHECK(s.finished == k.finished);
  }
}

TEST_CASE("the phases may be listed in any order") {
  Course c = planned_course();
  std::reverse(c.phases.begin(), c.phases.end());
  CHECK(course_status(c, Date{2026, 7, 1}).phase == CoursePhase::tilmelding);
  CHECK(course_status(c, Date{2027, 3, 1}).phase == CoursePhase::udvikle);
  CHECK(course_status(c, Date{2028, 1, 1}).finished);
}

TEST_CASE("a course without phases is in registration") {
  auto s = course_status(sample_course(), Date{2030, 1, 1});
  CHECK(s.phase == CoursePhase::tilmelding);
  CHECK_FALSE(s.between_phases);
  CHECK_FALSE(s.finished);
}

TEST_CASE("meetings are held, planned or missed relative to the date") {
  Course c = planned_course();
  const Date on{2026, 10, 1};
  c.meetings = {
      meeting("m1", Date{2026, 8, 20}, true),
      meeting("m2", Date{2026, 9, 15}, false),   // past and not held: missed
      meeting("m3", on, false),                  // today: still planned
      meeting("m4", Date{2026, 11, 5}, false),
      meeting("m5", Date{2026, 11, 25}, true),   // marked held ahead of time: held
  };
  auto s = course_status(c, on);
  CHECK(s.meetings_held == 2);
  CHECK(s.meetings_planned == 2);
  CHECK(s.meetings_missed == 1);
}

TEST_CASE("deliverables are done, due within 30 days or overdue") {
  Course c = planned_course();
  const Date on{2026, 10, 1};
  c.activities = {
      activity("a1", ActivityKind::prerequisites_overview, Date{2026, 9, 1}, ActivityStatus::done),
      activity("a2", ActivityKind::case_review, Date{2026, 9, 30}),  // a day late
      activity("a3", ActivityKind::development_plan, on, ActivityStatus::in_progress),
      activity("a4", ActivityKind::communication_plan, Date{2026, 10, 31}),  // day 30
      activity("a5", ActivityKind::keyfigure_review, Date{2026, 11, 1}),     // day 31
      activity("a6", ActivityKind::other, Date{2026, 9, 1}, ActivityStatus::cancelled),
      activity("a7", ActivityKind::network_activity, std::nullopt),
      activity("a8", ActivityKind::baseline_temperature, Date{2026, 8, 31},
               ActivityStatus::in_progress),
  };
  auto s = course_status(c, on);
  CHECK(s.activities_done == 1);
  CHECK(s.activities_due == 2);
  CHECK(s.activities_overdue == std::vector<std::string>{"a2", "a8"});
}

TEST_CASE("trial actions are counted by state") {
  Course c = planned_course();
  c.trial_actions = {trial("t1", TrialState::planned), trial("t2", TrialState::running),
                     trial("t3", TrialState::running), trial("t4", TrialState::evaluated)};
  auto s = course_status(c, Date{2027, 3, 1});
  CHECK(s.trials_planned == 1);
  CHECK(s.trials_running == 2);
  CHECK(s.trials_evaluated == 1);
}

TEST_CASE("the temperature change compares the follow-up with the baseline before it") {
  Course c = planned_course();
  c.temperature = {survey("b1", SurveyKind::baseline, Date{2026, 9, 1}, 2, 2),
                   survey("b2", SurveyKind::baseline, Date{2026, 9, 20}, 3, 3)};

  SECTION("without a follow-up there is no change") {
    CHECK(course_status(c, Date{2027, 10, 1}).temperature.empty());
  }
  SECTION("the latest baseline and follow-up held by the date") {
    c.temperature.push_back(survey("f1", SurveyKind::followup, Date{2027, 9, 15}, 5, 1));
    CHECK(course_status(c, Date{2027, 9, 14}).temperature.empty());  // not held yet
    auto s = course_status(c, Date{2027, 9, 15});
    auto expected = compare(c.temperature[1], c.temperature[2]);
    REQUIRE(s.temperature.size() == 2);
    REQUIRE(expected.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
      CHECK(s.temperature[i].dimension_id == expected[i].dimension_id);
      CHECK(s.temperature[i].change == expected[i].change);
      CHECK(s.temperature[i].needs_work == expected[i].needs_work);
    }
    CHECK(s.temperature[0].baseline_mean == Approx(3.0));
    CHECK(s.temperature[0].followup_mean == Approx(5.0));
  }
  SECTION("a baseline taken after the follow-up is not its baseline") {
    c.temperature.push_back(survey("f1", SurveyKind::followup, Date{2026, 9, 10}, 5, 1));
    auto s = course_status(c, Date{2027, 9, 15});
    REQUIRE(s.temperature.size() == 2);
    CHECK(s.temperature[0].baseline_mean == Approx(2.0));
  }
  SECTION("surveys whose dimensions differ cannot be compared") {
    auto f = survey("f1", SurveyKind::followup, Date{2027, 9, 15}, 5, 1);
    f.dimensions[1].id = "andet";
    c.temperature.push_back(f);
    CHECK(rorkit::test::status_of([&] { course_status(c, Date{2027, 10, 1}); }) ==
          RORKIT_ERROR_VALIDATION);
  }
}

TEST_CASE("the status text tells the coordinator where the course stands") {
  Course c = planned_course();
  const Date on{2026, 10, 1};
  c.meetings = {meeting("m1", Date{2026, 8, 20}, true), meeting("m2", Date{2026, 11, 5}, false)};
  c.activities = {
      activity("a1", ActivityKind::development_plan, Date{2026, 9, 25}),
      activity("a2", ActivityKind::other, Date{2026, 9, 28}, ActivityStatus::planned,
               "Temadag for ledere"),
      activity("a3", ActivityKind::case_review, Date{2026, 9, 1}, ActivityStatus::done)};
  c.trial_actions = {trial("t1", TrialState::planned)};
  std::string text = status_text(c, course_status(c, on));
  CAPTURE(text);
  CHECK(contains(text, "Status for udviklingsforløbet randers-2026 pr. 1. oktober 2026\n"));
  CHECK(contains(text, "Fase: Fase 1 Forberede (10. august 2026 – 19. december 2026)."));
  CHECK(contains(text, "Møder: 1 afholdt, 1 planlagt; næste møde 5. november 2026."));
  CHECK(contains(text, "Leverancer: 1 færdig, 0 med frist inden for 30 dage, 2 med overskredet "
                       "frist: Udviklingsplan (frist 25. september 2026), Temadag for ledere "
                       "(frist 28. september 2026)."));
  CHECK(contains(text, "Prøvehandlinger: 1 planlagt, 0 i gang, 0 evalueret."));
  CHECK(contains(text, "Temperaturmåling: ingen måling endnu."));
  CHECK_FALSE(contains(text, "Tilmeldingskriterier"));
  CHECK(std::count(text.begin(), text.end(), '\n') == 6);
}

TEST_CASE("the status text names the dimensions that need work after the follow-up") {
  Course c = planned_course();
  c.temperature = {survey("b", SurveyKind::baseline, Date{2026, 9, 1}, 3, 3),
                   survey("f", SurveyKind::followup, Date{2027, 9, 15}, 5, 1)};
  std::string text = status_text(c, course_status(c, Date{2027, 10, 1}));
  CAPTURE(text);
  CHECK(contains(text, "Temperaturmåling: opfølgning 15. september 2027; 1 af 2 forudsætninger "
                       "kræver fortsat arbejde: Fleksible arbejdsgange og IT."));
  CHECK_FALSE(contains(text, "Klar strategisk retning"));

  c.temperature.pop_back();
  text = status_text(c, course_status(c, Date{2027, 10, 1}));
  CHECK(contains(text, "Temperaturmåling: baseline målt 1. september 2026; opfølgningen mangler."));
}

TEST_CASE("the status text before, between and after the phases") {
  Course c = planned_course();
  std::string before = status_text(c, course_status(c, Date{2026, 6, 1}));
  CAPTURE(before);
  CHECK(contains(before, "Fase: Fase 0 Tilmelding; Fase 1 Forberede begynder 10. august 2026."));
  CHECK(contains(before, "Tilmeldingskriterier: 3 af 3 opfyldt."));

  c.registration.approved_by = "led-myn-1";
  c.registration.meeting_date.reset();
  CHECK(contains(status_text(c, course_status(c, Date{2026, 6, 1})),
                 "Tilmeldingskriterier: 1 af 3 opfyldt (mangler kriterium 2 og 3)."));

  std::string between = status_text(c, course_status(c, Date{2026, 12, 24}));
  CAPTURE(between);
  CHECK(contains(between, "Fase: ferie mellem Fase 1 Forberede og Fase 2 Udvikle; Fase 2 Udvikle "
                          "begynder 4. januar 2027."));

  std::string after = status_text(c, course_status(c, Date{2028, 1, 10}));
  CAPTURE(after);
  CHECK(contains(after, "Fase: forløbet er afsluttet; Fase 3 Forankre sluttede 19. december 2027."));
  CHECK(contains(after, "Prøvehandlinger: ingen endnu."));

  Course bare = sample_course();
  bare.id.clear();
  std::string unplanned = status_text(bare, course_status(bare, Date{2026, 6, 1}));
  CAPTURE(unplanned);
  CHECK(contains(unplanned, "Status for udviklingsforløbet pr. 1. juni 2026\n"));
  CHECK(contains(unplanned, "Fase: Fase 0 Tilmelding; faserne er endnu ikke lagt i kalenderen."));
}

TEST_CASE("the five purposes and the key figures that measure them") {
  const auto& ps = course_purposes();
  REQUIRE(ps.size() == 5);
  using KF = std::vector<std::string_view>;
  CHECK(ps[0].purpose == CoursePurpose::wellbeing);
  CHECK(ps[0].code == "wellbeing");
  CHECK(ps[0].name_da == "Forbedre trivsel, sundhed og mestring blandt borgerne");
  CHECK(ps[0].key_figures == KF{"kf15", "kf16", "kf17"});
  CHECK(ps[1].purpose == CoursePurpose::communities);
  CHECK(ps[1].code == "communities");
  CHECK(ps[1].key_figures == KF{"kf20"});
  CHECK(ps[2].purpose == CoursePurpose::satisfaction);
  CHECK(ps[2].key_figures == KF{"kf18", "kf19"});
  CHECK(ps[3].purpose == CoursePurpose::less_intrusive);
  CHECK(ps[3].code == "less-intrusive");
  CHECK(ps[3].key_figures.size() == 10);
  CHECK(ps[4].purpose == CoursePurpose::education_employment);
  CHECK(ps[4].code == "education-employment");
  CHECK(ps[4].name_da == "Flere borgere kommer i uddannelse og beskæftigelse");
  CHECK(ps[4].key_figures == KF{"kf11", "kf12", "kf13", "kf14"});

  // Every key figure kf01..kf20 measures exactly one purpose.
  std::multiset<std::string_view> all;
  for (const auto& p : ps) {
    CHECK(!p.name_da.empty());
    all.insert(p.key_figures.begin(), p.key_figures.end());
  }
  CHECK(all.size() == 20);
  for (int i = 1; i <= 20; ++i) {
    std::string id = (i < 10 ? "kf0" : "kf") + std::to_string(i);
    CAPTURE(id);
    CHECK(all.count(id) == 1);
  }
}

}  // namespace test_status
