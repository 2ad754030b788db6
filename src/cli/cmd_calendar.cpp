// `rorkit holidays` and `rorkit calendar ...`.

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/io_util.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/io/ical.hpp"

namespace rorkit::cli {
namespace {

using nlohmann::ordered_json;

struct HolidayArgs {
  int year = 0;
  bool json = false;
};

int run_holidays(const HolidayArgs& a) {
  auto days = holidays(a.year);
  if (a.json) {
    ordered_json out = ordered_json::array();
    for (const auto& h : days)
      out.push_back({{"date", h.date.iso()},
                     {"id", h.id},
                     {"name_da", h.name_da},
                     {"name_en", h.name_en},
                     {"kind", h.kind == HolidayKind::public_holiday ? "public_holiday"
                                                                    : "customary_day_off"}});
    std::cout << out.dump(2) << "\n";
    return exit_ok;
  }
  for (const auto& h : days) {
    std::cout << h.date.iso() << "  " << h.name_da;
    if (h.kind == HolidayKind::customary_day_off) std::cout << "  (customary day off)";
    std::cout << "\n";
  }
  return exit_ok;
}

// --municipality plus optional --summer/--christmas FIRST..LAST overrides of that year's breaks.
struct WhereArgs {
  std::string municipality;
  std::string summer;
  std::string christmas;
};

DateRange parse_range(const std::string& text, const char* option) {
  auto dots = text.find("..");
  if (dots == std::string::npos)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         std::string(option) + " \"" + text + "\": expected FIRST..LAST, e.g. 2026-06-27..2026-08-09");
  return DateRange{Date::parse(text.substr(0, dots)), Date::parse(text.substr(dots + 2))};
}

// The calendar the command asks for; overrides need a municipality to belong to.
Calendar make_calendar(int year, const WhereArgs& w) {
  Calendar cal;
  if ((!w.summer.empty() || !w.christmas.empty()) && w.municipality.empty())
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "--summer and --christmas need --municipality");
  if (!w.summer.empty())
    cal.set_school_break(w.municipality, BreakKind::summer, year, parse_range(w.summer, "--summer"));
  if (!w.christmas.empty())
    cal.set_school_break(w.municipality, BreakKind::christmas, year,
                         parse_range(w.christmas, "--christmas"));
  return cal;
}

void add_where_options(CLI::App* cmd, WhereArgs& w) {
  cmd->add_option("--municipality", w.municipality, "municipality code or name");
  cmd->add_option("--summer", w.summer,
                  "the municipality's summer break that year, FIRST..LAST (default: Saturday of "
                  "ISO week 26 to Sunday of week 32)");
  cmd->add_option("--christmas", w.christmas,
                  "the municipality's Christmas break starting that year, FIRST..LAST (default: "
                  "20 Dec to 3 Jan)");
}

struct WindowArgs {
  int year = 0;
  WhereArgs where;
  bool json = false;
};

int run_windows(const WindowArgs& a) {
  Calendar cal = make_calendar(a.year, a.where);
  std::string label = "default calendar";
  if (!a.where.municipality.empty()) {
    const auto& m = find_municipality(a.where.municipality);
    label = m.code3() + " " + std::string(m.name);
  }
  auto windows = cal.phase_windows(a.year, a.where.municipality);
  if (a.json) {
    ordered_json out = ordered_json::array();
    for (const auto& w : windows)
      out.push_back({{"year", w.year},
                     {"season", to_string(w.season)},
                     {"first", w.dates.first.iso()},
                     {"last", w.dates.last.iso()},
                     {"working_days", w.working_days}});
    std::cout << out.dump(2) << "\n";
    return exit_ok;
  }
  std::cout << "Phase windows " << a.year << " (" << label << ")\n";
  for (const auto& w : windows)
    std::cout << (w.season == Season::spring ? "spring  " : "autumn  ") << w.dates.first.iso()
              << " .. " << w.dates.last.iso() << "  " << w.working_days << " working days\n";
  return exit_ok;
}

int run_breaks(const WindowArgs& a) {
  Calendar cal = make_calendar(a.year, a.where);
  // Both breaks are computed before anything is printed, so a failure leaves stdout empty.
  std::vector<SchoolBreak> breaks;
  for (auto kind : {BreakKind::summer, BreakKind::christmas})
    breaks.push_back(cal.school_break(kind, a.year, a.where.municipality));
  if (a.json) {
    ordered_json out = ordered_json::array();
    for (const auto& b : breaks)
      out.push_back({{"kind", to_string(b.kind)},
                     {"year", b.year},
                     {"first", b.dates.first.iso()},
                     {"last", b.dates.last.iso()},
                     {"overridden", b.overridden}});
    std::cout << out.dump(2) << "\n";
    return exit_ok;
  }
  for (const auto& b : breaks)
    std::cout << (b.kind == BreakKind::summer ? "summer     " : "christmas  ")
              << b.dates.first.iso() << " .. " << b.dates.last.iso() << "\n";
  return exit_ok;
}

struct IcsArgs {
  int year = 0;
  WhereArgs where;
  std::string out;
  std::string dtstamp;
};

// Holidays, school breaks and phase windows of a year as all-day events; the UIDs are explicit
// and stable (kind, year, id, municipality), so re-importing a corrected file updates events.
int run_ics(const IcsArgs& a) {
  Calendar cal = make_calendar(a.year, a.where);
  std::string where = "dk";
  if (!a.where.municipality.empty()) where = find_municipality(a.where.municipality).code3();
  std::vector<CalendarEvent> events;
  auto add = [&](std::string uid, std::string summary, const DateRange& r, std::string category) {
    CalendarEvent e;
    e.uid = std::move(uid) + "-" + where + "@rorkit";
    e.summary = std::move(summary);
    e.start_date = r.first;
    e.end_date = r.last;
    e.categories = {std::move(category)};
    events.push_back(std::move(e));
  };
  for (const auto& h : holidays(a.year))
    add("holiday-" + h.date.iso() + "-" + std::string(h.id), std::string(h.name_da),
        {h.date, h.date}, h.kind == HolidayKind::public_holiday ? "helligdag" : "fridag");
  for (auto kind : {BreakKind::summer, BreakKind::christmas}) {
    auto b = cal.school_break(kind, a.year, a.where.municipality);
    add("break-" + std::string(to_string(kind)) + "-" + std::to_string(a.year),
        kind == BreakKind::summer ? "Sommerferie (skole)" : "Juleferie (skole)", b.dates, "skoleferie");
  }
  for (const auto& w : cal.phase_windows(a.year, a.where.municipality))
    add("window-" + std::string(to_string(w.season)) + "-" + std::to_string(a.year),
        std::string(w.season == Season::spring ? "Forårsvindue" : "Efterårsvindue") + " (" +
            std::to_string(w.working_days) + " arbejdsdage)",
        w.dates, "fasevindue");
  IcalOptions opts;
  opts.dtstamp = a.dtstamp;
  opts.calendar_name = "rorkit " + std::to_string(a.year) + " (" + where + ")";
  std::string text = to_ical(events, opts);
  if (a.out.empty() || a.out == "-") {
    std::cout << text;
  } else {
    write_file(a.out, text);
    std::cerr << "wrote " << events.size() << " events to " << a.out << "\n";
  }
  return exit_ok;
}

struct WorkdayArgs {
  std::string first, last;
  long long n = 0;
  bool working_customary = false;
};

}  // namespace

void add_calendar_commands(CLI::App& app, Action& action) {
  auto hol = std::make_shared<HolidayArgs>();
  auto* h = app.add_subcommand("holidays", "Danish holidays of a year (1900-2200)");
  h->add_option("YEAR", hol->year, "the year")->required();
  h->add_flag("--json", hol->json, "print JSON instead of text");
  h->callback([&action, hol] { action = [hol] { return run_holidays(*hol); }; });

  auto* cal = app.add_subcommand("calendar", "school breaks, phase windows and working days");
  cal->require_subcommand(1);

  auto win = std::make_shared<WindowArgs>();
  auto* w = cal->add_subcommand("windows", "the spring and autumn phase windows of a year");
  w->add_option("YEAR", win->year, "the year")->required();
  add_where_options(w, win->where);
  w->add_flag("--json", win->json, "print JSON instead of text");
  w->callback([&action, win] { action = [win] { return run_windows(*win); }; });

  auto brk = std::make_shared<WindowArgs>();
  auto* b = cal->add_subcommand("breaks", "the summer and Christmas school breaks of a year");
  b->add_option("YEAR", brk->year, "the year the breaks start in")->required();
  add_where_options(b, brk->where);
  b->add_flag("--json", brk->json, "print JSON instead of text");
  b->callback([&action, brk] { action = [brk] { return run_breaks(*brk); }; });

  auto ics = std::make_shared<IcsArgs>();
  auto* i = cal->add_subcommand("ics", "holidays, school breaks and phase windows as iCalendar");
  i->add_option("YEAR", ics->year, "the year")->required();
  add_where_options(i, ics->where);
  i->add_option("--out", ics->out, "output file (default: standard output)");
  i->add_option("--dtstamp", ics->dtstamp, "fixed DTSTAMP, YYYYMMDDTHHMMSSZ (reproducible output)");
  i->callback([&action, ics] { action = [ics] { return run_ics(*ics); }; });

  auto wd = std::make_shared<WorkdayArgs>();
  auto* c = cal->add_subcommand("workdays", "count working days in FIRST..LAST (inclusive)");
  c->add_option("FIRST", wd->first, "first date, YYYY-MM-DD")->required();
  c->add_option("LAST", wd->last, "last date, YYYY-MM-DD")->required();
  c->add_flag("--customary-days-are-working", wd->working_customary,
              "count grundlovsdag, juleaftensdag and nytårsaftensdag as working days");
  c->callback([&action, wd] {
    action = [wd] {
      Calendar k(WorkdayRules{!wd->working_customary});
      std::cout << k.count_working_days(Date::parse(wd->first), Date::parse(wd->last)) << "\n";
      return exit_ok;
    };
  });

  auto ad = std::make_shared<WorkdayArgs>();
  auto* a = cal->add_subcommand("add-workdays", "the N-th working day after DATE (N < 0: before)");
  a->add_option("DATE", ad->first, "start date, YYYY-MM-DD")->required();
  a->add_option("N", ad->n, "number of working days")->required()->allow_extra_args(false);
  a->add_flag("--customary-days-are-working", ad->working_customary,
              "count grundlovsdag, juleaftensdag and nytårsaftensdag as working days");
  a->callback([&action, ad] {
    action = [ad] {
      Calendar k(WorkdayRules{!ad->working_customary});
      std::cout << k.add_working_days(Date::parse(ad->first), ad->n).iso() << "\n";
      return exit_ok;
    };
  });
}

}  // namespace rorkit::cli
