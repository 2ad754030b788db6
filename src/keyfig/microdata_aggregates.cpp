// KeyFigureAggregates: the integer counts a microdata computation produces, their merge and
// their binary form. Layout and format are documented in docs/key-figures.md.

#include <cstring>
#include <string>

#include "keyfig/microdata_detail.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {

using keyfig_detail::kFigures;
using keyfig_detail::kMunicipalities;
using keyfig_detail::kSteps;

namespace {

constexpr std::int32_t kMaxAggregateYears = 1000;
constexpr char kMagic[4] = {'R', 'K', 'F', 'A'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kHeaderBytes = 40 + 2 * kMunicipalities;

void check_band(std::int32_t min_age, std::int32_t max_age) {
  if (min_age < 0 || max_age > 150 || min_age > max_age)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "the age band " + std::to_string(min_age) + "-" +
                                            std::to_string(max_age) +
                                            " must satisfy 0 <= min_age <= max_age <= 150");
}

std::string years_text(const KeyFigureAggregates& a) {
  if (a.empty()) return "no years";
  return std::to_string(a.first_year()) + "-" + std::to_string(a.last_year()) + ", ages " +
         std::to_string(a.min_age()) + "-" + std::to_string(a.max_age());
}

// Little-endian writing and reading, independent of the host's byte order.
void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint32_t get_u32(const unsigned char* p) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}
std::uint64_t get_u64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

[[noreturn]] void bad_bytes(const std::string& why) {
  fail(RORKIT_ERROR_PARSE, "not serialized key-figure aggregates: " + why);
}

}  // namespace

KeyFigureAggregates::KeyFigureAggregates(std::int32_t first_year, std::int32_t last_year,
                                         std::int32_t min_age, std::int32_t max_age)
    : first_year_(first_year), last_year_(last_year), min_age_(min_age), max_age_(max_age) {
  if (last_year < first_year)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "aggregate years " + std::to_string(first_year) + "-" +
                                            std::to_string(last_year) + " are out of order");
  if (static_cast<std::int64_t>(last_year) - first_year >= kMaxAggregateYears)
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         "aggregates span at most " + std::to_string(kMaxAggregateYears) + " years");
  check_band(min_age, max_age);
  const auto cells = static_cast<std::size_t>(kMunicipalities) * static_cast<std::size_t>(years());
  num_.assign(cells * kFigures, 0);
  den_.assign(cells * kFigures, 0);
  stair_.assign(cells * kSteps * kSteps, 0);
}

void KeyFigureAggregates::merge(const KeyFigureAggregates& other) {
  if (other.empty()) return;
  if (empty()) {
    *this = other;
    return;
  }
  if (other.first_year_ != first_year_ || other.last_year_ != last_year_ ||
      other.min_age_ != min_age_ || other.max_age_ != max_age_)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "cannot merge aggregates over " + years_text(other) +
                                            " into aggregates over " + years_text(*this));
  for (std::size_t i = 0; i < num_.size(); ++i) num_[i] += other.num_[i];
  for (std::size_t i = 0; i < den_.size(); ++i) den_[i] += other.den_[i];
  for (std::size_t i = 0; i < stair_.size(); ++i) stair_[i] += other.stair_[i];
}

std::size_t KeyFigureAggregates::municipality_slot(std::int32_t code) {
  const int s = keyfig_detail::slot_of(code);
  if (s < 0)
    fail(RORKIT_ERROR_NOT_FOUND,
         "municipality code " + std::to_string(code) + " is not one of the 98 municipalities");
  return static_cast<std::size_t>(s);
}

namespace {

std::size_t cell_index(const KeyFigureAggregates& a, std::int32_t municipality, std::int32_t year) {
  const std::size_t slot = KeyFigureAggregates::municipality_slot(municipality);
  if (a.empty() || year < a.first_year() || year > a.last_year())
    fail(RORKIT_ERROR_OUT_OF_RANGE, "year " + std::to_string(year) + " is outside the aggregates (" +
                                        years_text(a) + ")");
  return slot * static_cast<std::size_t>(a.years()) + static_cast<std::size_t>(year - a.first_year());
}

std::size_t figure_index(const KeyFigureAggregates& a, std::int32_t municipality,
                         std::int32_t year, std::int32_t figure) {
  if (figure < 1 || figure > kFigures)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "figure " + std::to_string(figure) + " is not 1-20");
  return cell_index(a, municipality, year) * kFigures + static_cast<std::size_t>(figure - 1);
}

}  // namespace

std::int64_t KeyFigureAggregates::numerator(std::int32_t municipality, std::int32_t year,
                                            std::int32_t figure) const {
  return num_[figure_index(*this, municipality, year, figure)];
}

std::int64_t KeyFigureAggregates::denominator(std::int32_t municipality, std::int32_t year,
                                              std::int32_t figure) const {
  return den_[figure_index(*this, municipality, year, figure)];
}

std::int64_t KeyFigureAggregates::stair_transition(std::int32_t municipality, std::int32_t year,
                                                   StairStep from, StairStep to) const {
  const auto f = static_cast<int>(from), t = static_cast<int>(to);
  if (f < 0 || f >= kSteps || t < 0 || t >= kSteps)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "stair steps are 0-6");
  return stair_[(cell_index(*this, municipality, year) * kSteps + static_cast<std::size_t>(f)) * kSteps +
                static_cast<std::size_t>(t)];
}

bool operator==(const KeyFigureAggregates& a, const KeyFigureAggregates& b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  return a.first_year_ == b.first_year_ && a.last_year_ == b.last_year_ &&
         a.min_age_ == b.min_age_ && a.max_age_ == b.max_age_ && a.num_ == b.num_ &&
         a.den_ == b.den_ && a.stair_ == b.stair_;
}

// Format version 1, every field little-endian:
//   0  "RKFA"   4  u32 version   8  i32 first_year   12 i32 last_year (first - 1 when empty)
//   16 i32 min_age   20 i32 max_age   24 u32 municipalities (98)   28 u32 figures (20)
//   32 u32 steps (7)   36 u32 reserved (0)   40 i16 x 98 municipality codes in slot order
//   then i64 numerators, i64 denominators, i64 stair, in the raw-access layouts.
std::string KeyFigureAggregates::serialize() const {
  std::string out;
  out.reserve(kHeaderBytes + 8 * (num_.size() + den_.size() + stair_.size()));
  out.append(kMagic, 4);
  put_u32(out, kFormatVersion);
  put_u32(out, static_cast<std::uint32_t>(first_year_));
  put_u32(out, static_cast<std::uint32_t>(empty() ? first_year_ - 1 : last_year_));
  put_u32(out, static_cast<std::uint32_t>(min_age_));
  put_u32(out, static_cast<std::uint32_t>(max_age_));
  put_u32(out, kMunicipalities);
  put_u32(out, kFigures);
  put_u32(out, kSteps);
  put_u32(out, 0);
  for (std::int16_t code : keyfig_detail::slot_codes()) {
    const auto u = static_cast<std::uint16_t>(code);
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>(u >> 8));
  }
  for (const auto* v : {&num_, &den_, &stair_})
    for (std::int64_t x : *v) put_u64(out, static_cast<std::uint64_t>(x));
  return out;
}

KeyFigureAggregates KeyFigureAggregates::deserialize(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < kHeaderBytes) bad_bytes("only " + std::to_string(bytes.size()) + " bytes");
  if (std::memcmp(p, kMagic, 4) != 0) bad_bytes("the magic is not \"RKFA\"");
  const std::uint32_t version = get_u32(p + 4);
  if (version != kFormatVersion)
    fail(RORKIT_ERROR_UNSUPPORTED_VERSION, "key-figure aggregates format version " +
                                               std::to_string(version) + " (this rorkit reads 1)");
  const auto first = static_cast<std::int32_t>(get_u32(p + 8));
  const auto last = static_cast<std::int32_t>(get_u32(p + 12));
  const auto min_age = static_cast<std::int32_t>(get_u32(p + 16));
  const auto max_age = static_cast<std::int32_t>(get_u32(p + 20));
  if (get_u32(p + 24) != kMunicipalities || get_u32(p + 28) != kFigures ||
      get_u32(p + 32) != kSteps)
    bad_bytes("the shape is not 98 municipalities x 20 figures x 7 steps");
  for (std::size_t i = 0; i < static_cast<std::size_t>(kMunicipalities); ++i) {
    const auto code = static_cast<std::int16_t>(p[40 + 2 * i] | (p[41 + 2 * i] << 8));
    if (code != keyfig_detail::slot_codes()[i])
      bad_bytes("municipality slot " + std::to_string(i) + " has code " + std::to_string(code) +
                ", expected " + std::to_string(keyfig_detail::slot_codes()[i]));
  }
  if (static_cast<std::int64_t>(last) == static_cast<std::int64_t>(first) - 1) {
    if (bytes.size() != kHeaderBytes) bad_bytes("empty aggregates with trailing bytes");
    return KeyFigureAggregates();
  }
  if (last < first || static_cast<std::int64_t>(last) - first >= kMaxAggregateYears)
    bad_bytes("years " + std::to_string(first) + "-" + std::to_string(last));
  if (min_age < 0 || max_age > 150 || min_age > max_age) bad_bytes("a bad age band");
  KeyFigureAggregates out(first, last, min_age, max_age);
  const std::size_t want =
      kHeaderBytes + 8 * (out.num_.size() + out.den_.size() + out.stair_.size());
  if (bytes.size() != want)
    bad_bytes(std::to_string(bytes.size()) + " bytes where " + std::to_string(want) +
              " were expected");
  const unsigned char* q = p + kHeaderBytes;
  for (auto* v : {&out.num_, &out.den_, &out.stair_})
    for (std::int64_t& x : *v) {
      x = static_cast<std::int64_t>(get_u64(q));
      q += 8;
      if (x < 0) bad_bytes("a negative count");
    }
  return out;
}

}  // namespace rorkit
