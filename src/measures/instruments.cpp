// The instrument table (DOMAIN.md §7): ranges, cut-offs, documented change thresholds, sources.
// Reconstructions are marked [I]; docs/measures.md explains each choice.

#include "rorkit/measures/instruments.hpp"

#include <cctype>
#include <cmath>
#include <sstream>
#include <string>

#include "measures/detail.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

std::vector<InstrumentInfo> make_table() {
  std::vector<InstrumentInfo> t;

  InstrumentInfo who5;
  who5.id = InstrumentId::who5;
  who5.code = "who5";
  who5.name = "WHO-5 Well-Being Index";
  who5.item_count = 5;
  who5.item_min = 0;
  who5.item_max = 5;
  who5.integer_items = true;
  who5.score_min = 0;
  who5.score_max = 100;
  // Raw < 13 is the published screening rule; on the 0-100 scale complete answers give
  // multiples of 4, so raw < 13 <=> score <= 48 <=> score <= 50. The WHO's own wording is
  // "<= 50", which also decides prorated scores between 48 and 52.
  who5.cutoff = 50;
  who5.at_or_below_cutoff_is_clinical = true;
  who5.max_missing_default = 0;
  who5.reliable_change_points = 10;
  who5.source =
      "WHO-5 (Psychiatric Research Unit, Region Hovedstaden): vidensportal.dk/dokumenter/"
      "voksne-med-handicap/who-5; cut-off raw < 13 (score <= 50), 10-point change (DOMAIN.md 7)";
  t.push_back(who5);

  InstrumentInfo ors;
  ors.id = InstrumentId::ors;
  ors.code = "ors";
  ors.name = "Outcome Rating Scale (ORS)";
  ors.item_count = 4;
  ors.item_min = 0;
  ors.item_max = 10;
  ors.integer_items = false;  // 10 cm lines read to the millimetre
  ors.score_min = 0;
  ors.score_max = 40;
  ors.cutoff = 25;
  ors.at_or_below_cutoff_is_clinical = true;
  ors.max_missing_default = 0;
  ors.reliable_change_points = 5;
  ors.source =
      "Miller, Duncan, Brown, Sparks & Claud 2003, Journal of Brief Therapy 2(2): clinical "
      "cut-off 25, reliable change 5 (DOMAIN.md 7)";
  t.push_back(ors);

  InstrumentInfo srs;
  srs.id = InstrumentId::srs;
  srs.code = "srs";
  srs.name = "Session Rating Scale (SRS)";
  srs.item_count = 4;
  srs.item_min = 0;
  srs.item_max = 10;
  srs.integer_items = false;
  srs.score_min = 0;
  srs.score_max = 40;
  // [I] "below 36" is the commonly cited alliance concern, so 36 itself is fine.
  srs.cutoff = 36;
  srs.at_or_below_cutoff_is_clinical = false;
  srs.max_missing_default = 0;
  srs.reliable_change_points = 5;  // [I] the ORS figure, on the same 0-40 scale
  srs.source =
      "Duncan, Miller, Sparks et al. 2003, Journal of Brief Therapy 3(1); cut-off 36 commonly "
      "cited [I] (DOMAIN.md 7)";
  t.push_back(srs);

  InstrumentInfo qpr;
  qpr.id = InstrumentId::qpr15;
  qpr.code = "qpr15";
  qpr.name = "Questionnaire about the Process of Recovery (QPR-15)";
  qpr.item_count = 15;
  qpr.item_min = 0;
  qpr.item_max = 4;
  qpr.integer_items = true;
  qpr.score_min = 0;
  qpr.score_max = 60;
  qpr.cutoff = std::nullopt;  // no published cut-off
  qpr.at_or_below_cutoff_is_clinical = true;
  qpr.max_missing_default = 2;  // [I] up to 2 of 15 (13 %), prorated
  qpr.reliable_change_points = 5;  // [I] the within-person minimum important difference
  qpr.source =
      "Law, Neil, Dunn & Morrison 2014; Williams et al. 2015, Br J Psychiatry 207:551; "
      "within-person MID 5 (Psychosis 13(3):220, 2021) (DOMAIN.md 7)";
  t.push_back(qpr);

  InstrumentInfo ins;
  ins.id = InstrumentId::inspire_o;
  ins.code = "inspire_o";
  ins.name = "Brief INSPIRE-O";
  ins.item_count = 5;
  ins.item_min = 0;
  ins.item_max = 4;
  ins.integer_items = true;
  ins.score_min = 0;  // [I] mean x 25
  ins.score_max = 100;
  // [I] a score of 50 or more counts as personal recovery; the concern range is below 50.
  ins.cutoff = 50;
  ins.at_or_below_cutoff_is_clinical = false;
  ins.max_missing_default = 0;
  ins.reliable_change_points = 8;
  ins.source =
      "researchintorecovery.com/measures/inspire; Moeller et al. 2025, Soc Psychiatry "
      "Psychiatr Epidemiol, doi 10.1007/s00127-025-02948-7: cut-off 50, change 8 (DOMAIN.md 7)";
  t.push_back(ins);

  InstrumentInfo multi;
  multi.id = InstrumentId::multi_area;
  multi.code = "multi_area";
  multi.name = "Multi-area scale (1-10 per area)";
  multi.item_count = 0;  // the caller's areas decide
  multi.item_min = 1;
  multi.item_max = 10;
  multi.integer_items = true;
  multi.score_min = 1;
  multi.score_max = 10;
  multi.cutoff = std::nullopt;
  multi.at_or_below_cutoff_is_clinical = true;
  multi.max_missing_default = 0;
  multi.reliable_change_points = 2;  // [I] one stage of a 5-stage ladder on a 1-10 line
  multi.source =
      "[I] generic 1-10 areas in the style of the Recovery Star (DOMAIN.md 7); no licensed "
      "wording is shipped";
  t.push_back(multi);
  return t;
}

// Codes compare without case, '-', '_' and spaces, so "WHO-5" and "inspire-o" are found.
std::string normalise_code(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == '_' || c == ' ') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

namespace measures_detail {

std::string_view short_name(InstrumentId id) noexcept {
  switch (id) {
    case InstrumentId::who5: return "WHO-5";
    case InstrumentId::ors: return "ORS";
    case InstrumentId::srs: return "SRS";
    case InstrumentId::qpr15: return "QPR-15";
    case InstrumentId::inspire_o: return "Brief INSPIRE-O";
    case InstrumentId::multi_area: return "multi-area scale";
  }
  return "unknown instrument";
}

std::string format_number(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  if (std::fabs(x) < 1e15 && x == std::floor(x))
    return std::to_string(static_cast<long long>(x));
  std::ostringstream out;
  out.precision(10);
  out << x;
  return out.str();
}

std::string format_range(double lo, double hi) {
  return format_number(lo) + "-" + format_number(hi);
}

}  // namespace measures_detail

const std::vector<InstrumentInfo>& instruments() {
  static const std::vector<InstrumentInfo> table = make_table();
  return table;
}

const InstrumentInfo& instrument(InstrumentId id) {
  for (const auto& info : instruments())
    if (info.id == id) return info;
  fail(RORKIT_ERROR_NOT_FOUND, "no instrument has id " +
                                   std::to_string(static_cast<std::int32_t>(id)) +
                                   " (known: 1-6, who5 ... multi_area)");
}

const InstrumentInfo& instrument(std::string_view code) {
  const std::string key = normalise_code(code);
  for (const auto& info : instruments())
    if (normalise_code(info.code) == key && !key.empty()) return info;
  fail(RORKIT_ERROR_NOT_FOUND, "no instrument has code \"" + std::string(code) +
                                   "\" (known: who5, ors, srs, qpr15, inspire_o, multi_area)");
}

ScoreBand band_of(InstrumentId id, double score) {
  const InstrumentInfo& info = instrument(id);
  if (!(score >= info.score_min && score <= info.score_max))
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         std::string(measures_detail::short_name(id)) + " score " +
             measures_detail::format_number(score) + " is outside " +
             measures_detail::format_range(info.score_min, info.score_max));
  if (!info.cutoff) return ScoreBand::none;
  const bool clinical = info.at_or_below_cutoff_is_clinical ? score <= *info.cutoff
                                                            : score < *info.cutoff;
  return clinical ? ScoreBand::clinical : ScoreBand::non_clinical;
}

std::string_view interpretation(InstrumentId id, ScoreBand band) noexcept {
  using B = ScoreBand;
  switch (id) {
    case InstrumentId::who5:
      if (band == B::clinical) return "poor well-being (score <= 50): consider screening for depression";
      if (band == B::non_clinical) return "well-being above the screening cut-off (score > 50)";
      break;
    case InstrumentId::ors:
      if (band == B::clinical) return "clinical range (score <= 25)";
      if (band == B::non_clinical) return "non-clinical range (score > 25)";
      break;
    case InstrumentId::srs:
      if (band == B::clinical) return "alliance concern (score < 36): talk about the session";
      if (band == B::non_clinical) return "alliance at or above the cut-off (score >= 36)";
      break;
    case InstrumentId::qpr15:
      if (band == B::none) return "no cut-off; higher means more recovery (0-60)";
      break;
    case InstrumentId::inspire_o:
      if (band == B::clinical) return "below the personal-recovery cut-off (score < 50)";
      if (band == B::non_clinical) return "personal recovery at or above the cut-off (score >= 50)";
      break;
    case InstrumentId::multi_area:
      if (band == B::none) return "no cut-off; mean of the areas (1-10), higher is better";
      break;
  }
  return "";
}

std::string_view to_string(InstrumentId id) noexcept {
  switch (id) {
    case InstrumentId::who5: return "who5";
    case InstrumentId::ors: return "ors";
    case InstrumentId::srs: return "srs";
    case InstrumentId::qpr15: return "qpr15";
    case InstrumentId::inspire_o: return "inspire_o";
    case InstrumentId::multi_area: return "multi_area";
  }
  return "unknown";
}

std::string_view to_string(ChangeClass c) noexcept {
  switch (c) {
    case ChangeClass::no_reliable_change: return "no_reliable_change";
    case ChangeClass::reliably_improved: return "reliably_improved";
    case ChangeClass::reliably_deteriorated: return "reliably_deteriorated";
    case ChangeClass::recovered: return "recovered";
  }
  return "unknown";
}

std::string_view to_string(ScoreBand b) noexcept {
  switch (b) {
    case ScoreBand::none: return "none";
    case ScoreBand::clinical: return "clinical";
    case ScoreBand::non_clinical: return "non_clinical";
  }
  return "unknown";
}

}  // namespace rorkit
