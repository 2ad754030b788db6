// Writing plan documents by appending to one string: no JSON model in between. Known members
// come first, in the order of the C++ fields, then unknown members verbatim in the order they
// were read. Optional values that are empty are left out, and so are optional texts and lists
// that are empty (the reader gives the same defaults back).

#include <simdjson.h>

#include "io/json_write.hpp"
#include "io/plan_json_writer.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit {
namespace plan_json_detail {
namespace {

using Members = std::vector<std::pair<std::string, std::string>>;

// ---- unknown members and stashes ----------------------------------------------------------

// The members of a JSON object given as text (a stash), parsed on this rare path only.
Members object_members(std::string_view json, std::string_view what) {
  simdjson::dom::parser parser;
  simdjson::dom::object obj;
  if (parser.parse(json.data(), json.size()).get(obj) != simdjson::SUCCESS)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "the unknown member \"" + std::string(what) + "\" must hold a JSON object");
  Members out;
  for (auto m : obj) out.emplace_back(std::string(m.key), simdjson::minify(m.value));
  return out;
}

void write_members(Writer& w, const Members& members) {
  for (const auto& [name, raw] : members) {
    w.unknown_key(name);
    w.raw(raw);
  }
}

// The unknown members stashed for a single child object.
void write_stash(Writer& w, const UnknownFields& fields, std::string_view name) {
  if (const std::string* raw = find_unknown(fields, name)) write_members(w, object_members(*raw, name));
}

// A keyed stash (assessments by goal id, measurements by id): key -> the child's members.
Members keyed_stash(const UnknownFields& fields, std::string_view name) {
  const std::string* raw = find_unknown(fields, name);
  return raw ? object_members(*raw, name) : Members{};
}

void write_keyed(Writer& w, const Members& stash, std::string_view key, std::string_view name) {
  for (const auto& [k, raw] : stash)
    if (k == key) write_members(w, object_members(raw, name));
}

// ---- the objects of a plan ----------------------------------------------------------------

void write_citizen(Writer& w, const Citizen& c) {
  w.begin_object();
  w.member("id", c.id);
  w.member_int("municipality", c.municipality);
  if (c.birth_date) w.member("birth_date", *c.birth_date);
  if (c.cpr) w.member("cpr", c.cpr->digits());
  write_unknown(w, c.unknown);
  w.end_object();
}

void write_aspiration(Writer& w, const Aspiration& a) {
  w.begin_object();
  w.member("id", a.id);
  w.code("kind", a.kind);
  w.member("text", a.text);
  w.member("recorded_on", a.recorded_on);
  w.text("recorded_by", a.recorded_by);
  if (!a.themes.empty()) {
    w.key("themes");
    w.begin_array();
    for (FfbTheme t : a.themes) {
      w.next();
      w.str(to_code(t));
    }
    w.end_array();
  }
  write_unknown(w, a.unknown);
  w.end_object();
}

void write_resource(Writer& w, const Resource& r) {
  w.begin_object();
  w.member("id", r.id);
  w.code("kind", r.kind);
  w.member("text", r.text);
  write_unknown(w, r.unknown);
  w.end_object();
}

void write_network_member(Writer& w, const NetworkMember& m) {
  w.begin_object();
  w.member("id", m.id);
  w.member("name", m.name);
  w.code("role", m.role);
  w.text("relation", m.relation);
  w.member("involved", m.involved);
  write_unknown(w, m.unknown);
  w.end_object();
}

void write_target(Writer& w, const GoalTarget& t, const UnknownFields& goal_unknown) {
  w.begin_object();
  w.code("kind", t.kind);
  if (t.value != 0 || t.kind == TargetKind::scale_value) w.member("value", t.value);
  if (t.low != 0 || t.high != 0 || t.kind == TargetKind::range) {
    w.member("low", t.low);
    w.member("high", t.high);
  }
  w.text("code", t.code);
  if (t.change != ChangeType::develop || t.kind == TargetKind::change) w.code("change", t.change);
  w.text("measure", t.measure);
  write_stash(w, goal_unknown, kStashTarget);
  w.end_object();
}

void write_goal(Writer& w, const Goal& g) {
  w.begin_object();
  w.member("id", g.id);
  w.text("parent_id", g.parent_id);
  w.member("text", g.text);
  w.member("citizens_words", g.citizens_words);
  w.strings("aspiration_ids", g.aspiration_ids);
  w.text("no_aspiration_reason", g.no_aspiration_reason);
  if (g.theme) w.code("theme", *g.theme);
  if (g.target != GoalTarget{} || find_unknown(g.unknown, kStashTarget)) {
    w.key("target");
    write_target(w, g.target, g.unknown);
  }
  if (g.start) w.member("start", *g.start);
  if (g.due) w.member("due", *g.due);
  w.code("lifecycle", g.lifecycle);
  if (g.achievement) w.code("achievement", *g.achievement);
  if (g.followup_interval_months) w.member_int("followup_interval_months", *g.followup_interval_months);
  write_unknown(w, g.unknown, kStashTarget);
  w.end_object();
}

void write_action(Writer& w, const Action& a) {
  w.begin_object();
  w.member("id", a.id);
  w.member("text", a.text);
  w.key("responsible");
  w.begin_object();
  w.code("kind", a.responsible.kind);
  w.text("name", a.responsible.name);
  w.text("network_member_id", a.responsible.network_member_id);
  write_stash(w, a.unknown, kStashResponsible);
  w.end_object();
  w.code("legal_basis", a.legal_basis);
  w.text("legal_basis_text", a.legal_basis_text);
  if (a.start) w.member("start", *a.start);
  if (a.end) w.member("end", *a.end);
  w.code("status", a.status);
  w.strings("goal_ids", a.goal_ids);
  if (!a.resource_ids.empty()) w.strings("resource_ids", a.resource_ids);
  write_unknown(w, a.unknown, kStashResponsible);
  w.end_object();
}

void write_followup(Writer& w, const FollowUp& f) {
  w.begin_object();
  w.member("id", f.id);
  w.member("date", f.date);
  w.code("result", f.result);
  w.text("notes", f.notes);
  w.text("citizen_view", f.citizen_view);
  w.text("by", f.by);
  const Members stash = keyed_stash(f.unknown, kStashAssessments);
  w.key("assessments");
  w.begin_array();
  for (const auto& a : f.assessments) {
    w.next();
    w.begin_object();
    w.member("goal_id", a.goal_id);
    if (a.value) w.member("value", *a.value);
    w.text("code", a.code);
    w.text("note", a.note);
    if (!stash.empty()) write_keyed(w, stash, a.goal_id, kStashAssessments);
    w.end_object();
  }
  w.end_array();
  write_unknown(w, f.unknown, kStashAssessments);
  w.end_object();
}

// `stash`: the measurement's unknown members, or null.
void write_measurement(Writer& w, const Measurement& m, const Members* stash, std::string_view stash_key) {
  w.begin_object();
  w.member("id", m.id);
  w.key("instrument");
  w.str(to_string(m.instrument));
  w.member("date", m.date);
  w.key("items");
  w.begin_array();
  for (const auto& item : m.items) {
    w.next();
    if (item)
      w.number(*item);
    else
      w.null();
  }
  w.end_array();
  w.text("recorded_by", m.recorded_by);
  if (!m.areas.empty()) w.strings("areas", m.areas);
  if (stash != nullptr) write_keyed(w, *stash, stash_key, kStashMeasurements);
  w.end_object();
}

void write_section141(Writer& w, const Section141& s) {
  w.begin_object();
  w.member("purpose", s.purpose);
  w.member("needed_intervention", s.needed_intervention);
  w.member("expected_duration", s.expected_duration);
  w.key("special");
  w.begin_object();
  w.member("housing", s.special.housing);
  w.member("employment", s.special.employment);
  w.member("personal_help", s.special.personal_help);
  w.member("treatment", s.special.treatment);
  w.member("aids", s.special.aids);
  write_stash(w, s.unknown, kStashSpecial);
  w.end_object();
  w.member("created_with_citizen", s.created_with_citizen);
  write_unknown(w, s.unknown, kStashSpecial);
  w.end_object();
}

void write_followup_rule(Writer& w, const FollowUpRule& r, const UnknownFields& holder, std::string_view stash) {
  w.begin_object();
  w.member_int("interval_months", r.interval_months);
  write_stash(w, holder, stash);
  w.end_object();
}

void write_plan(Writer& w, const Plan& plan, bool history);

void write_event(Writer& w, const PlanEvent& e) {
  w.begin_object();
  w.key("seq");
  w.uinteger(e.seq);
  w.member("at", e.at.str());
  w.member("by", e.by);
  w.member("why", e.why);
  w.code("op", e.op);
  if (e.collection) w.code("collection", *e.collection);
  w.text("target_id", e.target_id);
  if (!std::holds_alternative<std::monostate>(e.payload)) {
    w.key("payload");
    std::visit(
        [&](const auto& p) {
          using T = std::decay_t<decltype(p)>;
          if constexpr (std::is_same_v<T, PlanHeader>) {
            w.begin_object();
            w.member("id", p.id);
            w.member("created", p.created);
            w.key("citizen");
            write_citizen(w, p.citizen);
            write_stash(w, e.unknown, kStashPayload);
            w.end_object();
          } else if constexpr (std::is_same_v<T, PlanSnapshot>) {
            if (!p.plan) fail(RORKIT_ERROR_INVALID_ARGUMENT, "a snapshot event without a plan");
            write_plan(w, *p.plan, false);
          } else if constexpr (std::is_same_v<T, Citizen>) {
            write_citizen(w, p);
          } else if constexpr (std::is_same_v<T, Aspiration>) {
            write_aspiration(w, p);
          } else if constexpr (std::is_same_v<T, Resource>) {
            write_resource(w, p);
          } else if constexpr (std::is_same_v<T, NetworkMember>) {
            write_network_member(w, p);
          } else if constexpr (std::is_same_v<T, Goal>) {
            write_goal(w, p);
          } else if constexpr (std::is_same_v<T, Action>) {
            write_action(w, p);
          } else if constexpr (std::is_same_v<T, FollowUp>) {
            write_followup(w, p);
          } else if constexpr (std::is_same_v<T, Measurement>) {
            const std::string* raw = find_unknown(e.unknown, kStashPayload);
            Members stash;
            if (raw) stash.emplace_back(p.id, *raw);  // the payload stash is the measurement's own
            write_measurement(w, p, raw ? &stash : nullptr, p.id);
          } else if constexpr (std::is_same_v<T, Section141>) {
            write_section141(w, p);
          } else if constexpr (std::is_same_v<T, FollowUpRule>) {
            write_followup_rule(w, p, e.unknown, kStashPayload);
          } else if constexpr (std::is_same_v<T, GoalTransition>) {
            w.begin_object();
            w.code("from", p.from);
            w.code("to", p.to);
            write_stash(w, e.unknown, kStashPayload);
            w.end_object();
          }
        },
        e.payload);
  }
  write_unknown(w, e.unknown, kStashPayload);
  w.end_object();
}

void write_plan(Writer& w, const Plan& plan, bool history) {
  w.begin_object();
  w.member("format", plan_format_name);
  w.member_int("format_version", plan_format_version);
  w.member("id", plan.id);
  w.member("created", plan.created);
  w.key("citizen");
  write_citizen(w, plan.citizen);
  write_list(w, "aspirations", plan.aspirations, write_aspiration);
  write_list(w, "resources", plan.resources, write_resource);
  write_list(w, "network", plan.network, write_network_member);
  write_list(w, "goals", plan.goals, write_goal);
  write_list(w, "actions", plan.actions, write_action);
  w.key("section141");
  write_section141(w, plan.section141);
  w.key("followup_rule");
  write_followup_rule(w, plan.followup_rule, plan.unknown, kStashFollowupRule);
  write_list(w, "followups", plan.followups, write_followup);
  const Members stash = keyed_stash(plan.unknown, kStashMeasurements);
  write_list(w, "measurements", plan.measurements, [&](Writer& ww, const Measurement& m) {
    write_measurement(ww, m, stash.empty() ? nullptr : &stash, m.id);
  });
  if (history) write_list(w, "history", plan.history, write_event);
  write_unknown(w, plan.unknown, kStashFollowupRule, kStashMeasurements);
  w.end_object();
}

}  // namespace
}  // namespace plan_json_detail

std::string plan_to_json(const Plan& plan, const PlanJsonOptions& options) {
  using namespace plan_json_detail;
  // A rough size from the counts saves most reallocations of a large plan.
  std::size_t entries = plan.aspirations.size() + plan.resources.size() + plan.network.size() +
                        plan.goals.size() + plan.actions.size() + plan.followups.size() +
                        plan.measurements.size();
  std::size_t events = options.include_history ? plan.history.size() : 0;
  std::string out;
  out.reserve(1024 + 320 * entries + 400 * events);
  Writer w(out, options.pretty);
  write_plan(w, plan, options.include_history);
  if (options.pretty) out += '\n';
  return out;
}

std::string entry_to_json(const PlanPayload& entry) {
  using namespace plan_json_detail;
  std::string out;
  out.reserve(512);
  Writer w(out, false);
  std::visit(
      [&](const auto& p) {
        using T = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<T, Aspiration>) write_aspiration(w, p);
        else if constexpr (std::is_same_v<T, Resource>) write_resource(w, p);
        else if constexpr (std::is_same_v<T, NetworkMember>) write_network_member(w, p);
        else if constexpr (std::is_same_v<T, Goal>) write_goal(w, p);
        else if constexpr (std::is_same_v<T, Action>) write_action(w, p);
        else if constexpr (std::is_same_v<T, FollowUp>) write_followup(w, p);
        else if constexpr (std::is_same_v<T, Measurement>) write_measurement(w, p, nullptr, {});
        else if constexpr (std::is_same_v<T, Citizen>) write_citizen(w, p);
        else if constexpr (std::is_same_v<T, Section141>) write_section141(w, p);
        else fail(RORKIT_ERROR_INVALID_ARGUMENT, "entry_to_json takes an entry of a plan's lists (or a citizen or §141)");
      },
      entry);
  return out;
}

}  // namespace rorkit
