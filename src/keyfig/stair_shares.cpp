// The one disclosure rule for the Indsatstrappe distribution (rorkit/keyfig/stair.hpp).

#include "rorkit/keyfig/stair.hpp"

#include <array>
#include <string>
#include <utility>

#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

constexpr int kStairSteps = 7;  // StairStep none .. long_term_housing
using StepCounts = std::array<std::int64_t, kStairSteps>;

bool withheld_count(std::int64_t n, std::int32_t threshold) { return n >= 1 && n < threshold; }

std::vector<std::optional<double>> protect(const StepCounts& n, std::int32_t threshold) {
  std::int64_t total = 0;
  for (int s = 1; s < kStairSteps; ++s) total += n[s];
  if (total == 0 || withheld_count(total, threshold)) return {};
  std::array<bool, kStairSteps> withheld{};
  int count = 0;
  for (int s = 1; s < kStairSteps; ++s) {
    withheld[s] = withheld_count(n[s], threshold);
    count += withheld[s] ? 1 : 0;
  }
  if (count == 1) {
    int pick = 0;
    auto key = [&](int k) { return std::make_pair(n[k] == 0 ? 1 : 0, n[k]); };
    for (int s = 1; s < kStairSteps; ++s)
      if (!withheld[s] && (pick == 0 || key(s) < key(pick))) pick = s;
    if (pick != 0) withheld[pick] = true;
  }
  std::vector<std::optional<double>> out;
  out.reserve(kStairSteps - 1);
  for (int s = 1; s < kStairSteps; ++s)
    out.push_back(withheld[s] ? std::nullopt
                              : std::optional<double>(100.0 * static_cast<double>(n[s]) /
                                                      static_cast<double>(total)));
  return out;
}

}  // namespace

StairShares stair_shares(const KeyFigureAggregates& aggregates, std::int32_t municipality,
                         std::int32_t year, std::int32_t threshold) {
  if (threshold < 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "stair share threshold must be 0 or more, not " + std::to_string(threshold));
  StepCounts start{}, end{};
  for (int from = 0; from < kStairSteps; ++from)
    for (int to = 0; to < kStairSteps; ++to) {
      const std::int64_t n = aggregates.stair_transition(municipality, year, static_cast<StairStep>(from),
                                                         static_cast<StairStep>(to));
      start[from] += n;
      end[to] += n;
    }
  return StairShares{protect(start, threshold), protect(end, threshold)};
}

}  // namespace rorkit
