#pragma once
// Hand-made microdata for the engine's tests: rows added one by one, tables borrowed from the
// vectors, and a few helpers to read the results.

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <vector>

#include "rorkit/keyfig/microdata.hpp"

namespace rorkit::test {

constexpr std::int32_t open_end = std::numeric_limits<std::int32_t>::max();
constexpr double missing = std::numeric_limits<double>::quiet_NaN();

/// Days since 1970-01-01.
constexpr std::int32_t day(std::int32_t y, std::int32_t m, std::int32_t d) {
  y -= m <= 2 ? 1 : 0;
  const std::int32_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int32_t yoe = y - era * 400;
  const std::int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

struct Micro {
  std::int32_t first_year = 2020, years = 3;
  std::vector<std::int64_t> id;
  std::vector<std::int16_t> muni, birth;
  std::vector<std::uint8_t> status;
  std::vector<std::int64_t> sp;
  std::vector<std::int16_t> sm;
  std::vector<std::int8_t> sb;
  std::vector<std::int32_t> ss, se;
  std::vector<std::int64_t> ap;
  std::vector<std::int32_t> ad;
  std::vector<std::int64_t> qp;
  std::vector<std::int16_t> qm, qy;
  std::vector<double> qw, qr, qs, qi, qx;

  Micro& person(std::int64_t i, std::int16_t m, std::int16_t b, std::vector<std::uint8_t> st = {}) {
    id.push_back(i);
    muni.push_back(m);
    birth.push_back(b);
    st.resize(static_cast<std::size_t>(years), 0);
    status.insert(status.end(), st.begin(), st.end());
    return *this;
  }
  Micro& spell(std::int64_t p, std::int8_t basis, std::int32_t start, std::int32_t end,
               std::int16_t m = 101) {
    sp.push_back(p);
    sm.push_back(m);
    sb.push_back(basis);
    ss.push_back(start);
    se.push_back(end);
    return *this;
  }
  Micro& admission(std::int64_t p, std::int32_t date) {
    ap.push_back(p);
    ad.push_back(date);
    return *this;
  }
  Micro& survey(std::int64_t p, std::int16_t m, std::int16_t year, std::initializer_list<double> who5,
                double recovery, double satisfaction, double involvement, double participation) {
    qp.push_back(p);
    qm.push_back(m);
    qy.push_back(year);
    qw.insert(qw.end(), who5.begin(), who5.end());
    qr.push_back(recovery);
    qs.push_back(satisfaction);
    qi.push_back(involvement);
    qx.push_back(participation);
    return *this;
  }

  template <class T>
  static Column<T> col(const std::vector<T>& v) {
    return Column<T>{v.data(), v.size()};
  }
  [[nodiscard]] PersonsTable persons() const {
    PersonsTable t;
    t.id = col(id);
    t.municipality = col(muni);
    t.birth_year = col(birth);
    t.status = col(status);
    t.first_year = first_year;
    t.years = years;
    return t;
  }
  [[nodiscard]] SpellsTable spells() const { return {col(sp), col(sm), col(sb), col(ss), col(se)}; }
  [[nodiscard]] AdmissionsTable admissions() const { return {col(ap), col(ad)}; }
  [[nodiscard]] SurveysTable surveys() const {
    return {col(qp), col(qm), col(qy), col(qw), col(qr), col(qs), col(qi), col(qx)};
  }
  KeyFigureAggregates compute(ComputeOptions o = {}) const {
    return compute_aggregates(persons(), spells(), admissions(), surveys(), o);
  }
};

/// Applies a row permutation to every column of a table in place.
template <class T>
void permute(std::vector<T>& v, const std::vector<std::size_t>& order, std::size_t width = 1) {
  std::vector<T> out;
  out.reserve(v.size());
  for (std::size_t i : order)
    for (std::size_t k = 0; k < width; ++k) out.push_back(v[i * width + k]);
  v.swap(out);
}

}  // namespace rorkit::test
