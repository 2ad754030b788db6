// Plan documents: round trips through the writer and the reader, the fixtures, unknown members
// at every level, text that must come through byte for byte, pretty and compact output.

#include <catch2/catch.hpp>

#include <string>

#include "io/plan_json_fixtures.hpp"
#include "rorkit/plan/validate.hpp"

namespace test_plan_json {

using namespace plan_json_test;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("plan json: a plan built through the edit API survives write and read", "[plan_json]") {
  const Plan p = built_plan();
  REQUIRE(check_history(p).empty());
  for (bool pretty : {false, true}) {
    INFO("pretty " << pretty);
    PlanJsonOptions o;
    o.pretty = pretty;
    const std::string json = plan_to_json(p, o);
    const Plan back = plan_from_json(json);
    CHECK(back == p);
    CHECK(check_history(back).empty());
    CHECK(plan_to_json(back, o) == json);
  }
}

TEST_CASE("plan json: the fixtures read, pass check_plan and their history replays", "[plan_json]") {
  for (const char* name : {"realistic.json", "minimal.json", "unknown_members.json"}) {
    INFO(name);
    const Plan p = plan_from_json(read_fixture(name));
    CHECK(check_history(p).empty());
    const Plan again = plan_from_json(plan_to_json(p));
    CHECK(again == p);
    CHECK(plan_from_json(plan_to_json(p, {true, true})) == p);
  }
  const Plan r = plan_from_json(read_fixture("realistic.json"));
  CHECK(r.goals.size() == 10);
  CHECK(r.actions.size() == 30);
  CHECK(r.followups.size() == 20);
  CHECK(r.measurements.size() == 20);
  CHECK(r.history.size() > 100);
  CHECK(r.citizen.municipality == 751);
  // The history rebuilds the whole plan, and every past version is a valid plan.
  CHECK(plan_at_version(r, r.history.size()).goals == r.goals);
  for (std::size_t v = 1; v <= r.history.size(); v += 17) CHECK_NOTHROW(check_plan(plan_at_version(r, v)));
  // The fixture labels itself synthetic.
  REQUIRE_FALSE(r.unknown.empty());
  CHECK(r.unknown.front().first == "_comment");
  CHECK(r.unknown.front().second.find("SYNTETISK") != std::string::npos);

  const Plan m = plan_from_json(read_fixture("minimal.json"));
  CHECK(m.goals.empty());
  CHECK(m.history.empty());
  CHECK(m.followup_rule == FollowUpRule{});
}

TEST_CASE("plan json: without history only the state is written", "[plan_json]") {
  const Plan p = built_plan();
  PlanJsonOptions o;
  o.include_history = false;
  const std::string json = plan_to_json(p, o);
  CHECK(json.find("\"history\"") == std::string::npos);
  Plan back = plan_from_json(json);
  CHECK(back.history.empty());
  back.history = p.history;
  CHECK(back == p);
}

TEST_CASE("plan json: unknown members are kept at every level, in order", "[plan_json][unknown]") {
  const std::string doc = R"({"format":"rorkit-plan","format_version":1,"z_first":{"b":[1,2,{"c":null}]},
    "id":"p-1","created":"2025-01-06",
    "citizen":{"id":"c-1","x_lang":"da","municipality":101,"x_more":true},
    "aspirations":[{"id":"a-1","kind":"hope","text":"Håb 🌱","recorded_on":"2025-01-06","x_a":1}],
    "resources":[{"id":"r-1","kind":"personal","text":"Humor","x_r":"æ"}],
    "network":[{"id":"n-1","name":"Line","role":"relative","x_n":[]}],
    "goals":[{"id":"g-1","text":"Mål","aspiration_ids":["a-1"],"lifecycle":"active",
              "target":{"kind":"scale-value","value":7,"x_t":{"unit":"point"}},"x_g":"g"}],
    "actions":[{"id":"act-1","text":"Gåtur","goal_ids":["g-1"],"legal_basis":"sel-85","status":"active",
                "responsible":{"kind":"network-member","network_member_id":"n-1","x_p":2}}],
    "section141":{"purpose":"Formål","special":{"housing":"ingen","x_s":"s"},"x_141":0},
    "followup_rule":{"interval_months":3,"x_rule":"r"},
    "followups":[{"id":"f-1","date":"2025-02-01","result":"continue",
                  "assessments":[{"goal_id":"g-1","value":4,"x_as":"as"}],"x_f":"f"}],
    "measurements":[{"id":"m-1","instrument":"who5","date":"2025-02-01","items":[1,2,3,4,5],"x_m":"m"}],
    "history":[
      {"seq":1,"at":"2025-01-06T09:00:00Z","by":"Jonas","why":"oprettet","op":"create","target_id":"p-1",
       "payload":{"id":"p-1","created":"2025-01-06","citizen":{"id":"c-1","municipality":101,"x_pc":1},"x_hdr":"h"},
       "x_event":{"sig":"abc"}},
      {"seq":2,"at":"2025-01-06T09:01:00Z","by":"Jonas","why":"","op":"add","collection":"measurements",
       "target_id":"m-9","payload":{"id":"m-9","instrument":"who5","date":"2025-01-06","items":[0,0,0,0,0],"x_pm":"pm"}},
      {"seq":3,"at":"2025-01-06T09:02:00Z","by":"Jonas","why":"","op":"transition","collection":"goals",
       "target_id":"g-1","payload":{"from":"proposed","to":"accepted","x_tr":1}},
      {"seq":4,"at":"2025-01-06T09:03:00Z","by":"Jonas","why":"","op":"add","collection":"goals",
       "target_id":"g-2","payload":{"id":"g-2","text":"x","lifecycle":"proposed","no_aspiration_reason":"r",
       "target":{"kind":"none","x_pt":"pt"},"x_pg":"pg"}}
    ],
    "zz_last":"slut"})";
  const Plan p = plan_from_json(doc);
  using rorkit::UnknownFields;
  CHECK(p.unknown.size() >= 2);
  CHECK(p.citizen.unknown == UnknownFields{{"x_lang", "\"da\""}, {"x_more", "true"}});
  CHECK(p.aspirations[0].unknown == UnknownFields{{"x_a", "1"}});
  CHECK(p.network[0].unknown == UnknownFields{{"x_n", "[]"}});
  CHECK(p.history[0].unknown.back() == std::pair<std::string, std::string>{"x_event", "{\"sig\":\"abc\"}"});
  const auto* header = std::get_if<PlanHeader>(&p.history[0].payload);
  REQUIRE(header != nullptr);
  CHECK(header->citizen.unknown == UnknownFields{{"x_pc", "1"}});
  const auto* goal = std::get_if<Goal>(&p.history[3].payload);
  REQUIRE(goal != nullptr);
  CHECK(goal->unknown.back() == std::pair<std::string, std::string>{"x_pg", "\"pg\""});

  // Written back: each member where it was, known members first, unknown ones in their order.
  const std::string out = plan_to_json(p);
  for (const char* member :
       {"\"x_lang\":\"da\",\"x_more\":true}", "\"x_a\":1}", "\"x_r\":\"æ\"}", "\"x_n\":[]}",
        "\"value\":7,\"x_t\":{\"unit\":\"point\"}}", "\"x_g\":\"g\"}", "\"network_member_id\":\"n-1\",\"x_p\":2}",
        "\"aids\":\"\",\"x_s\":\"s\"}", "\"created_with_citizen\":false,\"x_141\":0}",
        "{\"interval_months\":3,\"x_rule\":\"r\"}", "\"value\":4,\"x_as\":\"as\"}", "\"x_f\":\"f\"}",
        "\"items\":[1,2,3,4,5],\"x_m\":\"m\"}", "\"x_pc\":1}", "\"x_hdr\":\"h\"}",
        "\"x_event\":{\"sig\":\"abc\"}}", "\"items\":[0,0,0,0,0],\"x_pm\":\"pm\"}",
        "\"to\":\"accepted\",\"x_tr\":1}", "{\"kind\":\"none\",\"x_pt\":\"pt\"}", "\"x_pg\":\"pg\"}",
        "\"z_first\":{\"b\":[1,2,{\"c\":null}]},\"zz_last\":\"slut\"}"}) {
    INFO(member);
    CHECK(count_of(out, member) == 1);
  }
  const Plan again = plan_from_json(out);
  CHECK(again == p);
  CHECK(plan_to_json(again) == out);
  const Plan pretty = plan_from_json(plan_to_json(p, {true, true}));
  CHECK(pretty == p);
}

TEST_CASE("plan json: the unknown-members fixture keeps everything through read and write", "[plan_json][unknown]") {
  const std::string text = read_fixture("unknown_members.json");
  const Plan p = plan_from_json(text);
  const std::string out = plan_to_json(p);
  for (const char* name : {"x_language", "x_mood", "x_scale", "x_priority", "x_team", "x_hours", "x_device",
                           "x_confidence", "x_location", "x_other", "x_version", "x_reason",
                           "x_signature", "x_generator", "_comment"}) {
    INFO(name);
    // Each appears as often in the output as in the input (state and history payloads).
    CHECK(count_of(out, std::string("\"") + name + "\"") == count_of(text, std::string("\"") + name + "\""));
  }
  CHECK(plan_from_json(out) == p);
}

TEST_CASE("plan json: text comes through byte for byte and is escaped on output", "[plan_json][text]") {
  const Plan p = built_plan();
  const std::string json = plan_to_json(p);
  CHECK(json.find("Æblegrød på Ærø") != std::string::npos);
  CHECK(json.find("🚲") != std::string::npos);
  CHECK(json.find("\\\"citat\\\" \\\\ sti/til/fil") != std::string::npos);
  CHECK(json.find("linje 1\\nlinje 2\\ttab \\u0001\\u001f slut") != std::string::npos);
  for (char c : json) CHECK(static_cast<unsigned char>(c) >= 0x20);  // compact: one line
  const Plan back = plan_from_json(json);
  CHECK(back.aspirations[0].text == p.aspirations[0].text);
  CHECK(back.followups[0].citizen_view == "Det går godt 😊");
  // Escapes of every kind on input.
  const std::string doc = R"({"format":"rorkit-plan","format_version":1,"id":"p","created":"2025-01-01",
    "citizen":{"id":"c","municipality":101},"resources":[{"id":"r","kind":"personal",
    "text":"\u00c6\u00f8\u00e5 \ud83d\ude00 \/ \b\f\n\r\t \u0000 slut"}]})";
  const Plan esc = plan_from_json(doc);
  CHECK(esc.resources[0].text == std::string("Æøå 😀 / \b\f\n\r\t ", 20) + std::string(1, '\0') + " slut");
  const std::string out = plan_to_json(esc);
  CHECK(out.find(R"("Æøå 😀 / \u0008\u000c\n\r\t \u0000 slut")") != std::string::npos);
  CHECK(plan_from_json(out) == esc);
}

TEST_CASE("plan json: numbers are written short and exact", "[plan_json]") {
  const Plan p = built_plan();
  const std::string json = plan_to_json(p);
  CHECK(json.find("\"value\":7.25") != std::string::npos);
  CHECK(json.find("\"low\":0.1,\"high\":1e+21") != std::string::npos);
  CHECK(json.find("\"items\":[3.1,4,9.9,0]") != std::string::npos);
  CHECK(json.find("\"items\":[1,2,null,3,4,0,1,2,3,4,0,1,2,3,4]") != std::string::npos);
  CHECK(json.find("\"municipality\":101") != std::string::npos);
  CHECK(json.find("\"interval_months\":4") != std::string::npos);
  CHECK(json.find(".0,") == std::string::npos);
  // Doubles read back bit for bit.
  Plan q = p;
  q.history.clear();
  q.goals[0].target.value = 0.1 + 0.2;
  q.goals[1].target.low = 5e-324;
  q.goals[1].target.high = 1.7976931348623157e308;
  const Plan back = plan_from_json(plan_to_json(q));
  CHECK(back.goals[0].target.value == 0.1 + 0.2);
  CHECK(back.goals[1].target.low == 5e-324);
  CHECK(back.goals[1].target.high == 1.7976931348623157e308);
}

TEST_CASE("plan json: pretty and compact output describe the same plan", "[plan_json]") {
  const Plan p = plan_from_json(read_fixture("unknown_members.json"));
  PlanJsonOptions pretty;
  pretty.pretty = true;
  const std::string a = plan_to_json(p);
  const std::string b = plan_to_json(p, pretty);
  CHECK(a.find('\n') == std::string::npos);
  CHECK(b.rfind("{\n  \"format\": \"rorkit-plan\",\n  \"format_version\": 1,\n  \"id\": ", 0) == 0);
  CHECK(b.back() == '\n');
  CHECK(b.find("\n    \"x_language\": \"da\"\n  }") != std::string::npos);  // unknown members indented too
  CHECK(b.find("\"x_generator\": {\n    \"name\": \"rorkit\",\n    \"version\": \"9.9.9\"\n  }") != std::string::npos);
  CHECK(b.find("\n  \"resources\": [],\n") != std::string::npos);  // empty lists stay on one line
  CHECK(plan_from_json(a) == plan_from_json(b));
  // Removing the whitespace the pretty form adds gives the compact form (no string here holds
  // ": " or a newline).
  std::string squeezed;
  bool in_string = false, escaped = false;
  for (char c : b) {
    if (in_string) {
      squeezed += c;
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c != ' ' && c != '\n') squeezed += c;
  }
  CHECK(squeezed == a);
}

TEST_CASE("plan json: null and absent optional members read alike", "[plan_json]") {
  const std::string with_null = R"({"format":"rorkit-plan","format_version":1,"id":"p","created":"2025-01-01",
    "citizen":{"id":"c","municipality":101,"birth_date":null,"cpr":null},"aspirations":null,
    "goals":[{"id":"g","text":"t","lifecycle":"proposed","no_aspiration_reason":"borgeren ønsker det",
              "parent_id":null,"theme":null,"due":null,"achievement":null,"followup_interval_months":null,
              "target":null}],"section141":null,"followup_rule":null,"history":null})";
  const std::string absent = R"({"format":"rorkit-plan","format_version":1,"id":"p","created":"2025-01-01",
    "citizen":{"id":"c","municipality":101},
    "goals":[{"id":"g","text":"t","lifecycle":"proposed","no_aspiration_reason":"borgeren ønsker det"}]})";
  CHECK(plan_from_json(with_null) == plan_from_json(absent));
  // Members with a natural default may be left out: a goal starts as proposed, an action is
  // planned and the citizen's own.
  const Plan d = plan_from_json(R"({"format":"rorkit-plan","format_version":1,"id":"p","created":"2025-01-01",
    "citizen":{"id":"c","municipality":101},"goals":[{"id":"g","text":"t","no_aspiration_reason":"r"}],
    "actions":[{"id":"a","text":"t","legal_basis":"sel-85","goal_ids":["g"]}]})");
  CHECK(d.goals[0].lifecycle == GoalLifecycle::proposed);
  CHECK(d.actions[0].status == ActionStatus::planned);
  CHECK(d.actions[0].responsible == Party{});
  CHECK(d.followup_rule.interval_months == 6);
}

TEST_CASE("plan json: JSON Lines", "[plan_json][jsonl]") {
  const Plan p = built_plan();
  const std::string line = plan_to_json(p);
  const std::string minimal = plan_to_json(plan_from_json(read_fixture("minimal.json")));
  const std::string text = line + "\n\n  \t\n" + minimal + "\r\n" + line;
  const auto plans = plans_from_jsonl(text);
  REQUIRE(plans.size() == 3);
  CHECK(plans[0] == p);
  CHECK(plans[1].id == "plan-minimal");
  CHECK(plans[2] == p);
  CHECK(plans_from_jsonl("").empty());
  CHECK(plans_from_jsonl("\n\n").empty());
}

TEST_CASE("plan json: the file's byte order mark is skipped", "[plan_json]") {
  const Plan p = plan_from_json("\xEF\xBB\xBF" + read_fixture("minimal.json"));
  CHECK(p.id == "plan-minimal");
}

TEST_CASE("plan json: single entries, the citizen and §141 as JSON objects", "[plan_json][entry]") {
  const Plan p = built_plan();
  auto round = [](const PlanPayload& entry, Collection c) {
    const std::string json = entry_to_json(entry);
    CHECK(json.front() == '{');
    CHECK(entry_from_json(c, json) == entry);
  };
  round(p.aspirations[0], Collection::aspirations);
  round(p.resources[0], Collection::resources);
  round(p.network[0], Collection::network);
  round(p.goals[1], Collection::goals);
  round(p.actions[0], Collection::actions);
  round(p.followups[0], Collection::followups);
  round(p.measurements[1], Collection::measurements);
  CHECK(entry_to_json(p.goals[0]) ==
        R"({"id":"g-1","text":"Sejle med min søn","citizens_words":true,"aspiration_ids":["asp-1"],)"
        R"("theme":"relationer","target":{"kind":"scale-value","value":7.25,"measure":"egen vurdering 1-10"},)"
        R"("start":"2025-01-06","due":"2025-12-31","lifecycle":"accepted"})");
  CHECK(citizen_from_json(entry_to_json(p.citizen)) == p.citizen);
  CHECK(section141_from_json(entry_to_json(p.section141)) == p.section141);
  // Unknown members of an entry are kept (also in objects nested in it).
  const std::string goal = R"({"id":"g","text":"t","lifecycle":"proposed","target":{"kind":"none","x":1},"y":[2]})";
  const PlanPayload g = entry_from_json(Collection::goals, goal);
  CHECK(entry_to_json(g) == R"({"id":"g","text":"t","citizens_words":false,"aspiration_ids":[],)"
                            R"("target":{"kind":"none","x":1},"lifecycle":"proposed","y":[2]})");
  // Errors are those of the plan document, with paths from the entry's root.
  rorkit_status st = RORKIT_OK;
  std::string message;
  try {
    (void)entry_from_json(Collection::actions, R"({"id":"a","text":"t","status":"active","goal_ids":["g"],
      "legal_basis":"sel-85","responsible":{"kind":"someone"}})");
  } catch (const rorkit::Error& e) {
    st = e.status();
    message = e.what();
  }
  CHECK(st == RORKIT_ERROR_SCHEMA);
  CHECK(message.rfind("/responsible/kind: \"someone\" is not one of", 0) == 0);
  try {
    (void)citizen_from_json("{\"id\":\"c\",\"municipality\":101,\"cpr\":\"1234\"}");
  } catch (const rorkit::Error& e) {
    message = e.what();
  }
  CHECK(message == "/cpr: invalid (value not shown)");
  try {
    (void)section141_from_json("{\"purpose\": 1");
  } catch (const rorkit::Error& e) {
    st = e.status();
  }
  CHECK(st == RORKIT_ERROR_PARSE);
  try {
    (void)entry_to_json(PlanPayload{GoalTransition{}});
    st = RORKIT_OK;
  } catch (const rorkit::Error& e) {
    st = e.status();
  }
  CHECK(st == RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("plan json: escaping finds special characters at every position", "[plan_json][text]") {
  // The writer scans text eight bytes at a time; put each special byte everywhere in a block.
  const std::pair<char, const char*> specials[] = {
      {'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\x01', "\\u0001"}, {'\x1f', "\\u001f"}};
  for (const auto& [c, escaped] : specials) {
    for (std::size_t k = 0; k < 20; ++k) {
      Resource r;
      r.id = "r";
      r.text = std::string(k, 'a') + "æ" + std::string(1, c) + std::string(19 - k, 'b') + "\x7f ";
      const std::string json = entry_to_json(r);
      INFO(json);
      const std::string expected = "\"text\":\"" + std::string(k, 'a') + "æ" + escaped +
                                   std::string(19 - k, 'b') + "\x7f \"";
      CHECK(json.find(expected) != std::string::npos);
      CHECK(std::get<Resource>(entry_from_json(Collection::resources, json)).text == r.text);
    }
  }
}

}  // namespace test_plan_json
