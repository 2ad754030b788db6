// Writes the FHIR R4 bundles of a few synthetic plans to <outdir>/*.json, for
// tests/python/test_fhir_schema.py to validate against the official R4 JSON Schema. The plans
// are built through the edit API only, so they are plans a vendor could really hold: a minimal
// one, a realistic one, one with every target kind, lifecycle state, action status, legal basis,
// follow-up result and instrument, one exported with the CPR number and a server base URL, and
// one that has ended. All names and numbers are invented.
//
// usage: fhir_bundles <outdir>   (creates <outdir>; removes the *.json files already in it first,
// so a renamed bundle leaves nothing stale behind)

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/io/fhir.hpp"
#include "rorkit/plan/edit.hpp"

using namespace rorkit;

namespace {

constexpr const char* fixed_timestamp = "2026-09-01T08:00:00Z";

// Hands out change records one minute apart, so the history is in order.
class Clock {
 public:
  explicit Clock(int day) : day_(day) {}
  Change next(const char* why = "plan work") {
    ++minute_;
    char at[32];
    std::snprintf(at, sizeof at, "2026-01-%02dT%02d:%02d:00Z", day_, 8 + minute_ / 60, minute_ % 60);
    return Change{"sagsbehandler-12", Timestamp::parse(at), why};
  }

 private:
  int day_;
  int minute_ = 0;
};

Citizen citizen(const char* id, std::int32_t municipality) {
  Citizen c;
  c.id = id;
  c.municipality = municipality;
  return c;
}

Aspiration aspiration(const char* id, AspirationKind kind, const char* text,
                      std::vector<FfbTheme> themes = {}) {
  Aspiration a;
  a.id = id;
  a.kind = kind;
  a.text = text;
  a.recorded_on = Date{2026, 1, 12};
  a.recorded_by = "Sagsbehandler Lise Holm";
  a.themes = std::move(themes);
  return a;
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

Action action(const char* id, const char* text, std::vector<std::string> goals, LegalBasis basis,
              Party responsible) {
  Action a;
  a.id = id;
  a.text = text;
  a.goal_ids = std::move(goals);
  a.legal_basis = basis;
  a.responsible = std::move(responsible);
  return a;
}

Measurement measurement(const char* id, InstrumentId instrument, Date date,
                        std::vector<std::optional<double>> items,
                        std::vector<std::string> areas = {}) {
  Measurement m;
  m.id = id;
  m.instrument = instrument;
  m.date = date;
  m.items = std::move(items);
  m.areas = std::move(areas);
  m.recorded_by = "Bostøtte Ahmed Yilmaz";
  return m;
}

Plan minimal() {
  Clock t(5);
  return new_plan("minimal-1", citizen("borger-min", 101), Date{2026, 1, 5}, t.next("oprettet"));
}

Plan realistic() {
  Clock t(12);
  Citizen c = citizen("borger-7f3a", 751);
  c.birth_date = Date{1991, 4, 23};
  Plan p = new_plan("aarhus-2026-0042", c, Date{2026, 1, 12}, t.next("oprettet"));
  add_aspiration(p, aspiration("a1", AspirationKind::dream,
                               "Jeg drømmer om at synge i et kor igen – ligesom før jeg blev syg.",
                               {FfbTheme::samfundsliv, FfbTheme::relationer}),
                 t.next());
  add_aspiration(p, aspiration("a2", AspirationKind::wish,
                               "Jeg ønsker at få min egen lejlighed og klare indkøb og økonomi selv.",
                               {FfbTheme::praktiske_opgaver}),
                 t.next());
  add_aspiration(p, aspiration("a3", AspirationKind::hope, "Jeg håber, at angsten fylder mindre.",
                               {FfbTheme::mentale_funktioner}),
                 t.next());
  add_network_member(p, NetworkMember{"n1", "Sofie", NetworkRole::relative, "søster", true, {}},
                     t.next());
  add_resource(p, Resource{"r1", ResourceKind::personal, "God til at synge og spille guitar", {}},
               t.next());

  Goal g1 = goal("g1", "Synge med i et kor hver uge", {"a1", "a3"});
  g1.citizens_words = true;
  g1.theme = FfbTheme::samfundsliv;
  g1.target.kind = TargetKind::scale_value;
  g1.target.value = 7;
  g1.target.measure = "egen vurdering af glæde ved at synge, 1-10";
  g1.start = Date{2026, 1, 15};
  g1.due = Date{2026, 12, 31};
  add_goal(p, g1, t.next());
  Goal s1 = goal("g1.1", "Finde et kor i nærheden, der øver om aftenen", {}, "g1");
  s1.target.kind = TargetKind::code;
  s1.target.code = "kor-fundet";
  s1.due = Date{2026, 3, 1};
  add_goal(p, s1, t.next());
  Goal s2 = goal("g1.2", "Tage med til tre prøver", {}, "g1");
  s2.due = Date{2026, 5, 1};
  add_goal(p, s2, t.next());
  Goal g2 = goal("g2", "Bo i egen lejlighed med støtte", {"a2"});
  g2.theme = FfbTheme::praktiske_opgaver;
  g2.target.kind = TargetKind::change;
  g2.target.change = ChangeType::develop;
  add_goal(p, g2, t.next());
  Goal s3 = goal("g2.1", "Lave et budget for måneden", {"a2"}, "g2");
  s3.target.kind = TargetKind::range;
  s3.target.low = 0;
  s3.target.high = 500;
  s3.target.measure = "overforbrug i kr. pr. måned";
  add_goal(p, s3, t.next());
  for (const char* id : {"g1", "g1.1", "g1.2", "g2", "g2.1"}) {
    transition_goal(p, id, GoalLifecycle::accepted, t.next("aftalt med borgeren"));
    transition_goal(p, id, GoalLifecycle::active, t.next("sat i gang"));
  }

  Action x1 = action("x1", "Følges til første korprøve af bostøtten", {"g1.1", "g1.2"},
                     LegalBasis::sel_85, Party{PartyKind::staff, "Bostøtte Ahmed Yilmaz", ""});
  x1.start = Date{2026, 2, 1};
  x1.end = Date{2026, 4, 30};
  x1.status = ActionStatus::active;
  x1.resource_ids = {"r1"};
  add_action(p, x1, t.next());
  Action x2 = action("x2", "Søster hjælper med at kigge på lejligheder", {"g2"}, LegalBasis::other,
                     Party{PartyKind::network_member, "", "n1"});
  x2.legal_basis_text = "Ingen bevilling – netværkets egen indsats";
  add_action(p, x2, t.next());
  Action x3 = action("x3", "Deltage i Hørings Kor", {"g1"}, LegalBasis::other,
                     Party{PartyKind::civil_society, "Hørings Kor, FOF Aarhus", ""});
  x3.legal_basis_text = "Almen fritidsaktivitet uden bevilling";
  add_action(p, x3, t.next());
  add_action(p, action("x4", "Borgeren skriver indkøbsliste hver søndag", {"g2.1"},
                       LegalBasis::sel_85, Party{PartyKind::citizen, "", ""}),
             t.next());

  Section141 s;
  s.purpose = "At Mette kommer tilbage i fællesskaber, hun selv vælger, og kan bo for sig selv.";
  s.needed_intervention = "Socialpædagogisk støtte 4 timer om ugen (SEL §85).";
  s.expected_duration = "12 måneder, derefter opfølgning.";
  s.special.housing = "Står på venteliste til almen bolig.";
  s.special.employment = "ingen";
  s.special.treatment = "Går i behandling i distriktspsykiatrien.";
  s.created_with_citizen = true;
  set_section141(p, s, t.next());

  record_measurement(p, measurement("m1", InstrumentId::who5, Date{2026, 1, 20}, {2, 1, 2, 1, 2}),
                     t.next());
  FollowUp f;
  f.id = "f1";
  f.date = Date{2026, 6, 15};
  f.result = FollowUpResult::continue_;
  f.notes = "God udvikling; koret fungerer.";
  f.citizen_view = "Det er dejligt at synge igen, men jeg er træt bagefter.";
  f.by = "Sagsbehandler Lise Holm";
  f.assessments = {GoalAssessment{"g1", 6.0, "", "Synger hver tirsdag"},
                   GoalAssessment{"g1.1", std::nullopt, "kor-fundet", ""},
                   GoalAssessment{"g2", std::nullopt, "", "Har set to lejligheder"}};
  record_followup(p, f, t.next());
  record_measurement(p, measurement("m2", InstrumentId::who5, Date{2026, 6, 15}, {3, 3, 2, 3, 3}),
                     t.next());
  record_measurement(p, measurement("m3", InstrumentId::multi_area, Date{2026, 6, 15},
                                    {6, 4, 8}, {"Bolig", "Økonomi", "Fællesskaber"}),
                     t.next());
  return p;
}

// Every target kind and change type, every lifecycle state, action status, legal basis,
// follow-up result and instrument.
Plan everything() {
  Clock t(20);
  Plan p = new_plan("alle-koder-1", citizen("borger-0999", 400), Date{2026, 1, 20}, t.next());
  add_aspiration(p, aspiration("a1", AspirationKind::hope, "Håb: at få det bedre", {}), t.next());
  const TargetKind kinds[] = {TargetKind::none, TargetKind::scale_value, TargetKind::range,
                              TargetKind::code, TargetKind::change};
  const ChangeType changes[] = {ChangeType::develop, ChangeType::maintain,
                                ChangeType::limit_decline};
  std::vector<std::string> ids;
  for (int i = 0; i < 9; ++i) {
    const std::string id = "g" + std::to_string(i + 1);
    Goal g = goal("", ("Mål nummer " + std::to_string(i + 1)).c_str(), {"a1"});
    g.id = id;
    g.target.kind = kinds[i % 5];
    g.target.value = 8;
    g.target.low = 3;
    g.target.high = 6;
    g.target.code = "i-beskæftigelse";  // not a valid FHIR code: text only
    g.target.change = changes[i % 3];
    g.theme = static_cast<FfbTheme>(i + 1);
    if (i % 2 == 0) g.due = Date{2026, 12, 1};
    add_goal(p, g, t.next());
    ids.push_back(id);
  }
  Goal untraced = goal("g10", "Mål uden håb", {});
  untraced.no_aspiration_reason = "Myndighedskrav om at medicinen tages";
  untraced.theme = FfbTheme::omgivelsesfaktorer;
  add_goal(p, untraced, t.next());
  add_goal(p, goal("g10.1", "Delmål med egen aspiration", {"a1"}, "g10"), t.next());
  auto move = [&](const std::string& id, std::initializer_list<GoalLifecycle> path) {
    for (GoalLifecycle to : path) transition_goal(p, id, to, t.next());
  };
  move(ids[1], {GoalLifecycle::planned});
  move(ids[2], {GoalLifecycle::accepted});
  move(ids[3], {GoalLifecycle::planned, GoalLifecycle::active});
  move(ids[4], {GoalLifecycle::accepted, GoalLifecycle::on_hold});
  move(ids[5], {GoalLifecycle::planned, GoalLifecycle::active, GoalLifecycle::completed});
  move(ids[6], {GoalLifecycle::cancelled});
  move(ids[7], {GoalLifecycle::entered_in_error});
  move(ids[8], {GoalLifecycle::rejected});  // g1 stays proposed: all nine states

  const LegalBasis bases[] = {LegalBasis::sel_82a, LegalBasis::sel_82b,
                              LegalBasis::sel_85,  LegalBasis::sel_85_botilbudslignende,
                              LegalBasis::sel_103, LegalBasis::sel_104,
                              LegalBasis::sel_107, LegalBasis::sel_108,
                              LegalBasis::other};
  const ActionStatus statuses[] = {ActionStatus::planned, ActionStatus::active,
                                   ActionStatus::on_hold, ActionStatus::completed,
                                   ActionStatus::cancelled};
  const Party parties[] = {Party{PartyKind::citizen, "", ""},
                           Party{PartyKind::staff, "Medarbejder Ole", ""},
                           Party{PartyKind::civil_society, "Foreningen Æblehaven", ""},
                           Party{PartyKind::employer_education, "Produktionsskolen Øst", ""}};
  for (int i = 0; i < 9; ++i) {
    Action a = action("", "Indsats", {ids[static_cast<std::size_t>(i)], "g10"}, bases[i],
                      parties[i % 4]);
    a.id = "x" + std::to_string(i + 1);
    a.status = statuses[i % 5];
    if (bases[i] == LegalBasis::other) a.legal_basis_text = "Sundhedsloven §140";
    if (i % 3 == 0) a.start = Date{2026, 2, 1};
    if (i % 3 == 1) a.end = Date{2026, 8, 1};
    add_action(p, a, t.next());
  }

  const FollowUpResult results[] = {FollowUpResult::continue_, FollowUpResult::change,
                                    FollowUpResult::revisit, FollowUpResult::end};
  for (int i = 0; i < 4; ++i) {
    FollowUp f;
    f.id = "f" + std::to_string(i + 1);
    f.date = Date{2026, 2 + i, 10};
    f.result = results[i];
    f.assessments = {GoalAssessment{ids[1], 5.0 + i, "", ""}, GoalAssessment{ids[3], std::nullopt, "", ""}};
    record_followup(p, f, t.next());
  }

  record_measurement(p, measurement("m1", InstrumentId::who5, Date{2026, 3, 1}, {5, 4, 3, 2, 1}), t.next());
  record_measurement(p, measurement("m2", InstrumentId::ors, Date{2026, 3, 1}, {7.5, 6.2, 8.0, 5.9}), t.next());
  record_measurement(p, measurement("m3", InstrumentId::srs, Date{2026, 3, 1}, {9.1, 9.4, 8.8, 9.0}), t.next());
  std::vector<std::optional<double>> qpr(15, 3.0);
  qpr[4] = std::nullopt;  // missing items are prorated (up to 2 of 15)
  qpr[11] = std::nullopt;
  record_measurement(p, measurement("m4", InstrumentId::qpr15, Date{2026, 3, 1}, qpr), t.next());
  record_measurement(p, measurement("m5", InstrumentId::inspire_o, Date{2026, 3, 1}, {4, 3, 3, 2, 4}), t.next());
  record_measurement(p, measurement("m6", InstrumentId::multi_area, Date{2026, 3, 1}, {1, 10}), t.next());
  return p;
}

// Every goal in a terminal state and a last follow-up that ends the plan.
Plan ended() {
  Clock t(8);
  Plan p = new_plan("afsluttet-7", citizen("borger-0321", 851), Date{2026, 1, 8}, t.next());
  add_aspiration(p, aspiration("a1", AspirationKind::wish, "Jeg vil have et fritidsjob."), t.next());
  add_goal(p, goal("g1", "Arbejde 10 timer om ugen", {"a1"}), t.next());
  transition_goal(p, "g1", GoalLifecycle::planned, t.next());
  transition_goal(p, "g1", GoalLifecycle::active, t.next());
  transition_goal(p, "g1", GoalLifecycle::completed, t.next("målet er nået"));
  FollowUp f;
  f.id = "f1";
  f.date = Date{2026, 7, 1};
  f.result = FollowUpResult::end;
  f.citizen_view = "Jeg klarer mig selv nu.";
  record_followup(p, f, t.next());
  return p;
}

Plan with_cpr() {
  Clock t(9);
  Citizen c = citizen("borger-cpr", 461);
  c.birth_date = Date{1985, 2, 14};
  c.cpr = Cpr::parse("1402851234");
  Plan p = new_plan("odense-cpr-1", c, Date{2026, 1, 9}, t.next());
  add_aspiration(p, aspiration("a1", AspirationKind::dream, "At tage på højskole."), t.next());
  add_goal(p, goal("g1", "Søge ind på en højskole til efteråret", {"a1"}), t.next());
  add_action(p, action("x1", "Besøge to højskoler", {"g1"}, LegalBasis::sel_82b,
                       Party{PartyKind::staff, "Mentor Ida", ""}),
             t.next());
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s <outdir>\n", argv[0]);
    return 2;
  }
  try {
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    for (const auto& old : std::filesystem::directory_iterator(dir))
      if (old.is_regular_file() && old.path().extension() == ".json")
        std::filesystem::remove(old.path());
    FhirOptions plain;
    plain.timestamp = fixed_timestamp;
    plain.pretty = true;
    FhirOptions cpr = plain;
    cpr.include_cpr = true;
    cpr.base_url = "https://fhir.odense.example/fhir";
    const std::vector<std::pair<std::string, std::string>> bundles = {
        {"minimal", plan_to_fhir(minimal(), plain)},
        {"realistic", plan_to_fhir(realistic(), plain)},
        {"every-code", plan_to_fhir(everything(), plain)},
        {"ended", plan_to_fhir(ended(), plain)},
        {"with-cpr", plan_to_fhir(with_cpr(), cpr)},
    };
    for (const auto& [name, json] : bundles) {
      const auto path = dir / (name + ".json");
      std::ofstream out(path, std::ios::binary);
      out << json << '\n';
      if (!out) throw std::runtime_error("cannot write " + path.string());
      std::printf("wrote %s (%zu bytes)\n", path.string().c_str(), json.size());
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fhir_bundles: %s\n", e.what());
    return 1;
  }
}
