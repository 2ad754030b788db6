// FHIR Tasks (the plan's actions) and Observations (SEL §148 follow-ups and outcome
// measurements). Every one points back to the CarePlan; Tasks and follow-ups name the goals
// they concern.

#include <string>

#include "io/fhir_detail.hpp"

namespace rorkit::fhir_detail {
namespace {

std::string_view task_status(ActionStatus s) noexcept {
  switch (s) {
    // A planned action is agreed and ready to be acted upon, but nobody has started it.
    case ActionStatus::planned: return "requested";
    case ActionStatus::active: return "in-progress";
    case ActionStatus::on_hold: return "on-hold";
    case ActionStatus::completed: return "completed";
    case ActionStatus::cancelled: return "cancelled";
  }
  return "requested";
}

ordered_json owner(const Context& cx, const Party& party) {
  switch (party.kind) {
    case PartyKind::citizen: return cx.ref(Kind::patient, {}, "Borgeren");
    case PartyKind::network_member: {
      const NetworkMember* m = cx.plan().find_network_member(party.network_member_id);
      if (m == nullptr) break;
      std::string display = m->name;
      if (!m->relation.empty()) display += " (" + m->relation + ")";
      return {{"display", display}};
    }
    case PartyKind::staff:
    case PartyKind::civil_society:
    case PartyKind::employer_education: break;
  }
  if (!party.name.empty()) return {{"display", party.name}};
  return nullptr;
}

ordered_json performer(const std::string& who) {
  if (who.empty()) return nullptr;
  return ordered_json::array({{{"display", who}}});
}

// KL Terminologi: ValueSet KLFollowUpCodesFFB (3 codes) and KLFollowUpCodesFSIII (4 codes),
// both part of KLFollowUpCodes; FFB has no "change within the frame".
ordered_json followup_value(FollowUpResult r) {
  ordered_json codings = ordered_json::array({coding(sys::followup_result, to_code(r))});
  std::string_view text;
  switch (r) {
    case FollowUpResult::continue_:
      codings.push_back(coding(sys::kl_ffb, "1e971d84-10a4-4ef8-a8b3-0daa4c7d088a",
                               "Træf afgørelse om fortsættelse af indsats"));
      codings.push_back(
          coding(sys::kl_fsiii, "9c90b0e5-9c0a-4b72-a18c-76cd6d6c6213", "Fortsættes"));
      text = "Fortsættes";
      break;
    case FollowUpResult::change:
      codings.push_back(coding(sys::kl_fsiii, "c6e71993-5d72-409a-8ab9-ecc094968635",
                               "Ændres inden for rammen"));
      text = "Ændres";
      break;
    case FollowUpResult::end:
      codings.push_back(coding(sys::kl_ffb, "d7d03656-4c87-4e67-9146-aa5990460f16",
                               "Træf afgørelse om afslutning af indsats"));
      codings.push_back(coding(sys::kl_fsiii, "59753987-c38d-41c5-b201-0eeff3032fef", "Afsluttes"));
      text = "Afsluttes";
      break;
    case FollowUpResult::revisit:
      codings.push_back(coding(sys::kl_ffb, "b4c01aa8-82fd-44e4-83ff-ca19ec02c779",
                               "Træf afgørelse om afslutning af indsats og visiter til ny"));
      codings.push_back(
          coding(sys::kl_fsiii, "61b9a5c2-2ea7-45ad-82b8-53cbb513290e", "Revisitation"));
      text = "Revisitation";
      break;
  }
  return concept(std::move(codings), text);
}

ordered_json absent(std::string_view code, std::string_view display) {
  return concept_of(sys::data_absent_reason, code, display);
}

// One component per assessed goal. Its code is the goal's own identifier (system and value of
// Goal.identifier), so a reader can pair component and Goal without relying on order.
ordered_json assessment_component(const Context& cx, const GoalAssessment& a, bool& note_used) {
  const Goal* g = cx.plan().find_goal(a.goal_id);
  const std::string text = g != nullptr ? g->text : a.goal_id;
  ordered_json c = {
      {"code", concept_of(cx.entry_system(Collection::goals), a.goal_id, text, text)}};
  note_used = false;
  if (a.value) {
    c["valueQuantity"] = {{"value", *a.value}};
  } else if (!a.code.empty()) {
    ordered_json codings = ordered_json::array();
    if (is_fhir_code(a.code)) codings.push_back(coding(sys::target_state, a.code));
    c["valueCodeableConcept"] = concept(std::move(codings), a.code);
  } else if (!a.note.empty()) {
    c["valueString"] = a.note;
    note_used = true;
  } else {
    c["dataAbsentReason"] = absent("unknown", "Unknown");
  }
  return c;
}

}  // namespace

ordered_json task(const Context& cx, const Action& a) {
  ordered_json goals = ordered_json::array();
  for (const auto& id : a.goal_ids)
    goals.push_back({{"url", ext::pertains_to_goal}, {"valueReference", cx.ref(Kind::goal, id)}});

  ordered_json t = {{"resourceType", "Task"}, {"id", cx.id(Kind::action, a.id)}};
  if (!goals.empty()) t["extension"] = std::move(goals);
  t["identifier"] = ordered_json::array({cx.entry_identifier(Collection::actions, a.id)});
  t["basedOn"] = ordered_json::array({cx.ref(Kind::care_plan)});
  t["status"] = task_status(a.status);
  t["intent"] = "plan";
  const bool other = a.legal_basis == LegalBasis::other;
  t["code"] = concept_of(sys::legal_basis, to_code(a.legal_basis), danish_name(a.legal_basis),
                         other ? std::string_view(a.legal_basis_text) : std::string_view());
  t["description"] = a.text;
  t["for"] = cx.ref(Kind::patient);
  if (a.start || a.end) {
    ordered_json period = ordered_json::object();
    if (a.start) period["start"] = a.start->iso();
    if (a.end) period["end"] = a.end->iso();
    t["executionPeriod"] = std::move(period);
  }
  ordered_json who = owner(cx, a.responsible);
  if (!who.is_null()) t["owner"] = std::move(who);
  return t;
}

ordered_json followup_observation(const Context& cx, const FollowUp& f) {
  ordered_json focus = ordered_json::array({cx.ref(Kind::care_plan)});
  for (const auto& a : f.assessments) focus.push_back(cx.ref(Kind::goal, a.goal_id));

  ordered_json components = ordered_json::array();
  ordered_json notes = ordered_json::array();
  if (!f.notes.empty()) notes.push_back(annotation(f.notes));
  // The citizen's own view, attributed to the citizen.
  if (!f.citizen_view.empty()) notes.push_back(annotation(f.citizen_view, cx.ref(Kind::patient)));
  for (const auto& a : f.assessments) {
    bool note_used = false;
    components.push_back(assessment_component(cx, a, note_used));
    if (!note_used && !a.note.empty()) {
      const Goal* g = cx.plan().find_goal(a.goal_id);
      const std::string& name = g != nullptr ? g->text : a.goal_id;
      notes.push_back(annotation("Mål \"" + name + "\": " + a.note));
    }
  }

  ordered_json o = {{"resourceType", "Observation"}, {"id", cx.id(Kind::followup, f.id)}};
  o["identifier"] = ordered_json::array({cx.entry_identifier(Collection::followups, f.id)});
  o["basedOn"] = ordered_json::array({cx.ref(Kind::care_plan)});
  o["status"] = "final";
  o["code"] = concept_of(sys::snomed, "712744002", "Evaluation of care plan",
                         "Opfølgning (SEL §148)");
  o["subject"] = cx.ref(Kind::patient);
  o["focus"] = std::move(focus);
  o["effectiveDateTime"] = f.date.iso();
  ordered_json by = performer(f.by);
  if (!by.is_null()) o["performer"] = std::move(by);
  o["valueCodeableConcept"] = followup_value(f.result);
  if (!notes.empty()) o["note"] = std::move(notes);
  if (!components.empty()) o["component"] = std::move(components);
  return o;
}

ordered_json measurement_observation(const Context& cx, const Measurement& m) {
  const InstrumentInfo& info = instrument(m.instrument);
  const Score s = score(m.instrument, m.items);

  ordered_json code_codings = ordered_json::array({coding(sys::instrument, info.code, info.name)});
  // KL Terminologi lists this SNOMED CT concept among its observation codes (KLObservationCodes).
  if (m.instrument == InstrumentId::who5)
    code_codings.push_back(coding(sys::snomed, "1144665009",
                                  "5-item World Health Organization Well-being Index value"));

  ordered_json components = ordered_json::array();
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    const std::string text = i < m.areas.size() && !m.areas[i].empty()
                                 ? m.areas[i]
                                 : std::string(info.name) + ", item " + n;
    ordered_json c = {
        {"code", concept_of(sys::instrument_item, std::string(info.code) + "-" + n, {}, text)}};
    if (m.items[i])
      c["valueQuantity"] = {{"value", *m.items[i]}};
    else
      c["dataAbsentReason"] = absent("unknown", "Unknown");
    components.push_back(std::move(c));
  }

  ordered_json o = {{"resourceType", "Observation"}, {"id", cx.id(Kind::measurement, m.id)}};
  o["identifier"] = ordered_json::array({cx.entry_identifier(Collection::measurements, m.id)});
  o["basedOn"] = ordered_json::array({cx.ref(Kind::care_plan)});
  o["status"] = "final";
  o["category"] = ordered_json::array({concept_of(sys::observation_category, "survey", "Survey")});
  o["code"] = concept(std::move(code_codings), info.name);
  o["subject"] = cx.ref(Kind::patient);
  o["effectiveDateTime"] = m.date.iso();
  ordered_json by = performer(m.recorded_by);
  if (!by.is_null()) o["performer"] = std::move(by);
  o["valueQuantity"] = {
      {"value", s.score}, {"unit", "score"}, {"system", sys::ucum}, {"code", "{score}"}};
  if (s.band != ScoreBand::none && !s.interpretation.empty())
    o["interpretation"] = ordered_json::array({{{"text", s.interpretation}}});
  if (s.prorated)
    o["note"] = ordered_json::array({annotation(
        "Scoren er beregnet forholdsmæssigt ud fra " + std::to_string(s.answered) + " af " +
        std::to_string(m.items.size()) + " besvarede spørgsmål.")});
  if (!components.empty()) o["component"] = std::move(components);
  return o;
}

}  // namespace rorkit::fhir_detail
