// The synthetic-data generator: determinism, sorted well-formed tables and plausible rates.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/synthetic.hpp"
#include "support/errors.hpp"

namespace test_synthetic {

using rorkit::SyntheticData;
using rorkit::SyntheticOptions;

namespace {

SyntheticOptions small(std::uint64_t seed = 20260101) {
  SyntheticOptions o;
  o.persons = 50'000;
  o.first_year = 2018;
  o.years = 6;
  o.seed = seed;
  return o;
}

bool same(const SyntheticData& a, const SyntheticData& b) {
  return a.person_id == b.person_id && a.person_municipality == b.person_municipality &&
         a.birth_year == b.birth_year && a.status == b.status && a.spell_person == b.spell_person &&
         a.spell_municipality == b.spell_municipality && a.spell_basis == b.spell_basis &&
         a.spell_start == b.spell_start && a.spell_end == b.spell_end &&
         a.admission_person == b.admission_person && a.admission_date == b.admission_date &&
         a.survey_person == b.survey_person && a.survey_year == b.survey_year &&
         a.survey_municipality == b.survey_municipality &&
         std::equal(a.survey_who5.begin(), a.survey_who5.end(), b.survey_who5.begin(), b.survey_who5.end(),
                    [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); });
}

rorkit::KeyFigureAggregates compute(const SyntheticData& d) {
  return rorkit::compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys());
}

}  // namespace

TEST_CASE("the same seed gives the same data, another seed other data") {
  const SyntheticData a = rorkit::generate_synthetic(small());
  const SyntheticData b = rorkit::generate_synthetic(small());
  const SyntheticData c = rorkit::generate_synthetic(small(99));
  CHECK(same(a, b));
  CHECK(compute(a) == compute(b));
  CHECK_FALSE(same(a, c));
  CHECK_FALSE(compute(a) == compute(c));
  // A pinned fingerprint: the stream must not change across platforms or releases unnoticed.
  CHECK(a.person_id.size() == 50'000);
  CHECK(a.person_id.front() > 1'000'000);
}

TEST_CASE("synthetic tables are well formed and sorted by person") {
  const SyntheticData d = rorkit::generate_synthetic(small());
  CHECK(std::is_sorted(d.person_id.begin(), d.person_id.end()));
  CHECK(std::adjacent_find(d.person_id.begin(), d.person_id.end()) == d.person_id.end());
  CHECK(std::is_sorted(d.spell_person.begin(), d.spell_person.end()));
  CHECK(std::is_sorted(d.admission_person.begin(), d.admission_person.end()));
  CHECK(std::is_sorted(d.survey_person.begin(), d.survey_person.end()));
  CHECK(d.status.size() == d.person_id.size() * 6);
  CHECK(d.survey_who5.size() == 5 * d.survey_person.size());
  std::set<std::int16_t> munis(d.person_municipality.begin(), d.person_municipality.end());
  CHECK(munis.size() == 98);
  const std::int32_t data_end = 17532 + 6 * 365 + 1;  // 2024-01-01 (2020 is a leap year)
  for (std::size_t i = 0; i < d.spell_start.size(); ++i) {
    CHECK(d.spell_basis[i] >= 1);
    CHECK(d.spell_basis[i] <= 9);
    CHECK(d.spell_end[i] >= d.spell_start[i]);
    CHECK(d.spell_start[i] < data_end);  // nothing starts after the data ends
  }
  CHECK(d.bytes() > d.person_id.size() * 8);
}

TEST_CASE("synthetic rates are plausible (DOMAIN.md baselines)") {
  const SyntheticData d = rorkit::generate_synthetic(small());
  const rorkit::KeyFigureAggregates a = compute(d);
  std::int64_t target = 0, population = 0, home = 0, surveys = 0;
  for (const auto& m : rorkit::municipalities()) {
    target += a.numerator(m.code, 2020, 1);
    population += a.denominator(m.code, 2020, 1);
    home += a.numerator(m.code, 2020, 3);
    surveys += a.denominator(m.code, 2020, 18);
  }
  const double adults = static_cast<double>(population) / 50'000;
  const double share = static_cast<double>(target) / static_cast<double>(population);
  CHECK(adults > 0.5);
  CHECK(adults < 0.7);
  CHECK(share > 0.004);  // about 0.8 % of the 18-64-year-olds
  CHECK(share < 0.012);
  CHECK(static_cast<double>(home) / static_cast<double>(target) > 0.2);  // §85 the largest
  CHECK(surveys > 0);
  // København is the largest municipality.
  CHECK(a.denominator(101, 2020, 1) > a.denominator(751, 2020, 1));
}

TEST_CASE("the stress knobs make many spells; bad options are refused") {
  SyntheticOptions o = small();
  o.persons = 10'000;
  o.spell_person_share = 0.4;
  o.spells_per_person = 5;
  const SyntheticData d = rorkit::generate_synthetic(o);
  std::set<std::int64_t> holders(d.spell_person.begin(), d.spell_person.end());
  CHECK(holders.size() > 3'500);
  CHECK(holders.size() < 4'500);
  CHECK(d.spell_person.size() > 3 * holders.size());
  using rorkit::test::status_of;
  CHECK(status_of([] {
          SyntheticOptions b;
          b.years = 0;
          rorkit::generate_synthetic(b);
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([] {
          SyntheticOptions b;
          b.persons = -1;
          rorkit::generate_synthetic(b);
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([] {
          SyntheticOptions b;
          b.spell_person_share = 1.5;
          rorkit::generate_synthetic(b);
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
  SyntheticOptions none = small();
  none.persons = 0;
  CHECK(rorkit::generate_synthetic(none).person_id.empty());
}

}  // namespace test_synthetic
