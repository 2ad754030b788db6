// Text codes and Danish names of the course's enums. As in plan/codes.cpp, one table per enum
// drives to_code, parse_code and allowed_codes, so the three can never disagree. Every code is
// the enumerator's name in kebab-case (keyfigure_review -> "keyfigure-review").

#include "rorkit/course/codes.hpp"

#include <array>

#include "core/code_table.hpp"
#include <string>
#include <utility>

namespace rorkit {
namespace {

template <class E, std::size_t N>
using Table = detail::CodeTable<E, N>;

constexpr Table<CoursePhase, 4> phases{{{CoursePhase::tilmelding, "tilmelding"},
                                        {CoursePhase::forberede, "forberede"},
                                        {CoursePhase::udvikle, "udvikle"},
                                        {CoursePhase::forankre, "forankre"}}};

constexpr Table<CoursePhase, 4> phase_names{{{CoursePhase::tilmelding, "Fase 0 Tilmelding"},
                                             {CoursePhase::forberede, "Fase 1 Forberede"},
                                             {CoursePhase::udvikle, "Fase 2 Udvikle"},
                                             {CoursePhase::forankre, "Fase 3 Forankre"}}};

constexpr Table<GroupKind, 3> group_kinds{{{GroupKind::steering, "steering"},
                                           {GroupKind::implementation, "implementation"},
                                           {GroupKind::local_implementation, "local-implementation"}}};

constexpr Table<GroupKind, 3> group_names{
    {{GroupKind::steering, "Styregruppe"},
     {GroupKind::implementation, "Implementeringsgruppe"},
     {GroupKind::local_implementation, "Lokal implementeringsgruppe"}}};

constexpr Table<MemberRole, 6> member_roles{{{MemberRole::citizen, "citizen"},
                                             {MemberRole::leader, "leader"},
                                             {MemberRole::staff, "staff"},
                                             {MemberRole::partner, "partner"},
                                             {MemberRole::politician, "politician"},
                                             {MemberRole::director, "director"}}};

constexpr Table<OrgArea, 4> org_areas{{{OrgArea::strategic, "strategic"},
                                       {OrgArea::myndighed, "myndighed"},
                                       {OrgArea::tilbud, "tilbud"},
                                       {OrgArea::other, "other"}}};

constexpr Table<MeetingKind, 3> meeting_kinds{{{MeetingKind::group, "group"},
                                               {MeetingKind::joint_start, "joint-start"},
                                               {MeetingKind::joint_kickoff, "joint-kickoff"}}};

constexpr Table<ActivityKind, 11> activity_kinds{
    {{ActivityKind::prerequisites_overview, "prerequisites-overview"},
     {ActivityKind::baseline_temperature, "baseline-temperature"},
     {ActivityKind::case_review, "case-review"},
     {ActivityKind::keyfigure_review, "keyfigure-review"},
     {ActivityKind::development_plan, "development-plan"},
     {ActivityKind::communication_plan, "communication-plan"},
     {ActivityKind::trial_actions, "trial-actions"},
     {ActivityKind::followup_temperature, "followup-temperature"},
     {ActivityKind::anchoring_plan, "anchoring-plan"},
     {ActivityKind::network_activity, "network-activity"},
     {ActivityKind::other, "other"}}};

// The activities of seed B's phase descriptions, in its words.
constexpr Table<ActivityKind, 11> activity_names{
    {{ActivityKind::prerequisites_overview, "Overblik over organisatoriske forudsætninger"},
     {ActivityKind::baseline_temperature, "Temperaturmåling (baseline)"},
     {ActivityKind::case_review, "Gennemgang af ti nyere borgersager"},
     {ActivityKind::keyfigure_review, "Gennemgang af nøgletal"},
     {ActivityKind::development_plan, "Udviklingsplan"},
     {ActivityKind::communication_plan, "Kommunikationsplan"},
     {ActivityKind::trial_actions, "Prøvehandlinger"},
     {ActivityKind::followup_temperature, "Opfølgende temperaturmåling"},
     {ActivityKind::anchoring_plan, "Forankringsplan"},
     {ActivityKind::network_activity, "Netværksaktivitet"},
     {ActivityKind::other, "Andet"}}};

constexpr Table<ActivityStatus, 4> activity_statuses{{{ActivityStatus::planned, "planned"},
                                                      {ActivityStatus::in_progress, "in-progress"},
                                                      {ActivityStatus::done, "done"},
                                                      {ActivityStatus::cancelled, "cancelled"}}};

constexpr Table<TrialState, 3> trial_states{{{TrialState::planned, "planned"},
                                             {TrialState::running, "running"},
                                             {TrialState::evaluated, "evaluated"}}};

constexpr Table<TrialDecision, 3> trial_decisions{{{TrialDecision::adopt, "adopt"},
                                                   {TrialDecision::adapt, "adapt"},
                                                   {TrialDecision::drop, "drop"}}};

constexpr Table<RespondentRole, 5> respondent_roles{
    {{RespondentRole::strategic_leader, "strategic-leader"},
     {RespondentRole::myndighed, "myndighed"},
     {RespondentRole::tilbud, "tilbud"},
     {RespondentRole::citizen, "citizen"},
     {RespondentRole::partner, "partner"}}};

constexpr Table<SurveyKind, 2> survey_kinds{
    {{SurveyKind::baseline, "baseline"}, {SurveyKind::followup, "followup"}}};

}  // namespace


RORKIT_CODES(CoursePhase, phases)
RORKIT_CODES(GroupKind, group_kinds)
RORKIT_CODES(MemberRole, member_roles)
RORKIT_CODES(OrgArea, org_areas)
RORKIT_CODES(MeetingKind, meeting_kinds)
RORKIT_CODES(ActivityKind, activity_kinds)
RORKIT_CODES(ActivityStatus, activity_statuses)
RORKIT_CODES(TrialState, trial_states)
RORKIT_CODES(TrialDecision, trial_decisions)
RORKIT_CODES(RespondentRole, respondent_roles)
RORKIT_CODES(SurveyKind, survey_kinds)

std::string_view danish_name(CoursePhase v) noexcept { return detail::text_of(phase_names, v); }
std::string_view danish_name(GroupKind v) noexcept { return detail::text_of(group_names, v); }
std::string_view danish_name(ActivityKind v) noexcept { return detail::text_of(activity_names, v); }

}  // namespace rorkit
