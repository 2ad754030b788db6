// FHIR R4 export: the structure of the Bundle (one resource per entry, references that resolve,
// goal relationships, achievement codes), privacy (no CPR unless asked), determinism and Danish
// text. Validation against the official R4 JSON Schema is tests/python/test_fhir_schema.py.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "io/fhir_detail.hpp"
#include "rorkit/io/fhir.hpp"
#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/followup.hpp"
#include "support/errors.hpp"

namespace test_fhir {

using namespace rorkit;
using nlohmann::json;
using rorkit::test::status_of;

namespace {

constexpr const char* stamp = "2026-09-01T08:00:00Z";

struct Clock {
  int minute = 0;
  Change next() {
    ++minute;
    char at[32];
    std::snprintf(at, sizeof at, "2026-01-15T%02d:%02d:00Z", 8 + minute / 60, minute % 60);
    return Change{"sagsbehandler-3", Timestamp::parse(at), "test"};
  }
};

Citizen citizen() {
  Citizen c;
  c.id = "borger-0042";
  c.municipality = 751;
  c.birth_date = Date{1990, 5, 17};
  c.cpr = Cpr::parse("1705901234");
  return c;
}

Goal goal(const char* id, const char* text, std::vector<std::string> aspirations,
          const char* parent = "") {
  Goal g;
  g.id = id;
  g.text = text;
  g.aspiration_ids = std::move(aspirations);
  g.parent_id = parent;
  return g;
}

// Two aspirations, a long-term goal with two sub-goals and a second long-term goal, two actions,
// a follow-up and two measurements.
Plan sample(Clock& t) {
  Plan p = new_plan("plan-7", citizen(), Date{2026, 1, 15}, t.next());
  Aspiration a1;
  a1.id = "a1";
  a1.kind = AspirationKind::dream;
  a1.text = "Jeg drømmer om at få en kæreste og gå på café – uden at være bange";
  a1.recorded_on = Date{2026, 1, 15};
  a1.themes = {FfbTheme::relationer, FfbTheme::mentale_funktioner};
  add_aspiration(p, a1, t.next());
  Aspiration a2 = a1;
  a2.id = "a2";
  a2.kind = AspirationKind::wish;
  a2.text = "Jeg ønsker et job i en gårdbutik";
  a2.themes = {};
  add_aspiration(p, a2, t.next());

  Goal g1 = goal("g1", "Gå på café med en veninde hver uge", {"a1"});
  g1.target.kind = TargetKind::scale_value;
  g1.target.value = 7;
  g1.target.measure = "egen vurdering 1-10";
  g1.citizens_words = true;
  g1.due = Date{2026, 12, 1};
  add_goal(p, g1, t.next());
  Goal s1 = goal("s1", "Finde en café tæt på", {}, "g1");
  s1.target.kind = TargetKind::code;
  s1.target.code = "cafe-fundet";
  add_goal(p, s1, t.next());
  add_goal(p, goal("s2", "Øve samtaler med bostøtten", {}, "g1"), t.next());
  Goal g2 = goal("g2", "Praktik i en gårdbutik", {"a2"});
  g2.target.kind = TargetKind::change;
  g2.target.change = ChangeType::maintain;
  add_goal(p, g2, t.next());

  Action x1;
  x1.id = "x1";
  x1.text = "Bostøtte følger med på café de første gange";
  x1.legal_basis = LegalBasis::sel_85;
  x1.goal_ids = {"s1", "s2"};
  x1.responsible = Party{PartyKind::staff, "Bostøtte Jens", ""};
  x1.status = ActionStatus::active;
  x1.start = Date{2026, 2, 1};
  add_action(p, x1, t.next());
  Action x2 = x1;
  x2.id = "x2";
  x2.text = "Borgeren ringer selv til gårdbutikken";
  x2.goal_ids = {"g2"};
  x2.responsible = Party{PartyKind::citizen, "", ""};
  x2.status = ActionStatus::planned;
  add_action(p, x2, t.next());

  FollowUp f;
  f.id = "f1";
  f.date = Date{2026, 6, 1};
  f.result = FollowUpResult::change;
  f.notes = "Caféturene går godt.";
  f.citizen_view = "Jeg er stolt af mig selv.";
  f.by = "Sagsbehandler Maja";
  f.assessments = {GoalAssessment{"g1", 8.0, "", "over målet"},
                   GoalAssessment{"s1", std::nullopt, "cafe-fundet", ""}};
  record_followup(p, f, t.next());

  Measurement m;
  m.id = "m1";
  m.instrument = InstrumentId::who5;
  m.date = Date{2026, 2, 1};
  m.items = {2, 1, 2, 1, 2};
  record_measurement(p, m, t.next());
  m.id = "m2";
  m.date = Date{2026, 6, 1};
  m.items = {3, 4, 3, 4, 3};
  record_measurement(p, m, t.next());
  return p;
}

json export_json(const Plan& p, FhirOptions o = {}) {
  if (o.timestamp.empty()) o.timestamp = stamp;
  return json::parse(plan_to_fhir(p, o));
}

std::vector<json> resources(const json& bundle, const std::string& type) {
  std::vector<json> out;
  for (const auto& e : bundle["entry"])
    if (e["resource"]["resourceType"] == type) out.push_back(e["resource"]);
  return out;
}

// The resource whose first identifier has this value (entry ids are unique per collection, and
// the tests use distinct ids across collections).
json by_id(const json& bundle, const std::string& type, const std::string& value) {
  for (const auto& r : resources(bundle, type))
    if (r.contains("identifier") && r["identifier"][0]["value"] == value) return r;
  FAIL("no " << type << " with identifier " << value);
  return {};
}

std::string url_of(const json& bundle, const json& resource) {
  for (const auto& e : bundle["entry"])
    if (e["resource"]["id"] == resource["id"]) return e["fullUrl"];
  return "";
}

void collect_references(const json& j, std::vector<std::string>& out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "reference" && it->is_string()) out.push_back(*it);
      collect_references(*it, out);
    }
  } else if (j.is_array()) {
    for (const auto& x : j) collect_references(x, out);
  }
}

std::vector<std::string> milestones(const json& goal) {
  std::vector<std::string> out;
  if (!goal.contains("extension")) return out;
  for (const auto& ext : goal["extension"]) {
    if (ext["url"] != "http://hl7.org/fhir/StructureDefinition/goal-relationship") continue;
    std::string type, target;
    for (const auto& part : ext["extension"]) {
      if (part["url"] == "type") type = part["valueCodeableConcept"]["coding"][0]["code"];
      if (part["url"] == "target") target = part["valueReference"]["reference"];
    }
    if (type == "milestone") out.push_back(target);
  }
  return out;
}

bool has_coding(const json& concept, const std::string& system, const std::string& code) {
  if (!concept.contains("coding")) return false;
  for (const auto& c : concept["coding"])
    if (c["system"] == system && c["code"] == code) return true;
  return false;
}

}  // namespace

TEST_CASE("fhir: a plan becomes a collection Bundle with one resource per entry", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  const json b = export_json(p);
  CHECK(b["resourceType"] == "Bundle");
  CHECK(b["type"] == "collection");
  CHECK(b["timestamp"] == stamp);
  CHECK(b["entry"].size() == 1 + 1 + 2 + 4 + 2 + 1 + 2);
  CHECK(resources(b, "Patient").size() == 1);
  CHECK(resources(b, "CarePlan").size() == 1);
  CHECK(resources(b, "Goal").size() == p.aspirations.size() + p.goals.size());
  CHECK(resources(b, "Task").size() == p.actions.size());
  CHECK(resources(b, "Observation").size() == p.followups.size() + p.measurements.size());

  const json plan = resources(b, "CarePlan")[0];
  CHECK(plan["status"] == "active");
  CHECK(plan["intent"] == "plan");
  CHECK(plan["created"] == "2026-01-15");
  CHECK(plan["period"]["start"] == "2026-01-15");
  CHECK(plan["goal"].size() == 6);
  CHECK(plan["activity"].size() == 2);
  CHECK(plan["identifier"][0]["value"] == "plan-7");

  const json patient = resources(b, "Patient")[0];
  CHECK(patient["birthDate"] == "1990-05-17");
  CHECK(patient["managingOrganization"]["display"] == "Aarhus (kommunekode 751)");
  CHECK(patient["identifier"][0]["system"] == "urn:rorkit:citizen-id");
  CHECK(patient["identifier"][0]["value"] == "borger-0042");
}

TEST_CASE("fhir: every reference resolves to a fullUrl of the bundle", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  for (const std::string base : {"", "https://fhir.aarhus.example/fhir/"}) {
    FhirOptions o;
    o.base_url = base;
    const json b = export_json(p, o);
    std::set<std::string> urls;
    for (const auto& e : b["entry"]) {
      const std::string url = e["fullUrl"];
      const std::string id = e["resource"]["id"];
      CHECK(urls.insert(url).second);
      if (base.empty())
        CHECK(url == "urn:uuid:" + id);
      else
        CHECK(url == "https://fhir.aarhus.example/fhir/" +
                         e["resource"]["resourceType"].get<std::string>() + "/" + id);
    }
    std::vector<std::string> refs;
    collect_references(b, refs);
    CHECK(refs.size() > 30);
    for (const auto& r : refs) {
      INFO(r);
      CHECK(urls.count(r) == 1);
    }
  }
}

TEST_CASE("fhir: goal relationships run from the whole to its piece as milestones", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  const json b = export_json(p);
  const json g1 = by_id(b, "Goal", "g1");
  CHECK(milestones(g1) ==
        std::vector<std::string>{url_of(b, by_id(b, "Goal", "s1")), url_of(b, by_id(b, "Goal", "s2"))});
  CHECK(milestones(by_id(b, "Goal", "s1")).empty());
  CHECK(milestones(by_id(b, "Goal", "a1")) == std::vector<std::string>{url_of(b, g1)});
  CHECK(milestones(by_id(b, "Goal", "a2")) ==
        std::vector<std::string>{url_of(b, by_id(b, "Goal", "g2"))});

  // Aspirations: the citizen's words, KL's "borgers mål og ønsker", themes from KLThemesFFB.
  const json a1 = by_id(b, "Goal", "a1");
  CHECK(a1["description"]["text"] == p.aspirations[0].text);
  CHECK(a1["lifecycleStatus"] == "active");
  CHECK(a1["expressedBy"]["reference"] == url_of(b, resources(b, "Patient")[0]));
  CHECK(has_coding(a1["category"][0], "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes",
                   "416fe27d-3ccf-4390-8742-8b52a9d8dc78"));
  CHECK(has_coding(a1["category"][1], "urn:rorkit:codesystem:aspiration-kind", "dream"));
  CHECK(has_coding(a1["category"][2], "urn:oid:1.2.208.176.2.22",
                   "3856b434-f72e-42a5-b9d1-0cc93f48434b"));  // Relationer
  CHECK(a1["category"].size() == 4);
  CHECK_FALSE(a1.contains("achievementStatus"));

  // Long-term goals are KL "indsatsmål", sub-goals "delmål".
  CHECK(has_coding(g1["category"][0], "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes",
                   "0bb3daef-538d-45dc-b444-abdbcb63f6bc"));
  CHECK(has_coding(by_id(b, "Goal", "s2")["category"][0],
                   "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes",
                   "6746d4af-145a-4bfd-a672-05c0cf11b53b"));
}

TEST_CASE("fhir: goal targets follow the target kind", "[fhir]") {
  Clock t;
  const json b = export_json(sample(t));
  const json scale = by_id(b, "Goal", "g1")["target"][0];
  CHECK(scale["detailQuantity"]["value"] == 7.0);
  CHECK(scale["detailQuantity"]["comparator"] == ">=");
  CHECK(scale["measure"]["text"] == "egen vurdering 1-10");
  CHECK(scale["dueDate"] == "2026-12-01");
  const json code = by_id(b, "Goal", "s1")["target"][0];
  CHECK(has_coding(code["detailCodeableConcept"], "urn:rorkit:codesystem:target-state", "cafe-fundet"));
  const json change = by_id(b, "Goal", "g2")["target"][0];
  CHECK(has_coding(change["measure"], "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes",
                   "90c48f03-f194-4b2f-ad7d-6cba1069ae48"));
  CHECK(has_coding(change["detailCodeableConcept"], "urn:oid:1.2.208.176.2.22",
                   "10752a63-00b4-4958-b7f4-9f3a18f74266"));  // Fastholde funktionsevne
  CHECK(has_coding(change["detailCodeableConcept"], "urn:rorkit:codesystem:change-type", "maintain"));
  CHECK_FALSE(by_id(b, "Goal", "s2").contains("target"));  // no target, no due date
}

TEST_CASE("fhir: achievementStatus and lifecycleStatus come from the plan", "[fhir]") {
  Clock t;
  Plan p = sample(t);
  transition_goal(p, "g1", GoalLifecycle::accepted, t.next());
  transition_goal(p, "g1", GoalLifecycle::active, t.next());
  transition_goal(p, "s2", GoalLifecycle::rejected, t.next());
  const json b = export_json(p);
  for (const auto& g : p.goals) {
    INFO(g.id);
    const json r = by_id(b, "Goal", g.id);
    CHECK(r["lifecycleStatus"] == to_code(g.lifecycle));
    CHECK(has_coding(r["achievementStatus"], "http://terminology.hl7.org/CodeSystem/goal-achievement",
                     std::string(to_code(achievement(p, g)))));
  }
  CHECK(by_id(b, "Goal", "g1")["lifecycleStatus"] == "active");
  CHECK(by_id(b, "Goal", "s2")["lifecycleStatus"] == "rejected");
  // 8 on a target of at least 7: achieved; s1 reached its coded state.
  CHECK(by_id(b, "Goal", "g1")["achievementStatus"]["coding"][0]["code"] == "achieved");
  CHECK(by_id(b, "Goal", "s1")["achievementStatus"]["coding"][0]["code"] == "achieved");
}

TEST_CASE("fhir: the CarePlan is completed when every goal is done or the plan has ended", "[fhir]") {
  Clock t;
  Plan p = new_plan("p-2", citizen(), Date{2026, 1, 15}, t.next());
  CHECK(resources(export_json(p), "CarePlan")[0]["status"] == "active");  // no goals yet
  Aspiration a;
  a.id = "a1";
  a.text = "Ro på";
  a.recorded_on = Date{2026, 1, 15};
  add_aspiration(p, a, t.next());
  add_goal(p, goal("g1", "Sove igennem", {"a1"}), t.next());
  add_goal(p, goal("g2", "Gå ture", {"a1"}), t.next());
  transition_goal(p, "g1", GoalLifecycle::cancelled, t.next());
  CHECK(resources(export_json(p), "CarePlan")[0]["status"] == "active");
  transition_goal(p, "g2", GoalLifecycle::rejected, t.next());
  CHECK(resources(export_json(p), "CarePlan")[0]["status"] == "completed");

  Plan q = new_plan("p-3", citizen(), Date{2026, 1, 15}, t.next());
  FollowUp f;
  f.id = "f1";
  f.date = Date{2026, 3, 1};
  f.result = FollowUpResult::end;
  record_followup(q, f, t.next());
  CHECK(resources(export_json(q), "CarePlan")[0]["status"] == "completed");
}

TEST_CASE("fhir: actions become Tasks with mapped status, legal basis, owner and goals", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  const json b = export_json(p);
  const json x1 = by_id(b, "Task", "x1");
  CHECK(x1["status"] == "in-progress");
  CHECK(x1["intent"] == "plan");
  CHECK(x1["description"] == "Bostøtte følger med på café de første gange");
  CHECK(has_coding(x1["code"], "urn:rorkit:codesystem:legal-basis", "sel-85"));
  CHECK(x1["owner"]["display"] == "Bostøtte Jens");
  CHECK(x1["executionPeriod"]["start"] == "2026-02-01");
  CHECK(x1["basedOn"][0]["reference"] == url_of(b, resources(b, "CarePlan")[0]));
  std::vector<std::string> goals;
  for (const auto& e : x1["extension"]) {
    CHECK(e["url"] == "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal");
    goals.push_back(e["valueReference"]["reference"]);
  }
  CHECK(goals == std::vector<std::string>{url_of(b, by_id(b, "Goal", "s1")),
                                          url_of(b, by_id(b, "Goal", "s2"))});
  const json x2 = by_id(b, "Task", "x2");
  CHECK(x2["status"] == "requested");
  CHECK(x2["owner"]["reference"] == url_of(b, resources(b, "Patient")[0]));

  const std::pair<ActionStatus, const char*> statuses[] = {
      {ActionStatus::planned, "requested"}, {ActionStatus::active, "in-progress"},
      {ActionStatus::on_hold, "on-hold"},   {ActionStatus::completed, "completed"},
      {ActionStatus::cancelled, "cancelled"}};
  for (const auto& [status, code] : statuses) {
    Plan q = p;
    q.actions[0].status = status;
    CHECK(by_id(export_json(q), "Task", "x1")["status"] == code);
  }
}

TEST_CASE("fhir: a follow-up becomes an Observation with the result, the notes and the assessments", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  const json b = export_json(p);
  const json f = by_id(b, "Observation", "f1");
  CHECK(f["status"] == "final");
  CHECK(f["code"]["text"] == "Opfølgning (SEL §148)");
  CHECK(has_coding(f["code"], "http://snomed.info/sct", "712744002"));
  CHECK(f["effectiveDateTime"] == "2026-06-01");
  CHECK(has_coding(f["valueCodeableConcept"], "urn:rorkit:codesystem:followup-result", "change"));
  CHECK(has_coding(f["valueCodeableConcept"], "urn:oid:1.2.208.176.2.21",
                   "c6e71993-5d72-409a-8ab9-ecc094968635"));  // FSIII: Ændres inden for rammen
  CHECK(f["focus"].size() == 3);
  CHECK(f["focus"][0]["reference"] == url_of(b, resources(b, "CarePlan")[0]));
  CHECK(f["focus"][1]["reference"] == url_of(b, by_id(b, "Goal", "g1")));
  CHECK(f["performer"][0]["display"] == "Sagsbehandler Maja");
  REQUIRE(f["note"].size() == 3);
  CHECK(f["note"][0]["text"] == "Caféturene går godt.");
  CHECK(f["note"][1]["text"] == "Jeg er stolt af mig selv.");
  CHECK(f["note"][1]["authorReference"]["reference"] == url_of(b, resources(b, "Patient")[0]));
  REQUIRE(f["component"].size() == 2);
  const json c0 = f["component"][0];
  CHECK(has_coding(c0["code"], "urn:rorkit:plan:plan-7:goals", "g1"));
  CHECK(c0["valueQuantity"]["value"] == 8.0);
  CHECK(f["component"][1]["valueCodeableConcept"]["text"] == "cafe-fundet");
  // The component code is the Goal's own identifier.
  CHECK(by_id(b, "Goal", "g1")["identifier"][0]["system"] == "urn:rorkit:plan:plan-7:goals");

  const std::pair<FollowUpResult, const char*> ffb[] = {
      {FollowUpResult::continue_, "1e971d84-10a4-4ef8-a8b3-0daa4c7d088a"},
      {FollowUpResult::end, "d7d03656-4c87-4e67-9146-aa5990460f16"},
      {FollowUpResult::revisit, "b4c01aa8-82fd-44e4-83ff-ca19ec02c779"}};
  for (const auto& [result, code] : ffb) {
    Plan q = p;
    q.followups[0].result = result;
    CHECK(has_coding(by_id(export_json(q), "Observation", "f1")["valueCodeableConcept"],
                     "urn:oid:1.2.208.176.2.22", code));
  }
}

TEST_CASE("fhir: a measurement becomes an Observation with the score and one component per item", "[fhir]") {
  Clock t;
  const json b = export_json(sample(t));
  const json m = by_id(b, "Observation", "m1");
  CHECK(has_coding(m["code"], "urn:rorkit:codesystem:instrument", "who5"));
  CHECK(has_coding(m["code"], "http://snomed.info/sct", "1144665009"));
  CHECK(has_coding(m["category"][0], "http://terminology.hl7.org/CodeSystem/observation-category",
                   "survey"));
  CHECK(m["valueQuantity"]["value"] == 32.0);  // raw 8 x 4
  CHECK(m["valueQuantity"]["code"] == "{score}");
  CHECK(m["effectiveDateTime"] == "2026-02-01");
  REQUIRE(m["component"].size() == 5);
  CHECK(has_coding(m["component"][4]["code"], "urn:rorkit:codesystem:instrument-item", "who5-5"));
  CHECK(m["component"][1]["valueQuantity"]["value"] == 1.0);
  CHECK(m["interpretation"][0]["text"] == score(InstrumentId::who5, {2, 1, 2, 1, 2}).interpretation);
}

TEST_CASE("fhir: the CPR number is exported only when asked for", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  const std::string plain = plan_to_fhir(p, FhirOptions{"", "urn:rorkit", false, stamp, false});
  CHECK(plain.find("1705901234") == std::string::npos);
  CHECK(plain.find("1.2.208.176.1.2") == std::string::npos);
  FhirOptions o;
  o.include_cpr = true;
  const json b = export_json(p, o);
  const json ids = resources(b, "Patient")[0]["identifier"];
  REQUIRE(ids.size() == 2);
  CHECK(ids[1]["system"] == "urn:oid:1.2.208.176.1.2");
  CHECK(ids[1]["value"] == "1705901234");
  CHECK(ids[1]["use"] == "official");
  Plan without = p;
  without.citizen.cpr.reset();
  CHECK(resources(export_json(without, o), "Patient")[0]["identifier"].size() == 1);
}

TEST_CASE("fhir: the same plan and timestamp give the same bytes", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  FhirOptions o;
  o.timestamp = stamp;
  CHECK(plan_to_fhir(p, o) == plan_to_fhir(p, o));
  o.pretty = true;
  CHECK(plan_to_fhir(p, o) == plan_to_fhir(p, o));

  // Another timestamp changes the Bundle's id and timestamp, not the resources.
  FhirOptions later = o;
  later.timestamp = "2026-10-01T08:00:00.5Z";
  const json a = json::parse(plan_to_fhir(p, o));
  const json c = json::parse(plan_to_fhir(p, later));
  CHECK(a["id"] != c["id"]);
  CHECK(c["timestamp"] == "2026-10-01T08:00:00.5Z");
  CHECK(a["entry"] == c["entry"]);

  // Ids are name-based UUIDs of the plan id, the kind and the entry id (docs/fhir.md).
  CHECK(resources(a, "CarePlan")[0]["id"] == fhir_resource_uuid("plan/plan-7"));
  CHECK(by_id(a, "Goal", "s1")["id"] == fhir_resource_uuid("plan/plan-7/goal/s1"));
  CHECK(by_id(a, "Goal", "a1")["id"] == fhir_resource_uuid("plan/plan-7/aspiration/a1"));
  CHECK(resources(a, "Patient")[0]["id"] == fhir_resource_uuid("citizen/borger-0042"));
  Plan renamed = p;
  renamed.id = "plan-8";
  CHECK(resources(export_json(renamed), "CarePlan")[0]["id"] != resources(a, "CarePlan")[0]["id"]);

  // Without a timestamp the bundle is stamped now, in UTC.
  const json now = json::parse(plan_to_fhir(p));
  CHECK(Timestamp::parse(now["timestamp"].get<std::string>()).str().size() == 20);
}

TEST_CASE("fhir: name-based UUIDs follow RFC 4122 version 5", "[fhir]") {
  using fhir_detail::sha1;
  auto hex = [](const std::array<std::uint8_t, 20>& d) {
    std::string s;
    for (auto b : d) {
      char two[3];
      std::snprintf(two, sizeof two, "%02x", b);
      s += two;
    }
    return s;
  };
  CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  // Around the padding edges: 55 bytes fit one final block, 56-63 need two.
  CHECK(hex(sha1(std::string(55, 'x'))) == "cef734ba81a024479e09eb5a75b6ddae62e6abf1");
  CHECK(hex(sha1(std::string(56, 'x'))) == "901305367c259952f4e7af8323f480d59f81335b");
  CHECK(hex(sha1(std::string(63, 'x'))) == "0ddc4e0cccd9a12850deb5abb0853a4425559fec");
  CHECK(hex(sha1(std::string(64, 'x'))) == "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163");
  CHECK(hex(sha1(std::string(119, 'x'))) == "4300320394f7ee239bcdce7d3b8bcee173a0cd5c");
  // Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
  const std::array<std::uint8_t, 16> dns = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                            0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  CHECK(fhir_detail::uuid_v5(dns, "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // rorkit's namespace is uuid5(NAMESPACE_URL, "urn:rorkit:fhir").
  const std::array<std::uint8_t, 16> url = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                            0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  CHECK(fhir_detail::uuid_v5(url, "urn:rorkit:fhir") == "f1a0ba8d-5552-50e7-953a-dfd9393e0623");
  CHECK(fhir_resource_uuid("plan/plan-1") == "6be36808-7ec0-5ad0-90d5-3a81a2615e8d");
}

TEST_CASE("fhir: Danish text is written verbatim as UTF-8", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  const std::string text = plan_to_fhir(p, FhirOptions{"", "urn:rorkit", false, stamp, false});
  CHECK(text.find("Jeg drømmer om at få en kæreste og gå på café – uden at være bange") !=
        std::string::npos);
  CHECK(text.find("\\u00") == std::string::npos);  // not escaped
  CHECK(text.find("Handleplan (SEL §141)") != std::string::npos);
  const json b = json::parse(text);
  CHECK(by_id(b, "Goal", "a2")["description"]["text"] == "Jeg ønsker et job i en gårdbutik");
}

TEST_CASE("fhir: malformed options and inconsistent plans are refused", "[fhir]") {
  Clock t;
  const Plan p = sample(t);
  FhirOptions o;
  o.timestamp = "2026-09-01 08:00";
  CHECK(status_of([&] { plan_to_fhir(p, o); }) == RORKIT_ERROR_INVALID_DATE);
  o = FhirOptions{};
  o.base_url = "fhir server";
  CHECK(status_of([&] { plan_to_fhir(p, o); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  o.base_url = "https://";
  CHECK(status_of([&] { plan_to_fhir(p, o); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  o.base_url = "https://fhir.example.dk/\xff";
  CHECK(status_of([&] { plan_to_fhir(p, o); }) == RORKIT_ERROR_INVALID_UTF8);
  o = FhirOptions{};
  o.identifier_system = "";
  CHECK(status_of([&] { plan_to_fhir(p, o); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  o.identifier_system = "rorkit";  // not a URI
  CHECK(status_of([&] { plan_to_fhir(p, o); }) == RORKIT_ERROR_INVALID_ARGUMENT);

  Plan broken = p;
  broken.actions[0].goal_ids = {"g-missing"};
  CHECK(status_of([&] { plan_to_fhir(broken); }) == RORKIT_ERROR_DANGLING_REFERENCE);
}

}  // namespace test_fhir
