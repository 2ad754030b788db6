// iCalendar export.

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "rorkit/io/ical.hpp"

namespace rorkit::python {

void bind_io(py::module_& m) {
  py::class_<CalendarEvent>(m, "CalendarEvent",
                            R"(A dated event for iCalendar export.

All-day when start_minute is None: it covers [start_date, end_date]. Timed when start_minute and
end_minute (minutes after local midnight, Europe/Copenhagen) are both given.)")
      .def(py::init([](const Utf8& summary, const Date& start_date, std::optional<Date> end_date,
                       std::optional<std::int32_t> start_minute,
                       std::optional<std::int32_t> end_minute, const Utf8& uid,
                       const Utf8& description, const Utf8& location,
                       const std::vector<Utf8>& categories) {
             CalendarEvent e;
             e.summary = summary.value;
             e.start_date = start_date;
             e.end_date = end_date ? *end_date : start_date;
             e.start_minute = start_minute;
             e.end_minute = end_minute;
             e.uid = uid.value;
             e.description = description.value;
             e.location = location.value;
             for (const auto& c : categories) e.categories.push_back(c.value);
             return e;
           }),
           py::arg("summary"), py::arg("start_date"), py::arg("end_date") = py::none(),
           py::arg("start_minute") = py::none(), py::arg("end_minute") = py::none(),
           py::arg("uid") = Utf8{}, py::arg("description") = Utf8{}, py::arg("location") = Utf8{},
           py::arg("categories") = std::vector<Utf8>{})
      .def_readwrite("summary", &CalendarEvent::summary)
      .def_readwrite("start_date", &CalendarEvent::start_date)
      .def_readwrite("end_date", &CalendarEvent::end_date)
      .def_readwrite("start_minute", &CalendarEvent::start_minute)
      .def_readwrite("end_minute", &CalendarEvent::end_minute)
      .def_readwrite("uid", &CalendarEvent::uid)
      .def_readwrite("description", &CalendarEvent::description)
      .def_readwrite("location", &CalendarEvent::location)
      .def_readwrite("categories", &CalendarEvent::categories)
      .def(py::self == py::self)
      .def("__repr__", [](const CalendarEvent& e) {
        return "CalendarEvent('" + e.summary + "', " + e.start_date.iso() + ")";
      });

  m.def(
      "to_ical",
      [](const std::vector<CalendarEvent>& events, const Utf8& dtstamp, const Utf8& prodid,
         const Utf8& uid_domain, const Utf8& calendar_name) {
        IcalOptions o;
        o.dtstamp = dtstamp.value;
        if (!prodid.value.empty()) o.prodid = prodid.value;
        if (!uid_domain.value.empty()) o.uid_domain = uid_domain.value;
        o.calendar_name = calendar_name.value;
        return to_ical(events, o);
      },
      py::arg("events"), py::arg("dtstamp") = Utf8{}, py::arg("prodid") = Utf8{},
      py::arg("uid_domain") = Utf8{}, py::arg("calendar_name") = Utf8{},
      R"(Render events as an iCalendar (RFC 5545) text with CRLF line ends.

Parameters
----------
events : list of CalendarEvent
dtstamp : str, optional
    UTC stamp "YYYYMMDDTHHMMSSZ" for reproducible output; default: now.
prodid, uid_domain, calendar_name : str, optional

Returns
-------
str)");
}

}  // namespace rorkit::python
