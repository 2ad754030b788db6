#pragma once
// The Indsatstrappe distribution of one municipality and year, protected for publication.
//
// KeyFigureAggregates holds raw transition counts. What may be shown of them is shares of the
// persons on a step (never the counts), with a step of 1 to threshold-1 persons withheld. The
// shares add up to 100 %, so a lone withheld share would be 100 minus the others: when exactly
// one step is withheld, the smallest other step is withheld too (non-empty steps before empty
// ones, then the lower step). A distribution of fewer than `threshold` persons, or of none, is
// not shown at all. The HTML report, the C ABI and Python's plot_stair all use this one rule.

#include <cstdint>
#include <optional>
#include <vector>

#include "rorkit/keyfig/microdata.hpp"

namespace rorkit {

struct StairShares {
  /// Steps 1-6 (StairStep::low_threshold .. long_term_housing) on 1 January and on 31
  /// December: % of the persons on a step; nullopt = withheld. Empty = not shown at all.
  std::vector<std::optional<double>> start, end;
};

/// The protected shares. Throws Error: NOT_FOUND (municipality), OUT_OF_RANGE (year outside
/// the aggregates), INVALID_ARGUMENT (threshold below 0; 0 and 1 withhold nothing).
StairShares stair_shares(const KeyFigureAggregates& aggregates, std::int32_t municipality,
                         std::int32_t year, std::int32_t threshold = 5);

}  // namespace rorkit
