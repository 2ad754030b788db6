// Tests of the microdata CSV reader and writer on well-formed input: hand-written tables read to
// columns worked out by hand (days since 1970-01-01 counted by hand too), BOM/CRLF variants read
// the same, and write -> read gives the columns back. Bad input: test_microdata_csv_errors.cpp.

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "rorkit/keyfig/microdata_csv.hpp"
#include "rorkit/keyfig/synthetic.hpp"
#include "support/errors.hpp"

namespace test_microdata_csv {

using rorkit::MicrodataCsv;
using rorkit::MicrodataCsvInput;
using rorkit::SyntheticData;

namespace {

constexpr std::int32_t kOpen = std::numeric_limits<std::int32_t>::max();

// Columns in another order than the writer's, a blank line, comma and dot decimals, NA and empty.
const char* const kPersons =
    "municipality;id;status_2021;birth_year;status_2020\n"
    "101;7;1;1980;0\n"
    "\n"
    "851;12;3;1995;8\n";
const char* const kSpells =
    "person;municipality;basis;start;end\n"
    "7;101;3;2020-01-01;\n"
    "12;851;1;2021-01-01;2021-03-01\n";
const char* const kAdmissions = "date;person\n2020-05-05;7\n";
const char* const kSurveys =
    "person;municipality;year;who5_1;who5_2;who5_3;who5_4;who5_5;recovery;satisfaction\n"
    "7;101;2020;1;2;3;4;5;62,5;4\n"
    "12;851;2021;NA;;3;3;3;;4.5\n";

MicrodataCsv read_all(std::string_view persons, std::string_view spells,
                      std::string_view admissions, std::string_view surveys) {
  MicrodataCsvInput in;
  in.persons = persons;
  in.spells = spells;
  in.admissions = admissions;
  in.surveys = surveys;
  in.admissions_source = "admissions.csv";
  in.surveys_source = "surveys.csv";
  return rorkit::read_microdata_csv(in);
}

// Equal element by element, NaN equal to NaN (missing survey values).
bool same(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
  return true;
}

void check_same(const SyntheticData& a, const SyntheticData& b) {
  CHECK(a.person_id == b.person_id);
  CHECK(a.person_municipality == b.person_municipality);
  CHECK(a.birth_year == b.birth_year);
  CHECK(a.status == b.status);
  CHECK(a.first_year == b.first_year);
  CHECK(a.years == b.years);
  CHECK(a.spell_person == b.spell_person);
  CHECK(a.spell_municipality == b.spell_municipality);
  CHECK(a.spell_basis == b.spell_basis);
  CHECK(a.spell_start == b.spell_start);
  CHECK(a.spell_end == b.spell_end);
  CHECK(a.admission_person == b.admission_person);
  CHECK(a.admission_date == b.admission_date);
  CHECK(a.survey_person == b.survey_person);
  CHECK(a.survey_municipality == b.survey_municipality);
  CHECK(a.survey_year == b.survey_year);
  CHECK(same(a.survey_who5, b.survey_who5));
  CHECK(same(a.survey_recovery, b.survey_recovery));
  CHECK(same(a.survey_satisfaction, b.survey_satisfaction));
  CHECK(same(a.survey_involvement, b.survey_involvement));
  CHECK(same(a.survey_participation, b.survey_participation));
}

MicrodataCsv round_trip(const SyntheticData& d) {
  return read_all(rorkit::persons_to_csv(d), rorkit::spells_to_csv(d),
                  rorkit::admissions_to_csv(d), rorkit::surveys_to_csv(d));
}

}  // namespace

TEST_CASE("microdata csv: four hand-written tables read to the expected columns",
          "[keyfig][microdata_csv]") {
  const MicrodataCsv csv = read_all(kPersons, kSpells, kAdmissions, kSurveys);
  const SyntheticData& d = csv.data;
  CHECK(d.person_id == std::vector<std::int64_t>{7, 12});
  CHECK(d.person_municipality == std::vector<std::int16_t>{101, 851});
  CHECK(d.birth_year == std::vector<std::int16_t>{1980, 1995});
  CHECK(d.first_year == 2020);
  CHECK(d.years == 2);
  CHECK(d.status == std::vector<std::uint8_t>{0, 1, 8, 3});  // persons x years, in year order

  CHECK(d.spell_person == std::vector<std::int64_t>{7, 12});
  CHECK(d.spell_municipality == std::vector<std::int16_t>{101, 851});
  CHECK(d.spell_basis == std::vector<std::int8_t>{3, 1});
  // 2020-01-01: 50 years with 12 leap days; 2021-03-01: + 366 + 31 + 28.
  CHECK(d.spell_start == std::vector<std::int32_t>{18262, 18628});
  CHECK(d.spell_end == std::vector<std::int32_t>{kOpen, 18687});

  CHECK(d.admission_person == std::vector<std::int64_t>{7});
  CHECK(d.admission_date == std::vector<std::int32_t>{18387});  // 18262 + 31 + 29 + 31 + 30 + 4

  CHECK(d.survey_person == std::vector<std::int64_t>{7, 12});
  CHECK(d.survey_municipality == std::vector<std::int16_t>{101, 851});
  CHECK(d.survey_year == std::vector<std::int16_t>{2020, 2021});
  const double na = std::nan("");
  CHECK(same(d.survey_who5, {1, 2, 3, 4, 5, na, na, 3, 3, 3}));
  CHECK(same(d.survey_recovery, {62.5, na}));
  CHECK(d.survey_satisfaction == std::vector<double>{4, 4.5});
  CHECK(d.survey_involvement.empty());  // a column left out was not collected
  CHECK(d.survey_participation.empty());

  CHECK(csv.sources[0] == "persons.csv");
  CHECK(csv.sources[3] == "surveys.csv");
  CHECK(csv.lines[0] == std::vector<std::int64_t>{2, 4});  // the blank line 3 is skipped
  CHECK(csv.lines[1] == std::vector<std::int64_t>{2, 3});
  CHECK(csv.lines[2] == std::vector<std::int64_t>{2});

  // The engine accepts what was read (both municipalities exist, spells are in order).
  CHECK(rorkit::test::status_of([&] { rorkit::compute_aggregates(csv); }) == RORKIT_OK);
}

TEST_CASE("microdata csv: BOM, CRLF, CR, quotes and blanks read the same",
          "[keyfig][microdata_csv]") {
  const std::string spells_crlf =
      "\xEF\xBB\xBFperson;municipality;basis;start;end\r\n"
      "7;101;3;2020-01-01;\r\n"
      "\r\n"
      "\"12\"; 851 ;1;2021-01-01;\"2021-03-01\"\r\n";
  const std::string persons_cr =
      "\xEF\xBB\xBFmunicipality;id;status_2021;birth_year;status_2020\r"
      "101;7;1;1980;0\r\r851;12;3;1995;8";  // CR only, no final line break
  const MicrodataCsv plain = read_all(kPersons, kSpells, kAdmissions, kSurveys);
  const MicrodataCsv variant = read_all(persons_cr, spells_crlf, kAdmissions, kSurveys);
  check_same(plain.data, variant.data);
  CHECK(variant.lines[0] == std::vector<std::int64_t>{2, 4});
  CHECK(variant.lines[1] == std::vector<std::int64_t>{2, 4});
}

TEST_CASE("microdata csv: optional tables are read only when named", "[keyfig][microdata_csv]") {
  MicrodataCsvInput in;
  in.persons = kPersons;
  in.spells = kSpells;
  in.admissions = "not;a;table";  // ignored: no admissions_source
  const MicrodataCsv csv = rorkit::read_microdata_csv(in);
  CHECK(csv.data.person_id.size() == 2);
  CHECK(csv.data.admission_person.empty());
  CHECK(csv.data.survey_person.empty());
  CHECK(csv.sources[2].empty());
}

TEST_CASE("microdata csv: write then read gives the columns back", "[keyfig][microdata_csv]") {
  SyntheticData d;
  d.first_year = 2019;
  d.years = 3;
  d.person_id = {3, 1, 9000000000};
  d.person_municipality = {101, 851, 147};
  d.birth_year = {1950, 2001, 1988};
  d.status = {0, 1, 2, 4, 8, 15, 3, 0, 1};
  d.spell_person = {3, 1};
  d.spell_municipality = {101, 851};
  d.spell_basis = {9, 1};
  d.spell_start = {17897, 18000};  // 2019-01-01 and 2019-04-14
  d.spell_end = {kOpen, 18001};
  d.admission_person = {1, 1};
  d.admission_date = {18001, 19174};
  d.survey_person = {3, 1};
  d.survey_municipality = {101, 851};
  d.survey_year = {2019, 2021};
  const double na = std::nan("");
  d.survey_who5 = {0, 1, 2, 3, 4, 5, na, 5, 5, 0};
  // Values whose shortest form has an exponent (1e+06, 2.5e-04) or many digits must come back
  // exactly: the reader takes only plain decimals.
  d.survey_recovery = {1.0 / 3.0, 1e6};
  d.survey_satisfaction = {2.5e-4, na};
  d.survey_involvement = {-5e-324, 1.7976931348623157e308};  // the longest fixed forms
  d.survey_participation = {na, 1e-7};

  CHECK(rorkit::admissions_to_csv(d) == "person;date\n1;2019-04-15\n1;2022-07-01\n");
  CHECK(rorkit::spells_to_csv(d) ==
        "person;municipality;basis;start;end\n3;101;9;2019-01-01;\n1;851;1;2019-04-14;2019-04-15\n");
  const MicrodataCsv back = round_trip(d);
  check_same(d, back.data);
  CHECK(back.lines[3] == std::vector<std::int64_t>{2, 3});
}

TEST_CASE("microdata csv: tables without rows write their header", "[keyfig][microdata_csv]") {
  SyntheticData d;
  d.first_year = 2024;
  d.years = 1;
  CHECK(rorkit::persons_to_csv(d) == "id;municipality;birth_year;status_2024\n");
  CHECK(rorkit::spells_to_csv(d) == "person;municipality;basis;start;end\n");
  check_same(d, round_trip(d).data);
  d.first_year = 999;  // status_0999: the reader wants four digits
  CHECK(rorkit::persons_to_csv(d) == "id;municipality;birth_year;status_0999\n");
  check_same(d, round_trip(d).data);
}

TEST_CASE("microdata csv: absent survey columns are left out and stay absent",
          "[keyfig][microdata_csv]") {
  SyntheticData d;
  d.first_year = 2020;
  d.years = 1;
  d.survey_person = {4, 7};
  d.survey_municipality = {101, 147};
  d.survey_year = {2020, 2020};
  d.survey_recovery = {12.5, std::nan("")};
  d.survey_participation = {1, 0};
  // No WHO-5 items, no satisfaction, no involvement: the columns are not written at all.
  CHECK(rorkit::surveys_to_csv(d) ==
        "person;municipality;year;recovery;participation\n4;101;2020;12.5;1\n7;147;2020;;0\n");
  const MicrodataCsv back = round_trip(d);
  CHECK(back.data.survey_who5.empty());
  CHECK(back.data.survey_satisfaction.empty());
  CHECK(back.data.survey_involvement.empty());
  check_same(d, back.data);
}

TEST_CASE("microdata csv: a column of another length than its table is refused",
          "[keyfig][microdata_csv]") {
  SyntheticData d;
  d.first_year = 2020;
  d.years = 2;
  d.person_id = {1, 2};
  d.person_municipality = {101, 101};
  d.birth_year = {1990, 1991};
  d.status = {0, 0, 0};  // 2 persons x 2 years would be 4
  CHECK(rorkit::test::status_of([&] { (void)rorkit::persons_to_csv(d); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(rorkit::test::message_of([&] { (void)rorkit::persons_to_csv(d); }) ==
        "persons: column status (persons x years) has 3 values for 4");
  d.status = {0, 0, 0, 0};
  d.years = 0;
  d.status.clear();
  d.person_id.clear();
  d.person_municipality.clear();
  d.birth_year.clear();
  CHECK(rorkit::test::message_of([&] { (void)rorkit::persons_to_csv(d); }) ==
        "persons: years is 0; the status columns need at least 1");
  d.years = 3;
  d.first_year = 9998;  // 9998-10000: status_10000 would not read back
  CHECK(rorkit::test::message_of([&] { (void)rorkit::persons_to_csv(d); }) ==
        "persons: the status years from 9998 (3 years) do not fit status_<four-digit year> columns");
  d.first_year = 9997;
  CHECK(rorkit::persons_to_csv(d) == "id;municipality;birth_year;status_9997;status_9998;status_9999\n");
  d.spell_person = {1, 2};
  d.spell_municipality = {101, 101};
  d.spell_basis = {1, 3};
  d.spell_start = {18000, 18001};
  d.spell_end = {18100};
  CHECK(rorkit::test::message_of([&] { (void)rorkit::spells_to_csv(d); }) ==
        "spells: column end has 1 values for 2");
  d.admission_person = {1};
  CHECK(rorkit::test::message_of([&] { (void)rorkit::admissions_to_csv(d); }) ==
        "admissions: column date has 0 values for 1");
  d.survey_person = {1, 2};
  d.survey_municipality = {101, 101};
  d.survey_year = {2020, 2021};
  d.survey_recovery = {50};  // absent (0) or one per response (2)
  CHECK(rorkit::test::message_of([&] { (void)rorkit::surveys_to_csv(d); }) ==
        "surveys: column recovery has 1 values for 2 (or 0)");
  d.survey_recovery.clear();
  d.survey_who5 = {1, 2, 3, 4, 5};
  CHECK(rorkit::test::message_of([&] { (void)rorkit::surveys_to_csv(d); }) ==
        "surveys: column who5 (responses x 5) has 5 values for 10 (or 0)");
}

TEST_CASE("microdata csv: synthetic data survives the round trip", "[keyfig][microdata_csv]") {
  rorkit::SyntheticOptions o;
  o.persons = 2000;
  o.years = 4;
  const SyntheticData d = rorkit::generate_synthetic(o);
  REQUIRE(!d.spell_person.empty());
  REQUIRE(!d.survey_person.empty());
  const MicrodataCsv back = round_trip(d);
  check_same(d, back.data);
  CHECK(rorkit::compute_aggregates(back) == rorkit::compute_aggregates(d.persons(), d.spells(),
                                                                       d.admissions(), d.surveys()));
}

}  // namespace test_microdata_csv
