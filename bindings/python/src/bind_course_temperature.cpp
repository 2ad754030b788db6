// The temperature measurement: dimensions, responses and surveys (keyword constructors), and
// what is computed from them (cells with small ones suppressed, baseline vs follow-up change).

#include <cstdio>

#include "course_bindings.hpp"
#include "rorkit/course/temperature.hpp"

namespace rorkit::python {
namespace {

std::string mean_text(const std::optional<double>& v) {
  if (!v) return "None";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", *v);
  return buf;
}

void bind_survey_classes(py::module_& m) {
  py::class_<TemperatureDimension> dim(m, "TemperatureDimension", R"(One dimension of the temperature measurement.

Parameters
----------
id : str
name_da : str)");
  dim.def(py::init([](const Utf8& id, const Utf8& name_da) {
            return TemperatureDimension{id.value, name_da.value};
          }),
          py::arg("id") = Utf8{}, py::arg("name_da") = Utf8{});
  text_attr(dim, "id", &TemperatureDimension::id, "Id, e.g. 'strategic-direction'.");
  text_attr(dim, "name_da", &TemperatureDimension::name_da, "The dimension in Danish.");
  dim.def("__repr__", [](const TemperatureDimension& d) {
    return "TemperatureDimension('" + d.id + "', " + short_text(d.name_da) + ")";
  });
  value_ops(dim);

  py::class_<TemperatureResponse> resp(m, "TemperatureResponse", R"(One respondent's answers.

Parameters
----------
respondent_id : str
role : RespondentRole, default RespondentRole.tilbud
scores : list of int or None
    A Likert score 1-5 per dimension, in the survey's dimension order; None = not answered.)");
  resp.def(py::init([](const Utf8& id, RespondentRole role,
                       const std::vector<std::optional<std::int32_t>>& scores) {
             return TemperatureResponse{id.value, role, scores};
           }),
           py::arg("respondent_id") = Utf8{},
           py::arg_v("role", RespondentRole::tilbud, "RespondentRole.tilbud"),
           py::arg("scores") = std::vector<std::optional<std::int32_t>>{});
  text_attr(resp, "respondent_id", &TemperatureResponse::respondent_id, "A pseudonymous id.");
  resp.def_readwrite("role", &TemperatureResponse::role, "The respondent's role.")
      .def_readwrite("scores", &TemperatureResponse::scores,
                     "list of int or None, one per dimension (a copy; assign whole).")
      .def("__repr__", [](const TemperatureResponse& r) {
        return "TemperatureResponse('" + r.respondent_id + "', " + code_text(r.role) + ", " +
               std::to_string(r.scores.size()) + " scores)";
      });
  value_ops(resp);

  py::class_<TemperatureSurvey> survey(m, "TemperatureSurvey", R"(A temperature measurement: a baseline in Fase 1 or a follow-up in Fase 3.

Parameters
----------
id : str
date : datetime.date
kind : SurveyKind, default SurveyKind.baseline
dimensions : list of TemperatureDimension, optional
    None = the nine default dimensions (``default_temperature_dimensions()``).
responses : list of TemperatureResponse
unknown : list of (str, str), optional)");
  survey
      .def(py::init([](const Utf8& id, const Date& date, SurveyKind kind,
                       const std::optional<std::vector<TemperatureDimension>>& dimensions,
                       const std::vector<TemperatureResponse>& responses,
                       const UnknownArg& unknown) {
             TemperatureSurvey s;
             s.id = id.value;
             s.date = date;
             s.kind = kind;
             s.dimensions = dimensions ? *dimensions : default_temperature_dimensions();
             s.responses = responses;
             s.unknown = unknown_of(unknown);
             return s;
           }),
           py::arg("id"), py::arg("date"),
           py::arg_v("kind", SurveyKind::baseline, "SurveyKind.baseline"),
           py::arg("dimensions") = py::none(),
           py::arg("responses") = std::vector<TemperatureResponse>{}, py::kw_only(),
           py::arg("unknown") = UnknownArg{});
  text_attr(survey, "id", &TemperatureSurvey::id, "Id within the course.");
  survey.def_readwrite("kind", &TemperatureSurvey::kind, "Baseline or follow-up.")
      .def_readwrite("date", &TemperatureSurvey::date, "When it was measured.")
      .def_readwrite("dimensions", &TemperatureSurvey::dimensions,
                     "list of TemperatureDimension (a copy; assign whole).")
      .def_readwrite("responses", &TemperatureSurvey::responses,
                     "list of TemperatureResponse (a copy; assign whole).");
  unknown_attr<TemperatureSurvey>(survey);
  survey.def(
      "summarise",
      [](const TemperatureSurvey& s, std::int32_t min_cell) {
        TemperatureOptions o;
        o.min_cell = min_cell;
        return summarise(s, o);
      },
      py::arg("min_cell") = 5,
      R"(The survey's cells: per dimension the all-respondents cell, then one per role that answered.

Parameters
----------
min_cell : int, default 5
    Cells with fewer answers are suppressed (n shown, mean and distribution not).

Returns
-------
list of TemperatureCell

Raises
------
rorkit.OutOfRangeError
    A score outside 1-5.
rorkit.ValidationError
    A response with the wrong number of scores.
rorkit.InvalidArgumentError
    ``min_cell`` below 1.)");
  survey.def("__repr__", [](const TemperatureSurvey& s) {
    return "TemperatureSurvey('" + s.id + "', " + code_text(s.kind) + ", " + s.date.iso() + ", " +
           std::to_string(s.dimensions.size()) + " dimensions, " +
           std::to_string(s.responses.size()) + " responses)";
  });
  value_ops(survey);

  m.def("default_temperature_dimensions", &default_temperature_dimensions,
        R"(The nine default dimensions of the temperature measurement.

Returns
-------
list of TemperatureDimension)");
}

void bind_temperature_results(py::module_& m) {
  py::class_<TemperatureCell>(m, "TemperatureCell", R"(One dimension, all respondents or one role.

Attributes
----------
dimension_id : str
role : RespondentRole or None
    None for the all-respondents cell.
n : int
    Answers in the cell.
suppressed : bool
    Fewer than ``min_cell`` answers: mean, distribution and light are withheld.
mean : float or None
distribution : list of int
    Counts of the scores 1..5 (zeros when suppressed).
light : TrafficLight or None)")
      .def_readonly("dimension_id", &TemperatureCell::dimension_id, "The dimension.")
      .def_readonly("role", &TemperatureCell::role, "The role, or None for all respondents.")
      .def_readonly("n", &TemperatureCell::n, "Answers in the cell.")
      .def_readonly("suppressed", &TemperatureCell::suppressed, "Too few answers to show.")
      .def_readonly("mean", &TemperatureCell::mean, "Mean score, or None when suppressed.")
      .def_property_readonly(
          "distribution",
          [](const TemperatureCell& c) {
            return std::vector<std::int32_t>(c.distribution.begin(), c.distribution.end());
          },
          "Counts of the scores 1..5.")
      .def_readonly("light", &TemperatureCell::light, "Traffic light, or None when suppressed.")
      .def("__repr__", [](const TemperatureCell& c) {
        return "TemperatureCell('" + c.dimension_id + "', " +
               (c.role ? code_text(*c.role) : std::string("all")) + ", n=" + std::to_string(c.n) +
               (c.suppressed ? ", suppressed" : ", mean " + mean_text(c.mean)) + ")";
      });

  py::class_<TemperatureChange>(m, "TemperatureChange", R"(Baseline vs follow-up for one dimension (all-respondents cells).

Attributes
----------
dimension_id : str
baseline_mean, followup_mean, change : float or None
needs_work : bool
    The follow-up is red or yellow, or fell by 0.5 or more.
reason : str
    Why it needs work (or why it cannot tell); "" otherwise.)")
      .def_readonly("dimension_id", &TemperatureChange::dimension_id, "The dimension.")
      .def_readonly("baseline_mean", &TemperatureChange::baseline_mean, "float or None.")
      .def_readonly("followup_mean", &TemperatureChange::followup_mean, "float or None.")
      .def_readonly("change", &TemperatureChange::change, "followup - baseline, or None.")
      .def_readonly("needs_work", &TemperatureChange::needs_work, "Needs continued work.")
      .def_readonly("reason", &TemperatureChange::reason, "Why, in English.")
      .def("__repr__", [](const TemperatureChange& c) {
        return "TemperatureChange('" + c.dimension_id + "', " + mean_text(c.baseline_mean) +
               " -> " + mean_text(c.followup_mean) + (c.needs_work ? ", needs work)" : ")");
      });
}

}  // namespace

void bind_course_temperature(py::module_& m) {
  // The result classes first: TemperatureSurvey.summarise names TemperatureCell in its
  // signature, which pybind11 can only spell as a Python type once that type is registered.
  bind_temperature_results(m);
  bind_survey_classes(m);
}

}  // namespace rorkit::python
