#pragma once
// A self-contained HTML report for one municipality: development over time against the country
// and the comparison group, the ranking among municipalities and the Indsatstrappe distribution,
// as inline SVG. No scripts, fonts or images from the network. Layout and rules:
// docs/key-figures.md, "The HTML report".

#include <optional>
#include <string>
#include <vector>

#include "rorkit/keyfig/catalogue.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/panel.hpp"
#include "rorkit/keyfig/suppression.hpp"

namespace rorkit {

struct ReportOptions {
  std::string municipality;              ///< code or name
  std::optional<std::int32_t> year;      ///< the report year; default: the panel's last year
  /// Codes or names. Empty: the 5 municipalities most similar on kf01, kf11 and kf13 in the
  /// report year (those of them the panel has), by most_similar.
  std::vector<std::string> comparison_group;
  std::string title;                     ///< default "Socialpsykiatriens nøgletal – <name>"
  /// Stated in the report so that nobody mistakes it for official statistics.
  std::string data_note = "";
  /// Disclosure control applied to a copy of the panel before anything is drawn (suppress() is
  /// idempotent, so an already protected panel passes unchanged); its threshold also protects
  /// the Indsatstrappe counts. nullopt: draw the panel's published cells as they are (the
  /// Indsatstrappe counts are still protected, with the default threshold).
  std::optional<SuppressionOptions> suppression = SuppressionOptions{};
};

/// The report as one HTML document (UTF-8). `stair` (optional) adds the Indsatstrappe section.
/// Throws Error: NOT_FOUND (municipality or group member not in the panel), INVALID_ARGUMENT
/// (not a municipality, a panel without years), OUT_OF_RANGE (year), INVALID_UTF8 (options).
std::string html_report(const Panel& panel, const ReportOptions& options,
                        const Catalogue& catalogue = Catalogue::builtin(),
                        const KeyFigureAggregates* stair = nullptr);

}  // namespace rorkit
