// The municipalities most like a given one on structural variables, and those variables taken
// from a panel.
//
// Missing values (NaN) follow R's dist(): a variable counts only where both municipalities have
// it, and the sum of squares is scaled up by (variables used / variables shared), so a
// municipality missing one variable is neither nearer nor farther for it. Variables the target
// lacks, and variables without spread (fewer than two values, or all equal), are left out for
// every candidate. Candidates sharing no variable with the target are not returned.

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "keyfig/analytics_detail.hpp"
#include "keyfig/catalogue_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/analytics.hpp"

namespace rorkit {

std::vector<std::string> most_similar(const std::vector<std::string>& municipalities,
                                      const std::vector<std::vector<double>>& variables,
                                      std::string_view municipality, std::size_t k) {
  using catalogue_detail::shown;
  const std::size_t rows = municipalities.size();
  if (variables.size() != rows)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "most_similar: " + std::to_string(rows) +
                                            " municipalities but " + std::to_string(variables.size()) +
                                            " rows of variables");
  const std::size_t cols = rows == 0 ? 0 : variables.front().size();
  std::size_t target = rows;
  for (std::size_t i = 0; i < rows; ++i) {
    if (variables[i].size() != cols)
      fail(RORKIT_ERROR_INVALID_ARGUMENT, "most_similar: row " + std::to_string(i) + " (" +
                                              municipalities[i] + ") has " +
                                              std::to_string(variables[i].size()) +
                                              " variables, the first row " + std::to_string(cols));
    for (std::size_t j = 0; j < i; ++j)
      if (municipalities[j] == municipalities[i])
        fail(RORKIT_ERROR_DUPLICATE, "most_similar: municipality " + shown(municipalities[i]) +
                                         " appears twice");
    if (municipalities[i] == municipality) target = i;
  }
  if (target == rows)
    fail(RORKIT_ERROR_NOT_FOUND, "most_similar: municipality " + shown(municipality) +
                                     " is not among the rows");

  // z-scores per variable over the municipalities that have it (population standard deviation).
  std::vector<double> mean(cols, 0), sd(cols, 0);
  std::vector<bool> usable(cols, false);
  for (std::size_t c = 0; c < cols; ++c) {
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t r = 0; r < rows; ++r)
      if (std::isfinite(variables[r][c])) sum += variables[r][c], n += 1;
    if (n < 2) continue;
    mean[c] = sum / static_cast<double>(n);
    double ss = 0;
    for (std::size_t r = 0; r < rows; ++r)
      if (std::isfinite(variables[r][c])) ss += (variables[r][c] - mean[c]) * (variables[r][c] - mean[c]);
    sd[c] = std::sqrt(ss / static_cast<double>(n));
    usable[c] = sd[c] > 0 && std::isfinite(variables[target][c]);
  }
  const auto used = static_cast<std::size_t>(std::count(usable.begin(), usable.end(), true));
  if (used == 0 || k == 0) return {};

  std::vector<std::pair<double, std::size_t>> scored;  // (scaled squared distance, row)
  for (std::size_t r = 0; r < rows; ++r) {
    if (r == target) continue;
    double ss = 0;
    std::size_t shared = 0;
    for (std::size_t c = 0; c < cols; ++c) {
      if (!usable[c] || !std::isfinite(variables[r][c])) continue;
      const double d = (variables[r][c] - variables[target][c]) / sd[c];
      ss += d * d;
      shared += 1;
    }
    if (shared == 0) continue;
    scored.emplace_back(ss * static_cast<double>(used) / static_cast<double>(shared), r);
  }
  const std::size_t take = std::min(k, scored.size());
  auto nearer = [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return municipalities[a.second] < municipalities[b.second];  // ties by code
  };
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(take), scored.end(), nearer);
  std::vector<std::string> out;
  out.reserve(take);
  for (std::size_t i = 0; i < take; ++i) out.push_back(municipalities[scored[i].second]);
  return out;
}

std::vector<std::vector<double>> structural_variables(const Panel& panel, std::int32_t year,
                                                      const std::vector<std::string>& figures) {
  const std::size_t y = panel.year_index(year);
  std::vector<std::size_t> cols;
  cols.reserve(figures.size());
  for (const std::string& id : figures) cols.push_back(panel.figure_index(id));
  std::vector<std::vector<double>> out;
  for (std::size_t a = 0; a < panel.areas().size(); ++a) {
    if (panel.areas()[a].kind != AreaKind::municipality) continue;
    std::vector<double> row;
    row.reserve(cols.size());
    for (std::size_t f : cols) {
      const Cell c = panel.cell_at(f, y, a);
      row.push_back(analytics_detail::has_value(c) ? c.value : std::numeric_limits<double>::quiet_NaN());
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace rorkit
