// The instrument table, lookups, bands and interpretation texts. Expected facts are those of
// DOMAIN.md §7 (WHO-5 0-100 cut-off 50 and 10 points; ORS 0-40 cut-off 25 and 5 points; SRS
// cut-off 36; QPR-15 0-60 without cut-off; Brief INSPIRE-O 0-100 cut-off 50 and 8 points;
// multi-area 1-10 and 2 points [I]), copied from there rather than from the library.

#include <catch2/catch.hpp>

#include <string>

#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"
#include "support/errors.hpp"

namespace test_instruments {

using rorkit::InstrumentId;
using rorkit::ScoreBand;
using rorkit::test::message_of;
using rorkit::test::status_of;

TEST_CASE("the table lists six instruments ordered by id", "[measures][instruments]") {
  const auto& all = rorkit::instruments();
  REQUIRE(all.size() == 6);
  for (std::size_t i = 0; i < all.size(); ++i)
    CHECK(static_cast<std::int32_t>(all[i].id) == static_cast<std::int32_t>(i + 1));
  CHECK(all[0].code == "who5");
  CHECK(all[1].code == "ors");
  CHECK(all[2].code == "srs");
  CHECK(all[3].code == "qpr15");
  CHECK(all[4].code == "inspire_o");
  CHECK(all[5].code == "multi_area");
  for (const auto& info : all) {
    CHECK_FALSE(info.name.empty());
    CHECK_FALSE(info.source.empty());
    CHECK(info.item_min < info.item_max);
    CHECK(info.score_min < info.score_max);
    CHECK(info.reliable_change_points > 0);
  }
}

TEST_CASE("instrument facts match DOMAIN.md §7", "[measures][instruments]") {
  const auto& who5 = rorkit::instrument(InstrumentId::who5);
  CHECK(who5.name == "WHO-5 Well-Being Index");
  CHECK(who5.item_count == 5);
  CHECK(who5.item_min == 0);
  CHECK(who5.item_max == 5);
  CHECK(who5.integer_items);
  CHECK(who5.score_min == 0);
  CHECK(who5.score_max == 100);
  CHECK(who5.cutoff == 50.0);
  CHECK(who5.at_or_below_cutoff_is_clinical);
  CHECK(who5.max_missing_default == 0);
  CHECK(who5.reliable_change_points == 10);

  const auto& ors = rorkit::instrument(InstrumentId::ors);
  CHECK(ors.item_count == 4);
  CHECK(ors.item_max == 10);
  CHECK_FALSE(ors.integer_items);
  CHECK(ors.score_max == 40);
  CHECK(ors.cutoff == 25.0);
  CHECK(ors.at_or_below_cutoff_is_clinical);
  CHECK(ors.max_missing_default == 0);
  CHECK(ors.reliable_change_points == 5);

  const auto& srs = rorkit::instrument(InstrumentId::srs);
  CHECK(srs.item_count == 4);
  CHECK_FALSE(srs.integer_items);
  CHECK(srs.score_max == 40);
  CHECK(srs.cutoff == 36.0);
  CHECK_FALSE(srs.at_or_below_cutoff_is_clinical);  // "below 36" is the concern
  CHECK(srs.max_missing_default == 0);

  const auto& qpr = rorkit::instrument(InstrumentId::qpr15);
  CHECK(qpr.item_count == 15);
  CHECK(qpr.item_max == 4);
  CHECK(qpr.integer_items);
  CHECK(qpr.score_max == 60);
  CHECK_FALSE(qpr.cutoff.has_value());
  CHECK(qpr.max_missing_default == 2);

  const auto& ins = rorkit::instrument(InstrumentId::inspire_o);
  CHECK(ins.item_count == 5);
  CHECK(ins.item_max == 4);
  CHECK(ins.score_max == 100);
  CHECK(ins.cutoff == 50.0);
  CHECK_FALSE(ins.at_or_below_cutoff_is_clinical);  // 50 and above = personal recovery
  CHECK(ins.reliable_change_points == 8);

  const auto& multi = rorkit::instrument(InstrumentId::multi_area);
  CHECK(multi.item_count == 0);
  CHECK(multi.item_min == 1);
  CHECK(multi.item_max == 10);
  CHECK(multi.score_min == 1);
  CHECK(multi.score_max == 10);
  CHECK_FALSE(multi.cutoff.has_value());
  CHECK(multi.reliable_change_points == 2);
}

TEST_CASE("instruments are found by code, loosely spelled", "[measures][instruments]") {
  CHECK(rorkit::instrument("who5").id == InstrumentId::who5);
  CHECK(rorkit::instrument("WHO-5").id == InstrumentId::who5);
  CHECK(rorkit::instrument("ORS").id == InstrumentId::ors);
  CHECK(rorkit::instrument("srs").id == InstrumentId::srs);
  CHECK(rorkit::instrument("QPR-15").id == InstrumentId::qpr15);
  CHECK(rorkit::instrument("inspire-o").id == InstrumentId::inspire_o);
  CHECK(rorkit::instrument("Inspire_O").id == InstrumentId::inspire_o);
  CHECK(rorkit::instrument("multi-area").id == InstrumentId::multi_area);
  CHECK(rorkit::instrument("multi_area").id == InstrumentId::multi_area);
}

TEST_CASE("unknown instruments are NOT_FOUND with the query in the message",
          "[measures][instruments]") {
  CHECK(status_of([] { rorkit::instrument("phq9"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK_THAT(message_of([] { rorkit::instrument("phq9"); }), Catch::Contains("\"phq9\""));
  CHECK(status_of([] { rorkit::instrument(""); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { rorkit::instrument("-_"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { rorkit::instrument(static_cast<InstrumentId>(0)); }) ==
        RORKIT_ERROR_NOT_FOUND);
  CHECK_THAT(message_of([] { rorkit::instrument(static_cast<InstrumentId>(99)); }),
             Catch::Contains("99"));
}

TEST_CASE("bands follow each cut-off's side", "[measures][instruments]") {
  // WHO-5 and ORS: at or below the cut-off is clinical.
  CHECK(rorkit::band_of(InstrumentId::who5, 0) == ScoreBand::clinical);
  CHECK(rorkit::band_of(InstrumentId::who5, 48) == ScoreBand::clinical);
  CHECK(rorkit::band_of(InstrumentId::who5, 50) == ScoreBand::clinical);
  CHECK(rorkit::band_of(InstrumentId::who5, 52) == ScoreBand::non_clinical);
  CHECK(rorkit::band_of(InstrumentId::who5, 100) == ScoreBand::non_clinical);
  CHECK(rorkit::band_of(InstrumentId::ors, 25) == ScoreBand::clinical);
  CHECK(rorkit::band_of(InstrumentId::ors, 25.1) == ScoreBand::non_clinical);
  // SRS and Brief INSPIRE-O: only below the cut-off is clinical.
  CHECK(rorkit::band_of(InstrumentId::srs, 35.9) == ScoreBand::clinical);
  CHECK(rorkit::band_of(InstrumentId::srs, 36) == ScoreBand::non_clinical);
  CHECK(rorkit::band_of(InstrumentId::inspire_o, 45) == ScoreBand::clinical);
  CHECK(rorkit::band_of(InstrumentId::inspire_o, 50) == ScoreBand::non_clinical);
  // No cut-off, no band.
  CHECK(rorkit::band_of(InstrumentId::qpr15, 0) == ScoreBand::none);
  CHECK(rorkit::band_of(InstrumentId::qpr15, 60) == ScoreBand::none);
  CHECK(rorkit::band_of(InstrumentId::multi_area, 5.5) == ScoreBand::none);
}

TEST_CASE("band_of refuses scores outside the scale", "[measures][instruments]") {
  CHECK(status_of([] { rorkit::band_of(InstrumentId::who5, 101); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([] { rorkit::band_of(InstrumentId::ors, -0.5); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(status_of([] { rorkit::band_of(InstrumentId::multi_area, 0); }) ==
        RORKIT_ERROR_OUT_OF_RANGE);
  CHECK_THAT(message_of([] { rorkit::band_of(InstrumentId::who5, 101); }),
             Catch::Contains("101") && Catch::Contains("0-100"));
}

TEST_CASE("each band the instrument can have has a text; others have none",
          "[measures][instruments]") {
  for (const auto& info : rorkit::instruments()) {
    if (info.cutoff) {
      CHECK_FALSE(rorkit::interpretation(info.id, ScoreBand::clinical).empty());
      CHECK_FALSE(rorkit::interpretation(info.id, ScoreBand::non_clinical).empty());
      CHECK(rorkit::interpretation(info.id, ScoreBand::none).empty());
    } else {
      CHECK_FALSE(rorkit::interpretation(info.id, ScoreBand::none).empty());
      CHECK(rorkit::interpretation(info.id, ScoreBand::clinical).empty());
    }
  }
  CHECK_THAT(std::string(rorkit::interpretation(InstrumentId::who5, ScoreBand::clinical)),
             Catch::Contains("poor well-being") && Catch::Contains("<= 50"));
  CHECK_THAT(std::string(rorkit::interpretation(InstrumentId::srs, ScoreBand::clinical)),
             Catch::Contains("< 36"));
}

TEST_CASE("enum names", "[measures][instruments]") {
  CHECK(rorkit::to_string(InstrumentId::who5) == "who5");
  CHECK(rorkit::to_string(InstrumentId::inspire_o) == "inspire_o");
  CHECK(rorkit::to_string(InstrumentId::multi_area) == "multi_area");
  CHECK(rorkit::to_string(static_cast<InstrumentId>(42)) == "unknown");
  CHECK(rorkit::to_string(rorkit::ChangeClass::no_reliable_change) == "no_reliable_change");
  CHECK(rorkit::to_string(rorkit::ChangeClass::reliably_improved) == "reliably_improved");
  CHECK(rorkit::to_string(rorkit::ChangeClass::reliably_deteriorated) == "reliably_deteriorated");
  CHECK(rorkit::to_string(rorkit::ChangeClass::recovered) == "recovered");
  CHECK(rorkit::to_string(ScoreBand::none) == "none");
  CHECK(rorkit::to_string(ScoreBand::clinical) == "clinical");
  CHECK(rorkit::to_string(ScoreBand::non_clinical) == "non_clinical");
}

}  // namespace test_instruments
