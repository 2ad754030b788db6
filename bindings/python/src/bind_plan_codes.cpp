// The coded values of a citizen plan (codes.hpp, plan.hpp, validate.hpp, audit.hpp) as Python
// enums. Each has `code` (the stable JSON/FHIR text) and `from_code`; the Danish display names
// where the library has them.

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "plan_bindings.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/codes.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit::python {
namespace {

template <class E>
py::enum_<E> code_enum(py::module_& m, const char* name, const char* doc,
                       std::initializer_list<std::pair<const char*, E>> values) {
  py::enum_<E> e(m, name, doc);
  std::vector<E> all;
  for (const auto& [n, v] : values) {
    e.value(n, v);
    all.push_back(v);
  }
  e.def_property_readonly(
      "code", [](E v) { return std::string(to_code(v)); },
      "The stable text code used in JSON, FHIR and the C ABI, e.g. ``'on-hold'``.");
  e.def_static(
      "from_code",
      [all](const Utf8& code) {
        std::string allowed;
        for (E v : all) {
          if (to_code(v) == code.value) return v;
          allowed += (allowed.empty() ? "" : ", ") + std::string(to_code(v));
        }
        fail(RORKIT_ERROR_INVALID_ARGUMENT,
             "unknown code \"" + code.value + "\"; allowed: " + allowed);
      },
      py::arg("code"),
      R"(The member with a text code.

Parameters
----------
code : str
    The code exactly as in JSON (``'on-hold'``, ``'sel-85'``, ``'continue'``).

Raises
------
rorkit.InvalidArgumentError
    For an unknown code; the message lists the allowed ones.)");
  return e;
}

template <class E>
void danish(py::enum_<E>& e) {
  e.def_property_readonly(
      "name_da", [](E v) { return std::string(danish_name(v)); },
      "Danish display text, e.g. ``'Mentale funktioner'``.");
}

}  // namespace

void bind_plan_codes(py::module_& m) {
  auto aspiration = code_enum<AspirationKind>(
      m, "AspirationKind", "The citizen's own hopes, wishes and dreams (håb, ønsker og drømme).",
      {{"hope", AspirationKind::hope},
       {"wish", AspirationKind::wish},
       {"dream", AspirationKind::dream}});
  danish(aspiration);

  auto theme = code_enum<FfbTheme>(
      m, "FfbTheme", "KL's Fælles Faglige Begreber themes (KLThemesFFB).",
      {{"sundhedsforhold", FfbTheme::sundhedsforhold},
       {"mentale_funktioner", FfbTheme::mentale_funktioner},
       {"sociale_forhold", FfbTheme::sociale_forhold},
       {"fysiske_funktioner", FfbTheme::fysiske_funktioner},
       {"egenomsorg", FfbTheme::egenomsorg},
       {"relationer", FfbTheme::relationer},
       {"kommunikation", FfbTheme::kommunikation},
       {"samfundsliv", FfbTheme::samfundsliv},
       {"mobilitet", FfbTheme::mobilitet},
       {"praktiske_opgaver", FfbTheme::praktiske_opgaver},
       {"omgivelsesfaktorer", FfbTheme::omgivelsesfaktorer}});
  danish(theme);

  code_enum<ResourceKind>(m, "ResourceKind",
                          "Where a resource lies: the person, the network, the community.",
                          {{"personal", ResourceKind::personal},
                           {"network", ResourceKind::network},
                           {"community", ResourceKind::community}});

  code_enum<NetworkRole>(
      m, "NetworkRole",
      "The role of a person or organisation in the citizen's network (``friend_`` has code "
      "``'friend'``).",
      {{"relative", NetworkRole::relative},
       {"friend_", NetworkRole::friend_},
       {"peer", NetworkRole::peer},
       {"civil_society", NetworkRole::civil_society},
       {"employer_education", NetworkRole::employer_education},
       {"other", NetworkRole::other}});

  code_enum<PartyKind>(m, "PartyKind", "Who is responsible for an action.",
                       {{"citizen", PartyKind::citizen},
                        {"staff", PartyKind::staff},
                        {"network_member", PartyKind::network_member},
                        {"civil_society", PartyKind::civil_society},
                        {"employer_education", PartyKind::employer_education}});

  auto basis = code_enum<LegalBasis>(
      m, "LegalBasis", "The Serviceloven section an action is given under.",
      {{"sel_82a", LegalBasis::sel_82a},
       {"sel_82b", LegalBasis::sel_82b},
       {"sel_85", LegalBasis::sel_85},
       {"sel_85_botilbudslignende", LegalBasis::sel_85_botilbudslignende},
       {"sel_103", LegalBasis::sel_103},
       {"sel_104", LegalBasis::sel_104},
       {"sel_107", LegalBasis::sel_107},
       {"sel_108", LegalBasis::sel_108},
       {"other", LegalBasis::other}});
  danish(basis);

  auto lifecycle = code_enum<GoalLifecycle>(
      m, "GoalLifecycle",
      "FHIR Goal.lifecycleStatus. Moves are restricted: see ``goal_transition_allowed``.",
      {{"proposed", GoalLifecycle::proposed},
       {"planned", GoalLifecycle::planned},
       {"accepted", GoalLifecycle::accepted},
       {"active", GoalLifecycle::active},
       {"on_hold", GoalLifecycle::on_hold},
       {"completed", GoalLifecycle::completed},
       {"cancelled", GoalLifecycle::cancelled},
       {"entered_in_error", GoalLifecycle::entered_in_error},
       {"rejected", GoalLifecycle::rejected}});
  lifecycle.def_property_readonly(
      "is_terminal", [](GoalLifecycle v) { return is_terminal(v); },
      "True for states a goal never leaves (completed, cancelled, rejected, entered-in-error).");

  code_enum<GoalAchievement>(m, "GoalAchievement", "FHIR Goal.achievementStatus.",
                             {{"in_progress", GoalAchievement::in_progress},
                              {"improving", GoalAchievement::improving},
                              {"worsening", GoalAchievement::worsening},
                              {"no_change", GoalAchievement::no_change},
                              {"achieved", GoalAchievement::achieved},
                              {"sustaining", GoalAchievement::sustaining},
                              {"not_achieved", GoalAchievement::not_achieved},
                              {"no_progress", GoalAchievement::no_progress},
                              {"not_attainable", GoalAchievement::not_attainable}});

  // `code` is every enum's text-code property, so the member is `code_` (as `continue_`).
  code_enum<TargetKind>(m, "TargetKind",
                        "What a goal's target is (``code_`` is the C++ ``code``: the name "
                        "``code`` is the text-code property every enum has).",
                        {{"none", TargetKind::none},
                         {"scale_value", TargetKind::scale_value},
                         {"range", TargetKind::range},
                         {"code_", TargetKind::code},
                         {"change", TargetKind::change}});

  code_enum<ChangeType>(m, "ChangeType", "The direction of a change target.",
                        {{"develop", ChangeType::develop},
                         {"maintain", ChangeType::maintain},
                         {"limit_decline", ChangeType::limit_decline}});

  code_enum<ActionStatus>(m, "ActionStatus", "The state of an action.",
                          {{"planned", ActionStatus::planned},
                           {"active", ActionStatus::active},
                           {"on_hold", ActionStatus::on_hold},
                           {"completed", ActionStatus::completed},
                           {"cancelled", ActionStatus::cancelled}});

  code_enum<FollowUpResult>(
      m, "FollowUpResult",
      "KL follow-up result codes (``continue_`` has code ``'continue'``; ``end`` ends the "
      "follow-up schedule).",
      {{"continue_", FollowUpResult::continue_},
       {"change", FollowUpResult::change},
       {"end", FollowUpResult::end},
       {"revisit", FollowUpResult::revisit}});

  auto principle = code_enum<Principle>(
      m, "Principle", "The eight professional principles, in their official order (value 1-8).",
      {{"hopes_wishes_dreams", Principle::hopes_wishes_dreams},
       {"resources", Principle::resources},
       {"network_and_communities", Principle::network_and_communities},
       {"openness_trust_respect", Principle::openness_trust_respect},
       {"early_help", Principle::early_help},
       {"whole_life_situation", Principle::whole_life_situation},
       {"follow_up", Principle::follow_up},
       {"knowledge_that_works", Principle::knowledge_that_works}});
  danish(principle);

  code_enum<Collection>(m, "Collection", "The lists of a plan whose entries have ids.",
                        {{"aspirations", Collection::aspirations},
                         {"resources", Collection::resources},
                         {"network", Collection::network},
                         {"goals", Collection::goals},
                         {"actions", Collection::actions},
                         {"followups", Collection::followups},
                         {"measurements", Collection::measurements}});

  code_enum<ChangeOp>(m, "ChangeOp", "What a history event did.",
                      {{"create", ChangeOp::create},
                       {"snapshot", ChangeOp::snapshot},
                       {"set_citizen", ChangeOp::set_citizen},
                       {"add", ChangeOp::add},
                       {"update", ChangeOp::update},
                       {"remove", ChangeOp::remove},
                       {"transition", ChangeOp::transition},
                       {"set_section141", ChangeOp::set_section141},
                       {"set_followup_rule", ChangeOp::set_followup_rule}});

  code_enum<Severity>(m, "Severity",
                      "Of a validation finding: errors make a plan invalid, warnings are advice.",
                      {{"error", Severity::error}, {"warning", Severity::warning}});

  code_enum<Verdict>(m, "Verdict",
                     "An audit verdict on one principle; the value is its points (0-2).",
                     {{"no", Verdict::no}, {"partly", Verdict::partly}, {"yes", Verdict::yes}});

  m.def("goal_transition_allowed", &goal_transition_allowed, py::arg("from_"), py::arg("to"),
        R"(Whether FHIR allows moving a goal between two lifecycle states.

Parameters
----------
from_ : GoalLifecycle
    The goal's current state.
to : GoalLifecycle
    The state to move to.

Returns
-------
bool)");
}

}  // namespace rorkit::python
