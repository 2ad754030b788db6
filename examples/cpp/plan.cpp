// A citizen's recovery plan through the C++ API: the citizen's dream steers a long-term goal and
// time-bound sub-goals, actions involve the network and an association, and the plan is then
// validated, audited and followed up. The person is synthetic.
//
// Usage: example_cpp_plan [OUT.json]   (writes the plan document when given a path)

#include <fstream>
#include <iostream>

#include "rorkit/io/plan_json.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/followup.hpp"
#include "rorkit/plan/validate.hpp"

using namespace rorkit;

namespace {

Change by(const char* at, const char* why = "") {
  return Change{"Mette (rådgiver, myndighed)", Timestamp::parse(at), why};
}

Plan build_plan() {
  Citizen citizen;
  citizen.id = "syntetisk-borger-042";  // a pseudonym; this person does not exist
  citizen.municipality = 730;            // Randers
  Plan p = new_plan("randers-2026-0042", citizen, Date{2026, 1, 12},
                    by("2026-01-12T09:00:00Z", "Første samtale"));

  add_aspiration(p, {"a1", AspirationKind::dream, "Jeg vil gerne arbejde med dyr igen, ligesom da jeg var ung.",
                     Date{2026, 1, 12}, "Mette", {FfbTheme::samfundsliv}, {}},
                 by("2026-01-12T09:20:00Z"));
  add_aspiration(p, {"a2", AspirationKind::wish, "Jeg ønsker at have nogen at spise aftensmad med.",
                     Date{2026, 1, 12}, "Mette", {FfbTheme::relationer}, {}},
                 by("2026-01-12T09:25:00Z"));
  add_resource(p, {"r1", ResourceKind::personal, "Har erfaring fra landbrug og er god med dyr", {}},
               by("2026-01-12T09:30:00Z"));
  add_resource(p, {"r2", ResourceKind::network, "Søsteren Lene bor i nærheden", {}},
               by("2026-01-12T09:31:00Z"));
  add_network_member(p, {"n1", "Lene", NetworkRole::relative, "søster", true, {}},
                     by("2026-01-12T09:32:00Z"));
  add_network_member(p, {"n2", "Randers Rideklub", NetworkRole::civil_society, "forening", true, {}},
                     by("2026-01-12T09:33:00Z"));

  Goal work;
  work.id = "g1";
  work.text = "Arbejde med dyr nogle timer om ugen";
  work.citizens_words = true;
  work.aspiration_ids = {"a1"};
  work.theme = FfbTheme::samfundsliv;
  work.target.kind = TargetKind::scale_value;
  work.target.value = 7;
  work.target.measure = "egen vurdering 1-10";
  work.start = Date{2026, 1, 12};
  work.due = Date{2026, 12, 31};
  add_goal(p, work, by("2026-01-12T10:00:00Z"));
  Goal visit;
  visit.id = "g1.1";
  visit.parent_id = "g1";
  visit.text = "Besøge rideklubben og tale med en træner";
  visit.due = Date{2026, 3, 31};
  add_goal(p, visit, by("2026-01-12T10:05:00Z"));
  Goal dinner;
  dinner.id = "g2";
  dinner.text = "Spise aftensmad med andre mindst én gang om ugen";
  dinner.citizens_words = true;
  dinner.aspiration_ids = {"a2"};
  dinner.theme = FfbTheme::relationer;
  dinner.target.kind = TargetKind::change;
  dinner.target.change = ChangeType::develop;
  dinner.followup_interval_months = 3;
  add_goal(p, dinner, by("2026-01-12T10:10:00Z"));
  for (const char* g : {"g1", "g2"})
    transition_goal(p, g, GoalLifecycle::accepted, by("2026-01-12T10:15:00Z", "Aftalt med borgeren"));
  for (const char* g : {"g1", "g2"}) transition_goal(p, g, GoalLifecycle::active, by("2026-01-19T08:00:00Z"));

  Action support;
  support.id = "x1";
  support.text = "Bostøtte følger med til rideklubben de første gange";
  support.responsible = Party{PartyKind::staff, "Bostøtten, Team Nord", ""};
  support.legal_basis = LegalBasis::sel_85;
  support.start = Date{2026, 1, 26};
  support.status = ActionStatus::active;
  support.goal_ids = {"g1.1"};
  support.resource_ids = {"r1"};
  add_action(p, support, by("2026-01-19T08:10:00Z"));
  Action club;
  club.id = "x2";
  club.text = "Frivillig staldhjælp lørdag formiddag";
  club.responsible = Party{PartyKind::civil_society, "Randers Rideklub", ""};
  club.legal_basis = LegalBasis::other;
  club.legal_basis_text = "Frivilligt fællesskab, ingen visitation";
  club.start = Date{2026, 3, 7};
  club.goal_ids = {"g1"};
  add_action(p, club, by("2026-01-19T08:12:00Z"));
  Action sister;
  sister.id = "x3";
  sister.text = "Fast spisedag hos Lene om onsdagen";
  sister.responsible = Party{PartyKind::network_member, "", "n1"};
  sister.legal_basis = LegalBasis::other;
  sister.legal_basis_text = "Aftale i netværket";
  sister.start = Date{2026, 1, 21};
  sister.goal_ids = {"g2"};
  sister.resource_ids = {"r2"};
  add_action(p, sister, by("2026-01-19T08:14:00Z"));

  // The visit to the riding club happened in March: the sub-goal is done.
  transition_goal(p, "g1.1", GoalLifecycle::accepted, by("2026-01-19T08:20:00Z"));
  transition_goal(p, "g1.1", GoalLifecycle::active, by("2026-01-19T08:21:00Z"));
  Section141 s;
  s.purpose = "At borgeren får en hverdag med meningsfuld beskæftigelse og fællesskab";
  s.needed_intervention = "Socialpædagogisk støtte (SEL §85) to gange om ugen og brobygning til foreningsliv";
  s.expected_duration = "12 måneder, vurderes ved opfølgning";
  s.special = {"Ingen særlige forhold", "Afklaring af praktik i samarbejde med jobcentret",
               "Ingen", "Fortsætter samtaler i distriktspsykiatrien", "Ingen"};
  s.created_with_citizen = true;
  set_section141(p, s, by("2026-01-19T08:30:00Z"));

  Measurement who5;
  who5.id = "m1";
  who5.instrument = InstrumentId::who5;
  who5.date = Date{2026, 1, 12};
  who5.items = {2.0, 2.0, 1.0, 2.0, 3.0};
  // Recorded after the planning session; history events must come in time order.
  record_measurement(p, who5, by("2026-01-19T09:00:00Z", "WHO-5 fra første samtale"));
  transition_goal(p, "g1.1", GoalLifecycle::completed, by("2026-03-20T15:00:00Z", "Besøget er gennemført"));
  FollowUp april;
  april.id = "f1";
  april.date = Date{2026, 4, 14};
  april.result = FollowUpResult::continue_;
  april.citizen_view = "Det er dejligt at komme i stalden. Jeg glæder mig til lørdag.";
  april.assessments = {GoalAssessment{"g1", 5.0, "", ""}, GoalAssessment{"g2", 1.0, "", "én gang om ugen"}};
  record_followup(p, april, by("2026-04-14T13:00:00Z"));
  who5.id = "m2";
  who5.date = Date{2026, 4, 14};
  who5.items = {3.0, 3.0, 3.0, 3.0, 4.0};
  record_measurement(p, who5, by("2026-04-14T13:10:00Z"));
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  Plan plan = build_plan();
  std::cout << "Plan " << plan.id << ": " << plan.goals.size() << " goals, " << plan.actions.size()
            << " actions, " << plan.history.size() << " events in the history\n";

  for (const auto& f : validate(plan, {Date{2026, 4, 20}, true}))
    std::cout << "  " << to_code(f.severity) << ": " << f.message << "\n";

  std::cout << "Next follow-up of the plan: " << next_followup_due(plan)->iso() << "\n";
  for (const auto& g : plan.goals)
    if (auto d = next_goal_followup_due(plan, g))
      std::cout << "Next follow-up of goal " << g.id << ": " << d->iso() << "\n";
  std::cout << "Goal g1 is " << to_code(achievement(plan, *plan.find_goal("g1"))) << "\n";

  AuditOptions opts;
  opts.on = Date{2026, 4, 20};
  Audit a = audit(plan, opts);
  std::cout << "Audit: " << a.points() << " of 16 points\n";
  for (const auto& r : a.principles)
    std::cout << "  " << static_cast<int>(r.principle) << ". " << to_code(r.verdict) << "  "
              << danish_name(r.principle) << "\n";

  // The history rebuilds any earlier version: here the plan before the first follow-up.
  Plan before = plan_as_of(plan, Timestamp::parse("2026-04-14T12:59:59Z"));
  std::cout << "Before the April follow-up the plan had " << before.followups.size()
            << " follow-ups\n";

  if (argc > 1) {
    // Members rorkit does not know are kept verbatim; this one labels the document.
    plan.unknown.emplace_back("_comment", "\"Synthetic example made by examples/cpp/plan.cpp: no real person.\"");
    std::ofstream(argv[1], std::ios::binary) << plan_to_json(plan, {true, true});
    std::cout << "wrote " << argv[1] << "\n";
  }
  return 0;
}
