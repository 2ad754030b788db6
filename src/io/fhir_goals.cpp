// FHIR Goals: one per aspiration (the citizen's hopes, wishes and dreams, verbatim) and one per
// long-term goal or sub-goal. Both links go from the whole to its piece with the goal-relationship
// extension, type "milestone" ("the target goal is a piece of attaining this goal"): an
// aspiration names the goals that trace to it, a long-term goal names its sub-goals.

#include <array>

#include "io/fhir_detail.hpp"
#include "rorkit/plan/followup.hpp"

namespace rorkit::fhir_detail {
namespace {

// KL Terminologi, ValueSet KLThemesFFB (system urn:oid:1.2.208.176.2.22), in FfbTheme order.
constexpr std::array<const char*, 11> ffb_theme_codes = {
    "4fb78b88-d3af-4cfb-84d7-f06daf423317",  // Sundhedsforhold
    "25c5c614-305f-46cd-9891-55d564fc30cf",  // Mentale funktioner
    "e1836145-0c20-4e20-971e-d62dfe4ea1a0",  // Sociale forhold
    "a134c31d-d316-46d4-935e-e500874dbbe1",  // Fysiske funktioner
    "da3f488f-1742-4d00-b247-a7d47500b36b",  // Egenomsorg
    "3856b434-f72e-42a5-b9d1-0cc93f48434b",  // Relationer
    "c2b186f9-9c10-478e-8345-2d2c37ab4c46",  // Kommunikation
    "dfbe6ff6-223b-436a-b864-8ba29bda41e2",  // Samfundsliv
    "d1495b2c-1452-4e49-8dbe-8193af5d8823",  // Mobilitet
    "eef71492-65f5-4297-aa95-3c3a6866ddef",  // Praktiske opgaver
    "7445fb2b-0009-43d9-b49b-1b9782f2fcd9",  // Omgivelsesfaktorer
};

// KL Terminologi, ValueSet KLGoalTypeCodes (system CareSocialCodes).
constexpr const char* kl_citizens_goals = "416fe27d-3ccf-4390-8742-8b52a9d8dc78";
constexpr const char* kl_intervention_goal = "0bb3daef-538d-45dc-b444-abdbcb63f6bc";
constexpr const char* kl_sub_goal = "6746d4af-145a-4bfd-a672-05c0cf11b53b";
// KL Terminologi, ValueSet KLTargetMeasureCodes: the target is a change value ("måltype").
constexpr const char* kl_measure_change = "90c48f03-f194-4b2f-ad7d-6cba1069ae48";

ordered_json theme_category(FfbTheme t) {
  const auto i = static_cast<std::size_t>(t) - 1;
  ordered_json codings = ordered_json::array();
  if (i < ffb_theme_codes.size())
    codings.push_back(coding(sys::kl_ffb, ffb_theme_codes[i], danish_name(t)));
  return concept(std::move(codings), danish_name(t));
}

// KL Terminologi, ValueSet KLChangeValueCodesFFB.
ordered_json change_value(ChangeType c) {
  ordered_json codings = ordered_json::array();
  switch (c) {
    case ChangeType::develop:
      codings.push_back(coding(sys::kl_ffb, "d41c8072-52f8-42b5-9375-ddbea454d27f",
                               "Udvikle funktionsevne"));
      break;
    case ChangeType::maintain:
      codings.push_back(coding(sys::kl_ffb, "10752a63-00b4-4958-b7f4-9f3a18f74266",
                               "Fastholde funktionsevne"));
      break;
    case ChangeType::limit_decline:
      codings.push_back(coding(sys::kl_ffb, "e47c22bd-d88d-48ab-882b-419923e1f44e",
                               "Begrænse tab af funktionsevne"));
      break;
  }
  codings.push_back(coding(sys::change_type, to_code(c)));
  return concept(std::move(codings));
}

std::string_view achievement_display(GoalAchievement a) noexcept {
  switch (a) {
    case GoalAchievement::in_progress: return "In Progress";
    case GoalAchievement::improving: return "Improving";
    case GoalAchievement::worsening: return "Worsening";
    case GoalAchievement::no_change: return "No Change";
    case GoalAchievement::achieved: return "Achieved";
    case GoalAchievement::sustaining: return "Sustaining";
    case GoalAchievement::not_achieved: return "Not Achieved";
    case GoalAchievement::no_progress: return "No Progress";
    case GoalAchievement::not_attainable: return "Not Attainable";
  }
  return {};
}

ordered_json milestone(const Context& cx, Kind kind, std::string_view id) {
  return {{"url", ext::goal_relationship},
          {"extension",
           ordered_json::array(
               {{{"url", "type"},
                 {"valueCodeableConcept",
                  concept_of(sys::goal_relationship_type, "milestone", "Milestone")}},
                {{"url", "target"}, {"valueReference", cx.ref(kind, id)}}})}};
}

// Goal.target: gol-1 wants a measure whenever there is a detail, so every detail gets one
// (rorkit's target kind, plus the text the plan gives for what is measured).
ordered_json targets(const GoalTarget& t, const std::optional<Date>& due) {
  ordered_json target = ordered_json::object();
  ordered_json measure_codings = ordered_json::array();
  if (t.kind == TargetKind::change)
    measure_codings.push_back(coding(sys::kl_care_social, kl_measure_change, "måltype"));
  measure_codings.push_back(coding(sys::target_kind, to_code(t.kind)));
  switch (t.kind) {
    case TargetKind::none: break;
    case TargetKind::scale_value:
      target["measure"] = concept(measure_codings, t.measure);
      target["detailQuantity"] = {{"value", t.value}, {"comparator", ">="}};
      break;
    case TargetKind::range:
      target["measure"] = concept(measure_codings, t.measure);
      target["detailRange"] = {{"low", {{"value", t.low}}}, {"high", {{"value", t.high}}}};
      break;
    case TargetKind::code: {
      target["measure"] = concept(measure_codings, t.measure);
      ordered_json codings = ordered_json::array();
      if (is_fhir_code(t.code)) codings.push_back(coding(sys::target_state, t.code));
      target["detailCodeableConcept"] = concept(std::move(codings), t.code);
      break;
    }
    case TargetKind::change:
      target["measure"] = concept(measure_codings, t.measure);
      target["detailCodeableConcept"] = change_value(t.change);
      break;
  }
  if (due) target["dueDate"] = due->iso();
  if (target.empty()) return nullptr;
  return ordered_json::array({target});
}

}  // namespace

ordered_json aspiration_goal(const Context& cx, const Aspiration& a) {
  const Plan& p = cx.plan();
  ordered_json links = ordered_json::array();
  for (const auto& g : p.goals)
    for (const auto& id : g.aspiration_ids)
      if (id == a.id) links.push_back(milestone(cx, Kind::goal, g.id));

  const std::string_view kind = danish_name(a.kind);
  ordered_json categories = ordered_json::array(
      {concept_of(sys::kl_care_social, kl_citizens_goals, "FFB borgers mål og ønsker"),
       concept_of(sys::aspiration_kind, to_code(a.kind), kind, kind)});
  for (FfbTheme t : a.themes) categories.push_back(theme_category(t));

  ordered_json goal = {{"resourceType", "Goal"}, {"id", cx.id(Kind::aspiration, a.id)}};
  if (!links.empty()) goal["extension"] = std::move(links);
  goal["identifier"] = ordered_json::array({cx.entry_identifier(Collection::aspirations, a.id)});
  // KL's own example of "borgers mål og ønsker" is an active Goal: the wish stands while the
  // plan works towards it (rorkit keeps no lifecycle for aspirations).
  goal["lifecycleStatus"] = "active";
  goal["category"] = std::move(categories);
  goal["description"] = {{"text", a.text}};
  goal["subject"] = cx.ref(Kind::patient);
  goal["statusDate"] = a.recorded_on.iso();
  goal["expressedBy"] = cx.ref(Kind::patient);
  return goal;
}

ordered_json plan_goal(const Context& cx, const Goal& g) {
  const Plan& p = cx.plan();
  ordered_json links = ordered_json::array();
  for (const auto& sub : p.goals)
    if (sub.parent_id == g.id) links.push_back(milestone(cx, Kind::goal, sub.id));

  const bool sub_goal = !g.parent_id.empty();
  ordered_json categories = ordered_json::array(
      {sub_goal ? concept_of(sys::kl_care_social, kl_sub_goal, "FFB delmål")
                : concept_of(sys::kl_care_social, kl_intervention_goal, "FFB indsatsmål")});
  if (g.theme) categories.push_back(theme_category(*g.theme));

  const GoalAchievement achieved = achievement(p, g);
  ordered_json goal = {{"resourceType", "Goal"}, {"id", cx.id(Kind::goal, g.id)}};
  if (!links.empty()) goal["extension"] = std::move(links);
  goal["identifier"] = ordered_json::array({cx.entry_identifier(Collection::goals, g.id)});
  goal["lifecycleStatus"] = to_code(g.lifecycle);
  goal["achievementStatus"] =
      concept_of(sys::goal_achievement, to_code(achieved), achievement_display(achieved));
  goal["category"] = std::move(categories);
  goal["description"] = {{"text", g.text}};
  goal["subject"] = cx.ref(Kind::patient);
  if (g.start) goal["startDate"] = g.start->iso();
  ordered_json target = targets(g.target, g.due);
  if (!target.is_null()) goal["target"] = std::move(target);
  if (g.citizens_words) goal["expressedBy"] = cx.ref(Kind::patient);
  if (!g.no_aspiration_reason.empty())
    goal["note"] = ordered_json::array({annotation(
        "Ikke knyttet til borgerens håb, ønsker og drømme, fordi: " + g.no_aspiration_reason)});
  return goal;
}

}  // namespace rorkit::fhir_detail
