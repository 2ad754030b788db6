// Tests of the StatBank CSV reader on well-formed input: codes and labels, both decimal marks,
// missing tokens, quarters and months, line endings, BOM, trailing separators, blank lines,
// quotes, and how the area column is found.

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "keyfig/statbank_fixtures.hpp"
#include "support/errors.hpp"

namespace test_statbank_read {

using namespace statbank_test;

namespace {

// The three rows of the small fixtures (crlf.csv, bom.csv, ...): 000, 101 and a missing 787.
void check_small(const StatbankTable& t) {
  REQUIRE(t.header == std::vector<std::string>{"OMRÅDE", "TID", "INDHOLD"});
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].area.code == "000");
  CHECK(t.rows[0].value == 5873500);
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[1].area.code == "101");
  CHECK(t.rows[1].value == 644400);
  CHECK(t.rows[1].line == 3);
  CHECK(t.rows[2].area.code == "787");
  CHECK(t.rows[2].missing);
  CHECK(t.rows[2].line == 4);
}

}  // namespace

TEST_CASE("statbank: a FOLK1A-like table with area codes", "[keyfig][statbank]") {
  StatbankTable t = read_file("folk1a_codes.csv");
  CHECK(t.header == std::vector<std::string>{"OMRÅDE", "TID", "INDHOLD"});
  CHECK(t.area_column == 0);
  CHECK(t.time_column == 1);
  REQUIRE(t.rows.size() == 12);
  const StatbankRow& first = t.rows.front();
  CHECK(first.area.code == "000");
  CHECK(first.area.kind == AreaKind::country);
  CHECK(first.area.name == "Hele landet");
  CHECK(first.time == StatbankTime{2021, TimeKind::year, 0});
  CHECK(first.other.empty());
  CHECK(first.value == 5840100);
  CHECK_FALSE(first.missing);
  CHECK(first.line == 2);
  CHECK(t.rows[3].area.kind == AreaKind::region);
  CHECK(t.rows[3].area.name == "Region Nordjylland");
  CHECK(t.rows[6].area.name == "København");
  CHECK(t.rows[6].area.kind == AreaKind::municipality);

  const StatbankRow& gap = t.rows[10];  // 787;2022;..
  CHECK(gap.area.name == "Thisted");
  CHECK(gap.missing);
  CHECK(std::isnan(gap.value));  // never a usable 0
  CHECK(gap.line == 12);
  CHECK(t.rows[11].value == 42950);
}

TEST_CASE("statbank: areas as labels resolve to the same areas as codes", "[keyfig][statbank]") {
  StatbankTable t = read_file("folk1a_labels.csv");
  REQUIRE(t.rows.size() == 6);
  CHECK(t.rows[0].area.code == "000");
  CHECK(t.rows[2].area.code == "081");
  CHECK(t.rows[4].area.code == "787");
  CHECK(t.rows[5].value == 42950);

  // Labels are matched the way find_area matches them: case and Danish spelling folded.
  StatbankTable full = read_file("folk1a_full_labels.csv");
  REQUIRE(full.rows.size() == 6);
  CHECK(full.rows[2].area.code == "085");
  CHECK(full.rows[4].area.code == "580");  // Aabenraa (Åbenrå)
  CHECK(full.rows[0].other == std::vector<std::string>{"I alt", "Alder i alt", "I alt"});
  CHECK(full.rows[1].time == StatbankTime{2025, TimeKind::quarter, 1});
  CHECK(full.rows[5].missing);  // "x"
}

TEST_CASE("statbank: comma decimals (lang=da) and dot decimals (lang=en)", "[keyfig][statbank]") {
  for (const char* name : {"mean_age_da.csv", "mean_age_en.csv"}) {
    INFO(name);
    StatbankTable t = read_file(name);
    REQUIRE(t.rows.size() == 6);
    CHECK(t.rows[0].value == 41.9);  // exactly the double nearest 41.9
    CHECK(t.rows[1].value == 42.1);
    CHECK(t.rows[3].missing);
    CHECK(t.rows[5].value == -0.5);  // negative values are kept
  }
  StatbankTable da = read_file("mean_age_da.csv");
  CHECK(da.rows[4].value == 42955.60);

  // The decimal mark can be given; an integer-only file reads under either.
  StatbankOptions comma;
  comma.decimal = ',';
  CHECK(read_file("mean_age_da.csv", comma).rows[0].value == 41.9);
  StatbankOptions dot;
  dot.decimal = '.';
  CHECK(read_file("mean_age_en.csv", dot).rows[2].value == 36.7);
  CHECK(read_file("folk1a_codes.csv", dot).rows[0].value == 5840100);
  CHECK(read_file("folk1a_codes.csv", comma).rows[0].value == 5840100);
}

TEST_CASE("statbank: exact decimal parsing", "[keyfig][statbank]") {
  auto value = [](const std::string& v, char decimal) {
    StatbankOptions o;
    o.decimal = decimal;
    return read_statbank_csv("OMRÅDE;TID;INDHOLD\n101;2023;" + v + "\n", o).rows.at(0).value;
  };
  CHECK(value("0,1", ',') == 0.1);
  CHECK(value("0.1", '.') == 0.1);
  CHECK(value("123456789,123456789", ',') == 123456789.123456789);
  CHECK(value("9007199254740993", ',') == 9007199254740992.0);  // round to even, like strtod
  CHECK(value("0,30000000000000000000000000001", ',') == 0.3);  // more than 19 digits
  CHECK(value("-0", ',') == 0.0);
  CHECK_FALSE(std::signbit(value("-0", ',')));
  CHECK(value("-12,75", ',') == -12.75);
  CHECK(value("007", ',') == 7);
}

TEST_CASE("statbank: missing-value tokens", "[keyfig][statbank]") {
  for (const char* token : {"..", ".", "-", "x", "X", "", "\"..\"", "\"\"", "  ..  "}) {
    INFO(token);
    StatbankTable t =
        read_statbank_csv(std::string("OMRÅDE;TID;INDHOLD\n101;2023;") + token + "\n");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].missing);
    CHECK(std::isnan(t.rows[0].value));
  }
  // "0" is a value, not a missing one.
  StatbankTable zero = read_statbank_csv("OMRÅDE;TID;INDHOLD\n101;2023;0\n");
  CHECK_FALSE(zero.rows[0].missing);
  CHECK(zero.rows[0].value == 0);
}

TEST_CASE("statbank: quarters, months and an extra variable (HAND01-like)", "[keyfig][statbank]") {
  StatbankTable t = read_file("hand01_quarters.csv");
  CHECK(t.header == std::vector<std::string>{"OMRÅDE", "YDELSE", "TID", "INDHOLD"});
  CHECK(t.area_column == 0);
  CHECK(t.time_column == 2);
  REQUIRE(t.rows.size() == 8);
  CHECK(t.rows[0].time == StatbankTime{2024, TimeKind::quarter, 3});
  CHECK(t.rows[0].other == std::vector<std::string>{"SEL107"});
  CHECK(t.rows[0].value == 112.5);
  CHECK(t.rows[1].value == 110.25);
  CHECK(t.rows[3].missing);
  CHECK(t.rows[7].value == 30.75);

  StatbankTable m = read_file("monthly.csv");
  REQUIRE(m.rows.size() == 3);
  CHECK(m.rows[0].time == StatbankTime{2021, TimeKind::month, 1});
  CHECK(m.rows[2].time == StatbankTime{2021, TimeKind::month, 12});
}

TEST_CASE("statbank: time codes", "[keyfig][statbank]") {
  CHECK(parse_statbank_time("2023") == StatbankTime{2023, TimeKind::year, 0});
  CHECK(parse_statbank_time("2025K1") == StatbankTime{2025, TimeKind::quarter, 1});
  CHECK(parse_statbank_time("2025Q4") == StatbankTime{2025, TimeKind::quarter, 4});
  CHECK(parse_statbank_time("2021M01") == StatbankTime{2021, TimeKind::month, 1});
  CHECK(parse_statbank_time("2021M12") == StatbankTime{2021, TimeKind::month, 12});
  for (const char* bad : {"", "202", "20231", "23", "2023 ", " 2023", "0000", "2025K0", "2025K5",
                          "2025K", "2025K12", "2021M1", "2021M00", "2021M13", "2021M001",
                          "2020H1", "2020U01", "ÅÅÅÅ", "2023-01", "+2023"}) {
    INFO(bad);
    Error e = rorkit::test::error_of([&] { (void)parse_statbank_time(bad); });
    CHECK(e.status() == RORKIT_ERROR_PARSE);
    CHECK(contains(e.what(), "StatBank time"));
  }
}

TEST_CASE("statbank: CRLF, CR, LF and a BOM read alike", "[keyfig][statbank]") {
  for (const char* name : {"crlf_bom.csv", "crlf.csv", "bom.csv", "cr.csv"}) {
    INFO(name);
    check_small(read_file(name));
  }
  // No line break after the last row.
  check_small(
      read_statbank_csv("OMRÅDE;TID;INDHOLD\n000;2022;5873500\n101;2022;644400\n787;2022;.."));
  // Mixed line endings in one file.
  check_small(read_statbank_csv(
      "OMRÅDE;TID;INDHOLD\r\n000;2022;5873500\n101;2022;644400\r787;2022;..\r\n"));
}

TEST_CASE("statbank: trailing separators and blank lines", "[keyfig][statbank]") {
  StatbankTable t = read_file("trailing_separators.csv");
  CHECK(t.header == std::vector<std::string>{"OMRÅDE", "TID", "INDHOLD"});
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[2].missing);  // "787;2022;;": an empty INDHOLD, then the trailing separator

  StatbankTable b = read_file("blank_lines.csv");
  REQUIRE(b.rows.size() == 3);
  CHECK(b.rows[0].line == 4);
  CHECK(b.rows[1].line == 6);
  CHECK(b.rows[2].line == 8);
  CHECK(b.rows[2].missing);

  // Blanks around fields are not part of them.
  StatbankTable s = read_statbank_csv("OMRÅDE ; TID ;INDHOLD\n 101 ;\t2023\t; 12,5 \n");
  CHECK(s.header == std::vector<std::string>{"OMRÅDE", "TID", "INDHOLD"});
  CHECK(s.rows.at(0).value == 12.5);
}

TEST_CASE("statbank: quoted fields", "[keyfig][statbank]") {
  StatbankTable t = read_file("quoted.csv");
  CHECK(t.header == std::vector<std::string>{"OMRÅDE", "KØN", "TID", "INDHOLD"});
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].area.code == "000");
  CHECK(t.rows[0].value == 5932800);
  CHECK(t.rows[1].other == std::vector<std::string>{"Kvinder \"K\""});
  CHECK(t.rows[2].other == std::vector<std::string>{"I alt; begge køn"});
  CHECK(t.rows[2].missing);

  // A line break inside quotes belongs to the field, and later lines still count right.
  StatbankTable nl = read_statbank_csv(
      "OMRÅDE;KØN;TID;INDHOLD\n101;\"to\r\nlinjer\";2023;1\n787;\"\";2023;2\n");
  REQUIRE(nl.rows.size() == 2);
  CHECK(nl.rows[0].other == std::vector<std::string>{"to\r\nlinjer"});
  CHECK(nl.rows[0].line == 2);
  CHECK(nl.rows[1].line == 4);
  CHECK(nl.rows[1].other == std::vector<std::string>{""});
}

TEST_CASE("statbank: finding the area column", "[keyfig][statbank]") {
  // Without OMRÅDE, the first column whose first value is an area.
  StatbankTable t = read_file("bopkom.csv");
  CHECK(t.area_column == 0);
  CHECK(t.rows.at(1).area.code == "787");

  StatbankTable second = read_statbank_csv("YDELSE;KOMK;TID;INDHOLD\nSEL107;101;2023;4\n");
  CHECK(second.area_column == 1);
  CHECK(second.rows.at(0).other == std::vector<std::string>{"SEL107"});

  // Named explicitly (any case), even when another column would also hold areas.
  StatbankOptions o;
  o.area_column = "bopkom";
  StatbankTable named = read_statbank_csv("ARBKOM;BOPKOM;TID;INDHOLD\n101;787;2023;4\n", o);
  CHECK(named.area_column == 1);
  CHECK(named.rows.at(0).area.code == "787");
  CHECK(named.rows.at(0).other == std::vector<std::string>{"101"});

  // The header's names match in any case (the API's request spells Tid).
  StatbankTable lower = read_statbank_csv("Område;Tid;Indhold\n101;2023;4\n");
  CHECK(lower.area_column == 0);
  CHECK(lower.header == std::vector<std::string>{"Område", "Tid", "Indhold"});

  // The area and time columns can be anywhere before INDHOLD.
  StatbankTable order = read_statbank_csv("TID;KØN;OMRÅDE;INDHOLD\n2023;TOT;Thisted;4\n");
  CHECK(order.time_column == 0);
  CHECK(order.area_column == 2);
  CHECK(order.rows.at(0).area.code == "787");

  // DAWA's four-digit municipality codes resolve too.
  CHECK(read_statbank_csv("OMRÅDE;TID;INDHOLD\n0101;2023;4\n").rows.at(0).area.code == "101");
}

TEST_CASE("statbank: an empty table and the same area in two spellings", "[keyfig][statbank]") {
  StatbankTable empty = read_statbank_csv("OMRÅDE;TID;INDHOLD\r\n");
  CHECK(empty.rows.empty());
  CHECK(empty.header.size() == 3);

  // A code and a label of different areas are different cells; the same time in two
  // variables' values too.
  StatbankTable t = read_statbank_csv(
      "OMRÅDE;KØN;TID;INDHOLD\nThisted;1;2023;1\nThisted;2;2023;2\n101;1;2023;3\n");
  CHECK(t.rows.size() == 3);
}

}  // namespace test_statbank_read
