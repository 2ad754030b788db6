// Holidays, working days, ISO weeks, school breaks and phase windows.

#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include "bindings.hpp"
#include "value_ops.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::python {
namespace {

std::string municipality_arg(const std::optional<Utf8>& m) { return m ? m->value : std::string(); }

// One byte per day (numpy bool), owned by a capsule so numpy shares the memory without a copy.
py::array_t<bool> working_day_mask(const Calendar& cal, const Date& first, const Date& last) {
  // count_working_days checks the order and the calendar's year range before any allocation.
  (void)cal.count_working_days(first, last);
  std::int64_t n = days_between(first, last) + 1;
  auto* data = new std::vector<std::uint8_t>(static_cast<std::size_t>(n));
  {
    py::gil_scoped_release release;
    Date d = first;
    for (std::int64_t i = 0; i < n; ++i, d = add_days(d, 1))
      (*data)[static_cast<std::size_t>(i)] = cal.is_working_day(d) ? 1 : 0;
  }
  py::capsule owner(data, [](void* p) { delete static_cast<std::vector<std::uint8_t>*>(p); });
  py::array_t<bool> mask({n}, {sizeof(std::uint8_t)}, reinterpret_cast<bool*>(data->data()),
                         owner);
  // A view of library-owned memory: read-only, as DESIGN.md promises for shared arrays.
  mask.attr("setflags")(py::arg("write") = false);
  return mask;
}

}  // namespace

void bind_calendar(py::module_& m) {
  py::enum_<HolidayKind>(m, "HolidayKind", "Helligdag or customary day off.")
      .value("public_holiday", HolidayKind::public_holiday)
      .value("customary_day_off", HolidayKind::customary_day_off);
  py::enum_<BreakKind>(m, "BreakKind").value("summer", BreakKind::summer)
      .value("christmas", BreakKind::christmas);
  py::enum_<Season>(m, "Season").value("spring", Season::spring).value("autumn", Season::autumn);

  py::class_<Holiday>(m, "Holiday", "A Danish holiday or customary day off.")
      .def_readonly("date", &Holiday::date)
      .def_readonly("kind", &Holiday::kind)
      .def_property_readonly("id", [](const Holiday& h) { return std::string(h.id); })
      .def_property_readonly("name_da", [](const Holiday& h) { return std::string(h.name_da); })
      .def_property_readonly("name_en", [](const Holiday& h) { return std::string(h.name_en); })
      .def(py::self == py::self)
      .def("__repr__", [](const Holiday& h) {
        return "Holiday(" + h.date.iso() + ", '" + std::string(h.name_da) + "')";
      });

  m.def("easter_sunday", &easter_sunday, py::arg("year"),
        "Easter Sunday of a Gregorian year (1583-9999).");
  m.def("holidays", &holidays, py::arg("year"),
        R"(Holidays and customary days off of a year, ordered by date.

Parameters
----------
year : int
    1900-2200. Store bededag is included up to and including 2023.

Returns
-------
list of Holiday)");
  m.def("holiday_on", &holiday_on, py::arg("date"), "The holiday on a date, or None.");
  m.def("iso_week", [](const Date& d) { auto w = iso_week(d); return py::make_tuple(w.year, w.week); },
        py::arg("date"), "ISO 8601 (year, week) of a date.");
  m.def("iso_weekday", &iso_weekday, py::arg("date"), "ISO weekday, 1 = Monday ... 7 = Sunday.");
  m.def("from_iso_week", &from_iso_week, py::arg("iso_year"), py::arg("week"), py::arg("weekday"),
        "The date of an ISO year, week and weekday (1 = Monday).");

  m.def("is_working_day", [](const Date& d, bool customary) {
        return is_working_day(d, WorkdayRules{customary}); },
        py::arg("date"), py::arg("customary_days_off") = true,
        "Monday-Friday and not a holiday (customary days off count as off unless disabled).");
  m.def("add_working_days", [](const Date& d, std::int64_t n, bool customary) {
        return add_working_days(d, n, WorkdayRules{customary}); },
        py::arg("date"), py::arg("n"), py::arg("customary_days_off") = true,
        "The n-th working day after (n > 0) or before (n < 0) a date; the date itself for 0.");
  m.def("count_working_days", [](const Date& first, const Date& last, bool customary) {
        return count_working_days(first, last, WorkdayRules{customary}); },
        py::arg("first"), py::arg("last"), py::arg("customary_days_off") = true,
        "Working days in [first, last], both included; DateOrderError when last < first.");

  py::class_<SchoolBreak>(m, "SchoolBreak", "A summer or Christmas school break.")
      .def_readonly("kind", &SchoolBreak::kind)
      .def_readonly("year", &SchoolBreak::year, "The year the break starts in.")
      .def_property_readonly("first", [](const SchoolBreak& b) { return b.dates.first; })
      .def_property_readonly("last", [](const SchoolBreak& b) { return b.dates.last; })
      .def_readonly("overridden", &SchoolBreak::overridden)
      .def(py::self == py::self)
      .def("__repr__", [](const SchoolBreak& b) {
        return "SchoolBreak(" + std::string(to_string(b.kind)) + " " + std::to_string(b.year) +
               ": " + b.dates.first.iso() + ".." + b.dates.last.iso() + ")";
      });

  py::class_<PhaseWindow>(m, "PhaseWindow", "The days between two school breaks.")
      .def_readonly("year", &PhaseWindow::year)
      .def_readonly("season", &PhaseWindow::season)
      .def_property_readonly("first", [](const PhaseWindow& w) { return w.dates.first; })
      .def_property_readonly("last", [](const PhaseWindow& w) { return w.dates.last; })
      .def_readonly("working_days", &PhaseWindow::working_days)
      .def(py::self == py::self)
      .def("__repr__", [](const PhaseWindow& w) {
        return "PhaseWindow(" + std::string(to_string(w.season)) + " " + std::to_string(w.year) +
               ": " + w.dates.first.iso() + ".." + w.dates.last.iso() + ", " +
               std::to_string(w.working_days) + " working days)";
      });

  py::class_<Calendar> calendar(m, "Calendar",
                       R"(Working-day rules plus school-break overrides per municipality.

Parameters
----------
customary_days_off : bool, default True
    Whether grundlovsdag, juleaftensdag and nytårsaftensdag are days off.)");
  calendar
      .def(py::init([](bool customary) { return Calendar(WorkdayRules{customary}); }),
           py::arg("customary_days_off") = true)
      .def_property_readonly("customary_days_off",
                             [](const Calendar& c) { return c.rules().customary_days_off; })
      .def("set_school_break",
           [](Calendar& c, const Utf8& municipality, BreakKind kind, int year,
              const Date& first, const Date& last) {
             c.set_school_break(municipality.value, kind, year, DateRange{first, last});
           },
           py::arg("municipality"), py::arg("kind"), py::arg("year"), py::arg("first"),
           py::arg("last"),
           "Override one school break for a municipality; raises InvalidSchoolBreakError and "
           "leaves the calendar unchanged when the dates cannot be that break.")
      .def("clear_school_break",
           [](Calendar& c, const Utf8& municipality, BreakKind kind, int year) {
             return c.clear_school_break(municipality.value, kind, year);
           },
           py::arg("municipality"),
           py::arg("kind"), py::arg("year"), "Remove an override; True if there was one.")
      .def_property_readonly("override_count", &Calendar::override_count)
      .def("school_break",
           [](const Calendar& c, BreakKind kind, int year, std::optional<Utf8> mun) {
             return c.school_break(kind, year, municipality_arg(mun));
           },
           py::arg("kind"), py::arg("year"), py::arg("municipality") = py::none(),
           "The break in force (municipality None = the default calendar).")
      .def("phase_windows",
           [](const Calendar& c, int year, std::optional<Utf8> mun) {
             return c.phase_windows(year, municipality_arg(mun));
           },
           py::arg("year"), py::arg("municipality") = py::none(),
           "The spring and autumn phase windows of a year.")
      .def("phase_window_at",
           [](const Calendar& c, const Date& on, std::optional<Utf8> mun) {
             return c.phase_window_at_or_after(on, municipality_arg(mun));
           },
           py::arg("on"), py::arg("municipality") = py::none(),
           "The window containing `on`, or the next one when `on` is in a break.")
      .def("next_phase_window",
           [](const Calendar& c, const PhaseWindow& w, std::optional<Utf8> mun) {
             return c.next_phase_window(w, municipality_arg(mun));
           },
           py::arg("window"), py::arg("municipality") = py::none())
      .def("is_working_day", &Calendar::is_working_day, py::arg("date"))
      .def("add_working_days", &Calendar::add_working_days, py::arg("date"), py::arg("n"),
           "The n-th working day after (n > 0) or before (n < 0) a date.")
      .def("count_working_days", &Calendar::count_working_days, py::arg("first"), py::arg("last"),
           "Working days in [first, last], both included.")
      .def("working_day_mask", &working_day_mask, py::arg("first"), py::arg("last"),
           R"(One bool per day in [first, last]: True on working days.

Returns
-------
numpy.ndarray of bool
    Read-only, sharing memory with the library (no copy); index i is ``first + i`` days.)");
  value_ops(calendar);
}

}  // namespace rorkit::python
