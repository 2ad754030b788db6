// Danish holidays. Easter dates are published dates, each checked with Python's
// dateutil.easter; whole-year lists were cross-checked with the Python `holidays` package
// (Denmark, public + optional categories).

#include <catch2/catch.hpp>

#include "support/errors.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/calendar/holidays.hpp"
#include "rorkit/core/error.hpp"

namespace test_holidays {

using rorkit::Date;
using rorkit::HolidayKind;

namespace {

Date d(const char* iso) { return Date::parse(iso); }

// (date, id) pairs of a year, in the order holidays() returns them.
std::vector<std::pair<std::string, std::string>> listing(std::int32_t year) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& h : rorkit::holidays(year)) out.emplace_back(h.date.iso(), std::string(h.id));
  return out;
}

using Listing = std::vector<std::pair<std::string, std::string>>;

}  // namespace

using rorkit::test::status_of;

TEST_CASE("Easter Sunday matches published dates", "[holidays]") {
  CHECK(rorkit::easter_sunday(1900) == d("1900-04-15"));
  CHECK(rorkit::easter_sunday(1961) == d("1961-04-02"));
  CHECK(rorkit::easter_sunday(2000) == d("2000-04-23"));
  CHECK(rorkit::easter_sunday(2008) == d("2008-03-23"));  // near the earliest possible
  CHECK(rorkit::easter_sunday(2011) == d("2011-04-24"));
  CHECK(rorkit::easter_sunday(2019) == d("2019-04-21"));
  CHECK(rorkit::easter_sunday(2024) == d("2024-03-31"));
  CHECK(rorkit::easter_sunday(2025) == d("2025-04-20"));
  CHECK(rorkit::easter_sunday(2038) == d("2038-04-25"));  // the latest possible
  CHECK(rorkit::easter_sunday(1818) == d("1818-03-22"));  // the earliest possible
  CHECK(rorkit::easter_sunday(2200) == d("2200-04-06"));
}

TEST_CASE("2023 holidays, the last year with store bededag", "[holidays]") {
  CHECK(listing(2023) == Listing{{"2023-01-01", "nytaarsdag"},
                                 {"2023-04-06", "skaertorsdag"},
                                 {"2023-04-07", "langfredag"},
                                 {"2023-04-09", "paaskedag"},
                                 {"2023-04-10", "anden_paaskedag"},
                                 {"2023-05-05", "store_bededag"},
                                 {"2023-05-18", "kristi_himmelfartsdag"},
                                 {"2023-05-28", "pinsedag"},
                                 {"2023-05-29", "anden_pinsedag"},
                                 {"2023-06-05", "grundlovsdag"},
                                 {"2023-12-24", "juleaftensdag"},
                                 {"2023-12-25", "juledag"},
                                 {"2023-12-26", "anden_juledag"},
                                 {"2023-12-31", "nytaarsaftensdag"}});
}

TEST_CASE("2024 holidays have no store bededag", "[holidays]") {
  CHECK(listing(2024) == Listing{{"2024-01-01", "nytaarsdag"},
                                 {"2024-03-28", "skaertorsdag"},
                                 {"2024-03-29", "langfredag"},
                                 {"2024-03-31", "paaskedag"},
                                 {"2024-04-01", "anden_paaskedag"},
                                 {"2024-05-09", "kristi_himmelfartsdag"},
                                 {"2024-05-19", "pinsedag"},
                                 {"2024-05-20", "anden_pinsedag"},
                                 {"2024-06-05", "grundlovsdag"},
                                 {"2024-12-24", "juleaftensdag"},
                                 {"2024-12-25", "juledag"},
                                 {"2024-12-26", "anden_juledag"},
                                 {"2024-12-31", "nytaarsaftensdag"}});
  CHECK_FALSE(rorkit::holiday_on(d("2024-04-26")).has_value());  // Easter + 26
}

TEST_CASE("2025 holidays sort pinse after grundlovsdag", "[holidays]") {
  CHECK(listing(2025) == Listing{{"2025-01-01", "nytaarsdag"},
                                 {"2025-04-17", "skaertorsdag"},
                                 {"2025-04-18", "langfredag"},
                                 {"2025-04-20", "paaskedag"},
                                 {"2025-04-21", "anden_paaskedag"},
                                 {"2025-05-29", "kristi_himmelfartsdag"},
                                 {"2025-06-05", "grundlovsdag"},
                                 {"2025-06-08", "pinsedag"},
                                 {"2025-06-09", "anden_pinsedag"},
                                 {"2025-12-24", "juleaftensdag"},
                                 {"2025-12-25", "juledag"},
                                 {"2025-12-26", "anden_juledag"},
                                 {"2025-12-31", "nytaarsaftensdag"}});
}

TEST_CASE("2038: Kristi himmelfart and pinse fall in June", "[holidays]") {
  auto list = listing(2038);
  // Easter 2038-04-25: himmelfart 06-03, grundlovsdag 06-05, pinse 06-13 and 06-14.
  REQUIRE(list.size() == 13);
  CHECK(list[5] == std::pair<std::string, std::string>{"2038-06-03", "kristi_himmelfartsdag"});
  CHECK(list[6] == std::pair<std::string, std::string>{"2038-06-05", "grundlovsdag"});
  CHECK(list[7] == std::pair<std::string, std::string>{"2038-06-13", "pinsedag"});
  CHECK(list[8] == std::pair<std::string, std::string>{"2038-06-14", "anden_pinsedag"});
}

TEST_CASE("grundlovsdag sharing a date with pinse keeps both, helligdag first", "[holidays]") {
  // 2017: 2. pinsedag is 5 June; 2022: pinsedag is 5 June.
  auto l17 = listing(2017);
  auto g17 = std::find(l17.begin(), l17.end(),
                       std::pair<std::string, std::string>{"2017-06-05", "grundlovsdag"});
  REQUIRE(g17 != l17.end());
  REQUIRE(g17 != l17.begin());
  CHECK(*(g17 - 1) == std::pair<std::string, std::string>{"2017-06-05", "anden_pinsedag"});
  auto on17 = rorkit::holiday_on(d("2017-06-05"));
  REQUIRE(on17);
  CHECK(on17->id == "anden_pinsedag");
  CHECK(on17->kind == HolidayKind::public_holiday);

  auto on22 = rorkit::holiday_on(d("2022-06-05"));
  REQUIRE(on22);
  CHECK(on22->id == "pinsedag");
  CHECK(rorkit::holidays(2022).size() == 14);
}

TEST_CASE("each holiday carries kind and names", "[holidays]") {
  auto on = [](const char* iso) {
    auto h = rorkit::holiday_on(d(iso));
    REQUIRE(h);
    return *h;
  };
  auto h = on("2023-05-05");
  CHECK(h.id == "store_bededag");
  CHECK(h.name_da == "Store bededag");
  CHECK(h.kind == HolidayKind::public_holiday);
  CHECK(on("2025-04-17").name_da == "Skærtorsdag");
  CHECK(on("2025-04-20").name_da == "Påskedag");
  CHECK(on("2025-04-21").name_da == "2. påskedag");
  CHECK(on("2025-04-18").name_en == "Good Friday");
  CHECK(on("2025-01-01").name_da == "Nytårsdag");
  CHECK(on("2025-12-31").name_da == "Nytårsaftensdag");
  for (const char* iso : {"2025-06-05", "2025-12-24", "2025-12-31"})
    CHECK(on(iso).kind == HolidayKind::customary_day_off);
  for (const char* iso : {"2025-01-01", "2025-05-29", "2025-06-08", "2025-12-25", "2025-12-26"})
    CHECK(on(iso).kind == HolidayKind::public_holiday);
  CHECK_FALSE(rorkit::holiday_on(d("2025-05-01")).has_value());  // not a Danish holiday
}

TEST_CASE("holidays of 1900 and 2200 and the years around them", "[holidays]") {
  // 1900: Easter 04-15 so store bededag is 05-11 (cross-checked with the holidays package).
  auto h1900 = rorkit::holidays(1900);
  CHECK(h1900.size() == 14);
  CHECK(rorkit::holiday_on(d("1900-05-11")).value().id == "store_bededag");
  // 2200: Easter 04-06, himmelfart +39 = 05-15, pinse +49/+50 = 05-25/26.
  CHECK(rorkit::holidays(2200).size() == 13);
  CHECK(rorkit::holiday_on(d("2200-05-15")).value().id == "kristi_himmelfartsdag");
  CHECK(rorkit::holiday_on(d("2200-05-26")).value().id == "anden_pinsedag");

  CHECK(status_of([] { (void)rorkit::holidays(1899); }) == RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(status_of([] { (void)rorkit::holidays(2201); }) == RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(status_of([] { (void)rorkit::holiday_on(Date{1899, 12, 31}); }) ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(status_of([] { rorkit::require_calendar_year(2200); }) == RORKIT_OK);
  try {
    rorkit::require_calendar_year(2201);
    FAIL("expected an error");
  } catch (const rorkit::Error& e) {
    CHECK(std::string(e.what()).find("2201") != std::string::npos);
  }
}

TEST_CASE("every calendar year has ordered holidays at the right offsets", "[holidays]") {
  for (std::int32_t y = rorkit::min_calendar_year; y <= rorkit::max_calendar_year; ++y) {
    auto list = rorkit::holidays(y);
    REQUIRE(list.size() == (y <= 2023 ? 14u : 13u));
    for (std::size_t i = 1; i < list.size(); ++i) REQUIRE(!(list[i].date < list[i - 1].date));
    // Easter always falls 22 March - 25 April.
    Date e = rorkit::easter_sunday(y);
    REQUIRE(Date{y, 3, 22} <= e);
    REQUIRE(e <= Date{y, 4, 25});
  }
}

}  // namespace test_holidays
