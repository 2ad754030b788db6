// Text codes and Danish names of the course's enums.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "rorkit/course/codes.hpp"

namespace test_codes {

using namespace rorkit;

namespace {

bool kebab(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (char ch : s)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  return true;
}

/// Every value has a kebab-case code that parses back, appears in allowed_codes, and differs
/// from every other value's code.
template <class E>
void check_round_trip(const std::vector<E>& values) {
  std::string allowed(allowed_codes<E>());
  std::vector<std::string_view> seen;
  for (E v : values) {
    std::string_view code = to_code(v);
    CAPTURE(code);
    CHECK(kebab(code));
    CHECK(code != "unknown");
    REQUIRE(parse_code<E>(code).has_value());
    CHECK(*parse_code<E>(code) == v);
    CHECK(allowed.find(code) != std::string::npos);
    CHECK(std::find(seen.begin(), seen.end(), code) == seen.end());
    seen.push_back(code);
  }
  CHECK(!parse_code<E>("").has_value());
  CHECK(!parse_code<E>("no-such-code").has_value());
}

}  // namespace

TEST_CASE("every course enum value round-trips through its code") {
  check_round_trip<CoursePhase>({CoursePhase::tilmelding, CoursePhase::forberede,
                                 CoursePhase::udvikle, CoursePhase::forankre});
  check_round_trip<GroupKind>(
      {GroupKind::steering, GroupKind::implementation, GroupKind::local_implementation});
  check_round_trip<MemberRole>({MemberRole::citizen, MemberRole::leader, MemberRole::staff,
                                MemberRole::partner, MemberRole::politician,
                                MemberRole::director});
  check_round_trip<OrgArea>({OrgArea::strategic, OrgArea::myndighed, OrgArea::tilbud,
                             OrgArea::other});
  check_round_trip<MeetingKind>(
      {MeetingKind::group, MeetingKind::joint_start, MeetingKind::joint_kickoff});
  check_round_trip<ActivityKind>(
      {ActivityKind::prerequisites_overview, ActivityKind::baseline_temperature,
       ActivityKind::case_review, ActivityKind::keyfigure_review, ActivityKind::development_plan,
       ActivityKind::communication_plan, ActivityKind::trial_actions,
       ActivityKind::followup_temperature, ActivityKind::anchoring_plan,
       ActivityKind::network_activity, ActivityKind::other});
  check_round_trip<ActivityStatus>({ActivityStatus::planned, ActivityStatus::in_progress,
                                    ActivityStatus::done, ActivityStatus::cancelled});
  check_round_trip<TrialState>({TrialState::planned, TrialState::running, TrialState::evaluated});
  check_round_trip<TrialDecision>(
      {TrialDecision::adopt, TrialDecision::adapt, TrialDecision::drop});
  check_round_trip<RespondentRole>({RespondentRole::strategic_leader, RespondentRole::myndighed,
                                    RespondentRole::tilbud, RespondentRole::citizen,
                                    RespondentRole::partner});
  check_round_trip<SurveyKind>({SurveyKind::baseline, SurveyKind::followup});
}

TEST_CASE("course codes are the enumerators' names in kebab-case") {
  CHECK(to_code(CoursePhase::forberede) == "forberede");
  CHECK(to_code(GroupKind::steering) == "steering");
  CHECK(to_code(GroupKind::local_implementation) == "local-implementation");
  CHECK(to_code(OrgArea::myndighed) == "myndighed");
  CHECK(to_code(MeetingKind::joint_start) == "joint-start");
  CHECK(to_code(MeetingKind::joint_kickoff) == "joint-kickoff");
  CHECK(to_code(ActivityKind::prerequisites_overview) == "prerequisites-overview");
  CHECK(to_code(ActivityKind::keyfigure_review) == "keyfigure-review");
  CHECK(to_code(ActivityKind::followup_temperature) == "followup-temperature");
  CHECK(to_code(ActivityStatus::in_progress) == "in-progress");
  CHECK(to_code(TrialState::evaluated) == "evaluated");
  CHECK(to_code(TrialDecision::adapt) == "adapt");
  CHECK(to_code(RespondentRole::strategic_leader) == "strategic-leader");
  CHECK(to_code(SurveyKind::baseline) == "baseline");
}

TEST_CASE("allowed course codes list every code in declaration order") {
  CHECK(allowed_codes<CoursePhase>() == "tilmelding, forberede, udvikle, forankre");
  CHECK(allowed_codes<GroupKind>() == "steering, implementation, local-implementation");
  CHECK(allowed_codes<MemberRole>() ==
        "citizen, leader, staff, partner, politician, director");
  CHECK(allowed_codes<SurveyKind>() == "baseline, followup");
}

TEST_CASE("course codes parse exactly: case and spelling matter") {
  CHECK(!parse_code<CoursePhase>("Forberede").has_value());
  CHECK(!parse_code<CoursePhase>("forberede ").has_value());
  CHECK(!parse_code<GroupKind>("local_implementation").has_value());
  CHECK(!parse_code<ActivityKind>("key-figure-review").has_value());
  CHECK(parse_code<OrgArea>("tilbud") == OrgArea::tilbud);
}

TEST_CASE("a value outside a course enum has the code \"unknown\"") {
  CHECK(to_code(static_cast<CoursePhase>(99)) == "unknown");
  CHECK(to_code(static_cast<ActivityKind>(0)) == "unknown");
  CHECK(danish_name(static_cast<GroupKind>(-1)) == "unknown");
}

TEST_CASE("phases, groups and activities have their Danish names from the guide") {
  CHECK(danish_name(CoursePhase::tilmelding) == "Fase 0 Tilmelding");
  CHECK(danish_name(CoursePhase::forberede) == "Fase 1 Forberede");
  CHECK(danish_name(CoursePhase::udvikle) == "Fase 2 Udvikle");
  CHECK(danish_name(CoursePhase::forankre) == "Fase 3 Forankre");
  CHECK(danish_name(GroupKind::steering) == "Styregruppe");
  CHECK(danish_name(GroupKind::implementation) == "Implementeringsgruppe");
  CHECK(danish_name(GroupKind::local_implementation) == "Lokal implementeringsgruppe");
  CHECK(danish_name(ActivityKind::prerequisites_overview) ==
        "Overblik over organisatoriske forudsætninger");
  CHECK(danish_name(ActivityKind::baseline_temperature) == "Temperaturmåling (baseline)");
  CHECK(danish_name(ActivityKind::case_review) == "Gennemgang af ti nyere borgersager");
  CHECK(danish_name(ActivityKind::keyfigure_review) == "Gennemgang af nøgletal");
  CHECK(danish_name(ActivityKind::development_plan) == "Udviklingsplan");
  CHECK(danish_name(ActivityKind::communication_plan) == "Kommunikationsplan");
  CHECK(danish_name(ActivityKind::trial_actions) == "Prøvehandlinger");
  CHECK(danish_name(ActivityKind::followup_temperature) == "Opfølgende temperaturmåling");
  CHECK(danish_name(ActivityKind::anchoring_plan) == "Forankringsplan");
  CHECK(danish_name(ActivityKind::network_activity) == "Netværksaktivitet");
  CHECK(danish_name(ActivityKind::other) == "Andet");
}

}  // namespace test_codes
