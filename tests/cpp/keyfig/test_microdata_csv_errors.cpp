// Bad microdata CSV: each kind of mistake gives its status and a message naming the file, the
// line and the (1-based, character) column, worked out by hand from the texts below. The
// reader returns a new MicrodataCsv, so a failed read has no output to leave half-filled.

#include <catch2/catch.hpp>

#include <string>

#include "rorkit/keyfig/microdata_csv.hpp"
#include "support/errors.hpp"

namespace test_microdata_csv_errors {

using rorkit::test::message_of;
using rorkit::test::status_of;

namespace {

const std::string kPersons =
    "id;municipality;birth_year;status_2020;status_2021\n"
    "1;101;1980;1;1\n"
    "2;851;1990;0;2\n";
const std::string kSpells =
    "person;municipality;basis;start;end\n"
    "1;101;3;2020-01-01;\n";
const std::string kAdmissions = "person;date\n1;2020-05-05\n";
const std::string kSurveys =
    "person;municipality;year;who5_1;who5_2;who5_3;who5_4;who5_5;recovery\n"
    "1;101;2020;1;2;3;4;5;50\n";

struct Texts {
  std::string persons = kPersons, spells = kSpells, admissions = kAdmissions, surveys = kSurveys;
};

rorkit::MicrodataCsv read(const Texts& t) {
  rorkit::MicrodataCsvInput in;
  in.persons = t.persons;
  in.spells = t.spells;
  in.admissions = t.admissions;
  in.surveys = t.surveys;
  in.admissions_source = "admissions.csv";
  in.surveys_source = "surveys.csv";
  return rorkit::read_microdata_csv(in);
}

void expect_read(const Texts& t, rorkit_status status, const std::string& message) {
  CHECK(status_of([&] { read(t); }) == status);
  CHECK(message_of([&] { read(t); }) == message);
}

// Read succeeds; the engine's row error comes back with the file's line.
void expect_compute(const Texts& t, const std::string& message) {
  const rorkit::MicrodataCsv csv = read(t);
  CHECK(status_of([&] { rorkit::compute_aggregates(csv); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(message_of([&] { rorkit::compute_aggregates(csv); }) == message);
}

}  // namespace

TEST_CASE("microdata csv: the base tables are valid", "[keyfig][microdata_csv]") {
  CHECK(status_of([] { rorkit::compute_aggregates(read(Texts{})); }) == RORKIT_OK);
}

TEST_CASE("microdata csv: malformed and out-of-range numbers", "[keyfig][microdata_csv]") {
  Texts t;
  t.persons = kPersons + "3;147;19x0;1;1\n";
  expect_read(t, RORKIT_ERROR_PARSE,
              "persons.csv: line 4, column 7 (birth_year): \"19x0\" is not a whole number");
  t.persons = kPersons + "3;147;;1;1\n";
  expect_read(t, RORKIT_ERROR_PARSE,
              "persons.csv: line 4, column 7 (birth_year): empty; expected a whole number");
  t.persons = kPersons + "+-3;147;1970;1;1\n";  // one sign only
  expect_read(t, RORKIT_ERROR_PARSE, "persons.csv: line 4, column 1 (id): \"+-3\" is not a whole number");
  t.persons = kPersons + "1.0;147;1970;1;1\n";
  expect_read(t, RORKIT_ERROR_PARSE, "persons.csv: line 4, column 1 (id): \"1.0\" is not a whole number");
  t.persons = kPersons + "99999999999999999999;147;1970;1;1\n";
  expect_read(t, RORKIT_ERROR_OUT_OF_RANGE,
              "persons.csv: line 4, column 1 (id): \"99999999999999999999\" is too large");
  t.persons = kPersons + "3;147;1970;-1;1\n";  // a negative status byte
  expect_read(t, RORKIT_ERROR_OUT_OF_RANGE,
              "persons.csv: line 4, column 12 (status_2020): -1 is outside 0..255");
  t.persons = kPersons + "3;40000;1970;1;1\n";
  expect_read(t, RORKIT_ERROR_OUT_OF_RANGE,
              "persons.csv: line 4, column 3 (municipality): 40000 is outside -32768..32767");
  t = Texts{};
  t.spells = kSpells + "2;851;300;2020-01-01;\n";
  expect_read(t, RORKIT_ERROR_OUT_OF_RANGE,
              "spells.csv: line 3, column 7 (basis): 300 is outside -128..127");
  t = Texts{};
  t.surveys = kSurveys + "2;851;2021;1;2;3;4;5;1,5.0\n";
  expect_read(t, RORKIT_ERROR_PARSE,
              "surveys.csv: line 3, column 22 (recovery): \"1,5.0\" is not a number (empty or NA for missing)");
  t.surveys = kSurveys + "2;851;2021;1;2;3;4;5e0;50\n";
  expect_read(t, RORKIT_ERROR_PARSE,
              "surveys.csv: line 3, column 20 (who5_5): \"5e0\" is not a number (empty or NA for missing)");
}

TEST_CASE("microdata csv: rows with another number of fields", "[keyfig][microdata_csv]") {
  Texts t;
  t.spells = kSpells + "2;851;1;2020-01-01\n";  // short: the error is at the end of the record
  expect_read(t, RORKIT_ERROR_PARSE, "spells.csv: line 3, column 19: 4 fields where the header has 5");
  t.spells = kSpells + "2;851;1;2020-01-01;;\n";  // long: at the first extra field
  expect_read(t, RORKIT_ERROR_PARSE, "spells.csv: line 3, column 21: 6 fields where the header has 5");
  t = Texts{};
  t.admissions = "person;date\r\n1;2020-05-05\r\n\r\n2\r\n";  // CRLF lines count once each
  expect_read(t, RORKIT_ERROR_PARSE, "admissions.csv: line 4, column 2: 1 fields where the header has 2");
}

TEST_CASE("microdata csv: header columns", "[keyfig][microdata_csv]") {
  Texts t;
  t.spells = "person;municipality;basis;start;end;note\n";
  expect_read(t, RORKIT_ERROR_SCHEMA, "spells.csv: line 1, column 37: unknown column \"note\"");
  t.spells = "person;municipality;basis;start\n";
  expect_read(t, RORKIT_ERROR_SCHEMA, "spells.csv: line 1, column 1: the column end is missing");
  t.spells = "person;start;municipality;basis;start;end\n";
  expect_read(t, RORKIT_ERROR_SCHEMA, "spells.csv: line 1, column 33: the column \"start\" appears twice");
  t = Texts{};
  t.persons = "\xEF\xBB\xBFid;municipality;status_2020;status_2021\r\n";  // the BOM is not a column
  expect_read(t, RORKIT_ERROR_SCHEMA, "persons.csv: line 1, column 1: the column birth_year is missing");
  t.persons = "id;municipality;birth_year;status_2020;status_2022\n";
  expect_read(t, RORKIT_ERROR_SCHEMA,
              "persons.csv: line 1, column 1: the status columns skip status_2021");
  t.persons = "id;municipality;birth_year\n";
  expect_read(t, RORKIT_ERROR_SCHEMA,
              "persons.csv: line 1, column 1: no status_<year> columns (status_2018;status_2019;...)");
  t.persons = "id;municipality;birth_year;status_20x0\n";
  expect_read(t, RORKIT_ERROR_SCHEMA, "persons.csv: line 1, column 28: unknown column \"status_20x0\"");
  t.persons = "";
  expect_read(t, RORKIT_ERROR_SCHEMA, "persons.csv: empty file; expected a header line");
  t = Texts{};
  t.surveys = "person;municipality;year;who5_1;who5_2\n";
  expect_read(t, RORKIT_ERROR_SCHEMA,
              "surveys.csv: line 1, column 1: WHO-5 needs all five columns who5_1 ... who5_5, or none");
}

TEST_CASE("microdata csv: dates", "[keyfig][microdata_csv]") {
  Texts t;
  t.admissions = kAdmissions + "2;2021-02-29\n";  // 2021 is not a leap year
  expect_read(t, RORKIT_ERROR_PARSE,
              "admissions.csv: line 3, column 3 (date): \"2021-02-29\" is not a date YYYY-MM-DD");
  t.admissions = kAdmissions + "2;2021-3-1\n";
  expect_read(t, RORKIT_ERROR_PARSE,
              "admissions.csv: line 3, column 3 (date): \"2021-3-1\" is not a date YYYY-MM-DD");
  t.admissions = kAdmissions + "2;\n";  // only a spell's end may be empty
  expect_read(t, RORKIT_ERROR_PARSE,
              "admissions.csv: line 3, column 3 (date): empty; expected a date YYYY-MM-DD");
  t = Texts{};
  t.spells = kSpells + "2;851;1;01-07-2022;\n";
  expect_read(t, RORKIT_ERROR_PARSE,
              "spells.csv: line 3, column 9 (start): \"01-07-2022\" is not a date YYYY-MM-DD");
}

TEST_CASE("microdata csv: the engine's row errors name the file's line", "[keyfig][microdata_csv]") {
  Texts t;
  t.spells = kSpells + "\n2;851;1;2022-07-01;2022-06-30\n";  // after a blank line: line 4
  expect_compute(t, "spells.csv: line 4, column end: the spell ends (2022-06-30, day 19173) before "
                    "it starts (2022-07-01, day 19174)");
  t = Texts{};
  t.persons = kPersons + "-5;147;1970;1;1\n";
  expect_compute(t, "persons.csv: line 4, column id: id -5 is negative");
  t.persons = kPersons + "\r\n1;147;1970;1;1\n";
  expect_compute(t, "persons.csv: line 5, column id: id 1 is a duplicate (also on line 2)");
  t.persons = kPersons + "3;147;1970;1;19\n";
  expect_compute(t, "persons.csv: line 4, column status_2021: status 19 (year 2021) has bits other "
                    "than 1, 2, 4, 8");
}

TEST_CASE("microdata csv: text that is not CSV or not UTF-8", "[keyfig][microdata_csv]") {
  Texts t;
  t.surveys = kSurveys + "2;\"851;2021;1;2;3;4;5;50\n";
  expect_read(t, RORKIT_ERROR_PARSE, "surveys.csv: line 3, column 3: the quote is never closed");
  t.surveys = kSurveys + "2;851;2021;1;2;3;4;5;50\xE6\n";  // Latin-1 æ
  CHECK(status_of([&] { read(t); }) == RORKIT_ERROR_INVALID_UTF8);
  CHECK(message_of([&] { read(t); }).rfind("surveys.csv: line 3, column 24", 0) == 0);
}

TEST_CASE("microdata csv: persons and spells are required", "[keyfig][microdata_csv]") {
  rorkit::MicrodataCsvInput in;
  in.persons = kPersons;
  in.spells = kSpells;
  in.spells_source.clear();
  CHECK(status_of([&] { rorkit::read_microdata_csv(in); }) == RORKIT_ERROR_INVALID_ARGUMENT);
}

}  // namespace test_microdata_csv_errors
