// Tests of the StatBank CSV reader's errors: each with its status and a message that names the
// source, the line and the column (in characters, counted after a BOM), worked out by hand from
// the fixture files.

#include <catch2/catch.hpp>

#include <string>

#include "keyfig/statbank_fixtures.hpp"

namespace test_statbank_errors {

using namespace statbank_test;

namespace {

// The error of a fixture, checked for status and "<file>: line L, column C: ".
std::string expect_file_error(const std::string& name, rorkit_status status, int line, int column,
                              StatbankOptions options = {}) {
  Error e = file_error(name, options);
  INFO(e.what());
  CHECK(e.status() == status);
  const std::string where =
      name + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
  CHECK(std::string(e.what()).rfind(where, 0) == 0);
  return e.what();
}

std::string expect_text_error(const std::string& text, rorkit_status status, int line, int column,
                              StatbankOptions options = {}) {
  Error e = read_error(text, options);
  INFO(e.what());
  CHECK(e.status() == status);
  const std::string where = options.source + ": line " + std::to_string(line) + ", column " +
                            std::to_string(column) + ": ";
  CHECK(std::string(e.what()).rfind(where, 0) == 0);
  return e.what();
}

}  // namespace

TEST_CASE("statbank errors: wrong field counts", "[keyfig][statbank][errors]") {
  // "101;2022" ends after 8 characters: the missing field would start at column 9.
  std::string m = expect_file_error("err_field_count_short.csv", RORKIT_ERROR_PARSE, 3, 9);
  CHECK(contains(m, "2 fields where the header has 3"));
  // "101;2022;644400;7": the extra field starts at column 17.
  m = expect_file_error("err_field_count_long.csv", RORKIT_ERROR_PARSE, 3, 17);
  CHECK(contains(m, "4 fields where the header has 3"));
  // Only one trailing empty field is a trailing separator.
  expect_text_error("OMRÅDE;TID;INDHOLD\n101;2023;1;;\n", RORKIT_ERROR_PARSE, 2, 12);
  expect_text_error("OMRÅDE;TID;INDHOLD\n101;2023;1;\"\"\n", RORKIT_ERROR_PARSE, 2, 12);
}

TEST_CASE("statbank errors: numbers", "[keyfig][statbank][errors]") {
  std::string m = expect_file_error("err_number.csv", RORKIT_ERROR_PARSE, 3, 10);
  CHECK(contains(m, "INDHOLD \"12x\" is not a number"));

  m = expect_file_error("err_thousands.csv", RORKIT_ERROR_PARSE, 2, 10);
  CHECK(contains(m, "both ',' and '.'"));
  CHECK(contains(m, "thousands separators"));

  m = expect_file_error("err_mixed_decimals.csv", RORKIT_ERROR_PARSE, 3, 10);
  CHECK(contains(m, "has a '.' but line 2 used ',' as the decimal mark"));

  // With the decimal mark given, the other mark is refused (a thousands separator or the wrong
  // language), naming where.
  StatbankOptions comma;
  comma.decimal = ',';
  m = expect_file_error("mean_age_en.csv", RORKIT_ERROR_PARSE, 2, 10, comma);
  CHECK(contains(m, "options.decimal is ','"));
  StatbankOptions dot;
  dot.decimal = '.';
  m = expect_file_error("mean_age_da.csv", RORKIT_ERROR_PARSE, 2, 10, dot);
  CHECK(contains(m, "has a ','"));

  StatbankOptions o;
  o.source = "t.csv";
  for (const char* bad : {"1,2,3", "1e5", "1E5", "inf", "nan", "-", "--1", "+1", ",5", "5,",
                          "0x10", "1 000", "12\xC2\xA0" "000", "−3", "1;"}) {
    INFO(bad);
    std::string text = std::string("OMRÅDE;TID;INDHOLD\n101;2023;") + bad + "\n";
    if (std::string(bad) == "-") {
      CHECK(read_statbank_csv(text, o).rows[0].missing);  // "-" is a missing token
      continue;
    }
    if (std::string(bad) == "1;") {
      CHECK(read_statbank_csv(text, o).rows[0].value == 1);  // a trailing separator
      continue;
    }
    expect_text_error(text, RORKIT_ERROR_PARSE, 2, 10, o);
  }
  // Beyond double.
  m = expect_text_error("OMRÅDE;TID;INDHOLD\n101;2023;1" + std::string(400, '0') + "\n",
                        RORKIT_ERROR_PARSE, 2, 10, o);
  CHECK(contains(m, "out of range"));

  // Columns count characters, not bytes: "Region Sjælland;2023;" is 21 characters.
  expect_text_error("OMRÅDE;TID;INDHOLD\nRegion Sjælland;2023;12x\n", RORKIT_ERROR_PARSE, 2, 22);

  // options.decimal must be a decimal mark.
  StatbankOptions semicolon;
  semicolon.decimal = ';';
  Error e = read_error("OMRÅDE;TID;INDHOLD\n", semicolon);
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("statbank errors: unknown areas", "[keyfig][statbank][errors]") {
  std::string m = expect_file_error("err_unknown_area.csv", RORKIT_ERROR_NOT_FOUND, 3, 1);
  CHECK(contains(m, "OMRÅDE \"999\" is not a known area"));
  m = expect_file_error("err_unknown_label.csv", RORKIT_ERROR_NOT_FOUND, 3, 1);
  CHECK(contains(m, "\"Region Vestjylland\""));
  // Letters that label folding does not spell out (ç) are compared as they are.
  expect_text_error("OMRÅDE;TID;INDHOLD\n101;2023;1\nFrançois;2023;1\n", RORKIT_ERROR_NOT_FOUND,
                    3, 1);
  // An empty area is a malformed row rather than an unknown area.
  m = expect_text_error("OMRÅDE;TID;INDHOLD\n;2023;4\n", RORKIT_ERROR_PARSE, 2, 1);
  CHECK(contains(m, "OMRÅDE is empty"));
}

TEST_CASE("statbank errors: duplicate cells name both lines", "[keyfig][statbank][errors]") {
  // Line 5 spells line 2's area as a label.
  std::string m = expect_file_error("err_duplicate.csv", RORKIT_ERROR_DUPLICATE, 5, 1);
  CHECK(contains(m, "a second row for OMRÅDE \"000\", KØN \"TOT\", TID \"2022\""));
  CHECK(contains(m, "(first on line 2)"));
  // Many rows (the index grows) and a duplicate at the end.
  std::string text = "OMRÅDE;TID;INDHOLD\n";
  for (int y = 1001; y <= 1400; ++y) text += "101;" + std::to_string(y) + ";1\n";
  text += "København;1234;2\n";
  m = expect_text_error(text, RORKIT_ERROR_DUPLICATE, 402, 1);
  CHECK(contains(m, "(first on line 235)"));
}

TEST_CASE("statbank errors: the header", "[keyfig][statbank][errors]") {
  std::string m = expect_file_error("err_no_indhold.csv", RORKIT_ERROR_SCHEMA, 1, 1);
  CHECK(contains(m, "no INDHOLD column"));
  m = expect_file_error("err_no_time.csv", RORKIT_ERROR_SCHEMA, 1, 1);
  CHECK(contains(m, "no TID column"));
  m = expect_file_error("err_no_area.csv", RORKIT_ERROR_SCHEMA, 2, 1);
  CHECK(contains(m, "no OMRÅDE column"));
  m = expect_file_error("err_comma_separated.csv", RORKIT_ERROR_SCHEMA, 1, 1);
  CHECK(contains(m, "the separator must be ';'"));

  Error e = file_error("err_empty.csv");
  CHECK(e.status() == RORKIT_ERROR_SCHEMA);
  CHECK(std::string(e.what()) == "err_empty.csv: no header line (the text is empty)");
  CHECK(read_error("\n\r\n  \n").status() == RORKIT_ERROR_SCHEMA);

  // INDHOLD last; after a BOM the column count starts again ("OMRÅDE;TID;" is 11 characters).
  m = expect_text_error("\xEF\xBB\xBFOMRÅDE;TID;INDHOLD;KØN\n", RORKIT_ERROR_SCHEMA, 1, 12);
  CHECK(contains(m, "INDHOLD must be the last column"));
  m = expect_text_error("OMRÅDE;TID;tid;INDHOLD\n", RORKIT_ERROR_SCHEMA, 1, 12);
  CHECK(contains(m, "appears twice in the header (also column 8)"));
  expect_text_error("OMRÅDE;;TID;INDHOLD\n", RORKIT_ERROR_SCHEMA, 1, 8);
  expect_text_error("TID;INDHOLD\n2023;1\n", RORKIT_ERROR_SCHEMA, 1, 1);

  // Without an OMRÅDE column and without rows, nothing says which column holds areas.
  e = read_error("KOMK;TID;INDHOLD\n");
  CHECK(e.status() == RORKIT_ERROR_SCHEMA);
  CHECK(contains(e.what(), "options.area_column"));
  StatbankOptions o;
  o.area_column = "REGION";
  m = expect_text_error("OMRÅDE;TID;INDHOLD\n", RORKIT_ERROR_SCHEMA, 1, 1, o);
  CHECK(contains(m, "options.area_column \"REGION\""));
  o.area_column = "TID";
  expect_text_error("OMRÅDE;TID;INDHOLD\n", RORKIT_ERROR_SCHEMA, 1, 1, o);
}

TEST_CASE("statbank errors: times", "[keyfig][statbank][errors]") {
  std::string m = expect_file_error("err_bad_time.csv", RORKIT_ERROR_PARSE, 3, 5);
  CHECK(contains(m, "TID: StatBank time \"2025K5\": the quarter must be 1-4"));
}

TEST_CASE("statbank errors: quotes", "[keyfig][statbank][errors]") {
  std::string m = expect_file_error("err_quote.csv", RORKIT_ERROR_PARSE, 2, 10);
  CHECK(contains(m, "the quote is never closed"));
  m = expect_text_error("OMRÅDE;TID;INDHOLD\n101;\"2023\"x;1\n", RORKIT_ERROR_PARSE, 2, 11);
  CHECK(contains(m, "text after the closing quote"));
  // A quote inside an unquoted field is kept as text (and here is not a number).
  expect_text_error("OMRÅDE;TID;INDHOLD\n101;2023;1\"2\n", RORKIT_ERROR_PARSE, 2, 10);
}

TEST_CASE("statbank errors: text that is not UTF-8", "[keyfig][statbank][errors]") {
  // "Region Sj" is 9 characters; the Latin-1 æ is the 10th.
  std::string m = expect_file_error("err_latin1.csv", RORKIT_ERROR_INVALID_UTF8, 2, 10);
  CHECK(contains(m, "byte 0xE6"));
  expect_text_error("\xEF\xBB\xBFOMR\xC3;TID;INDHOLD\n", RORKIT_ERROR_INVALID_UTF8, 1, 4);
  expect_text_error("OMRÅDE;TID;INDHOLD\r\n101;2023;\xED\xA0\x80\r\n", RORKIT_ERROR_INVALID_UTF8,
                    2, 10);
}

TEST_CASE("statbank errors: line numbers with CR, CRLF and quoted line breaks",
          "[keyfig][statbank][errors]") {
  expect_text_error("OMRÅDE;TID;INDHOLD\r000;2022;1\r101;2022;zz\r", RORKIT_ERROR_PARSE, 3, 10);
  expect_text_error("OMRÅDE;TID;INDHOLD\r\n\r\n000;2022;1\r\n101;2022;zz\r\n", RORKIT_ERROR_PARSE,
                    4, 10);
  expect_text_error("OMRÅDE;KØN;TID;INDHOLD\n101;\"a\nb\";2022;1\n787;c;2022;zz\n",
                    RORKIT_ERROR_PARSE, 4, 12);
  // A field after a quoted line break counts its line and column from that break.
  expect_text_error("OMRÅDE;KØN;TID;INDHOLD\n101;\"a\nbc\";2022;zz\n", RORKIT_ERROR_PARSE, 3, 10);
}

TEST_CASE("statbank errors: messages quote awkward tokens safely", "[keyfig][statbank][errors]") {
  StatbankOptions o;
  o.source = "x.csv";
  std::string m = expect_text_error("OMRÅDE;TID;INDHOLD\n101;2023;a\x01\"\\b\n",
                                    RORKIT_ERROR_PARSE, 2, 10, o);
  CHECK(contains(m, "\"a\\x01\\\"\\\\b\""));
  m = expect_text_error("OMRÅDE;TID;INDHOLD\n" + std::string(100, 'q') + ";2023;1\n",
                        RORKIT_ERROR_NOT_FOUND, 2, 1, o);
  CHECK(contains(m, std::string(40, 'q') + "...\""));
  CHECK_FALSE(contains(m, std::string(41, 'q')));
}

}  // namespace test_statbank_errors
