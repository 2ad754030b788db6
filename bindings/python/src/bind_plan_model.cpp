// Citizen plans, the data model: the enums (bind_plan_codes.cpp), the entry classes
// (bind_plan_entries.cpp) and the computed results (bind_plan_results.cpp). Also the helpers
// the plan bindings share (plan_bindings.hpp).

#include <cstdio>
#include <string_view>

#include "plan_bindings.hpp"

namespace rorkit::python {

bool timestamp_from_python(py::handle h, Timestamp& out) {
  if (PyUnicode_Check(h.ptr())) {
    out = Timestamp::parse(utf8_from_python(h.ptr()));
    return true;
  }
  if (!PyDateTimeAPI) PyDateTime_IMPORT;
  if (!PyDateTime_Check(h.ptr())) return false;
  py::object tz = h.attr("tzinfo");
  if (tz.is_none() || h.attr("utcoffset")().is_none())
    fail(RORKIT_ERROR_INVALID_DATE,
         "a naive datetime has no time zone; give a timezone-aware datetime (e.g. "
         "tzinfo=datetime.timezone.utc) or an ISO UTC string \"YYYY-MM-DDTHH:MM:SSZ\"");
  py::object utc_zone = py::module_::import("datetime").attr("timezone").attr("utc");
  py::object utc = h.attr("astimezone")(utc_zone);
  PyObject* p = utc.ptr();
  // Whole seconds, as Timestamp::now() gives: the library orders timestamps as text, and
  // "...:00.5Z" sorts before "...:00Z", so a fraction could put an event before its predecessor.
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", PyDateTime_GET_YEAR(p),
                        PyDateTime_GET_MONTH(p), PyDateTime_GET_DAY(p),
                        PyDateTime_DATE_GET_HOUR(p), PyDateTime_DATE_GET_MINUTE(p),
                        PyDateTime_DATE_GET_SECOND(p));
  out = Timestamp::parse(std::string_view(buf, static_cast<std::size_t>(n)));
  return true;
}

Change make_change(const Utf8& by, const std::optional<TimestampArg>& at, const Utf8& why) {
  Change c;
  c.by = by.value;
  c.at = at ? at->value : Timestamp::now();
  c.why = why.value;
  return c;
}

std::vector<std::string> strings_of(const std::vector<Utf8>& v) {
  std::vector<std::string> out;
  out.reserve(v.size());
  for (const auto& s : v) out.push_back(s.value);
  return out;
}

std::string short_text(const std::string& text, std::size_t max) {
  if (text.size() <= max) return "'" + text + "'";
  // Cut at a UTF-8 character boundary so the repr stays valid text.
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "'" + text.substr(0, cut) + "…'";
}

bool worth_releasing_gil(const Plan& p) {
  std::size_t n = p.history.size() + p.aspirations.size() + p.resources.size() + p.network.size() +
                  p.goals.size() + p.actions.size() + p.followups.size() + p.measurements.size();
  return n > 256;
}

void bind_plan_model(py::module_& m) {
  // Declared first so that signatures below (PlanEvent.payload) can name it; its methods are
  // added by bind_plan.
  py::class_<Plan>(m, "Plan", R"(A citizen's recovery plan with its append-only history.

The citizen's own hopes, wishes and dreams steer goals and actions. A plan is changed only
through its edit methods (``add_goal``, ``transition_goal``, ...), each of which checks the
change, applies it and appends a ``PlanEvent`` saying who changed what, when and why. A change
that fails raises and leaves the plan exactly as it was.

Start one with ``Plan.new`` or read one with ``Plan.from_json``. The list attributes
(``goals``, ``actions``, ...) return copies; change a plan through its methods.)");
  bind_plan_codes(m);
  bind_plan_entries(m);
  bind_plan_results(m);
}

}  // namespace rorkit::python
