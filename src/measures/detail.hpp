#pragma once
// Helpers shared by the measures sources; not part of the public API.

#include <string>
#include <string_view>

#include "rorkit/measures/instruments.hpp"

namespace rorkit::measures_detail {

/// The short name used in messages: "WHO-5", "ORS", "QPR-15", "multi-area scale".
std::string_view short_name(InstrumentId id) noexcept;

/// A number as a person would write it: "6", "10.5", "0.1", "NaN", "inf".
std::string format_number(double x);

/// "0-5" for an inclusive range.
std::string format_range(double lo, double hi);

/// Slack for comparing a computed RCI with z: a change of exactly the documented points gives
/// |rci| = z up to rounding and must count as reliable.
inline constexpr double rci_tolerance = 1e-9;

}  // namespace rorkit::measures_detail
