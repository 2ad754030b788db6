// Bad input: every check of compute_aggregates with its status and message, and the rule that
// the bad row reported does not depend on the thread count or on the rows' order.

#include <catch2/catch.hpp>

#include <string>

#include "keyfig/microdata_fixture.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "support/errors.hpp"

namespace test_microdata_errors {

using rorkit::test::day;
using rorkit::test::message_of;
using rorkit::test::Micro;
using rorkit::test::missing;
using rorkit::test::open_end;
using rorkit::test::status_of;

namespace {

Micro base() {
  Micro m;
  m.person(10, 101, 1980).person(20, 147, 1990).person(30, 851, 2000);
  m.spell(10, 3, day(2020, 1, 1), open_end).spell(20, 1, day(2021, 1, 1), day(2021, 3, 1), 147);
  m.admission(10, day(2020, 5, 5));
  m.survey(10, 101, 2020, {1, 2, 3, 4, 5}, 50, 4, 4, 1);
  return m;
}

std::string error_of(const Micro& m, int threads = 1) {
  rorkit::ComputeOptions o;
  o.threads = threads;
  const std::string msg = message_of([&] { m.compute(o); });
  CHECK(status_of([&] { m.compute(o); }) != RORKIT_OK);
  return msg;
}

void expect(const Micro& m, const std::string& want, rorkit_status status = RORKIT_ERROR_INVALID_ARGUMENT) {
  CHECK(status_of([&] { m.compute(); }) == status);
  CHECK(error_of(m) == want);
}

}  // namespace

TEST_CASE("the valid base table computes") { CHECK(status_of([] { base().compute(); }) == RORKIT_OK); }

TEST_CASE("bad rows are named by table, row and column") {
  {
    Micro m = base();
    m.muni[1] = 411;  // Christiansø has a code but is not a municipality
    expect(m, "persons row 1, column municipality: municipality code 411 is not one of the 98 municipalities");
  }
  {
    Micro m = base();
    m.id[2] = -5;
    expect(m, "persons row 2, column id: id -5 is negative");
  }
  {
    Micro m = base();
    m.id[2] = 20;
    expect(m, "persons row 2, column id: id 20 is a duplicate (also in row 1)");
  }
  {
    Micro m = base();
    m.status[4] = 0x13;
    expect(m, "persons row 1, column status: status 19 (year 2021) has bits other than 1, 2, 4, 8");
  }
  {
    Micro m = base();
    m.sb[1] = 12;
    expect(m, "spells row 1, column basis: legal-basis code 12 is outside 1-9");
  }
  {
    Micro m = base();
    m.sb[0] = 0;
    expect(m, "spells row 0, column basis: legal-basis code 0 is outside 1-9");
  }
  {
    Micro m = base();
    m.ss[1] = day(2021, 3, 2);
    expect(m, "spells row 1, column end: the spell ends (2021-03-01, day 18687) before it starts "
              "(2021-03-02, day 18688)");
  }
  {
    Micro m = base();
    m.sm[0] = 999;
    expect(m, "spells row 0, column municipality: municipality code 999 is not one of the 98 municipalities");
  }
  {
    Micro m = base();
    m.sp[0] = -1;
    expect(m, "spells row 0, column person: id -1 is negative");
  }
  {
    Micro m = base();
    m.ap[0] = -7;
    expect(m, "admissions row 0, column person: id -7 is negative");
  }
  {
    Micro m = base();
    m.qw[3] = 6;
    expect(m, "surveys row 0, column who5_items: WHO-5 item 4 is 6; allowed: whole numbers 0-5 or NaN");
  }
  {
    Micro m = base();
    m.qw[0] = 2.5;
    expect(m, "surveys row 0, column who5_items: WHO-5 item 1 is 2.5; allowed: whole numbers 0-5 or NaN");
  }
  {
    Micro m = base();
    m.qr[0] = 100.5;
    expect(m, "surveys row 0, column recovery: recovery 100.5 is outside 0-100");
  }
  {
    Micro m = base();
    m.qs[0] = 0;
    expect(m, "surveys row 0, column satisfaction: satisfaction 0 is outside 1-5");
  }
  {
    Micro m = base();
    m.qi[0] = 6;
    expect(m, "surveys row 0, column involvement: involvement 6 is outside 1-5");
  }
  {
    Micro m = base();
    m.qx[0] = 0.5;
    expect(m, "surveys row 0, column participation: participation 0.5 is not 0 or 1");
  }
  {
    Micro m = base();
    m.qm[0] = 0;
    expect(m, "surveys row 0, column municipality: municipality code 0 is not one of the 98 municipalities");
  }
}

TEST_CASE("rows of persons outside the table are still validated") {
  Micro m = base();
  m.spell(1000, 42, day(2020, 1, 1), open_end);
  expect(m, "spells row 2, column basis: legal-basis code 42 is outside 1-9");
}

TEST_CASE("NaN marks a missing survey value, infinity is refused") {
  Micro m = base();
  m.qw[2] = missing;
  m.qr[0] = missing;
  CHECK(status_of([&] { m.compute(); }) == RORKIT_OK);
  m.qr[0] = std::numeric_limits<double>::infinity();
  expect(m, "surveys row 0, column recovery: recovery inf is outside 0-100");
}

TEST_CASE("the first bad row is reported, whatever the threads and the path") {
  Micro m;
  m.years = 1;
  for (std::int64_t i = 0; i < 100'000; ++i) m.person(i * 2, 101, 1980);
  m.muni[70'001] = 5;
  m.muni[90'000] = 6;
  m.id[80'000] = 80'000 * 2 - 2;  // duplicate of row 79,999: ids come first
  for (int t : {1, 2, 7}) CHECK(error_of(m, t) == "persons row 80000, column id: id 159998 is a duplicate (also in row 79999)");
  m.id[80'000] = 80'000 * 2 + 1;
  for (int t : {1, 2, 7})
    CHECK(error_of(m, t) == "persons row 70001, column municipality: municipality code 5 is not one of the 98 municipalities");
  std::swap(m.id[5], m.id[99'000]);  // unsorted: the indexed path reports the same row
  for (int t : {1, 2, 7})
    CHECK(error_of(m, t) == "persons row 70001, column municipality: municipality code 5 is not one of the 98 municipalities");
  m.id[99'999] = m.id[3];
  for (int t : {1, 2, 7}) CHECK(error_of(m, t) == "persons row 99999, column id: id 6 is a duplicate (also in row 3)");
}

TEST_CASE("shape errors: column lengths, null data, years, options") {
  {
    Micro m = base();
    m.muni.pop_back();
    expect(m, "column lengths differ: persons.municipality has 2 rows, persons.id has 3");
  }
  {
    Micro m = base();
    m.status.pop_back();
    expect(m, "column lengths differ: persons.status has 8 values, persons x years is 3 x 3");
  }
  {
    Micro m = base();
    m.se.push_back(0);
    expect(m, "column lengths differ: spells.end has 3 rows, spells.person has 2");
  }
  {
    Micro m = base();
    m.ad.clear();
    expect(m, "column lengths differ: admissions.date has 0 rows, admissions.person has 1");
  }
  {
    Micro m = base();
    m.qw.pop_back();
    expect(m, "column lengths differ: surveys.who5_items has 4 values, 5 x surveys.person is 5");
  }
  {
    Micro m = base();
    m.qy.clear();
    expect(m, "column lengths differ: surveys.year has 0 rows, surveys.person has 1");
  }
  {
    const Micro m = base();
    auto s = m.spells();
    s.start.data = nullptr;
    CHECK(status_of([&] { rorkit::compute_aggregates(m.persons(), s, m.admissions(), m.surveys()); }) ==
          RORKIT_ERROR_NULL_POINTER);
  }
  const Micro m = base();
  auto with = [&](auto set) {
    rorkit::ComputeOptions o;
    set(o);
    return message_of([&] { m.compute(o); });
  };
  CHECK(with([](auto& o) { o.first_year = 2019; }) ==
        "the years 2019-2022 must be in order and within the persons table's 2020-2022");
  CHECK(with([](auto& o) { o.last_year = 2023; }) ==
        "the years 2020-2023 must be in order and within the persons table's 2020-2022");
  CHECK(with([](auto& o) { o.min_age = 70; }) == "the age band 70-64 must satisfy 0 <= min_age <= max_age <= 150");
  CHECK(with([](auto& o) { o.threads = -1; }) == "threads is -1; use 0 for all hardware threads");
  Micro zero = base();
  zero.years = 0;
  zero.status.clear();
  CHECK(message_of([&] { zero.compute(); }) == "persons.years is 0; the status table needs 1-1000 years");
  Micro long_span;
  long_span.first_year = 1950;
  long_span.years = 65;
  long_span.person(1, 101, 1930);
  CHECK(status_of([&] { long_span.compute(); }) == RORKIT_ERROR_OUT_OF_RANGE);
  rorkit::ComputeOptions o;
  o.last_year = 2013;
  CHECK(status_of([&] { long_span.compute(o); }) == RORKIT_OK);  // 64 years
}

TEST_CASE("empty tables compute to zero counts") {
  Micro m;
  const auto a = m.compute();
  CHECK(a.denominator(101, 2020, 1) == 0);
  CHECK(a.first_year() == 2020);
  CHECK(a.last_year() == 2022);
  m.spell(5, 1, day(2020, 1, 1), open_end);  // only orphans
  CHECK(m.compute() == a);
}

}  // namespace test_microdata_errors
