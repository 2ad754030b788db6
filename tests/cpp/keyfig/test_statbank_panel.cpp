// Tests of statbank_to_panel: yearly values into one figure of a panel, selection by the other
// variables, missing cells, and the refusals.

#include <catch2/catch.hpp>

#include <string>

#include "keyfig/statbank_fixtures.hpp"
#include "support/errors.hpp"

namespace test_statbank_panel {

using namespace statbank_test;
using rorkit::test::error_of;

TEST_CASE("statbank panel: a yearly table becomes one figure", "[keyfig][statbank][panel]") {
  Panel p = statbank_to_panel(read_file("folk1a_codes.csv"), "population");
  CHECK(p.figure_ids() == std::vector<std::string>{"population"});
  CHECK(p.first_year() == 2021);
  CHECK(p.last_year() == 2023);
  REQUIRE(p.areas().size() == 4);
  CHECK(p.areas()[0].code == "000");
  CHECK(p.areas()[1].code == "081");
  CHECK(p.areas()[2].code == "101");
  CHECK(p.areas()[3].code == "787");

  Cell c = p.cell("101", 2023, "population");
  CHECK(c.status == CellStatus::value);
  CHECK(c.value == 653700);
  CHECK(p.cell("000", 2021, "population").value == 5840100);

  Cell gap = p.cell("787", 2022, "population");
  CHECK(gap.status == CellStatus::missing);
  CHECK(gap.reason == CellReason::source_missing);
  CHECK(p.cell("787", 2023, "population").value == 42950);
}

TEST_CASE("statbank panel: areas in standard order, gaps not reported",
          "[keyfig][statbank][panel]") {
  // Rows out of order, a year with no row at all for 101, labels and codes mixed.
  StatbankTable t = read_statbank_csv(
      "OMRÅDE;TID;INDHOLD\nThisted;2020;5\n101;2018;-3,5\nHele landet;2020;7\n081;2019;0\n");
  Panel p = statbank_to_panel(t, "kf99");
  REQUIRE(p.areas().size() == 4);
  CHECK(p.areas()[0].code == "000");
  CHECK(p.areas()[1].code == "081");
  CHECK(p.areas()[2].code == "101");
  CHECK(p.areas()[3].code == "787");
  CHECK(p.first_year() == 2018);
  CHECK(p.last_year() == 2020);
  CHECK(p.cell("101", 2018, "kf99").value == -3.5);  // negative values are kept
  Cell none = p.cell("101", 2019, "kf99");
  CHECK(none.status == CellStatus::missing);
  CHECK(none.reason == CellReason::not_reported);
  Cell zero = p.cell("081", 2019, "kf99");
  CHECK(zero.value == 0);
  CHECK(zero.status == CellStatus::true_zero);  // a reported 0 is a real zero
}

TEST_CASE("statbank panel: other variables are selected", "[keyfig][statbank][panel]") {
  StatbankTable t = read_file("folk1a_sex.csv");
  Panel tot = statbank_to_panel(t, "pop", {"KØN=TOT"});
  CHECK(tot.cell("000", 2022, "pop").value == 5873500);
  CHECK(tot.cell("851", 2022, "pop").value == 221300);
  CHECK(tot.cell("851", 2023, "pop").reason == CellReason::source_missing);
  Panel women = statbank_to_panel(t, "pop", {"køn=2"});  // variable names in any case
  CHECK(women.cell("000", 2023, "pop").value == 2979800);
  CHECK(women.cell("851", 2023, "pop").reason == CellReason::source_missing);  // "-"

  // Every other variable needs a value.
  Error e = error_of([&] { (void)statbank_to_panel(t, "pop"); });
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(contains(e.what(), "KØN"));
  CHECK(contains(e.what(), "\"TOT\", \"1\", \"2\""));

  StatbankTable full = read_file("folk1a_full_labels.csv");
  e = error_of([&] { (void)statbank_to_panel(full, "pop", {"KØN=I alt", "ALDER=Alder i alt"}); });
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(contains(e.what(), "CIVILSTAND"));

  // A value no row has.
  e = error_of([&] { (void)statbank_to_panel(t, "pop", {"KØN=3"}); });
  CHECK(e.status() == RORKIT_ERROR_NOT_FOUND);
  CHECK(contains(e.what(), "KØN=\"3\""));

  // Malformed selections.
  for (const char* bad : {"KØN", "=TOT", "ALDER=IALT", "TID=2022", "OMRÅDE=000", "INDHOLD=1"}) {
    INFO(bad);
    CHECK(rorkit::test::status_of([&] { (void)statbank_to_panel(t, "pop", {bad}); }) ==
          RORKIT_ERROR_INVALID_ARGUMENT);
  }
  CHECK(rorkit::test::status_of([&] {
          (void)statbank_to_panel(t, "pop", {"KØN=TOT", "KØN=1"});
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
  // A table without other variables takes no selection.
  CHECK(rorkit::test::status_of([&] {
          (void)statbank_to_panel(read_file("folk1a_codes.csv"), "pop", {"KØN=TOT"});
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("statbank panel: quarters and months are refused", "[keyfig][statbank][panel]") {
  Error e = error_of([] {
    (void)statbank_to_panel(read_file("hand01_quarters.csv"), "fte", {"YDELSE=SEL107"});
  });
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(contains(e.what(), "line 2 has the time 2024K3"));
  e = error_of([] { (void)statbank_to_panel(read_file("monthly.csv"), "n"); });
  CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(contains(e.what(), "2021M01"));
}

TEST_CASE("statbank panel: bad tables and arguments", "[keyfig][statbank][panel]") {
  StatbankTable t = read_file("folk1a_codes.csv");
  CHECK(rorkit::test::status_of([&] { (void)statbank_to_panel(t, ""); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(rorkit::test::status_of([&] {
          (void)statbank_to_panel(read_statbank_csv("OMRÅDE;TID;INDHOLD\n"), "x");
        }) == RORKIT_ERROR_INVALID_ARGUMENT);

  // Tables built by hand are checked too.
  StatbankTable twice = t;
  twice.rows.push_back(t.rows[0]);
  twice.rows.back().line = 99;
  Error e = error_of([&] { (void)statbank_to_panel(twice, "x"); });
  CHECK(e.status() == RORKIT_ERROR_DUPLICATE);
  CHECK(contains(e.what(), "lines 2 and 99"));

  StatbankTable extra = t;
  extra.rows[3].other.push_back("?");
  CHECK(rorkit::test::status_of([&] { (void)statbank_to_panel(extra, "x"); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);

  StatbankTable columns = t;
  columns.time_column = 0;
  CHECK(rorkit::test::status_of([&] { (void)statbank_to_panel(columns, "x"); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  columns.time_column = 2;  // INDHOLD
  CHECK(rorkit::test::status_of([&] { (void)statbank_to_panel(columns, "x"); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
}

}  // namespace test_statbank_panel
