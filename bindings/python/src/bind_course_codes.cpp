// The coded values of the strategic development course (course/codes.hpp, temperature.hpp,
// status.hpp) as Python enums, each with `code` and `from_code`, and `name_da` where the library
// has a Danish name.

#include "course_bindings.hpp"
#include "rorkit/course/status.hpp"
#include "rorkit/course/temperature.hpp"

namespace rorkit::python {
namespace {

const PurposeInfo& purpose_info(CoursePurpose p) {
  for (const PurposeInfo& info : course_purposes())
    if (info.purpose == p) return info;
  fail(RORKIT_ERROR_INTERNAL, "a purpose without PurposeInfo");
}

}  // namespace

void bind_course_codes(py::module_& m) {
  auto phase = course_enum<CoursePhase>(
      m, "CoursePhase",
      "The course's phases: Fase 0 Tilmelding (registration), then three half-year phases.",
      {{"tilmelding", CoursePhase::tilmelding},
       {"forberede", CoursePhase::forberede},
       {"udvikle", CoursePhase::udvikle},
       {"forankre", CoursePhase::forankre}});
  course_danish(phase);

  auto group = course_enum<GroupKind>(
      m, "GroupKind", "The course's groups: one steering, one implementation, any local groups.",
      {{"steering", GroupKind::steering},
       {"implementation", GroupKind::implementation},
       {"local_implementation", GroupKind::local_implementation}});
  course_danish(group);

  course_enum<MemberRole>(
      m, "MemberRole",
      "The role a person has in the course (``director`` covers director and chief level).",
      {{"citizen", MemberRole::citizen},
       {"leader", MemberRole::leader},
       {"staff", MemberRole::staff},
       {"partner", MemberRole::partner},
       {"politician", MemberRole::politician},
       {"director", MemberRole::director}});

  course_enum<OrgArea>(m, "OrgArea",
                       "The part of social psychiatry a person works in or a local group belongs "
                       "to: strategic leadership, myndighed (the authority), tilbud (the services).",
                       {{"strategic", OrgArea::strategic},
                        {"myndighed", OrgArea::myndighed},
                        {"tilbud", OrgArea::tilbud},
                        {"other", OrgArea::other}});

  course_enum<MeetingKind>(
      m, "MeetingKind",
      "A group's own meeting, the joint start meeting that opens Fase 1 or the joint kick-off "
      "that opens Fase 2.",
      {{"group", MeetingKind::group},
       {"joint_start", MeetingKind::joint_start},
       {"joint_kickoff", MeetingKind::joint_kickoff}});

  auto activity = course_enum<ActivityKind>(
      m, "ActivityKind", "The activities and deliverables of the phases (seed B).",
      {{"prerequisites_overview", ActivityKind::prerequisites_overview},
       {"baseline_temperature", ActivityKind::baseline_temperature},
       {"case_review", ActivityKind::case_review},
       {"keyfigure_review", ActivityKind::keyfigure_review},
       {"development_plan", ActivityKind::development_plan},
       {"communication_plan", ActivityKind::communication_plan},
       {"trial_actions", ActivityKind::trial_actions},
       {"followup_temperature", ActivityKind::followup_temperature},
       {"anchoring_plan", ActivityKind::anchoring_plan},
       {"network_activity", ActivityKind::network_activity},
       {"other", ActivityKind::other}});
  course_danish(activity);

  course_enum<ActivityStatus>(m, "ActivityStatus", "The state of an activity.",
                              {{"planned", ActivityStatus::planned},
                               {"in_progress", ActivityStatus::in_progress},
                               {"done", ActivityStatus::done},
                               {"cancelled", ActivityStatus::cancelled}});

  course_enum<TrialState>(m, "TrialState", "A trial action (prøvehandling): plan, run, evaluate.",
                          {{"planned", TrialState::planned},
                           {"running", TrialState::running},
                           {"evaluated", TrialState::evaluated}});

  course_enum<TrialDecision>(m, "TrialDecision", "What an evaluated trial action led to.",
                             {{"adopt", TrialDecision::adopt},
                              {"adapt", TrialDecision::adapt},
                              {"drop", TrialDecision::drop}});

  course_enum<RespondentRole>(m, "RespondentRole",
                              "The respondent roles a temperature measurement is broken down by.",
                              {{"strategic_leader", RespondentRole::strategic_leader},
                               {"myndighed", RespondentRole::myndighed},
                               {"tilbud", RespondentRole::tilbud},
                               {"citizen", RespondentRole::citizen},
                               {"partner", RespondentRole::partner}});

  course_enum<SurveyKind>(m, "SurveyKind", "Baseline (Fase 1) or follow-up (Fase 3).",
                          {{"baseline", SurveyKind::baseline}, {"followup", SurveyKind::followup}});

  py::enum_<TrafficLight> light(
      m, "TrafficLight", "Of a temperature mean: below 2.5 red, below 3.5 yellow, else green.");
  light.value("red", TrafficLight::red)
      .value("yellow", TrafficLight::yellow)
      .value("green", TrafficLight::green)
      .def_property_readonly(
          "code", [](TrafficLight t) { return std::string(to_code(t)); },
          "The stable text code, e.g. ``'yellow'``.");

  py::enum_<CoursePurpose> purpose(m, "CoursePurpose",
                                   "The five purposes of the course (seed B), in its order.");
  purpose.value("wellbeing", CoursePurpose::wellbeing)
      .value("communities", CoursePurpose::communities)
      .value("satisfaction", CoursePurpose::satisfaction)
      .value("less_intrusive", CoursePurpose::less_intrusive)
      .value("education_employment", CoursePurpose::education_employment)
      .def_property_readonly(
          "code", [](CoursePurpose p) { return std::string(purpose_info(p).code); },
          "The stable text code, e.g. ``'less-intrusive'``.")
      .def_property_readonly(
          "name_da", [](CoursePurpose p) { return std::string(purpose_info(p).name_da); },
          "The purpose in seed B's Danish words.");

  m.def("traffic_light", &traffic_light, py::arg("mean"),
        R"(The traffic light of a temperature mean.

Parameters
----------
mean : float
    A mean of Likert scores 1-5.

Returns
-------
TrafficLight
    ``red`` below 2.5, ``yellow`` below 3.5, otherwise ``green``.)");
}

}  // namespace rorkit::python
