// The OLS trend with its t-based confidence interval, and the t quantile behind it. Expected
// values: slope and intercept from numpy.polyfit, residual sums by hand (below), t quantiles
// from an independent computation (numerical integration of the t density in Python, checked
// against the closed forms for 1, 2 and 4 degrees of freedom).

#include <catch2/catch.hpp>

#include <cmath>

#include "keyfig/student_t.hpp"
#include "keyfig_panels.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "support/errors.hpp"

namespace test_analytics_trend {

using namespace rorkit;
using keyfig_test::put;
using keyfig_test::suppress;
using rorkit::test::status_of;

namespace {

// kf11 for København 2018-2022: 10, 12, 13, 15, 18 %.
Panel series() {
  Panel p = keyfig_test::municipalities_panel({"101"}, 2018, 2022, {"kf11"});
  const double levels[] = {10, 12, 13, 15, 18};
  for (int i = 0; i < 5; ++i) put(p, "101", 2018 + i, "kf11", levels[i], 100);
  return p;
}

}  // namespace

TEST_CASE("the t quantile matches independent values", "[keyfig][analytics][trend]") {
  using stats_detail::student_t_quantile;
  struct Row {
    double df, p, t;
  };
  const Row rows[] = {
      {1, 0.975, 12.706204736174707},  // tan(pi * 0.475)
      {2, 0.975, 4.302652729749464},   // (2p - 1) / sqrt(2 p (1 - p))
      {3, 0.975, 3.1824463052836878},  {4, 0.975, 2.7764451051977757},
      {5, 0.975, 2.570581835636321},   {10, 0.975, 2.228138851986259},
      {30, 0.975, 2.0422724563012853}, {3, 0.95, 2.35336343480182},
      {3, 0.995, 5.840909309733329},   {7, 0.9, 1.4149239276505048},
      {1, 0.995, 63.65674116287404},   {100, 0.975, 1.9839715185237736},
      {20, 0.6, 0.2567427538545013},
  };
  for (const Row& r : rows) {
    INFO("df " << r.df << " p " << r.p);
    CHECK(student_t_quantile(r.p, r.df) == Approx(r.t).epsilon(1e-9));
    CHECK(student_t_quantile(1 - r.p, r.df) == Approx(-r.t).epsilon(1e-9));
  }
  // df = 4 closed form (Hill 1970): t = 2 sqrt(q - 1), q = cos(acos(sqrt(a)) / 3) / sqrt(a), a = 4p(1-p).
  for (double p : {0.6, 0.8, 0.9, 0.99, 0.9995}) {
    const double a = 4 * p * (1 - p);
    const double q = std::cos(std::acos(std::sqrt(a)) / 3) / std::sqrt(a);
    CHECK(student_t_quantile(p, 4) == Approx(2 * std::sqrt(q - 1)).epsilon(1e-9));
  }
  CHECK(student_t_quantile(0.5, 3) == 0);
  CHECK(std::isnan(student_t_quantile(0, 3)));
  CHECK(std::isnan(student_t_quantile(1, 3)));
  CHECK(std::isnan(student_t_quantile(0.9, 0)));
  CHECK(stats_detail::student_t_cdf(2.228138851986259, 10) == Approx(0.975).epsilon(1e-12));
  CHECK(stats_detail::log_gamma(5) == Approx(std::log(24.0)).epsilon(1e-14));
  CHECK(stats_detail::log_gamma(0.5) == Approx(0.5 * std::log(3.14159265358979323846)).epsilon(1e-14));
  CHECK(stats_detail::incomplete_beta(2, 3, 0.4) == Approx(0.5248).epsilon(1e-12));  // P(Bin(4, 0.4) >= 2)
}

TEST_CASE("trend: OLS slope, intercept, r² and the 95 % interval", "[keyfig][analytics][trend]") {
  // Centred years -2..2: Sxx = 10, Sxy = 19, slope 1.9; mean 13.6, so the intercept at year 0
  // is 13.6 - 1.9 * 2020 = -3824.4. Residuals 0.2, 0.3, -0.6, -0.5, 0.6: SSR 1.1; SST 37.2.
  const Trend t = trend(series(), "101", "kf11");
  CHECK(t.status == CellStatus::value);
  CHECK(t.reason == CellReason::none);
  CHECK(t.points == 5);
  CHECK(t.first_year == 2018);
  CHECK(t.last_year == 2022);
  CHECK(t.slope == Approx(1.9).epsilon(1e-12));
  CHECK(t.intercept == Approx(-3824.4).epsilon(1e-12));
  CHECK(t.r_squared == Approx(1 - 1.1 / 37.2).epsilon(1e-12));
  // se = sqrt(1.1 / 3 / 10); t(0.975, 3) = 3.18244630528...
  CHECK(t.slope_low == Approx(1.2906079276685423).epsilon(1e-9));
  CHECK(t.slope_high == Approx(2.509392072331776).epsilon(1e-9));

  const Trend t90 = trend(series(), "101", "kf11", 0.90);
  CHECK(t90.slope_low == Approx(1.4493652106237227).epsilon(1e-9));
  CHECK(t90.slope_high == Approx(2.350634789376596).epsilon(1e-9));
}

TEST_CASE("trend uses only the years since the last break", "[keyfig][analytics][trend]") {
  Panel p = series();
  p.mark_break("kf11", 2020);
  Trend t = trend(p, "101", "kf11");
  CHECK(t.status == CellStatus::value);
  CHECK(t.points == 3);
  CHECK(t.first_year == 2020);
  CHECK(t.slope == Approx(2.5));  // 13, 15, 18 on -1, 0, 1: Sxy 5, Sxx 2
  CHECK(t.r_squared == Approx(1 - (1.0 / 6.0) / (38.0 / 3.0)));  // residuals 1/6, -1/3, 1/6; SST 38/3

  p.mark_break("kf11", 2021);
  t = trend(p, "101", "kf11");
  CHECK(t.status == CellStatus::missing);
  CHECK(t.reason == CellReason::series_break);
  CHECK(t.points == 2);

  Panel later = series();
  later.mark_break("kf11", 2030);  // after the panel: no effect
  CHECK(trend(later, "101", "kf11").points == 5);
}

TEST_CASE("trend skips years without a value and needs three", "[keyfig][analytics][trend]") {
  Panel p = series();
  suppress(p, "101", 2019, "kf11");
  Trend t = trend(p, "101", "kf11");
  CHECK(t.status == CellStatus::value);
  CHECK(t.points == 4);
  // Years 2018, 2020-2022 (mean 2020.25), levels 10, 13, 15, 18 (mean 14): Sxy 17, Sxx 8.75.
  CHECK(t.slope == Approx(17 / 8.75));

  suppress(p, "101", 2020, "kf11");
  p.set_missing(0, 3, 0, CellReason::source_missing);
  t = trend(p, "101", "kf11");
  CHECK(t.status == CellStatus::missing);
  CHECK(t.reason == CellReason::small_numerator);
  CHECK(t.points == 2);

  const Panel empty = keyfig_test::municipalities_panel({"101"}, 2018, 2022, {"kf11"});
  CHECK(trend(empty, "101", "kf11").reason == CellReason::not_reported);
}

TEST_CASE("trend of a perfect line and of a flat series", "[keyfig][analytics][trend]") {
  Panel p = keyfig_test::municipalities_panel({"101", "147"}, 2020, 2023, {"kf11"});
  for (int i = 0; i < 4; ++i) {
    put(p, "101", 2020 + i, "kf11", 10 + 2 * i, 100);
    put(p, "147", 2020 + i, "kf11", 7, 100);
  }
  Trend t = trend(p, "101", "kf11");
  CHECK(t.slope == Approx(2.0));
  CHECK(t.slope_low == Approx(2.0));
  CHECK(t.slope_high == Approx(2.0));
  CHECK(t.r_squared == Approx(1.0));
  CHECK(t.intercept == Approx(10 - 2.0 * 2020));
  t = trend(p, "147", "kf11");
  CHECK(t.slope == Approx(0.0).margin(1e-12));
  CHECK(t.r_squared == 1.0);
  CHECK(t.status == CellStatus::value);

  for (double c : {0.0, 1.0, -0.5, 1.5, std::nan("")})
    CHECK(status_of([&] { (void)trend(p, "101", "kf11", c); }) == RORKIT_ERROR_INVALID_ARGUMENT);
}

}  // namespace test_analytics_trend
