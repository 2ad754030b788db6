// The C++ API: errors are exceptions carrying the C ABI's status; values are plain structs.
// Build with CMake: find_package(rorkit CONFIG) and target_link_libraries(app rorkit::rorkit).
#include <iostream>

#include "rorkit/rorkit.hpp"

int main() {
  using rorkit::Date;
  std::cout << "rorkit " << rorkit::version() << "\n";

  // Region membership is dated: Hovedstaden and Sjælland become Region Østdanmark in 2027.
  const auto& roskilde = rorkit::find_municipality("Roskilde");
  std::cout << roskilde.name << ": " << rorkit::region_of(roskilde, Date{2026, 6, 1}).name
            << " -> " << rorkit::region_of(roskilde, Date{2027, 6, 1}).name << "\n";

  // A municipality with its own summer break shifts its autumn window.
  rorkit::Calendar cal;
  cal.set_school_break("Roskilde", rorkit::BreakKind::summer, 2027,
                       {Date{2027, 6, 26}, Date{2027, 8, 8}});
  for (const auto& w : cal.phase_windows(2027, "Roskilde"))
    std::cout << rorkit::to_string(w.season) << " " << w.dates.first.iso() << " .. "
              << w.dates.last.iso() << " (" << w.working_days << " working days)\n";

  // Three meetings, spaced 20 working days apart from the window's first working day.
  auto autumn = cal.phase_windows(2027, "Roskilde")[1];
  std::vector<rorkit::CalendarEvent> meetings;
  Date day = rorkit::next_working_day(autumn.dates.first);
  for (int i = 1; i <= 3; ++i, day = cal.add_working_days(day, 20)) {
    meetings.push_back(rorkit::CalendarEvent::timed(
        "Implementeringsgruppe, møde " + std::to_string(i), day, 13 * 60, 15 * 60));
  }
  std::cout << "Meetings in " << rorkit::region_of(roskilde, autumn.dates.first).name
            << " from " << autumn.dates.first.year << ":\n";
  for (const auto& e : meetings) std::cout << "  " << e.start_date.iso() << " " << e.summary << "\n";

  rorkit::IcalOptions opts;
  opts.dtstamp = "20261123T090000Z";
  std::string ics = rorkit::to_ical(meetings, opts);
  std::cout << ics.size() << " bytes of iCalendar\n";

  // Bad input throws rorkit::Error with a status and a message naming what was wrong.
  try {
    (void)Date::parse("2023-02-29");
  } catch (const rorkit::Error& e) {
    std::cout << "refused: " << e.what() << " (" << rorkit::status_str(e.status()) << ")\n";
  }
  return 0;
}
