// FHIR R4 export: the Bundle, the Patient and the CarePlan, and the naming and JSON helpers the
// other fhir_*.cpp files share. Not a hot path: nlohmann's ordered_json keeps the member order
// FHIR's own examples use, which makes the output easy to read and to diff.

#include "rorkit/io/fhir.hpp"

#include <algorithm>

#include "io/fhir_detail.hpp"
#include "io/json_text.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/plan/edit.hpp"

namespace rorkit {
namespace fhir_detail {
namespace {

std::string_view kind_name(Kind kind) noexcept {
  switch (kind) {
    case Kind::patient: return "patient";
    case Kind::care_plan: return "careplan";
    case Kind::aspiration: return "aspiration";
    case Kind::goal: return "goal";
    case Kind::action: return "action";
    case Kind::followup: return "followup";
    case Kind::measurement: return "measurement";
  }
  return "entry";
}

bool has_space(std::string_view s) noexcept {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  });
}

std::string checked_base_url(std::string url) {
  require_utf8(url, "fhir: base_url");
  while (!url.empty() && url.back() == '/') url.pop_back();
  if (url.empty()) return url;
  const auto scheme_end = url.find("://");
  const bool scheme_ok =
      scheme_end != std::string::npos && scheme_end > 0 &&
      std::all_of(url.begin(), url.begin() + static_cast<std::ptrdiff_t>(scheme_end), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '+' || c == '-' || c == '.';
      });
  if (!scheme_ok || scheme_end + 3 >= url.size() || has_space(url))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "fhir: base_url \"" + url +
                                            "\" is not an absolute URL such as "
                                            "https://fhir.example.dk/fhir");
  return url;
}

std::string checked_identifier_prefix(const std::string& prefix) {
  require_utf8(prefix, "fhir: identifier_system");
  if (prefix.empty() || has_space(prefix) || prefix.find(':') == std::string::npos)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "fhir: identifier_system \"" + prefix +
                                            "\" is not a URI such as urn:rorkit");
  return prefix;
}

}  // namespace

std::string_view resource_type(Kind kind) noexcept {
  switch (kind) {
    case Kind::patient: return "Patient";
    case Kind::care_plan: return "CarePlan";
    case Kind::aspiration:
    case Kind::goal: return "Goal";
    case Kind::action: return "Task";
    case Kind::followup:
    case Kind::measurement: return "Observation";
  }
  return "Basic";
}

Context::Context(const Plan& plan, const FhirOptions& options)
    : plan_(plan),
      base_url_(checked_base_url(options.base_url)),
      identifier_prefix_(checked_identifier_prefix(options.identifier_system)) {}

// Names (docs/fhir.md): "citizen/<citizen id>", "plan/<plan id>" and
// "plan/<plan id>/<kind>/<entry id>". Ids never contain '/', so the names cannot collide.
std::string Context::id(Kind kind, std::string_view entry_id) const {
  if (kind == Kind::patient) return fhir_resource_uuid("citizen/" + plan_.citizen.id);
  std::string name = "plan/" + plan_.id;
  if (kind != Kind::care_plan) {
    name += '/';
    name += kind_name(kind);
    name += '/';
    name += entry_id;
  }
  return fhir_resource_uuid(name);
}

std::string Context::url(Kind kind, std::string_view entry_id) const {
  const std::string uuid = id(kind, entry_id);
  if (base_url_.empty()) return "urn:uuid:" + uuid;
  return base_url_ + "/" + std::string(resource_type(kind)) + "/" + uuid;
}

ordered_json Context::ref(Kind kind, std::string_view entry_id, std::string_view display) const {
  ordered_json r = {{"reference", url(kind, entry_id)}};
  put(r, "display", display);
  return r;
}

ordered_json Context::identifier(std::string_view suffix, std::string_view value) const {
  return {{"system", identifier_prefix_ + ":" + std::string(suffix)}, {"value", value}};
}

std::string Context::entry_system(Collection c) const {
  return identifier_prefix_ + ":plan:" + plan_.id + ":" + std::string(to_code(c));
}

ordered_json Context::entry_identifier(Collection c, std::string_view id) const {
  return {{"system", entry_system(c)}, {"value", id}};
}

bool is_fhir_code(std::string_view s) noexcept {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  char previous = 'x';
  for (char c : s) {
    if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) return false;
    previous = c;
  }
  return true;
}

ordered_json coding(std::string_view system, std::string_view code, std::string_view display) {
  ordered_json c = {{"system", system}, {"code", code}};
  put(c, "display", display);
  return c;
}

ordered_json concept_of(std::string_view system, std::string_view code, std::string_view display,
                        std::string_view text) {
  return concept(ordered_json::array({coding(system, code, display)}), text);
}

ordered_json concept(ordered_json codings, std::string_view text) {
  ordered_json c = ordered_json::object();
  if (!codings.empty()) c["coding"] = std::move(codings);
  put(c, "text", text);
  return c;
}

void put(ordered_json& j, const char* key, std::string_view value) {
  if (!value.empty()) j[key] = value;
}

ordered_json annotation(std::string_view text, const ordered_json& author) {
  ordered_json a = ordered_json::object();
  if (!author.is_null()) a["authorReference"] = author;
  a["text"] = text;
  return a;
}

ordered_json patient(const Context& cx, bool include_cpr) {
  const Citizen& c = cx.plan().citizen;
  ordered_json ids = ordered_json::array({cx.identifier("citizen-id", c.id)});
  if (include_cpr && c.cpr && !c.cpr->digits().empty())
    ids.push_back({{"use", "official"}, {"system", sys::cpr}, {"value", c.cpr->digits()}});
  ordered_json p = {{"resourceType", "Patient"}, {"id", cx.id(Kind::patient)}, {"identifier", ids}};
  if (c.birth_date) p["birthDate"] = c.birth_date->iso();
  const Municipality& m = municipality_by_code(c.municipality);
  p["managingOrganization"] = {
      {"display", std::string(m.name) + " (kommunekode " + m.code3() + ")"}};
  return p;
}

namespace {

// Completed when the latest follow-up ended the plan (as next_followup_due reads it) or when
// every goal has reached a state it never leaves; a plan without goals is still being made.
std::string_view care_plan_status(const Plan& plan) {
  const FollowUp* latest = nullptr;
  for (const auto& f : plan.followups)
    if (latest == nullptr || latest->date <= f.date) latest = &f;
  if (latest != nullptr && latest->result == FollowUpResult::end) return "completed";
  const bool all_terminal = std::all_of(plan.goals.begin(), plan.goals.end(),
                                        [](const Goal& g) { return is_terminal(g.lifecycle); });
  return !plan.goals.empty() && all_terminal ? "completed" : "active";
}

void section_note(ordered_json& notes, std::string_view label, const std::string& value) {
  if (!value.empty()) notes.push_back(annotation(std::string(label) + ": " + value));
}

}  // namespace

ordered_json care_plan(const Context& cx) {
  const Plan& p = cx.plan();
  const Section141& s = p.section141;
  ordered_json cp = {{"resourceType", "CarePlan"},
                     {"id", cx.id(Kind::care_plan)},
                     {"identifier", ordered_json::array({cx.identifier("plan-id", p.id)})},
                     {"status", care_plan_status(p)},
                     {"intent", "plan"},
                     {"title", "Handleplan (SEL §141)"}};
  put(cp, "description", s.purpose);
  cp["subject"] = cx.ref(Kind::patient);
  cp["period"] = {{"start", p.created.iso()}};
  cp["created"] = p.created.iso();
  if (s.created_with_citizen) cp["contributor"] = ordered_json::array({cx.ref(Kind::patient)});
  ordered_json goals = ordered_json::array();
  for (const auto& a : p.aspirations) goals.push_back(cx.ref(Kind::aspiration, a.id));
  for (const auto& g : p.goals) goals.push_back(cx.ref(Kind::goal, g.id));
  if (!goals.empty()) cp["goal"] = std::move(goals);
  ordered_json activities = ordered_json::array();
  for (const auto& a : p.actions) activities.push_back({{"reference", cx.ref(Kind::action, a.id)}});
  if (!activities.empty()) cp["activity"] = std::move(activities);
  ordered_json notes = ordered_json::array();
  section_note(notes, "Nødvendig indsats (SEL §141 stk. 3 nr. 2)", s.needed_intervention);
  section_note(notes, "Forventet varighed (SEL §141 stk. 3 nr. 3)", s.expected_duration);
  section_note(notes, "Særlige forhold, bolig (SEL §141 stk. 3 nr. 4)", s.special.housing);
  section_note(notes, "Særlige forhold, beskæftigelse (SEL §141 stk. 3 nr. 4)",
               s.special.employment);
  section_note(notes, "Særlige forhold, personlig hjælp (SEL §141 stk. 3 nr. 4)",
               s.special.personal_help);
  section_note(notes, "Særlige forhold, behandling (SEL §141 stk. 3 nr. 4)", s.special.treatment);
  section_note(notes, "Særlige forhold, hjælpemidler (SEL §141 stk. 3 nr. 4)", s.special.aids);
  if (!notes.empty()) cp["note"] = std::move(notes);
  return cp;
}

}  // namespace fhir_detail

std::string plan_to_fhir(const Plan& plan, const FhirOptions& options) {
  using namespace fhir_detail;
  // An inconsistent plan (dangling ids, unscorable measurements) would give dangling
  // references; refuse it with the errors the edits give.
  check_plan(plan);
  const Context cx(plan, options);
  const std::string timestamp = options.timestamp.empty()
                                    ? Timestamp::now().str()
                                    : Timestamp::parse(options.timestamp).str();

  ordered_json entries = ordered_json::array();
  auto add = [&](Kind kind, std::string_view entry_id, ordered_json resource) {
    entries.push_back({{"fullUrl", cx.url(kind, entry_id)}, {"resource", std::move(resource)}});
  };
  add(Kind::patient, {}, patient(cx, options.include_cpr));
  add(Kind::care_plan, {}, care_plan(cx));
  for (const auto& a : plan.aspirations) add(Kind::aspiration, a.id, aspiration_goal(cx, a));
  for (const auto& g : plan.goals) add(Kind::goal, g.id, plan_goal(cx, g));
  for (const auto& a : plan.actions) add(Kind::action, a.id, task(cx, a));
  for (const auto& f : plan.followups) add(Kind::followup, f.id, followup_observation(cx, f));
  for (const auto& m : plan.measurements)
    add(Kind::measurement, m.id, measurement_observation(cx, m));

  const std::string bundle_id = fhir_resource_uuid("plan/" + plan.id + "/bundle/" + timestamp);
  const ordered_json bundle = {{"resourceType", "Bundle"},
                               {"id", bundle_id},
                               {"type", "collection"},
                               {"timestamp", timestamp},
                               {"entry", std::move(entries)}};
  return io_detail::json_text(bundle, options.pretty);
}

}  // namespace rorkit
