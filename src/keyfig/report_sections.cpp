// The report's header (title, data note, contents, the comparison group) and its theme
// sections: per figure the facts of the report year, the development chart and the strip plot
// of all municipalities.

#include <algorithm>
#include <locale>
#include <sstream>
#include <string>

#include "keyfig/report_detail.hpp"
#include "keyfig/report_view.hpp"

namespace rorkit::report_detail {
namespace {

std::string value_text(const Cell& c, FigureUnit unit) {
  if (published(c)) return with_unit(c.value, unit);
  const std::string why = gap_text(c.status, c.reason);
  return (c.status == CellStatus::suppressed ? std::string(dash) : std::string("..")) + " (" + why + ")";
}

std::string derived_text(const Derived& d, FigureUnit unit) {
  if (d.ok()) return with_unit(d.value, unit);
  return (suppression_reason(d.reason) ? std::string(dash) : std::string("..")) + " (" +
         gap_text(d.status, d.reason) + ")";
}

std::string direction_text(Direction d) {
  switch (d) {
    case Direction::higher_is_better: return "1 = bedst; højere er bedre";
    case Direction::lower_is_better: return "1 = bedst; lavere er bedre";
    case Direction::neutral: break;
  }
  return "1 = højeste; hverken højt eller lavt er i sig selv bedst";
}

std::string group_rule(const Comparison& c, std::size_t size, FigureUnit unit) {
  const std::string of = std::to_string(c.member_count) + " af " + std::to_string(size) +
                         (size == 1 ? " kommune" : " kommuner") + " med en offentliggjort værdi";
  if (c.averaging == Averaging::unweighted) return "uvægtet gennemsnit af værdierne for " + of;
  if (unit == FigureUnit::count) return "summen over " + of;
  return "vægtet gennemsnit (summen af tællerne delt med summen af nævnerne) over " + of;
}

std::string series_desc(const std::string& label, const std::vector<std::optional<double>>& values,
                        std::int32_t first_year, FigureUnit unit) {
  std::string out = label + ":";
  for (std::size_t i = 0; i < values.size(); ++i)
    out += " " + std::to_string(first_year + static_cast<std::int32_t>(i)) + " " +
           (values[i] ? with_unit(*values[i], unit) : std::string("ingen værdi")) +
           (i + 1 < values.size() ? ";" : ".");
  return out;
}

std::string article(const ReportContext& ctx, const FigureView& v, std::size_t index) {
  const Panel& panel = *ctx.panel;
  const KeyFigure& kf = *v.kf;
  const FigureUnit unit = kf.unit;
  const std::size_t yi = static_cast<std::size_t>(ctx.year - panel.first_year());
  const std::string base = "f" + std::to_string(index + 1) + "-" + id_part(kf.id);
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << "<article class=\"figure\" id=\"" << base << "\" aria-labelledby=\"" << base << "-h\">\n"
    << "<h3 id=\"" << base << "-h\"><span class=\"fid\">" << escape(kf.id) << "</span>"
    << escape(kf.name_da) << "</h3>\n<p class=\"def\">Enhed: "
    << (unit_label(unit).empty() ? "antal" : escape(unit_label(unit))) << '.';
  if (kf.provisional) o << " <span class=\"prov\">Foreløbig definition (rorkits rekonstruktion).</span>";
  o << "</p>\n";
  if (!kf.numerator.empty() || !kf.denominator.empty() || !kf.note.empty()) {
    o << "<details class=\"def\"><summary>Definition</summary><p>";
    if (!kf.numerator.empty()) o << "Tæller: " << escape(kf.numerator) << "<br>";
    if (!kf.denominator.empty()) o << "Nævner: " << escape(kf.denominator) << "<br>";
    if (!kf.note.empty()) o << escape(kf.note);
    o << "</p></details>\n";
  }

  // The facts of the report year.
  const std::string y = std::to_string(ctx.year);
  o << "<dl class=\"facts\">\n<dt>Værdi " << y << "</dt><dd>" << escape(value_text(v.own[yi], unit))
    << "</dd>\n<dt>Ændring fra " << ctx.year - 1 << "</dt><dd>";
  if (yi == 0) o << "ingen (første år i panelet)";
  else if (v.change.ok())
    o << da_signed(v.change.value, decimals_for(unit)) << ' ' << escape(change_label(unit));
  else o << ".. (" << escape(gap_text(v.change.status, v.change.reason)) << ')';
  o << "</dd>\n<dt>Hele landet " << y << "</dt><dd>" << escape(derived_text(v.country[yi], unit))
    << "</dd>\n<dt>Sammenligningsgruppe " << y << "</dt><dd>";
  if (ctx.group.codes.empty()) o << "ingen gruppe";
  else if (v.group_now)
    o << escape(derived_text(v.group_now->reference_value, unit)) << "; "
      << escape(group_rule(*v.group_now, ctx.group.codes.size(), unit));
  else o << "..";
  o << "</dd>\n<dt>Placering " << y << "</dt><dd>";
  if (v.rank.status == CellStatus::value || v.rank.status == CellStatus::true_zero)
    o << "nr. " << v.rank.rank << " af " << v.rank.of << " kommuner med en værdi ("
      << escape(direction_text(kf.direction)) << ')';
  else o << "ingen (" << escape(gap_text(v.own[yi].status, v.own[yi].reason)) << ')';
  o << "</dd>\n</dl>\n";

  // Development: the municipality, the country and the group over the panel's years.
  LineChart chart;
  chart.id = base + "-udv";
  chart.first_year = panel.first_year();
  chart.years = panel.year_count();
  chart.unit = unit;
  chart.breaks = v.breaks;
  Series own{ctx.name, "muni", {}, {}, true};
  Series country{"Hele landet", "country", {}, {}, false};
  Series group{"Sammenligningsgruppe", "group", {}, {}, false};
  for (std::size_t i = 0; i < panel.year_count(); ++i) {
    own.values.push_back(published(v.own[i]) ? std::optional<double>(v.own[i].value) : std::nullopt);
    own.gaps.push_back(published(v.own[i]) ? "" : gap_text(v.own[i].status, v.own[i].reason));
    country.values.push_back(v.country[i].ok() ? std::optional<double>(v.country[i].value) : std::nullopt);
    group.values.push_back(v.group[i].ok() ? std::optional<double>(v.group[i].value) : std::nullopt);
  }
  chart.title = kf.name_da + " (" + kf.id + "): " + ctx.name + ", hele landet" +
                (ctx.group.codes.empty() ? "" : " og sammenligningsgruppen") + ", " +
                std::to_string(panel.first_year()) + dash + std::to_string(panel.last_year());
  chart.desc = series_desc(ctx.name, own.values, panel.first_year(), unit) + " " +
               series_desc("Hele landet", country.values, panel.first_year(), unit);
  chart.series.push_back(std::move(country));
  if (!ctx.group.codes.empty()) {
    chart.desc += " " + series_desc("Sammenligningsgruppe", group.values, panel.first_year(), unit);
    chart.series.push_back(std::move(group));
  }
  chart.series.push_back(std::move(own));  // drawn last, on top
  o << "<figure>\n" << line_chart_svg(chart) << "\n<figcaption><ul class=\"legend\">"
    << "<li><span class=\"key muni\"></span>" << escape(ctx.name) << "</li>"
    << "<li><span class=\"key country\"></span>Hele landet</li>";
  if (!ctx.group.codes.empty()) o << "<li><span class=\"key group\"></span>Sammenligningsgruppe</li>";
  o << "</ul>Linjerne er afbrudt, hvor der ikke er en offentliggjort værdi. Et lyst felt markerer "
       "et år uden offentliggjort værdi for "
    << escape(ctx.name) << " (undertrykt eller mangler).</figcaption>\n</figure>\n";

  // Rank: every municipality's value in the report year, this one highlighted.
  StripPlot strip;
  strip.id = base + "-rang";
  strip.unit = unit;
  strip.values = v.all_municipalities;
  if (published(v.own[yi])) strip.highlight = v.own[yi].value;
  if (v.country[yi].ok()) strip.reference = v.country[yi].value;
  strip.highlight_label = ctx.name;
  strip.title = kf.name_da + ": alle kommuner " + y;
  std::string desc = std::to_string(v.all_municipalities.size()) + " kommuner med en offentliggjort værdi";
  if (!v.all_municipalities.empty()) {
    const auto [lo, hi] = std::minmax_element(v.all_municipalities.begin(), v.all_municipalities.end());
    desc += " fra " + with_unit(*lo, unit) + " til " + with_unit(*hi, unit);
  }
  desc += ". " + ctx.name + ": " + value_text(v.own[yi], unit) + ".";
  if (strip.reference) desc += " Hele landet: " + with_unit(*strip.reference, unit) + ".";
  strip.desc = desc;
  o << "<figure>\n" << strip_plot_svg(strip) << "\n<figcaption>Hver prik er en kommune med en "
    << "offentliggjort værdi i " << y << " (" << v.all_municipalities.size() << " af "
    << v.all_municipalities.size() + v.without_value << "); " << escape(ctx.name)
    << " er fremhævet, den stiplede linje er hele landet.</figcaption>\n</figure>\n</article>\n";
  return o.str();
}

}  // namespace

std::string gap_text(CellStatus status, CellReason reason) {
  if (status == CellStatus::suppressed || suppression_reason(reason))
    return "undertrykt af hensyn til diskretion";
  switch (reason) {
    case CellReason::incomplete_followup: return "mangler: opfølgningsperioden er ikke slut";
    case CellReason::zero_denominator: return "mangler: ingen i nævneren";
    case CellReason::source_missing: return "mangler i kilden";
    case CellReason::series_break: return "kan ikke beregnes hen over et databrud";
    case CellReason::non_positive: return "kan ikke beregnes";
    default: break;
  }
  return "mangler";
}

std::string header_html(const ReportContext& ctx) {
  const Panel& panel = *ctx.panel;
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << "<header>\n<h1>" << escape(ctx.title) << "</h1>\n<p class=\"meta\">" << escape(ctx.name)
    << " (kommunekode " << escape(panel.areas()[ctx.muni].code) << ") \xC2\xB7 Rapportår "
    << ctx.year << " \xC2\xB7 Data " << panel.first_year() << dash << panel.last_year()
    << " \xC2\xB7 " << ctx.figures.size() << " nøgletal</p>\n</header>\n";
  o << "<aside class=\"note\" aria-label=\"Om tallene\">\n";
  if (!ctx.data_note.empty()) o << "<p><strong>Om data:</strong> " << escape(ctx.data_note) << "</p>\n";
  o << "<p>Nøgletallenes definitioner er rorkits rekonstruktion af Socialpsykiatriens Nøgletal og "
       "er foreløbige. De er ikke det officielle nøgletalskatalog, og rapporten er ikke officiel "
       "statistik.</p>\n";
  if (ctx.data_note.empty())
    o << "<p>Datakilden er ikke oplyst. Eksempel- og testdata fra rorkit er syntetiske.</p>\n";
  if (ctx.suppressed && ctx.threshold <= 1)
    o << "<p>Små tal er ikke undertrykt (tærsklen er slået fra); tal, der kunne regnes ud fra "
         "totaler, er undertrykt (" << dash << ").</p>\n";
  else if (ctx.suppressed)
    o << "<p>Af hensyn til diskretion er tal med 1" << dash << std::max(ctx.threshold - 1, 1)
      << " personer i tæller eller nævner undertrykt (" << dash << "), og enkelte andre tal er "
         "undertrykt, så de undertrykte ikke kan regnes ud fra totaler.</p>\n";
  else
    o << "<p>Rapporten viser panelets tal, som de blev leveret; undertrykte tal vises som " << dash
      << ".</p>\n";
  o << "</aside>\n<nav aria-label=\"Indhold\">\n<h2>Indhold</h2>\n<ul>\n"
    << "<li><a href=\"#sammenligning\">Sammenligning</a></li>\n";
  std::vector<std::string> themes;
  for (const FigureView& v : ctx.figures)
    if (std::find(themes.begin(), themes.end(), v.kf->theme) == themes.end()) themes.push_back(v.kf->theme);
  for (std::size_t t = 0; t < themes.size(); ++t)
    o << "<li><a href=\"#tema-" << t + 1 << "\">" << escape(themes[t]) << "</a></li>\n";
  if (ctx.has_stair) o << "<li><a href=\"#indsatstrappe\">Indsatstrappen</a></li>\n";
  o << "<li><a href=\"#tabel\">Alle værdier</a></li>\n</ul>\n</nav>\n";

  o << "<section id=\"sammenligning\">\n<h2>Sammenligning</h2>\n<p>Hvert nøgletal vises for "
    << escape(ctx.name) << " sammen med hele landet og en sammenligningsgruppe. Hele landet er "
       "panelets tal for landet (eller beregnet af kommunerne, hvis panelet ikke har det). "
       "Gruppens tal beregnes efter nøgletallets gennemsnitsregel over de kommuner i gruppen, der "
       "har en offentliggjort værdi; reglen og antallet står ved hvert nøgletal.</p>\n<p><strong>"
       "Sammenligningsgruppe:</strong> ";
  if (ctx.group.codes.empty()) {
    o << "ingen (" << escape(ctx.group.how) << ").";
  } else {
    for (std::size_t i = 0; i < ctx.group.names.size(); ++i)
      o << (i ? ", " : "") << escape(ctx.group.names[i]);
    o << " \xE2\x80\x94 " << escape(ctx.group.how) << '.';
  }
  o << "</p>\n</section>\n";
  return o.str();
}

std::string themes_html(const ReportContext& ctx) {
  std::vector<std::string> themes;
  for (const FigureView& v : ctx.figures)
    if (std::find(themes.begin(), themes.end(), v.kf->theme) == themes.end()) themes.push_back(v.kf->theme);
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  for (std::size_t t = 0; t < themes.size(); ++t) {
    o << "<section class=\"theme\" id=\"tema-" << t + 1 << "\">\n<h2>" << escape(themes[t]) << "</h2>\n";
    for (std::size_t i = 0; i < ctx.figures.size(); ++i)
      if (ctx.figures[i].kf->theme == themes[t]) o << article(ctx, ctx.figures[i], i);
    o << "</section>\n";
  }
  return o.str();
}

}  // namespace rorkit::report_detail
