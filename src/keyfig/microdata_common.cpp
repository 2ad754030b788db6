// The small pieces the microdata engine shares: legal basis -> stair step, municipality slots,
// day numbers, the years of a computation, row-error messages and the thread count.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "keyfig/microdata_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"

namespace rorkit {

StairStep stair_step(LegalBasisCode basis) noexcept {
  if (basis < 0 || basis > 9) return StairStep::none;
  return static_cast<StairStep>(keyfig_detail::kStepOfBasis[static_cast<std::size_t>(basis)]);
}

namespace keyfig_detail {

std::string iso_day(std::int32_t day) {
  if (day == std::numeric_limits<std::int32_t>::max()) return "open";
  // Inverse of days_from_civil (Howard Hinnant's civil_from_days).
  const std::int64_t z = static_cast<std::int64_t>(day) + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y),
                static_cast<long long>(m), static_cast<long long>(d));
  return buf;
}

namespace {

struct Slots {
  std::array<std::int8_t, 1000> slot{};
  std::array<std::int16_t, kMunicipalities> code{};
  Slots() {
    slot.fill(-1);
    const auto& all = municipalities();  // ordered by code
    if (all.size() != static_cast<std::size_t>(kMunicipalities))
      fail(RORKIT_ERROR_INTERNAL, "the municipality table does not have 98 rows");
    for (std::size_t i = 0; i < all.size(); ++i) {
      slot[static_cast<std::size_t>(all[i].code)] = static_cast<std::int8_t>(i);
      code[i] = static_cast<std::int16_t>(all[i].code);
    }
  }
};

const Slots& slots() {
  static const Slots s;
  return s;
}

std::string number(double v) {
  if (std::isnan(v)) return "NaN";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

}  // namespace

const char* table_name(std::uint64_t t) {
  static const char* const names[] = {"persons", "spells", "admissions", "surveys"};
  return t < 4 ? names[t] : "?";
}

const char* column_name(std::uint64_t t, std::uint64_t c) {
  static const char* const persons[] = {"id", "municipality", "birth_year", "status"};
  static const char* const spells[] = {"person", "municipality", "basis", "start", "end"};
  static const char* const admissions[] = {"person", "date"};
  static const char* const surveys[] = {"person",       "municipality", "year",
                                        "who5_items",   "recovery",     "satisfaction",
                                        "involvement",  "participation"};
  switch (t) {
    case 0: return c < 4 ? persons[c] : "?";
    case 1: return c < 5 ? spells[c] : "?";
    case 2: return c < 2 ? admissions[c] : "?";
    case 3: return c < 8 ? surveys[c] : "?";
    default: return "?";
  }
}

std::array<std::int8_t, 1000> make_slot_table() { return slots().slot; }
const std::array<std::int16_t, kMunicipalities>& slot_codes() noexcept { return slots().code; }

RowError row_error(Table t, std::size_t row, int column, Problem p, std::int64_t a,
                   std::int64_t b, double v) {
  RowError e;
  e.table = static_cast<std::uint64_t>(t);
  e.cls = (t == Table::persons && column == 0) ? 0 : 1;
  e.row = row;
  e.column = static_cast<std::uint64_t>(column);
  e.problem = p;
  e.a = a;
  e.b = b;
  e.v = v;
  e.set = true;
  return e;
}

void throw_row_error(const RowError& e) {
  std::string what;
  switch (e.problem) {
    case Problem::negative_id: what = "id " + std::to_string(e.a) + " is negative"; break;
    case Problem::duplicate_id:
      what = "id " + std::to_string(e.a) + " is a duplicate";
      break;
    case Problem::unknown_municipality:
      what = "municipality code " + std::to_string(e.a) + " is not one of the 98 municipalities";
      break;
    case Problem::status_bits:
      what = "status " + std::to_string(e.a) + " (year " + std::to_string(e.b) +
             ") has bits other than 1, 2, 4, 8";
      break;
    case Problem::bad_basis:
      what = "legal-basis code " + std::to_string(e.a) + " is outside 1-9";
      break;
    case Problem::end_before_start:
      what = "the spell ends (" + iso_day(static_cast<std::int32_t>(e.b)) + ", day " +
             std::to_string(e.b) + ") before it starts (" + iso_day(static_cast<std::int32_t>(e.a)) +
             ", day " + std::to_string(e.a) + ")";
      break;
    case Problem::who5_item:
      what = "WHO-5 item " + std::to_string(e.a + 1) + " is " + number(e.v) +
             "; allowed: whole numbers 0-5 or NaN";
      break;
    case Problem::recovery: what = "recovery " + number(e.v) + " is outside 0-100"; break;
    case Problem::satisfaction: what = "satisfaction " + number(e.v) + " is outside 1-5"; break;
    case Problem::involvement: what = "involvement " + number(e.v) + " is outside 1-5"; break;
    case Problem::participation: what = "participation " + number(e.v) + " is not 0 or 1"; break;
  }
  const bool duplicate = e.problem == Problem::duplicate_id;
  std::int32_t part = -1;
  if (e.problem == Problem::status_bits) part = static_cast<std::int32_t>(e.b);
  if (e.problem == Problem::who5_item) part = static_cast<std::int32_t>(e.a + 1);
  throw MicrodataRowError(table_name(e.table), static_cast<std::size_t>(e.row),
                          column_name(e.table, e.column), part, duplicate ? e.b : -1, what);
}

}  // namespace keyfig_detail

namespace {
std::string row_error_text(const std::string& table, std::size_t row, const std::string& column,
                           std::int64_t other_row, const std::string& problem) {
  std::string s = table + " row " + std::to_string(row) + ", column " + column + ": " + problem;
  if (other_row >= 0) s += " (also in row " + std::to_string(other_row) + ")";
  return s;
}
}  // namespace

MicrodataRowError::MicrodataRowError(std::string table, std::size_t row, std::string column,
                                     std::int32_t part, std::int64_t other_row, std::string problem)
    : Error(RORKIT_ERROR_INVALID_ARGUMENT, row_error_text(table, row, column, other_row, problem)),
      table_(std::move(table)),
      row_(row),
      column_(std::move(column)),
      part_(part),
      other_row_(other_row),
      problem_(std::move(problem)) {}

namespace keyfig_detail {

YearFrame::YearFrame(std::int32_t first_year, std::int32_t year_count, std::int32_t min_a,
                     std::int32_t max_a)
    : first(first_year), years(year_count), min_age(min_a), max_age(max_a) {
  jan1.resize(static_cast<std::size_t>(years) + 1);
  for (std::int32_t y = 0; y <= years; ++y)
    jan1[static_cast<std::size_t>(y)] = days_from_civil(first + y, 1, 1);
  j0 = jan1.front();
  je = jan1.back();
  year_of_day.resize(static_cast<std::size_t>(je - j0));
  for (std::int32_t y = 0; y < years; ++y)
    std::fill(year_of_day.begin() + (jan1[static_cast<std::size_t>(y)] - j0),
              year_of_day.begin() + (jan1[static_cast<std::size_t>(y) + 1] - j0),
              static_cast<std::uint8_t>(y));
  // Birth years b with min <= first + y - b <= max for some year index y.
  birth_lo = first - max_age;
  births = years + (max_age - min_age);
  age_mask.assign(static_cast<std::size_t>(births), 0);
  for (std::int32_t k = 0; k < births; ++k) {
    const std::int32_t b = birth_lo + k;
    const std::int32_t lo = std::max(0, b + min_age - first);
    const std::int32_t hi = std::min(years - 1, b + max_age - first);
    if (lo <= hi) age_mask[static_cast<std::size_t>(k)] = bit_range(lo, hi);
  }
}

SpreadTable::SpreadTable() noexcept {
  for (std::size_t m = 0; m < word.size(); ++m) {
    std::uint8_t bytes[8] = {};
    for (std::size_t l = 0; l < 8; ++l) bytes[l] = static_cast<std::uint8_t>((m >> l) & 1U);
    std::memcpy(&word[m], bytes, sizeof bytes);  // memory order, whatever the endianness
  }
}

const SpreadTable& spread_table() noexcept {
  static const SpreadTable table;
  return table;
}

void LaneCounts::flush(std::uint32_t* cells, std::size_t slot) noexcept {
  std::uint64_t* w = of(slot);
  std::uint32_t* block = cells + slot * years * Accum::kBlock;
  for (std::size_t q = 0; q < kQuantities; ++q)
    for (std::size_t g = 0; g < groups; ++g) {
      std::uint8_t bytes[8];
      std::memcpy(bytes, &w[q * groups + g], sizeof bytes);
      const std::size_t n = std::min<std::size_t>(8, years - 8 * g);
      for (std::size_t l = 0; l < n; ++l) block[(8 * g + l) * Accum::kBlock + q] += bytes[l];
      w[q * groups + g] = 0;
    }
  adds[slot] = 0;
}

unsigned resolve_threads(std::int32_t requested) {
  if (requested > 0) return static_cast<unsigned>(requested);
  const unsigned hw = std::thread::hardware_concurrency();
  return hw > 0 ? hw : 1;
}

}  // namespace keyfig_detail
}  // namespace rorkit
