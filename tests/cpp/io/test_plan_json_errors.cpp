// Plan documents that must be refused: each error class with its status and a message that says
// where (line and column, or the JSON pointer) and what was expected, and never a CPR number.

#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "io/plan_json_fixtures.hpp"
#include "support/errors.hpp"

namespace test_plan_json_errors {

using namespace plan_json_test;
using rorkit::test::error_of;

namespace {

// A small valid document; the tests break one thing at a time.
const std::string kGood = R"({"format":"rorkit-plan","format_version":1,"id":"p-1","created":"2025-01-06",
"citizen":{"id":"c-1","municipality":101,"birth_date":"1990-02-28","cpr":"2802901234"},
"aspirations":[{"id":"a-1","kind":"hope","text":"Håb","recorded_on":"2025-01-06"}],
"resources":[{"id":"r-1","kind":"personal","text":"Humor"}],
"network":[{"id":"n-1","name":"Line","role":"relative"}],
"goals":[{"id":"g-1","text":"Mål","aspiration_ids":["a-1"],"lifecycle":"active","due":"2025-12-31"},
         {"id":"g-2","text":"Delmål","parent_id":"g-1","lifecycle":"planned"},
         {"id":"g-3","text":"Delmål 2","parent_id":"g-1","lifecycle":"proposed"}],
"actions":[{"id":"act-1","text":"Gåtur","responsible":{"kind":"network-member","network_member_id":"n-1"},
            "legal_basis":"sel-85","status":"active","goal_ids":["g-1"],"resource_ids":["r-1"]}],
"followup_rule":{"interval_months":3},
"followups":[{"id":"f-1","date":"2025-02-01","result":"continue","assessments":[{"goal_id":"g-1","value":4}]}],
"measurements":[{"id":"m-1","instrument":"who5","date":"2025-02-01","items":[1,2,3,4,5]}],
"history":[{"seq":1,"at":"2025-01-06T09:00:00Z","by":"Jonas","why":"","op":"create","target_id":"p-1",
            "payload":{"id":"p-1","created":"2025-01-06","citizen":{"id":"c-1","municipality":101}}}]})";

std::string with(std::string doc, const std::string& from, const std::string& to) {
  std::size_t at = doc.find(from);
  REQUIRE(at != std::string::npos);
  doc.replace(at, from.size(), to);
  return doc;
}

struct Refusal {
  rorkit_status status;
  std::string message;
};

Refusal refusal(const std::string& doc) {
  rorkit::Error e = error_of([&] { (void)plan_from_json(doc); });
  return {e.status(), e.what()};
}

void check_refused(const std::string& doc, rorkit_status status, const std::string& message) {
  Refusal r = refusal(doc);
  INFO(r.message);
  CHECK(r.status == status);
  CHECK(r.message == message);
}

}  // namespace

TEST_CASE("plan json errors: the base document is valid", "[plan_json][errors]") {
  const Plan p = plan_from_json(kGood);
  CHECK(p.citizen.cpr->digits() == "2802901234");
  CHECK(p.goals.size() == 3);
}

TEST_CASE("plan json errors: malformed JSON gives line and column", "[plan_json][errors]") {
  // A missing comma: the parser notices at the end of the next member name.
  const std::string broken =
      "{\n"
      "  \"format\": \"rorkit-plan\",\n"
      "  \"format_version\": 1,\n"
      "  \"id\": \"p\"\n"
      "  \"created\": \"2025-01-01\"\n"
      "}\n";
  check_refused(broken, RORKIT_ERROR_PARSE,
                "malformed JSON at line 5, column 11: syntax error while parsing object - "
                "unexpected string literal; expected '}'");
  // Columns count characters, not bytes.
  check_refused("{\"tekst\": \"æøå\" \"x\": 1}", RORKIT_ERROR_PARSE,
                "malformed JSON at line 1, column 19: syntax error while parsing object - "
                "unexpected string literal; expected '}'");
  check_refused("", RORKIT_ERROR_PARSE,
                "malformed JSON at line 1, column 1: syntax error while parsing value - unexpected "
                "end of input; expected '[', '{', or a literal");
  check_refused("[1,2", RORKIT_ERROR_PARSE,
                "malformed JSON at line 1, column 5: syntax error while parsing array - unexpected "
                "end of input; expected ']'");
  check_refused("{}\n x", RORKIT_ERROR_PARSE,
                "malformed JSON at line 2, column 2: syntax error while parsing value - invalid "
                "literal; expected end of input");
  // Bad UTF-8 is malformed JSON too.
  CHECK(refusal(with(kGood, "Humor", "Hu\xffmor")).status == RORKIT_ERROR_PARSE);
  CHECK(refusal(with(kGood, "Humor", "Hu\xc3mor")).message.find("line 4, column") != std::string::npos);
  // Deep nesting is refused, not a crash.
  CHECK(refusal(std::string(100000, '[') + std::string(100000, ']')).status == RORKIT_ERROR_PARSE);
}

TEST_CASE("plan json errors: no text that is not UTF-8 gets past the parser", "[plan_json][errors]") {
  // The reader skips check_plan's UTF-8 test of every text because simdjson refuses these
  // first, raw bytes and \u escapes alike; if a simdjson update stopped doing so, this fails.
  const char* bad[] = {"\xff",         "\xc3",         "\x80",          "\xc0\x80",
                       "\xed\xa0\x80", "\xf4\x90\x80\x80", "\\udc00", "\\ud800",
                       "\\ud800x",    "\\ud800\\u0041", "\\ud800\\ud800", "\\udfff\\udc00"};
  const char* places[] = {"Humor", "Gåtur", "Line", "Delmål 2", "Jonas", "Håb"};
  for (const char* place : places)
    for (const char* b : bad) {
      const std::string doc = with(kGood, place, std::string(place) + b);
      Refusal r = refusal(doc);
      INFO(place << " + " << b << ": " << r.message);
      CHECK(r.status == RORKIT_ERROR_PARSE);
    }
  // A surrogate pair is one character, and a plan with it loads.
  const Plan p = plan_from_json(with(kGood, "Humor", "Humor \\ud83d\\ude00"));
  CHECK(p.resources[0].text == "Humor \xf0\x9f\x98\x80");
}

TEST_CASE("plan json errors: a syntax error never echoes the document", "[plan_json][errors]") {
  Refusal r = refusal(with(kGood, "\"2802901234\"", "2802901234x"));
  CHECK(r.status == RORKIT_ERROR_PARSE);
  CHECK(r.message.find("2802901234") == std::string::npos);
  CHECK(r.message.find("line 2") != std::string::npos);
  r = refusal(with(kGood, "\"2802901234\"", "\"2802901234"));
  CHECK(r.message.find("2802901234") == std::string::npos);
}

TEST_CASE("plan json errors: wrong shapes name the JSON pointer", "[plan_json][errors]") {
  check_refused("[]", RORKIT_ERROR_SCHEMA, "(document): expected an object, got an array");
  check_refused(with(kGood, "\"municipality\":101,\"birth", "\"municipality\":\"101\",\"birth"),
                RORKIT_ERROR_SCHEMA, "/citizen/municipality: expected an integer, got a string");
  check_refused(with(kGood, "\"lifecycle\":\"proposed\"", "\"lifecycle\":\"finished\""),
                RORKIT_ERROR_SCHEMA,
                "/goals/2/lifecycle: \"finished\" is not one of proposed, planned, accepted, active, "
                "on-hold, completed, cancelled, entered-in-error, rejected");
  check_refused(with(kGood, "\"text\":\"Delmål\",", ""), RORKIT_ERROR_SCHEMA,
                "/goals/1/text: the required member is missing");
  check_refused(with(kGood, "\"goal_ids\":[\"g-1\"]", "\"goal_ids\":[\"g-1\",7]"), RORKIT_ERROR_SCHEMA,
                "/actions/0/goal_ids/1: expected a string, got a number");
  check_refused(with(kGood, "\"items\":[1,2,3,4,5]", "\"items\":[1,2,\"3\",4,5]"), RORKIT_ERROR_SCHEMA,
                "/measurements/0/items/2: expected a number, got a string");
  check_refused(with(kGood, "\"instrument\":\"who5\"", "\"instrument\":\"WHO-5\""), RORKIT_ERROR_SCHEMA,
                "/measurements/0/instrument: \"WHO-5\" is not one of who5, ors, srs, qpr15, inspire_o, "
                "multi_area");
  check_refused(with(kGood, "\"kind\":\"network-member\"", "\"kind\":\"nabo\""), RORKIT_ERROR_SCHEMA,
                "/actions/0/responsible/kind: \"nabo\" is not one of citizen, staff, network-member, "
                "civil-society, employer-education");
  check_refused(with(kGood, "\"interval_months\":3", "\"interval_months\":3.5"), RORKIT_ERROR_SCHEMA,
                "/followup_rule/interval_months: expected an integer, got a number with a fraction or "
                "an exponent");
  check_refused(with(kGood, "\"id\":\"r-1\",", "\"id\":\"r-1\",\"id\":\"r-2\","), RORKIT_ERROR_SCHEMA,
                "/resources/0/id: the member appears twice");
  check_refused(with(kGood, "\"network\":[{\"id\":\"n-1\",\"name\":\"Line\",\"role\":\"relative\"}]",
                     "\"network\":{\"n-1\":{\"name\":\"Line\"}}"),
                RORKIT_ERROR_SCHEMA,
                "/network: expected an array, got an object");
  check_refused(with(kGood, "\"op\":\"create\"", "\"op\":\"delete\""), RORKIT_ERROR_SCHEMA,
                "/history/0/op: \"delete\" is not one of create, snapshot, set-citizen, add, update, "
                "remove, transition, set-section141, set-followup-rule");
  check_refused(with(kGood, "\"seq\":1", "\"seq\":-1"), RORKIT_ERROR_OUT_OF_RANGE,
                "/history/0/seq: -1 is negative");
  check_refused(with(kGood, "\"municipality\":101,\"birth", "\"municipality\":10000000000,\"birth"),
                RORKIT_ERROR_OUT_OF_RANGE, "/citizen/municipality: 10000000000 is not -2147483648-2147483647");
}

TEST_CASE("plan json errors: history events are checked as data", "[plan_json][errors]") {
  const std::string add = R"({"seq":2,"at":"2025-01-06T09:01:00Z","by":"J","op":"add","target_id":"r-1",
                              "payload":{"id":"r-1","kind":"personal","text":"Humor"}})";
  const std::string two = with(kGood, "}}}]}", "}}}," + add + "]}");
  check_refused(two, RORKIT_ERROR_SCHEMA, "/history/1/collection: is required for \"add\"");
  check_refused(with(two, "\"op\":\"add\"", "\"op\":\"remove\",\"collection\":\"resources\""),
                RORKIT_ERROR_SCHEMA, "/history/1/payload: must be absent or null for \"remove\"");
  CHECK_NOTHROW(plan_from_json(with(with(two, "\"op\":\"add\"", "\"op\":\"remove\",\"collection\":\"resources\""),
                                    "\"payload\":{\"id\":\"r-1\",\"kind\":\"personal\",\"text\":\"Humor\"}",
                                    "\"payload\":null")));
  check_refused(with(two, "\"op\":\"add\"", "\"op\":\"add\",\"collection\":\"measurements\""),
                RORKIT_ERROR_SCHEMA, "/history/1/payload/instrument: the required member is missing");
  check_refused(with(kGood, "\"at\":\"2025-01-06T09:00:00Z\"", "\"at\":\"2025-01-06 09:00\""),
                RORKIT_ERROR_INVALID_DATE,
                "/history/0/at: timestamp \"2025-01-06 09:00\" is not a UTC time of the form "
                "YYYY-MM-DDTHH:MM:SSZ");
  check_refused(with(kGood, "\"payload\":{\"id\":\"p-1\",\"created\":\"2025-01-06\",\"citizen\":{\"id\":\"c-1\",\"municipality\":101}}", "\"x\":0"),
                RORKIT_ERROR_SCHEMA, "/history/0/payload: the required member is missing");
  // A snapshot holds a whole document without history.
  const std::string snap = R"({"seq":1,"at":"2025-01-06T09:00:00Z","by":"J","op":"snapshot",
    "payload":{"format":"rorkit-plan","format_version":1,"id":"p-1","created":"2025-01-06",
               "citizen":{"id":"c-1","municipality":101},"history":[{"x":1}]}})";
  const std::string with_snap = kGood.substr(0, kGood.find("\"history\":[")) + "\"history\":[" + snap + "]}";
  check_refused(with_snap, RORKIT_ERROR_SCHEMA, "/history/0/payload/history: a snapshot holds a plan without history");
  CHECK_NOTHROW(plan_from_json(with(with_snap, "\"history\":[{\"x\":1}]", "\"history\":[]")));
  check_refused(with(with_snap, "\"format_version\":1,\"id\":\"p-1\",\"created\"", "\"format_version\":1,\"id\":\"p-1\",\"x\":0,\"created\""),
                RORKIT_ERROR_SCHEMA, "/history/0/payload/history: a snapshot holds a plan without history");
}

TEST_CASE("plan json errors: format and version", "[plan_json][errors]") {
  check_refused(with(kGood, "\"format\":\"rorkit-plan\"", "\"format\":\"rorkit-course\""), RORKIT_ERROR_SCHEMA,
                "/format: \"rorkit-course\" is not \"rorkit-plan\"");
  check_refused(with(kGood, "\"format\":\"rorkit-plan\",", ""), RORKIT_ERROR_SCHEMA,
                "/format: the required member is missing");
  check_refused(with(kGood, "\"format_version\":1,", ""), RORKIT_ERROR_SCHEMA,
                "/format_version: the required member is missing");
  check_refused(with(kGood, "\"format_version\":1", "\"format_version\":\"1\""), RORKIT_ERROR_SCHEMA,
                "/format_version: expected an integer, got a string");
  check_refused(with(kGood, "\"format_version\":1", "\"format_version\":0"), RORKIT_ERROR_SCHEMA,
                "/format_version: 0 is not a format version (the first is 1)");
  // A newer version is reported as such even when its shape is different.
  check_refused(with(with(kGood, "\"format_version\":1", "\"format_version\":2"), "\"followup_rule\":{\"interval_months\":3}",
                     "\"followup_rule\":\"P3M\""),
                RORKIT_ERROR_UNSUPPORTED_VERSION,
                "/format_version: 2 is newer than this version of rorkit reads (1)");
  check_refused(with(kGood, "\"format_version\":1", "\"format_version\":18446744073709551615"),
                RORKIT_ERROR_UNSUPPORTED_VERSION,
                "/format_version: 18446744073709551615 is newer than this version of rorkit reads (1)");
}

TEST_CASE("plan json errors: dates", "[plan_json][errors]") {
  check_refused(with(kGood, "\"due\":\"2025-12-31\"", "\"due\":\"2025-02-29\""), RORKIT_ERROR_INVALID_DATE,
                "/goals/0/due: \"2025-02-29\" is not a real date");
  check_refused(with(kGood, "\"created\":\"2025-01-06\",\n", "\"created\":\"2025-1-6\",\n"),
                RORKIT_ERROR_INVALID_DATE, "/created: \"2025-1-6\" is not a date of the form YYYY-MM-DD");
  check_refused(with(kGood, "\"recorded_on\":\"2025-01-06\"", "\"recorded_on\":20250106"),
                RORKIT_ERROR_SCHEMA, "/aspirations/0/recorded_on: expected a string, got a number");
}

TEST_CASE("plan json errors: a CPR number is never shown", "[plan_json][errors][cpr]") {
  for (const char* bad : {"3102901234", "28029012345", "280290_1234", "abcdefghij", "3202901234"}) {
    Refusal r = refusal(with(kGood, "\"2802901234\"", std::string("\"") + bad + "\""));
    INFO(r.message);
    CHECK(r.status == RORKIT_ERROR_INVALID_ARGUMENT);
    CHECK(r.message == "/citizen/cpr: invalid (value not shown)");
    CHECK(r.message.find(bad) == std::string::npos);
  }
  Refusal in_history = refusal(with(kGood, "\"citizen\":{\"id\":\"c-1\",\"municipality\":101}}",
                                    "\"citizen\":{\"id\":\"c-1\",\"municipality\":101,\"cpr\":\"9999999999\"}}"));
  CHECK(in_history.message == "/history/0/payload/citizen/cpr: invalid (value not shown)");
  Refusal number = refusal(with(kGood, "\"2802901234\"", "2802901234"));
  CHECK(number.status == RORKIT_ERROR_SCHEMA);
  CHECK(number.message == "/citizen/cpr: expected a string, got a number");
}

TEST_CASE("plan json errors: check_plan's errors come through", "[plan_json][errors]") {
  auto status = [](const std::string& doc) { return refusal(doc).status; };
  CHECK(status(with(kGood, "\"id\":\"g-3\"", "\"id\":\"g-2\"")) == RORKIT_ERROR_DUPLICATE);
  CHECK(refusal(with(kGood, "\"id\":\"g-3\"", "\"id\":\"g-2\"")).message ==
        "goal \"g-2\" appears twice in plan \"p-1\"");
  CHECK(status(with(kGood, "\"goal_ids\":[\"g-1\"]", "\"goal_ids\":[\"g-9\"]")) ==
        RORKIT_ERROR_DANGLING_REFERENCE);
  CHECK(status(with(kGood, "\"aspiration_ids\":[\"a-1\"],", "")) == RORKIT_ERROR_VALIDATION);
  CHECK(status(with(kGood, "\"items\":[1,2,3,4,5]", "\"items\":[1,2,3,4,6]")) == RORKIT_ERROR_ITEM_OUT_OF_RANGE);
  CHECK(status(with(kGood, "\"items\":[1,2,3,4,5]", "\"items\":[1,2,null,4,5]")) == RORKIT_ERROR_MISSING_ITEMS);
  CHECK(status(with(kGood, "\"municipality\":101,\"birth", "\"municipality\":999,\"birth")) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status(with(kGood, "\"interval_months\":3", "\"interval_months\":0")) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status(with(kGood, "\"id\":\"p-1\",\"created\"", "\"id\":\"p 1\",\"created\"")) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status(with(kGood, "\"due\":\"2025-12-31\"", "\"start\":\"2026-01-01\",\"due\":\"2025-12-31\"")) ==
        RORKIT_ERROR_DATE_ORDER);
}

TEST_CASE("plan json errors: JSON Lines name the line", "[plan_json][errors][jsonl]") {
  std::string one = kGood;
  for (char& c : one)
    if (c == '\n') c = ' ';
  const std::string text = one + "\n\n" + with(one, "\"lifecycle\":\"proposed\"", "\"lifecycle\":\"done\"") + "\n";
  rorkit::Error e = error_of([&] { (void)plans_from_jsonl(text); });
  CHECK(e.status() == RORKIT_ERROR_SCHEMA);
  CHECK(std::string(e.what()).rfind("line 3: /goals/2/lifecycle: \"done\" is not one of", 0) == 0);
  rorkit::Error p = error_of([&] { (void)plans_from_jsonl(one + "\n{\"a\" 1}\n"); });
  CHECK(p.status() == RORKIT_ERROR_PARSE);
  CHECK(std::string(p.what()) ==
        "line 2: malformed JSON at column 6: syntax error while parsing object separator - "
        "unexpected number literal; expected ':'");
  rorkit::Error d = error_of([&] { (void)plans_from_jsonl(one + "\r\n" + with(one, "\"id\":\"g-3\"", "\"id\":\"g-2\"")); });
  CHECK(d.status() == RORKIT_ERROR_DUPLICATE);
  CHECK(std::string(d.what()) == "line 2: goal \"g-2\" appears twice in plan \"p-1\"");
}

TEST_CASE("plan json errors: the writer refuses what JSON cannot hold", "[plan_json][errors]") {
  Plan p = plan_from_json(kGood);
  p.goals[0].target.kind = TargetKind::scale_value;
  p.goals[0].target.value = std::numeric_limits<double>::quiet_NaN();
  CHECK(error_of([&] { (void)plan_to_json(p); }).status() == RORKIT_ERROR_INVALID_ARGUMENT);
}

}  // namespace test_plan_json_errors
