// The report's table of all values: per figure the municipality, the comparison group and the
// whole country over the panel's years. A suppressed number is shown as "–" and a missing one
// as "..", both explained under the table; no withheld number can appear because the cells it
// reads were cleared by suppression.

#include <locale>
#include <sstream>
#include <string>

#include "keyfig/report_detail.hpp"
#include "keyfig/report_view.hpp"

namespace rorkit::report_detail {
namespace {

std::string cell_td(bool ok, double value, bool withheld, FigureUnit unit, const std::string& why) {
  if (ok) return "<td>" + da_number(value, decimals_for(unit)) + "</td>";
  if (withheld)
    return std::string("<td class=\"supp\"><abbr title=\"") + escape(why) + "\">" + dash + "</abbr></td>";
  return "<td class=\"miss\"><abbr title=\"" + escape(why) + "\">..</abbr></td>";
}

std::string row_td(const Cell& c, FigureUnit unit) {
  return cell_td(published(c), c.value, c.status == CellStatus::suppressed || suppression_reason(c.reason),
                 unit, gap_text(c.status, c.reason));
}

std::string row_td(const Derived& d, FigureUnit unit) {
  return cell_td(d.ok(), d.value, suppression_reason(d.reason), unit, gap_text(d.status, d.reason));
}

}  // namespace

std::string table_html(const ReportContext& ctx) {
  const Panel& panel = *ctx.panel;
  const bool with_group = !ctx.group.codes.empty();
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << "<section id=\"tabel\">\n<h2>Alle værdier</h2>\n<table>\n<caption>" << escape(ctx.name)
    << (with_group ? ", sammenligningsgruppen" : "") << " og hele landet, " << panel.first_year()
    << dash << panel.last_year() << "</caption>\n<thead>\n<tr><th scope=\"col\">Nøgletal</th>"
    << "<th scope=\"col\">Område</th>";
  for (std::int32_t y = panel.first_year(); y <= panel.last_year(); ++y)
    o << "<th scope=\"col\">" << y << "</th>";
  o << "</tr>\n</thead>\n";
  for (const FigureView& v : ctx.figures) {
    const FigureUnit unit = v.kf->unit;
    const std::string_view u = unit_label(unit);
    o << "<tbody>\n<tr><th scope=\"rowgroup\" rowspan=\"" << (with_group ? 3 : 2) << "\">"
      << escape(v.kf->id) << ' ' << escape(v.kf->name_da)
      << (u.empty() ? std::string() : " (" + escape(u) + ")") << "</th><th scope=\"row\">"
      << escape(ctx.name) << "</th>";
    for (const Cell& c : v.own) o << row_td(c, unit);
    o << "</tr>\n";
    if (with_group) {
      o << "<tr><th scope=\"row\">Sammenligningsgruppe</th>";
      for (const Derived& d : v.group) o << row_td(d, unit);
      o << "</tr>\n";
    }
    o << "<tr><th scope=\"row\">Hele landet</th>";
    for (const Derived& d : v.country) o << row_td(d, unit);
    o << "</tr>\n</tbody>\n";
  }
  o << "</table>\n<p class=\"footnote\">" << dash << " Undertrykt af hensyn til diskretion: "
    << "færre end " << ctx.threshold << " personer i tæller eller nævner, eller undertrykt for "
       "at beskytte et andet undertrykt tal (det kunne ellers regnes ud som total minus de "
       "øvrige).</p>\n<p class=\"footnote\">.. Ingen værdi: ikke indberettet, ingen i nævneren "
       "eller opfølgningsperioden er ikke slut.</p>\n</section>\n";
  return o.str();
}

}  // namespace rorkit::report_detail
