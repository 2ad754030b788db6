// Partial aggregates: merge laws, partition invariance (by municipality and by id range), any
// thread count, the binary form, and the panel they make.

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "keyfig/microdata_fixture.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/synthetic.hpp"
#include "support/errors.hpp"

namespace test_microdata_merge {

using rorkit::KeyFigureAggregates;
using rorkit::test::status_of;

namespace {

const rorkit::SyntheticData& data() {
  static const rorkit::SyntheticData d = [] {
    rorkit::SyntheticOptions o;
    o.persons = 50'000;
    o.first_year = 2019;
    o.years = 5;
    o.seed = 7;
    o.spell_person_share = 0.05;  // more spells than realistic, so every figure has counts
    o.spells_per_person = 3;
    return rorkit::generate_synthetic(o);
  }();
  return d;
}

// The persons rows selected by keep(row) as a table of their own (the other tables unchanged).
struct Subset {
  std::vector<std::int64_t> id;
  std::vector<std::int16_t> muni, birth;
  std::vector<std::uint8_t> status;
  rorkit::PersonsTable table;
  template <class Keep>
  Subset(const rorkit::SyntheticData& d, Keep keep) {
    const auto years = static_cast<std::size_t>(d.years);
    for (std::size_t r = 0; r < d.person_id.size(); ++r) {
      if (!keep(r)) continue;
      id.push_back(d.person_id[r]);
      muni.push_back(d.person_municipality[r]);
      birth.push_back(d.birth_year[r]);
      status.insert(status.end(), d.status.begin() + static_cast<std::ptrdiff_t>(r * years),
                    d.status.begin() + static_cast<std::ptrdiff_t>((r + 1) * years));
    }
    table = d.persons();
    table.id = {id.data(), id.size()};
    table.municipality = {muni.data(), muni.size()};
    table.birth_year = {birth.data(), birth.size()};
    table.status = {status.data(), status.size()};
  }
  [[nodiscard]] KeyFigureAggregates compute(int threads = 1) const {
    rorkit::ComputeOptions o;
    o.threads = threads;
    const auto& d = data();
    return rorkit::compute_aggregates(table, d.spells(), d.admissions(), d.surveys(), o);
  }
};

KeyFigureAggregates whole(int threads) {
  rorkit::ComputeOptions o;
  o.threads = threads;
  const auto& d = data();
  return rorkit::compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys(), o);
}

}  // namespace

TEST_CASE("the synthetic test population has counts in every figure") {
  const KeyFigureAggregates a = whole(1);
  for (int f = 1; f <= 20; ++f) {
    std::int64_t num = 0, den = 0;
    for (const auto& m : rorkit::municipalities())
      for (int y = 2019; y <= 2023; ++y) {
        num += a.numerator(m.code, y, f);
        den += a.denominator(m.code, y, f);
      }
    INFO("kf" << f);
    CHECK(num > 0);
    CHECK(den > 0);
  }
}

TEST_CASE("thread counts 1, 2 and 7 give identical aggregates") {
  const KeyFigureAggregates one = whole(1);
  CHECK(whole(2) == one);
  CHECK(whole(7) == one);
  CHECK(whole(0) == one);
}

TEST_CASE("split by municipality or by id range, computed apart and merged: one pass") {
  const auto& d = data();
  const KeyFigureAggregates all = whole(2);
  SECTION("by municipality: three groups") {
    KeyFigureAggregates merged;
    for (int g = 0; g < 3; ++g)
      merged.merge(Subset(d, [&](std::size_t r) { return d.person_municipality[r] % 3 == g; }).compute());
    CHECK(merged == all);
  }
  SECTION("by id range: four ranges") {
    const std::int64_t lo = d.person_id.front(), hi = d.person_id.back() + 1;
    KeyFigureAggregates merged;
    for (int k = 0; k < 4; ++k)
      merged.merge(Subset(d, [&](std::size_t r) {
                     const std::int64_t id = d.person_id[r];
                     return id >= lo + (hi - lo) * k / 4 && id < lo + (hi - lo) * (k + 1) / 4;
                   }).compute(3));
    CHECK(merged == all);
  }
}

TEST_CASE("merge is associative and commutative, with the empty aggregates as identity") {
  const auto& d = data();
  const auto part = [&](int k) {
    return Subset(d, [&](std::size_t r) { return static_cast<int>(r % 3) == k; }).compute();
  };
  const KeyFigureAggregates a = part(0), b = part(1), c = part(2);
  KeyFigureAggregates ab_c = a;
  ab_c.merge(b);
  ab_c.merge(c);
  KeyFigureAggregates bc = b;
  bc.merge(c);
  KeyFigureAggregates a_bc = a;
  a_bc.merge(bc);
  KeyFigureAggregates ca_b = c;
  ca_b.merge(a);
  ca_b.merge(b);
  CHECK(ab_c == a_bc);
  CHECK(ab_c == ca_b);
  CHECK(ab_c == whole(1));
  KeyFigureAggregates e;
  e.merge(a);
  CHECK(e == a);
  KeyFigureAggregates a2 = a;
  a2.merge(KeyFigureAggregates());
  CHECK(a2 == a);
}

TEST_CASE("merging aggregates over other years or another age band is refused") {
  KeyFigureAggregates a(2019, 2023), b(2019, 2022), c(2019, 2023, 18, 29);
  CHECK(status_of([&] { a.merge(b); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(rorkit::test::message_of([&] { a.merge(c); }) ==
        "cannot merge aggregates over 2019-2023, ages 18-29 into aggregates over 2019-2023, ages 18-64");
  CHECK(status_of([] { KeyFigureAggregates(2020, 2019); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([] { KeyFigureAggregates(2000, 3000); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([&] { (void)a.numerator(411, 2020, 1); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([&] { (void)a.numerator(101, 2024, 1); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([&] { (void)a.numerator(101, 2020, 21); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(KeyFigureAggregates::municipality_slot(101) == 0);
  CHECK(KeyFigureAggregates::municipality_slot(860) == 97);
}

TEST_CASE("the binary form round-trips and refuses what is not one") {
  const KeyFigureAggregates a = whole(1);
  const std::string bytes = a.serialize();
  CHECK(bytes.size() == 40 + 2 * 98 + 8 * (98 * 5 * 20 * 2 + 98 * 5 * 49));
  CHECK(bytes.substr(0, 4) == "RKFA");
  CHECK(static_cast<unsigned char>(bytes[4]) == 1);  // version, little-endian
  CHECK(static_cast<unsigned char>(bytes[8]) == (2019 & 0xFF));
  CHECK(KeyFigureAggregates::deserialize(bytes) == a);
  CHECK(KeyFigureAggregates::deserialize(KeyFigureAggregates().serialize()).empty());
  std::string bad = bytes;
  bad[0] = 'X';
  CHECK(status_of([&] { KeyFigureAggregates::deserialize(bad); }) == RORKIT_ERROR_PARSE);
  bad = bytes;
  bad[4] = 2;
  CHECK(status_of([&] { KeyFigureAggregates::deserialize(bad); }) == RORKIT_ERROR_UNSUPPORTED_VERSION);
  CHECK(status_of([&] { KeyFigureAggregates::deserialize(bytes.substr(0, bytes.size() - 1)); }) ==
        RORKIT_ERROR_PARSE);
  CHECK(status_of([&] { KeyFigureAggregates::deserialize(bytes + "x"); }) == RORKIT_ERROR_PARSE);
  CHECK(status_of([&] { KeyFigureAggregates::deserialize("RK"); }) == RORKIT_ERROR_PARSE);
  bad = bytes;
  bad[bad.size() - 1] = static_cast<char>(0x80);  // the last count becomes negative
  CHECK(status_of([&] { KeyFigureAggregates::deserialize(bad); }) == RORKIT_ERROR_PARSE);
  bad = bytes;
  bad[40] = 102;  // the first slot's municipality code
  CHECK(status_of([&] { KeyFigureAggregates::deserialize(bad); }) == RORKIT_ERROR_PARSE);
}

}  // namespace test_microdata_merge
