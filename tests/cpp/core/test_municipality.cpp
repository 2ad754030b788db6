#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "rorkit/core/error.hpp"
#include "support/errors.hpp"
#include "rorkit/core/municipality.hpp"

namespace test_municipality {

using rorkit::Date;

using rorkit::test::message_of;
using rorkit::test::status_of;

TEST_CASE("there are 98 municipalities with unique codes, names and a home region") {
  const auto& all = rorkit::municipalities();
  REQUIRE(all.size() == 98);
  std::set<int> codes;
  std::set<std::string_view> names;
  std::map<int, int> per_region;
  for (const auto& m : all) {
    codes.insert(m.code);
    names.insert(m.name);
    per_region[m.home_region]++;
  }
  CHECK(codes.size() == 98);
  CHECK(names.size() == 98);
  CHECK_FALSE(codes.count(411));  // Christiansø is not a municipality
  // Region sizes from DOMAIN.md §3 (the region lists counted by hand).
  CHECK(per_region[1084] == 29);
  CHECK(per_region[1085] == 17);
  CHECK(per_region[1083] == 22);
  CHECK(per_region[1082] == 19);
  CHECK(per_region[1081] == 11);
}

TEST_CASE("lookup by code in every spelling") {
  CHECK(rorkit::find_municipality("101").name == "København");
  CHECK(rorkit::find_municipality("0101").name == "København");
  CHECK(rorkit::find_municipality("773").name == "Morsø");
  CHECK(rorkit::find_municipality(" 851 ").name == "Aalborg");
  CHECK(rorkit::find_municipality("101").code3() == "101");
  CHECK(rorkit::find_municipality("101").code4() == "0101");
}

TEST_CASE("lookup by name is case-insensitive and knows Danish letters") {
  CHECK(rorkit::find_municipality("Høje-Taastrup").code == 169);
  CHECK(rorkit::find_municipality("HØJE-TAASTRUP").code == 169);
  CHECK(rorkit::find_municipality("hoeje taastrup").code == 169);
  CHECK(rorkit::find_municipality("aabenraa").code == 580);
  CHECK(rorkit::find_municipality("Lyngby-Taarbæk").code == 173);
  CHECK(rorkit::find_municipality("lyngby-taarbaek").code == 173);
  CHECK(rorkit::find_municipality("Ærø").code == 492);
  CHECK(rorkit::find_municipality("Københavns Kommune").code == 101);
  CHECK(rorkit::find_municipality("Thisted Kommune").code == 787);
  CHECK(rorkit::find_municipality("Nordfyns Kommune").code == 480);
  CHECK(rorkit::find_municipality("Bornholms Regionskommune").code == 400);
  CHECK(rorkit::find_municipality("Århus").code == 751);  // old spelling folds to Aarhus
}

TEST_CASE("leading and trailing whitespace, line breaks included, is ignored") {
  CHECK(rorkit::find_municipality("101\r\n").code == 101);
  CHECK(rorkit::find_municipality("\t Aarhus\n").code == 751);
  CHECK(rorkit::find_municipality(" \v\fHøje-Taastrup\r").code == 169);
  CHECK(rorkit::test::message_of([] { (void)rorkit::find_municipality(" \r\n\t"); }) ==
        "municipality query is empty");
}

TEST_CASE("unknown municipalities are NOT_FOUND with the query in the message") {
  CHECK(status_of([] { rorkit::find_municipality("Atlantis"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(message_of([] { rorkit::find_municipality("Atlantis"); }).find("\"Atlantis\"") !=
        std::string::npos);
  CHECK(status_of([] { rorkit::find_municipality("999"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(message_of([] { rorkit::find_municipality("411"); }).find("Christiansø") !=
        std::string::npos);
  CHECK(message_of([] { rorkit::find_municipality("Christiansø"); }).find("not a municipality") !=
        std::string::npos);
  CHECK(status_of([] { rorkit::find_municipality(""); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { rorkit::find_municipality("00101"); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { rorkit::find_municipality("K\xF8" "benhavn"); }) ==
        RORKIT_ERROR_INVALID_UTF8);  // Latin-1 bytes
}

TEST_CASE("the region of a municipality depends on the date: Østdanmark from 2027") {
  const auto& kbh = rorkit::find_municipality("København");
  CHECK(rorkit::region_of(kbh, Date{2026, 12, 31}).code == 1084);
  CHECK(rorkit::region_of(kbh, Date{2027, 1, 1}).code == 1086);
  CHECK(rorkit::region_of(kbh, Date{2027, 1, 1}).name == "Region Østdanmark");
  const auto& roskilde = rorkit::find_municipality("Roskilde");
  CHECK(rorkit::region_of(roskilde, Date{2020, 5, 1}).code == 1085);
  CHECK(rorkit::region_of(roskilde, Date{2030, 5, 1}).code == 1086);
  const auto& aalborg = rorkit::find_municipality("Aalborg");
  CHECK(rorkit::region_of(aalborg, Date{2030, 5, 1}).code == 1081);  // unaffected
  CHECK(status_of([&] { rorkit::region_of(aalborg, Date{2006, 12, 31}); }) ==
        RORKIT_ERROR_OUT_OF_RANGE);
}

TEST_CASE("regions in force and their municipalities") {
  CHECK(rorkit::regions_on(Date{2026, 6, 1}).size() == 5);
  CHECK(rorkit::regions_on(Date{2027, 6, 1}).size() == 4);
  CHECK(rorkit::regions_on(Date{2007, 1, 1}).size() == 5);
  CHECK(status_of([] { rorkit::regions_on(Date{2006, 12, 31}); }) == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(rorkit::municipalities_in_region(1084, Date{2026, 6, 1}).size() == 29);
  CHECK(rorkit::municipalities_in_region(85, Date{2026, 6, 1}).size() == 17);
  CHECK(rorkit::municipalities_in_region(1086, Date{2027, 1, 1}).size() == 46);
  CHECK(rorkit::municipalities_in_region(1081, Date{2027, 1, 1}).size() == 11);
  CHECK(status_of([] { rorkit::municipalities_in_region(1084, Date{2027, 1, 1}); }) ==
        RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { rorkit::municipalities_in_region(1086, Date{2026, 12, 31}); }) ==
        RORKIT_ERROR_NOT_FOUND);
  CHECK(status_of([] { rorkit::municipalities_in_region(1099, Date{2026, 1, 1}); }) ==
        RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("region lookup by code and name") {
  CHECK(rorkit::find_region("1084").name == "Region Hovedstaden");
  CHECK(rorkit::find_region("085").name == "Region Sjælland");
  CHECK(rorkit::find_region("sjaelland").code == 1085);
  CHECK(rorkit::find_region("Region Nordjylland").code == 1081);
  CHECK(rorkit::find_region("1081").statbank_code() == "081");
  CHECK(status_of([] { rorkit::find_region("Region Atlantis"); }) == RORKIT_ERROR_NOT_FOUND);
}

}  // namespace test_municipality
