// The temperature measurement: the default dimensions, the traffic light, cells with hand-computed
// means and distributions, suppression of small cells, and baseline -> follow-up change and flags.

#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "rorkit/course/temperature.hpp"
#include "support/errors.hpp"

namespace test_temperature {

namespace {

using namespace rorkit;
using rorkit::test::error_of;
using Scores = std::vector<std::optional<std::int32_t>>;
constexpr std::nullopt_t skip = std::nullopt;

TemperatureSurvey survey_of(std::vector<std::string> dimension_ids) {
  TemperatureSurvey s;
  s.id = "survey-1";
  s.date = Date{2026, 9, 15};
  for (auto& id : dimension_ids) s.dimensions.push_back({id, "Dimension " + id});
  return s;
}

void answer(TemperatureSurvey& s, std::string id, RespondentRole role, Scores scores) {
  s.responses.push_back({std::move(id), role, std::move(scores)});
}

const TemperatureCell& cell(const std::vector<TemperatureCell>& cells, const std::string& dim,
                            std::optional<RespondentRole> role) {
  for (const auto& c : cells)
    if (c.dimension_id == dim && c.role == role) return c;
  FAIL("no cell for " << dim);
  return cells.front();
}

// Three dimensions; five from tilbud and four from myndighed. By hand:
//   d1 tilbud 1 2 3 4 5, myndighed 4 4 5 5 -> all: n 9, sum 33, mean 3.667, dist 1 1 1 3 3
//   d2 tilbud 5 5 4 4 -, myndighed 4 3 4 5 -> all: n 8, sum 34, mean 4.25,  dist 0 0 1 4 3
//   d3 tilbud 2 2 2 3 1, myndighed 1 2 1 2 -> all: n 9, sum 16, mean 1.778, dist 3 5 1 0 0
TemperatureSurvey nine_answers() {
  using R = RespondentRole;
  TemperatureSurvey s = survey_of({"d1", "d2", "d3"});
  answer(s, "t1", R::tilbud, {1, 5, 2});
  answer(s, "m1", R::myndighed, {4, 4, 1});
  answer(s, "t2", R::tilbud, {2, 5, 2});
  answer(s, "t3", R::tilbud, {3, 4, 2});
  answer(s, "m2", R::myndighed, {4, 3, 2});
  answer(s, "t4", R::tilbud, {4, 4, 3});
  answer(s, "m3", R::myndighed, {5, 4, 1});
  answer(s, "t5", R::tilbud, {5, skip, 1});
  answer(s, "m4", R::myndighed, {5, 5, 2});
  return s;
}

using Dist = std::array<std::int32_t, 5>;

}  // namespace

TEST_CASE("temperature: nine default dimensions from seed A", "[temperature]") {
  const auto& dims = default_temperature_dimensions();
  REQUIRE(dims.size() == 9);
  CHECK(dims.front().id == "strategic-direction");
  CHECK(dims.back().id == "administrative-workflows");
  std::set<std::string> ids;
  for (const auto& d : dims) {
    CHECK_FALSE(d.name_da.empty());
    ids.insert(d.id);
  }
  CHECK(ids.size() == 9);
  CHECK(&default_temperature_dimensions() == &dims);  // one table, not a fresh copy
}

TEST_CASE("temperature: traffic light boundaries", "[temperature]") {
  CHECK(traffic_light(1.0) == TrafficLight::red);
  CHECK(traffic_light(2.49) == TrafficLight::red);
  CHECK(traffic_light(2.5) == TrafficLight::yellow);
  CHECK(traffic_light(3.49) == TrafficLight::yellow);
  CHECK(traffic_light(3.5) == TrafficLight::green);
  CHECK(traffic_light(5.0) == TrafficLight::green);
  CHECK(traffic_light(std::nan("")) == TrafficLight::red);
  CHECK(to_code(TrafficLight::red) == "red");
  CHECK(to_code(TrafficLight::yellow) == "yellow");
  CHECK(to_code(TrafficLight::green) == "green");
}

TEST_CASE("temperature: overall cells with hand-computed means and distributions", "[temperature]") {
  const auto cells = summarise(nine_answers());
  // Per dimension: all, then the roles present in enum order (myndighed before tilbud).
  REQUIRE(cells.size() == 9);
  CHECK(cells[0].dimension_id == "d1");
  CHECK_FALSE(cells[0].role.has_value());
  CHECK(cells[1].role == RespondentRole::myndighed);
  CHECK(cells[2].role == RespondentRole::tilbud);
  CHECK(cells[3].dimension_id == "d2");
  CHECK(cells[6].dimension_id == "d3");

  const auto& d1 = cell(cells, "d1", std::nullopt);
  CHECK(d1.n == 9);
  CHECK_FALSE(d1.suppressed);
  CHECK(*d1.mean == Approx(33.0 / 9));
  CHECK(d1.distribution == Dist{1, 1, 1, 3, 3});
  CHECK(d1.light == TrafficLight::green);

  const auto& d2 = cell(cells, "d2", std::nullopt);
  CHECK(d2.n == 8);  // t5 skipped it
  CHECK(*d2.mean == 4.25);
  CHECK(d2.distribution == Dist{0, 0, 1, 4, 3});
  CHECK(d2.light == TrafficLight::green);

  const auto& d3 = cell(cells, "d3", std::nullopt);
  CHECK(d3.n == 9);
  CHECK(*d3.mean == Approx(16.0 / 9));
  CHECK(d3.distribution == Dist{3, 5, 1, 0, 0});
  CHECK(d3.light == TrafficLight::red);
}

TEST_CASE("temperature: per-role cells and suppression below five answers", "[temperature]") {
  TemperatureSurvey s = nine_answers();
  auto cells = summarise(s);

  const auto& d1_tilbud = cell(cells, "d1", RespondentRole::tilbud);
  CHECK(d1_tilbud.n == 5);
  CHECK_FALSE(d1_tilbud.suppressed);
  CHECK(*d1_tilbud.mean == 3.0);
  CHECK(d1_tilbud.distribution == Dist{1, 1, 1, 1, 1});
  CHECK(d1_tilbud.light == TrafficLight::yellow);

  const auto& d3_tilbud = cell(cells, "d3", RespondentRole::tilbud);
  CHECK(*d3_tilbud.mean == 2.0);
  CHECK(d3_tilbud.distribution == Dist{1, 3, 1, 0, 0});
  CHECK(d3_tilbud.light == TrafficLight::red);

  // Four answers: n is reported, nothing else.
  for (const auto* c : {&cell(cells, "d1", RespondentRole::myndighed),
                        &cell(cells, "d2", RespondentRole::tilbud),
                        &cell(cells, "d2", RespondentRole::myndighed)}) {
    CHECK(c->n == 4);
    CHECK(c->suppressed);
    CHECK_FALSE(c->mean.has_value());
    CHECK(c->distribution == Dist{});
    CHECK_FALSE(c->light.has_value());
  }

  // A fifth myndighed answer lifts d1 over the threshold: (4+4+5+5+3)/5 = 4.2.
  answer(s, "m5", RespondentRole::myndighed, {3, skip, skip});
  cells = summarise(s);
  const auto& d1_myndighed = cell(cells, "d1", RespondentRole::myndighed);
  CHECK(d1_myndighed.n == 5);
  CHECK_FALSE(d1_myndighed.suppressed);
  CHECK(*d1_myndighed.mean == Approx(4.2));
  CHECK(d1_myndighed.distribution == Dist{0, 0, 1, 2, 2});
  CHECK(d1_myndighed.light == TrafficLight::green);
  CHECK(cell(cells, "d2", RespondentRole::myndighed).suppressed);  // m5 skipped d2: still 4

  // The threshold is an option.
  TemperatureOptions three;
  three.min_cell = 3;
  cells = summarise(nine_answers(), three);
  CHECK(*cell(cells, "d2", RespondentRole::myndighed).mean == 4.0);
}

TEST_CASE("temperature: a role that skipped a dimension still has its (empty) cell", "[temperature]") {
  TemperatureSurvey s = survey_of({"a", "b"});
  for (int i = 0; i < 5; ++i) answer(s, "c" + std::to_string(i), RespondentRole::citizen, {3, skip});
  answer(s, "p1", RespondentRole::partner, {skip, 4});
  const auto cells = summarise(s);
  REQUIRE(cells.size() == 6);  // (all, citizen, partner) x 2
  CHECK(cells[1].role == RespondentRole::citizen);
  CHECK(cells[2].role == RespondentRole::partner);
  CHECK(cell(cells, "b", RespondentRole::citizen).n == 0);
  CHECK(cell(cells, "b", RespondentRole::citizen).suppressed);
  CHECK(cell(cells, "a", RespondentRole::partner).n == 0);
  CHECK(*cell(cells, "a", RespondentRole::citizen).mean == 3.0);
  CHECK(cell(cells, "b", std::nullopt).n == 1);

  // No responses at all: one suppressed overall cell per dimension.
  const auto empty = summarise(survey_of({"a", "b"}));
  REQUIRE(empty.size() == 2);
  CHECK(empty[0].n == 0);
  CHECK(empty[0].suppressed);
}

TEST_CASE("temperature: summarise refuses bad responses, naming them", "[temperature]") {
  TemperatureSurvey s = nine_answers();
  s.responses[3].scores[1] = 6;
  auto e = error_of([&] { (void)summarise(s); });
  CHECK(e.status() == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(std::string(e.what()) == "respondent \"t3\", dimension \"d2\": score 6 is not 1-5");

  s = nine_answers();
  s.responses[0].scores[0] = 0;
  CHECK(error_of([&] { (void)summarise(s); }).status() == RORKIT_ERROR_OUT_OF_RANGE);

  s = nine_answers();
  s.responses[1].scores.pop_back();
  e = error_of([&] { (void)summarise(s); });
  CHECK(e.status() == RORKIT_ERROR_VALIDATION);
  CHECK(std::string(e.what()) == "respondent \"m1\" has 2 scores; survey \"survey-1\" has 3 dimensions");

  s = nine_answers();
  s.responses[4].respondent_id = "t1";
  e = error_of([&] { (void)summarise(s); });
  CHECK(e.status() == RORKIT_ERROR_DUPLICATE);
  CHECK(std::string(e.what()) == "respondent \"t1\" answers twice in survey \"survey-1\"");

  s = nine_answers();
  s.dimensions[2].id = "d1";
  CHECK(error_of([&] { (void)summarise(s); }).status() == RORKIT_ERROR_DUPLICATE);

  TemperatureOptions none;
  none.min_cell = 0;
  CHECK(error_of([&] { (void)summarise(nine_answers(), none); }).status() ==
        RORKIT_ERROR_INVALID_ARGUMENT);
}

namespace {

// Five (or six) citizens per survey; one column per dimension.
TemperatureSurvey with_rows(std::vector<std::string> dims, const std::vector<Scores>& rows,
                            SurveyKind kind) {
  TemperatureSurvey s = survey_of(std::move(dims));
  s.kind = kind;
  s.id = kind == SurveyKind::baseline ? "baseline" : "followup";
  for (std::size_t i = 0; i < rows.size(); ++i)
    answer(s, "r" + std::to_string(i), RespondentRole::citizen, rows[i]);
  return s;
}

const TemperatureChange& change_of(const std::vector<TemperatureChange>& changes, const std::string& id) {
  for (const auto& c : changes)
    if (c.dimension_id == id) return c;
  FAIL("no change for " << id);
  return changes.front();
}

}  // namespace

TEST_CASE("temperature: change from baseline to follow-up and the needs-work flags", "[temperature]") {
  // Columns: fell (4.4 -> 3.8), rose (3.0 -> 3.6), yellow (2.0 -> 2.8), gone (4.0 -> 2 answers),
  // half (4.0 -> 3.5 with the sixth row), red (suppressed -> 2.0).
  const std::vector<std::string> dims{"fell", "rose", "yellow", "gone", "half", "red"};
  const auto base = with_rows(dims,
                              {{5, 3, 2, 4, 4, skip},
                               {5, 3, 2, 4, 4, skip},
                               {4, 3, 2, 4, 4, 1},
                               {4, 3, 2, 4, 4, skip},
                               {4, 3, 2, 4, 4, skip},
                               {skip, skip, skip, skip, 4, skip}},
                              SurveyKind::baseline);
  // The follow-up lists its dimensions in another order: matched by id.
  const std::vector<std::string> dims2{"red", "half", "gone", "yellow", "rose", "fell"};
  const auto follow = with_rows(dims2,
                                {{2, 4, 4, 3, 4, 4},
                                 {2, 4, 4, 3, 4, 4},
                                 {2, 4, skip, 3, 4, 4},
                                 {2, 3, skip, 3, 3, 4},
                                 {2, 3, skip, 2, 3, 3},
                                 {skip, 3, skip, skip, skip, skip}},
                                SurveyKind::followup);
  const auto changes = compare(base, follow);
  REQUIRE(changes.size() == 6);
  CHECK(changes[0].dimension_id == "fell");  // in the baseline's order

  const auto& fell = change_of(changes, "fell");
  CHECK(*fell.baseline_mean == Approx(4.4));
  CHECK(*fell.followup_mean == Approx(3.8));
  CHECK(*fell.change == Approx(-0.6));
  CHECK(fell.needs_work);  // still green, but fell 0.6
  CHECK(fell.reason == "fell 0.60 from 4.40 to 3.80");

  const auto& rose = change_of(changes, "rose");
  CHECK(*rose.change == Approx(0.6));
  CHECK_FALSE(rose.needs_work);
  CHECK(rose.reason.empty());

  const auto& yellow = change_of(changes, "yellow");
  CHECK(*yellow.change == Approx(0.8));
  CHECK(yellow.needs_work);  // better, but yellow
  CHECK(yellow.reason == "follow-up mean 2.80 is yellow");

  const auto& gone = change_of(changes, "gone");
  CHECK(*gone.baseline_mean == 4.0);
  CHECK_FALSE(gone.followup_mean.has_value());
  CHECK_FALSE(gone.change.has_value());
  CHECK_FALSE(gone.needs_work);
  CHECK(gone.reason == "follow-up suppressed (2 answers, fewer than 5): cannot tell");

  const auto& half = change_of(changes, "half");  // exactly 0.5 counts
  CHECK(*half.change == -0.5);
  CHECK(half.needs_work);
  CHECK(half.reason == "fell 0.50 from 4.00 to 3.50");

  const auto& red = change_of(changes, "red");
  CHECK_FALSE(red.baseline_mean.has_value());  // one baseline answer: suppressed
  CHECK_FALSE(red.change.has_value());
  CHECK(red.needs_work);
  CHECK(red.reason == "follow-up mean 2.00 is red");
}

TEST_CASE("temperature: red and a fall give both reasons", "[temperature]") {
  const auto base = with_rows({"x"}, {{4}, {4}, {4}, {4}, {4}}, SurveyKind::baseline);
  const auto follow = with_rows({"x"}, {{2}, {2}, {2}, {2}, {3}}, SurveyKind::followup);
  const auto c = compare(base, follow).at(0);
  CHECK(c.needs_work);
  CHECK(c.reason == "follow-up mean 2.20 is red; fell 1.80 from 4.00 to 2.20");
}

TEST_CASE("temperature: compare refuses surveys of different dimensions", "[temperature]") {
  const auto base = with_rows({"a", "b"}, {}, SurveyKind::baseline);
  const auto follow = with_rows({"a", "c"}, {}, SurveyKind::followup);
  auto e = error_of([&] { (void)compare(base, follow); });
  CHECK(e.status() == RORKIT_ERROR_VALIDATION);
  CHECK(std::string(e.what()) ==
        "surveys \"baseline\" and \"followup\" measure different dimensions: only in "
        "\"baseline\": \"b\"; only in \"followup\": \"c\"");
  const auto fewer = with_rows({"a"}, {}, SurveyKind::followup);
  CHECK(error_of([&] { (void)compare(base, fewer); }).status() == RORKIT_ERROR_VALIDATION);
  // Errors in either survey come through.
  auto bad = with_rows({"a", "b"}, {{1, 7}}, SurveyKind::followup);
  CHECK(error_of([&] { (void)compare(base, bad); }).status() == RORKIT_ERROR_OUT_OF_RANGE);
}

}  // namespace test_temperature
