// Text and numbers for the HTML report. Numbers are formatted by hand rather than through
// printf so that the output does not depend on the process's C locale: the same panel gives the
// same bytes everywhere.

#include <algorithm>
#include <cmath>
#include <string>

#include "keyfig/report_detail.hpp"
#include "rorkit/core/utf8.hpp"

namespace rorkit::report_detail {
namespace {

constexpr std::string_view minus_sign = "\xE2\x88\x92";        // U+2212
constexpr std::string_view replacement = "\xEF\xBF\xBD";       // U+FFFD

std::size_t sequence_length(unsigned char lead) noexcept {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// |v| rounded to `decimals` as integer and fraction digits, plus whether anything non-zero
// remains after rounding (so that -0.04 at one decimal prints as "0,0", not "−0,0").
struct Rounded {
  std::string whole, fraction;
  bool negative = false;
};

Rounded round_to(double v, int decimals) {
  double scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const double q = std::round(std::fabs(v) * scale);
  const double whole = std::floor(q / scale);
  const double frac = q - whole * scale;
  Rounded r;
  r.negative = v < 0 && q > 0;
  r.whole = std::to_string(static_cast<long long>(whole));
  if (decimals > 0) {
    r.fraction = std::to_string(static_cast<long long>(frac));
    r.fraction.insert(0, static_cast<std::size_t>(decimals) - std::min(r.fraction.size(), static_cast<std::size_t>(decimals)), '0');
  }
  return r;
}

std::string group_thousands(const std::string& digits) {
  if (digits.size() <= 3) return digits;
  std::string out;
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && i >= lead && (i - lead) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; ++i; continue;
      case '<': out += "&lt;"; ++i; continue;
      case '>': out += "&gt;"; ++i; continue;
      case '"': out += "&quot;"; ++i; continue;
      case '\'': out += "&#39;"; ++i; continue;
      default: break;
    }
    if (c < 0x20 && c != '\n' && c != '\t') {  // control characters have no place in the text
      out += ' ';
      ++i;
      continue;
    }
    const std::size_t n = sequence_length(c);
    if (n == 1 && c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else if (n > 1 && i + n <= text.size() && is_valid_utf8(text.substr(i, n))) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      out.append(replacement);
      ++i;
    }
  }
  return out;
}

std::string id_part(std::string_view text) {
  std::string out;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else out += '-';
  }
  return out.empty() ? "x" : out;
}

std::string da_number(double v, int decimals) {
  if (!std::isfinite(v)) return "..";
  const Rounded r = round_to(v, decimals);
  std::string out = r.negative ? std::string(minus_sign) : std::string();
  out += group_thousands(r.whole);
  if (decimals > 0) out += "," + r.fraction;
  return out;
}

std::string da_signed(double v, int decimals) {
  if (!std::isfinite(v)) return "..";
  const Rounded r = round_to(v, decimals);
  const bool zero = r.whole == "0" && r.fraction.find_first_not_of('0') == std::string::npos;
  return (zero || r.negative ? "" : "+") + da_number(v, decimals);
}

std::string svg_number(double v) {
  if (!std::isfinite(v)) return "0";
  const Rounded r = round_to(v, 1);
  return (r.negative ? "-" : "") + r.whole + (r.fraction == "0" ? "" : "." + r.fraction);
}

int decimals_for(FigureUnit unit) noexcept { return unit == FigureUnit::count ? 0 : 1; }

std::string_view unit_label(FigureUnit unit) noexcept {
  switch (unit) {
    case FigureUnit::percent: return "%";
    case FigureUnit::per_10000: return "pr. 10.000";
    case FigureUnit::per_100: return "pr. 100";
    case FigureUnit::score: return "point";
    case FigureUnit::count: return "";
  }
  return "";
}

std::string_view change_label(FigureUnit unit) noexcept {
  return unit == FigureUnit::percent ? "procentpoint" : unit_label(unit);
}

std::string with_unit(double v, FigureUnit unit) {
  const std::string_view u = unit_label(unit);
  return da_number(v, decimals_for(unit)) + (u.empty() ? "" : "\xC2\xA0" + std::string(u));
}

std::vector<double> nice_ticks(double lo, double hi, int target) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (hi < lo) std::swap(lo, hi);
  if (hi - lo < 1e-9) {  // a flat series: centre it in a small band
    const double pad = std::max(std::fabs(hi) * 0.1, 1.0);
    lo -= pad;
    hi += pad;
  }
  const double raw = (hi - lo) / std::max(target - 1, 1);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = m * mag;
    if (step >= raw) break;
  }
  const double first = std::floor(lo / step + 1e-9) * step;
  const double last = std::ceil(hi / step - 1e-9) * step;
  std::vector<double> out;
  for (int i = 0; i < 50; ++i) {
    const double t = first + i * step;
    if (t > last + step * 1e-6) break;
    out.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
  }
  if (out.size() < 2) out.push_back(first + step);
  return out;
}

}  // namespace rorkit::report_detail
