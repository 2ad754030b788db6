// C ABI: key-figure panels - reading (StatBank CSV, the panel CSV), the shape, borrowed views
// of the five arrays, single cells, and suppression in place.

#include <cstring>
#include <utility>

#include "c_api/keyfig_handles.hpp"
#include "rorkit/keyfig/panel_csv.hpp"
#include "rorkit/keyfig/statbank.hpp"
#include "rorkit/keyfig/suppression.hpp"

using namespace rorkit::capi;

namespace {

rorkit_panel* new_panel(rorkit::Panel p) { return new rorkit_panel{std::move(p)}; }

template <class T>
const T* data_or_null(const std::vector<T>& v) {
  return v.empty() ? nullptr : v.data();
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_panel_from_statbank_csv(rorkit_panel** out, const char* csv,
                                                        size_t size, const char* figure,
                                                        const rorkit_statbank_options* options) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(csv, "csv");
    auto id = require_text(figure, "figure");
    rorkit::StatbankOptions o;
    std::vector<std::string> select;
    if (options != nullptr) {
      check_version(options->version, RORKIT_STATBANK_OPTIONS_VERSION, "options->version");
      if (options->decimal != 0) {
        if (options->decimal != ',' && options->decimal != '.')
          rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                       "options->decimal must be ',', '.' or 0 (detect)");
        o.decimal = options->decimal;
      }
      if (options->source != nullptr) o.source = std::string(require_text(options->source, "options->source"));
      if (options->area_column != nullptr)
        o.area_column = std::string(require_text(options->area_column, "options->area_column"));
      select = text_list(options->select, options->select_count, "options->select");
    }
    auto table = rorkit::read_statbank_csv(std::string_view(csv, size), o);
    *out = new_panel(rorkit::statbank_to_panel(table, id, select));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_from_csv(rorkit_panel** out, const char* csv, size_t size,
                                               const char* source) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(csv, "csv");
    rorkit::PanelCsvOptions o;
    if (source != nullptr) o.source = std::string(require_text(source, "source"));
    *out = new_panel(rorkit::panel_from_csv(std::string_view(csv, size), o));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_to_csv(rorkit_string* out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, rorkit::panel_to_csv(panel_of(panel)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_clone(rorkit_panel** out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new_panel(panel_of(panel));
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_panel_free(rorkit_panel* panel) { delete panel; }

RORKIT_API rorkit_status rorkit_panel_dims_get(rorkit_panel_dims* out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    const size_t areas = p.areas().size(), years = p.year_count();
    *out = rorkit_panel_dims{p.figure_ids().size(), years, areas, p.first_year(), p.last_year(),
                             years * areas, areas, 1};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_values(const double** out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = data_or_null(panel_of(panel).values());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_numerators(const double** out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = data_or_null(panel_of(panel).numerators());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_denominators(const double** out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = data_or_null(panel_of(panel).denominators());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_statuses(const uint8_t** out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = data_or_null(panel_of(panel).statuses());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_reasons(const uint8_t** out, const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = data_or_null(panel_of(panel).reasons());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_cell(rorkit_cell* out, const rorkit_panel* panel,
                                           const char* area, int32_t year, const char* figure) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = panel_of(panel);
    auto a = require_text(area, "area");
    auto f = require_text(figure, "figure");
    const rorkit::Cell c = p.cell(a, year, f);
    *out = rorkit_cell{c.value, c.numerator, c.denominator, static_cast<int32_t>(c.status),
                       static_cast<int32_t>(c.reason)};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_areas(rorkit_area* dst, size_t capacity, size_t* count,
                                            const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    const auto& p = panel_of(panel);
    return copy_out(dst, capacity, count, p.areas(), [](const rorkit::Area& a) {
      return rorkit_area{a.code.c_str(), a.name.c_str(), static_cast<int32_t>(a.kind)};
    });
  });
}

RORKIT_API rorkit_status rorkit_panel_figures(const char** dst, size_t capacity, size_t* count,
                                              const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    const auto& p = panel_of(panel);
    return copy_out(dst, capacity, count, p.figure_ids(),
                    [](const std::string& id) { return id.c_str(); });
  });
}

RORKIT_API rorkit_status rorkit_panel_suppress(rorkit_suppression_report* report,
                                               rorkit_panel* panel, int32_t threshold,
                                               int32_t complementary) {
  return guarded(__func__, [&] {
    auto& p = panel_of(panel);
    rorkit::SuppressionOptions o;
    o.threshold = threshold;
    o.complementary = complementary != 0;
    // On a copy, so that a failure part-way leaves the caller's panel as it was.
    rorkit::Panel copy = p;
    const rorkit::SuppressionReport r = rorkit::suppress(copy, o);
    p = std::move(copy);
    if (report != nullptr) *report = rorkit_suppression_report{r.primary, r.complementary};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_panel_find_recoverable(rorkit_string* out,
                                                       const rorkit_panel* panel) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, rorkit::find_recoverable_cell(panel_of(panel)));
    return RORKIT_OK;
  });
}

}  // extern "C"
