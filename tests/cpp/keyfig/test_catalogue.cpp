// The key-figure catalogue: the builtin reconstruction, its JSON form and the errors of reading it.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "rorkit/keyfig/catalogue.hpp"
#include "support/errors.hpp"

namespace test_catalogue {

using namespace rorkit;
using rorkit::test::error_of;
using rorkit::test::status_of;

namespace {

std::string catalogue_file_text() {
  const auto path = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path() /
                    "data" / "keyfig" / "catalogue.json";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A one-figure catalogue document with `figure` as the figure's members.
std::string doc_with(const std::string& figure, const std::string& version = "1") {
  return R"({"format": "rorkit-keyfig-catalogue", "format_version": )" + version +
         R"(, "figures": [)" + figure + "]}";
}

const std::string good_figure =
    R"({"id": "x01", "number": 1, "name_da": "Andel", "name_en": "Share", "theme": "T",
        "source": "register_data", "numerator": "n", "denominator": "d", "unit": "percent",
        "direction": "higher_is_better"})";

KeyFigure figure(const std::string& id, std::int32_t number) {
  KeyFigure f;
  f.id = id;
  f.number = number;
  f.name_da = "Navn " + id;
  f.name_en = "Name " + id;
  f.theme = "Tema";
  f.numerator = "n";
  f.denominator = "d";
  return f;
}

}  // namespace

TEST_CASE("the builtin catalogue holds the 20 figures of the reconstruction", "[keyfig][catalogue]") {
  const Catalogue& c = Catalogue::builtin();
  REQUIRE(c.size() == 20);
  for (std::size_t i = 0; i < 20; ++i) {
    const KeyFigure& f = c.figures()[i];
    const std::string id = (i + 1 < 10 ? "kf0" : "kf") + std::to_string(i + 1);
    CHECK(f.id == id);
    CHECK(f.number == static_cast<std::int32_t>(i + 1));
    CHECK(f.provisional);
    CHECK(f.averaging == Averaging::weighted);
    CHECK_FALSE(f.name_da.empty());
    CHECK_FALSE(f.name_en.empty());
    CHECK_FALSE(f.numerator.empty());
    CHECK_FALSE(f.denominator.empty());
    CHECK(f.source == (i + 1 >= 16 ? FigureSource::self_collected : FigureSource::register_data));
  }
  CHECK(c.at("kf01").unit == FigureUnit::per_10000);
  CHECK(c.at("kf15").unit == FigureUnit::per_100);
  CHECK(c.at("kf16").unit == FigureUnit::score);
  CHECK(c.at("kf17").unit == FigureUnit::score);
  for (const char* id : {"kf02", "kf03", "kf04", "kf05", "kf06", "kf07", "kf08", "kf09", "kf10",
                         "kf11", "kf12", "kf13", "kf14", "kf18", "kf19", "kf20"})
    CHECK(c.at(id).unit == FigureUnit::percent);

  const std::set<std::string> themes = {"Tidligere indsats", "Uddannelse og beskæftigelse",
                                        "Forbedret sundhed", "Recovery og trivsel",
                                        "Oplevelse af indsatsen"};
  for (const auto& f : c.figures()) CHECK(themes.count(f.theme) == 1);
  CHECK(c.at("kf10").theme == "Tidligere indsats");
  CHECK(c.at("kf11").theme == "Uddannelse og beskæftigelse");
  CHECK(c.at("kf15").theme == "Forbedret sundhed");
}

TEST_CASE("the builtin directions follow the brief", "[keyfig][catalogue]") {
  const Catalogue& c = Catalogue::builtin();
  const auto dir = [&](const char* id) { return c.at(id).direction; };
  CHECK(dir("kf01") == Direction::neutral);
  CHECK(dir("kf02") == Direction::higher_is_better);
  CHECK(dir("kf05") == Direction::lower_is_better);
  CHECK(dir("kf06") == Direction::lower_is_better);
  CHECK(dir("kf08") == Direction::higher_is_better);
  CHECK(dir("kf09") == Direction::lower_is_better);
  CHECK(dir("kf11") == Direction::higher_is_better);
  CHECK(dir("kf12") == Direction::higher_is_better);
  CHECK(dir("kf13") == Direction::lower_is_better);
  CHECK(dir("kf14") == Direction::lower_is_better);
  CHECK(dir("kf15") == Direction::lower_is_better);
  for (const char* id : {"kf16", "kf17", "kf18", "kf19", "kf20"})
    CHECK(dir(id) == Direction::higher_is_better);
  // Our own choices are marked as inferred in the note.
  for (const char* id : {"kf01", "kf02", "kf03", "kf04", "kf07", "kf10"})
    CHECK(c.at(id).note.find("[I]") != std::string::npos);
}

TEST_CASE("the builtin catalogue is the data file", "[keyfig][catalogue]") {
  const Catalogue from_file = Catalogue::from_json(catalogue_file_text());
  CHECK(from_file == Catalogue::builtin());
}

TEST_CASE("to_json reads back to the same catalogue", "[keyfig][catalogue]") {
  const Catalogue& c = Catalogue::builtin();
  CHECK(Catalogue::from_json(c.to_json()) == c);
  CHECK(Catalogue::from_json(c.to_json(false)) == c);
  const std::string compact = c.to_json(false);
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(compact.find("\"name_da\":\"Borgere i målgruppen") != std::string::npos);  // UTF-8, not \u escapes
  CHECK(Catalogue::from_json(Catalogue().to_json()).size() == 0);
}

TEST_CASE("optional members take their defaults", "[keyfig][catalogue]") {
  const Catalogue c = Catalogue::from_json("\xEF\xBB\xBF" + doc_with(good_figure));  // with a BOM
  const KeyFigure& f = c.at("x01");
  CHECK(f.averaging == Averaging::weighted);
  CHECK(f.provisional);
  CHECK(f.note.empty());
  CHECK(f.unit == FigureUnit::percent);
  CHECK(f.direction == Direction::higher_is_better);
}

TEST_CASE("malformed JSON is a PARSE error with line and column", "[keyfig][catalogue]") {
  const auto e = error_of([] { (void)Catalogue::from_json("{\n  \"format\": \"rorkit-keyfig-catalogue\",\n  \"figures\": [}\n"); });
  CHECK(e.status() == RORKIT_ERROR_PARSE);
  CHECK_THAT(e.what(), Catch::Contains("line 3, column 15"));
  CHECK(status_of([] { (void)Catalogue::from_json(""); }) == RORKIT_ERROR_PARSE);
  CHECK(status_of([] { (void)Catalogue::from_json("{\"format\": \"\xff\"}"); }) == RORKIT_ERROR_PARSE);
}

TEST_CASE("documents of the wrong shape are SCHEMA errors naming the path", "[keyfig][catalogue]") {
  struct Case {
    std::string doc;
    const char* path;
  };
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  const Case cases[] = {
      {"[]", "(document)"},
      {R"({"format_version": 1, "figures": []})", "/format:"},
      {R"({"format": "rorkit-plan", "format_version": 1, "figures": []})", "/format:"},
      {R"({"format": "rorkit-keyfig-catalogue", "format_version": 0, "figures": []})", "/format_version:"},
      {R"({"format": "rorkit-keyfig-catalogue", "format_version": "1", "figures": []})", "/format_version:"},
      {R"({"format": "rorkit-keyfig-catalogue", "format_version": 1})", "/figures:"},
      {R"({"format": "rorkit-keyfig-catalogue", "format_version": 1, "figures": {}})", "/figures:"},
      {doc_with("7"), "/figures/0:"},
      {doc_with(replace(good_figure, R"("unit": "percent")", R"("unit": "promille")")), "/figures/0/unit:"},
      {doc_with(replace(good_figure, R"("id": "x01")", R"("id": "KF01")")), "/figures/0/id:"},
      {doc_with(replace(good_figure, R"("id": "x01", )", "")), "/figures/0/id:"},
      {doc_with(replace(good_figure, R"("number": 1)", R"("number": 1.5)")), "/figures/0/number:"},
      {doc_with(replace(good_figure, R"("number": 1)", R"("number": 0)")), "/figures/0/number:"},
      {doc_with(replace(good_figure, R"("name_da": "Andel")", R"("name_da": "")")), "/figures/0/name_da:"},
      {doc_with(replace(good_figure, R"("source": "register_data")", R"("source": "dst")")), "/figures/0/source:"},
      {doc_with(replace(good_figure, R"("direction": "higher_is_better")", R"("direction": "up")")), "/figures/0/direction:"},
      {doc_with(replace(good_figure, R"("theme": "T")", R"("theme": 3)")), "/figures/0/theme:"},
      {doc_with(replace(good_figure, "}", R"(, "averaging": "median"})")), "/figures/0/averaging:"},
      {doc_with(replace(good_figure, "}", R"(, "provisional": "yes"})")), "/figures/0/provisional:"},
      {doc_with(replace(good_figure, "}", R"(, "note": 5})")), "/figures/0/note:"},
  };
  for (const auto& c : cases) {
    INFO(c.doc);
    const auto e = error_of([&] { (void)Catalogue::from_json(c.doc); });
    CHECK(e.status() == RORKIT_ERROR_SCHEMA);
    CHECK_THAT(e.what(), Catch::StartsWith(c.path));
  }
}

TEST_CASE("repeated ids and numbers are DUPLICATE errors; newer versions are refused", "[keyfig][catalogue]") {
  const std::string other_number = R"({"id": "x02", "number": 2, "name_da": "B", "name_en": "B", "theme": "T",
        "source": "self_collected", "numerator": "n", "denominator": "d", "unit": "score",
        "direction": "neutral"})";
  auto e = error_of([&] { (void)Catalogue::from_json(doc_with(good_figure + "," + good_figure)); });
  CHECK(e.status() == RORKIT_ERROR_DUPLICATE);
  CHECK_THAT(e.what(), Catch::StartsWith("/figures/1/id:") && Catch::Contains("/figures/0"));
  std::string same_number = other_number;
  same_number.replace(same_number.find("\"number\": 2"), 11, "\"number\": 1");
  e = error_of([&] { (void)Catalogue::from_json(doc_with(good_figure + "," + same_number)); });
  CHECK(e.status() == RORKIT_ERROR_DUPLICATE);
  CHECK_THAT(e.what(), Catch::StartsWith("/figures/1/number:"));
  CHECK(Catalogue::from_json(doc_with(good_figure + "," + other_number)).size() == 2);

  e = error_of([&] { (void)Catalogue::from_json(doc_with(good_figure, "2")); });
  CHECK(e.status() == RORKIT_ERROR_UNSUPPORTED_VERSION);
  CHECK_THAT(e.what(), Catch::StartsWith("/format_version:"));
}

TEST_CASE("members rorkit does not know are ignored", "[keyfig][catalogue]") {
  std::string fig = good_figure;
  fig.insert(fig.size() - 1, R"(, "dst_table": "HAND01", "_comment": "x")");
  const Catalogue c = Catalogue::from_json(R"({"format": "rorkit-keyfig-catalogue", "format_version": 1,
      "description": "mine", "figures": [)" + fig + "]}");
  CHECK(c.size() == 1);
}

TEST_CASE("lookups, put and the constructor's checks", "[keyfig][catalogue]") {
  Catalogue c({figure("a1", 1), figure("a2", 2)});
  CHECK(c.find("a2") == &c.figures()[1]);
  CHECK(c.find("zz") == nullptr);
  CHECK(c.index_of("a2") == 1);
  auto e = error_of([&] { (void)c.at("kf99"); });
  CHECK(e.status() == RORKIT_ERROR_NOT_FOUND);
  CHECK_THAT(e.what(), Catch::Contains("kf99"));
  CHECK(status_of([&] { (void)c.index_of("nope"); }) == RORKIT_ERROR_NOT_FOUND);

  KeyFigure changed = figure("a1", 1);
  changed.unit = FigureUnit::score;
  c.put(changed);  // replaces in place
  CHECK(c.size() == 2);
  CHECK(c.figures()[0].unit == FigureUnit::score);
  c.put(figure("a3", 3));  // appends
  CHECK(c.index_of("a3") == 2);
  CHECK(status_of([&] { c.put(figure("a4", 2)); }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([&] { c.put(figure("A4", 4)); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(c.size() == 3);

  CHECK(status_of([] { Catalogue({figure("a1", 1), figure("a1", 2)}); }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([] { Catalogue({figure("a1", 1), figure("b1", 1)}); }) == RORKIT_ERROR_DUPLICATE);
  CHECK(status_of([] { Catalogue({figure("", 1)}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([] { Catalogue({figure("1a", 1)}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([] { Catalogue({figure(std::string(33, 'a'), 1)}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_of([] { Catalogue({figure("a1", 0)}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  KeyFigure bad_unit = figure("a1", 1);
  bad_unit.unit = static_cast<FigureUnit>(9);
  CHECK(status_of([&] { Catalogue({bad_unit}); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(Catalogue() == Catalogue(std::vector<KeyFigure>{}));
  CHECK_FALSE(Catalogue() == c);
}

TEST_CASE("unit scales and codes", "[keyfig][catalogue]") {
  CHECK(unit_scale(FigureUnit::percent) == 100.0);
  CHECK(unit_scale(FigureUnit::per_10000) == 10000.0);
  CHECK(unit_scale(FigureUnit::per_100) == 100.0);
  CHECK(unit_scale(FigureUnit::score) == 1.0);
  CHECK(unit_scale(FigureUnit::count) == 1.0);
  CHECK(to_code(FigureSource::self_collected) == "self_collected");
  CHECK(to_code(FigureUnit::per_10000) == "per_10000");
  CHECK(to_code(Direction::lower_is_better) == "lower_is_better");
  CHECK(to_code(Averaging::unweighted) == "unweighted");
  CHECK(to_code(static_cast<Direction>(42)).empty());
}

}  // namespace test_catalogue
