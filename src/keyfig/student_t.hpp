#pragma once
// Student's t distribution for the trend's confidence interval: the CDF through the regularized
// incomplete beta function and the quantile by bisection on it. Private to the key-figure code.
//
// Accuracy: the incomplete beta is evaluated by its continued fraction (modified Lentz, Numerical
// Recipes §6.4) to a relative 1e-15, log-gamma by a Lanczos sum (g = 7, 9 terms; ~1e-15), and
// the quantile is bisected to the last bits, so quantiles agree with tables to ~1e-12 (tests use
// 1e-9). std::lgamma is not used: glibc's writes the global `signgam`, a data race when analyses
// run on several threads.

namespace rorkit::stats_detail {

/// ln Γ(x) for x > 0.
double log_gamma(double x) noexcept;

/// The regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1.
double incomplete_beta(double a, double b, double x) noexcept;

/// P(T <= t) for Student's t with `df` > 0 degrees of freedom.
double student_t_cdf(double t, double df) noexcept;

/// The p-quantile of Student's t with `df` > 0 degrees of freedom, 0 < p < 1 (NaN outside).
double student_t_quantile(double p, double df) noexcept;

}  // namespace rorkit::stats_detail
