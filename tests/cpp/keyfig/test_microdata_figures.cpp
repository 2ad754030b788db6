// Every figure's numerator and denominator on a small population worked out by hand
// (docs/key-figures.md, "Definitions"). Years 2020-2022, ages 18-64.

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "keyfig/microdata_fixture.hpp"
#include "rorkit/keyfig/microdata.hpp"

namespace test_microdata_figures {

using rorkit::KeyFigureAggregates;
using rorkit::StairStep;
using rorkit::test::day;
using rorkit::test::Micro;
using rorkit::test::missing;
using rorkit::test::open_end;

namespace {

// P1 (101, born 2002: 18 in 2020) climbs §82a -> §85 -> §107; P2 (101, born 1956) is 64 in
// 2020 and ages out; P3 (101, born 2003) ages in in 2021, leaves §82b and comes back to §104
// after more than a year; P4 (147) has §85 in supported housing ending on 31 Dec 2020, then
// "other", re-visitated within 12 months by §103; P5 (101) has no spells; P6 is a child.
Micro scenario() {
  Micro m;
  m.person(1, 101, 2002, {1, 4, 10})
      .person(2, 101, 1956, {4, 0, 0})
      .person(3, 101, 2003)
      .person(4, 147, 1980, {1, 3, 0})
      .person(5, 101, 1990)
      .person(6, 101, 2010);
  m.spell(1, 1, day(2019, 6, 1), day(2020, 3, 31))
      .spell(1, 3, day(2020, 3, 1), day(2021, 6, 30))
      .spell(1, 7, day(2021, 7, 1), open_end)
      .spell(2, 8, day(2015, 1, 1), open_end)
      .spell(3, 2, day(2020, 10, 1), day(2021, 2, 28))
      .spell(3, 6, day(2022, 3, 15), day(2022, 9, 30))
      .spell(4, 4, day(2019, 1, 1), day(2020, 12, 31), 147)
      .spell(4, 9, day(2021, 1, 10), day(2021, 5, 31), 101)  // acting municipality differs
      .spell(4, 5, day(2022, 5, 1), day(2022, 12, 30), 147)
      .spell(6, 3, day(2020, 1, 1), open_end)
      .spell(99, 3, day(2020, 1, 1), open_end);  // a person not in the table
  m.admission(1, day(2019, 12, 31))
      .admission(1, day(2020, 5, 5))
      .admission(1, day(2020, 8, 8))
      .admission(1, day(2022, 1, 1))
      .admission(2, day(2021, 3, 3))
      .admission(4, day(2021, 2, 2))
      .admission(5, day(2020, 6, 6))
      .admission(99, day(2020, 6, 6));
  m.survey(1, 101, 2019, {1, 1, 1, 1, 1}, 10, 1, 1, 0)  // before the first year
      .survey(1, 101, 2020, {3, 3, 3, 3, 3}, 55.5, 4, 3, 1)
      .survey(2, 101, 2020, {5, 5, 5, 5, missing}, missing, 2, 5, 0)
      .survey(5, 147, 2021, {0, 1, 2, 3, 4}, 0, missing, missing, missing)
      .survey(99, 101, 2020, {5, 5, 5, 5, 5}, 100, 5, 5, 1);  // not in the table
  return m;
}

// (numerator, denominator) of every figure for one municipality and year.
using Row = std::array<std::pair<std::int64_t, std::int64_t>, 20>;

Row row(const KeyFigureAggregates& a, int muni, int year) {
  Row r;
  for (int f = 1; f <= 20; ++f)
    r[static_cast<std::size_t>(f - 1)] = {a.numerator(muni, year, f), a.denominator(muni, year, f)};
  return r;
}

void check_row(const KeyFigureAggregates& a, int muni, int year, const Row& want) {
  const Row got = row(a, muni, year);
  for (std::size_t f = 0; f < 20; ++f) {
    INFO("municipality " << muni << ", year " << year << ", kf" << f + 1);
    CHECK(got[f].first == want[f].first);
    CHECK(got[f].second == want[f].second);
  }
}

}  // namespace

TEST_CASE("every figure of a hand-made population, worked out by hand") {
  const KeyFigureAggregates a = scenario().compute();
  REQUIRE(a.first_year() == 2020);
  REQUIRE(a.last_year() == 2022);
  //                kf01     kf02    kf03    kf04    kf05    kf06    kf07    kf08    kf09    kf10
  check_row(a, 101, 2020, {{{2, 3}, {0, 2}, {1, 2}, {0, 2}, {0, 2}, {1, 2}, {0, 2}, {0, 2}, {1, 2}, {0, 2},
  //                kf11    kf12    kf13    kf14    kf15    kf16          kf17          kf18    kf19    kf20
                            {1, 2}, {0, 2}, {1, 2}, {0, 2}, {2, 2}, {60000, 1}, {55500, 1}, {1, 2}, {1, 2}, {1, 2}}});
  check_row(a, 101, 2021, {{{2, 3}, {1, 2}, {1, 2}, {0, 2}, {1, 2}, {0, 2}, {0, 2}, {1, 2}, {1, 2}, {1, 2},
                            {0, 2}, {0, 2}, {1, 2}, {0, 2}, {0, 2}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}});
  check_row(a, 101, 2022, {{{2, 3}, {0, 2}, {0, 2}, {0, 2}, {1, 2}, {0, 2}, {1, 2}, {0, 1}, {0, 1}, {1, 2},
                            {0, 2}, {1, 2}, {0, 2}, {1, 2}, {1, 2}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}});
  check_row(a, 147, 2020, {{{1, 1}, {0, 1}, {0, 1}, {1, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1},
                            {1, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}});
  check_row(a, 147, 2021, {{{1, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 1},
                            {1, 1}, {1, 1}, {0, 1}, {0, 1}, {1, 1}, {40000, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 0}}});
  check_row(a, 147, 2022, {{{1, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {1, 1}, {0, 0}, {0, 0}, {1, 1},
                            {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}});
  // Nobody anywhere else.
  for (int year = 2020; year <= 2022; ++year) check_row(a, 851, year, Row{});
}

TEST_CASE("the Indsatstrappe transitions: up, down, off the stair, and everyone else none -> none") {
  const KeyFigureAggregates a = scenario().compute();
  using S = StairStep;
  auto t = [&](int muni, int year, S from, S to) { return a.stair_transition(muni, year, from, to); };
  CHECK(t(101, 2020, S::low_threshold, S::home_support) == 1);        // P1 up
  CHECK(t(101, 2020, S::long_term_housing, S::long_term_housing) == 1);  // P2 stays
  CHECK(t(101, 2020, S::none, S::none) == 1);                         // P5
  CHECK(t(101, 2021, S::home_support, S::temporary_housing) == 1);    // P1 up
  CHECK(t(101, 2021, S::low_threshold, S::none) == 1);                // P3 leaves the stair
  CHECK(t(101, 2021, S::none, S::none) == 1);
  CHECK(t(101, 2022, S::temporary_housing, S::temporary_housing) == 1);
  CHECK(t(101, 2022, S::none, S::none) == 2);                         // P3 (§104 mid-year), P5
  CHECK(t(147, 2020, S::supported_housing, S::supported_housing) == 1);  // ends on 31 Dec: still on
  CHECK(t(147, 2020, S::none, S::none) == 0);
  CHECK(t(147, 2021, S::none, S::none) == 1);
  // Each municipality-year's transitions add up to its population.
  for (int muni : {101, 147, 851})
    for (int year = 2020; year <= 2022; ++year) {
      std::int64_t sum = 0;
      for (int f = 0; f < 7; ++f)
        for (int g = 0; g < 7; ++g) sum += t(muni, year, static_cast<S>(f), static_cast<S>(g));
      CHECK(sum == a.denominator(muni, year, 1));
    }
}

TEST_CASE("stair_step maps each legal basis to its step") {
  using rorkit::stair_step;
  CHECK(stair_step(1) == StairStep::low_threshold);
  CHECK(stair_step(2) == StairStep::low_threshold);
  CHECK(stair_step(3) == StairStep::home_support);
  CHECK(stair_step(4) == StairStep::supported_housing);
  CHECK(stair_step(5) == StairStep::activity);
  CHECK(stair_step(6) == StairStep::activity);
  CHECK(stair_step(7) == StairStep::temporary_housing);
  CHECK(stair_step(8) == StairStep::long_term_housing);
  CHECK(stair_step(9) == StairStep::none);
  CHECK(stair_step(0) == StairStep::none);
  CHECK(stair_step(-3) == StairStep::none);
}

TEST_CASE("kf10: re-visitation is a spell starting within 365 days after the last end") {
  Micro m;
  m.first_year = 2020;
  m.years = 2;
  for (std::int64_t p = 1; p <= 5; ++p) m.person(p, 101, 1980);
  m.spell(1, 3, day(2020, 1, 1), day(2020, 6, 30)).spell(1, 6, day(2021, 6, 30), day(2021, 8, 1));  // day 365: revisited
  m.spell(2, 3, day(2020, 1, 1), day(2020, 6, 30)).spell(2, 6, day(2021, 7, 1), day(2021, 8, 1));   // day 366: not
  // The latest end (30 Nov, of the "other" spell) counts, not the first: §103 on 1 Jun 2021 is
  // within 365 days of it.
  m.spell(3, 3, day(2020, 1, 1), day(2020, 3, 31))
      .spell(3, 9, day(2020, 2, 1), day(2020, 11, 30))
      .spell(3, 5, day(2021, 6, 1), day(2021, 9, 30));
  m.spell(4, 3, day(2020, 1, 1), day(2020, 12, 31));  // active on 31 Dec: not ended
  m.spell(5, 1, day(2020, 2, 1), day(2020, 2, 1)).spell(5, 1, day(2020, 2, 2), day(2020, 2, 2));  // one-day spells
  const KeyFigureAggregates a = m.compute();
  // In the target group in 2020: all five; ended without re-visitation: persons 2 and 5.
  CHECK(a.denominator(101, 2020, 10) == 5);
  CHECK(a.numerator(101, 2020, 10) == 2);
  // 2021, the last year: counted by the same rule in the aggregates (the panel hides it).
  CHECK(a.denominator(101, 2021, 10) == 3);
  CHECK(a.numerator(101, 2021, 10) == 3);
}

TEST_CASE("a sub-range of years and another age band") {
  const Micro m = scenario();
  rorkit::ComputeOptions o;
  o.first_year = 2021;
  o.last_year = 2021;
  const KeyFigureAggregates a = m.compute(o);
  CHECK(a.first_year() == 2021);
  CHECK(a.last_year() == 2021);
  CHECK(a.numerator(101, 2021, 1) == 2);
  CHECK(a.numerator(101, 2021, 13) == 1);  // P1's 2021 status, read at the right offset
  o = {};
  o.min_age = 65;
  o.max_age = 120;
  const KeyFigureAggregates old = m.compute(o);
  CHECK(old.min_age() == 65);
  CHECK(old.denominator(101, 2020, 1) == 0);
  CHECK(old.denominator(101, 2021, 1) == 1);  // P2 at 65
  CHECK(old.numerator(101, 2021, 6) == 1);    // in §108
}

TEST_CASE("counts past 255 per municipality and past 8 years, with status to the last byte") {
  // The engine counts 8 years per 64-bit word, a byte each, and empties a municipality's words
  // after 255 persons: n identical persons over 11 years cross both boundaries. Each is in §82a
  // all the time and has status 1 (employment) in every year and 8 (other income) in the last
  // year, the last byte of the status column.
  for (const int n : {255, 256, 257, 600}) {
    Micro m;
    m.first_year = 2014;
    m.years = 11;
    std::vector<std::uint8_t> status(11, 1);
    status.back() = 1 | 8;
    for (int i = 1; i <= n; ++i) {
      m.person(i, 101, 1980, status);
      m.spell(i, 1, day(2010, 1, 1), open_end);
    }
    const KeyFigureAggregates a = m.compute();
    INFO(n << " persons");
    for (int year = 2014; year <= 2024; ++year) {
      INFO(year);
      CHECK(a.numerator(101, year, 1) == n);   // in the target group
      CHECK(a.numerator(101, year, 2) == n);   // only low-threshold help
      CHECK(a.numerator(101, year, 11) == n);  // ordinary employment
      CHECK(a.numerator(101, year, 14) == (year == 2024 ? n : 0));
      CHECK(a.numerator(101, year, 3) == 0);
    }
  }
}

TEST_CASE("survey value columns may be left out") {
  Micro m = scenario();
  m.qr.clear();
  m.qw.clear();
  const KeyFigureAggregates a = m.compute();
  CHECK(a.denominator(101, 2020, 16) == 0);
  CHECK(a.denominator(101, 2020, 17) == 0);
  CHECK(a.denominator(101, 2020, 18) == 2);
}

TEST_CASE("rows in any order, ids of any shape: the same counts") {
  const Micro sorted = scenario();
  const KeyFigureAggregates want = sorted.compute();
  auto reversed = [](std::size_t n) {
    std::vector<std::size_t> o(n);
    std::iota(o.rbegin(), o.rend(), std::size_t{0});
    return o;
  };
  SECTION("spells, admissions and surveys reversed (persons still sorted)") {
    Micro m = sorted;
    const auto so = reversed(m.sp.size());
    for (auto* v : {&m.ss, &m.se}) rorkit::test::permute(*v, so);
    rorkit::test::permute(m.sp, so);
    rorkit::test::permute(m.sm, so);
    rorkit::test::permute(m.sb, so);
    const auto ao = reversed(m.ap.size());
    rorkit::test::permute(m.ap, ao);
    rorkit::test::permute(m.ad, ao);
    const auto qo = reversed(m.qp.size());
    rorkit::test::permute(m.qp, qo);
    rorkit::test::permute(m.qm, qo);
    rorkit::test::permute(m.qy, qo);
    rorkit::test::permute(m.qw, qo, 5);
    for (auto* v : {&m.qr, &m.qs, &m.qi, &m.qx}) rorkit::test::permute(*v, qo);
    CHECK(m.compute() == want);
  }
  SECTION("persons reversed") {
    Micro m = sorted;
    const auto po = reversed(m.id.size());
    rorkit::test::permute(m.id, po);
    rorkit::test::permute(m.muni, po);
    rorkit::test::permute(m.birth, po);
    rorkit::test::permute(m.status, po, static_cast<std::size_t>(m.years));
    CHECK(m.compute() == want);
  }
  auto renumber = [](Micro m, auto f) {
    for (auto* v : {&m.id, &m.sp, &m.ap, &m.qp})
      for (auto& x : *v) x = f(x);
    return m;
  };
  SECTION("ids 0..n-1 (the identity index) with unsorted spells") {
    Micro m = renumber(sorted, [](std::int64_t x) { return x == 99 ? 1000 : x - 1; });
    std::reverse(m.sp.begin(), m.sp.end());
    std::reverse(m.sm.begin(), m.sm.end());
    std::reverse(m.sb.begin(), m.sb.end());
    std::reverse(m.ss.begin(), m.ss.end());
    std::reverse(m.se.begin(), m.se.end());
    CHECK(m.compute() == want);
  }
  SECTION("sparse 62-bit ids (the hash index) with unsorted persons") {
    Micro m = renumber(sorted, [](std::int64_t x) { return x * 0x1234567890123LL; });
    std::reverse(m.id.begin(), m.id.end());
    std::reverse(m.muni.begin(), m.muni.end());
    std::reverse(m.birth.begin(), m.birth.end());
    rorkit::test::permute(m.status, reversed(m.id.size()), static_cast<std::size_t>(m.years));
    CHECK(m.compute() == want);
  }
}

}  // namespace test_microdata_figures
