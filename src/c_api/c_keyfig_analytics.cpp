// C ABI: analytics of a panel as JSON (development, trend, rank, comparisons, most similar) and
// the HTML report. The JSON shapes are documented in docs/key-figures.md.

#include <cmath>

#include "c_api/keyfig_handles.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "rorkit/keyfig/report.hpp"

using namespace rorkit::capi;

namespace {

bool published(rorkit::CellStatus s) {
  return s == rorkit::CellStatus::value || s == rorkit::CellStatus::true_zero;
}

void write_cell(Json& j, const rorkit::Cell& c) {
  j.begin_object();
  j.key("value").number(published(c.status) ? c.value : NAN);
  j.key("numerator").number(c.numerator);
  j.key("denominator").number(c.denominator);
  j.key("status").string(rorkit::to_code(c.status));
  j.key("reason").string(rorkit::to_code(c.reason));
  j.end_object();
}

void write_derived(Json& j, const rorkit::Derived& d) {
  j.begin_object();
  j.key("value").number(d.ok() ? d.value : NAN);
  j.key("status").string(rorkit::to_code(d.status));
  j.key("reason").string(rorkit::to_code(d.reason));
  j.end_object();
}

void write_strings(Json& j, const std::vector<std::string>& items) {
  j.begin_array();
  for (const auto& s : items) j.string(s);
  j.end_array();
}

std::string comparison_json(const rorkit::Comparison& c) {
  Json j;
  j.begin_object();
  j.key("reference").string(c.reference);
  j.key("members");
  write_strings(j, c.members);
  j.key("averaging").string(rorkit::to_code(c.averaging));
  j.key("member_count").integer(c.member_count);
  j.key("reference_value");
  write_derived(j, c.reference_value);
  j.key("difference");
  write_derived(j, c.difference);
  j.key("rule").string(c.rule);
  j.end_object();
  return j.text();
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_keyfig_development(rorkit_string* out, const rorkit_panel* panel,
                                                   const char* area, const char* figure,
                                                   int32_t base_year) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto a = require_text(area, "area");
    auto f = require_text(figure, "figure");
    std::optional<std::int32_t> base;
    if (base_year != 0) base = base_year;
    const rorkit::Development d = rorkit::development(p, a, f, base);
    Json j;
    j.begin_object();
    j.key("area").string(d.area);
    j.key("figure").string(d.figure);
    j.key("base_year").integer(d.base_year);
    j.key("points").begin_array();
    for (const auto& pt : d.points) {
      j.begin_object();
      j.key("year").integer(pt.year);
      j.key("level");
      write_cell(j, pt.level);
      j.key("change_previous");
      write_derived(j, pt.change_previous);
      j.key("change_base");
      write_derived(j, pt.change_base);
      j.key("index");
      write_derived(j, pt.index);
      j.end_object();
    }
    j.end_array();
    j.key("cagr");
    write_derived(j, d.cagr);
    j.end_object();
    to_owned(out, j.text());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_trend(rorkit_string* out, const rorkit_panel* panel,
                                             const char* area, const char* figure,
                                             double confidence) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto a = require_text(area, "area");
    auto f = require_text(figure, "figure");
    const rorkit::Trend t = rorkit::trend(p, a, f, confidence == 0 ? 0.95 : confidence);
    const bool ok = published(t.status);
    Json j;
    j.begin_object();
    j.key("first_year").integer(t.first_year);
    j.key("last_year").integer(t.last_year);
    j.key("points").integer(t.points);
    j.key("slope").number(ok ? t.slope : NAN);
    j.key("intercept").number(ok ? t.intercept : NAN);
    j.key("slope_low").number(ok ? t.slope_low : NAN);
    j.key("slope_high").number(ok ? t.slope_high : NAN);
    j.key("r_squared").number(ok ? t.r_squared : NAN);
    j.key("status").string(rorkit::to_code(t.status));
    j.key("reason").string(rorkit::to_code(t.reason));
    j.end_object();
    to_owned(out, j.text());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_rank(rorkit_string* out, const rorkit_panel* panel,
                                            const char* municipality, int32_t year,
                                            const char* figure, const rorkit_catalogue* catalogue) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto m = require_text(municipality, "municipality");
    auto f = require_text(figure, "figure");
    const rorkit::Rank r = rorkit::rank(p, m, year, f, catalogue_of(catalogue));
    const bool ok = published(r.status);
    Json j;
    j.begin_object();
    if (ok) {
      j.key("rank").integer(r.rank);
      j.key("of").integer(r.of);
      j.key("percentile").number(r.percentile);
    } else {
      j.key("rank").null();
      j.key("of").integer(r.of);
      j.key("percentile").null();
    }
    j.key("status").string(rorkit::to_code(r.status));
    j.key("reason").string(rorkit::to_code(r.reason));
    j.end_object();
    to_owned(out, j.text());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_compare_country(rorkit_string* out,
                                                       const rorkit_panel* panel,
                                                       const char* area, int32_t year,
                                                       const char* figure,
                                                       const rorkit_catalogue* catalogue) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto a = require_text(area, "area");
    auto f = require_text(figure, "figure");
    to_owned(out, comparison_json(rorkit::compare_with_country(p, a, year, f, catalogue_of(catalogue))));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_compare_region(rorkit_string* out,
                                                      const rorkit_panel* panel,
                                                      const char* municipality, int32_t year,
                                                      const char* figure,
                                                      const rorkit_catalogue* catalogue) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto m = require_text(municipality, "municipality");
    auto f = require_text(figure, "figure");
    to_owned(out, comparison_json(rorkit::compare_with_region(p, m, year, f, catalogue_of(catalogue))));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_compare_group(rorkit_string* out,
                                                     const rorkit_panel* panel, const char* area,
                                                     const char* const* group, size_t group_count,
                                                     int32_t year, const char* figure,
                                                     int32_t averaging,
                                                     const rorkit_catalogue* catalogue) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto a = require_text(area, "area");
    auto f = require_text(figure, "figure");
    auto members = text_list(group, group_count, "group");
    std::optional<rorkit::Averaging> rule;
    if (averaging != 0) {
      if (averaging != RORKIT_AVERAGING_WEIGHTED && averaging != RORKIT_AVERAGING_UNWEIGHTED)
        rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                     "averaging " + std::to_string(averaging) + " is not 0 or a rorkit_averaging (1-2)");
      rule = static_cast<rorkit::Averaging>(averaging);
    }
    to_owned(out, comparison_json(rorkit::compare_with_group(p, a, members, year, f,
                                                             catalogue_of(catalogue), rule)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_most_similar(rorkit_string* out, const rorkit_panel* panel,
                                                    const char* municipality, int32_t year,
                                                    const char* const* figures,
                                                    size_t figure_count, size_t k) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto m = std::string(require_text(municipality, "municipality"));
    auto ids = text_list(figures, figure_count, "figures");
    if (ids.empty())
      rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT, "figures is empty; name at least one figure");
    const auto vars = rorkit::structural_variables(p, year, ids);
    std::vector<std::string> codes;
    for (const auto& a : p.areas())
      if (a.kind == rorkit::AreaKind::municipality) codes.push_back(a.code);
    // The target as the panel stores it ("Randers" -> "730").
    const std::string target = p.areas()[p.area_index(m)].code;
    const auto similar = rorkit::most_similar(codes, vars, target, k);
    Json j;
    j.begin_object();
    j.key("municipality").string(target);
    j.key("year").integer(year);
    j.key("figures");
    write_strings(j, ids);
    j.key("similar");
    write_strings(j, similar);
    j.end_object();
    to_owned(out, j.text());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_keyfig_report_html(rorkit_string* out, const rorkit_panel* panel,
                                                   const rorkit_report_options* options,
                                                   const rorkit_aggregates* stair) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    require_arg(options, "options");
    check_version(options->version, RORKIT_REPORT_OPTIONS_VERSION, "options->version");
    rorkit::ReportOptions o;
    o.municipality = std::string(require_text(options->municipality, "options->municipality"));
    if (options->year != 0) o.year = options->year;
    o.comparison_group = text_list(options->group, options->group_count, "options->group");
    if (options->title != nullptr) o.title = std::string(require_text(options->title, "options->title"));
    if (options->data_note != nullptr)
      o.data_note = std::string(require_text(options->data_note, "options->data_note"));
    const int32_t t = options->suppression_threshold;
    if (t < -1)
      rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                   "options->suppression_threshold is " + std::to_string(t) +
                       "; use -1 (none), 0 (default 5), 1 (no primary suppression) or a threshold");
    if (t == -1) {
      o.suppression = std::nullopt;
    } else {
      rorkit::SuppressionOptions s;
      if (t != 0) s.threshold = t;
      s.complementary = options->no_complementary == 0;
      o.suppression = s;
    }
    const rorkit::KeyFigureAggregates* agg = stair == nullptr ? nullptr : &stair->aggregates;
    to_owned(out, rorkit::html_report(p, o, catalogue_of(options->catalogue), agg));
    return RORKIT_OK;
  });
}

}  // extern "C"
