#pragma once
// A deterministic generator of synthetic national microdata for demos, tests and benchmarks:
// the real municipality list, realistic populations and base rates (DOMAIN.md §1 baselines),
// clearly labelled synthetic. It owns its columns; the *Table views borrow them.

#include <cstdint>
#include <vector>

#include "rorkit/keyfig/microdata.hpp"

namespace rorkit {

struct SyntheticOptions {
  /// Residents of all ages. Denmark had about 5.96 million in 2024; the benchmarks call
  /// 5,000,000 "national size".
  std::int64_t persons = 500'000;
  std::int32_t first_year = 2018;
  std::int32_t years = 6;  ///< 1-64
  std::uint64_t seed = 20260101;
  bool surveys = true;
  /// Stress knobs for benchmarks (0 = realistic): the share of all persons who hold spells
  /// (realistic: about 0.8 % of the 18-64-year-olds and a few others) and their mean number of
  /// spells (realistic: about 2.5).
  double spell_person_share = 0;
  double spells_per_person = 0;
};

/// Synthetic microdata. Every value derives from `seed`, so two runs give identical bytes on
/// every platform. Rows are sorted: persons by id, the other tables by person (then date).
struct SyntheticData {
  // persons
  std::vector<std::int64_t> person_id;
  std::vector<std::int16_t> person_municipality;
  std::vector<std::int16_t> birth_year;
  std::vector<std::uint8_t> status;  ///< persons x years
  std::int32_t first_year = 0, years = 0;
  // spells
  std::vector<std::int64_t> spell_person;
  std::vector<std::int16_t> spell_municipality;
  std::vector<std::int8_t> spell_basis;
  std::vector<std::int32_t> spell_start, spell_end;
  // admissions
  std::vector<std::int64_t> admission_person;
  std::vector<std::int32_t> admission_date;
  // surveys
  std::vector<std::int64_t> survey_person;
  std::vector<std::int16_t> survey_municipality, survey_year;
  std::vector<double> survey_who5;  ///< responses x 5
  std::vector<double> survey_recovery, survey_satisfaction, survey_involvement,
      survey_participation;

  [[nodiscard]] PersonsTable persons() const;
  [[nodiscard]] SpellsTable spells() const;
  [[nodiscard]] AdmissionsTable admissions() const;
  [[nodiscard]] SurveysTable surveys() const;
  /// Bytes of all columns (the input size the benchmarks compare memory with).
  [[nodiscard]] std::size_t bytes() const;
};

/// Throws INVALID_ARGUMENT for persons < 0, years outside 1-64, a first year outside 1900-2200
/// or stress knobs outside [0, 1] and [0, 1000].
SyntheticData generate_synthetic(const SyntheticOptions& options = {});

}  // namespace rorkit
