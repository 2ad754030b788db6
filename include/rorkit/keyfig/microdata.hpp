#pragma once
// Computing the key figures from microdata. Input is columnar (one contiguous array per column,
// borrowed, never per-row objects); the result is a set of partial aggregates - integer counts
// per municipality, year and figure - that merge associatively and commutatively, so a national
// computation can be split by municipality or by id range, run anywhere (threads, Dask, Spark)
// and merged with results identical to one pass. The definitions are in docs/key-figures.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/catalogue.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace rorkit {

/// A borrowed column: `size` elements at `data` (not owned; must outlive the call).
template <class T>
struct Column {
  const T* data = nullptr;
  std::size_t size = 0;
  [[nodiscard]] const T& operator[](std::size_t i) const noexcept { return data[i]; }
};

/// Per person-year status bits (persons.status).
enum StatusBit : std::uint8_t {
  status_employed = 1,        ///< ordinary employment (incl. flexjob)
  status_education = 2,
  status_fortidspension = 4,  ///< førtidspension
  status_other_transfer = 8,  ///< kontanthjælp, ressourceforløb, sygedagpenge ...
};

/// The population: every resident person, one row each. Residence is one municipality per person
/// for all years of the table [I] (docs/key-figures.md); ids need not be sorted, but sorted ids
/// (and spells, admissions, surveys sorted by person) take the fastest path.
struct PersonsTable {
  Column<std::int64_t> id;            ///< pseudonymous, unique
  Column<std::int16_t> municipality;  ///< residence, municipality code (101 ...)
  Column<std::int16_t> birth_year;
  /// Row-major (person, year): status bits for years first_year .. first_year + years - 1.
  Column<std::uint8_t> status;
  std::int32_t first_year = 0;
  std::int32_t years = 0;
};

/// The steps of the Indsatstrappe, least to most intrusive [I] (docs/key-figures.md).
enum class StairStep : std::int8_t {
  none = 0,               ///< on no step
  low_threshold = 1,      ///< §82a, §82b
  activity = 2,           ///< §103, §104
  home_support = 3,       ///< §85 in own home
  temporary_housing = 4,  ///< §107
  supported_housing = 5,  ///< §85 botilbudslignende (ABL §105)
  long_term_housing = 6,  ///< §108
};

/// The legal basis of a spell, as the plan model codes it (rorkit::LegalBasis values 1-9).
using LegalBasisCode = std::int8_t;

/// The step a legal basis puts a person on.
StairStep stair_step(LegalBasisCode basis) noexcept;

/// Service spells (SEL interventions on grounds of mental difficulties).
struct SpellsTable {
  Column<std::int64_t> person;        ///< persons.id
  Column<std::int16_t> municipality;  ///< the acting municipality
  Column<LegalBasisCode> basis;
  Column<std::int32_t> start;         ///< days since 1970-01-01
  Column<std::int32_t> end;           ///< inclusive; INT32_MAX = still open
};

/// Psychiatric admissions.
struct AdmissionsTable {
  Column<std::int64_t> person;
  Column<std::int32_t> date;  ///< days since 1970-01-01
};

/// Survey responses (the self-collected figures). Missing values are NaN.
/// A value column may be empty (size 0): then every response lacks that value [I].
struct SurveysTable {
  Column<std::int64_t> person;
  Column<std::int16_t> municipality;
  Column<std::int16_t> year;
  /// Row-major (response, 5): WHO-5 items, whole numbers 0-5.
  Column<double> who5_items;
  Column<double> recovery;       ///< Brief INSPIRE-O 0-100
  Column<double> satisfaction;   ///< 1-5; top-2 boxes (4, 5) count as satisfied
  Column<double> involvement;    ///< 1-5; 4-5: "my hopes and goals steer my plan"
  Column<double> participation;  ///< 0/1: takes part in a community activity of own choice
};

struct ComputeOptions {
  std::int32_t first_year = 0;  ///< 0 = persons.first_year
  std::int32_t last_year = 0;   ///< 0 = the last year of persons
  std::int32_t min_age = 18;    ///< target group age in the year (year - birth_year), 0-150
  std::int32_t max_age = 64;
  /// Threads; 0 = all hardware threads. Results are identical for any count.
  std::int32_t threads = 0;
};

/// At most this many years per computation (the engine keeps a person's years in a 64-bit mask).
inline constexpr std::int32_t max_compute_years = 64;

/// Partial aggregates: for each (municipality, year, figure) an integer numerator and
/// denominator (scores are summed in fixed point: 1/1000 of a point), plus the Indsatstrappe
/// transition counts. Merging adds; so merge is associative and commutative. The age band is
/// part of the value: partial results over different bands cannot be merged.
class KeyFigureAggregates {
 public:
  /// Empty: no years. Merging into it adopts the other side (the identity of merge).
  KeyFigureAggregates() = default;
  /// All counts zero. Throws INVALID_ARGUMENT for last < first or a bad age band, OUT_OF_RANGE
  /// for more than 1,000 years.
  KeyFigureAggregates(std::int32_t first_year, std::int32_t last_year, std::int32_t min_age = 18,
                      std::int32_t max_age = 64);

  [[nodiscard]] std::int32_t first_year() const noexcept { return first_year_; }
  [[nodiscard]] std::int32_t last_year() const noexcept { return last_year_; }
  [[nodiscard]] std::int32_t years() const noexcept { return last_year_ - first_year_ + 1; }
  [[nodiscard]] std::int32_t min_age() const noexcept { return min_age_; }
  [[nodiscard]] std::int32_t max_age() const noexcept { return max_age_; }
  [[nodiscard]] bool empty() const noexcept { return last_year_ < first_year_; }

  /// Adds another partial result over the same years and age band; throws INVALID_ARGUMENT
  /// otherwise. An empty side is the identity.
  void merge(const KeyFigureAggregates& other);

  /// Counts of one cell (municipality code, year, figure number 1-20). Throw NOT_FOUND for an
  /// unknown municipality, OUT_OF_RANGE for a year or figure outside the aggregates.
  [[nodiscard]] std::int64_t numerator(std::int32_t municipality, std::int32_t year, std::int32_t figure) const;
  [[nodiscard]] std::int64_t denominator(std::int32_t municipality, std::int32_t year, std::int32_t figure) const;

  /// Persons on step `from` at the start of `year` and on step `to` at its end, by municipality.
  [[nodiscard]] std::int64_t stair_transition(std::int32_t municipality, std::int32_t year,
                                              StairStep from, StairStep to) const;

  /// The panel of all areas: municipalities from the counts, regions and the whole country by
  /// summing numerators and denominators (weighted figures) or averaging municipality values
  /// (unweighted figures, per the catalogue). Cells without a denominator are missing.
  [[nodiscard]] Panel to_panel(const Catalogue& catalogue = Catalogue::builtin()) const;

  /// A compact binary form for shipping partial results between processes (Dask, Spark):
  /// little-endian, magic "RKFA", format version 1, years, age band, the municipality codes,
  /// then the three arrays (docs/key-figures.md, "Computing from microdata").
  [[nodiscard]] std::string serialize() const;
  /// Throws PARSE for bytes that are not a serialized aggregate (magic, size, shape, negative
  /// counts), UNSUPPORTED_VERSION for another format version.
  static KeyFigureAggregates deserialize(std::string_view bytes);

  friend bool operator==(const KeyFigureAggregates& a, const KeyFigureAggregates& b);

  /// Raw access for the engine: index = ((muni_slot * years + year) * 20 + figure - 1), year
  /// counted from first_year(); stair index = (((muni_slot * years + year) * 7 + from) * 7 + to).
  std::vector<std::int64_t>& numerators() noexcept { return num_; }
  std::vector<std::int64_t>& denominators() noexcept { return den_; }
  std::vector<std::int64_t>& stair() noexcept { return stair_; }
  [[nodiscard]] const std::vector<std::int64_t>& numerators() const noexcept { return num_; }
  [[nodiscard]] const std::vector<std::int64_t>& denominators() const noexcept { return den_; }
  [[nodiscard]] const std::vector<std::int64_t>& stair() const noexcept { return stair_; }

  /// Slot of a municipality code (0-97 in code order); throws NOT_FOUND.
  static std::size_t municipality_slot(std::int32_t code);

 private:
  std::int32_t first_year_ = 0, last_year_ = -1;
  std::int32_t min_age_ = 18, max_age_ = 64;
  std::vector<std::int64_t> num_, den_;  // 98 x years x 20
  std::vector<std::int64_t> stair_;      // 98 x years x 7 x 7
};

/// What compute_aggregates throws for a bad row (status INVALID_ARGUMENT). what() is
/// "<table> row <row>, column <column>: <problem>"; the parts are kept so that a caller who
/// read the rows from a file can name its own file and line instead (the microdata CSV reader).
class MicrodataRowError : public Error {
 public:
  MicrodataRowError(std::string table, std::size_t row, std::string column, std::int32_t part,
                    std::int64_t other_row, std::string problem);
  [[nodiscard]] const std::string& table() const noexcept { return table_; }
  [[nodiscard]] std::size_t row() const noexcept { return row_; }
  /// The engine's column name ("status", "who5_items", "end", ...).
  [[nodiscard]] const std::string& column() const noexcept { return column_; }
  /// For the two-dimensional columns: the year (status) or the item 1-5 (who5_items); else -1.
  [[nodiscard]] std::int32_t part() const noexcept { return part_; }
  /// For a duplicate id: the row that has it first; else -1.
  [[nodiscard]] std::int64_t other_row() const noexcept { return other_row_; }
  /// The problem without the row and column ("id 20 is a duplicate").
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

 private:
  std::string table_;
  std::size_t row_;
  std::string column_;
  std::int32_t part_;
  std::int64_t other_row_;
  std::string problem_;
};

/// Computes all 20 figures' partial aggregates for the rows given. Persons may be any subset of
/// the population (a partition); spells, admissions and surveys rows whose person is not among
/// them are ignored (but still validated), so the same tables can be passed to every partition.
/// Throws MicrodataRowError (INVALID_ARGUMENT) naming the table, row and column for bad rows:
/// unknown municipality codes, negative or duplicate ids, spells ending before they start,
/// legal-basis codes outside 1-9, status bits other than the four defined, survey values outside
/// their scales (WHO-5 items whole 0-5, recovery 0-100, satisfaction and involvement 1-5,
/// participation 0/1; NaN = missing); and for column lengths that differ or bad options.
/// Throws NULL_POINTER for a column with rows but no data. When several rows are bad, the one
/// reported is the same for any thread count (the first in table, id-then-other, row order).
KeyFigureAggregates compute_aggregates(const PersonsTable& persons, const SpellsTable& spells,
                                       const AdmissionsTable& admissions,
                                       const SurveysTable& surveys,
                                       const ComputeOptions& options = {});

}  // namespace rorkit
