#pragma once
// The strategic development course (seed B, DOMAIN.md §0, §4): a municipality's 1.5-year course
// toward recovery-oriented rehabilitation. Registration (Fase 0), then Fase 1 Forberede, Fase 2
// Udvikle and Fase 3 Forankre, each one half-year phase window between school breaks. Plain
// data; the rules are free functions in the other course/ headers.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit {

enum class CoursePhase : std::int32_t { tilmelding = 0, forberede = 1, udvikle = 2, forankre = 3 };

enum class GroupKind : std::int32_t {
  steering = 1,              ///< styregruppe: director/chief level with a political mandate
  implementation = 2,        ///< implementeringsgruppe: citizens, leaders, staff across areas
  local_implementation = 3,  ///< lokal implementeringsgruppe: within one area
};

/// The role a person has in the course.
enum class MemberRole : std::int32_t {
  citizen = 1,     ///< a citizen with lived experience
  leader = 2,
  staff = 3,
  partner = 4,     ///< civil society, region, education, employer ...
  politician = 5,
  director = 6,    ///< director or chief (direktør/chef)
};

/// The part of social psychiatry a person works in or a local group belongs to.
enum class OrgArea : std::int32_t {
  strategic = 1,  ///< strategic leadership
  myndighed = 2,  ///< the authority (visitation, case management)
  tilbud = 3,     ///< the services
  other = 4,
};

#define RORKIT_COURSE_REGULAR(T)                                                            \
  friend bool operator==(const T& a, const T& b) { return a.tie() == b.tie(); }            \
  friend bool operator!=(const T& a, const T& b) { return !(a == b); }

struct Person {
  std::string id;
  std::string name;
  MemberRole role = MemberRole::staff;
  OrgArea area = OrgArea::tilbud;
  std::string title;
  UnknownFields unknown;
  auto tie() const { return std::tie(id, name, role, area, title, unknown); }
  RORKIT_COURSE_REGULAR(Person)
};

struct Group {
  std::string id;
  GroupKind kind = GroupKind::implementation;
  std::string name;
  /// For local groups: the area they work within (and a name such as "Bostøtten Nord").
  OrgArea area = OrgArea::other;
  std::vector<std::string> member_ids;
  /// Steering group: it has a political mandate (from the social committee).
  bool political_mandate = false;
  UnknownFields unknown;
  auto tie() const { return std::tie(id, kind, name, area, member_ids, political_mandate, unknown); }
  RORKIT_COURSE_REGULAR(Group)
};

struct Organisation {
  std::vector<Person> people;
  std::vector<Group> groups;
  std::string coordinator_id;  ///< the municipality's coordinator (a person id)
  std::string agency_contact;  ///< the contact person at Social- og Boligstyrelsen (a name)
  auto tie() const { return std::tie(people, groups, coordinator_id, agency_contact); }
  RORKIT_COURSE_REGULAR(Organisation)
};

/// Fase 0: the three registration criteria of seed B.
struct Registration {
  /// 1: the whole social psychiatry takes part, across strategic leadership, myndighed and tilbud.
  bool covers_strategic = false;
  bool covers_myndighed = false;
  bool covers_tilbud = false;
  /// 2: approved by the director responsible for social psychiatry (a person id).
  std::string approved_by;
  std::optional<Date> approved_on;
  /// 3: a registration meeting held with at least chief level present.
  std::optional<Date> meeting_date;
  std::vector<std::string> meeting_participants;  ///< person ids
  UnknownFields unknown;
  auto tie() const {
    return std::tie(covers_strategic, covers_myndighed, covers_tilbud, approved_by, approved_on,
                    meeting_date, meeting_participants, unknown);
  }
  RORKIT_COURSE_REGULAR(Registration)
};

/// A phase laid on its phase window.
struct PhaseSchedule {
  CoursePhase phase = CoursePhase::forberede;
  PhaseWindow window;
  auto tie() const { return std::tie(phase, window); }
  RORKIT_COURSE_REGULAR(PhaseSchedule)
};

enum class MeetingKind : std::int32_t {
  group = 1,          ///< one of a group's three meetings in a phase
  joint_start = 2,    ///< Fase 1 opens with steering + implementation group together
  joint_kickoff = 3,  ///< Fase 2 opens with a kick-off including the local groups
};

struct Meeting {
  std::string id;
  MeetingKind kind = MeetingKind::group;
  CoursePhase phase = CoursePhase::forberede;
  std::vector<std::string> group_ids;
  std::int32_t number = 1;  ///< 1-3 within the group and phase (joint meetings count as 1)
  Date date;
  std::optional<std::int32_t> start_minute;  ///< minutes after local midnight
  std::optional<std::int32_t> end_minute;
  std::string location;
  bool held = false;
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, kind, phase, group_ids, number, date, start_minute, end_minute, location,
                    held, unknown);
  }
  RORKIT_COURSE_REGULAR(Meeting)
};

enum class ActivityKind : std::int32_t {
  prerequisites_overview = 1,  ///< Fase 1: overview of organisational prerequisites
  baseline_temperature = 2,    ///< Fase 1: baseline temperature measurement
  case_review = 3,             ///< Fase 1: review of ten recent citizen cases
  keyfigure_review = 4,        ///< Fase 1: review of the key figures
  development_plan = 5,        ///< Fase 1: udviklingsplan
  communication_plan = 6,      ///< Fase 1: kommunikationsplan
  trial_actions = 7,           ///< Fase 2 and 3: prøvehandlinger
  followup_temperature = 8,    ///< Fase 3: follow-up temperature measurement
  anchoring_plan = 9,          ///< Fase 3: forankringsplan
  network_activity = 10,       ///< network meetings with other municipalities
  other = 11,
};

enum class ActivityStatus : std::int32_t { planned = 1, in_progress = 2, done = 3, cancelled = 4 };

/// An activity or deliverable of a phase.
struct Activity {
  std::string id;
  ActivityKind kind = ActivityKind::other;
  CoursePhase phase = CoursePhase::forberede;
  std::string title;
  std::string owner_id;  ///< a person id
  std::optional<Date> due;
  ActivityStatus status = ActivityStatus::planned;
  std::optional<Date> done_on;
  std::string notes;
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, kind, phase, title, owner_id, due, status, done_on, notes, unknown);
  }
  RORKIT_COURSE_REGULAR(Activity)
};

/// The Fase 1 case review's result as the course keeps it (from review_recent_cases).
struct CaseReviewRecord {
  Date date;
  std::vector<std::string> plan_ids;
  /// One entry per principle, in the principles' order (as review_recent_cases fills it; the
  /// course document keeps that order).
  std::array<PrincipleTally, 8> tally{{{Principle::hopes_wishes_dreams, 0, 0, 0},
                                       {Principle::resources, 0, 0, 0},
                                       {Principle::network_and_communities, 0, 0, 0},
                                       {Principle::openness_trust_respect, 0, 0, 0},
                                       {Principle::early_help, 0, 0, 0},
                                       {Principle::whole_life_situation, 0, 0, 0},
                                       {Principle::follow_up, 0, 0, 0},
                                       {Principle::knowledge_that_works, 0, 0, 0}}};
  friend bool operator==(const CaseReviewRecord& a, const CaseReviewRecord& b);
  friend bool operator!=(const CaseReviewRecord& a, const CaseReviewRecord& b) { return !(a == b); }
};

/// A sub-goal of the development plan with its responsible person and date.
struct Milestone {
  std::string id;
  std::string text;
  std::string owner_id;
  std::optional<Date> due;
  bool done = false;
  auto tie() const { return std::tie(id, text, owner_id, due, done); }
  RORKIT_COURSE_REGULAR(Milestone)
};

/// Udviklingsplan: goals, timeline, sub-goals, responsible persons.
struct DevelopmentGoal {
  std::string id;
  std::string text;
  std::vector<Milestone> milestones;
  auto tie() const { return std::tie(id, text, milestones); }
  RORKIT_COURSE_REGULAR(DevelopmentGoal)
};

/// Kommunikationsplan: activity, timeline, responsible, materials. Also used for the
/// forankringsplan (what is anchored, by whom, when).
struct PlanItem {
  std::string id;
  std::string text;
  std::string owner_id;
  std::optional<Date> date;
  std::string materials;
  bool done = false;
  auto tie() const { return std::tie(id, text, owner_id, date, materials, done); }
  RORKIT_COURSE_REGULAR(PlanItem)
};

/// Prøvehandling: plan -> run -> evaluate, ending in a decision.
enum class TrialState : std::int32_t { planned = 1, running = 2, evaluated = 3 };
enum class TrialDecision : std::int32_t { adopt = 1, adapt = 2, drop = 3 };

struct TrialAction {
  std::string id;
  CoursePhase phase = CoursePhase::udvikle;
  std::string title;
  std::string hypothesis;  ///< "if we ..., then ..."
  std::string owner_id;
  std::optional<Date> start;
  std::optional<Date> end;
  TrialState state = TrialState::planned;
  std::string evaluation;
  std::optional<TrialDecision> decision;
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, phase, title, hypothesis, owner_id, start, end, state, evaluation,
                    decision, unknown);
  }
  RORKIT_COURSE_REGULAR(TrialAction)
};

/// One dimension of the temperature measurement (DOMAIN.md §4 [I]; configurable).
struct TemperatureDimension {
  std::string id;
  std::string name_da;
  auto tie() const { return std::tie(id, name_da); }
  RORKIT_COURSE_REGULAR(TemperatureDimension)
};

/// The respondent roles the measurement is broken down by.
enum class RespondentRole : std::int32_t {
  strategic_leader = 1,
  myndighed = 2,
  tilbud = 3,
  citizen = 4,
  partner = 5,
};

/// One respondent's answers: a Likert score 1-5 per dimension (in the survey's dimension
/// order), empty = not answered.
struct TemperatureResponse {
  std::string respondent_id;
  RespondentRole role = RespondentRole::tilbud;
  std::vector<std::optional<std::int32_t>> scores;
  auto tie() const { return std::tie(respondent_id, role, scores); }
  RORKIT_COURSE_REGULAR(TemperatureResponse)
};

enum class SurveyKind : std::int32_t { baseline = 1, followup = 2 };

struct TemperatureSurvey {
  std::string id;
  SurveyKind kind = SurveyKind::baseline;
  Date date;
  std::vector<TemperatureDimension> dimensions;
  std::vector<TemperatureResponse> responses;
  UnknownFields unknown;
  auto tie() const { return std::tie(id, kind, date, dimensions, responses, unknown); }
  RORKIT_COURSE_REGULAR(TemperatureSurvey)
};

/// The course.
struct Course {
  std::string id;
  std::int32_t municipality = 0;
  Date requested_start;
  Registration registration;
  Organisation organisation;
  /// The municipality's own school breaks (overrides of the defaults) used for the phases.
  std::vector<SchoolBreak> school_breaks;
  std::vector<PhaseSchedule> phases;  ///< Fase 1-3, filled by plan_course
  std::vector<Meeting> meetings;
  std::vector<Activity> activities;
  std::optional<CaseReviewRecord> case_review;
  std::vector<DevelopmentGoal> development_plan;
  std::vector<PlanItem> communication_plan;
  std::vector<PlanItem> anchoring_plan;
  std::vector<TrialAction> trial_actions;
  std::vector<TemperatureSurvey> temperature;
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, municipality, requested_start, registration, organisation, school_breaks,
                    phases, meetings, activities, case_review, development_plan,
                    communication_plan, anchoring_plan, trial_actions, temperature, unknown);
  }
  RORKIT_COURSE_REGULAR(Course)

  [[nodiscard]] const Person* find_person(std::string_view id) const noexcept;
  [[nodiscard]] const Group* find_group(std::string_view id) const noexcept;
};

#undef RORKIT_COURSE_REGULAR

}  // namespace rorkit
