// C ABI: outcome measures - instrument facts, scoring, reliable change and series.

#include <string>
#include <unordered_map>
#include <vector>

#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_measures.h"
#include "rorkit/measures/instruments.hpp"

using namespace rorkit::capi;

namespace {

rorkit::InstrumentId to_instrument(int32_t instrument) {
  if (instrument < RORKIT_INSTRUMENT_WHO5 || instrument > RORKIT_INSTRUMENT_MULTI_AREA)
    rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                 "instrument " + std::to_string(instrument) +
                     " is not a rorkit_instrument (1 = WHO5 ... 6 = MULTI_AREA)");
  return static_cast<rorkit::InstrumentId>(instrument);
}

rorkit_instrument_info to_c(const rorkit::InstrumentInfo& info) {
  rorkit_instrument_info out{};
  out.id = static_cast<int32_t>(info.id);
  out.item_count = info.item_count;
  // The views point at static NUL-terminated literals.
  out.code = info.code.data();
  out.name = info.name.data();
  out.source = info.source.data();
  out.item_min = info.item_min;
  out.item_max = info.item_max;
  out.integer_items = info.integer_items ? 1 : 0;
  out.has_cutoff = info.cutoff ? 1 : 0;
  out.cutoff = info.cutoff.value_or(0.0);
  out.at_or_below_cutoff_is_clinical = info.at_or_below_cutoff_is_clinical ? 1 : 0;
  out.max_missing_default = info.max_missing_default;
  out.score_min = info.score_min;
  out.score_max = info.score_max;
  out.reliable_change_points = info.reliable_change_points;
  return out;
}

rorkit_score to_c(const rorkit::Score& s) {
  rorkit_score out{};
  out.instrument = static_cast<int32_t>(s.instrument);
  out.answered = s.answered;
  out.prorated = s.prorated ? 1 : 0;
  out.band = static_cast<int32_t>(s.band);
  out.raw = s.raw;
  out.score = s.score;
  // The static text, not s.interpretation (which would die with s).
  out.interpretation = rorkit::interpretation(s.instrument, s.band).data();
  return out;
}

rorkit_reliable_change to_c(const rorkit::ReliableChange& r) {
  rorkit_reliable_change out{};
  out.difference = r.difference;
  out.rci = r.rci;
  out.s_diff = r.s_diff;
  out.classification = static_cast<int32_t>(r.classification);
  return out;
}

rorkit::ScoreOptions to_options(const rorkit_score_options* opts) {
  rorkit::ScoreOptions out;
  if (opts == nullptr) return out;
  if (opts->version != RORKIT_SCORE_OPTIONS_VERSION)
    rorkit::fail(RORKIT_ERROR_UNSUPPORTED_VERSION,
                 "opts->version is " + std::to_string(opts->version) +
                     "; this library knows RORKIT_SCORE_OPTIONS_VERSION " +
                     std::to_string(RORKIT_SCORE_OPTIONS_VERSION));
  if (opts->use_max_missing != 0 && opts->use_max_missing != 1)
    rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT, "opts->use_max_missing must be 0 or 1, not " +
                                                    std::to_string(opts->use_max_missing));
  if (opts->use_max_missing == 1) out.max_missing = opts->max_missing;
  return out;
}

void require_rci_version(uint32_t version, const char* name) {
  if (version != RORKIT_RCI_PARAMS_VERSION)
    rorkit::fail(RORKIT_ERROR_UNSUPPORTED_VERSION,
                 std::string(name) + "->version is " + std::to_string(version) +
                     "; this library knows RORKIT_RCI_PARAMS_VERSION " +
                     std::to_string(RORKIT_RCI_PARAMS_VERSION));
}

// One row of C arrays as the C++ item list.
std::vector<std::optional<double>> to_items(const double* items, const uint8_t* present,
                                            std::size_t n) {
  std::vector<std::optional<double>> out(n);
  for (std::size_t i = 0; i < n; ++i)
    if (present == nullptr || present[i] != 0) out[i] = items[i];
  return out;
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_measure_find(int32_t* instrument, const char* code) {
  return guarded(__func__, [&] {
    require_arg(instrument, "instrument");
    *instrument = static_cast<int32_t>(rorkit::instrument(require_text(code, "code")).id);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_measure_info(rorkit_instrument_info* out, int32_t instrument) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = to_c(rorkit::instrument(to_instrument(instrument)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_measure_list(rorkit_instrument_info* dst, size_t capacity,
                                             size_t* count) {
  return guarded(__func__, [&] {
    return copy_out(dst, capacity, count, rorkit::instruments(),
                    [](const rorkit::InstrumentInfo& info) { return to_c(info); });
  });
}

RORKIT_API rorkit_status rorkit_measure_score(rorkit_score* out, int32_t instrument,
                                              const double* items, const uint8_t* present,
                                              size_t n, const rorkit_score_options* opts) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto id = to_instrument(instrument);
    if (n > 0) require_arg(items, "items");
    const auto options = to_options(opts);
    *out = to_c(rorkit::score(id, to_items(items, present, n), options));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_measure_default_rci_params(rorkit_rci_params* out,
                                                           int32_t instrument) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_rci_version(out->version, "out");
    const auto p = rorkit::default_rci_params(to_instrument(instrument));
    out->sd = p.sd;
    out->reliability = p.reliability;
    out->z = p.z;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_measure_reliable_change(rorkit_reliable_change* out,
                                                        int32_t instrument, double before,
                                                        double after,
                                                        const rorkit_rci_params* params) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto id = to_instrument(instrument);
    std::optional<rorkit::RciParams> p;
    if (params != nullptr) {
      require_rci_version(params->version, "params");
      p = rorkit::RciParams{params->sd, params->reliability, params->z};
    }
    *out = to_c(rorkit::reliable_change(id, before, after, p));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_measure_series(rorkit_series_point* dst, size_t capacity,
                                               size_t* count, int32_t instrument,
                                               const rorkit_date* dates, const double* items,
                                               const uint8_t* present, size_t n_measurements,
                                               size_t n_items, const rorkit_score_options* opts) {
  return guarded(__func__, [&] {
    require_arg(count, "count");
    const auto id = to_instrument(instrument);
    const auto options = to_options(opts);
    if (n_measurements > 0) {
      require_arg(dates, "dates");
      if (n_items > 0) require_arg(items, "items");
      if (n_items > 0 && n_measurements > SIZE_MAX / n_items)
        rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT, "n_measurements x n_items overflows");
    }
    std::vector<rorkit::Measurement> ms(n_measurements);
    std::unordered_map<std::string, std::size_t> row_of;
    for (std::size_t r = 0; r < n_measurements; ++r) {
      rorkit::Measurement& m = ms[r];
      m.id = "row " + std::to_string(r);
      m.instrument = id;
      m.date = to_date(dates[r], ("dates[" + std::to_string(r) + "]").c_str());
      m.items = to_items(items + r * n_items, present ? present + r * n_items : nullptr, n_items);
      row_of.emplace(m.id, r);
    }
    const auto points = rorkit::series(ms, id, options);
    return copy_out(dst, capacity, count, points, [&](const rorkit::SeriesPoint& p) {
      rorkit_series_point out{};
      out.row = row_of.at(p.id);
      out.date = rorkit::capi::to_c(p.date);
      out.score = to_c(p.score);
      out.since_baseline = to_c(p.since_baseline);
      return out;
    });
  });
}

}  // extern "C"
