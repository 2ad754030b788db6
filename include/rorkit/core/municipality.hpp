#pragma once
// Reference data: the 98 Danish municipalities and the regions over time (DOMAIN.md §3).
// Regions are time-versioned: on 2027-01-01 Hovedstaden (1084) and Sjælland (1085) merge into
// Region Østdanmark, so the region of a municipality depends on the date asked.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/core/date.hpp"

namespace rorkit {

/// A region with its validity. `code` is the 4-digit DAWA/CPR code (1081-1085; 1086 for Region
/// Østdanmark, provisional); `statbank_code` is the 3-digit StatBank OMRÅDE code ("081").
struct Region {
  std::int32_t code = 0;
  std::string_view name;
  Date valid_from;
  std::optional<Date> valid_to;  ///< last day, inclusive; empty while in force

  /// The StatBank area code, e.g. "081".
  [[nodiscard]] std::string statbank_code() const;
  /// True when the region exists on `on`.
  [[nodiscard]] bool valid_on(const Date& on) const noexcept;

  friend bool operator==(const Region& a, const Region& b) noexcept { return a.code == b.code; }
  friend bool operator!=(const Region& a, const Region& b) noexcept { return !(a == b); }
};

/// A municipality. `code` is the official code (101 = København); `home_region` is its region
/// from 2007 until a merger replaces it (see region_of).
struct Municipality {
  std::int32_t code = 0;
  std::string_view name;
  std::int32_t home_region = 0;
  Date valid_from;

  /// The 3-digit StatBank form, "101".
  [[nodiscard]] std::string code3() const;
  /// The 4-digit DAWA/CPR form, "0101".
  [[nodiscard]] std::string code4() const;

  friend bool operator==(const Municipality& a, const Municipality& b) noexcept {
    return a.code == b.code;
  }
  friend bool operator!=(const Municipality& a, const Municipality& b) noexcept {
    return !(a == b);
  }
};

/// All 98 municipalities, ordered by code.
const std::vector<Municipality>& municipalities();

/// Every region rorkit knows, past and future, ordered by code.
const std::vector<Region>& all_regions();

/// The regions that exist on a date (5 before 2027, 4 from 2027-01-01). Throws
/// Error(RORKIT_ERROR_OUT_OF_RANGE) for dates before the 2007 reform.
std::vector<Region> regions_on(const Date& on);

/// A region by code (1081, 81, "081", "1084") or by name ("Region Sjælland", "sjaelland").
/// Throws Error(RORKIT_ERROR_NOT_FOUND) with the query.
const Region& find_region(std::string_view query);

/// A municipality by code ("101", "0101", "773") or name (case-insensitive, Danish letters or
/// their ASCII spelling, an optional " Kommune" suffix). Throws Error(RORKIT_ERROR_NOT_FOUND)
/// with the query, or Error(RORKIT_ERROR_INVALID_UTF8).
const Municipality& find_municipality(std::string_view query);

/// The municipality with this numeric code; throws Error(RORKIT_ERROR_NOT_FOUND).
const Municipality& municipality_by_code(std::int32_t code);

/// The region a municipality belongs to on a date. Throws Error(RORKIT_ERROR_OUT_OF_RANGE) for
/// dates before the 2007 reform.
const Region& region_of(const Municipality& m, const Date& on);

/// The municipalities in a region on a date, ordered by code. A region that does not exist on
/// that date has none: throws Error(RORKIT_ERROR_NOT_FOUND) naming the region and the date.
std::vector<Municipality> municipalities_in_region(std::int32_t region_code, const Date& on);

/// Code 000: the whole country, as StatBank labels it.
inline constexpr std::string_view whole_country_code = "000";
inline constexpr std::string_view whole_country_name = "Hele landet";

}  // namespace rorkit
