#pragma once
// Development over time and comparison with other areas. Every comparison states its averaging
// rule and how many areas it averaged; nothing silently crosses a series break or treats a
// missing or suppressed cell as a number.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/keyfig/panel.hpp"

namespace rorkit {

/// A derived number with its status: `value` is meaningful only when status is value/true_zero.
/// A result from a missing or suppressed input is missing with that input's reason; changes,
/// indices and growth rates that can be computed are status value (even when 0).
struct Derived {
  double value = 0;
  CellStatus status = CellStatus::missing;
  CellReason reason = CellReason::not_reported;
  [[nodiscard]] bool ok() const noexcept {
    return status == CellStatus::value || status == CellStatus::true_zero;
  }
};

/// One area's series of one figure with its development.
struct DevelopmentPoint {
  std::int32_t year = 0;
  Cell level;
  Derived change_previous;  ///< level - level of the previous year (points)
  Derived change_base;      ///< level - level of the base year
  Derived index;            ///< level / base level x 100
};

struct Development {
  std::string area;
  std::string figure;
  std::int32_t base_year = 0;
  std::vector<DevelopmentPoint> points;
  /// Compound annual growth rate from the base year to the last year with a value, in % per
  /// year; missing across a break or when either end is missing or non-positive.
  Derived cagr;
};

/// Development of one area and figure over the panel's years (base year default: the first).
/// The first year has no change_previous (missing/not_reported); the index of a base of 0 is
/// missing/zero_denominator. Throws NOT_FOUND (area, figure) or OUT_OF_RANGE (base year).
Development development(const Panel& panel, std::string_view area, std::string_view figure,
                        std::optional<std::int32_t> base_year = std::nullopt);

/// Ordinary least squares trend of the level on the year, with a confidence interval for the
/// slope (Student t, two-sided). Uses only years after the last series break; needs 3 points.
/// Years without a value are skipped; with fewer than 3 points the trend is missing, reason
/// series_break when the break took the points, else the reason of a year without a value.
/// r_squared is 1 when every point lies on the line (a flat series too). A confidence outside
/// (0, 1) throws Error(RORKIT_ERROR_INVALID_ARGUMENT).
struct Trend {
  std::int32_t first_year = 0, last_year = 0;
  std::int32_t points = 0;
  double slope = 0;      ///< per year
  double intercept = 0;  ///< at year 0
  double slope_low = 0, slope_high = 0;  ///< confidence interval of the slope
  double r_squared = 0;
  CellStatus status = CellStatus::missing;
  CellReason reason = CellReason::not_reported;
};
Trend trend(const Panel& panel, std::string_view area, std::string_view figure,
            double confidence = 0.95);

/// Rank among the municipalities with a value (1 = best by the figure's direction; for neutral
/// figures 1 = highest) and the percentile (share of municipalities it is better than or equal
/// to, 0-100).
/// Ties share the best rank (competition ranking, 1 2 2 4). The percentile counts the
/// municipality itself, so the best is 100 and the worst 100 / of. Regions and the country are
/// not ranked; `municipality` must be a municipality area (else INVALID_ARGUMENT). The
/// figure's direction comes from the catalogue (NOT_FOUND when it lacks the figure).
struct Rank {
  std::int32_t rank = 0;
  std::int32_t of = 0;
  double percentile = 0;
  CellStatus status = CellStatus::missing;
  CellReason reason = CellReason::not_reported;  ///< why it is missing (the cell's reason)
};
Rank rank(const Panel& panel, std::string_view municipality, std::int32_t year,
          std::string_view figure, const Catalogue& catalogue = Catalogue::builtin());

/// A comparison of an area with a reference (the country, its region, a group).
struct Comparison {
  std::string reference;          ///< "000", "081", or "group"
  std::vector<std::string> members;  ///< the areas averaged (for a group)
  Averaging averaging = Averaging::weighted;
  std::int32_t member_count = 0;     ///< members with a value in that year
  Derived reference_value;
  Derived difference;                ///< area - reference (points)
  std::string rule;                  ///< e.g. "weighted: sum of numerators / sum of denominators over 11 municipalities"
};
// How a reference is found. When the panel has the reference area (000, or the region's code)
// and its cell has an input (a value, or a reported missing or suppressed cell), that cell is
// used as it is: members empty, member_count 0, rule "reported: ...". A withheld cell is never
// recomputed from its parts. Otherwise the reference is computed from the municipalities that
// belong to it (all 98, or the region's on 1 July of the year) by the averaging rule; members
// without a value (absent from the panel, missing or suppressed) are left out and named in the
// rule. Weighted averaging needs counts: a member reported without counts (set_value) makes the
// reference missing (the rule says so); ask for unweighted averaging instead.

/// Compares with the whole country (area "000" of the panel, or computed from the
/// municipalities when absent).
Comparison compare_with_country(const Panel& panel, std::string_view area, std::int32_t year,
                                std::string_view figure, const Catalogue& catalogue = Catalogue::builtin());
/// Compares with the area's region in that year (Østdanmark from 2027). The area must be a
/// municipality (else INVALID_ARGUMENT).
Comparison compare_with_region(const Panel& panel, std::string_view municipality, std::int32_t year,
                               std::string_view figure, const Catalogue& catalogue = Catalogue::builtin());
/// Compares with a group of municipalities, averaged by the catalogue's rule (or `averaging`).
/// Every member must be a municipality of the panel (NOT_FOUND, INVALID_ARGUMENT), named once
/// (DUPLICATE); an empty group is INVALID_ARGUMENT.
Comparison compare_with_group(const Panel& panel, std::string_view area,
                              const std::vector<std::string>& group, std::int32_t year,
                              std::string_view figure, const Catalogue& catalogue = Catalogue::builtin(),
                              std::optional<Averaging> averaging = std::nullopt);

/// The k municipalities most like `municipality` on structural variables: standardised
/// (z-scored over all municipalities with values) Euclidean distance over the given variables
/// (rows: municipality codes; columns: variables). Ties broken by code.
/// Missing values (NaN) are treated as R's dist() treats them: a variable counts where both
/// municipalities have it, and the sum of squares is scaled by (variables used / variables
/// shared). Variables the target lacks or without spread are left out for everyone; candidates
/// sharing no variable are not returned (so fewer than k may come back). Standard deviations
/// are population ones. Errors: rows and codes of different lengths or ragged rows
/// (INVALID_ARGUMENT), a repeated code (DUPLICATE), `municipality` not among the codes (NOT_FOUND).
std::vector<std::string> most_similar(const std::vector<std::string>& municipalities,
                                      const std::vector<std::vector<double>>& variables,
                                      std::string_view municipality, std::size_t k);

/// Structural variables computed from a panel for most_similar: the given figures' values in a
/// year, one row per municipality of the panel (NaN where missing).
/// Rows follow the panel's municipality areas in panel order (regions and the country skipped),
/// which is the code list to pass to most_similar.
std::vector<std::vector<double>> structural_variables(const Panel& panel, std::int32_t year,
                                                      const std::vector<std::string>& figures);

}  // namespace rorkit
