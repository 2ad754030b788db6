#pragma once
// The temperature measurement of organisational prerequisites (DOMAIN.md §4 [I]): Likert 1-5 per
// dimension by respondent role, summarised with small cells suppressed, and baseline vs
// follow-up change with flags for the dimensions that need work.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/course/model.hpp"

namespace rorkit {

/// The nine default dimensions (seed A's list of what leadership must secure [I]).
const std::vector<TemperatureDimension>& default_temperature_dimensions();

/// Traffic light [I]: mean < 2.5 red, < 3.5 yellow, otherwise green (docs/course.md).
enum class TrafficLight : std::int32_t { red = 1, yellow = 2, green = 3 };
TrafficLight traffic_light(double mean) noexcept;
std::string_view to_code(TrafficLight t) noexcept;

/// A cell: one dimension, all respondents or one role. With fewer than `min_cell` answers the
/// cell is suppressed: n is still reported, the mean and distribution are not.
struct TemperatureCell {
  std::string dimension_id;
  std::optional<RespondentRole> role;  ///< empty = all respondents
  std::int32_t n = 0;
  bool suppressed = false;
  std::optional<double> mean;
  std::array<std::int32_t, 5> distribution{};  ///< counts of 1..5 (zeros when suppressed)
  std::optional<TrafficLight> light;
};

struct TemperatureOptions {
  std::int32_t min_cell = 5;
};

/// Per dimension: the overall cell, then one per role that answered. Throws
/// Error(RORKIT_ERROR_OUT_OF_RANGE) for a score outside 1-5 and Error(RORKIT_ERROR_VALIDATION)
/// for a response with the wrong number of scores, naming the respondent.
std::vector<TemperatureCell> summarise(const TemperatureSurvey& survey,
                                       const TemperatureOptions& options = {});

/// Baseline vs follow-up for one dimension (overall cells).
struct TemperatureChange {
  std::string dimension_id;
  std::optional<double> baseline_mean;
  std::optional<double> followup_mean;
  std::optional<double> change;
  /// Needs work [I]: the follow-up is red or yellow, or fell by 0.5 or more.
  bool needs_work = false;
  std::string reason;
};

/// Compares two surveys dimension by dimension (matched by id). Throws
/// Error(RORKIT_ERROR_VALIDATION) when their dimensions differ.
std::vector<TemperatureChange> compare(const TemperatureSurvey& baseline,
                                       const TemperatureSurvey& followup,
                                       const TemperatureOptions& options = {});

}  // namespace rorkit
