#pragma once
// Statistical disclosure control of a panel: primary suppression of small cells and
// complementary suppression so that no suppressed cell can be recovered from a published total
// or difference (a region = the sum of its municipalities, the country = the sum of the regions).
// A suppressed cell keeps its status and reason but its value, numerator and denominator are
// cleared: a suppressed number never leaves the library. Suppression works per figure and year
// (rorkit publishes no totals over years). Rules and their limits: docs/key-figures.md,
// "Suppression".

#include <cstdint>
#include <string>

#include "rorkit/keyfig/panel.hpp"

namespace rorkit {

struct SuppressionOptions {
  /// Primary: a cell with counts whose numerator or denominator is at least 1 and below this is
  /// suppressed (a true zero numerator is not sensitive and stays). Cells set by value only
  /// (no counts, e.g. read from StatBank) are left alone. 0 or 1 turns primary suppression off;
  /// negative throws Error(RORKIT_ERROR_INVALID_ARGUMENT).
  std::int32_t threshold = 5;
  /// Complementary suppression along the area hierarchy (municipalities within their region,
  /// regions within the country, municipalities within the country), per figure and year: no
  /// published total may have exactly one suppressed cell among itself and its members.
  bool complementary = true;
};

struct SuppressionReport {
  std::int64_t primary = 0;
  std::int64_t complementary = 0;
};

/// Suppresses in place and reports how many cells were newly withheld (idempotent).
SuppressionReport suppress(Panel& panel, const SuppressionOptions& options = {});

/// Checks that no suppressed cell can be recovered from a hierarchy group (numerators and
/// denominators of weighted figures, values times member count of unweighted ones): a member
/// by subtracting the other members from the published total, or a suppressed total by adding
/// up its published members. Cells that are missing count as known to an attacker. Returns the
/// first recoverable cell as "figure area year", or "" when safe.
std::string find_recoverable_cell(const Panel& published);

}  // namespace rorkit
