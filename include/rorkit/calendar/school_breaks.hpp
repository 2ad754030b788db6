#pragma once
// School breaks and the half-year "phase windows" between them (DOMAIN.md §5 [I]).
// Defaults: summer = Saturday of ISO week 26 -> Sunday of ISO week 32; Christmas = 20 Dec ->
// 3 Jan of the next year. A municipality can override any break of any year.

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "rorkit/calendar/workdays.hpp"
#include "rorkit/core/date.hpp"

namespace rorkit {

enum class BreakKind : std::int32_t { summer = 1, christmas = 2 };

/// A school break. `year` is the year the break starts in (Christmas 2025 runs into 2026).
struct SchoolBreak {
  BreakKind kind = BreakKind::summer;
  std::int32_t year = 0;
  DateRange dates;
  bool overridden = false;  ///< true when a municipality override set it

  friend bool operator==(const SchoolBreak& a, const SchoolBreak& b) noexcept {
    return a.kind == b.kind && a.year == b.year && a.dates == b.dates &&
           a.overridden == b.overridden;
  }
  friend bool operator!=(const SchoolBreak& a, const SchoolBreak& b) noexcept { return !(a == b); }
};

/// The default break of a kind and year.
DateRange default_school_break(BreakKind kind, std::int32_t year);

/// spring = end of the Christmas break -> start of the summer break; autumn = end of the summer
/// break -> start of the Christmas break.
enum class Season : std::int32_t { spring = 1, autumn = 2 };

/// A phase window: the days strictly between two breaks, with its working-day count.
struct PhaseWindow {
  std::int32_t year = 0;
  Season season = Season::spring;
  DateRange dates;
  std::int64_t working_days = 0;

  friend bool operator==(const PhaseWindow& a, const PhaseWindow& b) noexcept {
    return a.year == b.year && a.season == b.season && a.dates == b.dates &&
           a.working_days == b.working_days;
  }
  friend bool operator!=(const PhaseWindow& a, const PhaseWindow& b) noexcept { return !(a == b); }
};

/// Working-day rules plus per-municipality school-break overrides. Regular value type; const
/// member functions are safe to call from several threads at once.
class Calendar {
 public:
  Calendar() = default;
  explicit Calendar(WorkdayRules rules) : rules_(rules) {}

  [[nodiscard]] const WorkdayRules& rules() const noexcept { return rules_; }
  void set_rules(const WorkdayRules& rules) noexcept { rules_ = rules; }

  /// Overrides one break for one municipality (code as in find_municipality) and year. Checks
  /// that the municipality exists, that first <= last, that the break starts in `year` (summer:
  /// May-August; Christmas: 15 November-31 December, ending by 31 January), and that at least
  /// one day separates it from the municipality's neighbouring breaks (overrides included). On
  /// failure throws and leaves the calendar unchanged.
  void set_school_break(std::string_view municipality, BreakKind kind, std::int32_t year,
                        const DateRange& dates);

  /// Removes an override; returns whether there was one.
  bool clear_school_break(std::string_view municipality, BreakKind kind, std::int32_t year);

  /// Number of overrides held.
  [[nodiscard]] std::size_t override_count() const noexcept { return overrides_.size(); }

  /// The break in force for a municipality (empty view = the default calendar).
  [[nodiscard]] SchoolBreak school_break(BreakKind kind, std::int32_t year,
                                         std::string_view municipality = {}) const;

  /// The two phase windows of a year: spring (between Christmas year-1 and summer year) and
  /// autumn (between summer and Christmas of year).
  [[nodiscard]] std::vector<PhaseWindow> phase_windows(std::int32_t year,
                                                       std::string_view municipality = {}) const;

  /// The phase window that contains `on`, or when `on` falls in a break, the next one.
  [[nodiscard]] PhaseWindow phase_window_at_or_after(const Date& on,
                                                     std::string_view municipality = {}) const;

  /// The phase window that follows `window`.
  [[nodiscard]] PhaseWindow next_phase_window(const PhaseWindow& window,
                                              std::string_view municipality = {}) const;

  [[nodiscard]] bool is_working_day(const Date& d) const;
  [[nodiscard]] Date add_working_days(const Date& d, std::int64_t n) const;
  [[nodiscard]] std::int64_t count_working_days(const Date& first, const Date& last) const;

  friend bool operator==(const Calendar& a, const Calendar& b) noexcept {
    return a.rules_ == b.rules_ && a.overrides_ == b.overrides_;
  }
  friend bool operator!=(const Calendar& a, const Calendar& b) noexcept { return !(a == b); }

 private:
  // (municipality code, kind, year) -> dates
  using Key = std::tuple<std::int32_t, std::int32_t, std::int32_t>;
  WorkdayRules rules_;
  std::map<Key, DateRange, std::less<>> overrides_;
};

/// "spring" / "autumn"; "summer" / "christmas".
std::string_view to_string(Season s) noexcept;
std::string_view to_string(BreakKind k) noexcept;

}  // namespace rorkit
