// Student's t CDF and quantile (see student_t.hpp for the method and its accuracy).

#include "keyfig/student_t.hpp"

#include <cmath>
#include <limits>

namespace rorkit::stats_detail {
namespace {

constexpr double kPi = 3.14159265358979323846;

// The continued fraction of I_x(a, b) (Numerical Recipes betacf), with y = 1 - x given so
// that it keeps its precision when x is close to 1.
double beta_fraction(double a, double b, double x) noexcept {
  constexpr double tiny = 1e-300;
  constexpr double eps = 1e-16;
  const double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1;
  double d = 1 - qab * x / qap;
  if (std::fabs(d) < tiny) d = tiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 10000; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    const double del = d * c;
    h *= del;
    if (std::fabs(del - 1) < eps) break;
  }
  return h;
}

// I_x(a, b) with y = 1 - x passed separately.
double incomplete_beta(double a, double b, double x, double y) noexcept {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const double log_front =
      log_gamma(a + b) - log_gamma(a) - log_gamma(b) + a * std::log(x) + b * std::log(y);
  const double front = std::exp(log_front);
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(a, b, x) / a;
  return 1 - front * beta_fraction(b, a, y) / b;
}

// P(T > t) for t >= 0: I_{df/(df+t²)}(df/2, 1/2) / 2.
double upper_tail(double t, double df) noexcept {
  const double t2 = t * t;
  const double x = df / (df + t2);
  const double y = t2 / (df + t2);
  return 0.5 * incomplete_beta(df / 2, 0.5, x, y);
}

}  // namespace

double log_gamma(double x) noexcept {
  static constexpr double g = 7;
  static constexpr double coef[] = {0.99999999999980993,  676.5203681218851,
                                    -1259.1392167224028,  771.32342877765313,
                                    -176.61502916214059,  12.507343278686905,
                                    -0.13857109526572012, 9.9843695780195716e-6,
                                    1.5056327351493116e-7};
  if (!(x > 0)) return std::numeric_limits<double>::quiet_NaN();
  if (x < 0.5) return std::log(kPi / std::sin(kPi * x)) - log_gamma(1 - x);  // reflection
  x -= 1;
  double sum = coef[0];
  for (int i = 1; i < 9; ++i) sum += coef[i] / (x + i);
  const double t = x + g + 0.5;
  return 0.5 * std::log(2 * kPi) + (x + 0.5) * std::log(t) - t + std::log(sum);
}

double incomplete_beta(double a, double b, double x) noexcept {
  if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1)) return std::numeric_limits<double>::quiet_NaN();
  return incomplete_beta(a, b, x, 1 - x);
}

double student_t_cdf(double t, double df) noexcept {
  if (!(df > 0) || std::isnan(t)) return std::numeric_limits<double>::quiet_NaN();
  if (std::isinf(t)) return t > 0 ? 1 : 0;
  const double tail = upper_tail(std::fabs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

double student_t_quantile(double p, double df) noexcept {
  if (!(df > 0) || !(p > 0) || !(p < 1)) return std::numeric_limits<double>::quiet_NaN();
  if (p == 0.5) return 0;
  // Solve P(T > t) = q for t > 0 on the tail, which keeps its precision far out.
  const double q = p > 0.5 ? 1 - p : p;
  double lo = 0, hi = 1;
  while (upper_tail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) break;
  }
  for (int i = 0; i < 2100 && hi - lo > 1e-16 * hi; ++i) {
    const double mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    (upper_tail(mid, df) > q ? lo : hi) = mid;
  }
  const double t = lo + (hi - lo) / 2;
  return p > 0.5 ? t : -t;
}

}  // namespace rorkit::stats_detail
