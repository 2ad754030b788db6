#pragma once
// Test helpers: entries with sensible defaults, and two whole cases built through the edit API -
// a recovery-oriented one and a poor one. Every builder returns plain values; tests change them
// further with the edit API. All text is Danish, as in a real case.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/workdays.hpp"
#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit::test {

/// A change made by a caseworker at midnight UTC of `d`.
inline Change change_on(const Date& d, std::string by = "sagsbehandler") {
  return Change{std::move(by), Timestamp::at_start_of(d), ""};
}

inline Citizen citizen(std::string id = "borger-1", std::int32_t municipality = 101) {
  Citizen c;
  c.id = std::move(id);
  c.municipality = municipality;
  return c;
}

/// An empty plan (only the create event).
inline Plan bare_plan(std::string id, const Date& created) {
  return new_plan(std::move(id), citizen("borger-" + std::to_string(created.year) + "-" +
                                         std::to_string(created.month) + "-" +
                                         std::to_string(created.day)),
                  created, change_on(created));
}

inline Aspiration aspiration(std::string id, std::string text, const Date& recorded_on,
                             AspirationKind kind = AspirationKind::hope,
                             std::vector<FfbTheme> themes = {}) {
  Aspiration a;
  a.id = std::move(id);
  a.kind = kind;
  a.text = std::move(text);
  a.recorded_on = recorded_on;
  a.recorded_by = "sagsbehandler";
  a.themes = std::move(themes);
  return a;
}

inline Resource resource(std::string id, std::string text,
                         ResourceKind kind = ResourceKind::personal) {
  Resource r;
  r.id = std::move(id);
  r.kind = kind;
  r.text = std::move(text);
  return r;
}

inline NetworkMember member(std::string id, std::string name, NetworkRole role, bool involved,
                            std::string relation = "") {
  NetworkMember m;
  m.id = std::move(id);
  m.name = std::move(name);
  m.role = role;
  m.involved = involved;
  m.relation = std::move(relation);
  return m;
}

/// A long-term goal tracing to `aspiration_ids`; with none it gives a reason instead.
inline Goal goal(std::string id, std::string text, std::vector<std::string> aspiration_ids,
                 bool citizens_words = true, std::optional<FfbTheme> theme = std::nullopt) {
  Goal g;
  g.id = std::move(id);
  g.text = std::move(text);
  g.aspiration_ids = std::move(aspiration_ids);
  if (g.aspiration_ids.empty()) g.no_aspiration_reason = "fastsat af myndigheden";
  g.citizens_words = citizens_words;
  g.theme = theme;
  g.target.kind = TargetKind::scale_value;
  g.target.value = 7;
  g.target.measure = "egen vurdering 1-10";
  return g;
}

/// A time-bound sub-goal (delmål) of `parent_id`.
inline Goal sub_goal(std::string id, std::string parent_id, std::string text, const Date& due,
                     std::optional<FfbTheme> theme = std::nullopt) {
  Goal g = goal(std::move(id), std::move(text), {}, true, theme);
  g.no_aspiration_reason.clear();
  g.parent_id = std::move(parent_id);
  g.due = due;
  return g;
}

inline Party staff(std::string name) { return Party{PartyKind::staff, std::move(name), ""}; }
inline Party organisation(PartyKind kind, std::string name) {
  return Party{kind, std::move(name), ""};
}
inline Party network_party(std::string member_id) {
  return Party{PartyKind::network_member, "", std::move(member_id)};
}

inline Action action(std::string id, std::string text, std::vector<std::string> goal_ids,
                     Party responsible, LegalBasis basis, std::optional<Date> start,
                     std::optional<Date> end = std::nullopt,
                     std::vector<std::string> resource_ids = {}) {
  Action a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.goal_ids = std::move(goal_ids);
  a.responsible = std::move(responsible);
  a.legal_basis = basis;
  if (basis == LegalBasis::other) a.legal_basis_text = "frivilligt tilbud";
  a.start = start;
  a.end = end;
  a.resource_ids = std::move(resource_ids);
  a.status = ActionStatus::active;
  return a;
}

inline FollowUp followup(std::string id, const Date& date, std::string citizen_view = "",
                         std::vector<GoalAssessment> assessments = {},
                         FollowUpResult result = FollowUpResult::continue_) {
  FollowUp f;
  f.id = std::move(id);
  f.date = date;
  f.result = result;
  f.notes = "opfølgning";
  f.citizen_view = std::move(citizen_view);
  f.by = "sagsbehandler";
  f.assessments = std::move(assessments);
  return f;
}

inline GoalAssessment scored(std::string goal_id, double value) {
  GoalAssessment a;
  a.goal_id = std::move(goal_id);
  a.value = value;
  return a;
}

/// A WHO-5 measurement (five items 0-5).
inline Measurement who5(std::string id, const Date& date,
                        std::vector<std::optional<double>> items = {3, 3, 3, 3, 3}) {
  Measurement m;
  m.id = std::move(id);
  m.instrument = InstrumentId::who5;
  m.date = date;
  m.items = std::move(items);
  m.recorded_by = "sagsbehandler";
  return m;
}

/// Every §141 stk. 3 element filled in.
inline Section141 full_section141(bool created_with_citizen = true) {
  Section141 s;
  s.purpose = "at borgeren kommer i gang med en uddannelse og får et godt netværk";
  s.needed_intervention = "tidsbegrænset bostøtte og et madlavningshold";
  s.expected_duration = "12 måneder";
  s.special.housing = "bor i egen lejlighed; ingen særlige forhold";
  s.special.employment = "ønsker uddannelse som pædagogmedhjælper";
  s.special.personal_help = "ingen";
  s.special.treatment = "samtaler i distriktspsykiatrien";
  s.special.aids = "ingen";
  s.created_with_citizen = created_with_citizen;
  return s;
}

/// The first plan-level follow-up of a plan created on `created` under a 6-month rule.
inline Date first_due(const Date& created, std::int32_t months = 6) {
  return next_working_day(add_months(created, months));
}

/// The date the two whole cases below are meant to be audited on: 13 months after creation,
/// one month after the good case's second follow-up and before its third is due.
inline Date case_audit_date(const Date& created) { return add_months(created, 13); }

/// A recovery-oriented case: every principle "yes" when audited on case_audit_date(created)
/// with the default AuditOptions. Aspirations a1 (dream, samfundsliv) and a2 (hope,
/// relationer); resources r1, r2; network n1 (sister, involved) and n2 (FOF, civil society,
/// involved); goals g1 (education) with sub-goal g1a and g2 (sister), all in the citizen's
/// words; actions act1 (§82b from day 7, builds on r1), act2 (FOF, builds on r2) and act3 (the
/// sister); §141 complete and made with the citizen; follow-ups f1 and f2 held on their due
/// dates with the citizen's view and scored goals; WHO-5 m1 and m2.
inline Plan good_case(std::string id, const Date& created) {
  Plan p = bare_plan(std::move(id), created);
  const Change c = change_on(created);
  add_aspiration(p, aspiration("a1", "Jeg drømmer om at blive pædagog", created,
                               AspirationKind::dream, {FfbTheme::samfundsliv}),
                 c);
  add_aspiration(p, aspiration("a2", "Jeg håber at se min søster igen", created,
                               AspirationKind::hope, {FfbTheme::relationer}),
                 c);
  add_resource(p, resource("r1", "Er god til at lave mad"), c);
  add_resource(p, resource("r2", "Søsteren bakker op", ResourceKind::network), c);
  add_network_member(p, member("n1", "Mette", NetworkRole::relative, true, "søster"), c);
  add_network_member(p, member("n2", "FOF Aftenskole", NetworkRole::civil_society, true,
                               "madlavningshold"),
                     c);
  add_goal(p, goal("g1", "Jeg vil i gang med en uddannelse", {"a1"}, true, FfbTheme::samfundsliv),
           c);
  add_goal(p, sub_goal("g1a", "g1", "Jeg vil besøge pædagogseminariet", add_months(created, 4),
                       FfbTheme::samfundsliv),
           c);
  add_goal(p, goal("g2", "Jeg vil se min søster hver uge", {"a2"}, true, FfbTheme::relationer), c);
  add_action(p, action("act1", "Tidsbegrænset bostøtte", {"g1a"}, staff("Team Vest"),
                       LegalBasis::sel_82b, add_days(created, 7), add_months(created, 6), {"r1"}),
             c);
  add_action(p, action("act2", "Madlavningshold", {"g2"},
                       organisation(PartyKind::civil_society, "FOF Aftenskole"), LegalBasis::other,
                       add_days(created, 14), std::nullopt, {"r2"}),
             c);
  add_action(p, action("act3", "Søsteren deltager i netværksmøder", {"g2"}, network_party("n1"),
                       LegalBasis::other, add_days(created, 21)),
             c);
  set_section141(p, full_section141(true), c);
  const Date m1 = add_days(created, 7);
  record_measurement(p, who5("m1", m1, {2, 2, 3, 2, 2}), change_on(m1));
  const Date f1 = first_due(created);
  record_followup(p, followup("f1", f1, "Det går bedre; jeg ser Mette hver uge",
                              {scored("g1", 4), scored("g2", 6)}),
                  change_on(f1));
  record_measurement(p, who5("m2", f1, {3, 3, 4, 3, 3}), change_on(f1));
  const Date f2 = first_due(f1);
  record_followup(p, followup("f2", f2, "Jeg har søgt ind på uddannelsen",
                              {scored("g1", 6), scored("g2", 8)}),
                  change_on(f2));
  return p;
}

/// A case that is not recovery-oriented: every principle "no" when audited on
/// case_audit_date(created). No aspirations, resources or network; one goal p1 set by the
/// authority (not in the citizen's words, theme sociale-forhold); one action x1 (§107, staff,
/// starting 60 days after creation); §141 with only a purpose, not made with the citizen; no
/// follow-ups and no measurements.
inline Plan poor_case(std::string id, const Date& created) {
  Plan p = bare_plan(std::move(id), created);
  const Change c = change_on(created);
  add_goal(p, goal("p1", "Stabilisering af boligsituationen", {}, false, FfbTheme::sociale_forhold),
           c);
  add_action(p, action("x1", "Midlertidigt botilbud", {"p1"}, staff("Visitationen"),
                       LegalBasis::sel_107, add_days(created, 60)),
             c);
  Section141 s;
  s.purpose = "stabilisering";
  set_section141(p, s, c);
  return p;
}

}  // namespace rorkit::test
