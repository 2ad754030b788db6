// The catalogue's JSON form (data/keyfig/catalogue.json, docs/schemas/keyfig-catalogue.schema.json)
// and the builtin catalogue compiled from that file. nlohmann's parser checks UTF-8 and gives
// the byte where malformed text broke; the catalogue is small, so speed does not matter here.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "keyfig/catalogue_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/catalogue.hpp"

namespace rorkit {
namespace {

using json = nlohmann::json;
using catalogue_detail::shown;

// A JSON pointer ("/figures/3/unit") for messages; the root is "".
struct Path {
  std::string text;
  [[nodiscard]] Path operator/(std::string_view key) const { return {text + "/" + std::string(key)}; }
  [[nodiscard]] Path operator[](std::size_t i) const { return {text + "/" + std::to_string(i)}; }
};

[[noreturn]] void fail_at(rorkit_status status, const Path& p, const std::string& what) {
  fail(status, (p.text.empty() ? std::string("(document)") : p.text) + ": " + what);
}
[[noreturn]] void schema_error(const Path& p, const std::string& what) {
  fail_at(RORKIT_ERROR_SCHEMA, p, what);
}

const char* type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

[[noreturn]] void wrong_type(const Path& p, const char* expected, const json& got) {
  schema_error(p, std::string("expected ") + expected + ", got " + type_name(got));
}

// nullptr when the member is absent or null (optional members may be either).
const json* optional_member(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

const json& required_member(const json& obj, const char* key, const Path& p) {
  const json* m = optional_member(obj, key);
  if (m == nullptr) schema_error(p / key, "the required member is missing");
  return *m;
}

std::string as_string(const json& j, const Path& p, bool non_empty) {
  if (!j.is_string()) wrong_type(p, "a string", j);
  std::string s = j.get<std::string>();
  if (non_empty && s.empty()) schema_error(p, "must not be empty");
  return s;
}

std::int64_t as_integer(const json& j, const Path& p, std::int64_t lo, std::int64_t hi) {
  if (!j.is_number_integer()) wrong_type(p, "an integer", j);
  if (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(hi))
    schema_error(p, j.dump() + " is outside " + std::to_string(lo) + "-" + std::to_string(hi));
  const auto v = j.get<std::int64_t>();
  if (v < lo || v > hi)
    schema_error(p, std::to_string(v) + " is outside " + std::to_string(lo) + "-" + std::to_string(hi));
  return v;
}

template <class E, std::size_t N>
E as_code(const json& j, const Path& p, const E (&values)[N]) {
  const std::string s = as_string(j, p, false);
  std::string allowed;
  for (E v : values) {
    if (to_code(v) == s) return v;
    allowed += (allowed.empty() ? "" : ", ") + std::string(to_code(v));
  }
  schema_error(p, shown(s) + " is not one of " + allowed);
}

constexpr FigureSource kSources[] = {FigureSource::register_data, FigureSource::self_collected};
constexpr FigureUnit kUnits[] = {FigureUnit::percent, FigureUnit::per_10000, FigureUnit::per_100,
                                 FigureUnit::score, FigureUnit::count};
constexpr Direction kDirections[] = {Direction::higher_is_better, Direction::lower_is_better,
                                     Direction::neutral};
constexpr Averaging kAveraging[] = {Averaging::weighted, Averaging::unweighted};

// nlohmann's message minus its prefix and the "last read" token, which would echo the text.
std::string parse_reason(const std::string& what) {
  std::size_t at = what.find("column ");
  at = at == std::string::npos ? std::string::npos : what.find(": ", at);
  std::string reason = at == std::string::npos ? what : what.substr(at + 2);
  std::size_t cut = reason.find("; last read: '");
  if (cut != std::string::npos) {
    std::size_t tail = reason.find("'; expected", cut);
    reason.erase(cut, tail == std::string::npos ? std::string::npos : tail + 1 - cut);
  }
  return reason;
}

[[noreturn]] void fail_parse(std::string_view text, const json::parse_error& e) {
  // e.byte counts from 1 up to and including the offending byte.
  const std::size_t offset = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      line += 1;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      column += 1;  // columns count characters, not bytes
    }
  }
  fail(RORKIT_ERROR_PARSE, "key-figure catalogue: malformed JSON at line " + std::to_string(line) +
                               ", column " + std::to_string(column) + ": " + parse_reason(e.what()));
}

KeyFigure read_figure(const json& j, const Path& p) {
  if (!j.is_object()) wrong_type(p, "an object", j);
  KeyFigure f;
  const Path id_path = p / "id";
  f.id = as_string(required_member(j, "id", p), id_path, true);
  if (!catalogue_detail::valid_figure_id(f.id))
    schema_error(id_path, shown(f.id) +
                              " is not a key-figure id (1-32 characters a-z 0-9 _ -, starting "
                              "with a letter)");
  f.number = static_cast<std::int32_t>(as_integer(required_member(j, "number", p), p / "number", 1,
                                                  catalogue_detail::max_figure_number));
  f.name_da = as_string(required_member(j, "name_da", p), p / "name_da", true);
  f.name_en = as_string(required_member(j, "name_en", p), p / "name_en", true);
  f.theme = as_string(required_member(j, "theme", p), p / "theme", true);
  f.source = as_code(required_member(j, "source", p), p / "source", kSources);
  f.numerator = as_string(required_member(j, "numerator", p), p / "numerator", true);
  f.denominator = as_string(required_member(j, "denominator", p), p / "denominator", true);
  f.unit = as_code(required_member(j, "unit", p), p / "unit", kUnits);
  f.direction = as_code(required_member(j, "direction", p), p / "direction", kDirections);
  if (const json* a = optional_member(j, "averaging")) f.averaging = as_code(*a, p / "averaging", kAveraging);
  if (const json* v = optional_member(j, "provisional")) {
    if (!v->is_boolean()) wrong_type(p / "provisional", "a boolean", *v);
    f.provisional = v->get<bool>();
  }
  if (const json* n = optional_member(j, "note")) f.note = as_string(*n, p / "note", false);
  return f;
}

}  // namespace

Catalogue Catalogue::from_json(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    fail_parse(text, e);
  }
  const Path root;
  if (!doc.is_object()) wrong_type(root, "an object", doc);
  const Path fp = root / "format";
  const std::string format = as_string(required_member(doc, "format", root), fp, false);
  if (format != catalogue_detail::format_name)
    schema_error(fp, shown(format) + " is not \"" + std::string(catalogue_detail::format_name) + "\"");
  const Path vp = root / "format_version";
  const json& version = required_member(doc, "format_version", root);
  if (version.is_number_integer() &&
      (version.is_number_unsigned() ? version.get<std::uint64_t>() > 1u
                                    : version.get<std::int64_t>() > catalogue_detail::format_version))
    fail_at(RORKIT_ERROR_UNSUPPORTED_VERSION, vp,
            version.dump() + " is newer than this version of rorkit reads (" +
                std::to_string(catalogue_detail::format_version) + ")");
  as_integer(version, vp, 1, catalogue_detail::format_version);

  const Path lp = root / "figures";
  const json& list = required_member(doc, "figures", root);
  if (!list.is_array()) wrong_type(lp, "an array", list);
  std::vector<KeyFigure> figures;
  figures.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    KeyFigure f = read_figure(list[i], lp[i]);
    for (std::size_t k = 0; k < figures.size(); ++k) {
      if (figures[k].id == f.id)
        fail_at(RORKIT_ERROR_DUPLICATE, lp[i] / "id",
                shown(f.id) + " is already the id of " + lp[k].text);
      if (figures[k].number == f.number)
        fail_at(RORKIT_ERROR_DUPLICATE, lp[i] / "number",
                std::to_string(f.number) + " is already the number of " + lp[k].text + " (" +
                    figures[k].id + ")");
    }
    figures.push_back(std::move(f));
  }
  return Catalogue(std::move(figures));
}

std::string Catalogue::to_json(bool pretty) const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& f : figures_) {
    nlohmann::ordered_json o;
    o["id"] = f.id;
    o["number"] = f.number;
    o["name_da"] = f.name_da;
    o["name_en"] = f.name_en;
    o["theme"] = f.theme;
    o["source"] = std::string(rorkit::to_code(f.source));
    o["numerator"] = f.numerator;
    o["denominator"] = f.denominator;
    o["unit"] = std::string(rorkit::to_code(f.unit));
    o["direction"] = std::string(rorkit::to_code(f.direction));
    o["averaging"] = std::string(rorkit::to_code(f.averaging));
    o["provisional"] = f.provisional;
    if (!f.note.empty()) o["note"] = f.note;
    list.push_back(std::move(o));
  }
  nlohmann::ordered_json doc;
  doc["format"] = std::string(catalogue_detail::format_name);
  doc["format_version"] = catalogue_detail::format_version;
  doc["figures"] = std::move(list);
  // Strings were checked as UTF-8 on the way in only when read from JSON; a figure built in C++
  // may hold anything, so invalid bytes are replaced rather than thrown on.
  return doc.dump(pretty ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

const Catalogue& Catalogue::builtin() {
  static const Catalogue catalogue = [] {
    try {
      return from_json(catalogue_detail::builtin_catalogue_json());
    } catch (const Error& e) {
      fail(RORKIT_ERROR_INTERNAL,
           std::string("the builtin key-figure catalogue does not load: ") + e.what());
    }
  }();
  return catalogue;
}

}  // namespace rorkit
