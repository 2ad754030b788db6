#pragma once
// Private helpers shared by the analytics files: turning cells into Derived numbers so that a
// missing or suppressed input always becomes a missing result that names why.

#include <string>

#include "rorkit/keyfig/analytics.hpp"

namespace rorkit::analytics_detail {

/// True when the cell holds a number (value or true zero).
inline bool has_value(const Cell& c) noexcept {
  return c.status == CellStatus::value || c.status == CellStatus::true_zero;
}

inline Derived missing(CellReason reason) noexcept {
  return Derived{0, CellStatus::missing, reason == CellReason::none ? CellReason::not_reported : reason};
}

/// A missing Derived that carries the cell's reason (a suppressed cell's small_numerator ...).
inline Derived missing_from(const Cell& c) noexcept { return missing(c.reason); }

/// A computed number. Derived numbers are status value even when 0: true_zero is a statement
/// about counts, which a difference or a ratio does not have.
inline Derived derived(double v) noexcept { return Derived{v, CellStatus::value, CellReason::none}; }

/// a - b, or missing with the reason of the first input without a value.
inline Derived difference(const Cell& a, const Cell& b) noexcept {
  if (!has_value(a)) return missing_from(a);
  if (!has_value(b)) return missing_from(b);
  return derived(a.value - b.value);
}

}  // namespace rorkit::analytics_detail
