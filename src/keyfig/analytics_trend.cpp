// The linear trend of a figure: ordinary least squares of the level on the year (Eigen), with a
// Student-t confidence interval for the slope. Only the years since the last series break count.

#include <Eigen/Dense>

#include <cmath>
#include <string>
#include <vector>

#include "keyfig/analytics_detail.hpp"
#include "keyfig/student_t.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/analytics.hpp"

namespace rorkit {

Trend trend(const Panel& panel, std::string_view area, std::string_view figure, double confidence) {
  using analytics_detail::has_value;
  if (!(confidence > 0 && confidence < 1))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "the confidence level must lie strictly between 0 and 1, not " + std::to_string(confidence));
  const std::size_t a = panel.area_index(area);
  const std::size_t f = panel.figure_index(figure);
  const std::string& id = panel.figure_ids()[f];

  Trend out;
  if (panel.year_count() == 0) return out;
  // The window starts at the last break within the panel's years (a break at year b makes b
  // and later incomparable with what came before).
  std::int32_t start = panel.first_year();
  for (const auto& [fig, year] : panel.breaks())
    if (fig == id && year > start && year <= panel.last_year()) start = year;

  std::vector<double> years, levels;
  std::int32_t all_points = 0;
  CellReason gap = CellReason::none;  // why a year of the window has no value
  for (std::int32_t y = panel.first_year(); y <= panel.last_year(); ++y) {
    const Cell c = panel.cell_at(f, static_cast<std::size_t>(y - panel.first_year()), a);
    if (!has_value(c)) {
      if (y >= start && gap == CellReason::none) gap = c.reason;
      continue;
    }
    all_points += 1;
    if (y < start) continue;
    years.push_back(static_cast<double>(y));
    levels.push_back(c.value);
  }
  const auto n = static_cast<Eigen::Index>(years.size());
  out.points = static_cast<std::int32_t>(n);
  out.first_year = n > 0 ? static_cast<std::int32_t>(years.front()) : start;
  out.last_year = n > 0 ? static_cast<std::int32_t>(years.back()) : panel.last_year();
  if (n < 3) {
    out.status = CellStatus::missing;
    out.reason = all_points >= 3 && start > panel.first_year() ? CellReason::series_break
                 : gap != CellReason::none                      ? gap
                                                               : CellReason::not_reported;
    return out;
  }

  // Centre the years so the design matrix is well conditioned; the intercept is moved back to
  // year 0 afterwards.
  double mean_year = 0;
  for (double y : years) mean_year += y;
  mean_year /= static_cast<double>(n);
  Eigen::MatrixXd x(n, 2);
  Eigen::VectorXd v(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    x(i, 0) = 1.0;
    x(i, 1) = years[static_cast<std::size_t>(i)] - mean_year;
    v(i) = levels[static_cast<std::size_t>(i)];
  }
  const Eigen::Vector2d beta = x.colPivHouseholderQr().solve(v);
  const Eigen::VectorXd residual = v - x * beta;
  const double ssr = residual.squaredNorm();
  const double sst = (v.array() - v.mean()).square().sum();
  const double sxx = x.col(1).squaredNorm();
  const double df = static_cast<double>(n - 2);
  const double se = std::sqrt(ssr / df / sxx);
  const double t = stats_detail::student_t_quantile(0.5 + confidence / 2, df);

  out.slope = beta(1);
  out.intercept = beta(0) - beta(1) * mean_year;
  out.slope_low = out.slope - t * se;
  out.slope_high = out.slope + t * se;
  // Every point on the line (a flat series included) explains all there is: r² = 1.
  out.r_squared = sst > 0 ? 1.0 - ssr / sst : 1.0;
  out.status = CellStatus::value;
  out.reason = CellReason::none;
  return out;
}

}  // namespace rorkit
