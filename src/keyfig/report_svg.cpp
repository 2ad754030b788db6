// Inline SVG charts for the HTML report. Plain SVG 1.1 elements inside HTML5 (no xmlns needed
// there), each with <title> and <desc> for screen readers, styled by the document's CSS classes.

#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>
#include <string>

#include "keyfig/report_detail.hpp"

namespace rorkit::report_detail {
namespace {

// The fewest decimals (0-3) that show every tick exactly.
int tick_decimals(const std::vector<double>& ticks) {
  for (int d = 0; d < 3; ++d) {
    const double scale = std::pow(10.0, d);
    const bool exact = std::all_of(ticks.begin(), ticks.end(), [&](double t) {
      return std::fabs(t * scale - std::round(t * scale)) < 1e-6;
    });
    if (exact) return d;
  }
  return 3;
}

std::string open_svg(const std::string& id, const std::string& cls, double w, double h,
                     const std::string& title, const std::string& desc) {
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << "<svg class=\"" << cls << "\" viewBox=\"0 0 " << svg_number(w) << ' ' << svg_number(h)
    << "\" width=\"" << svg_number(w) << "\" height=\"" << svg_number(h)
    << "\" role=\"img\" aria-labelledby=\"" << id << "-t " << id << "-d\">\n"
    << "<title id=\"" << id << "-t\">" << escape(title) << "</title>\n"
    << "<desc id=\"" << id << "-d\">" << escape(desc) << "</desc>\n";
  return o.str();
}

// A marker per series so the lines differ by shape as well as colour.
std::string marker(const std::string& css, double x, double y) {
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  if (css == "country") {
    o << "<rect x=\"" << svg_number(x - 3.5) << "\" y=\"" << svg_number(y - 3.5)
      << "\" width=\"7\" height=\"7\"/>";
  } else if (css == "group") {
    o << "<polygon points=\"" << svg_number(x) << ',' << svg_number(y - 5) << ' '
      << svg_number(x + 5) << ',' << svg_number(y) << ' ' << svg_number(x) << ','
      << svg_number(y + 5) << ' ' << svg_number(x - 5) << ',' << svg_number(y) << "\"/>";
  } else {
    o << "<circle cx=\"" << svg_number(x) << "\" cy=\"" << svg_number(y) << "\" r=\"4\"/>";
  }
  return o.str();
}

}  // namespace

std::string line_chart_svg(const LineChart& c) {
  constexpr double W = 640, H = 250, L = 64, R = 18, T = 14, B = 36;
  constexpr double pw = W - L - R, ph = H - T - B;
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& s : c.series)
    for (const auto& v : s.values)
      if (v) lo = std::min(lo, *v), hi = std::max(hi, *v);
  const bool empty = !std::isfinite(lo);
  if (empty) lo = 0, hi = 1;
  const std::vector<double> ticks = nice_ticks(lo, hi, 5);
  const double y0 = ticks.front(), y1 = ticks.back();
  const int dec = tick_decimals(ticks);
  auto X = [&](std::size_t i) {
    return c.years <= 1 ? L + pw / 2 : L + pw * static_cast<double>(i) / static_cast<double>(c.years - 1);
  };
  auto Y = [&](double v) { return T + ph * (1 - (v - y0) / (y1 - y0)); };
  auto year_of = [&](std::size_t i) { return c.first_year + static_cast<std::int32_t>(i); };
  auto is_break = [&](std::size_t i) {  // a break between year i-1 and year i
    return std::find(c.breaks.begin(), c.breaks.end(), year_of(i)) != c.breaks.end();
  };

  std::ostringstream o;

  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << open_svg(c.id, "chart line-chart", W, H, c.title, c.desc);
  o << "<g class=\"axis\">\n";
  for (double t : ticks) {
    o << "<line class=\"grid\" x1=\"" << svg_number(L) << "\" x2=\"" << svg_number(W - R)
      << "\" y1=\"" << svg_number(Y(t)) << "\" y2=\"" << svg_number(Y(t)) << "\"/>"
      << "<text x=\"" << svg_number(L - 8) << "\" y=\"" << svg_number(Y(t) + 4)
      << "\" text-anchor=\"end\">" << da_number(t, dec) << "</text>\n";
  }
  o << "<line class=\"baseline\" x1=\"" << svg_number(L) << "\" x2=\"" << svg_number(W - R)
    << "\" y1=\"" << svg_number(T + ph) << "\" y2=\"" << svg_number(T + ph) << "\"/>\n";
  const std::size_t every = c.years > 12 ? 2 : 1;
  for (std::size_t i = 0; i < c.years; ++i) {
    o << "<line class=\"tick\" x1=\"" << svg_number(X(i)) << "\" x2=\"" << svg_number(X(i))
      << "\" y1=\"" << svg_number(T + ph) << "\" y2=\"" << svg_number(T + ph + 5) << "\"/>";
    if (i % every == 0 || i + 1 == c.years)
      o << "<text x=\"" << svg_number(X(i)) << "\" y=\"" << svg_number(T + ph + 20)
        << "\" text-anchor=\"middle\">" << year_of(i) << "</text>";
    o << '\n';
  }
  o << "</g>\n";
  for (std::size_t i = 1; i < c.years; ++i) {
    if (!is_break(i)) continue;
    const double x = (X(i - 1) + X(i)) / 2;
    o << "<g class=\"break\"><title>Databrud: fra " << year_of(i)
      << " kan tallene ikke sammenlignes med tidligere år</title><line x1=\"" << svg_number(x)
      << "\" x2=\"" << svg_number(x) << "\" y1=\"" << svg_number(T) << "\" y2=\"" << svg_number(T + ph)
      << "\"/><text x=\"" << svg_number(x + 3) << "\" y=\"" << svg_number(T + 10)
      << "\">brud</text></g>\n";
  }
  // Gaps first, as pale bands behind the lines, labelled upright and with the reason as title.
  for (const auto& s : c.series) {
    if (!s.mark_gaps) continue;
    for (std::size_t i = 0; i < c.years && i < s.values.size(); ++i) {
      if (s.values[i]) continue;
      const std::string why = i < s.gaps.size() && !s.gaps[i].empty() ? s.gaps[i] : "ingen værdi";
      o << "<g class=\"gap\"><title>" << escape(s.label) << ' ' << year_of(i) << ": " << escape(why)
        << "</title><rect x=\"" << svg_number(X(i) - 8) << "\" y=\"" << svg_number(T) << "\" width=\"16\" height=\""
        << svg_number(ph) << "\"/><text transform=\"translate(" << svg_number(X(i) + 4) << ' '
        << svg_number(T + ph - 6) << ") rotate(-90)\">"
        << (why.rfind("undertrykt", 0) == 0 ? "undertrykt" : "mangler")
        << "</text></g>\n";
    }
  }
  for (const auto& s : c.series) {
    o << "<g class=\"series " << s.css << "\">\n";
    std::vector<std::string> segment;
    auto flush = [&] {
      if (segment.size() >= 2) {
        o << "<polyline points=\"";
        for (std::size_t k = 0; k < segment.size(); ++k) o << (k ? " " : "") << segment[k];
        o << "\"/>\n";
      }
      segment.clear();
    };
    for (std::size_t i = 0; i < c.years && i < s.values.size(); ++i) {
      if (is_break(i)) flush();  // trends never cross a series break
      if (!s.values[i]) {
        flush();
        continue;
      }
      segment.push_back(svg_number(X(i)) + "," + svg_number(Y(*s.values[i])));
    }
    flush();
    for (std::size_t i = 0; i < c.years && i < s.values.size(); ++i) {
      if (!s.values[i]) continue;
      o << "<g class=\"point\"><title>" << escape(s.label) << ' ' << year_of(i) << ": "
        << with_unit(*s.values[i], c.unit) << "</title>" << marker(s.css, X(i), Y(*s.values[i]))
        << "</g>\n";
    }
    o << "</g>\n";
  }
  if (empty)
    o << "<text class=\"empty\" x=\"" << svg_number(L + pw / 2) << "\" y=\"" << svg_number(T + ph / 2)
      << "\" text-anchor=\"middle\">Ingen offentliggjorte værdier</text>\n";
  o << "</svg>";
  return o.str();
}

std::string strip_plot_svg(const StripPlot& p) {
  constexpr double W = 640, H = 84, L = 20, R = 20, axis_y = 60;
  constexpr double pw = W - L - R;
  double lo = INFINITY, hi = -INFINITY;
  auto see = [&](double v) { lo = std::min(lo, v), hi = std::max(hi, v); };
  for (double v : p.values) see(v);
  if (p.highlight) see(*p.highlight);
  if (p.reference) see(*p.reference);
  const bool empty = !std::isfinite(lo);
  if (empty) lo = 0, hi = 1;
  const std::vector<double> ticks = nice_ticks(lo, hi, 6);
  const double x0 = ticks.front(), x1 = ticks.back();
  const int dec = tick_decimals(ticks);
  auto X = [&](double v) { return L + pw * (v - x0) / (x1 - x0); };

  std::ostringstream o;

  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << open_svg(p.id, "chart strip-plot", W, H, p.title, p.desc);
  o << "<g class=\"axis\"><line class=\"baseline\" x1=\"" << svg_number(L) << "\" x2=\""
    << svg_number(W - R) << "\" y1=\"" << svg_number(axis_y) << "\" y2=\"" << svg_number(axis_y)
    << "\"/>\n";
  for (double t : ticks)
    o << "<line class=\"tick\" x1=\"" << svg_number(X(t)) << "\" x2=\"" << svg_number(X(t))
      << "\" y1=\"" << svg_number(axis_y) << "\" y2=\"" << svg_number(axis_y + 4) << "\"/><text x=\""
      << svg_number(X(t)) << "\" y=\"" << svg_number(axis_y + 17) << "\" text-anchor=\"middle\">"
      << da_number(t, dec) << "</text>\n";
  o << "</g>\n<g class=\"dots\">\n";
  for (std::size_t i = 0; i < p.values.size(); ++i) {
    // A fixed vertical spread (not random) keeps nearby points apart and the output stable.
    const double y = 36 + (static_cast<double>(i % 5) - 2) * 4;
    o << "<circle cx=\"" << svg_number(X(p.values[i])) << "\" cy=\"" << svg_number(y)
      << "\" r=\"3\"/>";
    if (i % 8 == 7) o << '\n';
  }
  o << "\n</g>\n";
  if (p.reference)
    o << "<g class=\"ref\"><title>Hele landet: " << with_unit(*p.reference, p.unit)
      << "</title><line x1=\"" << svg_number(X(*p.reference)) << "\" x2=\""
      << svg_number(X(*p.reference)) << "\" y1=\"18\" y2=\"" << svg_number(axis_y) << "\"/></g>\n";
  if (p.highlight) {
    const double x = X(*p.highlight);
    const double tx = std::clamp(x, L + 60, W - R - 60);
    o << "<g class=\"hl\"><title>" << escape(p.highlight_label) << ": "
      << with_unit(*p.highlight, p.unit) << "</title><circle cx=\"" << svg_number(x)
      << "\" cy=\"36\" r=\"6.5\"/><text x=\"" << svg_number(tx)
      << "\" y=\"13\" text-anchor=\"middle\">" << escape(p.highlight_label) << "</text></g>\n";
  }
  if (empty)
    o << "<text class=\"empty\" x=\"" << svg_number(W / 2) << "\" y=\"40\" text-anchor=\"middle\">"
      << "Ingen offentliggjorte værdier</text>\n";
  o << "</svg>";
  return o.str();
}

std::string paired_bars_svg(const PairedBars& b) {
  constexpr double W = 640, label_w = 262, value_w = 64, row_h = 36, bar_h = 12, top = 30;
  const double bar_x = label_w + 8, bar_w = W - bar_x - value_w;
  const double H = top + row_h * static_cast<double>(b.rows.size()) + 26;
  double hi = 0;
  for (const auto* side : {&b.first, &b.second})
    for (const auto& v : *side)
      if (v) hi = std::max(hi, *v);
  const std::vector<double> ticks = nice_ticks(0, std::max(hi, 1.0), 5);
  const double x1 = ticks.back();
  auto X = [&](double v) { return bar_x + bar_w * v / x1; };

  std::ostringstream o;

  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << open_svg(b.id, "chart bars", W, H, b.title, b.desc);
  o << "<g class=\"bar-legend\"><rect class=\"first\" x=\"" << svg_number(bar_x)
    << "\" y=\"6\" width=\"12\" height=\"12\"/><text x=\"" << svg_number(bar_x + 18) << "\" y=\"16\">"
    << escape(b.first_label) << "</text><rect class=\"second\" x=\"" << svg_number(bar_x + 160)
    << "\" y=\"6\" width=\"12\" height=\"12\"/><text x=\"" << svg_number(bar_x + 178) << "\" y=\"16\">"
    << escape(b.second_label) << "</text></g>\n";
  const double bottom = top + row_h * static_cast<double>(b.rows.size());
  o << "<g class=\"axis\">";
  for (double t : ticks)
    o << "<line class=\"grid\" x1=\"" << svg_number(X(t)) << "\" x2=\"" << svg_number(X(t))
      << "\" y1=\"" << svg_number(top - 4) << "\" y2=\"" << svg_number(bottom) << "\"/><text x=\""
      << svg_number(X(t)) << "\" y=\"" << svg_number(bottom + 16) << "\" text-anchor=\"middle\">"
      << da_number(t, tick_decimals(ticks)) << "\xC2\xA0%</text>";
  o << "</g>\n";
  for (std::size_t r = 0; r < b.rows.size(); ++r) {
    const double y = top + row_h * static_cast<double>(r);
    o << "<g class=\"row\"><text class=\"label\" x=\"" << svg_number(label_w) << "\" y=\""
      << svg_number(y + 18) << "\" text-anchor=\"end\">" << escape(b.rows[r]) << "</text>";
    const std::pair<const std::optional<double>*, const char*> sides[] = {
        {r < b.first.size() ? &b.first[r] : nullptr, "first"},
        {r < b.second.size() ? &b.second[r] : nullptr, "second"}};
    double by = y + 4;
    for (const auto& [value, cls] : sides) {
      const bool shown = value != nullptr && value->has_value();
      const double w = shown ? std::max(X(**value) - bar_x, 0.0) : 0;
      o << "<rect class=\"" << cls << "\" x=\"" << svg_number(bar_x) << "\" y=\"" << svg_number(by)
        << "\" width=\"" << svg_number(w) << "\" height=\"" << svg_number(bar_h) << "\"/><text x=\""
        << svg_number(bar_x + w + 4) << "\" y=\"" << svg_number(by + 10) << "\">"
        << (shown ? da_number(**value, 1) + "\xC2\xA0%" : std::string(dash)) << "</text>";
      by += bar_h + 2;
    }
    o << "</g>\n";
  }
  o << "</svg>";
  return o.str();
}

}  // namespace rorkit::report_detail
