#pragma once
// Internals shared by the microdata engine's files: the municipality slot table, day numbers,
// the row-error record, the per-thread accumulator and a small parallel loop.

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <exception>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "rorkit/keyfig/microdata.hpp"

namespace rorkit::keyfig_detail {

inline constexpr int kFigures = 20;
inline constexpr int kSteps = 7;
inline constexpr int kMunicipalities = 98;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
constexpr std::int32_t days_from_civil(std::int32_t y, std::int32_t m, std::int32_t d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const std::int32_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int32_t yoe = y - era * 400;
  const std::int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/// "YYYY-MM-DD" of a day number ("open" for INT32_MAX).
std::string iso_day(std::int32_t day);

/// Municipality code -> slot (0-97), or -1, for codes 0-999; built from rorkit::municipalities().
std::array<std::int8_t, 1000> make_slot_table();
/// The municipality code of each slot.
const std::array<std::int16_t, kMunicipalities>& slot_codes() noexcept;

/// The slot table; inline so that the per-row lookup needs no call.
inline const std::array<std::int8_t, 1000>& slot_table() noexcept {
  static const std::array<std::int8_t, 1000> table = make_slot_table();
  return table;
}

inline int slot_of(std::int32_t code) noexcept {
  return code >= 0 && code < 1000 ? slot_table()[static_cast<std::size_t>(code)] : -1;
}

/// The step of each legal-basis code 0-9 (0 is not a code; it maps to none).
inline constexpr std::array<std::int8_t, 10> kStepOfBasis = {0, 1, 1, 3, 5, 2, 2, 4, 6, 0};

// ---- row errors ---------------------------------------------------------------------------

enum class Table : std::uint8_t { persons = 0, spells = 1, admissions = 2, surveys = 3 };

/// A table's name ("persons"), and a column's as row errors name it (by its index in the table's
/// columns: "status" and "who5_items" for the repeated ones); "?" for an index out of range.
const char* table_name(std::uint64_t t);
const char* column_name(std::uint64_t t, std::uint64_t c);

enum class Problem : std::uint8_t {
  negative_id,
  duplicate_id,
  unknown_municipality,
  status_bits,
  bad_basis,
  end_before_start,
  who5_item,
  recovery,
  satisfaction,
  involvement,
  participation,
};

/// One bad row. Errors are ordered by (table, class, row, column) so the one reported does not
/// depend on how rows were split over threads; class 0 holds the persons' id checks.
struct RowError {
  std::uint64_t table = 0, cls = 0, row = 0, column = 0;
  Problem problem = Problem::negative_id;
  std::int64_t a = 0, b = 0;  // offending values (or the other row of a duplicate)
  double v = 0;
  bool set = false;

  [[nodiscard]] bool before(const RowError& o) const noexcept {
    if (!o.set) return set;
    if (!set) return false;
    if (table != o.table) return table < o.table;
    if (cls != o.cls) return cls < o.cls;
    if (row != o.row) return row < o.row;
    return column < o.column;
  }
  void keep_first(const RowError& o) noexcept {
    if (o.before(*this)) *this = o;
  }
};

RowError row_error(Table t, std::size_t row, int column, Problem p, std::int64_t a = 0,
                   std::int64_t b = 0, double v = 0);
[[noreturn]] void throw_row_error(const RowError& e);

// ---- the years of a computation -----------------------------------------------------------

struct YearFrame {
  std::int32_t first = 0, years = 0;
  std::int32_t j0 = 0, je = 0;             // Jan 1 of the first year; Jan 1 after the last
  std::vector<std::int32_t> jan1;           // years + 1 entries
  std::vector<std::uint8_t> year_of_day;    // day - j0 -> year index, for days in [j0, je)
  std::int32_t min_age = 18, max_age = 64;
  std::int32_t birth_lo = 0, births = 0;    // birth years that can be in the age band
  std::vector<std::uint64_t> age_mask;      // birth offset -> years in the band

  YearFrame(std::int32_t first_year, std::int32_t year_count, std::int32_t min_a,
            std::int32_t max_a);
  [[nodiscard]] int index(std::int32_t day) const noexcept {
    return year_of_day[static_cast<std::size_t>(day - j0)];
  }
};

/// Bits a..b (0 <= a <= b <= 63).
constexpr std::uint64_t bit_range(int a, int b) noexcept {
  return (~0ULL >> (63 - b)) & (~0ULL << a);
}

// ---- per-thread accumulator ---------------------------------------------------------------

/// kSpread[m]: bit l of m as byte l (in memory order) of a uint64, so adding kSpread[m] to a
/// word counts 8 years at once, one per byte.
struct SpreadTable {
  std::array<std::uint64_t, 256> word{};
  SpreadTable() noexcept;
};
const SpreadTable& spread_table() noexcept;

/// Counts of the first kQuantities cells of each block (|T|, kf02-kf07, kf10, kf11-kf14) kept as
/// byte lanes: per slot, kQuantities x groups uint64 words, word g holding years 8g..8g+7. A
/// target-group person adds all its years with one add per word instead of one increment per
/// year and cell; a slot's lanes are flushed into the uint32 cells after 255 persons (so no byte
/// overflows) and at the end of every block of persons.
struct LaneCounts {
  static constexpr std::size_t kQuantities = 12;  // cell offsets 0-11 of Accum's blocks
  std::size_t groups = 0, years = 0;
  std::vector<std::uint64_t> words;  // slot x kQuantities x groups
  std::vector<std::uint8_t> adds;    // slot -> persons added since the last flush

  explicit LaneCounts(std::size_t year_count)
      : groups((year_count + 7) / 8), years(year_count),
        words(static_cast<std::size_t>(kMunicipalities) * kQuantities * groups, 0),
        adds(static_cast<std::size_t>(kMunicipalities), 0) {}
  std::uint64_t* of(std::size_t slot) noexcept { return words.data() + slot * kQuantities * groups; }
  /// Adds slot's lanes into its blocks (cells: Accum::cells()) and clears them.
  void flush(std::uint32_t* cells, std::size_t slot) noexcept;
  void flush_all(std::uint32_t* cells) noexcept {
    for (std::size_t s = 0; s < adds.size(); ++s)
      if (adds[s] != 0) flush(cells, s);
  }
};

/// One thread's counts. The register figures and the stair transitions of a (municipality,
/// year) share one block of 64 uint32 (four cache lines), so a person's updates stay in a few
/// lines and a thread's whole working set is about 250 kB for 10 years. uint32 is enough: a
/// thread counts each person at most once per cell, and at most 2^32 - 2 admissions rows.
/// kf08 and kf09 are derived from the transitions when the counts are summed.
struct Accum {
  static constexpr std::size_t kBlock = 64;
  static constexpr std::size_t kTarget = 0;    // kf01 numerator, |T|
  static constexpr std::size_t kShares = 1;    // kf02-kf07 numerators, 1-6
  static constexpr std::size_t kEnded = 7;     // kf10
  static constexpr std::size_t kStatus = 8;    // kf11-kf14, 8-11
  static constexpr std::size_t kAdmitted = 12; // kf15
  static constexpr std::size_t kStair = 13;    // 49 transitions, from * 7 + to
  static constexpr std::size_t kSurvey = 10;   // survey sums: kf16-kf20 numerators, denominators

  std::vector<std::uint32_t> raw;     // slot x years x kBlock, plus room to align to 64 bytes
  std::vector<std::uint32_t> births;  // slot x birth offset
  std::vector<std::int64_t> survey;   // slot x years x kSurvey
  LaneCounts lanes;                   // pending counts of the cells 0-11; see LaneCounts
  RowError error;

  explicit Accum(const YearFrame& f)
      : raw(static_cast<std::size_t>(kMunicipalities) * static_cast<std::size_t>(f.years) * kBlock + 16),
        births(static_cast<std::size_t>(kMunicipalities) * static_cast<std::size_t>(f.births)),
        survey(static_cast<std::size_t>(kMunicipalities) * static_cast<std::size_t>(f.years) * kSurvey),
        lanes(static_cast<std::size_t>(f.years)) {}
  /// The blocks, 64-byte aligned. Cells 0-11 are complete only after lanes.flush_all(cells()).
  std::uint32_t* cells() noexcept {
    const auto misalign = reinterpret_cast<std::uintptr_t>(raw.data()) % 64;
    return raw.data() + (misalign ? (64 - misalign) / sizeof(std::uint32_t) : 0);
  }
  [[nodiscard]] const std::uint32_t* cells() const noexcept { return const_cast<Accum*>(this)->cells(); }
  void add_error(const RowError& e) noexcept { error.keep_first(e); }
};

// ---- threads ------------------------------------------------------------------------------

unsigned resolve_threads(std::int32_t requested);

/// Runs f(task, thread) for task 0..tasks-1 on `threads` threads (the caller's among them),
/// handing out tasks in order. Rethrows the first exception after all threads stop.
template <class F>
void parallel_for(std::size_t tasks, unsigned threads, F&& f) {
  if (tasks == 0) return;
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, tasks));
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&](unsigned t) {
    try {
      for (std::size_t i = next.fetch_add(1); i < tasks; i = next.fetch_add(1)) f(i, t);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next.store(tasks);
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads > 0 ? threads - 1 : 0);
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& th : pool) th.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace rorkit::keyfig_detail
