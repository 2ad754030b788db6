// Entry rules. Each failure names the entry and the field, and uses the status a caller can act
// on: DANGLING_REFERENCE for ids that point at nothing, VALIDATION for broken rules, DATE_ORDER
// for reversed dates, INVALID_UTF8 for bad text.

#include "plan/checks.hpp"

#include "core/text.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/plan/edit.hpp"

namespace rorkit::plan_detail {
namespace {

std::string singular(Collection c) {
  switch (c) {
    case Collection::aspirations: return "aspiration";
    case Collection::resources: return "resource";
    case Collection::network: return "network member";
    case Collection::goals: return "goal";
    case Collection::actions: return "action";
    case Collection::followups: return "follow-up";
    case Collection::measurements: return "measurement";
  }
  return "entry";
}

// Checks run on every entry of every plan that is read, and almost always pass, so the names
// used in messages are built only when a check fails: Who/What hold views, not strings.
struct What {
  Collection c;
  std::string_view id;
  std::string_view field;  ///< ": text", ": target.code" ...
  Texts texts;
  [[nodiscard]] std::string str() const { return label(c, id) + std::string(field); }
};

struct Who {
  Collection c;
  std::string_view id;
  Texts texts;
  [[nodiscard]] std::string str() const { return label(c, id); }
  What operator+(std::string_view field) const { return What{c, id, field, texts}; }
  [[nodiscard]] bool utf8_ok(std::string_view s) const {
    return texts == Texts::known_utf8 || is_valid_utf8(s);
  }
};

void text(const std::string& s, const What& what) {
  if (what.texts == Texts::check_utf8 && !is_valid_utf8(s)) require_utf8(s, what.str());
}

void required_text(const std::string& s, const What& what) {
  text(s, what);
  if (text::is_blank(s))
    fail(RORKIT_ERROR_VALIDATION, what.str() + ": is empty");
}

void date(const Date& d, const What& what) {
  if (!is_valid(d)) require_valid(d, what.str());
}

void date(const std::optional<Date>& d, const What& what) {
  if (d) date(*d, what);
}

void order(const std::optional<Date>& first, const std::optional<Date>& last, const Who& who,
           const char* first_name, const char* last_name) {
  if (first && last && *last < *first)
    fail(RORKIT_ERROR_DATE_ORDER, who.str() + ": " + last_name + " " + last->iso() +
                                      " is before " + first_name + " " + first->iso());
}

template <class Find>
void reference(const Who& who, std::string_view field, const std::string& id, Find&& exists,
               const char* what_it_must_be, const Plan& plan) {
  if (!exists(id))
    fail(RORKIT_ERROR_DANGLING_REFERENCE, who.str() + ": " + std::string(field) + ": \"" + id +
                                              "\" is not " + what_it_must_be + " of plan \"" +
                                              plan.id + "\"");
}

}  // namespace

std::string label(Collection c, std::string_view id) {
  return singular(c) + " \"" + std::string(id) + "\"";
}

void check_id(Collection c, std::string_view id) {
  if (!is_valid_id(id)) {
    std::string shown = is_valid_utf8(id) ? std::string(id.substr(0, 70)) : "(not UTF-8)";
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         singular(c) + " id \"" + shown +
             "\" is not 1-64 characters from A-Z a-z 0-9 - _ . :");
  }
}

void check_citizen(const Citizen& c) {
  if (!is_valid_id(c.id))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "citizen id must be 1-64 characters from A-Z a-z 0-9 - _ . : (a pseudonym, never a CPR "
         "number)");
  municipality_by_code(c.municipality);  // NOT_FOUND names the code
  if (c.birth_date && !is_valid(*c.birth_date)) require_valid(*c.birth_date, "citizen: birth_date");
}

void check_entry(const Plan&, const Aspiration& a, Texts texts) {
  const Who who{Collection::aspirations, a.id, texts};
  check_id(Collection::aspirations, a.id);
  required_text(a.text, who + ": text");
  text(a.recorded_by, who + ": recorded_by");
  date(a.recorded_on, who + ": recorded_on");
}

void check_entry(const Plan&, const Resource& r, Texts texts) {
  const Who who{Collection::resources, r.id, texts};
  check_id(Collection::resources, r.id);
  required_text(r.text, who + ": text");
}

void check_entry(const Plan&, const NetworkMember& m, Texts texts) {
  const Who who{Collection::network, m.id, texts};
  check_id(Collection::network, m.id);
  required_text(m.name, who + ": name");
  text(m.relation, who + ": relation");
}

void check_entry(const Plan& plan, const Goal& g, Texts texts) {
  const Who who{Collection::goals, g.id, texts};
  check_id(Collection::goals, g.id);
  required_text(g.text, who + ": text");
  text(g.no_aspiration_reason, who + ": no_aspiration_reason");
  text(g.target.code, who + ": target.code");
  text(g.target.measure, who + ": target.measure");
  if (!g.parent_id.empty()) {
    if (g.parent_id == g.id) fail(RORKIT_ERROR_VALIDATION, who.str() + ": parent_id: is the goal itself");
    const Goal* parent = plan.find_goal(g.parent_id);
    if (parent == nullptr)
      fail(RORKIT_ERROR_DANGLING_REFERENCE,
           who.str() + ": parent_id: \"" + g.parent_id + "\" is not a goal of plan \"" + plan.id + "\"");
    if (!parent->parent_id.empty())
      fail(RORKIT_ERROR_VALIDATION, who.str() + ": parent_id: \"" + g.parent_id +
                                        "\" is itself a sub-goal; sub-goals belong to a long-term "
                                        "goal");
  }
  for (const auto& a : g.aspiration_ids)
    reference(who, "aspiration_ids", a, [&](const std::string& i) { return plan.find_aspiration(i); },
              "an aspiration", plan);
  // A goal of a sub-goal inherits its parent's aspirations, so only long-term goals must trace.
  if (g.parent_id.empty() && g.aspiration_ids.empty() &&
      g.no_aspiration_reason.find_first_not_of(" \t") == std::string::npos)
    fail(RORKIT_ERROR_VALIDATION,
         who.str() + ": traces to no aspiration (aspiration_ids is empty) and gives no "
               "no_aspiration_reason; a goal follows the citizen's hopes, wishes and dreams or "
               "says why not");
  date(g.start, who + ": start");
  date(g.due, who + ": due");
  order(g.start, g.due, who, "start", "due");
  if (g.followup_interval_months && (*g.followup_interval_months < 1 || *g.followup_interval_months > 60))
    fail(RORKIT_ERROR_OUT_OF_RANGE, who.str() + ": followup_interval_months: " +
                                        std::to_string(*g.followup_interval_months) +
                                        " is not 1-60");
  if (g.target.kind == TargetKind::range && g.target.high < g.target.low)
    fail(RORKIT_ERROR_VALIDATION, who.str() + ": target: high " + std::to_string(g.target.high) +
                                      " is below low " + std::to_string(g.target.low));
  if (g.target.kind == TargetKind::code && g.target.code.empty())
    fail(RORKIT_ERROR_VALIDATION, who.str() + ": target.code: is empty for a code target");
}

void check_entry(const Plan& plan, const Action& a, Texts texts) {
  const Who who{Collection::actions, a.id, texts};
  check_id(Collection::actions, a.id);
  required_text(a.text, who + ": text");
  text(a.legal_basis_text, who + ": legal_basis_text");
  text(a.responsible.name, who + ": responsible.name");
  if (a.goal_ids.empty())
    fail(RORKIT_ERROR_VALIDATION, who.str() + ": goal_ids: is empty; an action serves at least one goal");
  for (const auto& g : a.goal_ids)
    reference(who, "goal_ids", g, [&](const std::string& i) { return plan.find_goal(i); }, "a goal",
              plan);
  for (const auto& r : a.resource_ids)
    reference(who, "resource_ids", r, [&](const std::string& i) { return plan.find_resource(i); },
              "a resource", plan);
  if (a.responsible.kind == PartyKind::network_member) {
    if (a.responsible.network_member_id.empty())
      fail(RORKIT_ERROR_VALIDATION,
           who.str() + ": responsible.network_member_id: is empty for a network-member party");
    reference(who, "responsible.network_member_id", a.responsible.network_member_id,
              [&](const std::string& i) { return plan.find_network_member(i); },
              "a network member", plan);
  }
  if ((a.responsible.kind == PartyKind::staff || a.responsible.kind == PartyKind::civil_society ||
       a.responsible.kind == PartyKind::employer_education) &&
      a.responsible.name.find_first_not_of(" \t") == std::string::npos)
    fail(RORKIT_ERROR_VALIDATION, who.str() + ": responsible.name: is empty for a " +
                                      std::string(to_code(a.responsible.kind)) + " party");
  if (a.legal_basis == LegalBasis::other &&
      a.legal_basis_text.find_first_not_of(" \t") == std::string::npos)
    fail(RORKIT_ERROR_VALIDATION,
         who.str() + ": legal_basis_text: is empty; say which basis when legal_basis is \"other\"");
  date(a.start, who + ": start");
  date(a.end, who + ": end");
  order(a.start, a.end, who, "start", "end");
}

void check_entry(const Plan& plan, const FollowUp& f, Texts texts) {
  const Who who{Collection::followups, f.id, texts};
  check_id(Collection::followups, f.id);
  date(f.date, who + ": date");
  text(f.notes, who + ": notes");
  text(f.citizen_view, who + ": citizen_view");
  text(f.by, who + ": by");
  for (std::size_t i = 0; i < f.assessments.size(); ++i) {
    const auto& a = f.assessments[i];
    if (plan.find_goal(a.goal_id) == nullptr)
      reference(who, "assessments[" + std::to_string(i) + "].goal_id", a.goal_id,
                [&](const std::string& g) { return plan.find_goal(g); }, "a goal", plan);
    if (!who.utf8_ok(a.code))
      require_utf8(a.code, who.str() + ": assessments[" + std::to_string(i) + "].code");
    if (!who.utf8_ok(a.note))
      require_utf8(a.note, who.str() + ": assessments[" + std::to_string(i) + "].note");
    for (std::size_t j = 0; j < i; ++j)
      if (f.assessments[j].goal_id == a.goal_id)
        fail(RORKIT_ERROR_DUPLICATE, who.str() + ": assessments: goal \"" + a.goal_id +
                                         "\" is assessed twice");
  }
}

void check_entry(const Plan&, const Measurement& m, Texts texts) {
  const Who who{Collection::measurements, m.id, texts};
  check_id(Collection::measurements, m.id);
  date(m.date, who + ": date");
  text(m.recorded_by, who + ": recorded_by");
  for (const auto& area : m.areas) text(area, who + ": areas");
  try {
    (void)score(m.instrument, m.items);
  } catch (const Error& e) {
    fail(e.status(), who.str() + ": " + e.what());
  }
}

void check_section141(const Section141& s, Texts texts) {
  if (texts == Texts::known_utf8) return;
  for (const auto& [value, name] :
       {std::pair{&s.purpose, "purpose"}, {&s.needed_intervention, "needed_intervention"},
        {&s.expected_duration, "expected_duration"}, {&s.special.housing, "special.housing"},
        {&s.special.employment, "special.employment"},
        {&s.special.personal_help, "special.personal_help"},
        {&s.special.treatment, "special.treatment"}, {&s.special.aids, "special.aids"}})
    if (!is_valid_utf8(*value)) require_utf8(*value, std::string("section141: ") + name);
}

void check_followup_rule(const FollowUpRule& r) {
  if (r.interval_months < 1 || r.interval_months > 60)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "followup_rule: interval_months: " +
                                        std::to_string(r.interval_months) + " is not 1-60");
}

std::string referrers(const Plan& plan, Collection c, std::string_view id) {
  std::vector<std::string> found;
  auto add = [&](const std::string& what) { found.push_back(what); };
  switch (c) {
    case Collection::aspirations:
      for (const auto& g : plan.goals)
        for (const auto& a : g.aspiration_ids)
          if (a == id) add(label(Collection::goals, g.id));
      break;
    case Collection::resources:
      for (const auto& a : plan.actions)
        for (const auto& r : a.resource_ids)
          if (r == id) add(label(Collection::actions, a.id));
      break;
    case Collection::network:
      for (const auto& a : plan.actions)
        if (a.responsible.network_member_id == id) add(label(Collection::actions, a.id));
      break;
    case Collection::goals:
      for (const auto& g : plan.goals)
        if (g.parent_id == id) add(label(Collection::goals, g.id));
      for (const auto& a : plan.actions)
        for (const auto& g : a.goal_ids)
          if (g == id) add(label(Collection::actions, a.id));
      for (const auto& f : plan.followups)
        for (const auto& a : f.assessments)
          if (a.goal_id == id) add(label(Collection::followups, f.id));
      break;
    default: break;
  }
  std::string out;
  for (const auto& f : found) out += (out.empty() ? "" : ", ") + f;
  return out;
}

}  // namespace rorkit::plan_detail
