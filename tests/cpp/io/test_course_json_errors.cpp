// Course documents that must be refused: each error class with its status and a message that
// says where (line and column, or the JSON pointer) and what was expected.

#include <catch2/catch.hpp>

#include <string>

#include "rorkit/io/course_json.hpp"
#include "support/errors.hpp"

namespace test_course_json_errors {

using rorkit::test::error_of;

namespace {

// A small valid document; the tests break one thing at a time.
const std::string kGood = R"({"format":"rorkit-course","format_version":1,"id":"c-1","municipality":730,
"requested_start":"2026-08-10",
"registration":{"covers_strategic":true,"approved_by":"p-dir","meeting_participants":["p-dir","p-koord"]},
"organisation":{"people":[{"id":"p-dir","name":"Anne","role":"director","area":"strategic"},
                          {"id":"p-koord","name":"Bo","role":"staff","area":"strategic"},
                          {"id":"p-borger","name":"Carl","role":"citizen","area":"other"}],
                "groups":[{"id":"styregruppe","kind":"steering","name":"Styregruppen","member_ids":["p-dir","p-koord"],"political_mandate":true},
                          {"id":"impl","kind":"implementation","name":"Impl","member_ids":["p-borger","p-koord"]}],
                "coordinator_id":"p-koord"},
"school_breaks":[{"kind":"summer","year":2026,"first":"2026-06-27","last":"2026-08-09"}],
"phases":[{"phase":"forberede","year":2026,"season":"autumn","first":"2026-08-10","last":"2026-12-19","working_days":95}],
"meetings":[{"id":"m-1","kind":"joint-start","phase":"forberede","group_ids":["styregruppe","impl"],"date":"2026-08-17","start_minute":780,"end_minute":960},
            {"id":"m-2","kind":"group","phase":"forberede","group_ids":["impl"],"number":2,"date":"2026-10-05"}],
"activities":[{"id":"a-1","kind":"case-review","phase":"forberede","owner_id":"p-koord"}],
"case_review":{"date":"2026-10-15","plan_ids":["p1","p2"],"tally":[{"principle":"hopes-wishes-dreams","yes":1},
  {"principle":"resources"},{"principle":"network-and-communities"},{"principle":"openness-trust-respect"},
  {"principle":"early-help"},{"principle":"whole-life-situation"},{"principle":"follow-up"},{"principle":"knowledge-that-works"}]},
"development_plan":[{"id":"u-1","text":"Mål","milestones":[{"id":"u-1-a","text":"Delmål","owner_id":"p-dir"}]}],
"communication_plan":[{"id":"k-1","text":"Nyhedsbrev","owner_id":"p-koord"}],
"anchoring_plan":[{"id":"f-1","text":"Forankring"}],
"trial_actions":[{"id":"t-1","phase":"udvikle","title":"Følgeskab","owner_id":"p-koord","start":"2027-02-01","end":"2027-05-31"}],
"temperature":[{"id":"s-1","kind":"baseline","date":"2026-09-21","dimensions":[{"id":"d-1","name_da":"Retning"},{"id":"d-2","name_da":"Opbakning"}],
  "responses":[{"respondent_id":"r-1","role":"citizen","scores":[1,null]},{"respondent_id":"r-2","role":"tilbud","scores":[5,4]}]}]})";

std::string with(std::string doc, const std::string& from, const std::string& to) {
  std::size_t at = doc.find(from);
  REQUIRE(at != std::string::npos);
  doc.replace(at, from.size(), to);
  return doc;
}

void check_refused(const std::string& doc, rorkit_status status, const std::string& message) {
  rorkit::Error e = error_of([&] { (void)rorkit::course_from_json(doc); });
  INFO(e.what());
  CHECK(e.status() == status);
  CHECK(std::string(e.what()) == message);
}

}  // namespace

TEST_CASE("course json errors: the base document is valid", "[course_json][errors]") {
  const rorkit::Course c = rorkit::course_from_json(kGood);
  CHECK(c.organisation.people.size() == 3);
  CHECK(c.case_review->tally[0].yes == 1);
  CHECK(c.temperature[0].responses[0].scores[1] == std::nullopt);
}

TEST_CASE("course json errors: malformed JSON gives line and column", "[course_json][errors]") {
  const std::string broken =
      "{\n"
      "  \"format\": \"rorkit-course\",\n"
      "  \"format_version\": 1,\n"
      "  \"id\": \"c\"\n"
      "  \"municipality\": 730\n"
      "}\n";
  check_refused(broken, RORKIT_ERROR_PARSE,
                "malformed JSON at line 5, column 16: syntax error while parsing object - "
                "unexpected string literal; expected '}'");
  check_refused("", RORKIT_ERROR_PARSE,
                "malformed JSON at line 1, column 1: syntax error while parsing value - "
                "unexpected end of input; expected '[', '{', or a literal");
  CHECK(error_of([&] { (void)rorkit::course_from_json(kGood + "x"); }).status() == RORKIT_ERROR_PARSE);
}

TEST_CASE("course json errors: the wrong format or a newer version", "[course_json][errors]") {
  check_refused(with(kGood, R"("format_version":1)", R"("format_version":2)"),
                RORKIT_ERROR_UNSUPPORTED_VERSION,
                "/format_version: 2 is newer than this version of rorkit reads (1)");
  check_refused(with(kGood, R"("format":"rorkit-course")", R"("format":"rorkit-plan")"), RORKIT_ERROR_SCHEMA,
                "/format: \"rorkit-plan\" is not \"rorkit-course\"");
  check_refused(with(kGood, R"("format_version":1,)", ""), RORKIT_ERROR_SCHEMA,
                "/format_version: the required member is missing");
  check_refused(with(kGood, R"("format_version":1)", R"("format_version":0)"), RORKIT_ERROR_SCHEMA,
                "/format_version: 0 is not a format version (the first is 1)");
  check_refused("[]", RORKIT_ERROR_SCHEMA, "(document): expected an object, got an array");
}

TEST_CASE("course json errors: shape, codes and ids name the JSON path", "[course_json][errors]") {
  check_refused(with(kGood, R"("municipality":730)", R"("municipality":"730")"), RORKIT_ERROR_SCHEMA,
                "/municipality: expected an integer, got a string");
  check_refused(with(kGood, R"("id":"c-1",)", ""), RORKIT_ERROR_SCHEMA,
                "/id: the required member is missing");
  check_refused(with(kGood, R"("role":"director")", R"("role":"direktør")"), RORKIT_ERROR_SCHEMA,
                "/organisation/people/0/role: \"direktør\" is not one of citizen, leader, staff, "
                "partner, politician, director");
  check_refused(with(kGood, R"("kind":"joint-start")", R"("kind":"joint")"), RORKIT_ERROR_SCHEMA,
                "/meetings/0/kind: \"joint\" is not one of group, joint-start, joint-kickoff");
  check_refused(with(kGood, R"("season":"autumn")", R"("season":"fall")"), RORKIT_ERROR_SCHEMA,
                "/phases/0/season: \"fall\" is not one of spring, autumn");
  check_refused(with(kGood, R"("kind":"summer")", R"("kind":"winter")"), RORKIT_ERROR_SCHEMA,
                "/school_breaks/0/kind: \"winter\" is not one of summer, christmas");
  check_refused(with(kGood, R"("role":"citizen","scores")", R"("role":"borger","scores")"), RORKIT_ERROR_SCHEMA,
                "/temperature/0/responses/0/role: \"borger\" is not one of strategic-leader, "
                "myndighed, tilbud, citizen, partner");
  check_refused(with(kGood, R"("political_mandate":true)", R"("political_mandate":"ja")"), RORKIT_ERROR_SCHEMA,
                "/organisation/groups/0/political_mandate: expected true or false, got a string");
  check_refused(with(kGood, R"({"id":"f-1","text":"Forankring"})", R"({"id":"f-1"})"), RORKIT_ERROR_SCHEMA,
                "/anchoring_plan/0/text: the required member is missing");
  check_refused(with(kGood, R"("id":"t-1",)", R"("id":"t 1",)"), RORKIT_ERROR_SCHEMA,
                "/trial_actions/0/id: \"t 1\" is not an id (1-64 characters from A-Z a-z 0-9 - _ . :)");
  check_refused(with(kGood, R"("number":2,)", R"("number":2,"number":3,)"), RORKIT_ERROR_SCHEMA,
                "/meetings/1/number: the member appears twice");
  check_refused(with(kGood, R"({"principle":"resources"},)", ""), RORKIT_ERROR_SCHEMA,
                "/case_review/tally: expected 8 entries, one per principle, got 7");
  check_refused(with(kGood, R"("scores":[1,null])", R"("scores":[1,"2"])"), RORKIT_ERROR_SCHEMA,
                "/temperature/0/responses/0/scores/1: expected an integer, got a string");
}

TEST_CASE("course json errors: dates, ranges and order", "[course_json][errors]") {
  check_refused(with(kGood, R"("date":"2026-10-15")", R"("date":"2026-02-30")"), RORKIT_ERROR_INVALID_DATE,
                "/case_review/date: \"2026-02-30\" is not a real date");
  check_refused(with(kGood, R"("requested_start":"2026-08-10")", R"("requested_start":"10-08-2026")"),
                RORKIT_ERROR_INVALID_DATE,
                "/requested_start: \"10-08-2026\" is not a date of the form YYYY-MM-DD");
  check_refused(with(kGood, R"("scores":[5,4])", R"("scores":[6,4])"), RORKIT_ERROR_OUT_OF_RANGE,
                "/temperature/0/responses/1/scores/0: 6 is not 1-5");
  check_refused(with(kGood, R"("start_minute":780)", R"("start_minute":1500)"), RORKIT_ERROR_OUT_OF_RANGE,
                "/meetings/0/start_minute: 1500 is not 0-1440");
  check_refused(with(kGood, R"("end_minute":960)", R"("end_minute":700)"), RORKIT_ERROR_DATE_ORDER,
                "/meetings/0/end_minute: 700 is before the start, 780");
  check_refused(with(kGood, R"("last":"2026-08-09")", R"("last":"2026-06-01")"), RORKIT_ERROR_DATE_ORDER,
                "/school_breaks/0/last: 2026-06-01 is before 2026-06-27");
  check_refused(with(kGood, R"("end":"2027-05-31")", R"("end":"2027-01-31")"), RORKIT_ERROR_DATE_ORDER,
                "/trial_actions/0/end: 2027-01-31 is before 2027-02-01");
  check_refused(with(kGood, R"("municipality":730)", R"("municipality":999)"), RORKIT_ERROR_NOT_FOUND,
                "/municipality: no municipality has code 999");
}

TEST_CASE("course json errors: duplicate ids per list", "[course_json][errors]") {
  check_refused(with(kGood, R"({"id":"p-borger","name":"Carl")", R"({"id":"p-dir","name":"Carl")"),
                RORKIT_ERROR_DUPLICATE,
                "/organisation/people/2/id: \"p-dir\" appears twice (first at /organisation/people/0)");
  check_refused(with(kGood, R"("id":"m-2")", R"("id":"m-1")"), RORKIT_ERROR_DUPLICATE,
                "/meetings/1/id: \"m-1\" appears twice (first at /meetings/0)");
  check_refused(with(kGood, R"("respondent_id":"r-2")", R"("respondent_id":"r-1")"), RORKIT_ERROR_DUPLICATE,
                "/temperature/0/responses/1/respondent_id: \"r-1\" appears twice (first at "
                "/temperature/0/responses/0)");
  check_refused(with(kGood, R"("member_ids":["p-borger","p-koord"])", R"("member_ids":["p-koord","p-koord"])"),
                RORKIT_ERROR_DUPLICATE,
                "/organisation/groups/1/member_ids/1: \"p-koord\" appears twice (first at "
                "/organisation/groups/1/member_ids/0)");
  check_refused(with(kGood, R"({"principle":"resources"})", R"({"principle":"follow-up"})"),
                RORKIT_ERROR_DUPLICATE, "/case_review/tally/6/principle: \"follow-up\" appears twice");
  check_refused(with(kGood, R"("working_days":95}])",
                     R"("working_days":95},{"phase":"forberede","year":2027,"season":"spring",)"
                     R"("first":"2027-01-04","last":"2027-07-02","working_days":125}])"),
                RORKIT_ERROR_DUPLICATE, "/phases/1/phase: \"forberede\" appears twice (first at /phases/0)");
}

TEST_CASE("course json errors: references to nobody", "[course_json][errors]") {
  check_refused(with(kGood, R"("member_ids":["p-borger","p-koord"])", R"("member_ids":["p-borger","p-kord"])"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/organisation/groups/1/member_ids/1: \"p-kord\" is not a person of the organisation");
  check_refused(with(kGood, R"("group_ids":["impl"])", R"("group_ids":["implementering"])"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/meetings/1/group_ids/0: \"implementering\" is not a group of the organisation");
  check_refused(with(kGood, R"("group_ids":["impl"])", R"("group_ids":["p-dir"])"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/meetings/1/group_ids/0: \"p-dir\" is not a group of the organisation");
  check_refused(with(kGood, R"("coordinator_id":"p-koord")", R"("coordinator_id":"styregruppe")"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/organisation/coordinator_id: \"styregruppe\" is not a person of the organisation");
  check_refused(with(kGood, R"("approved_by":"p-dir")", R"("approved_by":"p-chef")"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/registration/approved_by: \"p-chef\" is not a person of the organisation");
  check_refused(with(kGood, R"("meeting_participants":["p-dir","p-koord"])", R"("meeting_participants":["p-dir","x"])"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/registration/meeting_participants/1: \"x\" is not a person of the organisation");
  check_refused(with(kGood, R"("kind":"case-review","phase":"forberede","owner_id":"p-koord")",
                     R"("kind":"case-review","phase":"forberede","owner_id":"p-ukendt")"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/activities/0/owner_id: \"p-ukendt\" is not a person of the organisation");
  check_refused(with(kGood, R"("text":"Delmål","owner_id":"p-dir")", R"("text":"Delmål","owner_id":"impl")"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/development_plan/0/milestones/0/owner_id: \"impl\" is not a person of the organisation");
  check_refused(with(kGood, R"("title":"Følgeskab","owner_id":"p-koord")", R"("title":"Følgeskab","owner_id":"q")"),
                RORKIT_ERROR_DANGLING_REFERENCE,
                "/trial_actions/0/owner_id: \"q\" is not a person of the organisation");
}

TEST_CASE("course json errors: a response without a score per dimension", "[course_json][errors]") {
  check_refused(with(kGood, R"("scores":[5,4])", R"("scores":[5])"), RORKIT_ERROR_VALIDATION,
                "/temperature/0/responses/1/scores: 1 scores for 2 dimensions (null = not answered)");
}

}  // namespace test_course_json_errors
