// The HTML report for one municipality (docs/key-figures.md, "The HTML report"): the data are
// gathered from a protected copy of the panel through the analytics functions, then written
// as one HTML5 document with inline CSS and SVG. Nothing depends on the clock or the locale, so
// the same inputs give the same bytes.

#include "rorkit/keyfig/report.hpp"

#include <algorithm>
#include <locale>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "keyfig/catalogue_detail.hpp"
#include "keyfig/report_detail.hpp"
#include "keyfig/report_view.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/keyfig/analytics.hpp"

namespace rorkit::report_detail {
namespace {

const std::vector<std::string> structural_figures = {"kf01", "kf11", "kf13"};
constexpr std::size_t default_group_size = 5;

std::size_t municipality_area(const Panel& panel, std::string_view query, const char* what) {
  const auto& areas = panel.areas();
  std::size_t found = areas.size();
  for (std::size_t i = 0; i < areas.size() && found == areas.size(); ++i)
    if (areas[i].code == query || areas[i].name == query) found = i;
  if (found == areas.size()) {
    try {
      found = panel.area_index(query);
    } catch (const Error& e) {
      if (e.status() != RORKIT_ERROR_NOT_FOUND) throw;
      fail(RORKIT_ERROR_NOT_FOUND,
           std::string(what) + " " + catalogue_detail::shown(query) + " is not in the panel");
    }
  }
  if (areas[found].kind != AreaKind::municipality)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, std::string(what) + " " + catalogue_detail::shown(query) +
                                            " is not a municipality");
  return found;
}

// The catalogue plus a plain entry for each panel figure it lacks, and the figures in display
// order: the catalogue's order, then the others in the panel's order.
struct Figures {
  Catalogue catalogue;
  std::vector<std::size_t> order;  // panel figure indices
};

Figures figures_of(const Panel& panel, const Catalogue& catalogue) {
  Figures out{catalogue, {}};
  const auto& ids = panel.figure_ids();
  for (const KeyFigure& kf : catalogue.figures())
    for (std::size_t f = 0; f < ids.size(); ++f)
      if (ids[f] == kf.id) out.order.push_back(f);
  std::int32_t number = 0;
  for (const KeyFigure& kf : catalogue.figures()) number = std::max(number, kf.number);
  for (std::size_t f = 0; f < ids.size(); ++f) {
    if (catalogue.find(ids[f]) != nullptr) continue;
    KeyFigure kf;
    kf.id = ids[f];
    kf.number = ++number;
    kf.name_da = kf.name_en = ids[f];
    kf.theme = "Øvrige nøgletal";
    kf.unit = FigureUnit::score;
    kf.direction = Direction::neutral;
    kf.provisional = false;
    kf.note = "Ikke i nøgletalskataloget.";
    try {
      out.catalogue.put(kf);
      out.order.push_back(f);
    } catch (const Error&) {
      // An id the catalogue cannot hold: the figure is left out of the report.
    }
  }
  return out;
}

ComparisonGroup choose_group(const Panel& panel, const ReportOptions& options,
                             std::size_t muni, std::int32_t year) {
  ComparisonGroup g;
  const std::string& own = panel.areas()[muni].code;
  if (!options.comparison_group.empty()) {
    for (const std::string& q : options.comparison_group) {
      require_utf8(q, "comparison group member");
      const std::string& code = panel.areas()[municipality_area(panel, q, "comparison group member")].code;
      if (std::find(g.codes.begin(), g.codes.end(), code) == g.codes.end()) g.codes.push_back(code);
    }
    g.how = "valgt af brugeren";
    return g;
  }
  std::vector<std::string> vars;
  for (const std::string& id : structural_figures)
    if (std::find(panel.figure_ids().begin(), panel.figure_ids().end(), id) != panel.figure_ids().end())
      vars.push_back(id);
  std::vector<std::string> munis;
  for (const Area& a : panel.areas())
    if (a.kind == AreaKind::municipality) munis.push_back(a.code);
  if (!vars.empty()) {
    g.codes = most_similar(munis, structural_variables(panel, year, vars), own, default_group_size);
  }
  std::string list;
  for (std::size_t i = 0; i < vars.size(); ++i)
    list += (i == 0 ? "" : i + 1 == vars.size() ? " og " : ", ") + vars[i];
  g.how = vars.empty()
              ? "panelet har ingen af de strukturelle nøgletal kf01, kf11 og kf13"
              : "de " + std::to_string(default_group_size) + " kommuner, der ligner mest på " + list +
                    " i " + std::to_string(year) +
                    " (standardiseret euklidisk afstand over de offentliggjorte værdier)";
  if (!vars.empty() && g.codes.empty()) g.how += "; ingen kommune kunne sammenlignes";
  return g;
}

template <class F>
Derived derived_or_missing(F f) {
  try {
    return f();
  } catch (const Error&) {
    return Derived{};
  }
}

FigureView view_of(const Panel& panel, const Catalogue& cat, std::size_t f, std::size_t muni,
                   const ComparisonGroup& group, std::int32_t year) {
  const std::string& id = panel.figure_ids()[f];
  const std::string& code = panel.areas()[muni].code;
  FigureView v;
  v.kf = &cat.at(id);
  v.figure = f;
  for (std::size_t y = 0; y < panel.year_count(); ++y) {
    const std::int32_t yr = panel.first_year() + static_cast<std::int32_t>(y);
    v.own.push_back(panel.cell_at(f, y, muni));
    v.country.push_back(derived_or_missing(
        [&] { return compare_with_country(panel, code, yr, id, cat).reference_value; }));
    v.group.push_back(group.codes.empty() ? Derived{} : derived_or_missing([&] {
      return compare_with_group(panel, code, group.codes, yr, id, cat).reference_value;
    }));
    if (y > 0 && panel.crosses_break(id, yr - 1, yr)) v.breaks.push_back(yr);
  }
  const std::size_t yi = panel.year_index(year);
  if (yi > 0) v.change = development(panel, code, id).points[yi].change_previous;
  else v.change = Derived{0, CellStatus::missing, CellReason::not_reported};
  v.rank = rank(panel, code, year, id, cat);
  if (!group.codes.empty()) {
    try {
      v.group_now = compare_with_group(panel, code, group.codes, year, id, cat);
    } catch (const Error&) {
      v.group_now.reset();
    }
  }
  for (std::size_t a = 0; a < panel.areas().size(); ++a) {
    if (panel.areas()[a].kind != AreaKind::municipality) continue;
    const Cell c = panel.cell_at(f, yi, a);
    if (published(c)) v.all_municipalities.push_back(c.value);
    else ++v.without_value;
  }
  return v;
}

const char* style_sheet() {
  return R"(:root{--muni:#1f4e79;--country:#595959;--group:#b4530f;--light:#9dc3e6}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;line-height:1.45;margin:0 auto;max-width:62rem;padding:1rem 1.5rem 3rem}
h1{font-size:1.7rem;margin:.5rem 0}h2{border-bottom:2px solid var(--muni);padding-bottom:.2rem;margin-top:2.2rem}
h3{margin:1.6rem 0 .3rem}.fid{color:#666;font-weight:normal;margin-right:.4rem}
.meta{color:#555;margin:.2rem 0}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4rem 1rem;margin:1rem 0}
.def{color:#444;font-size:.9rem;margin:.2rem 0}.prov{font-style:italic}details.def summary{cursor:pointer}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.6rem 0}.facts dt{font-weight:600}.facts dd{margin:0}
figure{margin:.6rem 0}figcaption{font-size:.85rem;color:#444}
svg{max-width:100%;height:auto;display:block}svg text{font-size:12px;fill:#333}
.grid{stroke:#e4e4e4}.baseline,.tick{stroke:#777}
.series polyline{fill:none;stroke-width:2.5}
.series.muni polyline{stroke:var(--muni)}.series.muni .point *{fill:var(--muni)}
.series.country polyline{stroke:var(--country);stroke-dasharray:7 4}.series.country .point *{fill:var(--country)}
.series.group polyline{stroke:var(--group);stroke-dasharray:2 3}.series.group .point *{fill:var(--group)}
.gap rect{fill:#f1f1f1}.gap text{fill:#8a0019;font-size:11px}.break line{stroke:#888;stroke-dasharray:3 3}.empty{fill:#777}
.dots circle{fill:#9aa5b1;fill-opacity:.75}.hl circle{fill:var(--muni);stroke:#fff;stroke-width:1.5}.hl text{font-weight:600}
.ref line{stroke:var(--country);stroke-dasharray:4 3;stroke-width:1.5}
.bars rect.first{fill:var(--light)}.bars rect.second{fill:var(--muni)}
.legend{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.key{display:inline-block;width:2rem;height:0;vertical-align:middle;margin-right:.4rem;border-top:3px solid}
.key.muni{border-color:var(--muni)}.key.country{border-top-style:dashed;border-color:var(--country)}.key.group{border-top-style:dotted;border-color:var(--group)}
table{border-collapse:collapse;font-size:.82rem;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border-bottom:1px solid #ddd;padding:.2rem .45rem;vertical-align:top}thead th{border-bottom:2px solid #555;text-align:right}
thead th:first-child,thead th:nth-child(2){text-align:left}th[scope=row],th[scope=rowgroup]{text-align:left;font-weight:normal}
th[scope=rowgroup]{font-weight:600;max-width:18rem}td{text-align:right;font-variant-numeric:tabular-nums}
.supp,.miss{color:#777}.footnote{font-size:.85rem;color:#444;margin:.2rem 0}
nav ul{columns:2}@media print{nav{display:none}article{break-inside:avoid}})";
}

}  // namespace
}  // namespace rorkit::report_detail

namespace rorkit {

std::string html_report(const Panel& input, const ReportOptions& options, const Catalogue& catalogue,
                        const KeyFigureAggregates* stair) {
  using namespace report_detail;
  require_utf8(options.municipality, "report municipality");
  require_utf8(options.title, "report title");
  require_utf8(options.data_note, "report data note");
  if (input.year_count() == 0) fail(RORKIT_ERROR_INVALID_ARGUMENT, "the panel has no years");
  Panel panel = input;
  if (options.suppression) suppress(panel, *options.suppression);

  ReportContext ctx;
  ctx.panel = &panel;
  ctx.muni = municipality_area(panel, options.municipality, "municipality");
  ctx.year = options.year.value_or(panel.last_year());
  (void)panel.year_index(ctx.year);  // OUT_OF_RANGE names the panel's years
  ctx.name = panel.areas()[ctx.muni].name.empty() ? panel.areas()[ctx.muni].code
                                                  : panel.areas()[ctx.muni].name;
  ctx.title = options.title.empty() ? "Socialpsykiatriens nøgletal " + std::string(dash) + " " + ctx.name : options.title;
  ctx.data_note = options.data_note;
  ctx.threshold = options.suppression ? options.suppression->threshold : SuppressionOptions{}.threshold;
  ctx.suppressed = options.suppression.has_value();
  ctx.has_stair = stair != nullptr;
  const Figures figures = figures_of(panel, catalogue);
  ctx.group = choose_group(panel, options, ctx.muni, ctx.year);
  for (const std::string& code : ctx.group.codes)
    ctx.group.names.push_back(panel.areas()[panel.area_index(code)].name.empty()
                                  ? code
                                  : panel.areas()[panel.area_index(code)].name);
  for (std::size_t f : figures.order)
    ctx.figures.push_back(view_of(panel, figures.catalogue, f, ctx.muni, ctx.group, ctx.year));

  std::ostringstream o;

  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>" << escape(ctx.title) << "</title>\n<style>\n" << style_sheet() << "\n</style>\n"
    << "</head>\n<body>\n";
  o << header_html(ctx);
  o << "<main>\n";
  o << themes_html(ctx);
  if (stair != nullptr) {
    StairInput in;
    in.stair = stair;
    in.municipality = text::code_value(panel.areas()[ctx.muni].code);
    in.municipality_name = ctx.name;
    in.year = ctx.year;
    in.threshold = ctx.threshold;
    const auto& ids = panel.figure_ids();
    const std::size_t yi = panel.year_index(ctx.year);
    for (std::size_t f = 0; f < ids.size(); ++f) {
      if (ids[f] == "kf08") in.moved_down = panel.cell_at(f, yi, ctx.muni);
      if (ids[f] == "kf09") in.moved_up = panel.cell_at(f, yi, ctx.muni);
    }
    o << stair_section(in);
  }
  o << table_html(ctx);
  o << "</main>\n<footer><p class=\"footnote\">Lavet med rorkit. Rapporten indeholder ingen "
       "scripts og henter intet fra nettet.</p></footer>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace rorkit
