// Text codes of the plan's enums. One table per enum drives to_code, parse_code and
// allowed_codes, so the three can never disagree.

#include "rorkit/plan/codes.hpp"

#include <array>

#include "core/code_table.hpp"
#include <string>
#include <utility>

#include "rorkit/plan/plan.hpp"

namespace rorkit {
namespace {

template <class E, std::size_t N>
using Table = detail::CodeTable<E, N>;

constexpr Table<AspirationKind, 3> aspiration_kinds{{
    {AspirationKind::hope, "hope"}, {AspirationKind::wish, "wish"}, {AspirationKind::dream, "dream"}}};

constexpr Table<FfbTheme, 11> ffb_themes{{
    {FfbTheme::sundhedsforhold, "sundhedsforhold"},
    {FfbTheme::mentale_funktioner, "mentale-funktioner"},
    {FfbTheme::sociale_forhold, "sociale-forhold"},
    {FfbTheme::fysiske_funktioner, "fysiske-funktioner"},
    {FfbTheme::egenomsorg, "egenomsorg"},
    {FfbTheme::relationer, "relationer"},
    {FfbTheme::kommunikation, "kommunikation"},
    {FfbTheme::samfundsliv, "samfundsliv"},
    {FfbTheme::mobilitet, "mobilitet"},
    {FfbTheme::praktiske_opgaver, "praktiske-opgaver"},
    {FfbTheme::omgivelsesfaktorer, "omgivelsesfaktorer"}}};

constexpr Table<FfbTheme, 11> ffb_names{{
    {FfbTheme::sundhedsforhold, "Sundhedsforhold"},
    {FfbTheme::mentale_funktioner, "Mentale funktioner"},
    {FfbTheme::sociale_forhold, "Sociale forhold"},
    {FfbTheme::fysiske_funktioner, "Fysiske funktioner"},
    {FfbTheme::egenomsorg, "Egenomsorg"},
    {FfbTheme::relationer, "Relationer"},
    {FfbTheme::kommunikation, "Kommunikation"},
    {FfbTheme::samfundsliv, "Samfundsliv"},
    {FfbTheme::mobilitet, "Mobilitet"},
    {FfbTheme::praktiske_opgaver, "Praktiske opgaver"},
    {FfbTheme::omgivelsesfaktorer, "Omgivelsesfaktorer"}}};

constexpr Table<ResourceKind, 3> resource_kinds{{
    {ResourceKind::personal, "personal"},
    {ResourceKind::network, "network"},
    {ResourceKind::community, "community"}}};

constexpr Table<NetworkRole, 6> network_roles{{
    {NetworkRole::relative, "relative"},
    {NetworkRole::friend_, "friend"},
    {NetworkRole::peer, "peer"},
    {NetworkRole::civil_society, "civil-society"},
    {NetworkRole::employer_education, "employer-education"},
    {NetworkRole::other, "other"}}};

constexpr Table<PartyKind, 5> party_kinds{{
    {PartyKind::citizen, "citizen"},
    {PartyKind::staff, "staff"},
    {PartyKind::network_member, "network-member"},
    {PartyKind::civil_society, "civil-society"},
    {PartyKind::employer_education, "employer-education"}}};

constexpr Table<LegalBasis, 9> legal_bases{{
    {LegalBasis::sel_82a, "sel-82a"},
    {LegalBasis::sel_82b, "sel-82b"},
    {LegalBasis::sel_85, "sel-85"},
    {LegalBasis::sel_85_botilbudslignende, "sel-85-botilbudslignende"},
    {LegalBasis::sel_103, "sel-103"},
    {LegalBasis::sel_104, "sel-104"},
    {LegalBasis::sel_107, "sel-107"},
    {LegalBasis::sel_108, "sel-108"},
    {LegalBasis::other, "other"}}};

constexpr Table<LegalBasis, 9> legal_basis_names{{
    {LegalBasis::sel_82a, "SEL §82a gruppebaseret hjælp"},
    {LegalBasis::sel_82b, "SEL §82b tidsbegrænset individuel støtte"},
    {LegalBasis::sel_85, "SEL §85 socialpædagogisk støtte"},
    {LegalBasis::sel_85_botilbudslignende, "SEL §85 i botilbudslignende tilbud (ABL §105)"},
    {LegalBasis::sel_103, "SEL §103 beskyttet beskæftigelse"},
    {LegalBasis::sel_104, "SEL §104 aktivitets- og samværstilbud"},
    {LegalBasis::sel_107, "SEL §107 midlertidigt botilbud"},
    {LegalBasis::sel_108, "SEL §108 længerevarende botilbud"},
    {LegalBasis::other, "Anden hjemmel"}}};

constexpr Table<GoalLifecycle, 9> lifecycles{{
    {GoalLifecycle::proposed, "proposed"},
    {GoalLifecycle::planned, "planned"},
    {GoalLifecycle::accepted, "accepted"},
    {GoalLifecycle::active, "active"},
    {GoalLifecycle::on_hold, "on-hold"},
    {GoalLifecycle::completed, "completed"},
    {GoalLifecycle::cancelled, "cancelled"},
    {GoalLifecycle::entered_in_error, "entered-in-error"},
    {GoalLifecycle::rejected, "rejected"}}};

constexpr Table<GoalAchievement, 9> achievements{{
    {GoalAchievement::in_progress, "in-progress"},
    {GoalAchievement::improving, "improving"},
    {GoalAchievement::worsening, "worsening"},
    {GoalAchievement::no_change, "no-change"},
    {GoalAchievement::achieved, "achieved"},
    {GoalAchievement::sustaining, "sustaining"},
    {GoalAchievement::not_achieved, "not-achieved"},
    {GoalAchievement::no_progress, "no-progress"},
    {GoalAchievement::not_attainable, "not-attainable"}}};

constexpr Table<TargetKind, 5> target_kinds{{
    {TargetKind::none, "none"},
    {TargetKind::scale_value, "scale-value"},
    {TargetKind::range, "range"},
    {TargetKind::code, "code"},
    {TargetKind::change, "change"}}};

constexpr Table<ChangeType, 3> change_types{{
    {ChangeType::develop, "develop"},
    {ChangeType::maintain, "maintain"},
    {ChangeType::limit_decline, "limit-decline"}}};

constexpr Table<ActionStatus, 5> action_statuses{{
    {ActionStatus::planned, "planned"},
    {ActionStatus::active, "active"},
    {ActionStatus::on_hold, "on-hold"},
    {ActionStatus::completed, "completed"},
    {ActionStatus::cancelled, "cancelled"}}};

constexpr Table<FollowUpResult, 4> followup_results{{
    {FollowUpResult::continue_, "continue"},
    {FollowUpResult::change, "change"},
    {FollowUpResult::end, "end"},
    {FollowUpResult::revisit, "revisit"}}};

constexpr Table<Principle, 8> principles{{
    {Principle::hopes_wishes_dreams, "hopes-wishes-dreams"},
    {Principle::resources, "resources"},
    {Principle::network_and_communities, "network-and-communities"},
    {Principle::openness_trust_respect, "openness-trust-respect"},
    {Principle::early_help, "early-help"},
    {Principle::whole_life_situation, "whole-life-situation"},
    {Principle::follow_up, "follow-up"},
    {Principle::knowledge_that_works, "knowledge-that-works"}}};

constexpr Table<Principle, 8> principle_names{{
    {Principle::hopes_wishes_dreams, "Tag udgangspunkt i borgernes håb, ønsker og drømme"},
    {Principle::resources, "Fokusér på borgernes ressourcer"},
    {Principle::network_and_communities, "Inddrag borgernes netværk og de almene fællesskaber"},
    {Principle::openness_trust_respect, "Mød borgerne med åbenhed, tillid og respekt"},
    {Principle::early_help, "Hjælp borgerne så tidligt som muligt"},
    {Principle::whole_life_situation, "Arbejd koordineret med borgernes samlede livssituation"},
    {Principle::follow_up, "Følg op, så indsatsen altid er den rette"},
    {Principle::knowledge_that_works, "Brug viden og metoder, der virker"}}};

constexpr Table<AspirationKind, 3> aspiration_names{{
    {AspirationKind::hope, "Håb"}, {AspirationKind::wish, "Ønske"}, {AspirationKind::dream, "Drøm"}}};

constexpr Table<Collection, 7> collections{{
    {Collection::aspirations, "aspirations"},
    {Collection::resources, "resources"},
    {Collection::network, "network"},
    {Collection::goals, "goals"},
    {Collection::actions, "actions"},
    {Collection::followups, "followups"},
    {Collection::measurements, "measurements"}}};

constexpr Table<ChangeOp, 9> change_ops{{
    {ChangeOp::create, "create"},
    {ChangeOp::snapshot, "snapshot"},
    {ChangeOp::set_citizen, "set-citizen"},
    {ChangeOp::add, "add"},
    {ChangeOp::update, "update"},
    {ChangeOp::remove, "remove"},
    {ChangeOp::transition, "transition"},
    {ChangeOp::set_section141, "set-section141"},
    {ChangeOp::set_followup_rule, "set-followup-rule"}}};

}  // namespace


RORKIT_CODES(AspirationKind, aspiration_kinds)
RORKIT_CODES(FfbTheme, ffb_themes)
RORKIT_CODES(ResourceKind, resource_kinds)
RORKIT_CODES(NetworkRole, network_roles)
RORKIT_CODES(PartyKind, party_kinds)
RORKIT_CODES(LegalBasis, legal_bases)
RORKIT_CODES(GoalLifecycle, lifecycles)
RORKIT_CODES(GoalAchievement, achievements)
RORKIT_CODES(TargetKind, target_kinds)
RORKIT_CODES(ChangeType, change_types)
RORKIT_CODES(ActionStatus, action_statuses)
RORKIT_CODES(FollowUpResult, followup_results)
RORKIT_CODES(Principle, principles)
RORKIT_CODES(Collection, collections)
RORKIT_CODES(ChangeOp, change_ops)

std::string_view danish_name(FfbTheme v) noexcept { return detail::text_of(ffb_names, v); }
std::string_view danish_name(LegalBasis v) noexcept { return detail::text_of(legal_basis_names, v); }
std::string_view danish_name(Principle v) noexcept { return detail::text_of(principle_names, v); }
std::string_view danish_name(AspirationKind v) noexcept { return detail::text_of(aspiration_names, v); }

bool is_terminal(GoalLifecycle v) noexcept {
  return v == GoalLifecycle::completed || v == GoalLifecycle::cancelled ||
         v == GoalLifecycle::rejected || v == GoalLifecycle::entered_in_error;
}

// FHIR R4 defines the codes but no transitions; this table is our reading of their definitions
// [I]: a proposal is planned, accepted or rejected; work starts (active), pauses (on-hold) and
// ends (completed/cancelled); anything may be marked entered-in-error. Terminal states stay put.
bool goal_transition_allowed(GoalLifecycle from, GoalLifecycle to) noexcept {
  using G = GoalLifecycle;
  if (from == to || is_terminal(from)) return false;
  if (to == G::entered_in_error || to == G::cancelled) return true;
  switch (from) {
    case G::proposed: return to == G::planned || to == G::accepted || to == G::rejected;
    case G::planned: return to == G::accepted || to == G::active || to == G::rejected;
    case G::accepted: return to == G::active || to == G::on_hold;
    case G::active: return to == G::on_hold || to == G::completed;
    case G::on_hold: return to == G::active || to == G::completed;
    default: return false;
  }
}

}  // namespace rorkit
